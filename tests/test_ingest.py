"""Ingest: metadata and boilerplate from scraped text, JSON and HTML; every kind of bad input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportgen.ingest import read_inputs
from reportgen.ingest.clean import mask, paragraph_spans, parse_date

from .conftest import SEEDS

JPOST = "000_3e5bf6d77f2b3680"
EXAMINER = "001_d0a12cf606b94949"


def _read(paths, knowledge):
    articles, problems = read_inputs([Path(p) for p in paths], knowledge)
    return {a.id: a for a in articles}, [str(p) for p in problems]


def test_seed_metadata(knowledge):
    arts, problems = _read([SEEDS], knowledge)
    assert problems == []
    jp, ex = arts[JPOST], arts[EXAMINER]
    assert (jp.outlet, jp.published, jp.author) == ("The Jerusalem Post", date(2022, 11, 14),
                                                   "Michael Starr")
    assert jp.title == "WATCH: Ukraine captures Russian gear, mocks claim retreat left none behind"
    assert ex.outlet == "Washington Examiner"
    assert ex.published is None  # never invented
    assert any("no publication date" in w for w in ex.warnings)
    assert ex.title == "Russia abandoned ‘high-value equipment’ during retreat from Kharkiv area"


def test_seed_boilerplate_is_dropped_and_offsets_kept(knowledge):
    arts, _ = _read([SEEDS], knowledge)
    jp = arts[JPOST]
    body = mask(jp.text, jp.segments)
    assert len(body) == len(jp.text)
    assert "credit" not in body.lower()
    assert "OGIRENKO" not in body
    assert "Morocco Forum" not in body
    assert "Another strategic failure for Russia" not in body
    kinds = {s.kind for s in jp.segments}
    assert {"navigation", "title", "byline", "dateline", "caption", "subheading"} <= kinds
    ex_body = mask(arts[EXAMINER].text, arts[EXAMINER].segments)
    for line in ("UKRAINE SAYS IT SHOT DOWN", "CLICK HERE", "Related Content"):
        assert line not in ex_body
    assert "Justin Bronk" in ex_body


@pytest.mark.parametrize(("line", "dropped"), [
    ("Advertisement", True), ("Advertisement:", True), ("ADVERTISEMENT", True),
    # words after it make it a sentence of the article
    ("Advertisement: the county paid for none of it.", False),
])
def test_an_advertisement_line_is_boilerplate(tmp_path, knowledge, line, dropped):
    text = (f'"The county met with dozens of people," Tom Reyes said.\n\n{line}\n\n'
            '"The mayor did not go into the details of the case at all."')
    (tmp_path / "a.jsonl").write_text(json.dumps(
        {"id": "x1", "outlet": "Fox Online News", "date": "2020-01-02", "title": "T",
         "url": "http://example.com/a", "text": text}) + "\n", encoding="utf-8")
    arts, _ = _read([tmp_path / "a.jsonl"], knowledge)
    body = mask(arts["x1"].text, arts["x1"].segments)
    assert (line not in body) == dropped


def test_a_quotation_after_an_advertisement_line_goes_on_with_its_speaker(tmp_path, knowledge):
    from reportgen.analyze import analyze_article

    text = ('"The county met with dozens of people who had been invited," Tom Reyes said.'
            '\n\nAdvertisement:\n\n"The mayor did not go into the details of the case and '
            'the meeting was no show of support."')
    (tmp_path / "a.jsonl").write_text(json.dumps(
        {"id": "x1", "outlet": "Fox Online News", "date": "2020-01-02", "title": "T",
         "url": "http://example.com/a", "text": text}) + "\n", encoding="utf-8")
    arts, _ = _read([tmp_path / "a.jsonl"], knowledge)
    quotes = analyze_article(arts["x1"], knowledge).quotes
    assert [q.actor.name if q.actor else None for q in quotes] == ["Tom Reyes", "Tom Reyes"]


def test_jsonl_offsets_point_into_given_text(tmp_path, knowledge):
    text = "Navigation Home World\n\nThe minister said on Monday that the talks had failed."
    (tmp_path / "a.jsonl").write_text(json.dumps(
        {"id": "x1", "outlet": "Fox Online News", "date": "2020-01-02", "title": "T",
         "url": "http://example.com/a", "text": text}) + "\n", encoding="utf-8")
    arts, problems = _read([tmp_path / "a.jsonl"], knowledge)
    assert problems == []
    a = arts["x1"]
    assert a.text == text
    assert a.outlet == "Fox News"  # outlet aliases are normalised
    assert a.published == date(2020, 1, 2)


def test_html_main_text_and_metadata(tmp_path, knowledge):
    html = """<html><head><title>Talks collapse</title>
    <meta name="author" content="Jane Doe"><meta property="og:site_name" content="Reuters">
    <meta property="article:published_time" content="2022-11-14T10:00:00Z"></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Talks collapse</h1>
    <p>The foreign minister said on Monday that the talks had failed and would not resume.</p>
    <p>"We will not give up," she told reporters in the capital after the meeting ended.</p>
    </article><footer>Copyright 2022</footer></body></html>"""
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    arts, problems = _read([tmp_path / "page.html"], knowledge)
    assert problems == []
    a = arts["page"]
    assert a.outlet == "Reuters" and a.author == "Jane Doe" and a.title == "Talks collapse"
    assert a.published == date(2022, 11, 14)
    assert "We will not give up" in a.text and "Home" not in a.text


def test_manifest_overrides_metadata(tmp_path, knowledge):
    (tmp_path / "x.txt").write_text("A headline\n\nThe mayor said the road would reopen soon.\n")
    (tmp_path / "manifest.toml").write_text(
        '["x.txt"]\noutlet = "Local Gazette"\npublished = 2022-09-16\n')
    arts, problems = _read([tmp_path], knowledge)
    assert problems == []
    assert arts["x"].outlet == "Local Gazette"
    assert arts["x"].published == date(2022, 9, 16)


@pytest.mark.parametrize(("name", "content", "message"), [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"   \n\n", "empty file"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not text"),
    ("bad.json", b'{"id": "a", "text": ', "malformed JSON"),
    ("list.json", b'[1, 2]', "2 of 2 entries are not JSON objects"),
    ("notext.json", b'{"id": "a", "title": "no text"}', "no 'text' field"),
    ("broken.jsonl", b'{"id": "a", "text": "The mayor said it was fine."}\n{oops\n',
     "line skipped"),
])
def test_bad_input_is_one_clear_line(tmp_path, knowledge, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("Headline\n\nThe mayor said the bridge would reopen on Monday.\n")
    arts, problems = _read([path, good], knowledge)
    assert "good" in arts  # one bad file never sinks the rest
    assert len(problems) == 1
    assert problems[0].startswith(str(path)) and message in problems[0]
    assert "\n" not in problems[0]


def test_missing_folder_and_empty_folder(tmp_path, knowledge):
    arts, problems = _read([tmp_path / "nope", tmp_path], knowledge)
    assert arts == {}
    assert problems == [f"{tmp_path / 'nope'}: no such file or folder",
                        f"{tmp_path}: folder holds no .txt, .html, .json or .jsonl files"]


def test_wrong_encoding_is_read_with_a_warning(tmp_path, knowledge):
    path = tmp_path / "latin.txt"
    path.write_bytes("Headline\n\nThe café owner said “prices will rise”.\n".encode("cp1252"))
    arts, problems = _read([path], knowledge)
    assert "café" in arts["latin"].text
    assert problems == [f"{path}: not UTF-8; read as Windows-1252"]


def test_bad_manifest_is_reported_and_ignored(tmp_path, knowledge):
    (tmp_path / "x.txt").write_text("Headline\n\nThe mayor said so.\n")
    (tmp_path / "manifest.toml").write_text("this is [not toml")
    arts, problems = _read([tmp_path], knowledge)
    assert "x" in arts
    assert len(problems) == 1 and "manifest ignored" in problems[0]


@pytest.mark.parametrize(("text", "expected"), [
    ("Published: NOVEMBER 14, 2022 15:35", date(2022, 11, 14)),
    ("date 2022-11-14 The Jerusalem Post", date(2022, 11, 14)),
    ("Updated 3 Sept. 2021", date(2021, 9, 3)),
    ("no date here", None),
    ("2022-02-30", None),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400))
def test_no_bytes_crash_the_ingest(tmp_path_factory, knowledge, data):
    folder = tmp_path_factory.mktemp("fuzz")
    for name in ("a.txt", "b.json", "c.jsonl", "d.html"):
        (folder / name).write_bytes(data)
    articles, _ = read_inputs([folder], knowledge)
    for a in articles:
        assert len(mask(a.text, a.segments)) == len(a.text)


# --------------------------------------------------------------------------- hostile JSON

STORY = ("Bridge to reopen\n\nThe mayor said on Monday that the bridge would reopen.\n\n"
         "\"We have done everything we can,\" she told reporters.\n")


@pytest.mark.parametrize(("line", "message"), [
    ("[" * 50_000 + "]" * 50_000, "JSON nested too deeply; line skipped"),
    ('{"id": "n", "text": "x", "count": ' + "9" * 5000 + "}",
     "malformed JSON (Exceeds the limit (4300 digits) for integer string conversion"),
    ('{"id": "n", "text": ', "malformed JSON (Expecting value); line skipped"),
])
def test_one_hostile_json_line_is_one_line_and_the_rest_is_read(tmp_path, knowledge, line,
                                                                 message):
    path = tmp_path / "feed.jsonl"
    good = json.dumps({"id": "good", "outlet": "Gazette", "text": STORY})
    path.write_text(f"{good}\n{line}\n{good.replace('good', 'also')}\n", encoding="utf-8")
    arts, problems = _read([path], knowledge)
    assert sorted(arts) == ["also", "good"]
    assert len(problems) == 1 and problems[0].startswith(f"{path}:2: {message}")
    assert len(problems[0]) < 200


def test_lone_surrogates_become_replacement_characters(tmp_path, knowledge):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "s\\ud800", "outlet": "Ga\\udfffzette", "title": "x\\ud800", '
                    '"text": "The mayor said \\ud800 it was fine.\\n\\"Yes\\", he said."}\n',
                    encoding="utf-8")
    arts, problems = _read([path], knowledge)
    (article,) = arts.values()
    assert problems == []
    assert article.id == "s\ufffd" and article.outlet == "Ga\ufffdzette"
    assert "\ufffd it was fine" in article.text
    assert article.warnings[0] == "1 lone surrogate escape(s) in the text replaced by U+FFFD"
    for value in (article.text, article.id, article.outlet, article.title):
        value.encode("utf-8")  # writable


# --------------------------------------------------------------------------- encodings

def _quotes(path: Path, knowledge) -> list[tuple[str, str | None]]:
    from reportgen.analyze import analyze_article

    arts, _ = _read([path], knowledge)
    (article,) = arts.values()
    return [(q.text, q.speaker) for q in analyze_article(article, knowledge).quotes]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_or_without_bom_is_read(tmp_path, knowledge, encoding):
    path = tmp_path / "wide.txt"
    path.write_bytes(STORY.replace("mayor", "café owner").encode(encoding))
    arts, problems = _read([path], knowledge)
    assert problems == []
    assert arts["wide"].text == STORY.replace("mayor", "café owner")


def test_one_cp1252_byte_leaves_the_rest_utf8(tmp_path, knowledge):
    path = tmp_path / "mixed.txt"
    path.write_bytes("Café “open”\n\nThe owner said it was fine.".encode() + b" \x93Yes\x94\n")
    arts, problems = _read([path], knowledge)
    assert arts["mixed"].text.startswith("Café “open”")  # not mojibake
    assert arts["mixed"].text.endswith(" “Yes”\n")
    assert problems == [f"{path}: 2 byte(s) not UTF-8, read as Windows-1252"]


def test_cr_only_line_endings_give_the_same_quotes_as_lf(tmp_path, knowledge):
    (tmp_path / "lf").mkdir()
    (tmp_path / "cr").mkdir()
    (tmp_path / "lf" / "a.txt").write_bytes(STORY.encode())
    (tmp_path / "cr" / "a.txt").write_bytes(STORY.replace("\n", "\r").encode())
    lf, cr = _quotes(tmp_path / "lf" / "a.txt", knowledge), _quotes(tmp_path / "cr" / "a.txt",
                                                                   knowledge)
    assert lf and cr == lf


def test_same_file_name_in_two_subfolders_keeps_both(tmp_path, knowledge):
    for sub in ("gazette", "herald"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "story.txt").write_text(STORY.replace("mayor", f"{sub} mayor"))
    (tmp_path / "top.txt").write_text(STORY)
    arts, problems = _read([tmp_path], knowledge)
    assert problems == []
    assert sorted(arts) == ["gazette/story", "herald/story", "top"]


@pytest.mark.parametrize("line, shouted", [
    ("TAP HERE FOR THE WEEK IN PICTURES", True),
    ("ÉTÉ À PARIS: LES PHOTOS DU JOUR", True),  # capitals beyond ASCII
    ("NATO and the EU met on Tuesday in Brussels.", False),  # one lower-case letter is enough
    ("U.S. AND UK", False),  # under ten letters
    ("BREAKINGNEWSTODAY", False),  # one word
    ("東京 NEWS FROM THE CITY", False),  # a letter with no case is no capital
])
def test_a_shouted_line_in_the_body_is_a_related_story_line(knowledge, line, shouted):
    from reportgen.ingest.clean import clean_text

    text = f"A headline of the day\n\nThe council met on Monday.\n\n{line}\n\nIt voted again."
    start = text.index(line)
    kinds = {text[s.start:s.end]: s.kind for s in clean_text(text, knowledge).segments}
    assert (kinds.get(text[start:start + len(line)]) == "related") is shouted


HOVER_CARD_CASES = [
    # the name as written, then the full name glued to related stories' titles, then MORE
    ("Sen. Ann Vale Annette Marie ValeVale unveils harbour bill Senate passes dock reform "
     "MORE (D-Ore.) said the bill was fair.", "Sen. Ann Vale (D-Ore.) said the bill was fair."),
    ("President Tom Reyes Thomas (Tom) Reyes2024 race tightens Reyes vetoes budget MORE, who "
     "spoke Monday, left early.", "President Tom Reyes, who spoke Monday, left early."),
    ("Leader Dana McOlsen Dana Ruth McOlsenMcOlsen: 'We will win' House votes today MORE and "
     "Sen. Ann Vale Annette Marie ValeVale unveils harbour bill MORE met.",
     "Leader Dana McOlsen and Sen. Ann Vale met."),
    # the full name not glued to the first title: its surname repeats the written one, the
    # names before it hold the written given name
    ("Speaker Ann Vale Ann Marie Vale Voters should say 'no' to harbour tax MORE (D-Ore.) "
     "said the bill was fair.", "Speaker Ann Vale (D-Ore.) said the bill was fair."),
    ("Mayor Tom de Reyes Tom de ReyesCouncil votes again MORE said no.",
     "Mayor Tom de Reyes said no."),
    ("Sen. Dan Olsen Daniel (Dan) Dan Olsen9 takeaways from the harbour vote MORE, who left.",
     "Sen. Dan Olsen, who left."),
    # no card: a surname repeated after names that hold no given name of the written one
    ("Ann Vale and Tom Vale want MORE money for the harbour.", None),
    # no card: capitals shouted in the text, a brand in camel case, a name that is not repeated
    ("The union wants MORE money and MORE staff this year.", None),
    ("JetBlue said it needs MORE planes.", None),
    ("Chairwoman Vale said the McKinsey report was flawed and asked for MORE time.", None),
]


def _masked_line(knowledge, line, before=""):
    """Give what clean_text keeps of LINE in a short article (its blanks closed up) and the
    article's whole masked body."""
    from reportgen.ingest.clean import clean_text

    text = f"A headline of the day\n\n{before}{line}\n\nIt voted again."
    body = mask(text, clean_text(text, knowledge).segments)
    start = text.index(line)
    return " ".join(body[start:start + len(line)].split()), body


