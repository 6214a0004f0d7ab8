"""Word frequencies read from wordfreq's data file: the numbers wordfreq itself gives."""

from __future__ import annotations

import pytest
from wordfreq import zipf_frequency as wordfreq_zipf

from reportgen.frequency import frequency_buckets, zipf_frequency


@pytest.mark.parametrize("word", [
    "the", "minister", "said", "mary", "ann", "vale", "dulles", "kherson", "zzqxv", "a",
    # words of lower-case ASCII letters joined by hyphens: the parts' frequencies combined
    "well-known", "hans-peter", "karl-heinz", "x-ray", "co-op", "a-b-c", "zzqxv-peter",
    "peter-zzqxv",
    # not lower-case ASCII letters: wordfreq's own tokenizer is asked
    "Mary", "o'neil", "café", "covid19", "", "it's", "-", "foo-", "-foo", "foo--bar",
    "Hans-Peter", "jean-rené",
])
def test_zipf_frequency_is_wordfreqs(word):
    assert zipf_frequency(word) == wordfreq_zipf(word, "en")
    assert zipf_frequency(word, "fr") == wordfreq_zipf(word, "fr")


def test_zipf_frequency_is_wordfreqs_across_the_list():
    buckets = frequency_buckets()
    words = [w for bucket in buckets[::7] for w in bucket[:40]]  # every seventh Zipf step
    assert len(words) > 2000
    assert [zipf_frequency(w) for w in words] == [wordfreq_zipf(w, "en") for w in words]


def test_zipf_frequency_of_hyphened_words_is_wordfreqs():
    buckets = frequency_buckets()
    words = [w for bucket in buckets[::23] for w in bucket[:15] if w.isascii() and w.isalpha()]
    joined = [f"{a}-{b}" for a, b in zip(words, reversed(words), strict=True)]
    joined += [f"{a}-{b}-{a}" for a, b in zip(words[::5], words[1::5], strict=False)]
    assert len(joined) > 200
    assert [zipf_frequency(w) for w in joined] == [wordfreq_zipf(w, "en") for w in joined]
