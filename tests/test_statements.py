"""The same statement, outlet by outlet: lined up only when it is the same statement."""

from __future__ import annotations

import json
from datetime import date

import pytest

from reportgen.compare import compare
from reportgen.models import Actor, Article, ArticleAnalysis, Quote, Segment, Tone
from reportgen.stories import Story
from reportgen.story_comparison import same_statement

from .conftest import FIXTURES

PAIRS = FIXTURES / "statement_pairs.jsonl"


@pytest.mark.parametrize(("a", "b", "same"), [
    ("We will win at the Supreme Court, just like the ban.", "And we'll win at the Supreme "
     "Court,", True),
    ("The bridge is unsafe and will stay closed until the repairs are done.",
     "The bridge is unsafe,", True),  # a cut
    ("Taxes must go up for the richest.", "Taxes must go down for everyone.", False),
    ("The bridge is unsafe and will stay closed until the repairs are done.",
     "the bridge will stay closed until the repairs are done", True),
    ("Taxes must go up for the richest.", "We must cut taxes for the middle class now.", False),
    ("", "anything at all", False),
    # three common pairs and no run of four words: two remarks, not one statement
    ("It is a power grab for the American people,", "the plan takes power from the few and "
     "gives it back to the American people", False),
    ("I have a problem with the Green Party leaders,", "Hello, the Green Party has a problem, "
     "I have to say!", False),
])
def test_same_statement(a, b, same):
    assert same_statement(a, b) is same


