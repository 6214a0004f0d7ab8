"""Word frequencies read from wordfreq's data file: the numbers wordfreq itself gives."""

from __future__ import annotations

import pytest
from wordfreq import zipf_frequency as wordfreq_zipf

from reportgen.frequency import (
    HEAD_ZIPF,
    _find_buckets,
    buckets_of,
    frequency_buckets,
    zipf_at_least,
    zipf_frequencies,
    zipf_frequency,
)


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


def test_the_list_holds_each_word_once():
    # zipf_at_least reads the head alone: a word listed again past it would be rarer there
    words = [w for bucket in frequency_buckets() for w in bucket]
    assert len(words) == len(set(words))


@pytest.mark.parametrize("zipf", [HEAD_ZIPF, 3.0, 3.3, 3.5, 4.0, 4.5, 2.0])
def test_zipf_at_least_is_the_frequency_compared(zipf):
    buckets = frequency_buckets()
    edge = round((9 - zipf) * 100)  # the bucket of words exactly this frequent
    words = [w for bucket in buckets[::3] + buckets[edge - 1:edge + 2] for w in bucket[:8]]
    plain = [w for w in words[::9] if w.isascii() and w.isalpha()]
    words += [f"{a}-{b}" for a, b in zip(plain, reversed(plain), strict=True)]
    words += ["the", "minister", "mary", "narendra", "zzqxv", "well-known", "x-ray",
              "hans-peter", "zzqxv-peter", "Mary", "o'neil", "café", "", "-", "foo--bar"]
    assert len(words) > 1000
    assert [zipf_at_least(w, zipf) for w in words] == [zipf_frequency(w) >= zipf for w in words]


def test_buckets_of_is_the_index():
    buckets = frequency_buckets()
    words = [w for bucket in buckets[::5] for w in bucket[:6]] + ["zzqxv", "", "Mary"]
    index = {w: i for i, bucket in enumerate(buckets) for w in bucket}
    expected = {w: index[w] for w in words if w in index}
    assert _find_buckets(set(words), buckets) == expected  # one pass over the list
    assert buckets_of(words) == expected


def test_zipf_frequencies_are_each_words():
    buckets = frequency_buckets()
    words = [w for bucket in buckets[::11] for w in bucket[:5]]
    words += ["well-known", "hans-peter", "zzqxv-peter", "zzqxv", "Mary", "o'neil", "café", "",
              "-", "foo--bar"]
    assert zipf_frequencies(words) == {w: zipf_frequency(w) for w in words}
