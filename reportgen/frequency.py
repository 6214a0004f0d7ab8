"""English word frequencies from wordfreq's data file, without importing wordfreq.

``import wordfreq`` costs about 0.3 s of start-up (langcodes compiles its regular expressions,
ftfy loads) that a lookup never uses: a 10-article build paid it to compare two names. The list
is read from the package's data file instead, and ``zipf_frequency`` gives what
``wordfreq.zipf_frequency`` gives for a word of lower-case ASCII letters (its tokenizer leaves
such a word whole) or of such words joined by hyphens ("hans-peter": its tokenizer splits the
word at each hyphen and combines the parts' frequencies); any other word, or another language,
is asked of wordfreq itself.
"""

from __future__ import annotations

import math
from functools import cache
from pathlib import Path


@cache
def frequency_buckets() -> list[list[str]]:
    """Give wordfreq's large English list: bucket i holds the words of Zipf frequency
    9 - i/100 (wordfreq's public ``get_frequency_list`` if the data file has moved)."""
    import gzip
    import importlib.util

    spec = importlib.util.find_spec("wordfreq")
    folders = spec.submodule_search_locations if spec else None
    path = Path(next(iter(folders))) / "data" / "large_en.msgpack.gz" if folders else None
    if path is None or not path.is_file():
        from wordfreq import get_frequency_list

        return get_frequency_list("en", "large")
    import msgpack

    with gzip.open(path, "rb") as fh:
        data = msgpack.load(fh, raw=False)
    if not isinstance(data[0], dict) or data[0].get("format") != "cB":
        raise ValueError(f"{path}: not a wordfreq frequency list")
    result: list[list[str]] = data[1:]
    return result


@cache
def _bucket_of() -> dict[str, int]:
    """Give each listed word's bucket; a word listed twice keeps its last, as wordfreq's
    ``get_frequency_dict`` does."""
    # one comprehension over the 321,000 words: 0.035 s, where a dict.update per bucket took
    # 0.055 s (a fixed cost of every process that looks a word up)
    return {word: i for i, bucket in enumerate(frequency_buckets()) for word in bucket}


def frequency_bucket(word: str) -> int | None:
    """Give the bucket of wordfreq's large English list that holds the word (its Zipf
    frequency is 9 - bucket/100), or None when the list does not hold it."""
    return _bucket_of().get(word)


def zipf_frequency(word: str, lang: str = "en") -> float:
    """Give ``wordfreq.zipf_frequency(word, lang)`` (0.0 for a word it does not list)."""
    parts = word.split("-")
    if lang != "en" or not all(p.isascii() and p.isalpha() and p.islower() for p in parts):
        from wordfreq import zipf_frequency as asked

        return asked(word, lang)
    minimum = 10 ** 0.0 / 1e9  # wordfreq's zipf_to_freq(0.0): what an unlisted word gets
    buckets = _bucket_of()
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