@pytest.mark.shared
def test_threshold_precision_on_labelled_pairs(shared):
    """58 pairs of quotes from BASIL dev (ids and offsets; the labels are ours): at the chosen
    threshold precision is 1.0 and recall 0.77."""
    texts = {}
    with open(shared / "data" / "events" / "basil_dev.jsonl", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            texts[row["id"]] = row["text"]
    tp = fp = fn = 0
    for line in PAIRS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        (ida, sa, ea), (idb, sb, eb) = row["a"], row["b"]
        said = same_statement(texts[ida][sa:ea], texts[idb][sb:eb])
        tp += said and row["same"]
        fp += said and not row["same"]
        fn += not said and row["same"]
    assert tp + fp + fn > 20
    assert tp / (tp + fp) >= 0.99 and tp / (tp + fn) >= 0.75


def _analysis(aid: str, outlet: str, text: str, quotes: list[tuple[int, int, Actor]],
              title_end: int) -> ArticleAnalysis:
    qs = tuple(Quote(s, e, text[s:e], "direct", ((s, e),), a.name, None, a, "said", None,
                     "say", "neutral", 0.0, 0.0) for s, e, a in quotes)
    art = Article(aid, aid, text, outlet, text[:title_end], None, date(2020, 1, 1), None,
                  segments=(Segment(0, title_end, "title"),))
    return ArticleAnalysis(art, ((0, title_end),), qs, (), Tone(0, 0, 1), Tone(0, 0, 1), (), ())


def test_headlines_are_never_lined_up_and_the_speaker_must_be_one():
    dems = Actor("Democrats", "group", "party", None, None, "United States")
    lee = Actor("Ann Lee", "person", "government", None, None, "United States")
    lee_short = Actor("Lee", "person", "unknown", None, None, None)
    kim = Actor("Bo Kim", "person", "government", None, None, "United States")
    head = "'We will not back down on the budget,' Democrats say"
    body = "\n\n“The bridge will stay closed until the repairs are done,” Lee said."
    a_text = head + body
    b_text = head + "\n\n“The bridge will stay closed until the repairs are done,” Kim said."
    a = _analysis("a", "Alpha", a_text, [(1, 38, dems), (len(head) + 2, len(a_text) - 10,
                                                         lee_short)], len(head))
    b = _analysis("b", "Beta", b_text, [(1, 38, dems), (len(head) + 2, len(b_text) - 10, kim)],
                  len(head))
    c = _analysis("c", "Gamma", a_text.replace("Lee said", "Ann Lee said"),
                  [(len(head) + 2, len(a_text) - 10, lee)], len(head))
    story = Story("s1", ("a", "b", "c"), ("Alpha", "Beta", "Gamma"), "t", None, None)
    [s] = compare([a, b, c], title="t", period="p", stories=(story,)).stories
    # the headline's words are not a statement; Kim is not Lee; "Lee" is Ann Lee
    assert [(st.speaker, [o for o, _ in st.versions]) for st in s.statements] == [
        ("Ann Lee", ["Alpha", "Gamma"])]


VALE = Actor("Bo Vale", "person", "legislator", None, None, "United States")
WIN = "“We will win this fight at the council next week,”"
WIN_SAID = "they would win this fight at the council next week"
NOT_SAY = "who paid for the trip to the council next week"


def _versions(aid: str, outlet: str, sentences: list[tuple[str, str, str, str]],
              actor: Actor = VALE) -> ArticleAnalysis:
    """An article of ``sentences`` (text, quoted part, cue, kind), each quoting ``actor``."""
    text = "Headline of the day\n\n" + " ".join(s for s, _, _, _ in sentences)
    qs = []
    for sentence, body, cue, kind in sentences:
        at = text.index(sentence)
        s = text.index(body, at)
        c = text.index(cue, at)
        qs.append(Quote(s, s + len(body), body, kind, ((s, s + len(body)),), actor.name, None,
                        actor, cue, (c, c + len(cue)), cue, "neutral", 0.0, 0.0))
    art = Article(aid, aid, text, outlet, "Headline of the day", None, date(2020, 1, 1), None,
                  segments=(Segment(0, 19, "title"),))
    return ArticleAnalysis(art, ((0, 19),), tuple(qs), (), Tone(0, 0, 1), Tone(0, 0, 1), (), ())


def _story(*parts: ArticleAnalysis):
    story = Story("s1", tuple(p.article.id for p in parts),
                  tuple(sorted({p.article.outlet for p in parts})), "t", None, None)
    [s] = compare(list(parts), title="t", period="p", stories=(story,)).stories
    return s


DIRECT = (f"{WIN} Vale said.", WIN, "said", "direct")
REPORTED = (f"Vale said {WIN_SAID}.", WIN_SAID, "said", "indirect")
NEGATED = (f"Vale did not say {NOT_SAY}.", NOT_SAY, "say", "indirect")


@pytest.mark.parametrize(("alpha", "beta", "shown"), [
    # Beta reports the words, then quotes them: its quotation is its version
    ([DIRECT], [REPORTED, DIRECT], ["a:q1", "b:q2"]),
    ([DIRECT], [DIRECT, REPORTED], ["a:q1", "b:q1"]),
    # Alpha's report found the statement; its quotation is shown all the same
    ([REPORTED, DIRECT], [DIRECT], ["a:q2", "b:q1"]),
    # negative: reported speech is shown where an outlet has nothing else
    ([DIRECT], [REPORTED], ["a:q1", "b:q1"]),
])
def test_each_outlet_shows_its_own_words_of_a_statement(alpha, beta, shown):
    s = _story(_versions("a", "Alpha", alpha), _versions("b", "Beta", beta))
    [st] = s.statements
    assert [qid for _, qid in st.versions] == shown


def test_statements_in_the_speakers_words_come_before_weak_ones():
    # "did not say who paid" in both outlets is a statement, shown after the quoted one
    s = _story(_versions("a", "Alpha", [NEGATED, DIRECT]), _versions("b", "Beta", [NEGATED,
                                                                                     DIRECT]))
    assert [[qid for _, qid in st.versions] for st in s.statements] == [
        ["a:q2", "b:q2"], ["a:q1", "b:q1"]]
    assert "2 statements appear in more than one outlet" in s.summary


def test_the_outlets_own_reporting_is_no_version_of_a_statement():
    reporter = Actor("Ann Reporter", "person", "media", None, "Alpha", "United States")
    own = _versions("a", "Alpha", [DIRECT], reporter)  # Alpha's own journalist: its reporting
    assert _story(own, _versions("b", "Beta", [DIRECT], reporter)).statements == ()
    # negative: two other outlets quoting Alpha's journalist line up
    [st] = _story(_versions("b", "Beta", [DIRECT], reporter),
                  _versions("c", "Gamma", [DIRECT], reporter)).statements
    assert [qid for _, qid in st.versions] == ["b:q1", "c:q1"]


MIXED = ("Vale said they would “win this fight at the council next week.”",
         "they would “win this fight at the council next week.”", "said", "mixed")


@pytest.mark.parametrize(("alpha", "beta", "said"), [
    ([DIRECT], [REPORTED], "paraphrased by Beta"),
    ([DIRECT], [MIXED], "partly paraphrased by Beta"),  # was a bare "paraphrased"
    ([MIXED], [REPORTED], "paraphrased by Beta"),  # the words around the quoted part: no one
])
def test_a_paraphrase_names_the_outlet_that_made_it(alpha, beta, said):
    [st] = _story(_versions("a", "Alpha", alpha), _versions("b", "Beta", beta)).statements
    assert [d for d in st.differences if "paraphrased" in d] == [said]