@pytest.mark.parametrize(("line", "left"), HOVER_CARD_CASES)
def test_a_hover_card_of_related_stories_after_a_name_is_dropped(knowledge, line, left):
    kept, _ = _masked_line(knowledge, line)
    kept = kept.replace(" ,", ",").replace(" .", ".")
    assert kept == (left or line), kept


GALLERY_CASES = [
    # a gallery on its own line: every slide's caption goes, quotes in them too
    ("Photos: Harbour storm – Mayor Ann Vale speaks at the pier. \"We will rebuild,\" she "
     "said. Hide Caption 1 of 3 Photos: Harbour storm – Boats lie on the quay. Hide Caption 2 "
     "of 3", ""),
    # a gallery run on after the article's last sentence: the sentence stays
    ("The council will meet again in May. Hide Caption 1 of 2 Photos: Harbour storm – Boats "
     "lie on the quay.", "The council will meet again in May."),
    # no slide counter, no gallery: "Photos:" or "hide" in the text is text
    ("Photos: the council published twelve of them on Monday.", None),
    ("\"Don't hide the caption,\" Vale said of the exhibit.", None),
]


@pytest.mark.parametrize(("line", "left"), GALLERY_CASES)
def test_a_photo_gallery_run_into_the_text_is_a_caption(knowledge, line, left):
    kept, body = _masked_line(knowledge, line, before="The council met on Monday.\n\n")
    assert kept == (line if left is None else left), kept
    assert "It voted again." in body and "The council met on Monday." in body


