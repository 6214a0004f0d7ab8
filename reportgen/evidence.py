"""Evidence ids and groups: name quotes and sentences for links, label who a quote is from, and
count quotes into shares that keep the ids they rest on."""

from __future__ import annotations

from collections import defaultdict

from reportgen.models import ArticleAnalysis, Quote, Share

UNKNOWN_OUTLET = "Unknown outlet"
UNATTRIBUTED = "Unattributed"
TYPE_LABELS = {
    "government": "government", "military": "military", "head_of_state": "head of state",
    "legislator": "legislator", "expert": "expert or think tank", "media": "media",
    "civil_society": "civil society", "business": "business", "party": "party or campaign",
    "judiciary": "judiciary", "law_enforcement": "law enforcement",
    "international": "international body", "public": "the public", "unknown": "unknown",
}


def quote_id(analysis: ArticleAnalysis, n: int) -> str:
    """Name the n-th quote (0-based) of an article for evidence links."""
    return f"{analysis.article.id}:q{n + 1}"


def sentence_id(analysis: ArticleAnalysis, n: int) -> str:
    """Name the n-th sentence (0-based) of an article for evidence links."""
    return f"{analysis.article.id}:s{n + 1}"


def outlet_of(analysis: ArticleAnalysis) -> str:
    return analysis.article.outlet or UNKNOWN_OUTLET


def affiliation_of(q: Quote, home: str | None = None) -> str:
    """Give the affiliation a quote's speaker is counted under: the country, or for speakers
    from the briefing's home country (see ``reportgen.lens``) the party, and for those with no
    party their kind of voice ("Government, no party": an attorney general, a spokesman;
    "Media, no party"): at home, the country alone tells no one apart."""
    a = q.actor
    if a is None:
        return UNATTRIBUTED
    if home is not None and a.country in (home, None) and a.type != "international":
        if a.party:
            return a.party
        if a.type in TYPE_LABELS and a.type != "unknown":
            return no_party_label(a.type)
        return "Unknown affiliation"
    return a.country or ("International" if a.type == "international" else
                         "Unknown affiliation")


def no_party_label(type_: str) -> str:
    """Name the voices of one type that have no party: "Government, no party"."""
    label = TYPE_LABELS.get(type_, type_)
    return f"{label[0].upper()}{label[1:]}, no party"


def quotes_of(articles: list[ArticleAnalysis]) -> list[tuple[str, Quote]]:
    """Give each quote of the articles with its evidence id."""
    return [(quote_id(a, n), q) for a in articles for n, q in enumerate(a.quotes)]


def shares_of(items: list[tuple[str, str]], total: int) -> tuple[Share, ...]:
    """Count (label, quote id) pairs into shares of ``total``, largest first, ids kept."""
    groups: dict[str, list[str]] = defaultdict(list)
    for label, qid in items:
        groups[label].append(qid)
    return tuple(Share(label, len(ids), total, tuple(ids))
                 for label, ids in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])))
