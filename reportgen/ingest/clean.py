"""Tell the body of a scraped article from its boilerplate, and read the metadata it carries.

The text is never rewritten: the result is a list of segments (title, byline, caption, ...)
whose characters the analyzers ignore, so every offset still points into the text as given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from reportgen.knowledge import Knowledge
from reportgen.models import Segment
from reportgen.punctuation import DOUBLE_MARKS

MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}

_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_WORDY_DATE = re.compile(
    r"\b(?P<m>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+(?P<d>\d{1,2}),?\s+"
    r"(?P<y>\d{4})\b|\b(?P<d2>\d{1,2})\s+(?P<m2>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)"
    r"[a-z]*\.?,?\s+(?P<y2>\d{4})\b", re.I)
_HEADER_DATE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b", re.I)
_PUBLISHED = re.compile(r"^(published|updated|posted|first published)\b[:\s]", re.I)
_BYLINE = re.compile(r"^[Bb][Yy]:?\s+(?P<names>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
                     r"(?:\s*(?:,|and|&)\s*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})*)\s*$")
_CREDIT = re.compile(r"\((?:photo |image |video )?credits?:[^)]*\)", re.I)
# A photo credit after a caption and a bar (Politico, CNBC): "Vale speaks in Salem. | Ann
# Reyes/AP Photo", "... | Getty", "... | REUTERS": the photographer's name, then an agency's; the
# page's headline and summary may follow it on the line (the pattern opens with the bar, the
# lookbehind asked after it)
_PIPE_CREDIT = re.compile(
    r"\|(?<=\s\|)\s+(?:(?:[A-Z][\w.'’-]*|for|via|and)[\s/,]+){0,6}?"
    r"(?:AP|Getty|Reuters|REUTERS|AFP|POLITICO|Photos?|Images?|Pool)\b")
_READ_MORE_FROM = re.compile(r"\bmore from (?:the )?(?P<outlet>[A-Za-z][\w .&'-]{2,40})$", re.I)
_SENTENCE_END = re.compile(r"[.!?:;,\"”’')\]]$")
# A hover card left in the text by some sites (The Hill): after a person's name as written,
# the full name glued to the titles of related stories, ending in "MORE" ("President Trump
# Donald John TrumpAmash calls McCarthy incompetent ... MORE, who said ..."). The card runs
# from the end of the name as written to "MORE"; the full name's surname, glued to the first
# title, repeats the written name's surname.
# (each pattern here opens with its literal words, the assertion before them asked after
# them: the engine then looks for the words alone, where one that opens with an assertion is
# tried at every position of every line; the same matches)
_CARD_END = re.compile(r" MORE(?<=\S MORE)\b")
# A slide of a photo gallery run into the text (CNN): "Photos: <gallery> – <caption> Hide
# Caption 3 of 17"; the gallery runs from its first "Photos:" (or its first slide counter) to
# the end of the line
_SLIDE = re.compile(r"Hide(?<!\wHide) Caption \d+ of \d+\b")
_GALLERY_OPEN = re.compile(r"Photos(?<!\wPhotos):")
_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z0-9][\w’'-])")
_WORD_START = re.compile(r"[A-Z][\w’'-]*$")
_CARD_REACH = 700  # the name and three story titles
_NAME_REACH = 60  # the full name: at most a few words


@dataclass(frozen=True, slots=True)
class Cleaned:
    """What cleaning found: the non-body segments and the metadata read from them."""

    segments: tuple[Segment, ...]
    title: str | None
    author: str | None
    published: date | None
    outlet: str | None


def parse_date(text: str) -> date | None:
    """Read the first ISO or written-out date in text; None when there is none."""
    if m := _ISO_DATE.search(text):
        y, mo, d = (int(g) for g in m.groups())
    elif m := _WORDY_DATE.search(text):
        mon = (m["m"] or m["m2"])[:3].lower()
        y, mo, d = int(m["y"] or m["y2"]), MONTHS[mon], int(m["d"] or m["d2"])
    else:
        return None
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def find_outlet(text: str, knowledge: Knowledge) -> str | None:
    """Name the outlet a piece of boilerplate mentions, longest known alias first."""
    low = text.lower()
    best: tuple[int, str] | None = None
    for alias, name in knowledge.outlets.items():
        if len(alias) < 4:
            continue  # "AP", "NYT": too easily found inside other words
        i = low.find(alias)
        if i >= 0 and (best is None or len(alias) > best[0]) and _is_word_at(low, i, len(alias)):
            best = (len(alias), name)
    return best[1] if best else None


def _is_word_at(low: str, i: int, n: int) -> bool:
    before = low[i - 1] if i > 0 else " "
    after = low[i + n] if i + n < len(low) else " "
    return not before.isalnum() and not after.isalnum()


def line_spans(text: str) -> list[tuple[int, int]]:
    """Give (start, end) of each non-blank line, stripped of surrounding white space.

    Scraped text puts one paragraph on a line, so these are also the paragraphs.
    """
    out = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


# A paragraph break the source lost: a sentence end glued to an opening quotation mark and a
# capitalised word ('he said.“The next', 'said."The way'). The text keeps its characters: the
# break is where one paragraph's span ends and the next one's starts.
# (the lookbehind is asked after the mark: a pattern that opens with a character class lets
# the engine skip to where it matches, one that opens with an assertion is tried at every
# position; the same matches)
_LOST_BREAK = re.compile(r"([“\"])(?<=[\w)][.!?][“\"])(?=[A-Z])")
_SWAPPED = {"opens": "closes", "closes": "opens"}


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Give (start, end) of each paragraph: each non-blank line (``line_spans``), cut where a
    paragraph break was lost at the source (``_LOST_BREAK``)."""
    out = []
    for s, e in line_spans(text):
        for cut in _lost_breaks(text, s, e):
            out.append((s, cut))
            s = cut
        out.append((s, e))
    return out


