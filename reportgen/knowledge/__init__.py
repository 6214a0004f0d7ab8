"""Word lists and gazetteers shipped with the package, loaded once into lookup tables.

The TSV files beside this module are the knowledge; this module only reads them. A user's
config can add rows (see ``Knowledge.extend``). A row that is wrong raises KnowledgeError
naming its file and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from reportgen.frequency import zipf_at_least
from reportgen.knowledge.rows import (
    KnowledgeError,
    Row,
    check_choice,
    folder_of,
    read_rows,
    split_cell,
)
from reportgen.knowledge.words import Words, load_words

__all__ = ["Knowledge", "KnowledgeError", "Words", "apply_config", "load_knowledge"]


@dataclass(frozen=True, slots=True)
class Cue:
    lemma: str
    stance: str
    speech: bool
    takes_object: bool = False  # what follows is an object and complement, not a clause
    quoted_only: bool = False  # only words in quotation marks are reported: "chanted “…”"
    # only a quotation after the object and "as" is reported: "cast the levy as “…”"
    as_only: bool = False


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
    words: Words  # the closed word classes (words.tsv)
    parties: dict[str, Party] = field(default_factory=dict)  # "gop", "democrats" -> party
    party_tags: dict[str, Party] = field(default_factory=dict)  # "d" (in "D-Calif.") -> party
    given_names: dict[str, str] = field(default_factory=dict)  # "nancy" -> "f"
    places: dict[str, Country] = field(default_factory=dict)  # "delaware" -> United States
    acronyms: frozenset[str] = frozenset()  # "rand", "gop": match only when written in capitals
    sides: dict[str, str] = field(default_factory=dict)  # country, party or actor -> side
    # a verb that reports only a quotation after its object and "as" ("cast", "portrayed"):
    # form -> cue, no cue anywhere else
    as_cues: dict[str, Cue] = field(default_factory=dict)

    def given_name(self, low: str) -> bool:
        """Tell whether a lower-case word is a given name of either table: the census names
        ("nancy") or the unisex ones words.tsv adds ("alex")."""
        return low in self.given_names or low in self.words.unisex_given_names

    def title_word(self, low: str) -> bool:
        """Tell whether a lower-case word is a title of the table, written with or without
        its period ("governor", "sen", "sen.")."""
        return low in self.titles or f"{low}." in self.titles

    def lists_name(self, low: str) -> bool:
        """Tell whether a lower-case name is one the tables know as a country, a place, a
        capital that stands for a country, an organisation, an outlet or an official ("north
        korea", "congress", "mother jones"): a name after "in" that is none of these can only
        be a place they do not list ("fresno")."""
        return any(low in table for table in (self.countries, self.places, self.metonyms,
                                              self.organisations, self.outlets, self.officials))

    def agent_word(self, low: str) -> bool:
        """Tell whether a lower-case word names who may speak: people ("officials", "mother",
        "spokesman", "Americans"), a body ("court", "union", "nation"), what speaks for one (a
        document, a poll, a statement), or a title."""
        w = self.words
        forms = {low, low.removesuffix("s"), low.removesuffix("es"),
                 low.removesuffix("ies") + "y" if low.endswith("ies") else low}
        return any(
            f in w.speaker_heads or f in w.group_heads or f in w.anonymous_heads
            or f in w.person_nouns or f in w.staff or f in w.speaks_for or f in w.relations
            or f in w.kin_groups or f in w.party_members or f in w.org_heads
            or f in w.name_heads or f in w.org_descriptions or f in w.documents
            or f in w.surveys or f in w.settings or f in w.attribution_nouns
            or f in w.voice_nouns or f in self.titles or f in self.demonyms
            or f in self.parties for f in forms) \
            or w.people(low) or (low.endswith(_PERSON_ENDINGS) and len(low) > 5) \
            or (w.people(low + "s") and not _comparative(low))

    def extend(self, **tables: dict) -> Knowledge:
        """Return a copy with the given rows added to the named tables."""
        merged: dict[str, Any] = {name: {**getattr(self, name), **rows}
                                  for name, rows in tables.items()}
        return replace(self, **merged)


# endings of a word for a person the classes and the agent endings miss: "businessman",
# "congresswoman", "the 69-year-old"
_PERSON_ENDINGS = ("man", "men", "woman", "women", "-year-old", "-year-olds")
_SUPERLATIVE_ZIPF = 2.5


def _comparative(low: str) -> bool:
    """Tell whether a word in -er is an adjective's comparative ("younger", "bigger"), not an
    agent noun ("killer", "organizer"), by its superlative being a word."""
    if not low.endswith("er"):
        return False
    stem = low[:-2]
    return any(zipf_at_least(s + "est", _SUPERLATIVE_ZIPF)
               for s in (stem, stem[:-1]) if len(s) > 2)


def _names(row: Row, col: int) -> list[str]:
    """Give a row's canonical name (first column) and the aliases listed in column ``col``."""
    return [row.cells[0], *split_cell(row.cell(col))]


def _acronyms(names: list[str]) -> list[str]:
    """Give the one-word names written in capitals ("RAND", "GOP"), lower-cased, unless the
    row also lists the word in another case ("NATO,Nato": British house style writes it so)."""
    others = {n.lower() for n in names if not n.isupper()}
    return [n.lower() for n in names if n.isupper() and " " not in n and n.lower() not in others]


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


STANCES = frozenset("neutral endorsing distancing disputing emphatic tentative admitting "
                    "directive evaluative".split())


def _load_cues(folder: Traversable) -> tuple[dict[str, Cue], dict[str, Cue]]:
    """Give the cues by form, and apart from them the cues of the frame "as"."""
    cues: dict[str, Cue] = {}
    as_cues: dict[str, Cue] = {}
    for row in read_rows(folder, "cues.tsv", 5, optional=2):
        lemma = row.cells[0]
        stance = check_choice(row, 1, "stance", STANCES)
        speech = check_choice(row, 2, "speech", frozenset({"yes", "no"})) == "yes"
        frame = check_choice(row, 4, "frame", frozenset({"", "clause", "object", "quoted", "as"}))
        forms = split_cell(row.cell(3))
        cue = Cue(lemma, stance, speech, takes_object=frame == "object",
                  quoted_only=frame in ("quoted", "as"), as_only=frame == "as")
        table = as_cues if cue.as_only else cues
        for form in [lemma, *(forms or _inflect(lemma)[1:])]:
            table.setdefault(form.lower(), cue)
    return cues, as_cues


def _load_countries(folder: Traversable) -> tuple[dict[str, Country], frozenset[str],
                                                  dict[str, Country]]:
    countries: dict[str, Country] = {}
    demonyms: set[str] = set()
    metonyms: dict[str, Country] = {}
    for row in read_rows(folder, "countries.tsv", 5):
        name, label, aliases, dems, mets = row.cells
        country = Country(name, label)
        for alias in [name, *split_cell(aliases)]:
            countries[alias.lower()] = country
        for dem in split_cell(dems):
            countries[dem.lower()] = country
            demonyms.add(dem.lower())
        for met in split_cell(mets):
            metonyms[met.lower()] = country
    return countries, frozenset(demonyms), metonyms


def _load_organisations(folder: Traversable, acronyms: set[str]) -> dict[str, Organisation]:
    organisations: dict[str, Organisation] = {}
    for row in read_rows(folder, "organizations.tsv", 5, optional=1):
        name, kind, type_, country = row.cells[:4]
        org = Organisation(name, kind, type_, country or None)
        names = _names(row, 4)
        organisations.update((alias.lower(), org) for alias in names)
        acronyms.update(_acronyms(names))
    return organisations


def _load_officials(folder: Traversable) -> dict[str, Official]:
    officials: dict[str, Official] = {}
    for row in read_rows(folder, "officials.tsv", 6, optional=1):
        name, role, country, type_, party = row.cells[:5]
        official = Official(name, role or None, country or None, type_, party or None)
        officials.update((alias.lower(), official) for alias in _names(row, 5))
    return officials


def _load_parties(folder: Traversable, acronyms: set[str]) -> tuple[dict[str, Party],
                                                                    dict[str, Party]]:
    parties: dict[str, Party] = {}
    party_tags: dict[str, Party] = {}
    for row in read_rows(folder, "parties.tsv", 4, optional=2):
        party = Party(row.cells[0], row.cells[1] or None)
        if row.cell(2):
            party_tags[row.cell(2).lower()] = party
        names = _names(row, 3)
        parties.update((alias.lower(), party) for alias in names)
        acronyms.update(_acronyms(names))
    return parties, party_tags


def _load_places(folder: Traversable, countries: dict[str, Country]) -> dict[str, Country]:
    places: dict[str, Country] = {}
    for row in read_rows(folder, "places.tsv", 3, optional=1):
        country = countries.get(row.cells[1].lower())
        if country is None:
            raise row.error(f"country {row.cells[1]!r} is not in countries.tsv")
        places.update((alias.lower(), country) for alias in _names(row, 2))
    return places


def _load_outlets(folder: Traversable) -> tuple[dict[str, str], dict[str, str]]:
    outlets: dict[str, str] = {}
    domains: dict[str, str] = {}
    for row in read_rows(folder, "outlets.tsv", 3):
        name, doms, aliases = row.cells
        for alias in [name, *split_cell(aliases)]:
            outlets[alias.lower()] = name
        for dom in split_cell(doms):
            domains[dom.lower()] = name
    return outlets, domains


def _load_boilerplate(folder: Traversable) -> tuple[tuple[re.Pattern[str], str], ...]:
    patterns = []
    for row in read_rows(folder, "boilerplate.tsv", 2):
        try:
            patterns.append((re.compile(row.cells[0], re.I), row.cells[1]))
        except re.error as exc:
            raise row.error(f"pattern {row.cells[0]!r} is no regular expression ({exc})") \
                from None
    return tuple(patterns)


@cache
def load_knowledge(folder: Path | None = None) -> Knowledge:
    """Load the knowledge files (the package's own by default; cached: it is read-only).

    Raise KnowledgeError, naming the file and line, for a row that is wrong.
    """
    source = folder_of(folder)
    countries, demonyms, metonyms = _load_countries(source)
    acronyms: set[str] = set()
    organisations = _load_organisations(source, acronyms)
    parties, party_tags = _load_parties(source, acronyms)
    outlets, domains = _load_outlets(source)
    genders = frozenset({"m", "f"})
    cues, as_cues = _load_cues(source)
    return Knowledge(
        cues=cues,
        countries=countries,
        demonyms=demonyms,
        metonyms=metonyms,
        organisations=organisations,
        titles={r.cells[0].lower(): r.cells[1] for r in read_rows(source, "titles.tsv", 2)},
        officials=_load_officials(source),
        outlets=outlets,
        outlet_domains=domains,
        boilerplate=_load_boilerplate(source),
        words=load_words(source),
        parties=parties,
        party_tags=party_tags,
        given_names={r.cells[0].lower(): check_choice(r, 1, "gender", genders)
                     for r in read_rows(source, "given_names.tsv", 2)},
        places=_load_places(source, countries),
        acronyms=frozenset(acronyms),
        as_cues=as_cues,
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
