"""Check a briefing's voices: one person is one voice, and every voice is a name.

A check, not a step of the engine: it reads the voices a briefing ended with (after
``identity.merge_actors``) and flags what a reader would call wrong, so a build can be
measured (``benchmarks/voices.py``) and each class of error traced to the step it comes from.

- **variants**: two voices that are names of one person ("Jack Lew" and "Jacob Lew", "Reince
  Priebus" and "Chair Reince Priebus", "Roger Pilon" and "Roger Pilon of the Cato Institute"),
  judged by ``names.same_person`` and by one name holding the other whole;
- **not a name**: a clause fragment ("Democrats hope to deflect"), an unresolved pronoun
  ("Her office"), a weekday, a place or an abbreviation taken for a person ("Neb", "Detroit"),
  an outlet taken for a person, a common noun ("Cuts"), a description in lower case
  ("lawsuit", "person familiar with the talks");
- **no agent**: a lower-case label with no word for a person, a body of people or a text
  that speaks for one ("the decline", "the starkest", "monthly jobs"), or opening with a verb
  ("wrote the president"): a thing or a cut phrase the engine took for a speaker, where a
  description names who speaks, if vaguely. Not in ``NO_VOICE``: the briefing keeps such a
  speaker, so a build shows how many remain.

Anonymous sources and groups are voices without a name by nature ("a senior official",
"Democrats"): only fragments and pronouns are flagged among them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

from reportgen.analyze.actors.names import (
    SUFFIXES,
    fold,
    last_word,
    parse_name,
    same_person,
    surname_key,
)
from reportgen.frequency import zipf_at_least
from reportgen.knowledge import Knowledge

NAMED_KINDS = frozenset({"person", "organisation", "media", "unknown"})
MAX_WORDS = 8  # a longer voice is a clause, not a name or a description
COMMON_ZIPF = 4.0  # a lower-case word this frequent in English is a word before it is a name


# What no reader would take for a voice: the briefing leaves such a speaker unknown. A
# description ("person familiar with the talks", "the lawsuit") stays: it says who, if vaguely.
# A common noun ("Cuts") or an acronym read as a person ("KQED") stays too: often a real
# source of the wrong kind ("Harvard", a radio station), flagged for the engine to read better.
NO_VOICE = frozenset({"fragment", "pronoun", "number", "time", "place", "abbreviation",
                      "outlet"})


@dataclass(frozen=True, slots=True)
class Voice:
    """One voice of a briefing: the actor's name and kind, and how many quotes it has."""

    name: str
    kind: str
    quotes: int = 1


@dataclass(frozen=True, slots=True)
class VoiceFlag:
    """A voice (or a pair of voices) a reader would call wrong, and why."""

    problem: str  # "variants", "fragment", "pronoun", "number", "time", "place", "abbreviation",
    #               "acronym", "outlet", "common noun", "description", "no agent"
    names: tuple[str, ...]
    why: str


def check_voices(voices: Iterable[Voice], knowledge: Knowledge) -> tuple[VoiceFlag, ...]:
    """Flag the voices that are not names, then the pairs of voices that are one person."""
    voices = sorted({v.name: v for v in voices}.values(), key=lambda v: v.name)
    flags = [f for v in voices if (f := not_a_name(v, knowledge)) is not None]
    bad = {f.names[0] for f in flags}
    flags += variant_pairs([v for v in voices if v.name not in bad])
    return tuple(flags)


# --------------------------------------------------------------------------- not a name

def not_a_name(voice: Voice, knowledge: Knowledge) -> VoiceFlag | None:
    """Say why a voice is not a name, or None when it may be one."""
    for check in _CHECKS:
        why = check(voice, knowledge)
        if why is not None:
            problem, text = why
            return VoiceFlag(problem, (voice.name,), text)
    return None


def _words(name: str) -> list[str]:
    return name.replace("’", "'").split()


