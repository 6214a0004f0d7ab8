"""The closed word classes of the attribution engine, read from ``words.tsv``.

Each class is written once in that file, with a comment saying what it is for; the code reads
it as ``knowledge.words.<class>``. A class of plain words is a frozenset; a class that gives
each word a value (a type, a gender) is a dict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import cache
from importlib.resources.abc import Traversable
from typing import Any

from reportgen.frequency import zipf_at_least
from reportgen.knowledge.rows import KnowledgeError, Row, read_rows

FILE = "words.tsv"

# The endings of a possessive, either apostrophe: "Reyes's", "Reyes’s", or the word of its own
# a mention's reading splits off ("Reyes", "’s"); with the bare marks of a plural's
# possessive ("the senators’")
POSSESSIVE_ENDINGS = ("’s", "'s")
POSSESSIVE_MARKS = (*POSSESSIVE_ENDINGS, "’", "'")


@dataclass(frozen=True, slots=True)
class Words:
    """Every closed word class, by the name it has in words.tsv (see there what each is for)."""

    pronouns: frozenset[str]
    person_subjects: frozenset[str]
    generic_pronouns: frozenset[str]
    name_particles: frozenset[str]
    determiners: frozenset[str]
    leading_articles: frozenset[str]
    demonstratives: frozenset[str]
    indefinites: frozenset[str]
    quantifiers: frozenset[str]
    fractions: frozenset[str]
    approximators: frozenset[str]
    counts: frozenset[str]
    modifiers: frozenset[str]
    speaker_heads: frozenset[str]
    anonymous_heads: frozenset[str]
    anonymous_sources: frozenset[str]
    group_heads: frozenset[str]
    agent_endings: frozenset[str]
    person_endings: frozenset[str]
    one_person_endings: frozenset[str]
    staff: frozenset[str]
    serves_another: frozenset[str]
    holds_no_office: frozenset[str]
    speaks_for: frozenset[str]
    relations: frozenset[str]
    person_nouns: frozenset[str]
    kin_groups: frozenset[str]
    voice_nouns: frozenset[str]
    party_members: frozenset[str]
    party_nouns: frozenset[str]
    legislative: frozenset[str]
    portfolios: frozenset[str]
    honorifics: frozenset[str]
    non_name_starts: frozenset[str]
    non_names: frozenset[str]
    residue_words: frozenset[str]
    mention_openers: frozenset[str]
    number_words: frozenset[str]
    number_signs: frozenset[str]
    share_words: frozenset[str]
    caption_words: frozenset[str]
    picture_agencies: frozenset[str]
    wordlike_names: frozenset[str]
    unisex_given_names: frozenset[str]
    prepositions: frozenset[str]
    affiliation_prepositions: frozenset[str]
    people_prepositions: frozenset[str]
    place_prepositions: frozenset[str]
    connectors: frozenset[str]
    address_openers: frozenset[str]
    going_on: frozenset[str]
    stance_verbs: frozenset[str]
    skip_before_cue: frozenset[str]
    floating_quantifiers: frozenset[str]
    cue_adverbials: frozenset[str]
    not_adverbs: frozenset[str]
    plain_adverbs: frozenset[str]
    participle_adverbs: frozenset[str]
    days: frozenset[str]
    months: frozenset[str]
    time_nouns: frozenset[str]
    issuing_verbs: frozenset[str]
    relative_issuing_verbs: frozenset[str]
    platforms: frozenset[str]
    platform_parts: frozenset[str]
    print_outlets: frozenset[str]
    addressed_verbs: frozenset[str]
    time_words: frozenset[str]
    time_modifiers: frozenset[str]
    time_spans: frozenset[str]
    company_suffixes: frozenset[str]
    trade_heads: frozenset[str]
    settings: frozenset[str]
    inscriptions: frozenset[str]
    inscription_verbs: frozenset[str]
    holding_verbs: frozenset[str]
    surveys: frozenset[str]
    poll_shares: frozenset[str]
    document_adjectives: frozenset[str]
    thing_acronyms: frozenset[str]
    state_run: frozenset[str]
    state_media: frozenset[str]
    survey_verbs: frozenset[str]
    setting_words: frozenset[str]
    addressee_cues: frozenset[str]
    addressees: frozenset[str]
    you_statement_openers: frozenset[str]
    openers: frozenset[str]
    fronting_participles: frozenset[str]
    fronting_prepositions: frozenset[str]
    not_clause: frozenset[str]
    object_prone: frozenset[str]
    infinitive_cues: frozenset[str]
    irregular_past: frozenset[str]
    aux_passive: frozenset[str]
    aux_verbs: frozenset[str]
    modals: frozenset[str]
    noun_signals: frozenset[str]
    degree_words: frozenset[str]
    bare_cue_subjects: frozenset[str]
    noun_adjectives: frozenset[str]
    cue_idioms: frozenset[str]
    naming_cues: frozenset[str]
    term_namers: frozenset[str]
    term_as_namers: frozenset[str]
    term_kinds: frozenset[str]
    title_small_words: frozenset[str]
    citing_cues: frozenset[str]
    aside_verbs: frozenset[str]
    object_prepositions: frozenset[str]
    expletives: frozenset[str]
    relative_pronouns: frozenset[str]
    subordinators: frozenset[str]
    conditionals: frozenset[str]
    bare_governors: frozenset[str]
    noun_bare_cues: frozenset[str]
    lower_ranks: frozenset[str]
    office_heads: frozenset[str]
    country_leaders: frozenset[str]
    clause_openers: frozenset[str]
    question_words: frozenset[str]
    asked_adverbs: frozenset[str]
    not_authored: frozenset[str]
    hearsay_verbs: frozenset[str]
    relay_participles: frozenset[str]
    report_cues: frozenset[str]
    lone_sources: frozenset[str]
    indefinite_people: frozenset[str]
    particles: frozenset[str]
    aspect_verbs: frozenset[str]
    attempt_verbs: frozenset[str]
    statement_adjectives: frozenset[str]
    statement_copulas: frozenset[str]
    said_clause_openers: frozenset[str]
    thanking_cues: frozenset[str]
    prompting_verbs: frozenset[str]
    attribution_nouns: frozenset[str]
    infinitive_nouns: frozenset[str]
    chant_nouns: frozenset[str]
    word_use_verbs: frozenset[str]
    word_nouns: frozenset[str]
    oblique_prepositions: frozenset[str]
    adverbial_prepositions: frozenset[str]
    abbreviations: frozenset[str]
    sentence_openers: frozenset[str]
    sentence_adverbs: frozenset[str]
    surname_kin: frozenset[str]
    relative_titles: frozenset[str]
    name_titles: frozenset[str]
    apposition_breaks: frozenset[str]
    own_descriptions: frozenset[str]
    name_echoes: frozenset[str]
    local_places: frozenset[str]
    head_bodies: frozenset[str]
    seat_words: frozenset[str]
    state_ties: frozenset[str]
    role_participles: frozenset[str]
    infinitive_heads: frozenset[str]
    count_nouns: frozenset[str]
    thing_nouns: frozenset[str]
    cue_nouns: frozenset[str]
    plural_qualifiers: frozenset[str]
    thing_cues: frozenset[str]
    to_people: frozenset[str]
    to_documents: frozenset[str]
    owned_words: frozenset[str]
    document_parts: frozenset[str]
    outlet_documents: frozenset[str]
    party_documents: frozenset[str]
    stateless_descriptions: frozenset[str]
    named_authors: frozenset[str]
    compound_adjectives: frozenset[str]
    name_possessives: frozenset[str]
    owned_bodies: frozenset[str]
    legal_forms: frozenset[str]
    body_holdings: frozenset[str]
    body_releases: frozenset[str]
    other_body_words: frozenset[str]
    outlet_boards: frozenset[str]
    org_heads: dict[str, str]
    name_heads: dict[str, str]
    of_heads: dict[str, str]
    org_descriptions: dict[str, str]
    spellings: dict[str, str]
    title_abbreviations: dict[str, str]
    documents: dict[str, str]
    document_families: dict[str, str]
    document_verbs: dict[str, str]
    document_voices: dict[str, str]
    pronoun_kinds: dict[str, str]
    pronoun_genders: dict[str, str]
    object_pronoun_next: frozenset[str]
    gender_words: dict[str, str]
    honorific_nouns: dict[str, str]
    generic_roles: frozenset[str]

    def people(self, low: str) -> bool:
        """Tell whether a lower-case plural noun names people: a group head ("critics",
        "cops") or an agent noun by its ending, made from a common word ("farmers" of farm,
        "strikers" of strike, "lobbyists" of lobby, "physicians"), a family; not a verb that ends so
        ("remembers", "considers": no word before the ending)."""
        return low in self.group_heads or low in self.kin_groups or (
            len(low) > 5 and low.isalpha() and low not in self.bare_cue_subjects
            and any(low.endswith(e) and _agent_stem(low[:-len(e)]) for e in self.agent_endings))

    def past_form(self, low: str) -> bool:
        """Tell whether a lower-case word may be a verb's past form: an irregular past
        ("took") or a regular one of five letters at least ("aimed", "walked"; not "bed",
        "need")."""
        return low in self.irregular_past or (len(low) > 4 and low.endswith("ed"))

    def links_clauses(self, low: str) -> bool:
        """Tell whether a lower-case word opens or joins a clause: a connector ("but",
        "still"), a subordinator ("as", "when") or a clause opener ("although")."""
        return low in self.connectors or low in self.subordinators or low in self.clause_openers

    def time_word(self, low: str) -> bool:
        """Tell whether a lower-case word says when: a time word ("today"), a day, a month or
        a time noun ("week")."""
        return low in self.time_words or low in self.days or low in self.months \
            or low in self.time_nouns

    def s_form(self, low: str) -> bool:
        """Tell whether a lower-case word may be a verb's present in -s ("mutters",
        "erupts"; not "press", "status", "crisis")."""
        return low.endswith("s") and not low.endswith(("ss", "us", "is"))

    def person_ending(self, low: str) -> bool:
        """Tell whether a lower-case word ends as a noun for a person does: "farmer",
        "pastor", "chemist", "historian", "chairman" (person_endings)."""
        return any(low.endswith(e) for e in self.person_endings)



# the endings a stem may have lost before an agent ending: "strike" (strikers), "lobby"
# (lobbyists), "politics" (politicians), "history" (historians)
_STEM_ENDINGS = ("", "e", "y", "s", "ic", "ics")
_STEM_ZIPF = 3.3  # a common English word, as reportgen.frequency counts


@cache
def _agent_stem(stem: str) -> bool:
    """Tell whether what stands before an agent ending is a common word, whole or once its
    ending is restored ("farm", "strik" -> "strike") or its last letter undoubled ("shopp")."""
    if len(stem) < 4:
        return False  # "off" (offers), "ins" (insists): a verb's ending, no agent's
    forms = [stem + e for e in _STEM_ENDINGS]
    if len(stem) > 3 and stem[-1] == stem[-2]:
        forms.append(stem[:-1])
    return any(zipf_at_least(f, _STEM_ZIPF) for f in forms)


_MAPS = frozenset(f.name for f in fields(Words) if str(f.type).startswith("dict"))
_CLASSES = frozenset(f.name for f in fields(Words))
_WORD = re.compile(r"\S+")


def load_words(folder: Traversable) -> Words:
    """Read words.tsv: every class named once at least, each word once in its class."""
    found: dict[str, dict[str, str]] = {}
    where: dict[tuple[str, str], int] = {}
    for row in read_rows(folder, FILE, 3, optional=1):
        name, value = row.cells[0], row.cell(2)
        _check(row, name, value)
        words = found.setdefault(name, {})
        for word in _WORD.findall(row.cells[1]):
            if (name, word) in where:
                raise row.error(f"{word!r} is in class {name} already (line "
                                f"{where[name, word]})")
            where[name, word] = row.line
            words[word] = value
    missing = sorted(_CLASSES - set(found))
    if missing:
        raise KnowledgeError(f"{folder.joinpath(FILE)}: no words for the class(es) "
                             f"{', '.join(missing)}")
    classes: dict[str, Any] = {name: dict(words) if name in _MAPS else frozenset(words)
                               for name, words in found.items()}
    return Words(**classes)


def _check(row: Row, name: str, value: str) -> None:
    if name not in _CLASSES:
        raise row.error(f"unknown word class {name!r}")
    if not row.cells[1].strip():
        raise row.error(f"no words for class {name}")
    if name in _MAPS and not value.strip():
        raise row.error(f"class {name} gives each word a value: a third column is missing")
    if name not in _MAPS and value:
        raise row.error(f"class {name} is a plain list: no third column")