def _lost_breaks(text: str, s: int, e: int) -> list[int]:
    """Give where the line text[s:e] holds a lost paragraph break: before a curly opening
    mark; before or after a straight mark, by whether it opens or closes a quotation (none
    where that cannot be told)."""
    cuts = []
    for m in _LOST_BREAK.finditer(text, s, e):
        q = m.start(1)
        role = "opens" if m[1] == "“" else _straight_role(text, q, s, e)
        if role is not None:
            cuts.append(q if role == "opens" else q + 1)
    return cuts


def _straight_role(text: str, q: int, s: int, e: int) -> str | None:
    """Tell whether the straight mark at q, glued between a sentence end and a capitalised
    word, "opens" or "closes" a quotation: the other role than the marks before and after it
    in the line take by their spacing (an opening mark has a space before it, a closing one
    after it); the first mark of a line opens; None where the two disagree or neither says
    (a quotation over several paragraphs leaves the one before open)."""
    prev, nxt = text.rfind('"', s, q), text.find('"', q + 1, e)
    back = "opens" if prev < 0 else _SWAPPED.get(_spacing_role(text, prev, s, e) or "")
    ahead = _SWAPPED.get(_spacing_role(text, nxt, s, e) or "") if nxt >= 0 else None
    if back and ahead and back != ahead:
        return None
    return back or ahead


def _spacing_role(text: str, p: int, s: int, e: int) -> str | None:
    """Tell by its spacing whether the straight mark at p "opens" or "closes"; None when it
    has a space on neither side or on both."""
    before = text[p - 1] if p > s else " "
    after = text[p + 1] if p + 1 < e else " "
    if (before.isspace() or before in "([—–-") and not after.isspace():
        return "opens"
    if not before.isspace() and (after.isspace() or after in ",.;:!?)—–-"):
        return "closes"
    return None


def _is_shouting(line: str) -> bool:
    # filter and map: the loops run in C; all() stops at the first lower-case letter, so an
    # ordinary line is dismissed after a letter or two and only a shouted one is counted
    if not all(map(str.isupper, filter(str.isalpha, line))):
        return False
    return len(list(filter(str.isalpha, line))) >= 10 and len(line.split()) >= 3


