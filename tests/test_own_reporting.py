"""An outlet's own staff relaying or reporting is no voice it chose to quote: such quotes stay
in the ledger, marked, and no count, gap or finding takes them; another outlet's reporter quoted
still counts as media."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter

import pytest

from reportgen import evidence
from reportgen.build import build_briefing
from reportgen.compare import compare
from reportgen.config import load_config, parse_period
from reportgen.evidence import own_reporting, own_staff, quotes_of
from reportgen.export import briefing_dict
from reportgen.knowledge import apply_config, load_knowledge
from reportgen.models import Actor, Article, ArticleAnalysis, Quote, Tone
from reportgen.render import _ledger, default_templates, make_view, render_html
from reportgen.spreadsheet import quotes_csv
from reportgen.stories import Story

REPORTER = Actor("Ann Reporter", "person", "media", None, None, "United States")
LAKE = Actor("Ann Lake", "person", "media", None, None, "United States")
MAYOR = Actor("Cy Dunn", "person", "government", "Mayor", None, "United States")
SENATOR = Actor("Bo Vale", "person", "legislator", "Sen.", None, "United States",
                "Democratic Party")


def _quote(actor: Actor, speaker: str, span: tuple[int, int] | None = (0, 1)) -> Quote:
    return Quote(0, 10, "words", "direct", ((0, 10),), speaker, span, actor, "reported", None,
                 "report", "neutral", 0.1, 0.2)


def _article(i: str, outlet: str | None, quotes: list[Quote], text: str = "text"
             ) -> ArticleAnalysis:
    return ArticleAnalysis(Article(i, f"{i}.txt", text, outlet, None, None, None, None),
                           ((0, 4),), tuple(quotes), (), Tone(0.1, 0.3, 100),
                           Tone(-0.1, 0.5, 50), (), ())


BEFORE = "Rain fell all day, NPR's "  # the possessive just before the mention
OWN = [  # (outlet, actor, speaker as written, text before the mention, own staff)
    ("NPR", REPORTER, "NPR's Ann Reporter", "", True),
    ("NPR Online News", REPORTER, "NPR's Ann Reporter", "", True),  # an alias of the outlet
    ("The Guardian", REPORTER, "The Guardian's Ann Reporter", "", True),
    ("The Guardian", REPORTER, "Guardian\u2019s Ann Reporter", "", True),
    ("NPR", REPORTER, "Ann Reporter", BEFORE, True),
    ("NPR", Actor("Ann Reporter", "person", "media", None, "NPR"), "Ann Reporter", "", True),
    ("NPR", Actor("NPR", "organisation", "media"), "NPR", "", True),  # "NPR has learned"
    # the outlet before a journalist's title (titles.tsv, kind media) in the mention
    ("CNN", LAKE, "CNN correspondent Ann Lake", "", True),
    ("CNN (Web News)", LAKE, "CNN chief national correspondent Ann Lake", "", True),
    ("NPR", LAKE, "the NPR host Ann Lake", "", True),
    ("The Guardian", LAKE, "Guardian columnist Ann Lake", "", True),
    # not its own: another outlet's reporter, a politician's aide, no possessive at all
    ("The Guardian", REPORTER, "NPR's Ann Reporter", "", False),
    ("NPR", REPORTER, "The Guardian's Ann Reporter", "", False),
    ("NPR", MAYOR, "Elmsford's mayor", "", False),
    ("NPR", MAYOR, "Cy Dunn", "The mayor's ", False),
    ("NPR", REPORTER, "Ann Reporter", "", False),
    # no journalist's title in titles.tsv (the speaker's organisation, when the engine gives
    # CNN, still makes an analyst or contributor the outlet's own, as for every speaker)
    ("CNN", LAKE, "CNN analyst Ann Lake", "", False),
    ("CNN", LAKE, "CNN contributor Ann Lake", "", False),
    ("CNN", LAKE, "former CNN anchor Ann Lake", "", False),
    ("CNN", LAKE, "New York Times columnist Ann Lake", "", False),
    ("CNN", LAKE, "host Ann Lake", "", False),
    ("CNN (Web News)", REPORTER, "CNN's Ann Reporter", "", True),  # the feed's section
    ("CNN - Editorial", REPORTER, "CNN's Ann Reporter", "", True),
    ("CNN (Web News)", REPORTER, "Fox News's Ann Reporter", "", False),
    (None, REPORTER, "NPR's Ann Reporter", "", False),
]


@pytest.mark.parametrize(("outlet", "actor", "speaker", "before", "own"), OWN)
def test_own_staff_is_the_outlet_itself_or_its_people(outlet, actor, speaker, before, own):
    text = before + speaker + " reported."
    q = _quote(actor, speaker, (len(before), len(before) + len(speaker)))
    a = _article("a", outlet, [q], text)
    assert (actor.name in own_staff(a, load_knowledge().outlets)) is own
    assert len(quotes_of([a], own_reporting([a]))) == (0 if own else 1)


def test_a_follow_up_quote_of_the_reporter_is_own_reporting_too():
    a = _article("a", "NPR", [_quote(REPORTER, "NPR's Ann Reporter"), _quote(REPORTER, "she"),
                              _quote(MAYOR, "he")])
    assert own_reporting([a]) == {"a:q1", "a:q2"}
    assert [q.actor.name for _, q in quotes_of([a], own_reporting([a]))] == ["Cy Dunn"]


STORIES = 6
STORY_LIST = tuple(Story(f"s{i}", (f"n{i}", f"g{i}"), ("NPR", "The Guardian"), "t", None, None)
                   for i in range(STORIES))


def _two_outlets() -> list[ArticleAnalysis]:
    """Two outlets covering the same stories: NPR leans on its own reporter, the Guardian
    quotes that same NPR reporter once, as another outlet's voice."""
    npr = [_quote(REPORTER, "NPR's Ann Reporter")] * 12 + [_quote(MAYOR, "Cy Dunn")] * 4 + [
        _quote(SENATOR, "Bo Vale")] * 4
    guardian = [_quote(REPORTER, "NPR's Ann Reporter")] + [_quote(MAYOR, "Cy Dunn")] * 10 + [
        _quote(SENATOR, "Bo Vale")] * 9
    return [_article(f"n{i}", "NPR", npr) for i in range(STORIES)] + [
        _article(f"g{i}", "The Guardian", guardian) for i in range(STORIES)]