# the next slide's caption on a line of its own, after a line that ends a slide with its
# counter and the gallery's name (CNN): the whole line is the gallery's, quotations and all
SLIDE_LINE_CASES = [
    ("after a slide's end, a caption quoting someone, then its counter",
     "Hide Caption 1 of 4 Photos: Harbour storm\n\n\n\n",
     "\"We will rebuild,\" Mayor Ann Vale told the crowd at the pier. Hide Caption 2 of 4 "
     "Photos: Harbour storm", ""),
    ("after a slide's end, a caption of two sentences",
     "Boats lie on the quay. Hide Caption 2 of 4 Photos: Harbour storm\n\n",
     "“The pier will open in May,” Tom Reyes said. The harbour master spoke on Monday. Hide "
     "Caption 3 of 4", ""),
    # negatives: the line before ends no slide, or this line holds no counter
    ("a counter after a line of text: the text before the counter stays",
     "The storm hit on Monday.\n\n",
     "\"We will rebuild,\" Ann Vale said. Hide Caption 1 of 2 Photos: Harbour storm",
     "\"We will rebuild,\" Ann Vale said."),
    ("the article goes on after the gallery's last slide",
     "Boats lie on the quay. Hide Caption 4 of 4 Photos: Harbour storm\n\n",
     "\"We will rebuild,\" Ann Vale said on Monday.", None),
]


