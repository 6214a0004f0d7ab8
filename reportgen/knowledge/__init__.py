"""Word lists and gazetteers shipped with the package, loaded once into lookup tables.

The TSV files beside this module are the knowledge; this module only reads them. A user's
config can add rows (see ``Knowledge.extend``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Cue:
    lemma: str
    stance: str
    speech: bool
    takes_object: bool = False  # what follows is an object and complement, not a clause


@dataclass(frozen=True, slots=True)
class Country:
    name: str
    label: str


@dataclass(frozen=True, slots=True)
class Organisation:
    name: str
    kind: str
    type: str
    country: str | None


@dataclass(frozen=True, slots=True)
class Official:
    name: str
    role: str | None
    country: str | None
    type: str
    party: str | None = None


@dataclass(frozen=True, slots=True)
class Party:
    name: str
    country: str | None


@dataclass(frozen=True, slots=True)
class Knowledge:
    """Lookup tables: every key is lower-case text as it may appear in an article."""

    cues: dict[str, Cue]  # inflected form ("claimed", "pointed out") -> cue
    countries: dict[str, Country]  # name, alias or demonym -> country
    demonyms: frozenset[str]
    metonyms: dict[str, Country]  # "kremlin", "kyiv" -> country
    organisations: dict[str, Organisation]  # alias -> organisation
    titles: dict[str, str]  # title -> type
    officials: dict[str, Official]  # name or alias -> official
    outlets: dict[str, str]  # alias -> canonical outlet name
    outlet_domains: dict[str, str]  # domain -> canonical outlet name
    boilerplate: tuple[tuple[re.Pattern[str], str], ...]
    parties: dict[str, Party] = field(default_factory=dict)  # "gop", "democrats" -> party
    party_tags: dict[str, Party] = field(default_factory=dict)  # "d" (in "D-Calif.") -> party
    given_names: dict[str, str] = field(default_factory=dict)  # "nancy" -> "f"
    places: dict[str, Country] = field(default_factory=dict)  # "delaware" -> United States
    acronyms: frozenset[str] = frozenset()  # "rand", "gop": match only when written in capitals
    sides: dict[str, str] = field(default_factory=dict)  # country, party or actor -> side

    @property
    def max_title_words(self) -> int:
        return max(len(t.split()) for t in self.titles)

    def extend(self, **tables: dict) -> Knowledge:
        """Return a copy with the given rows added to the named tables."""
        merged = {name: {**getattr(self, name), **rows} for name, rows in tables.items()}
        return replace(self, **merged)


def _rows(name: str) -> list[list[str]]:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return [ln.split("\t") for ln in lines[1:]]  # first line names the columns


def _split(cell: str) -> list[str]:
    return [c.strip() for c in cell.split(",") if c.strip()]


def _names(row: list[str], col: int) -> list[str]:
    """Give a row's canonical name (first column) and the aliases listed in column ``col``."""
    return [row[0], *_split(row[col] if len(row) > col else "")]


def _acronyms(names: list[str]) -> list[str]:
    """Give the one-word names written in capitals ("RAND", "GOP"), lower-cased."""
    return [n.lower() for n in names if n.isupper() and " " not in n]


def _inflect(lemma: str) -> list[str]:
    """Give the regular -s, -ed and -ing forms of a (possibly phrasal) verb."""
    verb, _, particle = lemma.partition(" ")
    if verb.endswith("e"):
        forms = [verb + "s", verb + "d", verb[:-1] + "ing"]
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        forms = [verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"]
    elif verb.endswith(("s", "sh", "ch", "x")):
        forms = [verb + "es", verb + "ed", verb + "ing"]
    else:
        forms = [verb + "s", verb + "ed", verb + "ing"]
    return [f"{f} {particle}".strip() for f in [verb, *forms]]


def _load_cues() -> dict[str, Cue]:
    cues: dict[str, Cue] = {}
    for row in _rows("cues.tsv"):
        lemma, stance, speech = row[0], row[1], row[2] == "yes"
        forms = _split(row[3]) if len(row) > 3 else []
        cue = Cue(lemma, stance, speech, len(row) > 4 and row[4] == "object")
        for form in [lemma, *(forms or _inflect(lemma)[1:])]:
            cues.setdefault(form.lower(), cue)
    return cues


@cache
def load_knowledge() -> Knowledge:
    """Load the knowledge shipped with the package (cached: it is read-only)."""
    countries: dict[str, Country] = {}
    demonyms: set[str] = set()
    metonyms: dict[str, Country] = {}
    for name, label, aliases, dems, mets in _rows("countries.tsv"):
        country = Country(name, label)
        for alias in [name, *_split(aliases)]:
            countries[alias.lower()] = country
        for dem in _split(dems):
            countries[dem.lower()] = country
            demonyms.add(dem.lower())
        for met in _split(mets):
            metonyms[met.lower()] = country

    organisations: dict[str, Organisation] = {}
    acronyms: set[str] = set()
    for row in _rows("organizations.tsv"):
        name, kind, type_, country = row[:4]
        org = Organisation(name, kind, type_, country or None)
        names = _names(row, 4)
        organisations.update((alias.lower(), org) for alias in names)
        acronyms.update(_acronyms(names))

    officials: dict[str, Official] = {}
    for row in _rows("officials.tsv"):
        name, role, country, type_, party = row[:5]
        official = Official(name, role or None, country or None, type_, party or None)
        officials.update((alias.lower(), official) for alias in _names(row, 5))

    parties: dict[str, Party] = {}
    party_tags: dict[str, Party] = {}
    for row in _rows("parties.tsv"):
        name, country = row[:2]
        party = Party(name, country or None)
        if len(row) > 2 and row[2]:
            party_tags[row[2].lower()] = party
        names = _names(row, 3)
        parties.update((alias.lower(), party) for alias in names)
        acronyms.update(_acronyms(names))

    places: dict[str, Country] = {}
    for row in _rows("places.tsv"):
        country = countries[row[1].lower()]
        places.update((alias.lower(), country) for alias in _names(row, 2))

    outlets: dict[str, str] = {}
    domains: dict[str, str] = {}
    for name, doms, aliases in _rows("outlets.tsv"):
        for alias in [name, *_split(aliases)]:
            outlets[alias.lower()] = name
        for dom in _split(doms):
            domains[dom.lower()] = name

    return Knowledge(
        cues=_load_cues(),
        countries=countries,
        demonyms=frozenset(demonyms),
        metonyms=metonyms,
        organisations=organisations,
        titles={t.lower(): ty for t, ty in _rows("titles.tsv")},
        officials=officials,
        outlets=outlets,
        outlet_domains=domains,
        boilerplate=tuple((re.compile(p, re.I), k) for p, k in _rows("boilerplate.tsv")),
        parties=parties,
        party_tags=party_tags,
        given_names={n.lower(): g for n, g in _rows("given_names.tsv")},
        places=places,
        acronyms=frozenset(acronyms),
    )


def apply_config(knowledge: Knowledge, config) -> Knowledge:
    """Add a team's outlets, officials and sides from reportgen.toml to the knowledge."""
    outlets = {alias.lower(): name for name, aliases in config.outlets
               for alias in (name, *aliases)}
    officials = {}
    for name, role, country, type_, party, aliases in config.officials:
        official = Official(name, role, country, type_, party)
        for alias in (name, *aliases):
            officials[alias.lower()] = official
    sides = {member.lower(): side for side, members in config.sides for member in members}
    return knowledge.extend(outlets=outlets, officials=officials, sides=sides)