def test_no_count_or_finding_rests_on_the_outlets_own_reporting():
    b = compare(_two_outlets(), title="t", period="p", stories=STORY_LIST)
    npr, guardian = b.outlets
    assert (npr.outlet, npr.quotes, guardian.quotes) == ("NPR", 8 * STORIES, 20 * STORIES)
    assert b.voice_gaps and b.findings  # the stories both covered are compared
    assert "Ann Reporter" not in npr.voices
    assert all(s.label != "media" for s in npr.by_type)
    own = {f"n{i}:q{n}" for i in range(STORIES) for n in range(1, 13)}
    assert b.own_reporting == own  # what the ledger, quotes.csv and briefing.json mark
    assert not own & {e for f in b.findings for e in f.evidence}
    assert not own & {e for g in b.voice_gaps for ids in g.evidence for e in ids}


def test_another_outlets_reporter_still_counts_as_media():
    b = compare(_two_outlets(), title="t", period="p", stories=STORY_LIST)
    guardian = b.outlets[1]
    assert "Ann Reporter" in guardian.voices
    assert {s.label: s.count for s in guardian.by_type}["media"] == STORIES
    assert {s.label: s.count for s in guardian.by_affiliation}["Media, no party"] == STORIES
    [gap] = [g for g in b.voice_gaps if g.group == "Media, no party"]
    assert gap.group_quotes == (0, STORIES)  # NPR none of its own, the Guardian one a story


def test_the_ledger_keeps_the_own_reporting_and_marks_it():
    npr, guardian = _two_outlets()[0], _two_outlets()[STORIES]
    rows = _ledger(npr, own_reporting([npr, guardian]))
    assert len(rows) == 20
    assert [r.id for r in rows if "the outlet's own reporting" in r.detail] == [
        f"n0:q{n}" for n in range(1, 13)]
    assert not any("own reporting" in r.detail
                   for r in _ledger(guardian, own_reporting([npr, guardian])))


def test_the_comparison_finds_each_articles_own_staff_once(monkeypatch):
    calls: Counter[str] = Counter()
    real = evidence.own_staff

    def counted(a, outlets):
        calls[a.article.id] += 1
        return real(a, outlets)

    monkeypatch.setattr(evidence, "own_staff", counted)
    compare(_two_outlets(), title="t", period="p", stories=STORY_LIST)
    assert sorted(calls) == sorted(f"{o}{i}" for o in "ng" for i in range(STORIES))
    assert set(calls.values()) == {1}


