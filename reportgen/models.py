"""Data passed between the stages: frozen dataclasses with slots and tuples.

ingest -> Article -> analyze -> ArticleAnalysis -> compare -> Briefing -> render
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with one input, told to the user as one line."""

    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


@dataclass(frozen=True, slots=True)
class Deferred(Problem):
    """Work left for the next run (a feed's budget ran out): told as one line, not a fault."""


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of an article's text that is not body text, and what it is."""

    start: int
    end: int
    kind: str  # title, byline, dateline, navigation, caption, credit, related, link, promo,
    # subheading


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read from disk: its text exactly as given, and what ingest found in it."""

    id: str
    source: str
    text: str
    outlet: str | None
    title: str | None
    author: str | None
    published: date | None
    url: str | None
    segments: tuple[Segment, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Actor:
    """Someone an article cites: a person, an organisation, a group or an anonymous source."""

    name: str  # canonical name, the key across articles and outlets
    kind: str  # person, organisation, media, group, anonymous, unknown
    type: str  # government, military, head_of_state, legislator, expert, media, ... or unknown
    role: str | None = None
    organisation: str | None = None
    country: str | None = None
    party: str | None = None  # a political party, from a tag ("D-Calif."), title or knowledge

    def fill(self, other: Actor) -> Actor:
        """Keep this reading of an actor and take what it lacks from another reading."""
        # built directly: ``dataclasses.replace`` costs twice as much, asked on every mention
        return Actor(self.name, self.kind, self.type if self.type != "unknown" else other.type,
                     self.role or other.role, self.organisation or other.organisation,
                     self.country or other.country, self.party or other.party)


@dataclass(frozen=True, slots=True)
class Quote:
    """One attributed statement: where it is, what kind, who said it and with which verb."""

    start: int
    end: int
    text: str
    kind: str  # direct, mixed (reported speech holding quoted words), indirect
    spans: tuple[Span, ...]  # the quoted parts, more than one when split or over paragraphs
    speaker: str | None  # the mention as written ("he", "the ministry", "Wallace")
    speaker_span: Span | None
    actor: Actor | None  # whom the mention refers to
    cue: str | None
    cue_span: Span | None
    cue_lemma: str | None
    cue_stance: str | None
    polarity: float
    subjectivity: float


@dataclass(frozen=True, slots=True)
class Citation:
    """An actor cited in one article: how often quoted, how often only mentioned, and where."""

    actor: Actor
    quotes: int
    mentions: tuple[Span, ...]
    mentioned_as: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Tone:
    """TextBlob polarity (-1..1) and subjectivity (0..1) over some characters of text."""

    polarity: float
    subjectivity: float
    chars: int


@dataclass(frozen=True, slots=True)
class SpeakerTone:
    """The tone of everything one actor is quoted as saying in an article."""

    name: str
    tone: Tone


@dataclass(frozen=True, slots=True)
class ArticleAnalysis:
    """Everything the analyzers found in one article."""

    article: Article
    sentences: tuple[Span, ...]
    quotes: tuple[Quote, ...]
    citations: tuple[Citation, ...]
    narrative: Tone  # the outlet's own words, outside quotes
    quoted: Tone  # the words it quotes
    speakers: tuple[SpeakerTone, ...]
    subheadings: tuple[str, ...]
    # the sentences of the outlet's own narrative that weigh most on its tone, strongest first
    tone_sentences: tuple[tuple[Span, float], ...] = ()


@dataclass(frozen=True, slots=True)
class Share:
    """A count out of a total, with the quotes it rests on."""

    label: str
    count: int
    total: int
    evidence: tuple[str, ...]  # quote ids

    @property
    def share(self) -> float:
        """Give count over total (0.0 for no total)."""
        return self.count / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class VerbUse:
    """How an outlet attributes one group of voices: which verbs, how often."""

    group: str  # an affiliation (country) or a speaker type
    verbs: tuple[tuple[str, int], ...]  # cue lemma and count, most used first
    stances: tuple[tuple[str, int], ...]
    evidence: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OutletProfile:
    """The comparison numbers for one outlet."""

    outlet: str
    color: str
    articles: int
    quotes: int
    speakers: int
    by_affiliation: tuple[Share, ...]
    by_type: tuple[Share, ...]
    by_kind: tuple[Share, ...]
    by_stance: tuple[Share, ...]
    anonymous: Share
    narrative: Tone
    quoted: Tone
    verbs_by_affiliation: tuple[VerbUse, ...]
    voices: tuple[str, ...]  # canonical names quoted, most quoted first
    mentioned_only: tuple[str, ...]  # canonical names cited but never quoted
    by_side: tuple[Share, ...] = ()  # when the config groups affiliations into sides
    verbs_by_side: tuple[VerbUse, ...] = ()
    stories: int = 0  # stories it covered
    shared_stories: int = 0  # of them, covered by another outlet too


@dataclass(frozen=True, slots=True)
class Finding:
    """One plain-sentence finding, its numbers, and the quotes it rests on."""

    id: str
    text: str
    numbers: tuple[tuple[str, float], ...]
    evidence: tuple[str, ...]  # quote ids
    small_sample: bool
    key: bool = False  # a contrast whose interval leaves out no difference, on enough counts
    base: str = ""  # what it rests on: "the 6 stories both covered (212 and 180 quotes)"
    kind: str = ""  # voices, verbs, only, sourcing, story, related, coverage_mix, change


@dataclass(frozen=True, slots=True)
class VoiceGap:
    """Two outlets' shares of quotes from one group, over the stories both covered, each story
    weighing the same; the difference (first minus second) with its 95% interval."""

    outlets: tuple[str, str]
    group: str
    stories: tuple[str, ...]  # story ids
    quotes: tuple[int, int]  # each outlet's quotes with a known group in those stories
    group_quotes: tuple[int, int]  # of them, from the group
    shares: tuple[float, float]  # story-weighted, over quotes with a known group
    difference: tuple[float, float, float]  # value, low, high
    small: bool
    key: bool
    evidence: tuple[tuple[str, ...], tuple[str, ...]]
    unknown: tuple[int, int] = (0, 0)  # each outlet's quotes with no known group, same stories
    thin: tuple[str, ...] = ()  # outlets whose known share is under the floor (no key finding)


@dataclass(frozen=True, slots=True)
class VerbGap:
    """Within one outlet, distancing or evaluative verbs against neutral ones for one side's
    quotes and for the other's, in the stories where it quoted both; the odds ratio (first
    side against second) with its 95% interval."""

    outlet: str
    sides: tuple[str, str]
    stories: tuple[str, ...]
    loaded: tuple[int, int]
    neutral: tuple[int, int]
    odds_ratio: tuple[float, float, float]  # value, low, high
    verbs: tuple[tuple[tuple[str, str, int], ...], tuple[tuple[str, str, int], ...]]
    small: bool
    key: bool
    evidence: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Chart:
    """A rendered chart: its title states the finding; svg is the image."""

    id: str
    title: str
    svg: str


@dataclass(frozen=True, slots=True)
class Coverage:
    """How one outlet covered a story: its article, headline, lead, voices and tone."""

    outlet: str
    article_id: str
    title: str
    lead: str
    lead_id: str | None  # the lead's sentence id, for evidence
    published: date | None
    voices: tuple[str, ...]  # canonical names, most quoted first
    affiliations: tuple[Share, ...]
    types: tuple[Share, ...]
    narrative: Tone
    quoted: Tone
    tone_sentences: tuple[str, ...]  # sentence ids that pull the narrative tone most


@dataclass(frozen=True, slots=True)
class Statement:
    """One speaker's statement as quoted by several outlets, and how their versions differ."""

    speaker: str
    versions: tuple[tuple[str, str], ...]  # (outlet, quote id)
    differences: tuple[str, ...]  # "cut", "paraphrased", "verb: said / claimed", ...


