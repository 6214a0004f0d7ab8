"""Aggregation: shares add up, order does not matter, small samples are said to be small."""

from __future__ import annotations

import random
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportgen.compare import compare
from reportgen.models import Actor, Article, ArticleAnalysis, Quote, Segment, Tone

COUNTRIES = ["Ukraine", "Russia", "United Kingdom", None]
STANCES = ["neutral", "distancing", "evaluative", None]

quote_st = st.builds(
    lambda country, stance, kind, n: Quote(
        0, 10, "words", "direct", ((0, 10),), "x", (0, 1),
        Actor(f"Speaker {n}", kind, "government", None, None, country),
        "said" if stance else None, None, "say" if stance else None, stance, 0.1, 0.2),
    st.sampled_from(COUNTRIES), st.sampled_from(STANCES),
    st.sampled_from(["person", "anonymous", "organisation"]), st.integers(0, 4))

article_st = st.builds(
    lambda i, outlet, quotes: ArticleAnalysis(
        Article(f"a{i}", f"a{i}.txt", "text", outlet, None, None, None, None),
        ((0, 4),), tuple(quotes), (), Tone(0.1, 0.3, 100), Tone(-0.1, 0.5, 50), (), ()),
    st.integers(0, 10_000), st.sampled_from(["Outlet A", "Outlet B", None]),
    st.lists(quote_st, max_size=6))


def _unique(articles):
    seen, out = set(), []
    for a in articles:
        if a.article.id not in seen:
            seen.add(a.article.id)
            out.append(a)
    return out


@settings(max_examples=80, deadline=None)
@given(st.lists(article_st, min_size=1, max_size=8))
def test_shares_sum_to_one_and_order_does_not_matter(articles):
    articles = _unique(articles)
    b1 = compare(articles, title="t", period="p")
    shuffled = list(articles)
    random.Random(0).shuffle(shuffled)
    b2 = compare(shuffled, title="t", period="p")
    assert b1 == b2
    for o in b1.outlets:
        for shares in (o.by_affiliation, o.by_type, o.by_kind, o.by_stance):
            if o.quotes:
                assert abs(sum(s.share for s in shares) - 1) < 1e-9
                assert sum(s.count for s in shares) == o.quotes
            else:
                assert shares == ()
    for f in b1.findings:
        assert f.small_sample == ("small sample" in f.text)


def test_small_samples_are_said_to_be_small():
    q = Quote(0, 5, "x", "direct", ((0, 5),), "he", (0, 2),
              Actor("Ann Lee", "person", "government", None, None, "Ukraine"),
              "said", None, "say", "neutral", 0.0, 0.0)
    a = ArticleAnalysis(Article("a", "a.txt", "t", "Outlet A", None, None, None, None),
                        (), (q,), (), Tone(0, 0, 1), Tone(0, 0, 1), (), ())
    b = compare([a], title="t", period="p")
    assert b.findings[0].small_sample
    assert "a small sample: 1 quote)" in b.findings[0].text


def _two_outlet_story(knowledge):
    from reportgen.analyze import analyze_article
    from reportgen.stories import group_stories

    texts = {
        "gazette": ("Bridge closure angers Elmsford commuters",
                    "Elmsford's mayor closed the Old Mill bridge on Monday after engineers "
                    "found cracks.\n\n\"The bridge is unsafe and will stay closed until the "
                    "repairs are done, whatever the cost,\" Mayor Ann Lee said.\n\nCommuter "
                    "group spokesman Tom Reed claimed the closure was a political stunt."),
        "herald": ("Elmsford mayor shuts Old Mill bridge over cracks",
                   "The Old Mill bridge in Elmsford was closed on Monday after engineers found "
                   "cracks in its supports.\n\n\"The bridge is unsafe,\" Mayor Ann Lee warned."
                   "\n\nState engineer Maria Diaz said the cracks were serious."),
    }
    arts = [Article(k, f"{k}.txt", f"{t}\n\n{b}", k.title(), t, None, date(2022, 5, 2), None,
                    segments=(Segment(0, len(t), "title"),))
            for k, (t, b) in texts.items()]
    analyses = [analyze_article(a, knowledge) for a in arts]
    return compare(analyses, title="t", period="p", stories=group_stories(arts))


