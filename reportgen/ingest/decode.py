"""Decode the bytes of a file that should hold text: UTF-8, Windows-1252 strays, UTF-16."""

from __future__ import annotations

import codecs
import threading
from pathlib import Path

MAX_ARTICLE_BYTES = 5_000_000  # a .txt or .html file larger than this is not one article


def decode_file(path: Path) -> tuple[str | None, str | None, str | None]:
    """Give (text, warning, error) for a file that should hold text."""
    try:
        if path.suffix.lower() in (".txt", ".html", ".htm") and \
                path.stat().st_size > MAX_ARTICLE_BYTES:
            return None, None, f"larger than {MAX_ARTICLE_BYTES // 1_000_000} MB; not an article"
        raw = path.read_bytes()
    except OSError as exc:
        return None, None, f"cannot be read ({exc.strerror or exc})"
    return decode_bytes(raw)


def decode_bytes(raw: bytes) -> tuple[str | None, str | None, str | None]:
    """Decode text: UTF-8 (a stray Windows-1252 byte read as such), or UTF-16 by BOM or NULs."""
    if not raw.strip():
        return None, None, "empty file"
    utf16 = utf16_order(raw)
    if utf16 is not None:
        text = raw.decode(utf16, errors="replace").removeprefix("\ufeff")
        if not text.strip():
            return None, None, "empty file"
        if _looks_like_text(text):
            return text, None, None
    if b"\x00" in raw[:8192]:
        return None, None, "binary file, not text"
    try:
        return raw.decode("utf-8-sig"), None, None
    except UnicodeDecodeError:
        pass
    stray.count = 0
    text = raw.decode("utf-8-sig", errors=CP1252_BYTES)
    bad = stray.count
    if bad >= sum(1 for b in raw if b >= 0x80):
        return text, "not UTF-8; read as Windows-1252", None
    return text, f"{bad} byte(s) not UTF-8, read as Windows-1252", None


stray = threading.local()  # bytes the handler below read as Windows-1252, per thread


def _cp1252_bytes(exc: UnicodeError) -> tuple[str, int]:
    """Read the bytes that are not UTF-8 as Windows-1252, and count them."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    chunk = exc.object[exc.start:exc.end]
    stray.count = getattr(stray, "count", 0) + len(chunk)
    return chunk.decode("cp1252", errors="replace"), exc.end


CP1252_BYTES = "reportgen-cp1252"
codecs.register_error(CP1252_BYTES, _cp1252_bytes)


def _looks_like_text(text: str) -> bool:
    """Tell text from binary that decoded by chance: nearly every character printable."""
    sample = text[:4096]
    printable = sum(1 for c in sample if c.isprintable() or c in "\t\n\r\f")
    return printable >= 0.95 * len(sample)


def utf16_order(raw: bytes) -> str | None:
    """Name UTF-16 text's byte order from its BOM, or from NULs in every other byte."""
    if raw.startswith(codecs.BOM_UTF16_LE) and not raw.startswith(codecs.BOM_UTF32_LE):
        return "utf-16-le"
    if raw.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be"
    sample = raw[:8192]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2].count(0) / (len(sample) / 2), sample[1::2].count(0) / (
        len(sample) / 2)
    if odd > 0.3 and even < 0.02:  # Latin text: the high byte of each character is zero
        return "utf-16-le"
    if even > 0.3 and odd < 0.02:
        return "utf-16-be"
    return None