def _fragment(v: Voice, knowledge: Knowledge) -> tuple[str, str] | None:
    """A clause, not a name: too long, opening with a conjunction or preposition, ending with
    one, or holding a relative pronoun or an auxiliary verb."""
    words = knowledge.words
    low = [w.lower().strip(",.;:") for w in _words(v.name)]
    if not low:
        return "fragment", "empty"
    if len(low) > MAX_WORDS:
        return "fragment", f"{len(low)} words: a clause"
    openers = (words.oblique_prepositions | words.subordinators | words.clause_openers
               | words.connectors | {"and", "or", "said", "says"}) - {"of"}
    if low[0] in openers and len(low) > 1:
        return "fragment", f"opens with '{low[0]}'"
    closers = words.oblique_prepositions | words.connectors | words.determiners | {"and", "or"}
    if len(low) > 1 and low[-1] in closers:
        return "fragment", f"ends with '{low[-1]}'"
    inner = (words.question_words | words.aux_verbs | {"said", "says", "told"}) - {
        "about", "if", "may", "will"}
    if (w := next((w for w in low[1:] if w in inner), None)) is not None:
        return "fragment", f"holds '{w}'"
    return None


def _pronoun(v: Voice, knowledge: Knowledge) -> tuple[str, str] | None:
    """An unresolved reference: "Her office", "His team", "That", "Some"."""
    low = [w.lower() for w in _words(v.name)]
    first = low[0]
    words = knowledge.words
    if v.name.isupper() and len(v.name) > 1:
        return None  # an acronym: "WHO" is the World Health Organization
    if first in words.pronouns or first in {"her", "his", "their", "its", "our", "my", "your",
                                            "that", "this", "these", "those"}:
        return "pronoun", f"'{low[0]}' refers to someone the article names elsewhere"
    if len(low) == 1 and (first in words.determiners or first in words.quantifiers
                          or first in words.non_name_starts):
        return "pronoun", f"'{v.name}' alone names nobody"
    return None


def _number(v: Voice, knowledge: Knowledge) -> tuple[str, str] | None:
    """A count or a share with no one it counts: "42%", "23 percent", "Nineteen", "163",
    "Seven-in-ten", "only 41%" (a poll's figure the engine took for a speaker); not "34
    percent of voters", a share of people, nor a name with a number ("Maroon 5")."""
    words = knowledge.words
    low = [w for w in re.split(r"[\s-]+", v.name.lower().replace("’", "'")) if w]
    low = [w for w in low if w not in words.approximators and w != "just"]
    if low and any(_numeric(w, knowledge) for w in low) and all(
            _numeric(w, knowledge) or w in words.share_words for w in low):
        return "number", "a count or a share, not a speaker"
    return None


def _numeric(low: str, knowledge: Knowledge) -> bool:
    """Tell whether a lower-case word is a number: digits ("42%", "1,200", "2011"), a number
    word or a fraction ("nineteen", "third", "thirds")."""
    words = knowledge.words
    digits = low.rstrip("%").replace(",", "").replace(".", "")
    return digits.isdigit() or low in words.number_words or low in words.fractions \
        or (low.endswith("s") and low[:-1] in words.fractions)


def _time(v: Voice, knowledge: Knowledge) -> tuple[str, str] | None:
    low = [w.lower().strip(".,") for w in _words(v.name)]
    if any(w in knowledge.words.days for w in low):
        return "time", "a weekday is no speaker"
    return None


def _place_or_abbreviation(v: Voice, knowledge: Knowledge) -> tuple[str, str] | None:
    """A place or an abbreviation read as a person ("Detroit", "Neb", "DC", "FWS")."""
    if v.kind not in ("person", "unknown"):
        return None
    low = v.name.lower().strip(".")
    if low in knowledge.places or low in knowledge.countries:
        return "place", "a place, not a person"
    from reportgen.analyze.actors.officials import read_state

    if read_state(v.name) is not None:
        return "abbreviation", "a state's abbreviation, not a person"
    letters = v.name.replace(".", "").replace("-", "").replace(" ", "")
    if v.kind == "person" and letters.isalpha() and letters.isupper() and len(letters) > 1:
        if " " in v.name:
            return "abbreviation", "in capitals: page furniture, not a person"
        return "acronym", "an acronym: an organisation, not a person"
    return None


def _outlet(v: Voice, knowledge: Knowledge) -> tuple[str, str] | None:
    low = v.name.lower()
    if not v.name.removeprefix("the ").removeprefix("The ")[:1].isupper():
        return None  # "the nation", "the week": words of the language, not The Nation
    if v.kind in ("person", "unknown") and (low in knowledge.outlets
                                            or low.removeprefix("the ") in knowledge.outlets):
        return "outlet", "an outlet taken for a person"
    return None


def _common_noun(v: Voice, knowledge: Knowledge) -> tuple[str, str] | None:
    """A word of the language where a name should be: "lawsuit", "Cuts", "Law"."""
    if v.kind not in ("person", "organisation", "unknown"):
        return None
    words = _words(v.name)
    if not words[0][:1].isupper():
        return _lower_case(words, knowledge)
    if len(words) == 1 and v.kind in ("person", "unknown") and _is_word(words[0], knowledge):
        return "common noun", f"'{words[0]}' is a word, not a surname"
    return None


