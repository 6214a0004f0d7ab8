"""Find the office holder an article names, without letting the table overrule the article.

``find_holder(roster, "Sen. Tim Scott")`` is the South Carolina senator; "Scott" alone is nobody
(several table people share the surname) unless the article says more: ``Clue(state="Florida")``
makes it Rick Scott, and a "Tim Scott" the article calls a Florida senator is nobody, since the
table's Tim Scott is from South Carolina. A bare surname pulls a holder only when exactly one
table person has it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import pairwise

import us

from reportgen.analyze.actors.names import (
    HONORIFIC_GENDER,
    PersonName,
    canonical_givens,
    fold,
    given_among,
    last_word,
    parse_name,
    same_given,
    surname_key,
)
from reportgen.analyze.tables import kept
from reportgen.knowledge import load_knowledge
from reportgen.knowledge.roster import Holder
from reportgen.knowledge.words import Words
from reportgen.models import Actor

# An AP or postal abbreviation of a US state after a party letter: "R-S.C.", "D-Calif.", "R-TX"
_PARTY_TAG = re.compile(
    r"\b(?P<party>[DRI])\s*[-–]\s*(?P<state>[A-Z][A-Za-z. ]{1,14}?)\s*(?:[,);]|$)")
_PARTIES = {"D": "Democratic Party", "R": "Republican Party", "I": "Independent"}


@dataclass(frozen=True, slots=True)
class Clue:
    """What an article says of a person beside the name; None where it says nothing."""

    state: str | None = None  # "South Carolina"
    party: str | None = None  # "Republican Party"
    role: str | None = None  # "Senator", "Foreign Minister" (a preference: tables keep the latest)
    country: str | None = None
    year: int | None = None  # the article's year: an office holder must be in office then
    gender: str | None = None  # "m" or "f", from an honorific ("Ms. Israel")
    # a description set off after the name gives a role of one who works for someone else
    # ("Tom Reyes, a spokesman for the union,"): no member of Congress or president
    serves: bool = False
    # a description set off after the name gives a role no office holder of the tables holds
    # ("Tom Reyes, a lawyer for the family,", "Ann Vale, a college professor,")
    no_office: bool = False
    # the words right before the name give an office the rows hold ("North Carolina Rep.")
    office_before: bool = False


@cache
def _states() -> dict[str, str]:
    """Map state names, postal and AP abbreviations (lower-case, no dots) to the state's name."""
    out: dict[str, str] = {}
    for st in [*us.states.STATES_AND_TERRITORIES, us.states.DC]:
        for key in (st.name, st.abbr, st.ap_abbr or ""):
            if key:
                out[key.lower().replace(".", "").replace(" ", "")] = st.name
    return out


def read_state(text: str) -> str | None:
    """Give the US state a name or abbreviation stands for ("S.C.", "Calif.", "Ohio")."""
    return _states().get(text.lower().replace(".", "").replace(" ", ""))


def read_party_tag(text: str) -> Clue:
    """Read a party tag's party and state: "R-S.C." -> Republican Party, South Carolina."""
    m = _PARTY_TAG.search(text)
    if not m:
        return Clue()
    return Clue(state=read_state(m["state"]), party=_PARTIES[m["party"]])


@dataclass(frozen=True, slots=True)
class _Index:
    by_surname: dict[str, tuple[Holder, ...]]
    by_name: dict[str, tuple[Holder, ...]]  # a whole name or alias, folded


_INDEXES: dict[int, tuple[tuple[Holder, ...], _Index]] = {}


def _index(roster: tuple[Holder, ...]) -> _Index:
    """Give the roster's index, built once per roster object (hashing 2,700 rows per lookup
    would cost more than the lookup)."""
    cached = _INDEXES.get(id(roster))
    if cached is None or cached[0] is not roster:
        cached = _INDEXES[id(roster)] = (roster, _build_index(roster))
    return cached[1]


