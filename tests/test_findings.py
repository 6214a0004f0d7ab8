"""Findings rules on synthetic briefings whose truth is known: contrasts only inside shared
stories, key findings only with an interval that leaves out no difference on enough counts,
"only X quotes Y" checked by identity and by coverage, nothing resting on tone."""

from __future__ import annotations

from datetime import date

import pytest

from reportgen.compare import compare
from reportgen.contrasts import MIN_QUOTES, MIN_STORIES
from reportgen.models import Actor, Article, ArticleAnalysis, Quote, Tone
from reportgen.stats import odds_ratio, share_difference, wilson
from reportgen.stories import Story

DEM = Actor("Dana Reed", "person", "legislator", None, None, "United States", "Democratic Party")
REP = Actor("Rob Hale", "person", "legislator", None, None, "United States", "Republican Party")
US = Actor("Uma Ford", "person", "government", None, None, "United States", None)
FR = Actor("Luc Roy", "person", "government", None, None, "France", None)
NOBODY = Actor("Sam Doe", "person", "unknown")  # a speaker whose affiliation is not known
VERB = {"neutral": ("said", "say"), "distancing": ("claimed", "claim"),
        "evaluative": ("mocked", "mock")}


def _quote(actor: Actor, stance: str = "neutral") -> Quote:
    cue, lemma = VERB[stance]
    return Quote(0, 5, "words", "direct", ((0, 5),), actor.name, (0, 1), actor, cue, None,
                 lemma, stance, 0.0, 0.0)


def _article(aid: str, outlet: str, quotes: list[Quote], polarity: float = 0.0
             ) -> ArticleAnalysis:
    art = Article(aid, f"{aid}.txt", "text", outlet, f"Title {aid}", None, date(2020, 1, 1),
                  None)
    return ArticleAnalysis(art, ((0, 4),), tuple(quotes), (), Tone(polarity, 0.3, 100),
                           Tone(0.0, 0.3, 50), (), ())


def _briefing(stories: dict[str, dict[str, list[Quote]]], **kw):
    """Build a briefing from {story: {outlet: quotes}}: one article per outlet and story."""
    analyses, groups = [], []
    for sid, by in stories.items():
        ids = []
        for outlet, quotes in by.items():
            aid = f"{sid}-{outlet[0].lower()}"
            analyses.append(_article(aid, outlet, quotes, kw.get("tone", {}).get(outlet, 0.0)))
            ids.append(aid)
        groups.append(Story(sid, tuple(ids), tuple(sorted(by)), f"Story {sid}",
                            date(2020, 1, 1), date(2020, 1, 1)))
    return compare(analyses, title="t", period="p", stories=tuple(groups),
                   sides=kw.get("sides"), lens=kw.get("lens", "auto"))


def _mix(dem: int, rep: int, dem_stance: str = "neutral", rep_stance: str = "neutral"
         ) -> list[Quote]:
    return [_quote(DEM, dem_stance)] * dem + [_quote(REP, rep_stance)] * rep


def test_intervals_match_textbook_values():
    w = wilson(8, 10)  # Wilson (1927): 0.80 (0.49, 0.94)
    assert (round(w.low, 3), round(w.high, 3)) == (0.490, 0.943)
    # Newcombe (1998), table II example (56/70 against 48/80): 0.2 (0.0524, 0.3339)
    d = share_difference(wilson(56, 70), wilson(48, 80))
    assert (round(d.low, 4), round(d.high, 4)) == (0.0524, 0.3339)
    # 4.0; Woolf: exp(ln 4 ± 1.96 * sqrt(1/10 + 1/20 + 1/5 + 1/40)) = 1.20 to 13.28
    r = odds_ratio(10, 20, 5, 40)
    assert (round(r.value, 2), round(r.low, 2), round(r.high, 2)) == (4.0, 1.2, 13.28)
    assert odds_ratio(0, 20, 10, 10).high < 1  # an empty cell: Haldane's 0.5 keeps it finite


def test_a_real_gap_in_shared_stories_is_a_key_finding_with_base_and_interval():
    b = _briefing({f"s{i}": {"Alpha": _mix(6, 2), "Beta": _mix(2, 6)} for i in range(6)})
    keys = [f for f in b.findings if f.key]
    assert keys and all(f.kind == "voices" for f in keys)
    f = next(f for f in keys if "Democratic Party" in f.text and f.text.count("Alpha") >= 2)
    assert f.text.startswith("In the 6 stories Alpha and Beta both covered, Alpha gives 75% "
                             "of its quotes with a known affiliation to Democratic Party voices "
                             "against 25% for Beta")
    assert "95% interval" in f.text and f.base.startswith("the 6 stories")
    numbers = dict(f.numbers)
    assert numbers["low"] > 0 and numbers["difference"] == pytest.approx(0.5)