@pytest.mark.parametrize(("label", "before", "line", "left"), SLIDE_LINE_CASES)
def test_a_slide_caption_on_a_line_of_its_own_is_a_caption(knowledge, label, before, line,
                                                            left):
    kept, body = _masked_line(knowledge, line, before="The council met on Monday.\n\n" + before)
    assert kept == (line if left is None else left), kept
    assert "It voted again." in body and "The council met on Monday." in body


# A paragraph break the source lost, restored as a paragraph span (the text keeps its
# characters): each case gives a line and the paragraphs it is read as.
LOST_BREAK_CASES = [
    ("a curly opening mark", 'The vote was close, he said.“The next one will not be.”',
     ['The vote was close, he said.', '“The next one will not be.”']),
    ("a question before a curly mark", 'Who pays for it?“Nobody knows,” Ruiz said.',
     ['Who pays for it?', '“Nobody knows,” Ruiz said.']),
    ("a straight mark after narration opens",
     'He met the board. "It went well," he said.The talks ended."We will meet again," Ann said.',
     ['He met the board. "It went well," he said.The talks ended.',
      '"We will meet again," Ann said.']),
    ("a straight mark after a quotation closes",
     '"We lost the vote. We will try again."Democrats said the bill was dead.',
     ['"We lost the vote. We will try again."', 'Democrats said the bill was dead.']),
    ("the first straight mark of a line opens", 'The hall was full."It was loud," he said.',
     ['The hall was full.', '"It was loud," he said.']),
]