def test_story_comparison_lines_up_statements_and_blindspots(knowledge):
    b = _two_outlet_story(knowledge)
    [story] = b.stories
    assert story.outlets == ("Gazette", "Herald")
    [statement] = story.statements
    assert statement.speaker == "Ann Lee"
    assert any(d.startswith("cut: Herald") for d in statement.differences)
    assert any("verb:" in d and "“said”" in d and "“warned”" in d
               for d in statement.differences)
    spots = " ".join(story.blindspots)
    assert "Gazette quotes Tom Reed" in spots and "Herald quotes Maria Diaz" in spots
    assert story.summary.startswith("2 outlets covered this story on 2 May 2022.")
    assert "They share 1 voice (Ann Lee)." in story.summary
    [widest] = [f for f in b.findings if f.kind == "story"]
    assert widest.text.startswith("Widest gap in sourcing: “")
    assert not any(f.key for f in b.findings)  # one story, a handful of quotes


SUMMARY_CASES = [  # (articles as (outlet, voices), what the summary says, the blindspots)
    # an outlet with two articles in the story is one outlet: its voices are all its articles'
    ([("Alpha", ["Ann Vale"]), ("Beta", ["Bo Reyes"]), ("Alpha", ["Bo Reyes"])],
     ["2 outlets covered this story", "Alpha quoted 2 voices in 2 articles",
      "They share 1 voice (Bo Reyes)."], ["Alpha quotes Ann Vale"]),
    ([("Alpha", ["Ann Vale"]), ("Beta", ["Bo Reyes"]), ("Gamma", ["Ann Vale", "Bo Reyes"]),
      ("Beta", ["Ann Vale", "Cy Dunn"])],
     ["3 outlets covered", "Beta quoted 3 voices in 2 articles",
      "All 3 quote 1 voice (Ann Vale)."], ["Beta quotes Cy Dunn"]),
    # none in common: said so, not "0 voices"
    ([("Alpha", ["Ann Vale"]), ("Beta", ["Bo Reyes"])], ["They share no voice."],
     ["Alpha quotes Ann Vale", "Beta quotes Bo Reyes"]),
    ([("Alpha", ["Ann Vale"]), ("Beta", ["Ann Vale"]), ("Gamma", ["Cy Dunn"])],
     ["No voice is quoted by all 3."], ["Gamma quotes Cy Dunn"]),
]


@pytest.mark.parametrize(("articles", "says", "alone"), SUMMARY_CASES)
def test_a_story_summary_counts_each_outlet_once(articles, says, alone):
    s = _one_story(articles)
    for said in says:
        assert said in s.summary
    # each outlet once, with the voices no other outlet quotes
    assert [b.split(",")[0] for b in s.blindspots] == alone


BLINDSPOT_CASES = [  # (Alpha's voices as (name, kind, type), what Alpha's blindspot names)
    # named people and organisations can be looked for in the other outlet: they are listed
    ([("Ann Vale", "person", "unknown"), ("Harbor Bank", "organisation", "business")],
     "Alpha quotes Ann Vale and Harbor Bank (business), whom Beta does not."),
    ([("KQXT", "person", "unknown")], "Alpha quotes KQXT, whom Beta does not."),  # an acronym
    # a description, a group, an anonymous source, the media or a word read as a surname
    # cannot be: Beta may quote "the letter" or "officials" under words of its own
    ([("letter", "unknown", "unknown"), ("officials", "anonymous", "government"),
      ("Ann Vale", "person", "unknown")], "Alpha quotes Ann Vale, whom Beta does not."),
    ([("Authorities", "group", "unknown"), ("Catholic", "person", "unknown"),
      ("committee", "organisation", "government"), ("Daily Courier", "organisation", "media")],
     None),
    ([("Democrats", "group", "party"), ("a local man", "anonymous", "unknown")], None),
    # a country speaks through people Beta may quote by their own names: not listed
    ([("Germany", "organisation", "government", None, None, "Germany"),
      ("Ann Vale", "person", "unknown")], "Alpha quotes Ann Vale, whom Beta does not."),
    ([("Russia", "organisation", "government", None, None, "Russia"),
      ("United States", "organisation", "government", None, None, "United States")], None),
    # ... a person named like one is a person
    ([("Germany Kent", "person", "unknown")], "Alpha quotes Germany Kent, whom Beta does not."),
]