def test_coverage_mix_is_no_key_finding():
    # the same mix in the three stories both covered; Alpha alone covers five stories where
    # only Democrats speak. Pooled, Alpha is 76% Democratic against Beta's 50%: coverage.
    stories = {f"s{i}": {"Alpha": _mix(4, 4), "Beta": _mix(4, 4)} for i in range(3)}
    stories.update({f"x{i}": {"Alpha": _mix(8, 0)} for i in range(5)})
    b = _briefing(stories)
    assert not any(f.key for f in b.findings)
    [mix] = [f for f in b.findings if f.kind == "coverage_mix" and "Alpha" in f.text]
    assert mix.text.startswith("Coverage mix, over all 8 articles of Alpha (what it covered, "
                               "not a habit)")
    [gap] = [g for g in b.voice_gaps if g.group == "Democratic Party"]
    assert gap.difference[0] == 0 and len(gap.stories) == 3


@pytest.mark.parametrize(("stories", "per_story"), [
    (MIN_STORIES - 1, 20),  # too few stories, however many quotes
    (MIN_STORIES, MIN_QUOTES // MIN_STORIES - 1),  # too few quotes in them
])
def test_small_counts_make_no_key_finding(stories, per_story):
    dem = per_story * 3 // 4
    b = _briefing({f"s{i}": {"Alpha": _mix(dem, per_story - dem),
                             "Beta": _mix(per_story - dem, dem)} for i in range(stories)})
    gaps = [g for g in b.voice_gaps if g.group == "Democratic Party"]
    assert gaps and gaps[0].small and not any(f.key for f in b.findings)


def test_a_gap_whose_interval_holds_zero_is_no_key_finding():
    b = _briefing({f"s{i}": {"Alpha": _mix(5, 5), "Beta": _mix(4, 6)} for i in range(6)})
    [gap] = [g for g in b.voice_gaps if g.group == "Democratic Party"]
    assert not gap.small and gap.difference[1] < 0 < gap.difference[2] and not gap.key
    assert not any(f.key for f in b.findings)


def test_verbs_by_side_give_an_odds_ratio_within_each_outlet():
    # Alpha casts doubt on one Republican quote in three, on no Democrat; Beta on neither
    alpha = [_quote(REP, "distancing")] * 2 + [_quote(REP)] * 4 + [_quote(DEM)] * 6
    b = _briefing({f"s{i}": {"Alpha": alpha, "Beta": _mix(6, 6)} for i in range(4)})
    keys = [f for f in b.findings if f.key and f.kind == "verbs"]
    assert len(keys) == 1 and keys[0].text.startswith("Alpha attributes 33% (8 of 24) of "
                                                      "Republican Party's quotes with a "
                                                      "distancing or evaluative verb")
    assert "odds ratio" in keys[0].text and "95% interval" in keys[0].text
    assert "in the 4 stories where it quoted both" in keys[0].text
    [beta] = [g for g in b.verb_gaps if g.outlet == "Beta"]
    assert not beta.key and beta.loaded == (0, 0)
    # the outlet-wide share of non-neutral verbs is no finding any more
    assert not any("verb other than a neutral one" in f.text for f in b.findings)


def test_only_x_quotes_y_checks_identity_and_coverage():
    pelosi = Actor("Nancy Pelosi", "person", "legislator", None, None, "United States",
                   "Democratic Party")
    surname = Actor("Pelosi", "person", "unknown", None, None, None)
    lone = Actor("Ada Stone", "person", "expert", None, None, "United States")
    other = Actor("Max Fell", "person", "expert", None, None, "United States")
    b = _briefing({
        "s1": {"Alpha": [_quote(pelosi), _quote(lone)], "Beta": [_quote(DEM)]},
        "s2": {"Beta": [_quote(surname)]},  # Pelosi under another name, in another story
        "s3": {"Alpha": [_quote(other)]},  # a story Beta did not cover
        "s4": {"Alpha": [_quote(pelosi)]},  # named in full in two stories: one person
    })
    [only] = [f for f in b.findings if f.kind == "only" and "Alpha" in f.text]
    assert only.text.startswith("Only Alpha quotes Ada Stone, in 1 story that other outlets "
                                "covered too")
    assert "Pelosi" not in only.text and "Max Fell" not in only.text


LU = Actor("Chris Lu", "person", "government", None, None, "United States")
SHOPKEEPER = Actor("Lu", "person", "unknown", None, None, None)
VOICES_CASES = [  # (stories, voices each outlet alone quotes in shared stories)
    # a bare surname is not the full name another story names once: two people, as
    # identity.merge_actors has them (a shopkeeper "Lu" is not Chris Lu)
    ({"s1": {"Alpha": [SHOPKEEPER], "Beta": [DEM]}, "s2": {"Alpha": [DEM], "Beta": [LU]}},
     {"Alpha": ["Lu"], "Beta": ["Chris Lu"]}),
    ({"s1": {"Alpha": [LU], "Beta": [DEM]}, "s2": {"Alpha": [DEM], "Beta": [SHOPKEEPER]}},
     {"Alpha": ["Chris Lu"], "Beta": ["Lu"]}),
    # negatives: in one story the surname is the full name that story gives; a full name the
    # briefing names in two stories takes the surname anywhere
    ({"s1": {"Alpha": [LU], "Beta": [SHOPKEEPER]}}, {}),
    ({"s1": {"Alpha": [SHOPKEEPER], "Beta": [DEM]}, "s2": {"Alpha": [DEM], "Beta": [LU]},
      "s3": {"Alpha": [DEM], "Beta": [LU]}}, {}),
]


@pytest.mark.parametrize(("stories", "alone"), VOICES_CASES)
def test_only_x_quotes_y_joins_voices_as_identity_does(stories, alone):
    b = _briefing({sid: {o: [_quote(a) for a in actors] for o, actors in by.items()}
                   for sid, by in stories.items()})
    found = {f.text.split()[1]: f.text for f in b.findings if f.kind == "only"}
    assert sorted(found) == sorted(alone)
    for outlet, names in alone.items():
        assert found[outlet].startswith(f"Only {outlet} quotes {' and '.join(names)}, in 1 ")


@pytest.mark.parametrize(("alpha", "named"), [
    (Actor("Ada Stone", "person", "expert"), True),
    (Actor("Harbor Bank", "organisation", "business"), True),
    # a word of the language read as a surname, a lower-case description, a group: no name
    # another outlet could be searched for, so no "only Alpha quotes" about it
    (Actor("Catholic", "person", "unknown"), False),
    (Actor("committee", "organisation", "government"), False),
    (Actor("Authorities", "group", "unknown"), False),
])
def test_only_x_quotes_y_is_said_of_names_only(alpha, named):
    b = _briefing({"s1": {"Alpha": [_quote(alpha), _quote(DEM)], "Beta": [_quote(DEM)]}})
    only = [f.text for f in b.findings if f.kind == "only"]
    assert only == ([f"Only Alpha quotes {alpha.name}, in 1 story that other outlets covered "
                     "too; no other outlet quotes them under any name."] if named else [])


def test_observations_that_compare_come_before_the_coverage_mix():
    # Alpha and Aardvark come first by name, and each alone covers a story of its own: what
    # they quote there is coverage, said after whom Beta alone quotes in a story both covered
    lone = Actor("Ada Stone", "person", "expert")
    b = _briefing({"s1": {"Alpha": [_quote(DEM)], "Beta": [_quote(DEM), _quote(REP)]},
                   "s2": {"Alpha": [_quote(lone)]}, "s3": {"Aardvark": [_quote(FR)]},
                   "s4": {"Aardvark": [_quote(DEM)], "Beta": [_quote(DEM)]}})
    kinds = [f.kind for f in b.findings if not f.key]
    assert kinds.index("only") < kinds.index("coverage_mix")
    assert set(kinds[kinds.index("coverage_mix"):]) == {"coverage_mix"}
    assert next(f for f in b.findings if f.kind == "only").text.startswith("Only Beta quotes")


def test_no_finding_rests_on_tone():
    same = {f"s{i}": {"Alpha": _mix(5, 5), "Beta": _mix(5, 5)} for i in range(6)}
    b = _briefing(same, tone={"Alpha": -0.6, "Beta": 0.6})
    assert not any(f.key for f in b.findings)
    for f in b.findings:
        assert "polarity" not in f.text and "tone" not in f.text.lower()
    assert all(s.difference == 0 for s in b.stories)  # tone is out of the difference score


def test_every_key_finding_states_its_base_and_interval():
    b = _briefing({f"s{i}": {"Alpha": _mix(7, 1, rep_stance="distancing"),
                             "Beta": _mix(1, 7), "Gamma": _mix(4, 4)} for i in range(8)})
    keys = [f for f in b.findings if f.key]
    assert len(keys) >= 2
    for f in keys:
        assert f.base and "95% interval" in f.text and "stories" in f.text
        assert {"low", "high"} <= dict(f.numbers).keys()
    assert [f.id for f in b.findings] == [f"f{n}" for n in range(1, len(b.findings) + 1)]
    assert b.findings[0].key


def _quotes(**counts: int) -> list[Quote]:
    """Give quotes by actor: _quotes(US=1, FR=3, NOBODY=8)."""
    return [_quote(globals()[name]) for name, n in counts.items() for _ in range(n)]


@pytest.mark.parametrize(("unknown", "key"), [(8, False), (2, True)])
def test_shares_of_voices_leave_out_quotes_with_no_known_affiliation(unknown, key):
    # Alpha gives a quarter of its known quotes to the United States, Beta three quarters.
    # With 8 unknown quotes in 12 per story, Alpha's known share (33%) is under the floor:
    # its shares would measure unresolved speakers, so no key finding; with 2 in 6, there is one.
    b = _briefing({f"s{i}": {"Alpha": _quotes(US=1, FR=3, NOBODY=unknown),
                             "Beta": _quotes(US=9, FR=3)} for i in range(6)})
    assert b.grouped_by == "country"
    assert {g.group for g in b.voice_gaps} == {"United States", "France"}  # never "Unknown"
    [gap] = [g for g in b.voice_gaps if g.group == "United States"]
    assert gap.shares == (0.25, 0.75) and gap.quotes == (24, 72)
    assert gap.unknown == (6 * unknown, 0) and gap.key is key
    keys = [f for f in b.findings if f.key]
    floor = [f for f in b.findings if f.kind == "known_floor"]
    if key:
        assert not floor and any(
            "Alpha gives 25% of its quotes with a known affiliation to voices from United "
            "States against 75% for Beta" in f.text
            and "12 of Alpha's 36 quotes and 0 of Beta's 72 had no known affiliation" in f.text
            for f in keys)
    else:
        assert not keys and gap.thin == ("Alpha",)
        [obs] = floor
        assert obs.text.startswith("No key finding about affiliation is made for Alpha (48 of "
                                   "72): in the stories it shares with other outlets, more "
                                   "than 50% of its quotes had no known affiliation")
        assert not any(f.kind == "nearest" for f in b.findings)


def test_a_small_base_of_known_quotes_fails_the_small_count_bar():
    # plenty of quotes in all, but only 2 a story of Alpha's have a known affiliation
    b = _briefing({f"s{i}": {"Alpha": _quotes(US=0, FR=2, NOBODY=2),
                             "Beta": _quotes(US=9, FR=3)} for i in range(6)})
    [gap] = [g for g in b.voice_gaps if g.group == "France"]
    assert gap.quotes[0] == 12 < MIN_QUOTES and gap.small and not gap.key


@pytest.mark.parametrize(("counts", "mode"), [
    ({"DEM": 5, "REP": 4, "FR": 1, "NOBODY": 30}, "party"),  # 90% of known countries: home
    ({"DEM": 4, "REP": 3, "FR": 3, "NOBODY": 0}, "country"),  # 70%: countries
    ({"DEM": 2, "REP": 2, "FR": 1, "NOBODY": 20}, "party"),  # exactly 80% of the known
])
def test_domestic_mode_is_decided_over_quotes_with_a_known_country(counts, mode):
    quotes = _quotes(**counts)
    b = _briefing({"s1": {"Alpha": quotes, "Beta": quotes}})
    assert b.grouped_by == mode


def test_story_summary_never_says_most_from_unknown():
    b = _briefing({"s1": {"Alpha": _quotes(DEM=1, NOBODY=5), "Beta": _quotes(REP=2),
                          "Gamma": _quotes(NOBODY=3)}})
    [story] = b.stories
    assert "Unknown" not in story.summary
    assert ("Alpha quoted 2 voices, most from Democratic Party (1 of 1); 5 of 6 quotes had no "
            "known affiliation.") in story.summary
    assert "Beta quoted 1 voice, most from Republican Party (2 of 2)." in story.summary
    assert "Gamma quoted 1 voice; none of its 3 quotes had a known affiliation." in story.summary


def test_the_known_floor_observation_names_the_five_least_known_outlets_and_counts_the_rest():
    from reportgen.findings import known_floor_findings

    known = {f"Outlet {c}": (i, 20) for i, c in enumerate("ABCDEFGH")}  # all under half known
    (finding,) = known_floor_findings(known, 0.5)
    assert "Outlet A (20 of 20), Outlet B (19 of 20)" in finding.text
    assert "Outlet E (16 of 20) and 3 more outlets:" in finding.text
    assert "Outlet F" not in finding.text
    assert dict(finding.numbers)["outlets"] == 8.0


@pytest.mark.parametrize(("low", "high", "d", "text"), [
    (0.004, 0.23, 0.12, "0.4 to 23 points"),
    (-0.02, 0.44, 0.22, "-2 to 44 points"),
    (-0.23, -0.004, -0.12, "0.4 to 23 points"),
    (0.0, 0.10, 0.05, "0 to 10 points"),
    (0.0003, 0.21, 0.11, "just above 0 to 21 points"),
    (-0.21, -0.0003, -0.11, "just above 0 to 21 points"),
    (-0.0004, 0.30, 0.15, "just below 0 to 30 points"),
])
def test_an_interval_bound_near_zero_shows_its_side(low, high, d, text):
    from reportgen.findings import _points

    assert _points(low, high, d) == text