@dataclass(frozen=True, slots=True)
class StoryComparison:
    """One story and how the outlets that covered it differ."""

    id: str
    title: str
    first: date | None
    last: date | None
    outlets: tuple[str, ...]
    coverage: tuple[Coverage, ...]
    blindspots: tuple[str, ...]  # sentences: voices one outlet used that another left out
    statements: tuple[Statement, ...]
    summary: str
    difference: float  # 0 (the same sourcing and tone) .. 1 (nothing in common)
    related: tuple[str, ...]  # ids of stories on the same theme
    shared_terms: tuple[str, ...]  # what related stories have in common


@dataclass(frozen=True, slots=True)
class OutletChange:
    """How one outlet's coverage moved from the week before to this one."""

    outlet: str
    articles: tuple[int, int]  # (before, now)
    quotes: tuple[int, int]
    shares: tuple[tuple[str, float, float], ...]  # (affiliation or side, before, now)
    narrative: tuple[float, float]
    quoted: tuple[float, float]
    small: bool  # too few quotes either week to read much into it


@dataclass(frozen=True, slots=True)
class LensChoice:
    """How voices from the home country are told apart: by party or by country, and why."""

    lens: str  # "party" or "country"
    setting: str  # what the user asked for: "auto", "party" or "country"
    # the country whose speakers are told apart by party (None for the country lens; "" for
    # the party lens when no speaker's country is known: then every speaker by party)
    home: str | None
    share: tuple[int, int] | None  # quotes from the most quoted country, of those with one
    reason: str  # one line for the reader: the lens, the setting and the share behind it


@dataclass(frozen=True, slots=True)
class Briefing:
    """The whole briefing in memory, ready to be rendered."""

    title: str
    period: str
    articles: tuple[ArticleAnalysis, ...]
    outlets: tuple[OutletProfile, ...]
    findings: tuple[Finding, ...]
    problems: tuple[Problem, ...]
    version: str
    stories: tuple[StoryComparison, ...] = ()
    previous_period: str | None = None
    changes: tuple[OutletChange, ...] = ()
    voice_gaps: tuple[VoiceGap, ...] = ()
    verb_gaps: tuple[VerbGap, ...] = ()
    grouped_by: str = "country"  # what the voice groups are: country, party or side
    lens: LensChoice | None = None  # party or country, and why (see reportgen.lens)
    # the ids of the quotes that are their outlet's own reporting (evidence.own_reporting):
    # in the ledger, marked, and in no count
    own_reporting: frozenset[str] = frozenset()
    # the ids of the quotes that relay another outlet's reporting (evidence.relayed_reports,
    # "…, Reuters reported"): in the ledger, marked, and in no count
    relayed: frozenset[str] = frozenset()