@pytest.mark.parametrize(("alpha", "said"), BLINDSPOT_CASES)
def test_only_named_voices_are_said_to_be_quoted_by_one_outlet_in_a_story(alpha, said):
    from reportgen.stories import Story

    shared = Actor("Bo Reyes", "person", "unknown")
    analyses = [_analysis(0, "Alpha", [shared, *(Actor(*v) for v in alpha)]),
                _analysis(1, "Beta", [shared])]
    story = Story("s1", ("a0", "a1"), ("Alpha", "Beta"), "t", None, None)
    [s] = compare(analyses, title="t", period="p", stories=(story,)).stories
    assert [b for b in s.blindspots if b.startswith("Alpha")] == ([said] if said else [])


@pytest.mark.parametrize(("articles", "voices"), [
    # a voice three outlets quote is one voice of the story, not three
    ([("Alpha", ["Ann Vale"]), ("Beta", ["Ann Vale"]), ("Gamma", ["Ann Vale", "Bo Reyes"])], 2),
    ([("Alpha", ["Ann Vale", "Bo Reyes"]), ("Alpha", ["Bo Reyes", "Cy Dunn"])], 3),
    ([("Alpha", ["Ann Vale"]), ("Beta", ["Bo Reyes"])], 2),
    ([("Alpha", []), ("Beta", [])], 0),
])
def test_a_story_counts_each_voice_once(articles, voices):
    from reportgen.render import voice_count

    assert voice_count(_one_story(articles).coverage) == voices


def _one_story(articles):
    """Compare articles given as (outlet, names of the persons it quotes) as one story."""
    from reportgen.stories import Story

    people = {a: Actor(a, "person", "unknown") for _, names in articles for a in names}
    analyses = [_analysis(n, outlet, [people[v] for v in names])
                for n, (outlet, names) in enumerate(articles)]
    story = Story("s1", tuple(a.article.id for a in analyses),
                  tuple(sorted({o for o, _ in articles})), "t", None, None)
    [s] = compare(analyses, title="t", period="p", stories=(story,)).stories
    return s


def test_a_users_outlet_read_as_a_person_is_no_voice_and_a_count_is_none():
    """The voice check reads the build's outlets (reportgen.toml's [outlets] too), and a
    count with no one it counts ("42%") is no voice: the quote stays, with no speaker."""
    from reportgen.knowledge import load_knowledge

    voices = [Actor("Tidewater Gazette", "person", "unknown"), Actor("42%", "unknown", "unknown"),
              Actor("Ann Vale", "person", "unknown")]
    outlets = {**load_knowledge().outlets, "tidewater gazette": "Tidewater Gazette"}
    for table, kept in ((None, ["Tidewater Gazette", None, "Ann Vale"]),
                        (outlets, [None, None, "Ann Vale"])):
        b = compare([_analysis(1, "Outlet A", voices)], title="t", period="p", outlets=table)
        assert [q.actor.name if q.actor else None for q in b.articles[0].quotes] == kept
        assert set(b.outlets[0].voices) == {n for n in kept if n}


def _analysis(i, outlet, actors):
    quotes = tuple(Quote(0, 10, "words", "direct", ((0, 10),), "x", (0, 1), a, "said", None,
                         "say", "neutral", 0.1, 0.2) for a in actors)
    return ArticleAnalysis(Article(f"a{i}", f"a{i}.txt", "text", outlet, None, None, None, None),
                           ((0, 4),), quotes, (), Tone(0.1, 0.3, 100), Tone(-0.1, 0.5, 50), (), ())


