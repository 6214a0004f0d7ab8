"""Compare outlets: who each lets speak, how it attributes, in what tone; findings with evidence.

Every number here is a count over quotes the analyzers found, and every finding carries the ids
of the quotes (``ARTICLE:qN``) or sentences (``ARTICLE:sN``) it rests on.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from reportgen.analyze.actors import merge_actors
from reportgen.analyze.actors.voices import NO_VOICE
from reportgen.contrasts import MIN_KNOWN_SHARE, StoryQuotes, known_shares, verb_gaps, voice_gaps
from reportgen.evidence import (
    TYPE_LABELS,
    UNATTRIBUTED,
    affiliation_of,
    evidence_ranks,
    outlet_of,
    own_reporting,
    quotes_of,
    ranked,
    relayed_reports,
    shares_of,
    shown_first,
)
from reportgen.findings import (
    META_LABELS,
    SMALL_SAMPLE,
    change_findings,
    coverage_mix,
    key_findings,
    known_floor_findings,
    nearest_finding,
    only_findings,
    related_findings,
    sourcing_findings,
    story_findings,
    verb_observations,
    voice_problem,
)
from reportgen.knowledge import Knowledge, load_knowledge
from reportgen.lens import choose_lens
from reportgen.models import (
    Actor,
    ArticleAnalysis,
    Briefing,
    Finding,
    OutletChange,
    OutletProfile,
    Problem,
    Quote,
    Share,
    StoryComparison,
    Tone,
    VerbGap,
    VerbUse,
)
from reportgen.stories import Story
from reportgen.story_comparison import compare_stories


def compare(analyses: Iterable[ArticleAnalysis], *, title: str, period: str,
            problems: Iterable[Problem] = (), version: str = "",
            stories: tuple[Story, ...] = (), sides: dict[str, str] | None = None,
            previous: tuple[str, Iterable[ArticleAnalysis]] | None = None,
            lens: str = "auto", outlets: Mapping[str, str] | None = None) -> Briefing:
    """Build the briefing's numbers and findings from analyzed articles (and their stories,
    the sides the user defined, the week before for week-over-week change, the lens asked
    for: "party", "country" or "auto", see ``choose_lens``, and the outlets' aliases that
    tell an outlet's own reporting and that an outlet read as a person is no voice,
    ``Knowledge.outlets``: the package's table when None)."""
    package = load_knowledge()
    voice_knowledge = package if outlets is None or outlets is package.outlets else replace(
        package, outlets=dict(outlets))  # the user's outlets are no voices either
    ordered = tuple(sorted((drop_furniture(a, voice_knowledge) for a in merge_actors(
        analyses, [s.articles for s in stories])),
                           key=lambda a: (outlet_of(a), a.article.published is None,
                                          a.article.published, a.article.id)))
    by_outlet: dict[str, list[ArticleAnalysis]] = defaultdict(list)
    for a in ordered:
        by_outlet[outlet_of(a)].append(a)
    sides = sides or {}
    # once: every count below leaves out the outlet's own reporting and the reports of other
    # outlets it relays (both stay in the ledger, marked)
    own_staff_quotes = own_reporting(ordered, outlets)
    relayed = relayed_reports(ordered) - own_staff_quotes
    own = own_staff_quotes | relayed
    choice = choose_lens(ordered, lens, own)
    home = choice.home
    story_quotes = story_quotes_of(ordered, stories, own)
    colors = outlet_colors(by_outlet)
    profiles = tuple(replace(_profile(name, colors[name], by_outlet[name], own, sides, home),
                             **_story_counts(story_quotes, name))
                     for name in sorted(by_outlet))
    changes: tuple[OutletChange, ...] = ()
    if previous is not None:
        before: dict[str, list[ArticleAnalysis]] = defaultdict(list)
        for a in merge_actors(previous[1]):
            before[outlet_of(a)].append(a)
        earlier = [a for arts in before.values() for a in arts]
        own_before = own_reporting(earlier, outlets) | relayed_reports(earlier)
        changes = tuple(_change(o, _profile(o.outlet, o.color, before[o.outlet], own_before,
                                            sides, home))
                        for o in profiles if before.get(o.outlet))
    compared = compare_stories(ordered, stories, home, own) if stories else ()
    grouping = Lens(sides, home)
    ranks = evidence_ranks(ordered)
    vgaps = tuple(replace(g, evidence=(ranked(g.evidence[0], ranks), ranked(g.evidence[1], ranks)))
                  for g in voice_gaps(story_quotes, sorted(by_outlet), grouping.group,
                                      META_LABELS))
    bgaps = verb_gaps(story_quotes, sorted(by_outlet), grouping.side,
                      grouping.pair(quotes_of(ordered, own)))
    findings = number_findings(
        key_findings(vgaps, bgaps, grouping.noun, grouping.unknown)
        + nearest_finding(vgaps, grouping.noun, grouping.unknown)
        + known_floor_findings(known_shares(story_quotes, sorted(by_outlet), grouping.group,
                                            META_LABELS), MIN_KNOWN_SHARE, grouping.unknown)
        + _findings(profiles, by_outlet, story_quotes, grouping, bgaps, compared, ranks)
        + change_findings(changes), ranks, {a.article.id: outlet_of(a) for a in ordered})
    return Briefing(title=title, period=period, articles=ordered, outlets=profiles,
                    findings=findings, problems=tuple(problems), version=version,
                    stories=compared, previous_period=previous[0] if previous else None,
                    changes=changes, voice_gaps=vgaps, verb_gaps=bgaps,
                    grouped_by=grouping.grouped_by, lens=choice,
                    own_reporting=own_staff_quotes, relayed=relayed)