def _is_heading(line: str) -> bool:
    words = line.split()
    return (1 <= len(words) <= 10 and line[0].isupper() and not _SENTENCE_END.search(line)
            and not line.startswith(("“", '"', "‘", "'")))


def _is_navigation(line: str) -> bool:
    """A run of menu items: many capitalised words and no sentence in sight."""
    words = line.split()
    caps = sum(w[0].isupper() or not w[0].isalpha() for w in words)
    return len(words) >= 12 and caps / len(words) > 0.8 and not re.search(r"[.!?]\s", line)


@dataclass(slots=True)
class _Scan:
    """What the scan of an article's lines has found so far."""

    given_title: str | None
    title: str | None
    author: str | None = None
    published: date | None = None
    outlet: str | None = None
    captions: list[str] = field(default_factory=list)
    body_seen: bool = False
    summary: bool = False  # inside a story's highlights list


# the line that opens a story's highlights list (CNN): "Story highlights Obama tells ..."
_HIGHLIGHTS = re.compile(r"story highlights\b", re.I)
# a line that ends a sentence: the body after a highlights list ("... on Wednesday.")
_STOPS = re.compile(r"[.!?][\"”’')]*$")
# the words of one highlight at most
_SUMMARY_WORDS = 40


def _summary_kind(line: str, scan: _Scan) -> str | None:
    """A highlight of a story: its "Story highlights" line and the lines after it up to the
    first that ends a sentence. The outlet's summary in its own words ("Obama tells networks
    he expects a bill next month") is no attribution of the article's; a highlight holding
    words in quotation marks is kept, as the words quoted are someone's."""
    if _HIGHLIGHTS.match(line):
        scan.summary = True
    elif not scan.summary or _STOPS.search(line) or len(line.split()) > _SUMMARY_WORDS:
        scan.summary = False
        return None
    return None if any(mark in line for mark in DOUBLE_MARKS) else "summary"


def _metadata_kind(i: int, line: str, scan: _Scan, knowledge: Knowledge) -> str | None:
    """A header date, a navigation bar, a dateline or a byline; note what each tells."""
    if m := _HEADER_DATE.match(line):
        scan.published = scan.published or parse_date(m.group(1))
        scan.outlet = scan.outlet or find_outlet(line, knowledge)
        return "navigation"
    if i == 0 and _is_navigation(line):
        scan.outlet = scan.outlet or find_outlet(line, knowledge)
        return "navigation"
    if _PUBLISHED.match(line):
        scan.published = scan.published or parse_date(line)
        return "dateline"
    if (m := _BYLINE.match(line)) and i < 12:
        scan.author = scan.author or _name_case(m["names"])
        return "byline"
    return None


def _caption_kind(i: int, line: str, text: str, lines: list[tuple[int, int]],
                  scan: _Scan) -> str | None:
    """A photo caption: with its credit, repeated without it, or with the credit below; or
    a caption with its credit after a bar (``_PIPE_CREDIT``), the whole line."""
    if _PIPE_CREDIT.search(line):
        return "caption"
    if _CREDIT.search(line):
        scan.captions.append(_CREDIT.sub("", line).strip())
        return "caption"
    if any(c and (c.startswith(line) or line.startswith(c)) for c in scan.captions):
        return "caption"  # the caption repeated without its credit
    if i + 1 < len(lines) and _CREDIT.fullmatch(text[slice(*lines[i + 1])].strip()):
        return "caption"  # a caption whose credit stands on the next line
    return None


def _boilerplate_kind(line: str, scan: _Scan, knowledge: Knowledge) -> str | None:
    """A known boilerplate line (promo, related, ...) or a shouted related-story line."""
    low = line.lower()
    if pattern_kind := next((k for p, k in knowledge.boilerplate if p.fullmatch(low)), None):
        if pattern_kind == "link" and _title_line(line, scan):
            return None  # the article's own headline: "WATCH: Ukraine captures Russian gear"
        if m := _READ_MORE_FROM.search(line):
            scan.outlet = scan.outlet or find_outlet(m["outlet"], knowledge) or _name_case(
                m["outlet"])
        return pattern_kind
    if _is_shouting(line):
        return "related"
    return None


