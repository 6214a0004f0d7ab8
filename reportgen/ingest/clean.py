"""Tell the body of a scraped article from its boilerplate, and read the metadata it carries.

The text is never rewritten: the result is a list of segments (title, byline, caption, ...)
whose characters the analyzers ignore, so every offset still points into the text as given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from reportgen.knowledge import Knowledge
from reportgen.models import Segment

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
_READ_MORE_FROM = re.compile(r"\bmore from (?:the )?(?P<outlet>[A-Za-z][\w .&'-]{2,40})$", re.I)
_SENTENCE_END = re.compile(r"[.!?:;,\"”’')\]]$")


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


def _is_shouting(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(line.split()) >= 3 and len(letters) >= 10 and all(c.isupper() for c in letters)


def _is_heading(line: str) -> bool:
    words = line.split()
    return (1 <= len(words) <= 10 and line[0].isupper() and not _SENTENCE_END.search(line)
            and not line.startswith(("“", '"', "‘", "'")))


def _is_navigation(line: str) -> bool:
    """A run of menu items: many capitalised words and no sentence in sight."""
    words = line.split()
    caps = sum(w[0].isupper() or not w[0].isalpha() for w in words)
    return len(words) >= 12 and caps / len(words) > 0.8 and not re.search(r"[.!?]\s", line)


def clean_text(text: str, knowledge: Knowledge, *, title: str | None = None) -> Cleaned:
    """Find the boilerplate, title, byline, dates and subheadings in a scraped article."""
    lines = line_spans(text)
    kinds: dict[int, str] = {}
    found_title, author, published, outlet = title, None, None, None
    captions: list[str] = []
    body_seen = False

    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        low = line.lower()
        kind = None
        if m := _HEADER_DATE.match(line):
            kind, published = "navigation", published or parse_date(m.group(1))
            outlet = outlet or find_outlet(line, knowledge)
        elif i == 0 and _is_navigation(line):
            kind = "navigation"
            outlet = outlet or find_outlet(line, knowledge)
        elif _PUBLISHED.match(line):
            kind, published = "dateline", published or parse_date(line)
        elif (m := _BYLINE.match(line)) and i < 12:
            kind, author = "byline", author or _name_case(m["names"])
        elif _CREDIT.search(line):
            kind = "caption"
            captions.append(_CREDIT.sub("", line).strip())
        elif any(c and (c.startswith(line) or line.startswith(c)) for c in captions):
            kind = "caption"  # the caption repeated without its credit
        elif (i + 1 < len(lines) and _CREDIT.fullmatch(text[slice(*lines[i + 1])].strip())):
            kind = "caption"  # a caption whose credit stands on the next line
        elif pattern_kind := next((k for p, k in knowledge.boilerplate if p.fullmatch(low)), None):
            kind = pattern_kind
            if m := _READ_MORE_FROM.search(line):
                outlet = outlet or find_outlet(m["outlet"], knowledge) or _name_case(m["outlet"])
        elif _is_shouting(line):
            kind = "related"
        elif found_title is None and not body_seen and len(line.split()) <= 30:
            kind, found_title = "title", line
        elif title is not None and line == title.strip() and not body_seen:
            kind = "title"
        elif body_seen and _is_heading(line) and i + 1 < len(lines):
            kind = "subheading"
        else:
            body_seen = True
        if kind:
            kinds[i] = kind

    segments = tuple(Segment(s, e, kinds[i]) for i, (s, e) in enumerate(lines) if i in kinds)
    return Cleaned(segments, found_title, author, published, outlet)


def _name_case(name: str) -> str:
    """Turn an all-capitals byline or outlet ("MICHAEL STARR") into name case."""
    words = name.split()
    if not name.isupper():
        return " ".join(words)
    small = {"of", "and", "the", "for"}
    return " ".join(w.lower() if i and w.lower() in small else w.capitalize()
                    for i, w in enumerate(words))


def mask(text: str, segments: tuple[Segment, ...]) -> str:
    """Blank out the segments with spaces, keeping every offset and line break in place."""
    chars = list(text)
    for seg in segments:
        for i in range(seg.start, seg.end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)