# words of page furniture that the speaker finder can take for a speaker ("Photo said")
FURNITURE_VOICES = frozenset({"photo", "photos", "photograph", "file", "file photo", "image",
                              "caption", "credit", "getty images", "ap photo", "video"})


def drop_furniture(a: ArticleAnalysis, knowledge: Knowledge | None = None) -> ArticleAnalysis:
    """Take what is no voice out of the voices: page furniture ("Photo said"), and what the
    voice check says no reader would take for a speaker (a clause fragment, an unresolved
    "Her office", a count with no one it counts, a weekday, a place or an abbreviation read as
    a person, an outlet of ``knowledge``, the package's when None, read as one; ``NO_VOICE``).
    Such a quote keeps its text and has no known speaker; such an actor is no official."""
    def furniture(actor: Actor | None) -> bool:
        return actor is not None and (
            actor.name.lower() in FURNITURE_VOICES
            or voice_problem(actor.name, actor.kind, knowledge) in NO_VOICE)

    if not any(furniture(q.actor) for q in a.quotes) and not any(
            furniture(c.actor) for c in a.citations):
        return a
    return replace(a, quotes=tuple(replace(q, actor=None) if furniture(q.actor) else q
                                   for q in a.quotes),
                   citations=tuple(c for c in a.citations if not furniture(c.actor)))


def number_findings(findings: Iterable[Finding], ranks: Mapping[str, int] | None = None,
                    outlets: Mapping[str, str] | None = None) -> tuple[Finding, ...]:
    """Give every finding its id, key findings first, in the order they were made, and its
    evidence in the order a reader should see it (``shown_first`` by the quotes' ``ranks``,
    ``evidence_ranks``, the outlets taking turns: ``outlets`` maps article ids to outlets):
    what is counted stays the same, only which quotes are shown first changes. A finding keeps
    all its evidence: what is shown is cut after this order, never before."""
    ordered = sorted(findings, key=lambda f: not f.key)
    return tuple(replace(f, id=f"f{n}", evidence=shown_first(f.evidence, ranks or {}, outlets))
                 for n, f in enumerate(ordered, start=1))


# Okabe-Ito first (readable by colour-blind readers), then Kelly's colours of maximum contrast:
# twenty outlets get twenty different colours; the rest share grey and are drawn as "Other".
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000",
           "#F0E442", "#875692", "#882D17", "#8DB600", "#BE0032", "#A1CAF1", "#C2B280",
           "#604E97", "#F99379", "#2B3D26", "#E25822", "#654522", "#DCD300")
OTHER_COLOR = "#9E9E9E"


def outlet_colors(by_outlet: dict[str, list[ArticleAnalysis]]) -> dict[str, str]:
    """Give each outlet one colour, the same in every chart: the outlets with most articles
    first (then by name), grey once the palette is used up."""
    ranked = sorted(by_outlet, key=lambda o: (-len(by_outlet[o]), o))
    return {o: PALETTE[i] if i < len(PALETTE) else OTHER_COLOR for i, o in enumerate(ranked)}


def story_quotes_of(analyses: tuple[ArticleAnalysis, ...], stories: tuple[Story, ...],
                    own: frozenset[str]) -> StoryQuotes:
    """Give each story's quotes, outlet by outlet, the outlet's own reporting (``own``) left
    out; without stories each article is its own."""
    by_id = {a.article.id: a for a in analyses}
    groups = ({s.id: [by_id[i] for i in s.articles if i in by_id] for s in stories}
              if stories else {a.article.id: [a] for a in analyses})
    grouped = {i for parts in groups.values() for i in (p.article.id for p in parts)}
    for a in analyses:  # an article the stories left out still counts, alone
        if a.article.id not in grouped:
            groups[a.article.id] = [a]
    out: StoryQuotes = {}
    for sid, parts in groups.items():
        by: dict[str, list[tuple[str, Quote]]] = defaultdict(list)
        for a in parts:
            by[outlet_of(a)].extend(quotes_of([a], own))  # empty: covered, quoted no one
        out[sid] = dict(by)
    return out


