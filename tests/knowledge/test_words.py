"""The verb-form questions the word classes answer for the attribution steps."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("word", "past"), [
    ("took", True),  # an irregular past
    ("said", True),
    ("aimed", True),  # a regular past of five letters or more
    ("walked", True),
    ("bed", False),  # short words in -ed are mostly not verbs
    ("need", False),
    ("walks", False),
    ("walking", False),
])
def test_a_past_form_is_irregular_or_a_long_word_in_ed(word, past, knowledge):
    assert knowledge.words.past_form(word) is past


@pytest.mark.parametrize(("word", "present"), [
    ("mutters", True),
    ("erupts", True),
    ("says", True),
    ("press", False),  # not a verb's -s: -ss, -us, -is
    ("status", False),
    ("crisis", False),
    ("muttered", False),
])
def test_an_s_form_ends_in_s_but_not_ss_us_or_is(word, present, knowledge):
    assert knowledge.words.s_form(word) is present
