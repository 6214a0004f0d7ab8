"""Word frequencies read from wordfreq's data file: the numbers wordfreq itself gives."""

from __future__ import annotations

import pytest
from wordfreq import zipf_frequency as wordfreq_zipf

from reportgen.frequency import frequency_buckets, zipf_frequency


@pytest.mark.parametrize("word", [
    "the", "minister", "said", "mary", "ann", "vale", "dulles", "kherson", "zzqxv", "a",
    # not lower-case ASCII letters: wordfreq's own tokenizer is asked
    "Mary", "o'neil", "café", "covid19", "", "well-known", "it's",
])
def test_zipf_frequency_is_wordfreqs(word):
    assert zipf_frequency(word) == wordfreq_zipf(word, "en")
    assert zipf_frequency(word, "fr") == wordfreq_zipf(word, "fr")


def test_zipf_frequency_is_wordfreqs_across_the_list():
    buckets = frequency_buckets()
    words = [w for bucket in buckets[::7] for w in bucket[:40]]  # every seventh Zipf step
    assert len(words) > 2000
    assert [zipf_frequency(w) for w in words] == [wordfreq_zipf(w, "en") for w in words]
