"""Choose the lens voices are grouped by: party (a domestic briefing) or country.

The user sets it (``--lens``, ``[output] lens`` in reportgen.toml) or leaves it to ``auto``,
which looks at the share of quotes with a known speaker country that come from the most quoted
country. One cut at 80% made the lens, and with it the meaning of every key finding, flip on a
handful of speakers where a corpus sits near the cut (US political news from many outlets sits
at 79.8-80.2%). So auto decides only outside a band of five points either side of the cut;
inside it a fixed rule applies: the party lens, since one country then gives three quotes in
four or more, and a split by country would lump most voices into one group. The choice and its
reason are one line of the briefing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from reportgen.evidence import quotes_of
from reportgen.models import ArticleAnalysis, LensChoice

LENSES = ("auto", "party", "country")
# in whole percentage points, compared in integers: 17 quotes of 20 are 85%, not under it
HOME_SHARE = 80  # the cut: one country giving this share of the quotes, a domestic briefing
BAND = 5  # auto: within this many points of the cut, the tie rule (party) decides
TIE_LENS = "party"


def country_counts(analyses: Iterable[ArticleAnalysis], own: frozenset[str] = frozenset()
                   ) -> tuple[Counter[str], Counter[str]]:
    """Count quotes by speaker country, and quotes whose speaker also has a known party (the
    outlet's own reporting, ``own``, left out, as in every count: ``quotes_of``)."""
    countries: Counter[str] = Counter()
    with_party: Counter[str] = Counter()
    for _, q in quotes_of(analyses, own):
        if q.actor is not None and q.actor.country:
            countries[q.actor.country] += 1
            if q.actor.party:
                with_party[q.actor.country] += 1
    return countries, with_party


def choose_lens(analyses: Iterable[ArticleAnalysis], setting: str = "auto",
                own: frozenset[str] = frozenset()) -> LensChoice:
    """Choose party or country for these analyses as ``setting`` asks, with the reason (the
    quotes in ``own``, the outlet's own reporting, left out)."""
    if setting not in LENSES:
        raise ValueError(f"lens {setting!r}: expected one of {', '.join(LENSES)}")
    countries, with_party = country_counts(analyses, own)
    total = sum(countries.values())
    # the most quoted country; a tie goes to the name first in order, so input order is moot
    top, n = min(countries.items(), key=lambda kv: (-kv[1], kv[0])) if total else (None, 0)
    share = (n, total) if total else None
    if setting == "party":  # "" when no country is known: every speaker by party
        return LensChoice("party", setting, top or "", share, _set_reason("party", top, share))
    if setting == "country":
        return LensChoice("country", setting, None, share, _set_reason("country", top, share))
    return _auto(top, n, total, with_party[top] if top else 0)


def _auto(top: str | None, n: int, total: int, with_party: int) -> LensChoice:
    """Decide by the top country's share: party from the cut plus the band, country under
    the cut minus the band, and between the two the tie rule."""
    if top is None or not total:
        return LensChoice("country", "auto", None, None,
                          "Voices grouped by country (lens auto): no speaker's country is "
                          "known.")
    share = (n, total)
    of = f"{_percent(share)} of the quotes with a known speaker country are from {top}"
    low, high = HOME_SHARE - BAND, HOME_SHARE + BAND
    if not with_party:
        return LensChoice("country", "auto", None, share,
                          f"Voices grouped by country (lens auto): {of}, but none of its "
                          "speakers has a known party.")
    if 100 * n >= high * total:
        return LensChoice("party", "auto", top, share,
                          f"Voices grouped by party (lens auto): {of}, {high}% or "
                          "more, a domestic briefing.")
    if 100 * n < low * total:
        return LensChoice("country", "auto", None, share,
                          f"Voices grouped by country (lens auto): {of}, under "
                          f"{low}%.")
    return LensChoice(TIE_LENS, "auto", top, share,
                      f"Voices grouped by party (lens auto): {of}, within {BAND} points of the "
                      f"{HOME_SHARE}% cut, where auto always takes party so that a few speakers "
                      'cannot flip the lens; lens = "country" compares countries instead.')


def _set_reason(lens: str, top: str | None, share: tuple[int, int] | None) -> str:
    said = f"Voices grouped by {lens}, as set (lens {lens})"
    if top is None or share is None:
        return f"{said}; no speaker's country is known."
    of = f"{_percent(share)} of the quotes with a known speaker country are from {top}"
    if lens == "party":
        return f"{said}: {of}; its speakers are told apart by party, the others by country."
    return f"{said}; {of}."


def _percent(share: tuple[int, int]) -> str:
    """Give n of total as a percentage to one decimal, rounded down ("79.8%"; "85%"), so
    that the figure shown is never on the other side of a cut from the count."""
    tenths = 1000 * share[0] // share[1]
    return f"{tenths // 10}%" if tenths % 10 == 0 else f"{tenths // 10}.{tenths % 10}%"