KEPT_LINE_CASES = [
    ("a space after the sentence end", 'He said no. “The next one will not be,” she said.'),
    ("a lower-case word after the mark", 'They called it “wrong.”“and bad,” he said.'),
    ("no sentence end before the mark", 'He called it“The Plan” on Monday.'),
    ("a straight mark the marks around cannot place",
     '"We lost. We will try again."I think so," Ann said.'),
    ("a lower-case word after a straight mark", 'He said "no."and left the hall.'),
]


@pytest.mark.parametrize(("label", "line", "expected"), LOST_BREAK_CASES)
def test_a_lost_paragraph_break_is_restored(label, line, expected):
    text = f"Headline\n\n{line}\n"
    spans = paragraph_spans(text)
    assert [text[s:e] for s, e in spans[1:]] == expected, label
    assert spans[1][0] == text.index(line) and spans[-1][1] == text.index(line) + len(line)


@pytest.mark.parametrize(("label", "line"), KEPT_LINE_CASES)
def test_a_line_without_a_lost_break_stays_one_paragraph(label, line):
    assert [line[s:e] for s, e in paragraph_spans(line)] == [line], label


# Page furniture that reads like an attribution (issue 11: not quotes, a headline): a story's
# highlights list, a video promo, a link to another story. Each case: the article's lines
# (after a title), and the kinds clean_text gives each of them (None: the body).
FURNITURE_CASES = [
    ("a highlights list, its bullets and the body after it",
     ["Story highlights Mayor Vale speaks with two networks",
      "She tells both networks she expects a budget next month",
      "The council says the harbour will reopen in May",
      "Ann Vale had a clear message in two interviews on Wednesday: the budget is close.",
      "It is close, Vale said"],
     ["summary", "summary", "summary", None, None]),
    # a highlight with words in quotation marks is kept: they are someone's words
    ("a highlight that quotes",
     ['Story highlights "We will rebuild," a Ledger analyst says',
      "She tells both networks she expects a budget next month",
      'Tom Reyes says the mayor "tried to dodge" the vote',
      "Ann Vale had a clear message in two interviews on Wednesday: the budget is close."],
     [None, "summary", None, None]),
    ("a video promo",
     ["The council met on Monday.",
      "JUST WATCHED Vale: deal is close Replay More Videos ... MUST WATCH Vale: deal 02:10",
      "It voted again."],
     [None, "promo", None]),
    ("a link with Read more, a topic glued to a headline",
     ["The council met on Monday.",
      "Vale slams the harbour plan over costs – live Read more",
      "More:Vale says the harbour deal is close",
      "Harbour vote:Council members say they will back the plan",
      "It voted again."],
     [None, "related", "related", "related", None]),
    # a label, a colon and a space before another story's headline: no quotation of this one
    ("links under a label",
     ["The council met on Monday.",
      "Related: Vale calls the harbour plan 'a disgrace'",
      "SEE ALSO: Reyes says the budget is ‘dead on arrival’",
      "( WATCH: Harbour vote ‘a sham,’ Vale says)",
      "Also on The Ledger: Mayor Vale: 'We will rebuild'",
      "More: Council members say they will back the plan",
      "It voted again."],
     [None, "link", "link", "link", "link", "link", None]),
    # a photo caption with its credit after a bar, the page's headline run on after it
    ("captions credited after a bar",
     ["“We will rebuild,” Mayor Ann Vale said on the pier. | Tom Reyes/AP Photo Vale vows "
      "to rebuild the harbour",
      "The council met on Monday.",
      "Council members leave the hall in Salem. | Getty",
      "Vale speaks to reporters on Friday, May 3, 2019. Dana Ruth | Bloomberg | Getty Images",
      "It voted again."],
     ["caption", None, "caption", "caption", None]),
    # negatives: a bar in the text, a bar before no credit
    ("bars that credit no photo",
     ["The council met on Monday.",
      "The vote was 5 | 4, the clerk wrote, and the AP reported it the next day.",
      "Two plans for the harbour were compared by the board | Ann Vale of the Ledger wrote.",
      "It voted again."],
     [None, None, None, None]),
    # negatives: a tweet that opens with a label, a label in a sentence, a long paragraph
    ("body lines that open like a link",
     ["The council met on Monday.",
      "WATCH: Vale signs the harbour bill https://t.co/x1 — Ledger News (@LedgerNews) May 2",
      "More than 40 members said: 'We back the plan'",
      "Watch: " + "the council said the harbour plan was fair and would pass, " * 4,
      "It voted again."],
     [None, None, None, None, None]),
    # negatives: the body, a colon with a space, a sentence that ends, a clock time
    ("body lines that look alike",
     ["The council met on Monday.",
      "Vale said: the harbour deal is close and the council will vote on it in the spring",
      "Update:The council voted again on Tuesday.",
      "The vote ended at 10:30 and the members of the council went home for the night",
      "Story time is over, the mayor said.",
      "Readers can read more about the plan online."],
     [None, None, None, None, None, None]),
    ("no highlights list without its opening line",
     ["Mayor Vale speaks with two networks about the harbour and the budget of the city",
      "She tells both networks that she expects a vote on the budget in the council next month",
      "The council met on Monday."],
     [None, None, None]),
]


