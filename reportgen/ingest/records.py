"""Make an ``Article`` from text, HTML or a record, with its metadata and warnings."""

from __future__ import annotations

import hashlib
import re
from datetime import date
from typing import Any
from urllib.parse import urlparse

from reportgen.ingest.clean import clean_text, find_outlet, parse_date
from reportgen.knowledge import Knowledge
from reportgen.models import Article, Problem


def from_record(record: Any, source: str, knowledge: Knowledge,
                 override: dict[str, Any]) -> Article | Problem:
    """Make an article from a JSON object's 'text' field, its other fields the metadata."""
    if not isinstance(record, dict):
        return Problem(source, "not a JSON object; skipped")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return Problem(source, "no 'text' field with article text; skipped")
    given = {
        "outlet": record.get("outlet") or record.get("publisher"),
        "title": record.get("title"),
        "author": record.get("author"),
        "published": record.get("published") or record.get("date"),
        "url": record.get("url"),
    }
    ident = record.get("id")
    ident = _str(ident) or _content_id(text)
    return from_text(text, ident, source, knowledge, override, given)


def read_record(record: Any, source: str, knowledge: Knowledge) -> Article | Problem:
    """Make an article from one record as a JSON line or a Parquet row holds it."""
    return from_record(record, source, knowledge, {})


def record_article(record: dict[str, Any], source: str, knowledge: Knowledge) -> Article | Problem:
    """Make an article from fetched material: {"url", "html"} or {"url", "text", ...}."""
    url = record.get("url")
    ident = _content_id(url) if url else None
    if record.get("html"):
        return from_html(record["html"], ident or _content_id(record["html"]), source,
                          knowledge, {}, url=url)
    record = {**record, "id": record.get("id") or ident}
    return from_record(record, source, knowledge, {})


def from_html(html: str, ident: str, source: str, knowledge: Knowledge,
               override: dict[str, Any], url: str | None = None) -> Article | Problem:
    """Make an article from an HTML page: its text and metadata as trafilatura extracts them."""
    import trafilatura  # heavy; only for HTML input

    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, favor_recall=True, include_comments=False,
            date_extraction_params={"extensive_search": False, "original_date": True})
    except Exception as exc:  # trafilatura on garbage: one line, not a crash
        return Problem(source, f"not readable as HTML ({type(exc).__name__})")
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        return Problem(source, "no article text found in the HTML")
    given = {key: getattr(doc, attr, None) for key, attr in (
        ("outlet", "sitename"), ("title", "title"), ("author", "author"), ("published", "date"))}
    given["url"] = url or getattr(doc, "url", None)
    return from_text(text, ident, source, knowledge, override, given)


def from_text(text: str, ident: str, source: str, knowledge: Knowledge,
               override: dict[str, Any], given: dict[str, Any]) -> Article:
    """Make an article from its text and given metadata, override's fields first; what neither
    gives is read from the text."""
    fields = {**{k: v for k, v in given.items() if v not in (None, "")},
              **{k: v for k, v in override.items() if v not in (None, "")}}
    text, warnings = _normalise(text)
    title = _repaired(_str(fields.get("title")))
    cleaned = clean_text(text, knowledge, title=title)
    published = _as_date(fields.get("published"), warnings) if "published" in fields else None
    if published is None and "published" not in fields:
        published = cleaned.published
    if published is None:
        warnings.append("no publication date found; reported as unknown")
    url = _str(fields.get("url"))
    outlet = _str(fields.get("outlet"))
    outlet = (knowledge.outlets.get(outlet.lower(), outlet) if outlet else
              cleaned.outlet or _outlet_from_url(url, knowledge))
    if outlet is None:
        warnings.append("outlet not found; set it in a manifest")
    return Article(
        id=ident,
        source=source,
        text=text,
        outlet=outlet,
        title=title or cleaned.title,
        author=_str(fields.get("author")) or cleaned.author,
        published=published,
        url=url,
        segments=cleaned.segments,
        warnings=tuple(warnings),
    )


_LONE_CR = re.compile(r"\r(?!\n)")
_SURROGATE = re.compile("[\ud800-\udfff]")  # only lone ones survive JSON decoding


def _normalise(text: str) -> tuple[str, list[str]]:
    """Make text safe to analyze and write, one character for one so offsets hold.

    A lone CR (old Mac line endings) becomes LF; a lone surrogate escape from JSON, which no
    output encoding can write, becomes U+FFFD.
    """
    warnings = []
    text = _LONE_CR.sub("\n", text)
    text, n = _SURROGATE.subn("\ufffd", text)
    if n:
        warnings.append(f"{n} lone surrogate escape(s) in the text replaced by U+FFFD")
    return text, warnings


# A letter a UTF-8 sequence read as Windows-1252 opens with ("â€™" for "’", "Ã¢â‚¬â„¢"
# read so twice): only a title holding one is given to ftfy
_MOJIBAKE_OPENERS = re.compile("[ÂÃâ]")


def _repaired(title: str | None) -> str | None:
    """Give a title with its mojibake repaired ("Obamaâ€™s week" is "Obama’s week"; feeds
    give titles encoded twice): ftfy's ``fix_encoding`` changes only what it can read as
    text decoded with the wrong codec, so "São Paulo" stays."""
    if title is None or not _MOJIBAKE_OPENERS.search(title):
        return title
    import ftfy  # wordfreq's dependency already; loaded only for such a title

    return ftfy.fix_encoding(title)


def _str(value: Any) -> str | None:
    """Give a metadata value as clean text, or None."""
    if value in (None, ""):
        return None
    return _SURROGATE.sub("\ufffd", str(value)).strip() or None


def _as_date(value: Any, warnings: list[str]) -> date | None:
    if isinstance(value, date):
        return value
    parsed = parse_date(str(value))
    if parsed is None:
        warnings.append(f"date {value!r} not understood; reported as unknown")
    return parsed


def _outlet_from_url(url: str | None, knowledge: Knowledge) -> str | None:
    if not url:
        return None
    host = urlparse(url).hostname or ""
    for domain, name in knowledge.outlet_domains.items():
        if host == domain or host.endswith("." + domain):
            return name
    return find_outlet(host.replace(".", " "), knowledge)


def _content_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()[:16]
