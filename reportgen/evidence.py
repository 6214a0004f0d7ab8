"""Evidence ids and groups: name quotes and sentences for links, label who a quote is from, and
count quotes into shares that keep the ids they rest on."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import cache

from reportgen.knowledge import load_knowledge
from reportgen.knowledge.words import POSSESSIVE_ENDINGS
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
    """Give an analyzed article's outlet, or the name for an unknown one."""
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


OWN_REPORTING = "the outlet's own reporting"
# the owner in "NPR's Yuki Noguchi" (the mention as written), or just before the mention
_OWNER_IN_MENTION = re.compile(r"^(.+?)['’]s\s")
_OWNER_BEFORE = re.compile(r"((?:[\w.&-]+\s+){0,3}[\w.&-]+)['’]s\s+$")


def _outlet_named(words: str, outlets: Mapping[str, str]) -> str | None:
    """Give the outlet that the last one to four words of ``words`` name ("the NPR" -> NPR)."""
    parts = words.split()
    for n in range(min(4, len(parts)), 0, -1):
        name = outlets.get(" ".join(parts[-n:]).lower())
        if name is not None:
            return name
    return None


@cache
def _journalist_titles() -> frozenset[str]:
    """Give the titles of the media kind in titles.tsv (reporter, correspondent, anchor)."""
    return frozenset(t for t, kind in load_knowledge().titles.items() if kind == "media")


def _outlet_before_title(mention: str, outlets: Mapping[str, str]) -> str | None:
    """Give the outlet that opens a mention before a journalist's title: the first one to four
    words, exactly ("CNN" in "CNN chief national correspondent John King", not in "former CNN
    anchor ..."), None without such a title after them."""
    words = mention.split()
    if words and words[0].lower() in load_knowledge().words.leading_articles:
        words = words[1:]
    titles = _journalist_titles()
    at = next((i for i, w in enumerate(words) if w.lower() in titles), 0)
    for n in range(min(at, 4), 0, -1):
        if (name := outlets.get(" ".join(words[:n]).lower())) is not None:
            return name
    return None


def _base_name(outlet: str) -> str:
    """Give an outlet's name without the section a feed adds: "CNN" for "CNN (Web News)" or
    "CNN - Editorial"."""
    return re.sub(r"\s+(?:\([^)]*\)|-\s.*)$", "", outlet)


def _ends_in_possessive(before: str) -> bool:
    """Tell whether ``before`` ends in "'s" and whitespace, which ``_OWNER_BEFORE`` needs: a
    test of two string ends that spares most mentions that regex's search, which tries every
    position of the stretch (most of ``own_staff``'s cost)."""
    stripped = before.rstrip()
    return len(stripped) < len(before) and stripped.endswith(POSSESSIVE_ENDINGS)


def own_staff(a: ArticleAnalysis, outlets: Mapping[str, str]) -> frozenset[str]:
    """Name the speakers of an article who are its outlet's own staff: the mention's possessive
    ("NPR's Yuki Noguchi", also just before the mention), the outlet before a journalist's
    title in the mention ("CNN correspondent Phil Black"), the speaker's organisation or the
    speaker itself is the article's outlet, through ``outlets`` (alias -> outlet: the outlets
    table and those reportgen.toml adds, ``Knowledge.outlets``) or the outlet's name as the
    article gives it (an outlet in no table)."""
    if not a.article.outlet:
        return frozenset()
    outlet = a.article.outlet
    base = _base_name(outlet)
    own = {outlets.get(outlet.lower(), outlet), outlets.get(base.lower(), base)}
    # the outlet's names as the article gives them, for an outlet in no table
    table = {**{n.lower(): n for n in (outlet, base, *own)}, **outlets}
    names: set[str] = set()
    for q in a.quotes:
        if q.actor is None:
            continue
        owners = [q.actor.name, q.actor.organisation or ""]
        if q.speaker and (m := _OWNER_IN_MENTION.match(q.speaker)):
            owners.append(m.group(1))
        if q.speaker_span is not None:
            before = a.article.text[max(0, q.speaker_span[0] - 60):q.speaker_span[0]]
            if _ends_in_possessive(before) and (m := _OWNER_BEFORE.search(before)):
                owners.append(m.group(1))
        if any(w and _outlet_named(w, table) in own for w in owners) or (
                q.speaker and _outlet_before_title(q.speaker, table) in own):
            names.add(q.actor.name)
    return frozenset(names)


def own_reporting(analyses: Iterable[ArticleAnalysis], outlets: Mapping[str, str] | None = None
                  ) -> frozenset[str]:
    """Give the ids of the quotes that are their outlet's own reporting: every quote of a
    speaker in the article's ``own_staff``, each article's staff found once. ``outlets`` is
    the alias table (the package's outlets table when None). The comparison computes this
    once and hands it to every count (``quotes_of``) and output (ledger, CSV, JSON)."""
    table = load_knowledge().outlets if outlets is None else outlets
    ids: set[str] = set()
    for a in analyses:
        if staff := own_staff(a, table):
            ids.update(quote_id(a, n) for n, q in enumerate(a.quotes)
                       if q.actor is not None and q.actor.name in staff)
    return frozenset(ids)