def _story_counts(story_quotes: StoryQuotes, outlet: str) -> dict[str, Any]:
    mine = [by for by in story_quotes.values() if outlet in by]
    return {"stories": len(mine), "shared_stories": sum(1 for by in mine if len(by) > 1)}


class Lens:
    """How voices are grouped: by the user's sides, by party in a domestic briefing, else by
    country."""

    def __init__(self, sides: dict[str, str], home: str | None) -> None:
        """Group by the sides if any, else by party when there is a home country (see
        ``choose_lens``; "" when the party lens has no country), else by country."""
        self.sides = sides
        self.home = home
        self.grouped_by = "side" if sides else "party" if home is not None else "country"
        # what a quote outside every group lacks, in a sentence
        self.unknown = "no defined side" if sides else "no known affiliation"

    def group(self, q: Quote) -> str:
        """Give the group a quote's speaker is counted under."""
        if self.sides:
            return side_of(q, self.sides) or "No side"
        return affiliation_of(q, self.home)

    def side(self, q: Quote) -> str | None:
        """Give the side a quote's verb is compared by, or None to leave it out."""
        if self.sides:
            return side_of(q, self.sides)
        if self.home is not None:
            return q.actor.party if q.actor is not None and q.actor.party else None
        label = affiliation_of(q)
        return None if label in META_LABELS or label == "Unknown affiliation" else label

    def pair(self, quotes: list[tuple[str, Quote]]) -> tuple[str, str] | None:
        """Give the two sides to set against each other: the two the user defined, or the
        two parties quoted most in a domestic briefing (in ``quotes``, from ``quotes_of``);
        None compares each side with the rest."""
        if self.sides:
            names = sorted(set(self.sides.values()))
            return (names[0], names[1]) if len(names) == 2 else None
        if self.home is not None:
            counts = Counter(s for _, q in quotes if q.cue_stance and (s := self.side(q)))
            top = [p for p, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:2]]
            return (top[0], top[1]) if len(top) == 2 else None
        return None

    def affiliation_noun(self, label: str) -> str:
        """Name the voices of an affiliation (a party at home, else a country)."""
        if label in META_LABELS:
            return label.lower()
        return _party_noun(label) if self.home is not None else f"voices from {label}"

    def noun(self, group: str) -> str:
        """Name a group's voices in a sentence."""
        if self.grouped_by == "party":
            return _party_noun(group)
        if self.grouped_by == "side":
            return f"voices on the side of {group}"
        return f"voices from {group}"


def _party_noun(label: str) -> str:
    """Name the voices of a party ("Republican Party voices") or of a kind of voice with no
    party ("government voices with no party")."""
    kind, no_party, _ = label.partition(", no party")
    if no_party:
        return f"{kind[0].lower()}{kind[1:]} voices with no party"
    return f"{label} voices"


def side_of(q: Quote, sides: dict[str, str]) -> str | None:
    """Give the side a quote's speaker stands on: by name first, then by party, then by
    country."""
    a = q.actor
    if a is None or not sides:
        return None
    for key in (a.name, a.party, a.country):
        if key and (side := sides.get(key.lower())):
            return side
    return None


def _change(now: OutletProfile, before: OutletProfile) -> OutletChange:
    labels = sorted({s.label for s in (*now.by_affiliation, *before.by_affiliation,
                                       *now.by_side, *before.by_side)})
    share = {s.label: s.share for s in (*before.by_affiliation, *before.by_side)}
    share_now = {s.label: s.share for s in (*now.by_affiliation, *now.by_side)}
    return OutletChange(
        outlet=now.outlet, articles=(before.articles, now.articles),
        quotes=(before.quotes, now.quotes),
        shares=tuple((lab, round(share.get(lab, 0.0), 4), round(share_now.get(lab, 0.0), 4))
                     for lab in labels),
        narrative=(before.narrative.polarity, now.narrative.polarity),
        quoted=(before.quoted.polarity, now.quoted.polarity),
        small=min(before.quotes, now.quotes) < SMALL_SAMPLE)
def _weighted(tones: list[Tone]) -> Tone:
    chars = sum(t.chars for t in tones)
    if not chars:
        return Tone(0.0, 0.0, 0)
    return Tone(round(sum(t.polarity * t.chars for t in tones) / chars, 4),
                round(sum(t.subjectivity * t.chars for t in tones) / chars, 4), chars)