def test_party_is_the_affiliation_in_domestic_politics_and_sides_may_list_parties():
    dem = Actor("Ann Vale", "person", "legislator", None, None, "United States",
                "Democratic Party")
    rep = Actor("Bo Reyes", "person", "legislator", None, None, "United States",
                "Republican Party")
    other = Actor("Cy Dunn", "person", "government", None, None, "United States")
    b = compare([_analysis(1, "Outlet A", [dem, dem, rep, other])], title="t", period="p",
                sides={"democratic party": "Democrats", "republican party": "Republicans"})
    [o] = b.outlets
    assert {s.label: s.count for s in o.by_affiliation} == {
        "Democratic Party": 2, "Republican Party": 1, "Government, no party": 1}
    assert {s.label: s.count for s in o.by_side} == {
        "Democrats": 2, "Republicans": 1, "No side": 1}


AT_HOME = [  # (actor fields beside the name, affiliation in a domestic briefing)
    (("person", "government", "Attorney General", None, None, None), "Government, no party"),
    (("person", "military", "Defense Secretary", None, "United States", None),
     "Military, no party"),
    (("person", "media", "columnist", None, "United States", None), "Media, no party"),
    (("anonymous", "government", "official", None, None, None), "Government, no party"),
    (("person", "unknown", None, None, "United States", None), "Unknown affiliation"),
    (("person", "legislator", "Sen.", None, "United States", "Republican Party"),
     "Republican Party"),
    (("person", "government", "Foreign Minister", None, "Mexico", None), "Mexico"),
    (("organisation", "international", None, None, None, None), "International"),
]


@pytest.mark.parametrize(("fields", "label"), AT_HOME)
def test_a_domestic_voice_without_a_party_is_counted_by_its_kind(fields, label):
    from reportgen.evidence import affiliation_of

    q = _analysis(1, "Outlet A", [Actor("Dee Park", *fields)]).quotes[0]
    assert affiliation_of(q, "United States") == label


def test_a_war_between_countries_keeps_countries_as_affiliations():
    ua = Actor("Ivan Tur", "person", "government", None, None, "Ukraine", "Servant of the People")
    ru = Actor("Oleg Vas", "person", "government", None, None, "Russia", "United Russia")
    b = compare([_analysis(1, "Outlet A", [ua, ru, ua])], title="t", period="p")
    assert {s.label for s in b.outlets[0].by_affiliation} == {"Ukraine", "Russia"}


def test_one_actor_across_articles_takes_what_any_article_says_of_it():
    bare = Actor("Ann Vale", "person", "unknown", None, None, None)
    full = Actor("Ann Vale", "person", "legislator", "Senator", None, "United States",
                 "Democratic Party")
    b = compare([_analysis(1, "Outlet A", [bare]), _analysis(2, "Outlet B", [full])],
                title="t", period="p")
    actors = {q.actor for a in b.articles for q in a.quotes}
    assert actors == {full}


def test_a_verb_table_with_uncued_and_cued_quotes_of_equal_count_orders_them():
    from reportgen.compare import _verb_use

    def quote(lemma):
        return Quote(start=0, end=1, text="x", kind="direct", spans=((0, 1),),
                     speaker=None, speaker_span=None, actor=None, cue=None, cue_span=None,
                     cue_lemma=lemma, cue_stance=lemma and "neutral", polarity=0.0,
                     subjectivity=0.0)

    use = _verb_use("Group", [("a:q1", quote(None)), ("a:q2", quote("say"))])
    assert [lemma for lemma, _ in use.verbs] == [None, "say"]
    assert [stance for stance, _ in use.stances] == [None, "neutral"]


def test_what_is_no_voice_leaves_the_quote_without_a_speaker():
    voices = [Actor("Her office", "organisation", "government"),
              Actor("Farmers hope to win back the county by", "unknown", "unknown"),
              Actor("Wednesday", "person", "unknown"),
              Actor("person familiar with the talks", "unknown", "unknown"),
              Actor("Ann Vale", "person", "legislator")]
    b = compare([_analysis(1, "Outlet A", voices)], title="t", period="p")
    assert [q.actor.name if q.actor else None for q in b.articles[0].quotes] == [
        None, None, None, "person familiar with the talks", "Ann Vale"]
    assert b.outlets[0].voices == ("Ann Vale", "person familiar with the talks")
