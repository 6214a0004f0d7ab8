"""Who is the same actor: the one place that decides it, within an article and across
articles and outlets.

Within an article a person named in full and later by surname ("Ben Wallace", "Wallace") is
one actor, the fullest reading; across articles the names of one person are one actor
("Jim"/"James", "Mary K. Jones"/"Mary Jones", "Mohammad"/"Mohammed": ``names.group_names``),
a surname alone takes the one full name with that surname, never two different people ("Tim
Scott"/"Rick Scott", "Donald Trump"/"Donald Trump Jr."), and every reading fills what the
others lack.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from functools import cache

from reportgen.analyze.actors.names import (
    SUFFIXES,
    canonical_givens,
    fold,
    given_variants,
    group_names,
    last_word,
    parse_name,
    same_person,
    surname_key,
)
from reportgen.analyze.actors.officials import find_holder
from reportgen.frequency import zipf_at_least
from reportgen.knowledge import load_knowledge
from reportgen.knowledge.roster import Holder, load_roster
from reportgen.models import Actor, ArticleAnalysis


def merge_person(actor: Actor, earlier: Iterable[Actor]) -> Actor:
    """A full name seen again, or a surname seen first, keeps one actor: the fullest.
    ``earlier`` gives the people with the same surname mentioned before in the article, the
    last first. Two names are one person only when ``names.same_person`` says they can be
    ("Tim Scott" is not "Rick Scott")."""
    for a in earlier:
        if same_person(actor.name, a.name):
            fuller = actor if (len(actor.name.split()), _formal(actor.name, a.name)) \
                >= (len(a.name.split()), _formal(a.name, actor.name)) else a
            return fuller.fill(a if fuller is actor else actor)
    return actor


def _formal(name: str, other: str) -> bool:
    """Tell whether a name's given name is the formal one of which the other name's given name
    is a short form, as the nicknames package links them ("Gabrielle" of Gabby, "Charles" of
    Chuck, "Robert" of Bob): of one person written both ways the article's fuller form."""
    given, short = (fold(parse_name(n).given).strip(".") for n in (name, other))
    return len(given) > len(short) > 1 and given in canonical_givens(short)


def merge_actors(analyses: Iterable[ArticleAnalysis],
                 stories: Iterable[Iterable[str]] = ()) -> list[ArticleAnalysis]:
    """Give one canonical actor across articles and outlets. Names of one person are one actor
    ("Jim Halloran", "James Halloran", "Mr. Halloran"; ``names.group_names``), named by its most
    frequent full form; a surname alone joins a full name when one person in the briefing has
    it, else when one person in the article's story has it (``stories``: the article ids of
    each story; "Halloran" in a story about Jim Halloran is he, though another story names his
    brother). Every actor takes what any article says of it (role, organisation, country,
    party, type), the first known value winning in order of article id."""
    analyses = list(analyses)
    known: dict[str, Actor] = {}
    people: Counter[str] = Counter()

    def learn(actor: Actor) -> None:
        if actor.kind == "person":
            people[actor.name] += 1
        before = known.get(actor.name)
        known[actor.name] = actor if before is None else _fill(before, actor)

    story_of = {aid: n for n, ids in enumerate(stories) for aid in ids}
    named_in: defaultdict[str, set[int | str]] = defaultdict(set)  # a person's stories
    for a in sorted(analyses, key=lambda a: a.article.id):
        for actor in _actors_of(a):
            learn(actor)
            named_in[actor.name].add(story_of.get(a.article.id, a.article.id))
    rename = _person_names(people, named_in)
    merged: dict[str, Actor] = {}  # each actor under its canonical name, filled from all names

    def target(actor: Actor) -> str:
        return rename.get(actor.name, actor.name) if actor.kind == "person" else actor.name

    for actor in known.values():
        name = target(actor)
        merged[name] = _fill(merged[name], actor) if name in merged else replace(actor, name=name)

    def canonical(actor: Actor | None) -> Actor | None:
        return None if actor is None else merged.get(target(actor), actor)

    people_in = _people_in_stories(analyses, story_of, canonical)
    out = []
    for a in analyses:
        here = people_in.get(story_of.get(a.article.id, a.article.id), {})

        def in_story(actor: Actor | None, here: dict[str, dict[str, str]] = here
                     ) -> Actor | None:
            found = canonical(actor)
            if found is None or found.kind != "person" or not _bare(found.name):
                return found
            names = {canon for written, canon in here.get(surname_key(found.name), {}).items()
                     if same_person(found.name, written)}
            return merged[names.pop()] if len(names) == 1 else found

        quotes = tuple(replace(q, actor=in_story(q.actor)) for q in a.quotes)
        citations = tuple(replace(c, actor=in_story(c.actor) or c.actor) for c in a.citations)
        out.append(replace(a, quotes=quotes, citations=citations))
    return out