def _profile(name: str, color: str, articles: list[ArticleAnalysis], own: frozenset[str],
             sides: dict[str, str] | None = None, home: str | None = None) -> OutletProfile:
    quotes = quotes_of(articles, own)
    total = len(quotes)
    sides = sides or {}
    by_side_uses: dict[str, list[tuple[str, Quote]]] = defaultdict(list)
    for qid, q in quotes:
        if q.cue_lemma and (side := side_of(q, sides)):
            by_side_uses[side].append((qid, q))
    verbs: dict[str, list[tuple[str, Quote]]] = defaultdict(list)
    for qid, q in quotes:
        if q.cue_lemma:
            verbs[affiliation_of(q, home)].append((qid, q))
    voice_counts = Counter(q.actor.name for _, q in quotes if q.actor)
    cited = {c.actor.name for a in articles for c in a.citations}
    return OutletProfile(
        outlet=name,
        color=color,
        articles=len(articles),
        quotes=total,
        speakers=len(voice_counts),
        by_affiliation=shares_of([(affiliation_of(q, home), qid) for qid, q in quotes], total),
        by_type=shares_of([(TYPE_LABELS.get(q.actor.type, q.actor.type) if q.actor else
                          UNATTRIBUTED, qid) for qid, q in quotes], total),
        by_kind=shares_of([(q.actor.kind if q.actor else UNATTRIBUTED, qid)
                         for qid, q in quotes], total),
        by_stance=shares_of([(q.cue_stance or "no cue (continued quote)", qid)
                           for qid, q in quotes], total),
        anonymous=Share("anonymous", sum(1 for _, q in quotes if q.actor and
                                         q.actor.kind == "anonymous"), total,
                        tuple(qid for qid, q in quotes if q.actor and
                              q.actor.kind == "anonymous")),
        narrative=_weighted([a.narrative for a in articles]),
        quoted=_weighted([a.quoted for a in articles]),
        verbs_by_affiliation=tuple(_verb_use(group, uses)
                                   for group, uses in sorted(verbs.items())),
        voices=tuple(n for n, _ in sorted(voice_counts.items(), key=lambda kv: (-kv[1], kv[0]))),
        mentioned_only=tuple(sorted(n for n in cited if n not in voice_counts)),
        by_side=shares_of([(side_of(q, sides) or "No side", qid) for qid, q in quotes], total)
        if sides else (),
        verbs_by_side=tuple(_verb_use(group, uses) for group, uses in
                            sorted(by_side_uses.items())),
    )


def _by_count(kv: tuple[str | None, int]) -> tuple[int, str]:
    """Order counts largest first, then by name; a quote with no cue has the name ''."""
    return -kv[1], kv[0] or ""


def _verb_use(group: str, uses: list[tuple[str, Quote]]) -> VerbUse:
    return VerbUse(group,
                   tuple(sorted(Counter[Any](q.cue_lemma for _, q in uses).items(),
                                key=_by_count)),
                   tuple(sorted(Counter[Any](q.cue_stance for _, q in uses).items(),
                                key=_by_count)),
                   tuple(qid for qid, _ in uses))


def _findings(outlets: tuple[OutletProfile, ...], by_outlet: dict[str, list[ArticleAnalysis]],
              story_quotes: StoryQuotes, lens: Lens, bgaps: tuple[VerbGap, ...],
              compared: tuple[StoryComparison, ...], ranks: Mapping[str, int] | None = None
              ) -> list[Finding]:
    """Give the observations: voices and sourcing only one outlet uses, verbs by side that
    make no key finding, the stories apart, and each outlet's coverage mix."""
    names = [o.outlet for o in outlets]
    apart = related_findings(compared)
    shared = any(len(s.outlets) > 1 for s in compared)
    alone = only_findings(story_quotes, names, ranks)
    # with no story in common, that the stories are apart is the first thing to say; whom an
    # outlet alone quotes in stories no other covered is its coverage mix, said with the
    # other coverage mix after every comparison (the page shows the first observations)
    out = ([] if shared else apart) + (
        [f for f in alone if f.kind != "coverage_mix"] + sourcing_findings(story_quotes, names)
        + verb_observations(bgaps) + story_findings(compared)) + (apart if shared else []) + [
        f for f in alone if f.kind == "coverage_mix"]
    for o in outlets:
        quotes = dict(quotes_of(by_outlet[o.outlet], frozenset()))  # to look up evidence ids
        known = [sh for sh in o.by_affiliation if sh.label not in META_LABELS]
        unknown = o.quotes - sum(sh.count for sh in known)
        top = known[0] if known else None
        if top is None:
            out.append(coverage_mix(o.outlet, o.articles, "", 0, 0, (), "", unknown))
            continue
        leaders = Counter(actor.name for qid in top.evidence
                          if (actor := quotes[qid].actor) is not None)
        lead = ""
        if leaders:
            who, n = sorted(leaders.items(), key=lambda kv: (-kv[1], kv[0]))[0]
            lead = f", {n} of them to {who}"
        label = lens.affiliation_noun(top.label)
        out.append(coverage_mix(o.outlet, o.articles, label, top.count, o.quotes - unknown,
                                top.evidence, lead, unknown))
    return out