def _lower_case(words: list[str], knowledge: Knowledge) -> tuple[str, str]:
    """Tell a description of who speaks ("a senior official", "the court", "the statement")
    from a lower-case label with no word for an agent in it: a thing ("the decline"), an
    adjective left of a noun the engine took for a verb ("the starkest"), a cut phrase."""
    low = [fold(w).strip(",.;:()").removesuffix("'s") for w in words]
    if low[0] in knowledge.words.irregular_past or (
            low[0].endswith("ed") and low[0] in knowledge.cues):
        return "no agent", f"opens with the verb '{low[0]}': a clause cut, no description"
    if any(knowledge.agent_word(w) for w in low) or _SHARE.search(" ".join(low)):
        return "description", "lower case: a description, not a name"
    return "no agent", "lower case, and no word for a person, group, body or document"


# a share of people, as polls give it: "seven in 10", "nine out of ten"
_SHARE = re.compile(r"\b\w+ (?:in|out of) (?:10|ten|\d+)\b")


def _is_word(word: str, knowledge: Knowledge) -> bool:
    low = fold(word).strip(".")
    if low in knowledge.given_names or low in knowledge.words.wordlike_names:
        return False
    return zipf_at_least(low, COMMON_ZIPF) and not is_table_surname(low)


def is_table_surname(low: str) -> bool:
    """Tell whether a folded lower-case word ends the surname of an office holder of the roster."""
    from reportgen.knowledge.roster import load_roster

    return low in _surnames(load_roster())


_SURNAMES: dict[int, frozenset[str]] = {}


def _surnames(roster: tuple) -> frozenset[str]:
    found = _SURNAMES.get(id(roster))
    if found is None:
        found = _SURNAMES[id(roster)] = frozenset(
            fold(last_word(h.surname)) for h in roster)
    return found


_CHECKS = (_fragment, _pronoun, _number, _time, _place_or_abbreviation, _outlet, _common_noun)


# --------------------------------------------------------------------------- variants

def variant_pairs(voices: Iterable[Voice]) -> list[VoiceFlag]:
    """Flag pairs of voices that name one person: names ``same_person`` joins (a surname alone
    only when one full name has it), and a name held whole inside a longer voice."""
    voices = [v for v in voices if v.kind in NAMED_KINDS]
    out = _same_person_pairs([v for v in voices if v.kind == "person"])
    seen = {f.names for f in out}
    for f in _held_inside(voices):
        if f.names not in seen:
            out.append(f)
    return out


def _same_person_pairs(people: list[Voice]) -> list[VoiceFlag]:
    by_surname: dict[str, list[str]] = defaultdict(list)
    for v in people:
        by_surname[surname_key(last_word(parse_name(v.name).surname))].append(v.name)
    out = []
    for names in by_surname.values():
        full = [n for n in names if len(parse_name(n).full.split()) > 1]
        for a, b in combinations(sorted(names), 2):
            alone = [n for n in (a, b) if n not in full]
            if alone and len([f for f in full if same_person(alone[0], f)]) != 1:
                continue  # "Scott" beside Tim and Rick Scott: no variant, one of two
            if same_person(a, b):
                out.append(VoiceFlag("variants", (a, b), "names of one person"))
    return out


def _held_inside(voices: list[Voice]) -> list[VoiceFlag]:
    """A person's full name inside a longer voice: "Chair Reince Priebus", "Michael Steele
    Sunday", "Roger Pilon of the Cato Institute"."""
    people = {v.name for v in voices if v.kind == "person" and len(v.name.split()) > 1}
    out = []
    for v in voices:
        words = v.name.split()
        for n in range(2, len(words)):
            for i in range(len(words) - n + 1):
                inner = " ".join(words[i:i + n])
                rest = words[:i] + words[i + n:]
                if inner != v.name and inner in people and not _only_suffix(rest):
                    out.append(VoiceFlag("variants", tuple(sorted((inner, v.name))),
                                         f"'{inner}' with words that are no part of a name"))
    return out


def _only_suffix(rest: list[str]) -> bool:
    """Tell whether the words left are a generational suffix ("Donald Trump Jr.")."""
    return all(fold(w).strip(".,") in SUFFIXES for w in rest)