@pytest.mark.parametrize(("label", "lines", "kinds"), FURNITURE_CASES)
def test_page_furniture_that_reads_like_an_attribution_is_dropped(knowledge, label, lines,
                                                                  kinds):
    from reportgen.ingest.clean import clean_text

    text = "A headline of the day\n\n" + "\n\n".join(lines)
    found = {text[s.start:s.end]: s.kind for s in clean_text(text, knowledge).segments}
    assert [found.get(line) for line in lines] == kinds


@pytest.mark.parametrize(("title", "read"), [
    # UTF-8 read as Windows-1252, once or twice over, as some feeds give their titles
    ("Mayor\u00e2\u20ac\u2122s plan fails", "Mayor\u2019s plan fails"),
    ("Mayor \u00c3\u00a2\u00e2\u201a\u00ac\u00cb\u0153firm\u00c3\u00a2\u00e2\u201a\u00ac"
     "\u00e2\u201e\u00a2 on bridge", "Mayor \u2018firm\u2019 on bridge"),
    ("Caf\u00c3\u00a9 owners protest", "Caf\u00e9 owners protest"),
    # what is text as written stays: accents, curly quotes, capitals with a tilde
    ("S\u00e3o Paulo votes", "S\u00e3o Paulo votes"),
    ("\u00c2ngela Reyes: \u201cnot now\u201d", "\u00c2ngela Reyes: \u201cnot now\u201d"),
    ("Br\u00fbl\u00e9e wins \u2014 again", "Br\u00fbl\u00e9e wins \u2014 again"),
])
def test_a_title_read_with_the_wrong_codec_is_repaired(tmp_path, knowledge, title, read):
    path = tmp_path / "feed.jsonl"
    record = {"id": "a1", "outlet": "Gazette", "title": title,
              "text": "The council met on Monday. \"We will decide soon,\" the mayor said."}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    arts, problems = _read([path], knowledge)
    assert problems == [] and arts["a1"].title == read