def _people_in_stories(analyses: list[ArticleAnalysis], story_of: dict[str, int],
                       canonical: Callable[[Actor | None], Actor | None]
                       ) -> dict[int | str, dict[str, dict[str, str]]]:
    """Give the full names of the people each story names, by surname: each full name as
    written, with the name the briefing gives that person ("Christine Blasey Ford", under
    "ford", may be given as "Christine Blasey"). An article that is in no story is a story of
    its own."""
    out: dict[int | str, dict[str, dict[str, str]]] = {}
    for a in analyses:
        names = out.setdefault(story_of.get(a.article.id, a.article.id), {})
        for actor in _actors_of(a):
            found = canonical(actor)
            if actor is None or found is None or found.kind != "person" or _bare(found.name):
                continue
            for written in {found.name} | (set() if _bare(actor.name) else {actor.name}):
                key = surname_key(last_word(parse_name(written).surname))
                names.setdefault(key, {})[written] = found.name
    return out


def _actors_of(analysis: ArticleAnalysis) -> list[Actor]:
    """Give the actors an analysis cites and quotes, in that order."""
    return [c.actor for c in analysis.citations] + [
        q.actor for q in analysis.quotes if q.actor is not None]


def _person_names(counts: Counter[str],
                  named_in: Mapping[str, set[int | str]]) -> dict[str, str]:
    """Map each person's name to the name the briefing gives that person: of the names that
    are one person, the most frequent full name (then the longest, then the first in order).

    One person's names are those ``names.group_names`` joins, and a name held whole in a longer
    one that adds no given name ("Ann Vale" in "Chair Ann Vale", "Ann Vale Sunday"); a word
    that opens a sentence is no part of a name ("So Vale" is "Vale"). A surname alone joins a
    full name here (anywhere in the briefing) only when that person is named in full in two
    stories or more (``named_in``: the stories that name each name): a public figure the
    news keeps naming ("Gorsuch"), not a shopkeeper "Lu" beside a "Chris Lu" another story
    quotes; ``merge_actors`` joins a surname to the one full name of its own story."""
    clean = {name: _without_opener(name) for name in counts}
    cleaned: Counter[str] = Counter()
    stories: defaultdict[str, set[int | str]] = defaultdict(set)
    for name, n in counts.items():
        cleaned[clean[name]] += n
        stories[clean[name]] |= named_in.get(name, set())
    parent = {name: name for name in cleaned}

    def find(name: str) -> str:
        while parent[name] != name:
            parent[name] = parent[parent[name]]
            name = parent[name]
        return name

    grouped = group_names(cleaned)
    for name, head in grouped.items():
        if not _bare(name) or _bare(head):
            parent[find(name)] = find(head)
    # the full names first, so a person's stories are known; then each surname whose person
    # is named in full in two stories, the stories of each person kept as surnames join
    named_full = _stories_in_full(cleaned, find, stories)
    for name, head in grouped.items():
        if _bare(name) and not _bare(head) and len(named_full[find(head)]) >= 2:
            joined, root = find(name), find(head)
            if joined != root:
                parent[joined] = root
                named_full[root] |= named_full.pop(joined, set())
    for bare, full in _surname_first(cleaned):
        if grouped.get(bare, bare) == bare:  # joined with no other full name
            parent[find(bare)] = find(full)
    for name, first in _table_forms(cleaned):
        parent[find(name)] = find(first)
    held = _held_names(cleaned)
    for longer, inner in held:
        parent[find(longer)] = find(inner)
    padded = {longer for longer, _ in held}  # never the name the briefing gives
    groups: defaultdict[str, list[str]] = defaultdict(list)
    for name in cleaned:
        groups[find(name)].append(name)

    def weight(name: str) -> tuple[bool, bool, int, int, str]:
        return (" " not in name, name in padded, -cleaned[name], -len(name.split()), name)

    best = {root: min(members, key=weight) for root, members in groups.items()}
    return {name: best[find(clean[name])] for name in counts}


def _stories_in_full(names: Iterable[str], find: Callable[[str], str],
                     stories: Mapping[str, set[int | str]]
                     ) -> defaultdict[str, set[int | str]]:
    """Give the stories that name each person in full, by the name the person's names join at
    (``find``): built once, where asking for each surname went through every name."""
    out: defaultdict[str, set[int | str]] = defaultdict(set)
    for name in names:
        if not _bare(name):
            out[find(name)] |= stories[name]
    return out


def _bare(name: str) -> bool:
    """Tell whether a name is a surname alone ("Vale", "Mr. Vale", "Vander Berg")."""
    return not parse_name(name).given


