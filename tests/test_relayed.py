"""Another outlet's reporting relayed ("…, Reuters reported", "according to the Times") is how
the citing outlet learnt the news, often someone else's words at second hand, not a voice it
chose to quote: such quotes stay in the ledger, marked, and no count, gap or finding takes
them; an outlet speaking for itself, or one of its journalists, stays a voice."""

from __future__ import annotations

import csv
import io

import pytest

from reportgen.analyze import analyze_article
from reportgen.compare import compare
from reportgen.evidence import RELAYED, relayed_reports
from reportgen.export import briefing_dict
from reportgen.knowledge import load_knowledge
from reportgen.models import Article
from reportgen.render import _ledger
from reportgen.spreadsheet import quotes_csv

RELAYED_CASES = [  # (sentence, relayed)
    ('The minister has "made clear that a deal would carry costs," according to Reuters.',
     True),
    ("Prime Minister Dara Voss said she was on her way to the port, Reuters reported.", True),
    ("The army retook the town on Tuesday, the Associated Press reported.", True),
    ("The ferry will not sail again this year, The New York Times reports.", True),
    ("CNN notes that the border was closed for a week.", True),
    # negatives: an outlet speaking for itself, a journalist of another outlet, an agency
    ('"Our reporting met our standards," CNN said in a statement.', False),
    ('"The vote is a disaster," Fox News host Tom Vasko said.', False),
    ("The port will reopen on Monday, according to the harbour authority.", False),
    ("The port will reopen on Monday, the ministry said.", False),
]


def _analysis(text: str, outlet: str = "Harbour Ledger", i: str = "a"):
    art = Article(i, f"{i}.txt", text, outlet, None, None, None, None)
    return analyze_article(art, load_knowledge())


@pytest.mark.parametrize(("text", "relayed"), RELAYED_CASES)
def test_an_outlet_cited_for_its_reporting_is_relayed(text, relayed):
    a = _analysis(text)
    assert a.quotes, "no quote found"
    assert bool(relayed_reports([a])) is relayed, [(q.speaker, q.cue) for q in a.quotes]


def test_a_relayed_report_is_in_no_count_and_marked_in_the_ledger_and_files():
    text = ("Prime Minister Dara Voss said the port would reopen, Reuters reported.\n\n"
            '"We will rebuild," Mayor Cy Dunn said.')
    b = compare([_analysis(text)], title="t", period="p")
    relayed = relayed_reports(b.articles)
    assert relayed and b.relayed == relayed and not b.own_reporting
    [profile] = b.outlets
    assert "Reuters" not in profile.voices and "Cy Dunn" in profile.voices
    assert profile.quotes == len(b.articles[0].quotes) - len(relayed)
    rows = _ledger(b.articles[0], b.own_reporting, b.relayed)
    assert [r.detail.startswith(RELAYED) for r in rows].count(True) == len(relayed)
    csv_rows = list(csv.DictReader(io.StringIO(quotes_csv(b).decode("utf-8-sig"))))
    assert {r["id"] for r in csv_rows if r["relayed"] == "yes"} == relayed
    quotes = [q for a in briefing_dict(b)["articles"] for q in a["quotes"]]
    assert {q["id"] for q in quotes if q["relayed"] is True} == relayed
