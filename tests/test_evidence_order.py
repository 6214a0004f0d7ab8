"""The quotes shown under a finding: the speaker's own words (direct or mixed quotes) before
reported speech, and never an infinitive speech act ("urged the council to vote") or the object
of a negated cue ("did not say who paid") unless nothing else backs the finding. What is counted
stays the same: only which quotes are shown, and in what order."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from reportgen import compare as compare_module
from reportgen.compare import compare
from reportgen.evidence import evidence_rank, shown_first, weak_evidence
from reportgen.models import Actor, Article, ArticleAnalysis, Quote, Tone

VALE = Actor("Bo Vale", "person", "legislator", "Sen.", None, "United States", "Democratic Party")
DUNN = Actor("Cy Dunn", "person", "government", "Mayor", None, "United States",
             "Republican Party")


def _quote(text: str, body: str, cue: str, kind: str, actor: Actor) -> Quote:
    """A quote of ``body`` in ``text`` whose cue is the first ``cue`` before it."""
    start = text.index(body)
    at = text.rindex(cue, 0, start)
    return Quote(start, start + len(body), body, kind, ((start, start + len(body)),),
                 actor.name, None, actor, cue, (at, at + len(cue)), cue, "neutral", 0.0, 0.0)


def _article(i: str, outlet: str, text: str, quotes: list[tuple[str, str, str, Actor]]
             ) -> ArticleAnalysis:
    qs = tuple(_quote(text, body, cue, kind, actor) for body, cue, kind, actor in quotes)
    return ArticleAnalysis(Article(i, f"{i}.txt", text, outlet, None, None, None, None),
                           ((0, len(text)),), qs, (), Tone(0.0, 0.0, 100), Tone(0.0, 0.0, 50),
                           (), ())


URGED = "Vale urged the council to vote on the budget by Friday."
NOT_SAY = "Vale did not say who paid for the trip."
WOULD_NOT = "Dunn wouldn't say when the road would reopen."
REPORTED = "Vale said the plan was late."
DIRECT = "Vale said, “We will win this fight.”"
MIXED = "Dunn said the vote was “a disgrace to the city.”"

WEAK_CASES = [  # (sentence, quoted part, cue, kind, weak)
    (URGED, "to vote on the budget by Friday", "urged", "indirect", True),
    (NOT_SAY, "who paid for the trip", "say", "indirect", True),
    (WOULD_NOT, "when the road would reopen", "say", "indirect", True),
    ("Dunn never told reporters why he left.", "why he left", "told", "indirect", True),
    # negatives: plain reported speech, a negation inside the clause, the speaker's words
    (REPORTED, "the plan was late", "said", "indirect", False),
    ("Dunn said the city would not pay.", "the city would not pay", "said", "indirect", False),
    ("Vale told the council to wait.", "to wait", "told", "direct", False),
    (MIXED, "the vote was “a disgrace to the city.”", "said", "mixed", False),
]


@pytest.mark.parametrize("sentence, body, cue, kind, weak", WEAK_CASES)
def test_weak_evidence(sentence, body, cue, kind, weak):
    q = _quote(sentence, body, cue, kind, VALE)
    assert weak_evidence(q, sentence) is weak
    assert evidence_rank(q, sentence) == (2 if weak else 0 if kind != "indirect" else 1)


def test_shown_first_keeps_weak_quotes_only_when_nothing_else_backs_the_finding():
    ranks = {"a:q1": 2, "a:q2": 1, "a:q3": 0, "a:q4": 2, "a:q5": 0}
    assert shown_first(("a:q1", "a:q2", "a:q3", "a:q4", "a:q5"), ranks) == (
        "a:q3", "a:q5", "a:q2")
    assert shown_first(("a:q4", "a:q1"), ranks) == ("a:q4", "a:q1")
    assert shown_first(("a:s2", "a:q1"), ranks) == ("a:s2",)  # a sentence id is no weak quote
    assert shown_first((), ranks) == ()


def _outlets() -> list[ArticleAnalysis]:
    one = " ".join((URGED, NOT_SAY, REPORTED, DIRECT))
    two = " ".join((WOULD_NOT, MIXED, REPORTED.replace("Vale", "Dunn")))
    three = " ".join((URGED, NOT_SAY))
    return [
        _article("a1", "Daily One", one, [
            ("to vote on the budget by Friday", "urged", "indirect", VALE),
            ("who paid for the trip", "say", "indirect", VALE),
            ("the plan was late", "said", "indirect", VALE),
            ("“We will win this fight.”", "said", "direct", VALE)]),
        _article("b1", "Two Times", two, [
            ("when the road would reopen", "say", "indirect", DUNN),
            ("the plan was late", "said", "indirect", DUNN),
            ("the vote was “a disgrace to the city.”", "said", "mixed", DUNN)]),
        _article("c1", "Third Post", three, [
            ("to vote on the budget by Friday", "urged", "indirect", VALE),
            ("who paid for the trip", "say", "indirect", VALE)]),
    ]


def test_a_briefing_shows_own_words_first_and_counts_the_same(monkeypatch):
    b = compare(_outlets(), title="t", period="p")
    shown = {f.base: f.evidence for f in b.findings}
    assert shown["all 1 article of Daily One"] == ("a1:q4", "a1:q3")  # the weak two left out
    assert shown["all 1 article of Two Times"] == ("b1:q3", "b1:q2")
    assert shown["all 1 article of Third Post"] == ("c1:q1", "c1:q2")  # nothing else: kept
    assert shown["the 1 story only Two Times covered"] == ("b1:q3",)  # Dunn's own words
    # without the ranking (as before), every finding says and counts the same
    monkeypatch.setattr(compare_module, "evidence_ranks", lambda analyses: {})
    plain = compare(_outlets(), title="t", period="p")
    assert [replace(f, evidence=()) for f in b.findings] == [
        replace(f, evidence=()) for f in plain.findings]
    before = {f.base: f.evidence for f in plain.findings}
    assert before["all 1 article of Daily One"] == ("a1:q1", "a1:q2", "a1:q3", "a1:q4")
    assert before["the 1 story only Two Times covered"] == ("b1:q1",)
    assert b.outlets == plain.outlets


def test_shown_first_lets_the_outlets_take_turns():
    ranks = {"a:q1": 0, "a:q2": 0, "a:q3": 0, "b:q1": 1, "b:q2": 2, "c:q1": 2, "c:q2": 0}
    outlets = {"a": "Alpha", "b": "Beta", "c": "Alpha"}
    # each outlet's own words first, then the outlets in turn, the better-ranked first
    assert shown_first(("a:q1", "a:q2", "b:q1", "a:q3"), ranks, outlets) == (
        "a:q1", "b:q1", "a:q2", "a:q3")
    # an outlet's weak quote is left out when it has other evidence, kept when it has none
    assert shown_first(("b:q2", "b:q1", "c:q1", "c:q2"), ranks, outlets) == (
        "c:q2", "b:q1")
    assert shown_first(("a:q1", "b:q2"), ranks, outlets) == ("a:q1", "b:q2")
    # one outlet: the order shown_first gives without outlets
    assert shown_first(("c:q1", "a:q2", "a:q1"), ranks, outlets) == shown_first(
        ("c:q1", "a:q2", "a:q1"), ranks)


def _contrast() -> list[ArticleAnalysis]:
    """Six stories: Daily One quotes Vale (Democrat) in his own words seven times and Dunn
    once; Two Times reports Vale's words once and Dunn's seven times."""
    text = " ".join([DIRECT] * 8 + [REPORTED] * 8)
    direct = text.index("“We will win")
    reported = text.index("the plan was late")

    def quotes(vale: int, kind: str) -> tuple[Quote, ...]:
        at, body = ((direct, "“We will win this fight.”") if kind == "direct" else
                    (reported, "the plan was late"))
        return tuple(Quote(at, at + len(body), body, kind, ((at, at + len(body)),), a.name,
                           None, a, "said", None, "say", "neutral", 0.0, 0.0)
                     for a in [VALE] * vale + [DUNN] * (8 - vale))

    out = []
    for n in range(6):
        for aid, outlet, vale, kind in ((f"a{n}", "Daily One", 7, "direct"),
                                        (f"b{n}", "Two Times", 1, "indirect")):
            out.append(ArticleAnalysis(
                Article(aid, f"{aid}.txt", text, outlet, None, None, None, None),
                ((0, len(text)),), quotes(vale, kind), (), Tone(0.0, 0.0, 100),
                Tone(0.0, 0.0, 50), (), ()))
    return out


def test_a_contrast_shows_both_outlets_and_keeps_all_its_evidence():
    from reportgen.stories import Story

    analyses = _contrast()
    stories = tuple(Story(f"s{n}", (f"a{n}", f"b{n}"), ("Daily One", "Two Times"), f"S{n}",
                          None, None) for n in range(6))
    b = compare(analyses, title="t", period="p", stories=stories)
    [f] = [f for f in b.findings if f.key and "Democratic Party" in f.text]
    # every Democratic quote of both outlets backs it (42 and 6), not 3 a side
    assert len(f.evidence) == 48 and len(set(f.evidence)) == 48
    # the first three a reader sees: Daily One's own words, then Two Times, then Daily One
    assert [i[0] for i in f.evidence[:3]] == ["a", "b", "a"]
    assert [i[0] for i in f.evidence].count("b") == 6


def test_a_story_finding_keeps_every_shared_statement_as_evidence():
    from reportgen.findings import story_findings
    from reportgen.models import Statement, StoryComparison

    statements = tuple(Statement("Bo Vale", (("Daily One", f"a1:q{n}"), ("Two Times", f"b1:q{n}")),
                                 ()) for n in range(1, 6))
    story = StoryComparison("s1", "S1", None, None, ("Daily One", "Two Times"), (), (),
                            statements, "", 0.5, (), ())
    [f] = story_findings([story])
    assert len(f.evidence) == 10  # all ten versions: the page cuts what it shows, after ordering


def test_each_evidence_line_names_its_outlet():
    from reportgen.render import default_templates, make_view, render_html
    from reportgen.stories import Story

    stories = tuple(Story(f"s{n}", (f"a{n}", f"b{n}"), ("Daily One", "Two Times"), f"S{n}",
                          None, None) for n in range(6))
    b = compare(_contrast(), title="t", period="p", stories=stories)
    html = render_html(make_view(b, (), full=False), default_templates())
    [finding] = re.findall(r'<li id="f1">.*?</ul>', html, re.DOTALL)
    lines = re.findall(r'<span class="src">([^<]+)</span> · <b>Bo Vale</b>', finding)
    assert lines == ["Daily One", "Two Times", "Daily One"]  # a contrast shows both outlets
    # reported speech is shown without quotation marks: a reader takes them for the words said
    assert "Bo Vale</b> (said): the plan was late</li>" in finding
    assert "“the plan was late”" not in finding


@pytest.mark.parametrize(("text", "kind", "shown"), [
    ("We will win this fight.", "direct", "“We will win this fight.”"),
    ("“We will win this fight.”", "direct", "“We will win this fight.”"),
    ("The bridge reopened on Monday.", "sentence", "“The bridge reopened on Monday.”"),
    # reported speech: the outlet's words, with only the speaker's in marks
    ("the plan was late", "indirect", "the plan was late"),
    ("the vote was “a disgrace to the city.”", "mixed", "the vote was “a disgrace to the city.”"),
])
def test_only_words_said_are_set_in_quotation_marks(text, kind, shown):
    from reportgen.render import quoted

    assert quoted(text, kind) == shown
