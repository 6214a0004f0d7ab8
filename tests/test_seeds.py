"""What ../shared/acceptance/seeds.md says a briefing of the seeds must find."""

from __future__ import annotations

import pytest

from reportgen.compare import compare

JPOST = "000_3e5bf6d77f2b3680"
EXAMINER = "001_d0a12cf606b94949"

# article, words the quote holds, canonical speaker, cue as written (None: continuation), kind
EXPECTED = [
    (JPOST, "'No weapons and equipment left on the right bank.' Are you sure?",
     "Ukrainian Defence Ministry", "asked", "direct"),
    (JPOST, "Not a single unit of military equipment", "Russian Defence Ministry", "noting",
     "direct"),
    (JPOST, "there were no losses of gear", "Russian Defence Ministry", "emphasized",
     "indirect"),
    (JPOST, "It will take at least a few weeks to unwrap", "Ukrainian Defence Ministry", "said",
     "direct"),
    (JPOST, 'was a "Lend-Lease" program by the Kremlin', "Ukrainian Defence Ministry", "joked",
     "mixed"),
    (JPOST, "The 28th Brigade’s trophy T-72B3M", "Ukrainian Defence Ministry", "said", "direct"),
    (JPOST, "Russian suppliers have promised many more", "Ukrainian Defence Ministry", "said",
     "direct"),
    (JPOST, "Russia's announced withdrawal from Kherson", "Ben Wallace", "said", "direct"),
    (JPOST, "Russian Army has suffered a huge loss of life", "Ben Wallace", "added", "mixed"),
    (JPOST, "captured an armored personnel carrier", "Ukrainians", "claim", "indirect"),
    (EXAMINER, "“high-value equipment,”", "UK Defence Ministry", "said", "mixed"),
    (EXAMINER, "Some units retreated in relatively good order", "UK Defence Ministry", "said",
     "direct"),
    (EXAMINER, "high-value equipment abandoned by retreating Russian forces",
     "UK Defence Ministry", "noting", "direct"),
    (EXAMINER, "They also left behind tanks", "The Washington Post", "according to",
     "indirect"),
    (EXAMINER, "Some of [the tanks] are no doubt", "Justin Bronk", "told", "direct"),
    (EXAMINER, "You would expect at a major staging point", "Justin Bronk", "told", "direct"),
    (EXAMINER, "We’re aware of anecdotal reports", "senior U.S. military official", "told",
     "direct"),
    (EXAMINER, "Ukraine would not be interested in any diplomatic solutions",
     "Volodymyr Zelensky", "said", "indirect"),
    (EXAMINER, "We cannot agree with Russia now", "Volodymyr Zelensky", "explained", "direct"),
    (EXAMINER, "But after they vacate our territory", "Volodymyr Zelensky", "explained",
     "direct"),
    (EXAMINER, "it had pulled its forces out of the cities of Balakliya and Izyum",
     "Russian Defence Ministry", "confirmed", "indirect"),
    (EXAMINER, "“regroup”", "Russian Defence Ministry", "claiming", "mixed"),
    (EXAMINER, "They have purchased drones from Iran", "Ukrainian officials", "according to",
     "indirect"),
    (EXAMINER, "Russia has not sought to purchase military equipment from China", "Pat Ryder",
     "said", "indirect"),
]


@pytest.mark.parametrize(("article", "words", "speaker", "cue", "kind"), EXPECTED,
                         ids=[e[1][:40] for e in EXPECTED])
def test_seed_quote(seed_analyses, article, words, speaker, cue, kind):
    quotes = [q for q in seed_analyses[article].quotes if words in q.text]
    assert len(quotes) == 1, [q.text for q in seed_analyses[article].quotes]
    q = quotes[0]
    assert (q.actor.name, q.cue, q.kind) == (speaker, cue, kind)


def test_seed_quote_counts(seed_analyses):
    # every listed quote; beyond them only the standfirst's "what they claim to be", the
    # ministry that "mocked ... claims by its Russian counterpart" and Russia that "announced
    # its retreat"
    assert 9 <= len(seed_analyses[JPOST].quotes) <= 12
    assert len(seed_analyses[EXAMINER].quotes) == 12