def _title_line(line: str, scan: _Scan) -> bool:
    """Tell whether ``_heading_kind`` would take the line for the article's title."""
    if scan.body_seen:
        return False
    return (scan.title is None and len(line.split()) <= 30) or (
        scan.given_title is not None and line == scan.given_title.strip())


def _heading_kind(i: int, line: str, n_lines: int, scan: _Scan) -> str | None:
    """The title before the body starts, or a subheading within it."""
    if scan.title is None and not scan.body_seen and len(line.split()) <= 30:
        scan.title = line
        return "title"
    if scan.given_title is not None and line == scan.given_title.strip() and not scan.body_seen:
        return "title"
    if scan.body_seen and _is_heading(line) and i + 1 < n_lines:
        return "subheading"
    return None


def clean_text(text: str, knowledge: Knowledge, *, title: str | None = None) -> Cleaned:
    """Find the boilerplate, title, byline, dates and subheadings in a scraped article."""
    lines = line_spans(text)
    kinds: dict[int, str] = {}
    scan = _Scan(given_title=title, title=title)
    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        # a story's highlight is its summary or, where it quotes someone, text: nothing else
        kind = _summary_kind(line, scan)
        if not scan.summary:
            kind = (_metadata_kind(i, line, scan, knowledge)
                    or _caption_kind(i, line, text, lines, scan)
                    or _boilerplate_kind(line, scan, knowledge)
                    or _heading_kind(i, line, len(lines), scan))
        if kind:
            kinds[i] = kind
        else:
            scan.body_seen = True
    segments = tuple(Segment(s, e, kinds[i]) for i, (s, e) in enumerate(lines) if i in kinds)
    cards = tuple(Segment(s, e, "related") for i, (ls, le) in enumerate(lines) if i not in kinds
                  for s, e in hover_cards(text, ls, le))
    galleries = tuple(Segment(*g, "caption") for i, (ls, le) in enumerate(lines)
                      if i not in kinds and (g := gallery(text, ls, le)) is not None)
    return Cleaned(tuple(sorted(segments + cards + galleries, key=lambda seg: seg.start)),
                   scan.title, scan.author, scan.published, scan.outlet)