RELAYED = "another outlet's reporting, relayed"


def relayed_reports(analyses: Iterable[ArticleAnalysis]) -> frozenset[str]:
    """Give the ids of the quotes that relay another news outlet's reporting: the speaker is
    an outlet (kind media, not one of its journalists) cited by a cue of reporting
    (``words.report_cues``: "…, Reuters reported", "according to the Times", "CNN notes").
    Such words are how the citing outlet learnt the news, often someone else's words at second
    hand ("Sharif said he was on his way, Reuters reports"), not a voice it chose to quote:
    like the outlet's own reporting they stay in the ledger, marked, and no count takes them.
    An outlet that speaks for itself ("CNN said in a statement") stays a voice."""
    cues = load_knowledge().words.report_cues
    return frozenset(
        quote_id(a, n) for a in analyses for n, q in enumerate(a.quotes)
        if q.actor is not None and q.actor.kind == "media" and q.cue_lemma
        and q.cue_lemma.split()[0] in cues)


def quotes_of(articles: Iterable[ArticleAnalysis], own: frozenset[str]
              ) -> list[tuple[str, Quote]]:
    """Give each quote of the articles that counts as a voice, with its evidence id: all but
    the outlet's own reporting (``own``, from ``own_reporting``: "NPR's Yuki Noguchi
    reported" in NPR), no voice the outlet chose to quote, which stays in the quote ledger,
    marked, and which no count takes. The ids stay those of the ledger."""
    out: list[tuple[str, Quote]] = []
    for a in articles:
        out.extend((i, q) for n, q in enumerate(a.quotes) if (i := quote_id(a, n)) not in own)
    return out


def shares_of(items: list[tuple[str, str]], total: int) -> tuple[Share, ...]:
    """Count (label, quote id) pairs into shares of ``total``, largest first, ids kept."""
    groups: dict[str, list[str]] = defaultdict(list)
    for label, qid in items:
        groups[label].append(qid)
    return tuple(Share(label, len(ids), total, tuple(ids))
                 for label, ids in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])))


# a negation just before a speech verb: "did not say", "wouldn't say who", "never told"
_NEGATED_CUE = re.compile(r"(?:\bnot|n['’]t|\bnever)\s+(?:\w+\s+)?$", re.IGNORECASE)


def weak_evidence(q: Quote, text: str) -> bool:
    """Tell whether a quote is one no reader takes for the speaker's words: an indirect quote
    that is an infinitive speech act ("urged the council to vote", text "to vote ...") or the
    object of a negated cue ("did not say who sent it"). PolNeAR counts both; a finding may
    still show one when nothing else backs it (``shown_first``). ``text`` is the article's."""
    if q.kind != "indirect":
        return False
    if q.text.lstrip().lower().startswith("to "):
        return True
    return q.cue_span is not None and bool(
        _NEGATED_CUE.search(text[max(0, q.cue_span[0] - 30):q.cue_span[0]]))


def evidence_rank(q: Quote, text: str) -> int:
    """Rank a quote as evidence a reader sees: the speaker's own words (direct or mixed) 0,
    reported speech 1, ``weak_evidence`` 2."""
    if q.kind in ("direct", "mixed"):
        return 0
    return 2 if weak_evidence(q, text) else 1


def evidence_ranks(analyses: Iterable[ArticleAnalysis]) -> dict[str, int]:
    """Give every quote id of the articles its ``evidence_rank``."""
    return {quote_id(a, n): evidence_rank(q, a.article.text)
            for a in analyses for n, q in enumerate(a.quotes)}


def shown_first(ids: Iterable[str], ranks: Mapping[str, int],
                outlets: Mapping[str, str] | None = None) -> tuple[str, ...]:
    """Order a finding's evidence for the reader: the speaker's own words first, then reported
    speech, each kept in its order; ``weak_evidence`` only when nothing else backs the finding.
    Ids that name no quote (sentence ids) keep their place in the order as reported speech.
    With ``outlets`` (article id -> outlet), each outlet's evidence is ordered so and the
    outlets take turns, the best of each first: a reader of a contrast between two outlets sees
    both, and an outlet's weak quotes are kept when they are all it has."""
    if outlets is None:
        ordered = ranked(ids, ranks)
        strong = [i for i in ordered if ranks.get(i, 1) < 2]
        return tuple(strong or ordered)
    by: dict[str, list[str]] = defaultdict(list)
    for i in ids:
        by[outlets.get(i.rsplit(":", 1)[0], "")].append(i)
    turns = [shown_first(mine, ranks) for mine in by.values()]
    return tuple(i for n in range(max(map(len, turns), default=0))
                 for i in sorted((t[n] for t in turns if n < len(t)),
                                 key=lambda i: ranks.get(i, 1)))


def ranked(ids: Iterable[str], ranks: Mapping[str, int]) -> tuple[str, ...]:
    """Order ids as ``shown_first`` does, dropping none (a gap's evidence, which the JSON keeps
    whole)."""
    return tuple(sorted(ids, key=lambda i: ranks.get(i, 1)))