# an outlet in no table, as reportgen.toml adds it (name = [aliases])
LEDGER = {"harbour ledger": "Harbour Ledger", "the ledger": "Harbour Ledger",
          "ledger": "Harbour Ledger"}
TABLED = [  # (alias table, speaker as written, own staff) in an article of "Harbour Ledger"
    (LEDGER, "the Ledger's Ann Reporter", True),
    (LEDGER, "The Ledger's Ann Reporter", True),
    ({}, "the Ledger's Ann Reporter", False),  # the alias only the user's table knows
    ({}, "Harbour Ledger's Ann Reporter", True),  # the outlet's own name needs no table
    (LEDGER, "the Gazette's Ann Reporter", False),
    (LEDGER, "the mayor's Ann Reporter", False),
]


@pytest.mark.parametrize(("table", "speaker", "own"), TABLED)
def test_own_staff_reads_the_outlets_the_user_adds(table, speaker, own):
    q = _quote(REPORTER, speaker, (0, len(speaker)))
    a = _article("a", "Harbour Ledger", [q], speaker + " reported.")
    assert (REPORTER.name in own_staff(a, {**load_knowledge().outlets, **table})) is own


def test_a_build_with_reportgen_toml_leaves_out_its_outlets_own_staff(tmp_path, knowledge):
    (tmp_path / "reportgen.toml").write_text(
        '[outlets]\n"Harbour Ledger" = ["The Ledger", "Ledger"]\n', encoding="utf-8")
    text = ("The pier in Elmsford will close for repairs next month.\n\n"
            '"The pier will close on the first of June," Mayor Cy Dunn said on Tuesday.\n\n'
            '"Nobody at city hall would say how long the work will take," the Ledger\'s '
            "Ann Reporter said.")
    articles = tmp_path / "a.jsonl"
    articles.write_text(json.dumps({"id": "hl1", "outlet": "Harbour Ledger",
                                    "date": "2024-05-02", "title": "Pier", "text": text}) + "\n",
                        encoding="utf-8")
    period = parse_period(None, None)
    plain = build_briefing([articles], knowledge, period)
    told = build_briefing([articles], apply_config(
        knowledge, load_config(tmp_path / "reportgen.toml")), period)
    assert [q.actor.name for q in told.articles[0].quotes] == ["Cy Dunn", "Ann Reporter"]
    assert plain.own_reporting == frozenset()
    assert told.own_reporting == {"hl1:q2"}
    assert told.outlets[0].voices == ("Cy Dunn",)


def test_quotes_csv_and_briefing_json_say_which_quotes_are_own_reporting():
    b = compare(_two_outlets(), title="t", period="p", stories=STORY_LIST)
    rows = list(csv.DictReader(io.StringIO(quotes_csv(b).decode("utf-8-sig"))))
    assert len(rows) == 40 * STORIES  # every quote stays a row
    assert {r["id"] for r in rows if r["own_reporting"] == "yes"} == b.own_reporting
    assert {r["own_reporting"] for r in rows} == {"yes", "no"}
    [guardian_reporter] = [r for r in rows if r["id"] == "g0:q1"]  # another outlet's reporter
    assert (guardian_reporter["speaker"], guardian_reporter["own_reporting"]) == (
        "Ann Reporter", "no")
    quotes = [q for a in briefing_dict(b)["articles"] for q in a["quotes"]]
    assert {q["id"] for q in quotes if q["own_reporting"] is True} == b.own_reporting
    assert all(q["own_reporting"] is False for q in quotes if q["id"] not in b.own_reporting)


@pytest.mark.parametrize("full", [True, False])  # the HTML page, the PDF's page
def test_the_briefing_says_in_words_what_own_reporting_is(full):
    b = compare(_two_outlets(), title="t", period="p", stories=STORY_LIST)
    html = " ".join(render_html(make_view(b, (), full=full), default_templates()).split())
    said = ("is the outlet reporting, not a voice it chose to quote: it is in no count, share, "
            "contrast, finding or chart, and stays in the quote ledger marked “the outlet's "
            "own reporting” (72 quotes in this briefing)")
    assert said in html  # Method and limits
    assert ("Quotes leave out the outlet's own reporting, where the speaker is the outlet "
            "itself or one of its own journalists (72 quotes here") in html  # outlet profiles
    ledger = "“The outlet's own reporting” marks a quote whose speaker is the article"
    assert (ledger in html) is full  # the PDF has no ledger
