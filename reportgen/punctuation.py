"""The quotation marks that more than one stage reads, written once.

Ingest keeps a story's highlight that holds quoted words (``ingest/clean.py``); the quote
step pairs the marks into quotations (``analyze/quotes/marks.py``). Ingest must not import
the quote step, so the marks they share live here, below both; so do the sets of marks that
several of the quote step's modules strip from a quotation's edges.
"""

from __future__ import annotations

# the double quotation marks: straight, curly, low and angled
DOUBLE_MARKS = "\"“”„«»"
# the marks that may open a quotation, and the same with the spaces before its first word
OPENING_MARKS = "\"“‘'«„`"
OPENING_EDGE = OPENING_MARKS + " \t\xa0"
# the marks and spaces either side of a quotation's words
QUOTE_EDGES = "\"“”‘’'«» \t\xa0"