@pytest.mark.parametrize(("article", "name", "role", "country", "type_", "kind"), [
    (JPOST, "Ben Wallace", "Defence Secretary", "United Kingdom", "government", "person"),
    (EXAMINER, "Justin Bronk", "senior research fellow", "United Kingdom", "expert", "person"),
    (EXAMINER, "Pat Ryder", "Pentagon spokesman Air Force Brig. Gen.", "United States",
     "military", "person"),
    (EXAMINER, "senior U.S. military official", "military official", "United States",
     "military", "anonymous"),
    (EXAMINER, "Volodymyr Zelensky", "President", "Ukraine", "head_of_state", "person"),
    (EXAMINER, "UK Defence Ministry", None, "United Kingdom", "government", "organisation"),
])
def test_seed_officials(seed_analyses, article, name, role, country, type_, kind):
    [c] = [c for c in seed_analyses[article].citations if c.actor.name == name]
    assert (c.actor.role, c.actor.country, c.actor.type, c.actor.kind) == (
        role, country, type_, kind)
    assert c.quotes > 0


def test_seed_mentioned_but_not_quoted(seed_analyses):
    cited = {c.actor.name: c.quotes for c in seed_analyses[EXAMINER].citations}
    for name in ("Vladimir Putin", "Xi Jinping", "Kremlin"):
        assert cited.get(name) == 0


def test_seed_voices_by_affiliation(seed_analyses):
    b = compare(seed_analyses.values(), title="t", period="p")
    jp, ex = b.outlets[0], b.outlets[1]
    assert (jp.outlet, ex.outlet) == ("The Jerusalem Post", "Washington Examiner")
    jp_aff = {s.label: s.count for s in jp.by_affiliation}
    assert max(jp_aff, key=jp_aff.get) == "Ukraine"
    assert 2 <= jp_aff["Russia"] <= 3 and jp_aff["United Kingdom"] == 2
    ex_aff = {s.label: s.count for s in ex.by_affiliation}
    assert {"United Kingdom", "United States", "Ukraine", "Russia"} <= set(ex_aff)
    assert "Ukrainian Defence Ministry" in jp.voices
    assert "Ukrainian Defence Ministry" not in ex.voices
    texts = " ".join(f.text for f in b.findings)
    assert "Only Washington Examiner cites an expert or think tank: Justin Bronk" in texts
    assert "Only Washington Examiner cites an anonymous source" in texts
    assert "“joked”" in texts and "“asked”" in texts and "“claiming”" in texts


def test_seed_narrative_and_quoted_tone_are_apart(seed_analyses):
    for a in seed_analyses.values():
        assert a.narrative.chars > 0 and a.quoted.chars > 0
        assert a.narrative != a.quoted


def test_seed_briefing_says_the_stories_are_related_not_one(knowledge):
    from pathlib import Path

    from reportgen.build import build_briefing
    from reportgen.config import parse_period

    from .conftest import SEEDS

    b = build_briefing([Path(SEEDS)], knowledge, parse_period(None, None))
    assert len(b.stories) == 2 and all(s.related for s in b.stories)
    # said, but never as a key finding: it tells what is not compared, not how outlets differ
    [related] = [f for f in b.findings if f.text.startswith("Related, not the same event")]
    assert "They are compared as separate stories." in related.text
    assert not related.key
    assert not any(f.key for f in b.findings)  # two stories, one outlet each: nothing matched
    assert b.findings[0] is related  # with no story in common, it is the first thing said


def test_seed_balance_of_voices_and_verbs_by_side(knowledge):
    from pathlib import Path

    from reportgen.build import build_briefing
    from reportgen.config import load_config, parse_period
    from reportgen.knowledge import apply_config

    from .conftest import SEEDS

    config = load_config(Path(SEEDS) / "reportgen.toml")
    b = build_briefing([Path(SEEDS)], apply_config(knowledge, config),
                       parse_period(None, None))
    jp, ex = b.outlets
    jp_side = {s.label: s.count for s in jp.by_side}
    ex_side = {s.label: s.count for s in ex.by_side}
    assert jp_side["Ukraine and allies"] > jp_side["Russia"] >= 2
    assert ex_side["Ukraine and allies"] > ex_side["Russia"] >= 2
    ex_verbs = {v.group: dict(v.verbs) for v in ex.verbs_by_side}
    assert "claim" in ex_verbs["Russia"]  # "claiming" for the Russian ministry
    assert "claim" not in ex_verbs["Ukraine and allies"]
    jp_verbs = {v.group: dict(v.verbs) for v in jp.verbs_by_side}
    assert {"joke", "ask", "mock"} <= set(jp_verbs["Ukraine and allies"])