def _build_index(roster: tuple[Holder, ...]) -> _Index:
    by_surname: dict[str, list[Holder]] = {}
    by_name: dict[str, list[Holder]] = {}
    for h in roster:
        for key in {surname_key(last_word(h.surname)), surname_key(h.surname)}:
            by_surname.setdefault(key, []).append(h)
        for alias in (h.name, *h.aliases):
            by_name.setdefault(_whole(alias), []).append(h)
            if " " not in alias:  # a surname spelling: "Zelenskyy"
                by_surname.setdefault(surname_key(alias), []).append(h)
    return _Index({k: tuple(v) for k, v in by_surname.items()},
                  {k: tuple(v) for k, v in by_name.items()})


def _whole(name: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", fold(name)))


def _fits_name(p: PersonName, h: Holder) -> bool:
    if p.suffix and p.suffix != h.suffix:
        return False  # "Donald Trump Jr." is not the table's Donald Trump
    if p.gender and h.gender and p.gender != h.gender:
        return False
    if p.given and not given_among(p.given, h.given):
        return False  # the row lists the short forms: one more hop links Robert to Roger
    if p.given and _short_form_of_another(p.given, h):
        return False  # "Bill Walker" is no Bob Walker, though the row lists Bill for Robert
    if _goes_by_middle(p) and not given_among(p.middle[0], h.given):
        return False  # "D. Michael Collins" is Michael, not the table's Doug Collins
    mid = fold(p.middle[0])[:1] if p.middle else ""
    return not (mid and h.middle and fold(h.middle)[:1] != mid)


def _short_form_of_another(given: str, h: Holder) -> bool:
    """Tell whether a given name is a short form (one the nicknames package gives a formal
    name for) that is no form of the name the holder goes by, though the row lists it: the
    package gives Robert the short forms Bill and Billy too, so the rows of a Bob or a Rob
    list them, and "Bill Walker", "Billy Graham" read as the table's Bob Walker, Bob Graham.
    A formal name the row lists stays one of its forms ("Jerrold" for Jerry Nadler), and so
    do the row's first two, the name the holder goes by and the upstream given name ("John"
    for Jay Rockefeller)."""
    g = fold(given).strip(".")
    usual = h.given[0] if h.given else h.name.split()[0]
    return len(g) > 1 and not same_given(given, usual) and bool(canonical_givens(g)) \
        and g not in {fold(f).strip(".") for f in h.given[:2]}


def _goes_by_middle(p: PersonName) -> bool:
    """Tell whether a name is an initial and a middle name written in full: "F. James
    Sensenbrenner", "J. Christian Adams" go by the middle name."""
    return len(p.given.strip(".")) == 1 and bool(p.middle) and len(p.middle[0].strip(".")) > 1


def _in_office(h: Holder, year: int) -> bool:
    return (h.since is None or h.since <= year) and (h.until is None or year <= h.until)


def _fits_clue(h: Holder, clue: Clue) -> bool:
    """Tell whether a holder agrees with all the article says (what it does not say fits, and
    a row that gives no state, party, country or gender is not contradicted by one: "Kamala
    Harris of California" is the table's vice president, whose row holds no seat's state)."""
    if clue.state and h.state and h.state != clue.state:
        return False
    if clue.party and h.party and clue.party != h.party:
        return False
    if clue.country and h.country and clue.country != h.country:
        return False
    if clue.gender and h.gender and clue.gender != h.gender:
        return False
    return not (clue.year and not _in_office(h, clue.year))


# the candidates kept per roster and name (see ``candidates``; cleared past this many names)
_CANDIDATES_LIMIT = 65_536


def candidates(roster: tuple[Holder, ...], name: str) -> tuple[Holder, ...]:
    """Give the holders a name can denote, by its whole form or by surname and given name
    (a pure function of the two: kept per roster and name, as an article names the same
    people again and again, and a common surname's holders are each asked of the name)."""
    return kept("candidates", roster, name, _CANDIDATES_LIMIT, _candidates, roster, name)


def _candidates(roster: tuple[Holder, ...], name: str) -> tuple[Holder, ...]:
    index = _index(roster)
    exact = index.by_name.get(_whole(name))
    if exact:
        return exact
    p = parse_name(name)
    pool = index.by_surname.get(surname_key(p.surname), ()) or index.by_surname.get(
        surname_key(last_word(p.surname)), ())
    return tuple(h for h in pool if _fits_name(p, h))


def _prefer_state(found: Sequence[Holder], state: str | None) -> Sequence[Holder]:
    """Keep the holders whose seat is of the state the article names, where there are any:
    "Johnson of Wisconsin" is the state's senator, not a president whose row gives no state."""
    if not state:
        return found
    same = [h for h in found if h.state == state]
    return same or found


def _prefer_role(found: Sequence[Holder], role: str | None) -> Sequence[Holder]:
    if not role:
        return found
    same = [h for h in found if h.role.lower() == role.lower()]
    return same or found


def find_holder(roster: tuple[Holder, ...], name: str, clue: Clue | None = None) -> Holder | None:
    """Give the one holder a name and what the article says denote, or None when unsure.

    Nothing is returned when the article contradicts every candidate (its state, party,
    country or year), or when more than one person remains.
    """
    clue = clue or Clue()
    found = [h for h in candidates(roster, name) if _fits_clue(h, clue)]
    found = list(_prefer_role(_prefer_state(found, clue.state), clue.role))
    people = {(h.name, h.surname) for h in found}
    if len(people) != 1:
        return None
    # one person in several offices: the latest that fits
    return max(found, key=lambda h: h.since or 0)


_PARTY_WORDS = {"democrat": "Democratic Party", "democratic": "Democratic Party",
                "republican": "Republican Party", "gop": "Republican Party"}
_ROSTER_PARTIES = frozenset({"Democratic Party", "Republican Party"})
# what a title says a person is (titles.tsv types) that no elected or appointed office in the
# tables is: a general, a judge, a sheriff, a professor, an executive, a journalist, a lawyer
# or an activist of that name is someone else
_NO_OFFICE = frozenset("military judiciary law_enforcement expert business media civil_society"
                       .split())
_OFFICE = frozenset("legislator government head_of_state".split())
# a role that names an office all the same: "Secretary of the Army" (typed by "Army")
_OFFICE_WORD = re.compile(r"(?i)\b(?:secretary|minister|senator|representative|congress\w*"
                          r"|governor|president|mayor)\b")


@lru_cache(maxsize=65_536)
def clue_from(mention: str, after: str = "", year: int | None = None,
              country: str | None = None, before: str = "") -> Clue:
    """Read what a mention and the words right after it say of a person: a party tag
    ("R-S.C."), a state ("Florida senator", "of Ohio", "Illinois Democrat"; not a word of the
    person's own name, ``_mention_state``, nor the object of another verb in an apposition,
    ``_apposition_state``), a party word;
    and whether the words right ``before`` it give an office the rows hold ("Rep.").
    Kept per arguments (a pure function): an article names the same person again and again."""
    tag = read_party_tag(after) if after else Clue()
    if not tag.party:
        tag = read_party_tag(mention)
    apposed, serves, no_office = _apposition_clue(after)
    state = tag.state or _mention_state(mention) or apposed
    party = tag.party or next((_PARTY_WORDS[w.lower()] for w in re.findall(r"[A-Z]\w+",
                                                                            mention + " " + after)
                               if w.lower() in _PARTY_WORDS), None)
    first = mention.split()[0].lower().rstrip(".") if mention.split() else ""
    return Clue(state=state, party=party, country=country, year=year,
                gender=HONORIFIC_GENDER.get(first), serves=serves, no_office=no_office,
                office_before=_names_office(before.split()[-2:]))


@lru_cache(maxsize=65_536)
def _apposition_clue(after: str) -> tuple[str | None, bool, bool]:
    """Give what an apposition after a name says of the person: its state
    (``_apposition_state``), whether it serves another (``serves_another``) and whether it
    holds no office (``holds_no_office``). Kept per apposition, as ``_mention_state`` per
    mention: ``clue_from``'s arguments, the words before the name among them, seldom repeat
    within a run, these parts of them do ("Trump", no apposition)."""
    described = after.strip(" ,()").split()  # the apposition's words
    return (_apposition_state(after), serves_another(described, head_last=False),
            holds_no_office(described, head_last=False))


# capitalised runs of one or two words, which may name a state: "New York", "Ohio", "S.C."
_CAPITAL_RUN = re.compile(r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?")


@lru_cache(maxsize=65_536)
def _mention_state(mention: str) -> str | None:
    """Give the state a mention names outside the person's own name: "Texas Sen. Ted Cruz"
    is of Texas, and so is "Sen. Ted Cruz of Texas"; "Rep. Virginia Foxx" and "George
    Washington" name no state (the given name, a middle name or the surname is no clue)."""
    words = mention.split()
    ties = load_knowledge().words.state_ties
    end = next((i for i, w in enumerate(words) if w in ties), len(words))  # "Sen. Roe of Ohio"
    start = _name_start(words[:end])
    name = parse_name(" ".join(words[start:end]))
    own = {fold(w) for w in (name.given, *name.middle, *name.surname.split()) if w}
    rest = " ".join(w for i, w in enumerate(words)
                    if not start <= i < end or fold(w) not in own)
    return next((s for w in _CAPITAL_RUN.findall(rest) for s in _states_in(w)), None)


def _name_start(words: Sequence[str]) -> int:
    """Give where the name begins among a mention's words: after the last word that is no
    part of it, a title ("Sen.", "Senator"), a word in lower case ("congressman"), a party
    word ("Republican") or a possessive ("Ohio's")."""
    titles = load_knowledge().titles
    start = 0
    for i, w in enumerate(words):
        low = w.lower().strip(",;:()\u201c\u201d\"")
        if low in titles or low.rstrip(".") in titles or w[:1].islower() \
                or low.strip(".") in _PARTY_WORDS or low.endswith(("'s", "\u2019s")):
            start = i + 1
    return start


def _apposition_state(after: str) -> str | None:
    """Give the state an apposition after a name says the person is of: one the words right
    before it tie to the person ("of Texas", "from Ohio", "who represents Iowa"), or one that
    stands in the description's own words before any relative pronoun, preposition,
    conjunction or verb in -ing ("a Texas Republican", "the Florida senator"); not the object
    of another verb ("who visited Iowa", "after a trip to Ohio", "campaigning in Iowa")."""
    words = load_knowledge().words
    for m in _CAPITAL_RUN.finditer(after):
        for state in _states_in(m[0]):
            before = re.findall(r"\b[a-z][\w'-]*", after[:m.start()])
            if before and before[-1] in words.state_ties:
                return state
            if not any(_ends_description(w, words) for w in before):
                return state
    return None


def _ends_description(word: str, words: Words) -> bool:
    """Tell whether a word in an apposition ends the description of the person that opens
    it: a preposition other than a state's tie ("after a trip to", "in"), a word that breaks
    an apposition (words.tsv apposition_breaks: "who", "and", "said"), a verb in -ing
    ("visiting", "campaigning"; not "a ranking Ohio Democrat")."""
    return (word in words.prepositions and word not in words.state_ties) \
        or word in words.apposition_breaks \
        or (word.endswith("ing") and word not in words.role_participles)


def _names_office(words: Sequence[str]) -> bool:
    """Tell whether words name an office the tables' rows hold: "Rep.", "Senator", "Gov."."""
    return any(_OFFICE_WORD.fullmatch(w) or _US_OFFICE_WORD.fullmatch(w)
               for w in (w.strip(".,;:()\u2019'\"") for w in words) if w)


# words that end the role a description opens with: "spokesman [for the union]", "a lobbyist
# [who]", "[along] with": what follows names someone else
_ROLE_ENDS = frozenset("for of to at with from by in on and or but who whose which that as "
                       "since until after before".split())
# the offices the US rows hold, named in a role: "Rep.", "a former congressman turned lobbyist"
_US_OFFICE_WORD = re.compile(r"(?i)\b(?:sen|senators?|rep|representatives?|congress\w*|president"
                             r"|lawmakers?)\b")


def serves_another(words: Sequence[str], head_last: bool = True) -> bool:
    """Tell whether a role's words make the person one who works for someone else (words.tsv
    serves_another: a spokesman, a press secretary, a lobbyist), and name no office a US
    officials row holds ("a former congressman turned lobbyist"). ``head_last``: the role
    stands before the name, its head last ("Acme spokesman", not the "Senator Ann Roe" of
    "spokesman for Senator Ann Roe"); else it opens a description set off after the name ("a
    spokesman for Acme")."""
    low = [w.lower().strip(".,;:()\u2019'\"") for w in words]
    cut = [i for i, w in enumerate(low) if w in _ROLE_ENDS]
    if cut:  # the words after the last tie before the name, before the first one after it
        low = low[cut[-1] + 1:] if head_last else low[:cut[0]]
    roles = load_knowledge().words.serves_another
    pairs = {f"{a}_{b}" for a, b in pairwise(low)}
    return bool(roles & (set(low) | pairs)) \
        and not any(_US_OFFICE_WORD.fullmatch(w.split("-")[0]) for w in low if w)


# words that make a description's role one the person held before: "a former prosecutor", "a
# retired general" may hold an office of the tables now
_PAST = frozenset("former retired ex onetime one-time then erstwhile longtime".split())


def holds_no_office(words: Sequence[str], head_last: bool = True) -> bool:
    """Tell whether a description set off after a name opens with a role no office holder of
    the tables holds while in office (a title whose titles.tsv type is in ``_NO_OFFICE``: "a
    lawyer for the family", "an ACLU staff attorney", "a college professor"; a word of
    words.tsv holds_no_office: "the committee's majority counsel"), held now (not "a former
    prosecutor") and naming no office ("a lawyer and state senator"). ``head_last`` as for
    ``serves_another``."""
    low = [w.lower().strip(".,;:()\u2019'\"") for w in words]
    cut = [i for i, w in enumerate(low) if w in _ROLE_ENDS]
    # the role, and the roles joined to it ("a lawyer and congressman"), which may name an office
    joined = [i for i, w in enumerate(low) if w in _ROLE_ENDS - {"and", "or"}]
    if cut:
        low, roles = (low[cut[-1] + 1:], low) if head_last else \
            (low[:cut[0]], low[:joined[0]] if joined else low)
    else:
        roles = low
    if any(w.split("-")[0] in _PAST for w in low) or _names_office(roles):
        return False
    knowledge = load_knowledge()
    titles = knowledge.titles
    kinds = [titles.get(w) for w in low] + [titles.get(f"{a} {b}") for a, b in pairwise(low)]
    return any(k in _NO_OFFICE for k in kinds) \
        or bool(knowledge.words.holds_no_office & set(low))


def _states_in(words: str) -> list[str]:
    """Give the states named by a one- or two-word capitalised run ("New York", "Ohio")."""
    found = read_state(words)
    if found and len(words.replace(".", "")) > 2:  # "OR", "IN", "ME" are words, not states
        return [found]
    return [s for w in words.split() if len(w.replace(".", "")) > 2 and (s := read_state(w))]


def identify(actor: Actor, roster: tuple[Holder, ...], clue: Clue) -> Actor:
    """Give a person the name, role, type, country and party the tables hold for them.

    What the article says stays: a role, type, country or party it gives is kept and only what
    it leaves open is filled; the name stays the article's where it gives a given name
    (``_name_of``), the table's usual form for a surname alone. A person in no table takes the
    party the clue read from the article.
    """
    return identify_holder(actor, roster, clue)[0]


# identities kept per roster: an article names the same person again and again, with the same
# clue (a pure function of the three; cleared when it grows past the limit)
_IDENTIFIED_LIMIT = 65_536


def identify_holder(actor: Actor, roster: tuple[Holder, ...],
                    clue: Clue) -> tuple[Actor, Holder | None]:
    """Give what ``identify`` gives, and the table holder it took it from (None if none)."""
    return kept("identified", roster, (actor, clue), _IDENTIFIED_LIMIT, _identify_holder, actor,
                roster, clue)


def _with_suffix(roster: tuple[Holder, ...], holder: Holder, written: str) -> str:
    """Give the table's usual name, with the generational suffix the article writes where that
    suffix alone tells the holder from another of the table: "Joe Kennedy III" is not Joseph P.
    Kennedy II, as Donald Trump Jr. is not Donald Trump; "Joseph R. Biden Jr." stays Joe Biden,
    whom no other Biden could be mistaken for (a house style, not a distinction)."""
    p = parse_name(written)
    if not p.suffix or parse_name(holder.name).suffix:
        return holder.name
    plain = replace(p, suffix="")
    pool = _index(roster).by_surname.get(surname_key(p.surname), ())
    if all((h.name, h.suffix) == (holder.name, holder.suffix)
           for h in pool if _fits_name(plain, h)):
        return holder.name
    return f"{holder.name} {p.suffix}"


def _name_of(roster: tuple[Holder, ...], holder: Holder, written: str) -> str:
    """Give the name a person the tables identify goes by: the article's own form where it
    gives a given name the holder's row lists ("Gabrielle Giffords", "Charles E. Schumer",
    "Jerrold Nadler", not the table's "Gabby Giffords", "Chuck Schumer", "Jerry Nadler": the
    table links the person, the article names them), with a generational suffix only where
    the table's form keeps one (``_with_suffix``: "Joseph R. Biden Jr." is "Joseph R.
    Biden"); the table's usual form where the article gives a surname alone, an initial, a
    misspelling the table corrects (``_written_form``), the table's form with words left out
    (``_held_in``: "Javad Zarif"), more than a plain name (a title nameparser strips:
    "Alderman Ann Roe"), or a name the table writes surname first ("Xi Jinping", whose parts
    nameparser reads the other way round). Across articles the forms one row lists are one
    person (``identity``)."""
    usual = _with_suffix(roster, holder, written)
    p = parse_name(written)
    plain = replace(p, suffix="")
    if not p.given or fold(p.full).split() != fold(written).split() \
            or holder.name.split()[0] == holder.surname.split()[0] \
            or not _written_form(p, holder) or _held_in(plain.full, usual):
        return usual
    suffix = parse_name(usual).suffix
    return f"{plain.full} {suffix}" if suffix else plain.full


def _held_in(name: str, usual: str) -> bool:
    """Tell whether a name is the table's usual form with words left out, the rest in order:
    "Javad Zarif" of "Mohammad Javad Zarif" (the table's is the fuller form of what the
    article writes, and contradicts none of it); an initial left out may tell another person
    of that name apart ("John Murphy" is no "John M. Murphy")."""
    words, full = fold(name).split(), fold(usual).split()
    if len(words) >= len(full) or any(len(w.strip(".")) < 2 for w in full if w not in words):
        return False
    rest = iter(full)
    return all(w in rest for w in words)


def _written_form(p: PersonName, holder: Holder) -> bool:
    """Tell whether a name's given name (or the middle name it goes by: "F. James") is one of
    the holder's own forms as the table's row spells them: "Gabrielle" (Gabby), "Benjamin"
    (Ben), and "Jerrold" (Jerry), "Ashton" (Ash), which only the row links to the usual form;
    not a misspelling the table corrects ("Kristen" for Kirsten, "Lindsay" for Lindsey), nor an
    initial."""
    given = p.middle[0] if _goes_by_middle(p) else p.given
    g = fold(given).strip(".")
    return len(g) > 1 and g in {fold(f).strip(".") for f in holder.given}


def _said_no_office(actor: Actor, holder: Holder, clue: Clue) -> bool:
    """Tell whether the article makes a person one who holds no office of the tables: a title
    of such a type before the name ("General James Jones", "activist Ann Vale", "the NRA's
    Tom Reyes"), unless it names an office all the same ("Army Secretary") or a word of the
    row's own ("U.S. Attorney" of an Attorney General's row), or, where no title
    says what the person is, such a role the article gives ("the committee's counsel") or a
    description of one set off after the name ("Tom Reyes, a lawyer for the family,")."""
    role = (actor.role or "").lower().split()
    if (set(role) & set(holder.role.lower().split())) - _ROLE_ENDS - {"the", "a", "an"}:
        return False  # "U.S. Attorney" of the table's Attorney General: the row's own office
    if actor.type in _NO_OFFICE:
        return not _OFFICE_WORD.search(actor.role or "")
    return actor.type == "unknown" and (clue.no_office or holds_no_office(role))


def _another_generation(actor: Actor, holder: Holder, clue: Clue) -> bool:
    """Tell whether a name is a parent's or a child's of the holder's: the holder is usually
    written with a generational suffix (``Holder.by_suffix``: "Jesse Jackson Jr.", "Barry
    Goldwater Jr."), the article writes the name without one and says nothing of the holder's
    office (a title of it, a party tag or state: "Rep. Jesse Jackson", "Bob Casey, D-Pa.")."""
    if not holder.by_suffix or parse_name(actor.name).suffix:
        return False
    return not (actor.type in _OFFICE or clue.state or clue.office_before
                or _names_office((actor.role or "").split()))


def _identify_holder(actor: Actor, roster: tuple[Holder, ...],
                     clue: Clue) -> tuple[Actor, Holder | None]:
    if actor.kind != "person":
        return actor, None
    surname = last_word(actor.name).lower()
    said = actor.country if actor.country and actor.country.lower() != surname else None
    # what the article says of the person is part of the clue ("Mr. Jordan" is no country)
    clue = replace(clue, party=clue.party or actor.party,
                   country=clue.country if clue.country and clue.country.lower() != surname
                   else said)
    if not parse_name(actor.name).given and not (clue.state or clue.party
                                                 or actor.type != "unknown"):
        # a bare surname pulls a table identity only when the article says more of the
        # person (a title, a state or a party): "Mr. Israel, the shop owner" is nobody known;
        # a title nameparser strips says nothing of office ("Coach Reyes")
        return replace(actor, party=actor.party or clue.party), None
    holder = find_holder(roster, actor.name, clue)
    if holder is not None and holder.type in _OFFICE and _said_no_office(actor, holder, clue):
        holder = None  # "General James Jones", "Sheriff Cornyn": not the table's legislator
    role = (actor.role or "").split()
    if holder is not None and holder.country == "United States" and holder.type in _OFFICE \
            and (clue.serves or serves_another(role)) \
            and not any(_US_OFFICE_WORD.fullmatch(w.strip(".")) for w in role):
        holder = None  # "Acme spokesman Tom Reyes", "press secretary Ann Vale": not the row's
    if holder is not None and _another_generation(actor, holder, clue):
        holder = None  # "the Rev. Jesse Jackson": not the table's Jesse Jackson Jr.
    if holder is None:  # nobody in the tables: the party the article gives, if any
        return replace(actor, party=actor.party or clue.party), None
    country = actor.country
    if country is None or country.lower() == surname:
        country = holder.country
    us_party = holder.party in _ROSTER_PARTIES or holder.country != "United States"
    return replace(actor, name=_name_of(roster, holder, actor.name), country=country,
                   type=actor.type if actor.type != "unknown" else holder.type,
                   role=actor.role or holder.role,
                   party=actor.party or (holder.party if us_party else None)), holder
