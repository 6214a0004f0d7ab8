"""The quotation marks that more than one stage reads, written once.

Ingest keeps a story's highlight that holds quoted words (``ingest/clean.py``); the quote
step pairs the marks into quotations (``analyze/quotes/marks.py``). Ingest must not import
the quote step, so the marks they share live here, below both.
"""

from __future__ import annotations

# the double quotation marks: straight, curly, low and angled
DOUBLE_MARKS = "\"“”„«»"