def gallery(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Give the span of a photo gallery run into the line text[start:end], if one is: from
    its first "Photos:" before the first slide counter ("Hide Caption 1 of 17"), or from that
    counter, to the end of the line; the whole line where the line before ends a slide
    (``_slide_goes_on``). Its captions are no part of the article: a caption
    quoting someone is no quote of the article's."""
    slide = _SLIDE.search(text, start, end)
    if slide is None:
        return None
    opened = _GALLERY_OPEN.search(text, start, slide.start())
    if opened is None and _slide_goes_on(text, start):
        return start, end  # the next slide's caption, on a line of its own
    return (opened.start() if opened else slide.start()), end


# the end of a slide that another slide follows: its counter, then the gallery's name after
# "Photos:" to the end of the line ("Hide Caption 2 of 6 Photos: Who's running?")
_SLIDE_GOES_ON = re.compile(r"Hide(?<!\wHide) Caption \d+ of \d+ Photos:[^\n]*$")
# how far back the line before may end a slide: a caption holds a few hundred characters
_SLIDE_REACH = 400


def _slide_goes_on(text: str, start: int) -> bool:
    """Tell whether the last line with words before ``start`` ends in a slide's counter and
    the gallery's name, so that the line at ``start`` opens the next slide's caption ("…
    Hide Caption 2 of 6 Photos: Who's running for president?\n\n\n\n“…,” Cruz told the
    audience. Hide Caption 3 of 6"): the caption, quotations and all, is the gallery's."""
    before = text[max(0, start - _SLIDE_REACH):start].rstrip()
    return _SLIDE_GOES_ON.search(before) is not None


def hover_cards(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Give the spans of the hover cards in text[start:end] (see ``_CARD_END``)."""
    found: list[tuple[int, int]] = []
    lo = start
    for m in _CARD_END.finditer(text, start, end):
        card = _card_start(text, max(lo, m.start() - _CARD_REACH), m.start())
        if card is not None:
            found.append((card, m.end()))
        lo = m.end()
    return found


def _card_start(text: str, lo: int, hi: int) -> int | None:
    """Find where the card ending at hi starts: right after the name as written, whose
    surname the glued full name repeats ("Michelle Obama| Michelle LeVaughn Robinson
    ObamaMichelle Obama praises ..."); None when no such name stands before."""
    for g in _GLUE.finditer(text, lo, hi):
        word = _WORD_START.search(text, max(lo, g.start() - 30), g.start())
        if word is None:
            continue
        surname = word[0]
        before = text.rfind(surname, max(lo, word.start() - _NAME_REACH), word.start())
        if before < 0 or (before > 0 and text[before - 1].isalnum()):
            continue
        written_end = before + len(surname)
        if text[written_end:written_end + 1] not in (" ", "\xa0"):
            continue
        between = text[written_end:word.start()].split()
        if 1 <= len(between) <= 5 and all(w[:1].isupper() or w[:1] == "(" for w in between):
            return written_end
    return _spaced_card_start(text, lo, hi)


# the lower-case words a full name may hold between its capitalised ones ("Bill de Blasio")
_NAME_PARTICLES = frozenset({"de", "da", "del", "della", "der", "den", "van", "von", "la", "le",
                             "du", "al", "bin", "ben", "st."})


def _spaced_card_start(text: str, lo: int, hi: int) -> int | None:
    """Find where a card whose full name is not glued to the first title starts ("Speaker
    Paul Ryan| Paul Davis Ryan Retirees should say ... MORE", "Joe Biden| Joe Biden Parnas:
    ..."): right after the name as written, whose surname the full name repeats after 1 to 5
    names that hold the written given name ("Mitt Romney| Willard (Mitt) Mitt Romney9 ...").
    None when no such name stands before."""
    words = [(m.start(), m.end(), m[0]) for m in re.finditer(r"\S+", text[lo:hi])]
    for n, (_, end, surname) in enumerate(words[1:], start=1):
        if not surname[:1].isupper() or not surname.isalpha():
            continue
        given = words[n - 1][2]
        for k in range(n + 2, min(n + 7, len(words))):
            full = words[k][2]
            if not full.startswith(surname) or full[len(surname):len(surname) + 1].islower():
                continue
            between = [w for _, _, w in words[n + 1:k]]
            if given in (w.strip("()") for w in between) and all(
                    w[:1].isupper() or w[:1] == "(" or w in _NAME_PARTICLES for w in between):
                return lo + end
            break
    return None


def _name_case(name: str) -> str:
    """Turn an all-capitals byline or outlet ("MICHAEL STARR") into name case."""
    words = name.split()
    if not name.isupper():
        return " ".join(words)
    small = {"of", "and", "the", "for"}
    return " ".join(w.lower() if i and w.lower() in small else w.capitalize()
                    for i, w in enumerate(words))


# a run of characters other than a line break: what ``mask`` blanks
_UNBROKEN = re.compile(r"[^\n]+")


def _blanks(m: re.Match[str]) -> str:
    return " " * (m.end() - m.start())


def mask(text: str, segments: tuple[Segment, ...]) -> str:
    """Blank out the segments with spaces, keeping every offset and line break in place (each
    segment's runs between line breaks are replaced whole: no Python step per character)."""
    if not segments:
        return text
    chars = list(text)
    for seg in segments:
        if seg.start < seg.end:
            chars[seg.start:seg.end] = _UNBROKEN.sub(_blanks, text[seg.start:seg.end])
    return "".join(chars)