def _surname_first(names: Iterable[str]) -> list[tuple[str, str]]:
    """Give (surname, full name) pairs for the office holders the tables write surname first
    ("Ban" and "Ban Ki-moon", "Xi" and "Xi Jinping"), where one full name has that surname."""
    firsts = _surname_first_holders()
    names = list(names)
    full = [n for n in names if n in firsts]
    out = []
    others = Counter(surname_key(last_word(n)) for n in names if " " in n and n not in firsts)
    for bare in (n for n in names if " " not in n):
        found = [f for f in full if firsts[f] == bare]
        if len(found) == 1 and not others[surname_key(bare)]:  # no "Tony Kim" beside "Kim"
            out.append((bare, found[0]))
    return out


@cache
def _surname_first_holders() -> dict[str, str]:
    from reportgen.knowledge.roster import load_roster

    return {name: h.surname for h in load_roster()
            for name in (h.name, *h.aliases)
            if " " in name and name.split()[0] == h.surname and " " not in h.surname}


def _without_opener(name: str) -> str:
    """Drop the words that open a sentence from the front of a name ("So Vale" -> "Vale")."""
    words = name.split()
    openers = _openers()
    while len(words) > 1 and words[0].lower() in openers:
        words = words[1:]
    return " ".join(words)


@cache
def _openers() -> frozenset[str]:
    w = load_knowledge().words
    return frozenset(w.connectors | w.clause_openers | w.subordinators | {"and", "or"})


def _table_forms(names: Iterable[str], roster: tuple[Holder, ...] | None = None
                 ) -> list[tuple[str, str]]:
    """Give (name, first) pairs for full names that are forms of one office holder's name as
    the tables' row lists them, though the name tables do not link them: each article keeps
    its own form ("Jerrold Nadler", "John D. Rockefeller"), one person all the same as the
    "Jerry Nadler", "Jay Rockefeller" of another (``first``: the first of them in order). A
    given name the row does not list, whatever its spelling, is not joined so ("Jaime" is no
    form of Jim McGovern's). ``roster``: the tables' office holders (the shipped ones)."""
    roster = load_roster() if roster is None else roster
    first: dict[tuple[str, str], str] = {}
    out = []
    for name in sorted(names):
        p = parse_name(name)
        if not p.given or len(p.given.strip(".")) < 2:
            continue
        h = find_holder(roster, name)
        if h is None or fold(p.given).strip(".") not in {fold(g).strip(".") for g in h.given} \
                or surname_key(last_word(p.surname)) != surname_key(last_word(h.surname)):
            continue
        key = (h.name, h.surname)
        if key in first:
            out.append((name, first[key]))
        else:
            first[key] = name
    return out


def _held_names(names: Iterable[str]) -> list[tuple[str, str]]:
    """Give (longer, inner) pairs: a full name of two words or more held whole in a longer
    name whose other words add no given name (leading "Chair", "Dulles"; any trailing word but a
    generational suffix). A longer name holding two different names is left alone."""
    full = {n for n in names if len(n.split()) > 1}
    out = []
    for longer in sorted(full):
        words = longer.split()
        inner = {" ".join(words[i:j]) for i in range(len(words))
                 for j in range(i + 2, len(words) + 1) if (i, j) != (0, len(words))}
        held = [n for n in inner & full if _adds_no_given_name(words, n.split())]
        if len(held) == 1 or (held and all(h in max(held, key=len) for h in held)):
            out.append((longer, max(held, key=len)))
    return out


def _adds_no_given_name(words: list[str], inner: list[str]) -> bool:
    """Tell whether the words of a name around an inner name are no given name and no suffix."""
    at = next(i for i in range(len(words)) if words[i:i + len(inner)] == inner)
    before, after = words[:at], words[at + len(inner):]
    if any(fold(w).strip(".,") in SUFFIXES for w in after):
        return False  # "Ann Vale Jr." is not Ann Vale
    return not any(_given_like(w) for w in before)


def _given_like(word: str) -> bool:
    """Tell whether a word can be a given name ("Mary" in "Mary Ann Vale")."""
    low = fold(word).strip(".,")
    if low in load_knowledge().given_names:
        return True
    nn = given_variants(low)
    return len(nn) > 1 and not zipf_at_least(low, 4.5)


def _fill(actor: Actor, other: Actor) -> Actor:
    """Fill what an actor lacks from another reading of the same actor (of the same kind)."""
    return actor.fill(other) if actor.kind == other.kind else actor


def formal_form(name: str, other: str) -> bool:
    """Tell whether a name is the fuller form of one person the other also names: as many
    words or more, and a formal given name of which the other's is a short form ("Alexander
    Vindman" of Alex Vindman, "Christopher C. Cuomo" of Chris Cuomo)."""
    return len(name.split()) >= len(other.split()) and _formal(name, other) \
        and same_person(name, other)
