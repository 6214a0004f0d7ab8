"""English word frequencies from wordfreq's data file, without importing wordfreq.

``import wordfreq`` costs about 0.3 s of start-up (langcodes compiles its regular expressions,
ftfy loads) that a lookup never uses: a 10-article build paid it to compare two names. The list
is read from the package's data file instead, and ``zipf_frequency`` gives what
``wordfreq.zipf_frequency`` gives for a word of lower-case ASCII letters (its tokenizer leaves
such a word whole) or of such words joined by hyphens ("hans-peter": its tokenizer splits the
word at each hyphen and combines the parts' frequencies); any other word, or another language,
is asked of wordfreq itself.

Most questions are whether a word is at least so frequent ("a common English word": Zipf 3.0 to
4.5): ``zipf_at_least`` answers them from the head of the list alone, which a process that only
analyzes articles then reads instead of the whole list (0.02 s where the whole took 0.13 s).
A build's few thousand story words are looked up together (``buckets_of``,
``zipf_frequencies``) in one pass over the list, without indexing all its words.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import cache
from pathlib import Path

HEAD_ZIPF = 2.5  # the head of the list, words at least this frequent, is read on its own
_HEAD_BUCKETS = round((9 - HEAD_ZIPF) * 100) + 1  # buckets 0 .. Zipf HEAD_ZIPF


def _list_path() -> Path | None:
    """Give wordfreq's large English list file, or None when the package keeps it elsewhere."""
    import importlib.util

    spec = importlib.util.find_spec("wordfreq")
    folders = spec.submodule_search_locations if spec else None
    path = Path(next(iter(folders))) / "data" / "large_en.msgpack.gz" if folders else None
    return path if path is not None and path.is_file() else None


def _check_header(header: object, path: Path) -> None:
    """Raise ValueError unless the header is a wordfreq list's."""
    if not isinstance(header, dict) or header.get("format") != "cB":
        raise ValueError(f"{path}: not a wordfreq frequency list")


@cache
def frequency_buckets() -> list[list[str]]:
    """Give wordfreq's large English list: bucket i holds the words of Zipf frequency
    9 - i/100 (wordfreq's public ``get_frequency_list`` if the data file has moved)."""
    import gzip

    path = _list_path()
    if path is None:
        from wordfreq import get_frequency_list

        return get_frequency_list("en", "large")
    import msgpack

    with gzip.open(path, "rb") as fh:
        data = msgpack.load(fh, raw=False)
    _check_header(data[0], path)
    result: list[list[str]] = data[1:]
    return result


@cache
def _head_buckets() -> list[list[str]]:
    """Give the list's first buckets, down to Zipf frequency HEAD_ZIPF, unpacking no more
    of the file (54,000 of its 321,000 words: a tenth of the cost of reading it all)."""
    import gzip

    path = _list_path()
    if path is None:
        return frequency_buckets()[:_HEAD_BUCKETS]
    import msgpack

    with gzip.open(path, "rb") as fh:
        unpacker = msgpack.Unpacker(fh, raw=False)
        size = unpacker.read_array_header()
        _check_header(unpacker.unpack(), path)
        return [unpacker.unpack() for _ in range(min(size - 1, _HEAD_BUCKETS))]


@cache
def _head_of() -> dict[str, int]:
    """Give the bucket of each word in the list's head."""
    return {word: i for i, bucket in enumerate(_head_buckets()) for word in bucket}


@cache
def _bucket_of() -> dict[str, int]:
    """Give each listed word's bucket; a word listed twice keeps its last, as wordfreq's
    ``get_frequency_dict`` does."""
    # one comprehension over the 321,000 words: 0.035 s, where a dict.update per bucket took
    # 0.055 s (a fixed cost of every process that looks a word up)
    return {word: i for i, bucket in enumerate(frequency_buckets()) for word in bucket}


def _plain(parts: list[str]) -> bool:
    """Tell whether each part is lower-case ASCII letters, which wordfreq's tokenizer keeps."""
    return all(p.isascii() and p.isalpha() and p.islower() for p in parts)


def zipf_frequency(word: str, lang: str = "en") -> float:
    """Give ``wordfreq.zipf_frequency(word, lang)`` (0.0 for a word it does not list)."""
    parts = word.split("-")
    if lang != "en" or not _plain(parts):
        from wordfreq import zipf_frequency as asked

        return asked(word, lang)
    return _zipf_of(parts, _bucket_of())


def zipf_at_least(word: str, zipf: float) -> bool:
    """Tell whether ``zipf_frequency(word) >= zipf``, from the list's head alone when zipf is
    at least HEAD_ZIPF.

    A word past the head is under HEAD_ZIPF, and so is a hyphened word with such a part (the
    combined frequency is below each part's); the list holds each word once
    (tests/test_frequency.py checks both on the list itself)."""
    parts = word.split("-")
    if zipf < HEAD_ZIPF or not _plain(parts):
        return zipf_frequency(word) >= zipf
    head = _head_of()
    if any(part not in head for part in parts):
        return False
    return _zipf_of(parts, head) >= zipf


def _zipf_of(parts: list[str], buckets: dict[str, int]) -> float:
    """Give the Zipf frequency of the word made of these lower-case ASCII parts."""
    minimum = 10 ** 0.0 / 1e9  # wordfreq's zipf_to_freq(0.0): what an unlisted word gets
    # wordfreq's steps, float for float: centibels to a frequency, the reciprocal sum of the
    # tokens (an unlisted one gives the minimum), three significant digits, then the Zipf
    # scale to hundredths
    one_over = 0.0
    for part in parts:
        bucket = buckets.get(part)
        if bucket is None:
            return round(math.log(minimum, 10) + 9, 2)
        one_over += 1.0 / 10 ** (-bucket / 100)
    freq = max(1.0 / one_over, minimum)
    freq = round(freq, math.floor(-math.log(freq, 10)) + 3)
    return round(math.log(freq, 10) + 9, 2)


def buckets_of(words: Iterable[str]) -> dict[str, int]:
    """Give the bucket of each of the words that the list holds, in one pass over the list
    (a few thousand words: 0.015 s, where indexing all 321,000 words took 0.06-0.08 s), or
    from that index when the process has built it already."""
    wanted = set(words)
    if _bucket_of.cache_info().currsize:
        index = _bucket_of()
        return {word: index[word] for word in wanted if word in index}
    return _find_buckets(wanted, frequency_buckets())


def _find_buckets(wanted: set[str], buckets: list[list[str]]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, bucket in enumerate(buckets):
        for word in wanted.intersection(bucket):
            found[word] = i  # a word listed twice keeps its last bucket, as in the index
    return found


def zipf_frequencies(words: Iterable[str]) -> dict[str, float]:
    """Give ``zipf_frequency(word)`` of each word, the list read once for all of them."""
    asked = set(words)
    plain = {w for w in asked if _plain(w.split("-"))}
    buckets = buckets_of(part for w in plain for part in w.split("-"))
    found = {w: _zipf_of(w.split("-"), buckets) for w in plain}
    found.update((w, zipf_frequency(w)) for w in asked - plain)
    return found
