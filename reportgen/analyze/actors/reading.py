"""Reading a mention: what the words of one speaker mention say of who is speaking.

"UK Defence Secretary Ben Wallace" -> Ben Wallace, person, Defence Secretary, United Kingdom,
government; "a senior U.S. military official" -> anonymous, United States, military; "the
ministry" -> nothing yet: the resolver finds the last ministry named.

First the words are scanned into parts (``scan``: an official, organisation, party, country,
place, titles, a name); then the rules of ``RULES`` are tried in order on the parts, the first
that gives a reading deciding.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from reportgen.analyze.actors.names import SUFFIXES, TITLE_SURNAMES, same_given, written_suffix
from reportgen.analyze.actors.parts import Parts, plain_given_name, residue, scan, words_of
from reportgen.analyze.actors.voices import is_table_surname
from reportgen.analyze.tables import (
    PLACED_TYPES,
    join_words,
    kept,
    match_table,
    place_before,
)
from reportgen.analyze.text import is_capitalized
from reportgen.frequency import zipf_at_least
from reportgen.knowledge import Knowledge, Organisation
from reportgen.knowledge.words import POSSESSIVE_ENDINGS, Words
from reportgen.models import Actor

# the kinds of actor that are bodies, not people
BODIES = ("organisation", "media")


@dataclass(frozen=True, slots=True)
class Reading:
    """What a mention says of its referent before it is resolved."""

    actor: Actor | None  # a full reading, or None where the mention must be resolved
    pronoun: str | None = None
    head: str | None = None  # "ministry" in "the ministry"
    country: str | None = None
    surname: str | None = None
    party: str | None = None  # "Republican" in "the presumptive Republican nominee"
    document: str | None = None  # "letter" in "the letter said": its author speaks
    # what "the" and a one-word name stand for, unless a person of that surname was named:
    # "The Hill", "the Kurds"
    thing: Actor | None = None
    gender: str | None = None  # what an honorific before a surname says: "Ms. Johnson" is "f"
    # the surname a table official was read from alone, no given name nor title with it
    # ("Harris"): a person of that surname the article names in full comes first
    alias: str | None = None


# readings kept per knowledge: articles repeat their mentions ("he", "the ministry", "Trump")
_KEPT = 20_000


def read_mention(text: str, knowledge: Knowledge) -> Reading:
    """Read what a speaker mention says of who is speaking (a reading is a pure function of
    the mention and the knowledge, and immutable: kept, up to ``_KEPT`` of them)."""
    return kept("readings", knowledge, text, _KEPT, _read, text, knowledge)


def as_definite(raw: str, knowledge: Knowledge) -> str:
    """Read a demonstrative before a noun for people or a name as "the": "this person",
    "these experts", "That officer" are definite descriptions of someone named or introduced
    before ("these cases", "those outlets" stay what they are: no one)."""
    first, _, rest = raw.partition(" ")
    if not rest or first.lower() not in knowledge.words.demonstratives \
            or rest.split()[0].lower() in _KNOWS:
        return raw  # "Those close to Tom Reyes": people by what they know (_described_source)
    head, words = rest.rsplit(" ", 1)[-1], knowledge.words
    people = head.lower() in words.speaker_heads or head.lower() in words.group_heads \
        or head.lower() in words.anonymous_heads or head.lower() in knowledge.titles
    return f"the {rest}" if people or is_capitalized(head) else raw


def _read(text: str, knowledge: Knowledge) -> Reading:
    raw = as_definite(without_openers(_REFLEXIVE.sub("", " ".join(text.split())), knowledge),
                      knowledge)
    if raw.lower() in knowledge.words.pronoun_kinds:
        return Reading(None, pronoun=raw.lower())
    honoured = _honoured(raw, knowledge) or _authored(raw, knowledge) \
        or _described_organisation_name(raw, knowledge) or _name_by_kind(raw, knowledge)
    if honoured is not None:
        return honoured
    parts = scan(raw, knowledge)
    if parts is None or (len(parts.rest) == len(parts.words) and any(
            residue(w, knowledge) for w in parts.words)):
        return Reading(None)  # "Hide Caption", "MORE": residue of the page
    for rule in RULES:
        reading = rule(parts, knowledge)
        if reading is not None:
            return reading
    return Reading(Actor(describe(raw), "unknown", type_of(None, parts.title_words,
                                                          parts.country, knowledge,
                                                          parts.qualifier),
                         parts.role, None, parts.country))


def without_openers(raw: str, knowledge: Knowledge) -> str:
    """Drop the clause openers and adverbs a mention starts with: "Though Republicans",
    "as he", "In Nepal" (not the last word: "which" alone is a relative pronoun)."""
    words = raw.split(" ")
    n = 0
    while n < len(words) - 1 and words[n].lower() in knowledge.words.mention_openers:
        n += 1
    return " ".join(words[n:]) if n else raw


_REFLEXIVE = re.compile(r"(?<=\w)\s+(?:himself|herself|itself|themselves)$", re.I)
_HONOURED = re.compile(r"(?P<honorific>[A-Z][a-z]{1,5})\.?\s+(?P<name>[A-Z][\w’'-]+"
                       r"(?:\s+(?:[A-Z]\.|[A-Z][\w’'-]+)){0,3})")


def _honoured(raw: str, knowledge: Knowledge) -> Reading | None:
    """An honorific and a name is a person, whatever else the name is: "Mr. Jordan" is no
    country, "Mr. Fox" no outlet, "Ms. Lee" no company; one word is a surname to resolve."""
    m = _HONOURED.fullmatch(raw)
    if not m or m["honorific"].lower() not in knowledge.words.honorifics:
        return None
    name = m["name"]
    if " " not in name:
        return Reading(None, surname=name,
                       gender=knowledge.words.gender_words.get(m["honorific"].lower()))
    return Reading(Actor(name, "person", "unknown"))


def _described_organisation_name(raw: str, knowledge: Knowledge) -> Reading | None:
    """An organisation's name after one or two lower-case words that describe it is the
    organisation: "the liberal Center for American Progress", "the nonpartisan Committee for
    a Responsible Federal Budget" (read without them; a person's name after such words is
    left to the other rules, which keep the words as a role: "the former Sen. Ann Roe")."""
    words = raw.split(" ")
    n = 1 if words[0].lower() in knowledge.words.leading_articles else 0
    k = n
    while k < len(words) and k - n < 2 and words[k].isalpha() and words[k].islower() \
            and _describing_word(words[k], knowledge):
        k += 1
    if k == n or len(words) - k < 2 or not is_capitalized(words[k]) or not all(
            is_capitalized(w) or w.lower() in _CONNECTIVES for w in words[k:]):
        return None  # not "the senator from Wyoming", "a young Syrian refugee"
    reading = read_mention(" ".join(words[:n] + words[k:]), knowledge)
    a = reading.actor
    return reading if a is not None and a.kind in BODIES else None


def _name_by_kind(raw: str, knowledge: Knowledge) -> Reading | None:
    """A name that a lower-case word for its kind stands right before, or an outlet's word
    right after, is that organisation or outlet: "the firm Aytu Labs", "the conservative
    group Liberty Watch", "company Carrier Corp.", "Rodong Sinmun newspaper", "Forbes
    magazine", "the KCNA news agency"; not a person named after a title or a kind's word
    and a role ("company CEO Ann Roe", "the group Ann Roe founded")."""
    words = raw.rstrip(".").split(" ")
    kinds = knowledge.words.org_descriptions
    at = max((n for n, w in enumerate(words[:-1]) if w in kinds), default=None)
    if at is not None:
        if any(knowledge.words.people(w.lower()) for w in words[:at]):
            return None  # "members of the group Reopen Maine": people in it
        name = words[at + 1:]
        kind = kinds[words[at]]
    elif len(words) > 1 and kinds.get(words[-1]) == "media":
        name = words[1:-1] if words[0].lower() == "the" else words[:-1]
        kind = "media"
    elif len(words) > 2 and words[-2:] == ["news", "agency"]:
        name, kind = (words[1:-2] if words[0].lower() == "the" else words[:-2]), "media"
    else:
        return None
    owner = max((n for n, w in enumerate(name) if w.endswith(POSSESSIVE_ENDINGS)), default=-1)
    name = name[owner + 1:]  # "North Korea's Rodong Sinmun newspaper": the paper
    if not _kind_named(name, knowledge):
        return None
    type_ = kind.split(",")[0]
    return Reading(Actor(join_words(name), "media" if type_ == "media" else "organisation",
                         type_, None, None, None))


def _kind_named(name: list[str], knowledge: Knowledge) -> bool:
    """Tell whether words are an organisation's name alone: capitalised (joined by "of",
    "for", "and"), no title among them, not a given name and a surname."""
    if len(name) == 2 and name[0].lower() in knowledge.given_names:
        return False  # "the group Ann Roe ..."
    return _capitalised_name(name, knowledge)


def _capitalised_name(words: list[str], knowledge: Knowledge) -> bool:
    """Tell whether words are written as a name of a body and no person's: the first and the
    last capitalised, each other capitalised or a connective ("of", "for", "and"), none a title
    or an honorific ("Sen.", "Rev.", "Mr"), with or without its full stop."""
    if not words or not is_capitalized(words[0]) or not is_capitalized(words[-1]):
        return False
    return all((is_capitalized(w) and w.lower().rstrip(".") not in knowledge.titles
                and w.rstrip(".").lower() not in knowledge.words.honorifics)
               or w.lower() in _NAME_CONNECTIVES for w in words)


def _describing_word(low: str, knowledge: Knowledge) -> bool:
    """Tell whether a lower-case word may describe an organisation's name after it, as an
    adjective does ("liberal", "nonpartisan"): no title, no noun for people or bodies, no
    preposition or determiner ("the senator from Wyoming", "the agency's")."""
    w = knowledge.words
    return low not in knowledge.titles and low not in w.speaker_heads and low not in w.staff \
        and low not in w.person_nouns and low not in w.org_heads and low not in w.name_heads \
        and low not in w.org_descriptions and low not in w.documents \
        and low not in w.affiliation_prepositions and low not in w.determiners \
        and low not in _CONNECTIVES and low not in w.not_clause and not w.people(low)


# A document and who issued it, in one mention: "a statement from the panel", "a January
# report from the trade office", "the study led by Ann Cole"; an outlet it ran in ("a report in
# The New York Times": ``author_words``)
_AUTHORED = re.compile(r"(?:\S+\s+){0,3}?(?P<doc>[a-z]+)\s+(?:[a-z]+ed\s+)?(?P<prep>from|by|in)"
                       r"\s+(?P<by>\S.*)")
# what follows an author without naming it: "of 2012 census data" (not "of the American
# Electorate" in "the Center for the Study of the American Electorate")
_AUTHOR_TAIL = re.compile(r"\s+of\s+(?=[a-z0-9])(?!(?:the|a|an)\s+[A-Z]).*")


def author_words(raw: str, knowledge: Knowledge) -> str | None:
    """Give the words naming a document's author in a mention ("the governor's campaign" in
    "a statement from the governor's campaign late Friday night"), None where it names none."""
    m = _AUTHORED.fullmatch(raw)
    if not m or m["doc"] not in knowledge.words.documents:
        return None
    words = _AUTHOR_TAIL.sub("", m["by"]).split()
    while len(words) > 1 and words[-1].lower().strip(".,") in knowledge.words.time_words:
        words.pop()  # "late Friday night", "last week": when, not who
    if words[-1].lower() in knowledge.words.time_words:
        return None  # "a report from Tuesday"
    author = " ".join(words)
    if m["prep"] == "in" and not _outlet_named(author, knowledge):
        return None  # "a report in Washington", "a study in the journal": no maker
    return author


def _outlet_named(words: str, knowledge: Knowledge) -> bool:
    """Tell whether words name an outlet ("The New York Times", "Politico")."""
    actor = read_mention(words, knowledge).actor
    return actor is not None and actor.kind == "media"


def _authored(raw: str, knowledge: Knowledge) -> Reading | None:
    """A document with its author named: the author speaks, as the author is read ("a
    statement from the governor's campaign late Friday night": the campaign, not Friday)."""
    author = author_words(raw, knowledge)
    if author is None:
        return None
    words = author.split()
    reading = read_mention(author, knowledge)
    a = reading.actor
    if a is None:
        return reading if reading.head or reading.pronoun or reading.surname else None
    if a.kind == "unknown" or (a.kind == "person" and not is_capitalized(words[-1])):
        return None  # no one the author words name ("by Harvard researchers")
    return reading


_KNOWS = frozenset({"familiar", "close", "briefed", "involved", "who", "with"})
# the words for people a mention may open with before what they know ("Those close to Tom
# Reyes", "Someone familiar with the talks"), besides the quantifiers ("some", "many")
_SOMEONE = frozenset({"someone", "somebody", "anyone", "others"})


def _described_source(p: Parts, knowledge: Knowledge) -> Reading | None:
    """A source described by what it knows, whoever it names: "One source familiar with
    Trump's thinking", "Those close to Tom Reyes", "Someone close to Tom Reyes" are anonymous,
    not Trump or Reyes."""
    words = [w.lower() for w in p.words]
    lex = knowledge.words
    at = next((n for n, w in enumerate(words[:4]) if w in lex.anonymous_sources
               or (n == 0 and (w in lex.quantifiers or w in _SOMEONE) and len(words) > 1
                   and words[1] in _KNOWS)), None)
    if at is None or at + 1 >= len(words) or words[at + 1] not in _KNOWS:
        return None
    return Reading(Actor(describe(p.raw), "anonymous", "unknown", None, None, p.country))


def _qualified_organisation(p: Parts, knowledge: Knowledge) -> Reading | None:
    """A name that qualifies an organisation: "the Obama campaign", "House Judiciary
    Committee", "the Trump administration"; a study or survey a named body made is its
    maker's ("a University of Essex study", "a recent Harvard Institute of Politics
    survey": _organisation_document)."""
    heads = knowledge.words.org_heads
    if not (p.qualifies and p.head in heads and p.words[-1] not in p.name_words):
        return None
    last = p.words[-1].lower()
    if (last in knowledge.words.documents or last in knowledge.words.surveys) \
            and (made := _organisation_document(p, knowledge)) is not None:
        return made
    country, party = p.country, p.party
    if p.official is not None:
        country, party = p.official.country or country, p.official.party or party
    return Reading(Actor(join_words(p.words), "organisation", heads[p.head], None, None, country,
                         party))


def _staff(p: Parts, knowledge: Knowledge) -> Reading | None:
    """"a Pelosi aide", "Clinton spokesman": someone who speaks for the person named."""
    if not (p.head in knowledge.words.staff and p.words[-1] not in p.name_words
            and (p.name_words or p.official is not None)):
        return None
    official = p.official
    kind = "anonymous" if not p.definite or official is None else "person"
    type_ = official.type if official else "unknown"
    return Reading(Actor(describe(p.raw), kind,
                         "government" if type_ == "head_of_state" else type_,
                         p.head, official.name if official else join_words(p.name_words),
                         official.country if official else p.country,
                         official.party if official else p.party))


# words that put someone before the office rather than name whose it is
_OFFICE_BREAKS = frozenset({"for", "at", "with", "from", "in", "to", "by", "the", "a", "an"})


def _titled_office(p: Parts, knowledge: Knowledge) -> Reading | None:
    """The office of a title, with no holder named, is an organisation named as written:
    "the Middlesex district attorney's office", "The Cook County sheriff's office", "the
    Iowa Secretary of State's office" (the words before the title say where; they are no
    person's name); "Gov. Ann Roe's office" names its holder and is read by the resolver."""
    words = p.words
    if len(words) < 3 or words[-2] not in POSSESSIVE_ENDINGS \
            or words[-1].lower() not in knowledge.words.owned_bodies or p.official is not None:
        return None
    owner = words[:-2]
    titled = [n for n, w in enumerate(owner) if w in p.title_words]
    if not titled or titled[-1] != len(owner) - 1 \
            or any(w in p.name_words for w in owner[titled[0]:]) \
            or any(w in _OFFICE_BREAKS for w in owner):
        return None  # "a spokesman for the governor's office" is someone at it
    return Reading(Actor(describe(p.raw), "organisation",
                         type_of(None, p.title_words, p.country, knowledge), None, None,
                         p.country))


def _owned(p: Parts, knowledge: Knowledge) -> Reading | None:
    """Someone named by what they are to a person named before a possessive: "Tom Reyes's
    son", "Sen. Ann Roe's chief of staff" speak, not Tom Reyes or Ann Roe; "Smith's office"
    (no person's word after the possessive) and "Smith's spokesman, Dana Pike" (a name after
    it) are read by the other rules."""
    words = p.words
    at = max((n for n, w in enumerate(words) if w in POSSESSIVE_ENDINGS), default=0)
    if not at or words[at - 1] not in p.name_words or words[-1] in p.name_words:
        return None
    after = words[at + 1:]
    low = [w.lower() for w in after]
    relation = _relation(p.head, knowledge)
    titled = not relation and bool(low) and all(
        w in p.title_words or w in knowledge.words.modifiers for w in after) \
        and any(w in p.title_words for w in after)
    if not (relation or titled):
        return None
    o = p.official
    type_ = "unknown" if relation or o is None else (
        "government" if o.type == "head_of_state" else o.type)
    kind = "group" if relation == "group" else "anonymous"
    camp = o if titled else None  # a title speaks for the camp, a relative for no one
    return Reading(Actor(describe(p.raw), kind, type_, " ".join(low),
                         None, camp.country if camp else None, camp.party if camp else None))


def _relation(head: str, knowledge: Knowledge) -> str | None:
    """Tell whether a head is someone's relation: "one" ("son"), "group" ("sons",
    "children"), else None."""
    relations = knowledge.words.relations
    if head in knowledge.words.kin_groups:
        return "group"  # "Ann Roe's family"
    if head in relations:
        return "one"
    if head.removesuffix("s") in relations or head.removesuffix("ren") in relations:
        return "group"
    return None


# the words between someone described and the person whose they are: "a supporter of Ann
# Roe", "a lawyer for Ann Roe", "two professors at Old Dominion"
_WHOSE = frozenset({"of", "for", "at"})


def _someone_of_named(p: Parts, knowledge: Knowledge) -> Reading | None:
    """Someone described by what they are to a person named after "of", "for" or "at"
    speaks, not the person: "a supporter of Donald Trump", "a lawyer for Ann Roe", "the
    family of Tom Reyes", "two professors at Old Dominion" (a name the tables lack after "at"
    reads as a person's), "Lawyers for Ann Roe" opening a sentence. Who speaks or works for
    the person is no more the person ("a spokeswoman for Sen. Ann Roe", "an aide to Tom
    Reyes"): staff keep the camp of whom they speak for."""
    words, w = p.words, knowledge.words
    at = next((n for n, x in enumerate(words) if x in _WHOSE or (
        x == "to" and n and _staff_head(words[n - 1], w))), 0)
    if not at or at == len(words) - 1 or not all(
            x.islower() or x.isdigit() or (at == 1 and x[1:].islower() and _staff_head(x, w))
            for x in words[:at]):  # "Lawyers for ..." opening a sentence; not a name made so:
        # "Students for Fair Admissions", "Americans for Prosperity"
        return None
    head = words[at - 1].lower()
    plural = head.endswith("s") and head[:-1] in w.speaker_heads  # "professors"
    staff = _staff_head(head, w)
    if not (staff or _describes_someone(head, plural, knowledge)):
        return None
    tail = _whose_name(words[at + 1:], w)
    named = join_words(tail)
    if not all(x in p.name_words or (staff and (is_capitalized(x) or x in p.title_words
                                                or x == ".")) for x in tail) \
            or not any(x in p.name_words for x in tail) \
            or named.lower() in knowledge.countries or named.lower() in knowledge.places:
        return None  # "a member of the Acme Institute", "the sheriff of Ohio": no person named
    inner = read_mention(named, knowledge)
    if inner.surname is None and (inner.actor is None or inner.actor.kind != "person"):
        return None
    if staff and inner.surname is None and not _surely_person(tail, p, knowledge):
        return None  # "a spokeswoman for Harbour Legal": a body the tables lack speaks
    plural = plural or (staff and head.endswith(("s", "men", "people")))  # "spokesmen"
    kind = "group" if plural or head in w.group_heads or w.people(head) \
        or _relation(head, knowledge) == "group" else \
        "anonymous" if p.indefinite or head in w.anonymous_heads else "person"
    camp = inner.actor if staff and inner.actor is not None else None
    return Reading(Actor(describe(p.raw), kind,
                         type_of(None, p.title_words, p.country, knowledge),
                         describe(join_words(words[:at])), None,
                         camp.country if camp else None, camp.party if camp else None))


def _surely_person(tail: list[str], p: Parts, knowledge: Knowledge) -> bool:
    """Tell whether the words after "for" or "to" name a person for sure: a known official,
    a title before the name or a given name opening it ("Sen. Ann Roe", "Tom Reyes")."""
    names = [x for x in tail if x in p.name_words]
    return p.official is not None or any(x in p.title_words for x in tail) \
        or (bool(names) and plain_given_name(names[0], knowledge))


def _staff_head(head: str, w: Words) -> bool:
    """Tell whether a word names someone who speaks or works for another: "spokeswoman",
    "aide", "advisers", "lawyers" (``staff``, ``speaks_for``)."""
    low = head.lower()
    return low in w.staff or low in w.speaks_for


def _whose_name(tail: list[str], w: Words) -> list[str]:
    """Give the name in the words after "of"/"for"/"at": all of them, or the words before a
    possessive followed by lower-case words only ("Ann Roe's campaign team", "Clinton's 2008
    campaign": a member of it is no more the person); not before people ("63 percent of Ann
    Roe's supporters" is a group the other rules read)."""
    at = next((n for n, x in enumerate(tail) if x in POSSESSIVE_ENDINGS), 0)
    if at and at < len(tail) - 1 and all(x.islower() or x.isdigit() for x in tail[at + 1:]) \
            and not w.people(tail[-1]):
        return tail[:at]
    return tail


def _describes_someone(head: str, plural: bool, knowledge: Knowledge) -> bool:
    """Tell whether a lower-case head before "of"/"for"/"at" describes someone who is not
    the voice of whom the name after it names: "supporter", "lawyer", "family", "friend";
    not "spokesman", "press secretary" (they speak for the person), "director", "founder"
    (a title held in an organisation, whose name the tables may lack: "the director of Acme
    Partners"), "government", "office", "campaign" (a body)."""
    w = knowledge.words
    if head in w.speaks_for or head in w.relative_titles or head in w.org_heads \
            or head in w.name_heads:
        return False
    return _relation(head, knowledge) is not None or plural or head in w.speaker_heads \
        or head in w.person_nouns or w.people(head)


def _official(p: Parts, knowledge: Knowledge) -> Reading | None:
    """A known official: "Russian President Vladimir Putin"."""
    if p.official is None or _modifies_people(p, knowledge):
        return None
    o = p.official
    given = _given_before(p)
    if given and not same_given(given[0], o.name.split()[0]):
        given = []  # "Team Trump", "Tayyip Erdogan": no form of the official's given name
    alias = p.name_words[0] if len(p.name_words) == 1 and not p.title_words \
        and " " in o.name and not given else None
    # the article's own form where it writes a given name before the table's surname:
    # "Sen. Bernard Sanders", "Charles E. Schumer" (the table links them, the article names)
    name = join_words([*given, *p.name_words]) if given else o.name
    return Reading(Actor(name, "person", _office_type(o.type, p, knowledge),
                         p.role or o.role,
                         p.org.name if p.org else None, o.country or p.country,
                         o.party or p.party), alias=alias)


def _given_before(p: Parts) -> list[str]:
    """Give the words of the given name (and initials) written right before a table's
    surname matched alone, after any title: "Bernard" of "Sen. Bernard Sanders", "Charles E ."
    of "Charles E. Schumer"; none where the surname stands alone ("the 24-year-old Harris")."""
    if len(p.name_words) != 1 or p.name_words[0] not in p.words:
        return []
    at = k = p.words.index(p.name_words[0])
    while k > 0:
        w = p.words[k - 1]
        if w == "." and k > 1 and len(p.words[k - 2]) == 1 and p.words[k - 2].isupper():
            k -= 2  # an initial: "E ." of "Charles E. Schumer"
        elif w != "." and is_capitalized(w) and w not in p.title_words:
            k -= 1
        else:
            break
    given = p.words[k:at]
    return given if any(len(w) > 1 and is_capitalized(w) for w in given) else []


_CONNECTIVES = frozenset({"of", "for", "and", "&", "on", "the", "a", "an", ".", "-", "/",
                          *POSSESSIVE_ENDINGS})
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_COMMON_ZIPF = 4.0  # a word this frequent in English is a word before it is a name
_WORD_ZIPF = 3.0  # after "the" alone a word this frequent names a thing: "the Intercept"
_ACRONYM = re.compile(r"(?=(?:[0-9]*[A-Z]){2})[A-Z][A-Z0-9]{1,5}(?:-[A-Z0-9]{1,4})?")


def _named_organisation(p: Parts, knowledge: Knowledge) -> Reading | None:
    """A proper name ending in an organisation's or outlet's word: "the National Widget
    Association", "Acme Widgets Inc.", "the League of Tidy Voters", "Fox Business Network"."""
    words = p.unstopped()
    if len(words) > 2 and _ORDINAL.fullmatch(words[0]):
        words = words[1:]  # "the 4th U.S. Circuit Court of Appeals": which one, no name
    heads = knowledge.words.name_heads
    type_ = _head_type(p.head, words, knowledge)
    if p.official is not None or (p.org is not None and not p.name_words) or \
            type_ is None or not is_capitalized(words[0]) or (
                len(words) < 2 and p.head in knowledge.words.abbreviations):
        return None  # "Inc." alone is no name
    at = max(n for n, w in enumerate(words) if w.lower() == p.head)
    if at and all(_titled(w.lower(), knowledge) for w in words[:at]):
        return None  # "Professor Post": a person with a title
    if at < len(words) - 1 and any(w.lower() in knowledge.titles for w in words[at:]) and \
            words[-1].lower().removesuffix("s") not in heads and not (
                words[at + 1].lower() == "of" and _members_named(words[at + 2:], knowledge)):
        return None  # "University of Minnesota Professor Lawrence Jacobs", not "National
        # Organization of Police Associations", "Council of Chief State School Officers",
        # "the Fraternal Order of Police", "the Association of Chiefs of Police"
    of = next((n for n, w in enumerate(words[:at])
               if w.lower() in knowledge.words.affiliation_prepositions), None)
    if of is not None and words[of - 1].lower() not in heads:
        return None  # "Ann Weil of the National Academy": a person and where she works
    if not all(is_capitalized(w) or w.lower() in _CONNECTIVES for w in words):
        return None
    kind = "media" if type_ == "media" or (p.org is not None and p.org.kind == "media") \
        else "organisation"
    # a byline or caption before a spaced dash is no part of the name: "Ferguson - Boston Globe"
    named = (p.words[len(p.words) - p.words[::-1].index("-"):]
             if " - " in p.raw and "-" in p.words else None) or p.words
    return Reading(Actor(join_words(named), kind, type_, None, None, p.country))


def _head_type(head: str, words: list[str], knowledge: Knowledge) -> str | None:
    """Give the type the head of a name gives it, if it heads an organisation's name: a name's
    head anywhere ("the National Widget Association"), a word of ``of_heads`` only before "of"
    and a capitalised word ("the Fraternal Order of Police", not "Executive Order 13769")."""
    w = knowledge.words
    if head in w.name_heads:
        return w.name_heads[head]
    if head not in w.of_heads:
        return None
    lows = [x.lower() for x in words]
    return w.of_heads[head] if any(
        low == head and lows[n + 1] == "of" and is_capitalized(words[n + 2])
        for n, low in enumerate(lows[:-2])) else None


def _members_named(tail: list[str], knowledge: Knowledge) -> bool:
    """Tell whether the words after an organisation's head and its "of" name the people it
    gathers, their titles and all: "Chief State School Officers", "Attorneys General" (the
    last word people in the plural after the last title, or that title right after them),
    "Police" (a body's word last), "Chiefs of Police", "Secretaries of State" (the plural
    title before "of" and no given name after), not a person the title is given to:
    "Minnesota Professor Lawrence Jacobs", "Trustees Chairman Ann Roe", "Sheriffs and Police
    Chiefs Mitch Baker"."""
    lows = [w.lower().rstrip(".") for w in tail if w not in POSSESSIVE_ENDINGS]
    last = max((n for n, w in enumerate(lows) if knowledge.title_word(w)), default=None)
    if last is None:
        return False
    if lows[-1] in knowledge.words.org_heads:
        return True  # a body's word ends the name, no one named after it: "Police" of "the
        # Fraternal Order of Police", "Chiefs of Police"
    if last < len(lows) - 2 and lows[last + 1] == "of" and _titles_plural(lows[last], knowledge):
        # "Secretaries of State": the titles in the plural and where they serve, no given name
        return not any(w in knowledge.given_names for w in lows[last + 2:])
    if last < len(lows) - 1:
        return _titles_plural(lows[-1], knowledge)
    return last > 0 and _titles_plural(lows[last - 1], knowledge)


def _titles_plural(low: str, knowledge: Knowledge) -> bool:
    """Tell whether a lower-case word is the plural of a title or another noun for people:
    "attorneys", "secretaries", "officers", "engineers"."""
    return low.endswith("s") and (knowledge.words.people(low) or any(
        knowledge.title_word(one) for one in (low[:-1], low[:-2], f"{low[:-3]}y") if one))


# the words between a person's title and the organisation they work at or speak for
_AT_ORGANISATION = frozenset({"at", "for", "from", "of", "to", "with"})


def _someone_at_named(p: Parts, knowledge: Knowledge) -> Reading | None:
    """Someone a title describes at an organisation the tables lack, named after it: "a
    spokesman for the Acme Widget Association" is the association speaking; "an adviser for
    the Acme Organization" someone at it, not a person named "Acme Organization" (a known
    organisation is read by the tables; "Ann Weil of the Acme Institute" names a person)."""
    words, w = p.words, knowledge.words
    at = next((n for n, x in enumerate(words) if x.lower() in _AT_ORGANISATION), 0)
    if p.org is not None or p.official is not None or not at or at == len(words) - 1:
        return None
    before = [x.lower() for x in words[:at]]
    title = before[-1]
    document = title in w.documents or title in w.surveys
    if not (document or title in knowledge.titles or title in w.staff or title in w.speaker_heads
            or title in w.person_nouns) \
            or not all(x.islower() or x.lower() in knowledge.titles for x in words[:at]):
        return None
    tail = join_words(words[at + 2:] if words[at + 1].lower() == "the" else words[at + 1:])
    inner = read_mention(tail, knowledge).actor
    if inner is None or inner.kind not in BODIES or not is_capitalized(inner.name) \
            or inner.type == "party" or tail.lower() in knowledge.places \
            or tail.lower() in knowledge.countries:
        return None  # "the congressman from Colorado": a title and a place; a party's members
    role = join_words(words[:at])
    if document:  # "a survey from the Acme Center", "a survey of research by the Acme
        return Reading(inner)  # Center": its maker's, no one at it
    if title in w.speaks_for:
        return Reading(Actor(inner.name, inner.kind, inner.type, role, None,
                             inner.country or p.country))
    kind = "group" if title in w.group_heads or w.people(title) else \
        "anonymous" if p.indefinite or title in w.anonymous_heads else "person"
    return Reading(Actor(describe(p.raw), kind, inner.type, role, inner.name,
                         inner.country or p.country))


def _members_of_place(p: Parts, knowledge: Knowledge) -> Reading | None:
    """A proper name for people of a place or a cause, two capitalised words or more before
    "of", is an organisation's: "Democratic Socialists of America", "Communications Workers
    of America" (one word is people: "Residents of Ohio"; "Senate Democrats of the Judiciary
    Committee" are legislators, a party group)."""
    words = p.words
    at = words.index("of") if "of" in words else 0
    if p.org is not None or p.official is not None or at < 2 or at == len(words) - 1 \
            or not all(is_capitalized(x) or x.lower() in _CONNECTIVES for x in words):
        return None
    head = words[at - 1].lower()
    if not knowledge.words.people(head) or not all(is_capitalized(x) for x in words[:at]) \
            or any(x.lower() in knowledge.words.legislative for x in words[:at]):
        return None
    return Reading(Actor(join_words(words), "organisation", "civil_society", None, None,
                         p.country))


def _joint_by_slash(p: Parts, knowledge: Knowledge) -> Reading | None:
    """Two bodies a slash joins speak as one, their poll or report for them: "a Washington
    Post/ABC News poll", "a University of Texas/Texas Tribune poll" (each side read alone must
    be an organisation or an outlet)."""
    words = p.unstopped()
    if words.count("/") != 1:
        return None
    at = words.index("/")
    right = words[at + 1:]
    last = right[-1].lower()
    if len(right) > 1 and (last in knowledge.words.documents or last in knowledge.words.surveys):
        right = right[:-1]
    left = words[:at]
    while len(left) > 1 and left[0].islower():
        left = left[1:]  # "a new CNN/ORC poll", "the latest NBC/WSJ poll"
    sides = [read_mention(join_words(side), knowledge).actor for side in (left, right)]
    if not all(a is not None and a.kind in BODIES for a in sides):
        return None
    a, b = (x for x in sides if x is not None)
    kind = "media" if a.kind == b.kind == "media" else "organisation"
    return Reading(Actor(f"{a.name}/{b.name}", kind, a.type if a.type == b.type else "unknown",
                         None, None, a.country if a.country == b.country else None))


def _joined_organisation(p: Parts, knowledge: Knowledge) -> Reading | None:
    """A proper name whose capitalised words "to" or "and" joins that the tables lack: an
    infinitive after a head ("the Committee to Protect Journalists", "Texas Right to Life",
    ``Words.infinitive_heads``), two words before the head that ends the name ("the Freedom
    and Justice Party", "the Growth and Opportunity Project"), or after a head's "of" ("the
    Association of County and City Health Officials"); not two people ("Ann Roe and
    Tom Reyes") nor a body the tables know ("the Food and Drug Administration")."""
    words = p.unstopped()
    w = knowledge.words
    if p.org is not None or p.official is not None or not is_capitalized(words[-1]) \
            or not all(is_capitalized(x) or x.lower() in _NAME_CONNECTIVES
                       or x in POSSESSIVE_ENDINGS
                       for x in words):
        return None
    low = [x.lower() for x in words]
    at = next((n for n, x in enumerate(low) if x in ("to", "and") and n), None)
    if at is None or at + 1 >= len(words) or not is_capitalized(words[at + 1]) \
            or any(x in POSSESSIVE_ENDINGS for x in words[at:]) \
            or any(match_table(words, n, knowledge.organisations, 10)[0] > 1
                   for n in range(len(words))):
        return None  # "Right to Life Action's Ann Roe": a person; "the House Ways and Means
        # Committee": a body the tables know, read by its own rule
    head = low[at - 1] if low[at] == "to" else low[-1]
    if low[at] == "and" and at >= 3 and low[at - 2] in ("of", "for", "on") \
            and low[at - 3] in w.name_heads:
        head = low[at - 3]  # "the National Association of County and City Health Officials"
    elif low[at] == "and" and not (len(words) - at > 2 and (head in w.name_heads
                                                            or head in w.org_heads)):
        return None
    if low[at] == "to" and (head not in w.infinitive_heads
                            or any(x in knowledge.titles for x in low[at + 1:])):
        return None  # "Texas Right to Life Director Ann Roe": a person
    # a party's name gives no type here: "a spokesman for the Freedom and Justice Party" is
    # the party speaking (_someone_at_named reads no party's member so)
    type_ = w.name_heads.get(head) or ("civil_society" if low[at] == "to" else "unknown")
    return Reading(Actor(join_words(words if words[0].lower() != "the" else words[1:]),
                         "organisation", type_, None, None, p.country))


def _placed_organisation(p: Parts, knowledge: Knowledge) -> Reading | None:
    """A body and the place it is in: "the Chinese Embassy in Ottawa", "Police in Dusseldorf",
    "the U.S. Embassy in Kabul"; not a person who works there ("Ann
    Roe of Monash University in Melbourne") nor one named so ("Ann Roe in Ohio")."""
    words = p.unstopped()
    w = knowledge.words
    at = next((n for n, x in enumerate(words) if x == "in" and n), None)
    if at is None or at + 1 >= len(words) or not all(is_capitalized(x) for x in words[at + 1:]):
        return None
    head = words[at - 1].lower()
    if head not in w.name_heads and head not in w.org_heads:
        return None
    inner = read_mention(join_words(words[:at]), knowledge).actor
    if inner is not None and inner.kind not in (*BODIES, "unknown"):
        return None
    type_ = inner.type if inner is not None and inner.type != "unknown" else \
        w.org_heads.get(head) or w.name_heads.get(head, "unknown")
    named = words[1:] if words[0].lower() in ("the", "a", "an") else words
    return Reading(Actor(join_words(named), "organisation", type_, None, None,
                         (inner.country if inner is not None else None) or p.country))


def _local_body(p: Parts, knowledge: Knowledge) -> Reading | None:
    """A place's own body, named by the place and lower-case words that end in an
    organisation's head: "the Santa Clara County public health department", "the Lakeview
    police department", "the New York City health department" are that county's, town's or
    city's body, not a person named "Santa Clara County" nor the country's health department
    ("the Russian foreign ministry", a country's, is ``_government_body``'s). Not a person's
    name before the words ("the Ann Roe campaign office"), a known official ("the Obama
    reelection campaign"), a body the tables know ("the White House press office"), a
    possessive ("the Harbor League's annual report") or a person at the body ("the Lakeview
    police department spokesman": no organisation's head last)."""
    w = knowledge.words
    words = p.unstopped()
    if p.official is not None or p.org is not None or p.party is not None or p.indefinite \
            or p.only_country is not None or p.head not in w.org_heads or p.head == "side" \
            or words[-1] != p.head or any(x in POSSESSIVE_ENDINGS for x in words):
        return None
    k = next((n for n, x in enumerate(words) if not is_capitalized(x)), len(words))
    named, lower = words[:k], words[k:]
    if not named or not 2 <= len(lower) <= 4 \
            or not all(x.replace("-", "").isalpha() and x.islower() for x in lower) \
            or any(x.lower().rstrip(".") in knowledge.titles
                   or x.lower().rstrip(".") in w.honorifics for x in named) \
            or any(_someone_word(x, knowledge) for x in lower[:-1]):
        return None
    if named[0].lower() in w.pronoun_kinds or named[0].lower() in w.determiners \
            or any(x in knowledge.cues for x in lower):
        return None  # "They claim police": a clause, no body's name
    if named[-1].lower() not in w.local_places and " ".join(named) not in p.places:
        person = read_mention(join_words(named), knowledge).actor
        if person is not None and person.kind == "person":
            return None  # "the Ann Roe campaign office"; a town's one word reads as none
    type_ = next(w.org_heads[x] for x in lower if x in w.org_heads)
    return Reading(Actor(join_words(words), "organisation", type_, None, None, p.country))


def _someone_word(low: str, knowledge: Knowledge) -> bool:
    """Tell whether a lower-case word before a body's head names people or a document, not
    what the body does: "the Lakeview police union members", "the county health department
    report" (a title that is an organisation's head, "police", is what it does)."""
    w = knowledge.words
    if low in w.org_heads:
        return False
    return low in knowledge.titles or low in w.speaker_heads or low in w.staff \
        or low in w.person_nouns or low in w.anonymous_heads or low in w.documents \
        or w.people(low)


def _company_name(p: Parts, knowledge: Knowledge) -> Reading | None:
    """A proper name joined by "&", or ending in a trade's word, is a company's: "Procter &
    Gamble", "Florida Power & Light", "Georgia Power", "Duke Energy" (a given name before the
    trade's word opens a person's name: "Samantha Power"; a place does not)."""
    words = p.words
    if p.official is not None or p.org is not None or p.title_words or len(words) < 2 \
            or not all(is_capitalized(x) or x in ("&", "-", ".") for x in words):
        return None
    first = words[0].lower()
    trade = words[-1].lower() in knowledge.words.trade_heads and (
        first in knowledge.places or first in knowledge.countries
        or not plain_given_name(words[0], knowledge))
    if not (trade or "&" in words[1:-1]):
        return None
    return Reading(Actor(join_words(words), "organisation", "business", None, None, p.country))


# a capital inside a one-word name after a coined word's first part ("BuzzFeed", "CodePink",
# "ProPublica"), not after a surname's or given name's prefix ("McConnell", "MacArthur",
# "DeWine", "LaMar", "VanHollen"); or a web address ("Forbes.com")
_COINED = re.compile(r"(?!(?:Mac|Van|Von|Del|Der|Des|Den|Dal|Las|Los|Fitz)[A-Z])"
                     r"[A-Z][a-z]{2,}[A-Z][A-Za-z]*")
_WEB_ADDRESS = re.compile(r"[A-Za-z][\w-]*\.(?:com|org|net)")


def _coined_name(p: Parts, knowledge: Knowledge) -> Reading | None:
    """A one-word name coined from two words, or a web address, is an organisation's or a
    site's, never a person's: "BuzzFeed", "CodePink", "NetBlocks", "Forbes.com"."""
    if len(p.name_words) != 1 or p.words[-1] != p.name_words[0] or p.org is not None \
            or p.official is not None \
            or not all(w.lower() in knowledge.words.determiners for w in p.words[:-1]):
        return None  # "Kiev protester MaiaKiev" is someone's handle
    name = p.name_words[0]
    if _WEB_ADDRESS.fullmatch(name):
        return Reading(Actor(name, "media", "media", None, None, p.country))
    if not _COINED.fullmatch(name) or name.lower() in knowledge.given_names:
        return None
    person = run_together_name(name, knowledge)
    if person is not None:
        return Reading(Actor(person, "person", "unknown", None, None, p.country))
    return Reading(Actor(name, "organisation", "unknown", None, None, p.country))


# the words of a name written together, each opened by a capital: "Greg", "Gutfeld"
_CAPITAL_WORD = re.compile(r"[A-Z][a-z]+")
# a word at least this frequent in English is a word of a coined brand ("WillowTree",
# "MarkLogic"), not a surname
_BRAND_WORD_ZIPF = 4.0


def run_together_name(name: str, knowledge: Knowledge) -> str | None:
    """Give the name a person's handle runs together, with the space put back: "GregGutfeld"
    is Greg Gutfeld, "GovMikeHuckabee" Mike Huckabee (a title before the given name is
    dropped); None for a coined brand ("CodePink", "NetBlocks", "MarkLogic": no given name
    first, or a common word after it) or a name of three words ("AshLeeStrong")."""
    from reportgen.analyze.actors.voices import is_table_surname
    words = _CAPITAL_WORD.findall(name)
    if "".join(words) != name:
        return None
    if len(words) == 3 and knowledge.title_word(words[0].lower()):
        words = words[1:]
    if len(words) != 2 or len(words[1]) < 3 or not knowledge.given_name(words[0].lower()):
        return None
    surname = words[1].lower()
    if zipf_at_least(surname, _BRAND_WORD_ZIPF) and not is_table_surname(surname):
        return None
    return " ".join(words)


# what the writers of an outlet's editorials are called after "editorial"
_EDITORIAL_WRITERS = frozenset({"board", "page", "writers", "staff", "team"})


def _editorial_board(p: Parts, knowledge: Knowledge) -> Reading | None:
    """An outlet's editorial board speaks as the outlet: "the Boston Globe's editorial
    board", "The Times editorial board", "the Wall Street Journal editorial page" (the
    outlet read alone must be one)."""
    words = p.words
    if len(words) < 3 or words[-2].lower() != "editorial" \
            or words[-1].lower() not in _EDITORIAL_WRITERS:
        return None
    body = words[:-2]
    if body[-1] in POSSESSIVE_ENDINGS:
        body = body[:-1]
    outlet = read_mention(join_words(body), knowledge).actor if body else None
    return Reading(outlet) if outlet is not None and outlet.kind == "media" else None


def _organisation_document(p: Parts, knowledge: Knowledge) -> Reading | None:
    """An organisation's document or poll speaks for it: "a Congressional Research Service
    report", "a Hollis Research Institute statement", "a University of Ohio poll", "a
    Washington Post/ABC News poll", "The SurveyUSA poll", "a new Gallup survey", "the
    AP-NORC poll" (two bodies a hyphen joins), a country's body: "a German government
    statement" (its name read without the document's word, which is no part of a name after
    "the": "Center for the Study"; a person's document is left to the other rules)."""
    words = p.unstopped()
    last = words[-1].lower()
    if not (last in knowledge.words.documents or last in knowledge.words.surveys) \
            or len(words) < 2 or words[-2].lower() in _CONNECTIVES:
        return None
    body = _maker_words(words[:-1], knowledge)
    named = all(is_capitalized(w) or w.lower() in _CONNECTIVES for w in body)
    if not (named or (p.country and words[-2].lower() in knowledge.words.org_heads)) \
            or not _document_of_maker(words[-1], body, p, knowledge):
        return None
    inner = read_mention(join_words(body), knowledge).actor
    if inner is None and len(body) == 1:
        inner = _joined_by_hyphen(body[0], knowledge)
    if named and last in knowledge.words.surveys and words[-1].islower():
        inner = _pollster(body, inner, knowledge)
    if inner is None or inner.kind not in BODIES \
            or not (named or inner.country) or inner.name == inner.country:
        return None
    return Reading(inner)


def _pollster(body: list[str], inner: Actor | None, knowledge: Knowledge) -> Actor | None:
    """Give who made a poll named by capitalised words the tables lack: an organisation,
    where the words read as a person's name with no given name or title ("a Morning Consult
    poll", "a Latino Decisions survey") or as no one though they join words ("a Post and
    Courier poll", "a Keep the Lights On survey"); a person named with a given name stays
    one ("a John Zogby poll"), and one word alone is left to the other rules ("a Trump
    poll"), as is a capitalised "Poll" or "Survey" that ends a name ("the Small Arms
    Survey")."""
    if len(body) < 2 or plain_given_name(body[0], knowledge) \
            or body[0].lower() in knowledge.given_names or any(
                w.lower() in knowledge.organisations or w.lower() in knowledge.outlets
                for w in re.split(r"[/\s]", join_words(body))):
        return inner  # "Recent Gallup", "Another Reuters/Ipsos": a maker the tables know
    if inner is None and any(w.lower() in _CONNECTIVES for w in body):
        return Actor(join_words(body), "organisation", "unknown")
    if inner is not None and inner.kind == "person" and not inner.role \
            and inner.name == join_words(body):
        return Actor(inner.name, "organisation", "unknown", None, None, inner.country)
    return inner


def _maker_words(body: list[str], knowledge: Knowledge) -> list[str]:
    """Give the words before a document's word without those that only say when or which
    one: "a new Gallup survey", "a September Fox News poll" (Gallup, Fox News)."""
    w = knowledge.words
    while len(body) > 1 and (body[0] in w.document_adjectives or body[0].lower() in w.months):
        body = body[1:]  # "new" but not "New" ("a New York Times report")
    return body


def _document_of_maker(word: str, body: list[str], p: Parts, knowledge: Knowledge) -> bool:
    """Tell whether the words before a document's word can be who made it: a capitalised
    document's word ends a name ("The Cook Political Report", "Center for Immigration
    Studies", "New York's Evening Post") unless the words before it are a body the tables
    know ("a Pew Research Center Study"; a capitalised "Poll" ends no name: "a Gallup
    Poll"); not a place, a country or a thing the document is about ("the Florida poll", "the
    Russia report", "the GDP report", "a TV ad"), nor one word before a post ("a Facebook
    post" is someone's, not the platform's)."""
    low = word.lower()
    if is_capitalized(word) and low not in knowledge.words.surveys:
        known = scan(join_words(body), knowledge)
        return known is not None and known.org is not None
    one = body[0] if len(body) == 1 else None
    if one is not None and (one.lower() in knowledge.words.thing_acronyms
                            or knowledge.words.documents.get(low) == "tweet"):
        return False
    return join_words(body) not in p.places


def _joined_by_hyphen(word: str, knowledge: Knowledge) -> Actor | None:
    """Two bodies one hyphen joins in a poll's name, the pollster to the outlet or
    university that paid for it: "AP-GfK", "Reuters-Ipsos", "Economist-YouGov" (one side
    read alone an organisation or an outlet, the other no person; named as written)."""
    sides = word.split("-")
    if len(sides) != 2 or not all(is_capitalized(x) for x in sides):
        return None
    actors = [read_mention(x, knowledge).actor for x in sides]
    if any(a is not None and a.kind not in BODIES for a in actors) \
            or all(a is None for a in actors):
        return None
    kinds = {a.kind if a else "organisation" for a in actors}
    return Actor(word, "media" if kinds == {"media"} else "organisation", "unknown", None,
                 None, None)


def _named_for(p: Parts, knowledge: Knowledge) -> Reading | None:
    """A proper name that holds "for" between its capitalised words, or a capitalised "Our",
    names an organisation, whatever its head: "Syrian Observatory for Human Rights",
    "Citizens for Clean Rivers", "Protect Our Parks" (a person's name holds neither;
    "Minister for Health" is a title)."""
    words, w = p.words, knowledge.words
    if len(words) >= 2 and p.org is None and all(is_capitalized(x) for x in words) \
            and any(x.lower() in w.name_possessives for x in words):
        return Reading(Actor(join_words(words), "organisation", "civil_society", None, None,
                             p.country))
    if p.official is not None or p.org is not None or p.title_words \
            or "for" not in words[1:-1] or len(words) < 3 or words[0].lower().endswith("ly") \
            or not all(is_capitalized(x) or x.lower() in _CONNECTIVES for x in words):
        return None  # a known organisation is read by the tables; "Unfortunately for X"
    before = words[words.index("for") - 1].lower()
    if before in w.staff or before in w.honorifics or before in knowledge.titles \
            or before in w.non_name_starts or before in w.openers:
        return None
    # most such names are advocacy groups' ("Citizens for Clean Rivers")
    return Reading(Actor(join_words(words), "organisation", "civil_society", None, None,
                         p.country))


def _titled(word: str, knowledge: Knowledge) -> bool:
    """Tell whether a word of a mention is a title, an honorific or a title's period."""
    return word == "." or knowledge.title_word(word) or word in knowledge.words.honorifics


def _after_title(p: Parts, knowledge: Knowledge) -> bool:
    """Tell whether a one-word name follows titles alone: "Professor Post", "Sen. Post"."""
    at = p.words.index(p.name_words[0]) if p.name_words[0] in p.words else 0
    return at > 0 and all(_titled(w.lower(), knowledge) for w in p.words[:at])


def _state_media(p: Parts, knowledge: Knowledge) -> Reading | None:
    """A country's state media, named as written, of no kind the article shows, as other
    descriptions: "Saudi state TV" (no body called TV), "Iran's state-run news agency" (no
    "Iranian Agency"), "North Korean state media"; the words before "state" name the
    country, or none stand there. (Read as a body, it would stand beside the country's
    ministries as one more of its bodies: "Moscow denounced" is then no longer the
    ministry that speaks next.)"""
    words = [w.lower() for w in p.unstopped()]
    w = knowledge.words
    at = next((n for n, x in enumerate(words) if x in w.state_run), None)
    if at is None or at + 1 == len(words) or not all(x in w.state_media for x in words[at + 1:]) \
            or (at and p.country is None) or p.org is not None \
            or any(x in p.name_words for x in p.unstopped()[:at]):
        return None  # "TASS state news agency": the outlet named
    return Reading(Actor(describe(p.raw), "unknown", "unknown", None, None, p.country))


def _acronym(p: Parts, knowledge: Knowledge) -> Reading | None:
    """An acronym alone, or before an organisation's word, is an organisation: "NWBA said",
    "the NWBA", "Britain's MI5 security service"."""
    if len(p.name_words) != 1 or not _ACRONYM.fullmatch(p.name_words[0]) or p.places or \
            p.org is not None or p.party is not None:
        return None  # a known one ("the AP", "GOP", "US") is read by the tables
    heads = knowledge.words
    if p.words[-1] != p.name_words[0] and p.head not in heads.name_heads and \
            p.head not in heads.org_heads:
        return None  # "an FSB officer" is someone at it
    type_ = heads.name_heads.get(p.head) or heads.org_heads.get(p.head) or "unknown"
    return Reading(Actor(p.name_words[0], "organisation", type_, None, None, p.country))


_OFFICES = frozenset({"government", "legislator", "military", "judiciary", "law_enforcement"})


def _office_type(table: str, p: Parts, knowledge: Knowledge) -> str:
    """Give a known head of state the type of the office the article names instead, held
    before or after: "Foreign Secretary Boris Johnson", "Sen. Barack Obama" (the article over
    the table)."""
    title = _longest_title(p.title_words, knowledge)
    if table != "head_of_state" or title is None or title in _VAGUE_TITLES:
        return table
    said = type_of(None, p.title_words, None, knowledge, p.qualifier)
    return said if said in _OFFICES else table


# titles that head a state as well as a ministry or a group: "Chinese leader Xi Jinping"
_VAGUE_TITLES = frozenset({"leader"})


def _modifies_people(p: Parts, knowledge: Knowledge) -> bool:
    """Tell whether the name only qualifies the people a mention is about: "Former Trump
    administration officials", "Obama campaign aides" are no Trump, no Obama; nor is one
    unnamed person the name stands before ("an Obama administration official", "one West
    Wing official")."""
    words = knowledge.words
    if _people_before_preposition(p, knowledge):
        return True
    if p.words[-1] in p.name_words:
        return False
    if p.indefinite and p.head in words.anonymous_heads:
        return True
    return p.head.endswith("s") and (words.people(p.head) or p.head in words.anonymous_heads)


def _people_before_preposition(p: Parts, knowledge: Knowledge) -> bool:
    """Tell whether the mention's head is a plural word for people before a preposition and a
    name: "Critics of Ann Roe", "Republicans on Capitol Hill" are the people, not the name;
    or one person an indefinite mention names so ("A farmer in Danbury"), or any one by
    where the person comes from ("the woman from Honduras": no one named Honduras)."""
    if (p.indefinite or _from_somewhere(p, knowledge)) and p.name_words \
            and _one_before_preposition(p, knowledge):
        return True
    low = [w.lower() for w in p.words]
    h = low.index(p.head) if p.head in low else -1
    if h < 0 or h + 2 >= len(low) or low[h + 1] not in knowledge.words.people_prepositions:
        return False
    words = knowledge.words
    return p.head.endswith("s") and (words.people(p.head) or p.head in words.anonymous_heads)


def _from_somewhere(p: Parts, knowledge: Knowledge) -> bool:
    """Tell whether a mention's first preposition is "from" and a name no person's ends it:
    "the migrant worker from Guatemala", "worker from Guatemala", where the name is a place
    or a body the person comes from; not "another from Ms. Pelosi" (an honorific) nor "an
    aide from Tom Reyes" (a given name)."""
    at = next((n for n, w in enumerate(p.words) if w.lower() in knowledge.words.prepositions
               and w.islower()), None)
    if at is None or p.words[at] != "from":
        return False
    after = [w for w in p.words[at + 1:] if w != "."]
    return after == p.name_words and not knowledge.given_name(after[0].lower())


def _one_before_preposition(p: Parts, knowledge: Knowledge) -> bool:
    """Tell whether an indefinite mention's first preposition stands after a lower-case noun
    for one person, by the lexicon or by its ending, and before the name: "A farmer in
    Danbury", "One heckler in San Francisco", "A volunteer with the campaign of President
    Tom Reyes" (no "number" of people, no thing or document: "a paper from the Harbour Law
    Review", "a letter from Tom Reyes"; no title or staff, which other rules read: "a
    spokeswoman for Harbour Legal")."""
    words = knowledge.words
    at = next((n for n, w in enumerate(p.words) if w.lower() in words.prepositions
               and w.islower()), None)
    if not at or at + 1 >= len(p.words) or p.words[at] not in words.people_prepositions \
            or not p.words[at - 1].isalpha() or not p.words[at - 1].islower():
        return False  # "a tally by the Courier newspaper in Charleston": a tally
    if p.name_words and p.words.index(p.name_words[0]) < at:
        return False  # "a Tom Reyes of Ohio": the name comes first
    head = p.words[at - 1].lower()
    if head in words.determiners:
        return False  # "another from Ms. Pelosi": another email of hers, no person's noun
    if head in words.count_nouns or head in words.thing_nouns or head in words.org_heads \
            or head in words.documents or head in words.settings or head in knowledge.titles \
            or head in words.staff or head in words.speaks_for or head in words.relative_titles:
        return False  # "a spokeswoman for Harbour Legal": the steps for titles read them
    return head in words.person_nouns or head in words.party_nouns or words.person_ending(head)


def _suffixed_title_surname(p: Parts, knowledge: Knowledge) -> Reading | None:
    """A title that is a surname too with a generational suffix after it, alone: "King III
    said", "King Jr. said" is a King named before (Martin Luther King III), not a king named
    "III" or "Jr." nor the acronym III; "King Abdullah II" has a name after the title."""
    words = p.unstopped()  # "King Jr." is 3 tokens
    if len(words) != 2 or p.country or words[0].lower() not in TITLE_SURNAMES \
            or len(words[1]) < 2 or words[1].lower().strip(".") not in SUFFIXES:
        return None
    return Reading(None, surname=p.words[0])


def _surname_title(p: Parts, knowledge: Knowledge) -> Reading | None:
    """A title that is a surname too, last after a name or alone: "Angus King", "Sen. Angus
    King", "King said" (Steve King named before); not "the King", "King Abdullah", "Saudi
    King", "Jordan King" (a country's)."""
    last = p.words[-1] if p.words else ""
    if p.definite or p.indefinite or p.official is not None or p.org is not None \
            or p.country or last.lower() not in TITLE_SURNAMES or last not in p.title_words:
        return None
    if len(p.words) == 1:
        return Reading(None, surname=last)
    if not p.name_words or p.words[-2] != p.name_words[-1] \
            or not all(is_capitalized(w) for w in p.name_words):
        return None
    titles = [w for w in p.title_words if w != last]
    role = p.role if p.role and p.role.split()[-1] != last else None
    return Reading(Actor(join_words([*p.name_words, last]), "person",
                         type_of(None, titles, None, knowledge, p.qualifier), role))


def _named_person(p: Parts, knowledge: Knowledge) -> Reading | None:
    """A person by name: "Sen. Chris Coons"; a bare surname is left to the resolver."""
    if not p.name_words or (len(p.name_words) == 1
                            and p.name_words[0].lower() in knowledge.demonyms) \
            or _modifies_people(p, knowledge):
        return None
    if all(_ACRONYM.fullmatch(w) for w in p.name_words) and p.words[-1] not in p.name_words:
        return None  # "Another ICE official": someone at an organisation, not a name
    if len(p.name_words) == 1 and p.name_words[0].lower() in knowledge.words.name_heads \
            and not _after_title(p, knowledge):
        return None  # "Union delegates", "Report": an organisation's word, no surname
    if _qualifies_common_noun(p):
        return None  # "National polls", "Centrist candidates": no one named
    if _qualifies_title(p, knowledge) or _names_an_office(p, knowledge):
        return None  # "the Boston Police Commissioner", "the Chief of Naval Operations"
    if _ends_a_proper_name(p, knowledge):
        return Reading(Actor(describe(p.raw), "organisation", "unknown", None, None, p.country))
    body = _headed_name(p, knowledge) or _placed_common_name(p, knowledge)
    if body is not None:
        return Reading(body)
    if _word_in_a_proper_name(p, knowledge):
        # no country: "USA Today" or "Donetsk People's Republic" is no government body that a
        # country quoted as a speaker could stand for (article._resolve_metonymy)
        return Reading(Actor(join_words(p.words), "organisation", "unknown"))
    if _definite_name(p, knowledge):
        thing = _named_thing(p, knowledge)
        if len(p.words) == 1:
            return Reading(None, surname=p.words[0], country=p.country, thing=thing)
        return Reading(thing)
    if _name_of_place(p, knowledge):
        return None  # "a spokesman in Fresno", "a church in Brooklyn": a town's name
    name = written_suffix(join_words(p.name_words))  # "Walter Pryce Sr" -> "... Sr."
    if p.name_words[0] in knowledge.words.name_particles:
        # "von der Leyen" alone is a surname: the person named in full before
        return Reading(None, surname=p.name_words[-1], country=p.country)
    if len(p.name_words) == 1 and not p.title_words and p.org is None and p.party is None:
        return Reading(None, surname=name, country=p.country)
    if _placed_member(p, knowledge):
        return None  # "the Bakersfield Republican": a party's member by a town, no Bakersfield
    return Reading(Actor(name, "person", type_of(p.org, p.title_words, p.country, knowledge,
                                                 p.qualifier),
                         p.role, p.org.name if p.org else None, p.country, p.party))


def _placed_common_name(p: Parts, knowledge: Knowledge) -> Actor | None:
    """Give the organisation a country's or place's word opens where the capitalised words
    after it are everyday words and no person's name: "Danish Ferry Line", "the U.S. Lakeside
    Survey" is that name as written, the country's word kept ("Danish Ann Roe" is a person:
    a given name; "Syrian Tom Smith" too)."""
    if p.country is None or p.title_words or p.org is not None or p.party is not None \
            or p.official is not None or len(p.name_words) < 2:
        return None
    words = p.words[:len(p.words) - p.words[::-1].index(p.name_words[-1])]
    first = next(n for n, w in enumerate(words) if w == p.name_words[0])
    opening = [w for w in words[:first] if w != "."]
    if len(opening) != 1 or not is_capitalized(opening[0]):
        return None  # the one word before the name is the country's ("Danish", "U.S.")
    if not all(is_capitalized(w) or w.lower() in _CONNECTIVES for w in words) \
            or any(is_capitalized(w) for w in p.words[len(words):]) \
            or not all(_plain_word(w.lower(), knowledge) and w.isalpha()
                       and zipf_at_least(w.lower(), _WORD_ZIPF) for w in p.name_words):
        return None
    return Actor(join_words(words), "organisation", "unknown", None, None, p.country)


def _headed_name(p: Parts, knowledge: Knowledge) -> Actor | None:
    """Give the body a name of two words or more stands for where it ends in an
    organisation's word and no given name opens it, though words around it kept it from
    ``_named_organisation``: its owner's document ("The Harbor League's annual report"), what
    it made ("prices tracked by the Harbor Exchange Group", "a report by the Lakeview Center
    that drew on ...", "the Harbor Research Center at Lakeview University"); a given name
    ("Tom Bank's report") or a title ("Professor Ana Post") leaves it a person's."""
    name, heads = p.name_words, knowledge.words.name_heads
    last = name[-1].lower() if name else ""
    if len(name) < 2 or last not in heads or p.title_words or p.official is not None \
            or p.party is not None \
            or plain_given_name(name[0], knowledge) \
            or name[0].lower() in knowledge.given_names \
            or not all(is_capitalized(w) for w in name):
        return None
    type_ = heads[last]
    return Actor(join_words(name), "media" if type_ == "media" else "organisation", type_,
                 None, None, p.country)


# words that may join the words of a name after "the": "the Joint Committee on Taxation"
_NAME_CONNECTIVES = frozenset({"of", "for", "and", "&", "on", "the", "to", "-"})
# a word abbreviated with a full stop, a title's or an honorific's: "Rev.", "Gen.", "Sen."
_ABBREVIATED = re.compile(r"[A-Z][a-z]{1,4}\.")


def _definite_name(p: Parts, knowledge: Knowledge) -> bool:
    """Tell whether a mention is "the" and a name alone, no title nor honorific before it:
    "The Hill", "the Border Patrol", "The Christian Science Monitor", "the Joint Committee
    on Taxation", "the Kurds"; no person is written so ("the Rev. Al Sharpton" has an
    honorific, "the late Ann Roe" a lower-case word)."""
    words = p.words
    if not p.definite or p.title_words or p.official is not None or p.org is not None \
            or p.party is not None or not p.raw.lower().startswith("the "):
        return False
    if len(words) == 2 and words[0].lower() in knowledge.given_names \
            and words[1].lower() not in knowledge.words.name_heads:
        return False  # "that Jimmy Carter", read as "the Jimmy Carter": a person
    return _capitalised_name(words, knowledge) \
        and not any(_ABBREVIATED.fullmatch(w) for w in words)  # not "the Rev. Al Sharpton"


def _named_thing(p: Parts, knowledge: Knowledge) -> Actor:
    """Give what "the" and a name stand for: a people or a family by one plural word ("the
    Kurds", "the Clintons"), else an organisation named without the article, of the type
    its last organisation's word gives ("the House Select Committee on Intelligence": a
    legislature's; "The Drudge Report": an outlet's), else of none."""
    word = p.words[-1]
    heads = knowledge.words.name_heads
    plural = len(p.words) == 1 and word.endswith("s") \
        and not word.endswith(("ss", "us", "is")) and word.split("-")[-1].lower() not in heads
    type_ = next((heads[w.lower()] for w in reversed(p.words) if w.lower() in heads),
                 "unknown")
    return Actor(describe(p.raw), "group" if plural else "organisation", type_, None, None,
                 p.country)


def _qualifies_common_noun(p: Parts) -> bool:
    """Tell whether a one-word name only qualifies the common noun the mention ends in, with
    no title: "National polls", "Centrist candidates", "Internal FBI documents" (a name of
    two words or more stays a name: "Tom Reyes", "the Obama campaign" is read before)."""
    last = p.words[-1]
    return len(p.name_words) == 1 and not p.title_words and last.isalpha() \
        and last.islower() and not any(w in POSSESSIVE_ENDINGS for w in p.words)


def _qualifies_title(p: Parts, knowledge: Knowledge) -> bool:
    """Tell whether the name words only say whose or where a title is that ends the mention,
    with no name after it: "the Boston Police Commissioner", "the Home Depot founder", "the
    Acme Widgets founder" name no one (the title is read as "the commissioner" is)."""
    words = p.unstopped() or p.words  # a lone "." stays
    if not p.title_words or words[-1] in p.name_words or words[-1].lower() not in knowledge.titles:
        return False
    first_title = min(n for n, w in enumerate(words) if w in p.title_words)
    return all(n < first_title for n, w in enumerate(words) if w in p.name_words)


def _names_an_office(p: Parts, knowledge: Knowledge) -> bool:
    """Tell whether the name words end the mention after a title or a rank and "of": they name
    what the office is of, no person ("the Chief of Naval Operations", "the chairman of Acme
    Widgets"; not "Secretary of State John Kerry", where a name follows)."""
    words = p.words
    at = words.index(p.name_words[0]) if p.name_words[0] in words else 0
    if at < 2 or words[at - 1].lower() != "of" or words[-1] != p.name_words[-1]:
        return False
    rank = words[at - 2].lower()
    return rank in knowledge.words.modifiers or rank in knowledge.titles


def _ends_a_proper_name(p: Parts, knowledge: Knowledge) -> bool:
    """Tell whether a one-word name, the last word of the mention and with no title, ends the
    proper name of a thing: after a possessive of a name ("Emily's List") or a portfolio word
    ("Foreign Policy"); a country's possessive ("Britain's Johnson") keeps its surname."""
    words = p.words
    if len(p.name_words) != 1 or p.title_words or len(words) < 2 \
            or words[-1] != p.name_words[0]:
        return False
    before = words[-2]
    if before in POSSESSIVE_ENDINGS:
        owner = words[-3].lower() if len(words) >= 3 else ""
        return is_capitalized(words[-3]) and owner not in knowledge.countries \
            and owner not in knowledge.places and owner not in knowledge.parties \
            and len(words) == 3
    return is_capitalized(before) and before.lower() in knowledge.words.portfolios


def cut_proper_name(raw: str, knowledge: Knowledge) -> bool:
    """Tell whether a mention reads as an organisation only because a word of the language
    ends or stands in its capitalised words ("the Food", "the U.S.-China Economic"): the part
    before "and" of a longer name, no body of its own."""
    parts = scan(raw, knowledge)
    return parts is not None and _word_in_a_proper_name(parts, knowledge)


def _word_in_a_proper_name(p: Parts, knowledge: Knowledge) -> bool:
    """Tell whether the one name word, with no title, is a word of the language inside the
    proper name of a thing, not a surname: after "the" alone ("The Atlantic", "the Met"; a
    surname takes no article), or among capitalised words that no table took for a person's
    ("USA Today", "Scotland Yard", "the Globe and Mail", "Gift of Givers"; not "Britain's
    May", where a country owns the name, nor a given name or a surname the tables know)."""
    if len(p.name_words) != 1 or p.title_words or p.party is not None or p.org is not None:
        return False
    word = p.name_words[0]
    low = word.lower()
    at = p.words.index(word)
    if not _plain_word(low, knowledge) or not word.isalpha() or low in knowledge.words.pronouns \
            or (at + 1 < len(p.words) and (p.words[at + 1] == "."
                                           or p.words[at + 1] in POSSESSIVE_ENDINGS)):
        return False  # "Florida Sen.": an abbreviation; "It's": no name
    words = [w for w in p.words if w != "."]
    if len(words) == 1:
        return p.definite and not low.endswith("s") and zipf_at_least(low, _WORD_ZIPF)
    if not all(is_capitalized(w) or w.lower() in _CONNECTIVES for w in words) or any(
            a.lower() == "and" and b.lower() in _CONNECTIVES for a, b in pairwise(words)):
        return False  # not "the Border and for the Economy" (a tweet's capitals)
    owners = [words[n - 1].lower() for n, w in enumerate(words) if w in POSSESSIVE_ENDINGS and n]
    if not all(_plain_word(o, knowledge) and zipf_at_least(o, _COMMON_ZIPF) for o in owners):
        return False  # "Britain's May", "Ann Roe's Ghost": a place's or a person's
    return zipf_at_least(low, _COMMON_ZIPF)


def _plain_word(low: str, knowledge: Knowledge) -> bool:
    """Tell whether a lower-case word is no given name, surname, title, place or people's
    name the tables know."""
    return not (low in knowledge.given_names or low in knowledge.words.wordlike_names
                or low in knowledge.demonyms or is_table_surname(low) or knowledge.title_word(low)
                or f"{low}." in knowledge.words.title_abbreviations
                or low in knowledge.words.honorifics or low in knowledge.countries
                or low in knowledge.places)


def _party_group(p: Parts, knowledge: Knowledge) -> Reading | None:
    """"House Democrats", "Democratic lawmakers", "GOP committee members"."""
    words = knowledge.words
    if p.party is None or not (p.head in words.group_heads or p.head in words.party_members
                               or (p.head in knowledge.parties and p.head.endswith("s"))):
        return None
    type_ = "legislator" if {w.lower() for w in p.words} & words.legislative else "party"
    return Reading(Actor(describe(p.raw), "group", type_, None, None, p.country, p.party))


def _known_organisation(p: Parts, knowledge: Knowledge) -> Reading | None:
    """An organisation the knowledge has: "the Pentagon", "the Kremlin's press office",
    "Labor Department data" (what it put out speaks for it; not "a Pentagon official", nor
    one unnamed person of it, "a former FBI agent", "a Google engineer": _one_of_body)."""
    if p.org is None or _one_of_body(p, knowledge) or not (
            p.head in knowledge.words.org_heads or (not p.rest and not p.title_words)
            or (p.words[-1].islower() and not _person_head(p, knowledge))):
        return None
    name, country = _placed_body(p, knowledge) or (p.org.name, p.org.country or p.country)
    return Reading(Actor(name, p.org.kind, p.org.type, p.role, None, country))


def _placed_body(p: Parts, knowledge: Knowledge) -> tuple[str, str | None] | None:
    """Give the name and country of a state's, province's or other country's own body, where
    the place or country stands before a national court's, chamber's or party's name
    (``place_before``): "the Texas Supreme Court", "the Iowa Democratic Party", "the Ohio GOP"
    as written; "the Israeli Supreme Court", "Mexico's Supreme Court", "the Supreme Court of
    India" by the country's adjective ("Israeli Supreme Court"), that country's (not the
    U.S. ones); a state's name first ("the Georgia Senate" is no Georgian one)."""
    org = p.org
    if org is None or org.type not in PLACED_TYPES:
        return None
    words = p.unstopped()
    country = p.only_country
    for i in range(1, len(words)):
        n, found = match_table(words, i, knowledge.organisations)
        if n and found == org:
            placed = place_before(words, i, knowledge)
            if placed is not None and placed.country is None:
                return join_words([placed.name, *words[i:i + n]]), org.country
            country = placed.country if placed is not None else country
            break
    if not country or not org.country or country == org.country:
        return None
    return f"{_country_label(country, knowledge)} {org.name}", country


def _country_label(country: str, knowledge: Knowledge) -> str:
    """Give the word a country's bodies are named by ("Israeli" for Israel), or its name
    where the table gives none."""
    return next((c.label for c in knowledge.countries.values() if c.name == country), country)


def _one_of_body(p: Parts, knowledge: Knowledge) -> bool:
    """Tell whether an indefinite mention ends in a lower-case noun for one person, by the
    lexicon or as an agent noun of a common word, after the body's name: "a former FBI
    agent", "a Google engineer", "a Department of Education spokesperson" are someone
    unnamed at the body (not "an FBI statement", "a Pentagon memo": no person)."""
    words, last = knowledge.words, p.words[-1]
    low = last.lower()
    return p.indefinite and last.islower() and low not in words.org_heads \
        and low not in words.thing_nouns and (
            low in knowledge.titles or low in words.anonymous_heads or low in words.staff
            or low in words.person_nouns or words.people(f"{low}s"))


def _person_head(p: Parts, knowledge: Knowledge) -> bool:
    """Tell whether a mention's head names people: a title, an aide, officials, members."""
    words, head = knowledge.words, p.head
    return bool(p.title_words) or head in knowledge.titles or head in words.anonymous_heads \
        or head in words.staff or head in words.group_heads or head in words.party_members


def _government_body(p: Parts, knowledge: Knowledge) -> Reading | None:
    """A country's body by its head: "the Russian Defence Ministry"; "the ministry" alone is
    left to the resolver."""
    words = knowledge.words
    if p.head not in words.org_heads or (p.org is not None and _one_of_body(p, knowledge)):
        return None  # "a Department of Education spokesperson": someone at it
    portfolio = [words.spellings.get(w.lower(), w.capitalize()) for w in p.rest + p.title_words
                 if w.lower() in words.portfolios]
    if p.country is None or (not portfolio and p.definite and p.head != "government"):
        return Reading(None, head=p.head, country=p.country)
    name = " ".join([_country_label(p.country, knowledge), *portfolio, p.head.capitalize()])
    return Reading(Actor(name, "organisation", words.org_heads[p.head], None, None, p.country))


def _someone_at_organisation(p: Parts, knowledge: Knowledge) -> Reading | None:
    """Someone unnamed at a known organisation: "a Pentagon official"; not "the Senate's No. 2
    Democrat", "the Senate's top Republican": one member of a party, left to the resolver as
    "the Ohio Republican" is."""
    if p.org is None or (p.definite and p.head in knowledge.words.party_nouns
                         and not p.name_words):
        return None
    type_ = type_of(p.org, p.title_words, p.country, knowledge)
    # people at it, in the plural: "Supporters in Congress", "Google employees"
    kind = "anonymous" if p.indefinite or p.head in knowledge.words.anonymous_heads \
        else "group" if knowledge.words.people(p.head) else "person"
    return Reading(Actor(describe(p.raw), kind, type_, p.role, p.org.name, p.country))


def _anonymous(p: Parts, knowledge: Knowledge) -> Reading | None:
    """An anonymous source: "a senior U.S. military official", "an adviser", "a Republican
    aide" (of that party's side), "one freshman Democrat" (one member of a party, unnamed)."""
    # a party member no longer of it is of no side: "a former Republican"
    member = p.indefinite and p.party is not None and p.head in knowledge.words.party_nouns \
        and not p.name_words and not {"former", "ex"} & {w.lower() for w in p.words}
    titled = p.head in knowledge.words.anonymous_heads or (p.indefinite and p.title_words)
    if not (titled or member):
        return None
    # a member with no title holds no office: "a 69-year-old Republican" may be a voter
    type_ = type_of(None, p.title_words + p.rest, p.country, knowledge, p.qualifier) \
        if titled else "unknown"
    # a name qualifying the people is no role's end: "Former Trump administration officials"
    role = p.head if _modifies_people(p, knowledge) and p.name_words else p.role
    # whose side they are on, where the official qualifying them says it ("an Obama
    # administration official")
    o = p.official
    return Reading(Actor(describe(p.raw), "anonymous", type_, role, None,
                         p.country or (o.country if o else None),
                         p.party or (o.party if o else None)))


def _group(p: Parts, knowledge: Knowledge) -> Reading | None:
    """A group: "critics", "Ukrainian officials", "Americans", "Hundreds of nurses"."""
    if not (knowledge.words.people(p.head)
            or (p.head.endswith("s") and p.head in knowledge.demonyms)
            or (p.words[0].lower() in knowledge.words.counts and len(p.words) > 1
                and p.head.endswith("s") and not p.name_words)):
        return None
    type_ = type_of(None, p.title_words + p.rest, p.country, knowledge)
    if p.head in knowledge.demonyms:
        type_ = "public"
    elif p.head in knowledge.words.legislative and type_ == "unknown":
        type_ = "legislator"  # "the senators wrote", "several legislators said"
    return Reading(Actor(describe(p.raw), "group", type_, None, None, p.country))


def _place(p: Parts, knowledge: Knowledge) -> Reading | None:
    """A state or region as a speaker ("Nebraska argues"): its government."""
    if not (p.places and len(p.words) == len(words_of(p.places[0]))):
        return None
    return Reading(Actor(p.places[0], "organisation", "government", None, None, p.country))


def _country(p: Parts, knowledge: Knowledge) -> Reading | None:
    """A country named outright as a speaker ("Russia said"): its government; not where it
    modifies a lower-case noun after it ("a Georgia pastor" is someone from there)."""
    if p.only_country is None or len(p.words) > 2 or p.country is None:
        return None
    if p.definite and p.title_words:
        return None  # "the French President", "the German leader": a person to resolve
    if _placed_person(p, knowledge):
        return None
    return Reading(Actor(p.country, "organisation", "government", None, None, p.country))


def _placed_person(p: Parts, knowledge: Knowledge) -> bool:
    """Tell whether a country's name (not its demonym) only says where the person the
    lower-case noun after it names is from: "a Georgia pastor", "the Georgia farmer" (not
    "Georgia said", nor "the German leader", left as before)."""
    first, last, words = p.words[0].lower(), p.words[-1], knowledge.words
    if len(p.words) < 2 or not last.islower() or first in knowledge.demonyms:
        return False
    return last in words.person_nouns or last in words.speaker_heads \
        or last in knowledge.titles or (words.person_ending(last) and last not in words.org_heads
                                        and last not in words.documents)


def document_kind(word: str, knowledge: Knowledge) -> str | None:
    """Give the kind of document a word names ("letter", "study" for "analysis"), "poll"
    for one poll or survey ("polls" are many, from anyone), None for no document."""
    low = word.lower()
    kind = knowledge.words.documents.get(low)
    if kind is None and low in knowledge.words.surveys and not low.endswith("s"):
        return "poll"
    return kind


def _document(p: Parts, knowledge: Knowledge) -> Reading | None:
    """"the letter", "the ad", "a statement", "the poll": its author speaks, left to the
    resolver."""
    kind = document_kind(p.head, knowledge)
    if not ((p.definite or p.indefinite) and kind is not None and len(p.words) <= 3):
        return None
    return Reading(None, document=kind, country=p.country)


def _described_organisation(p: Parts, knowledge: Knowledge) -> Reading | None:
    """"the trade group", "the company", "the board" (a word of ``Words.name_echoes``: only
    a body named with it, "the Lakeview School Board"): the organisation named before, left to
    the resolver."""
    if not (p.definite and (p.head in knowledge.words.org_descriptions
                            or p.head in knowledge.words.name_echoes) and not p.name_words
            and p.org is None and len(p.words) <= 4):
        return None
    return Reading(None, head=p.head, country=p.country)


def _definite_title(p: Parts, knowledge: Knowledge) -> Reading | None:
    """"the senator", "the presumptive Republican nominee", "the Ohio Republican" (one
    member of a party, by its place): left to the resolver."""
    member = p.party is not None and p.head in knowledge.words.party_nouns
    if not (p.definite and (p.title_words or p.head in knowledge.titles
                            or (member and (not p.name_words or _placed_member(p, knowledge))))):
        return None
    return Reading(None, head=p.head, country=p.country, party=p.party)


def _name_of_place(p: Parts, knowledge: Knowledge) -> bool:
    """Tell whether the name in a description is the object of a preposition of where, so
    a place the tables do not list, no person: "a spokesman in Fresno", "a church in
    Brooklyn", "migrants walking across Europe" (words before the preposition, the name right
    after it and ending the phrase, no possessive: "an aide in Ann Roe's office" is hers; no
    article nor a name the tables list: "a report in The New Yorker" is the magazine's)."""
    words = p.unstopped()
    if not p.name_words or len(words) < 3 or words[-1] != p.name_words[-1]:
        return False
    k = len(words) - len(p.name_words) - 1
    name = " ".join(p.name_words).lower()
    return k >= 1 and words[k].lower() in knowledge.words.place_prepositions \
        and words[k + 1:] == p.name_words \
        and name.split()[0] not in knowledge.words.determiners and not knowledge.lists_name(name)


def _placed_member(p: Parts, knowledge: Knowledge) -> bool:
    """Tell whether a definite description is one member of a party named by a town or
    county before the party's noun, as "the Ohio Republican" is by a state: "the Bakersfield
    Republican", "the Queens Democrat" (one capitalised word, no given name, right before
    the noun; not "Republican Ann Roe" nor "the Ann Roe Democrat")."""
    words = p.unstopped()
    return p.definite and p.party is not None and len(p.name_words) == 1 \
        and len(words) == 2 and words[0] == p.name_words[0] \
        and words[1].lower() in knowledge.words.party_nouns \
        and not knowledge.given_name(p.name_words[0].lower())


# The order the rules are tried in; a mention none of them reads is an unknown actor.
RULES: tuple[Callable[[Parts, Knowledge], Reading | None], ...] = (
    _editorial_board, _described_source, _state_media, _joint_by_slash, _placed_organisation,
    _local_body,
    _qualified_organisation, _staff,
    _titled_office, _owned, _someone_of_named, _official,
    _organisation_document, _named_organisation, _someone_at_named,
    _members_of_place, _company_name, _coined_name,
    _named_for, _suffixed_title_surname, _acronym,
    _surname_title, _joined_organisation, _named_person, _party_group,
    _known_organisation, _government_body, _someone_at_organisation, _anonymous, _group,
    _place, _country, _document, _described_organisation, _definite_title)


def describe(raw: str) -> str:
    """Name an unnamed actor by what the text says of it, without a leading article."""
    return re.sub(r"^(the|a|an)\s+", "", raw, flags=re.I)


def type_of(org: Organisation | None, title_words: list[str], country: str | None,
            knowledge: Knowledge, qualifier: str | None = None) -> str:
    """Give an actor's type: its organisation's, else its longest title's, else a head's.

    A title that is held in some organisation ("president", "director", "spokeswoman") says
    what the organisation is only when no other name stands before it: "President Ann Roe"
    is a head of state, "NCAA President Ann Roe" or "the group's president" is not, and
    takes the type the qualifier's head word gives ("university spokesperson"), else none.
    """
    if org is not None and org.type:
        return org.type
    title = _longest_title(title_words, knowledge)
    if title is not None:
        if title.split()[-1] in knowledge.words.relative_titles:
            if qualifier:
                return _qualifier_type(qualifier, knowledge)
            # another title before it says whose: "police commissioner", "campaign chairman"
            other = _longest_title(title_words[:_first(title_words, title)], knowledge)
            if other is not None and knowledge.titles[other] != "unknown":
                return knowledge.titles[other]
        return knowledge.titles[title]
    for w in title_words:
        if w.lower() in knowledge.words.org_heads:
            return knowledge.words.org_heads[w.lower()]
    return "government" if country and title_words else "unknown"


def _longest_title(title_words: list[str], knowledge: Knowledge) -> str | None:
    """Give the longest title among the title words, the one nearest the name first
    ("senior research fellow")."""
    for n in range(len(title_words), 0, -1):
        for i in range(len(title_words) - n, -1, -1):
            t = join_words(title_words[i:i + n]).lower()
            if t in knowledge.titles:
                return t
    return None


def _first(words: list[str], title: str) -> int:
    """Give where a title starts among the title words (the last place it stands)."""
    n = len(title.split())
    starts = [i for i in range(len(words) - n + 1)
              if join_words(words[i:i + n]).lower() == title]
    return starts[-1] if starts else 0


def _qualifier_type(qualifier: str, knowledge: Knowledge) -> str:
    """Give the type an organisation's name says by its last word ("... University"), or
    unknown."""
    head = qualifier.replace(".", "").split()[-1]
    last = head.lower()
    if last in knowledge.words.company_suffixes:
        return "business"
    type_ = knowledge.words.org_heads.get(last, "unknown")
    # "the Obama campaign" runs for office; "Clean Rivers Campaign" is the name of a group
    return "unknown" if type_ == "party" and head != last else type_
