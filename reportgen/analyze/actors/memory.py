"""What the resolver has seen: the actors mentioned in an article, by position, indexed so
that every question it asks ("the last person called Wallace before here", "who was named
in this sentence") costs a lookup, not a pass over the article.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import chain, islice

from rapidfuzz.distance import OSA

from reportgen.analyze.actors.names import fold, same_person, surname_index, surname_word
from reportgen.models import Actor


@dataclass(frozen=True, slots=True)
class Seen:
    """An actor mentioned at a position of the article."""

    pos: int
    actor: Actor
    speaker: bool
    sentence: int = 0
    quoted: bool = False  # said inside a quotation: never what a later pronoun points to
    oblique: bool = False  # after a preposition ("Of Obama, he said"): not the subject
    possessive: bool = False  # "Obama's nominee": a subject only where no one else is
    object: bool = False  # right after a verb ("who backed Trump"): not the subject
    # a bare surname two people share, taken for the one named last: seen by a pronoun's
    # look-back (which takes the other where the pronoun's gender says so), never by a
    # lookup of whom a name, type or word stands for
    shared: bool = False
    said: bool = False  # its gender said in its sentence ("... of herself"): no namesake's
    # a noun's modifier between an article and the noun ("the Trump administration", "a
    # Reyes plan"): named in passing, never what a later pronoun points to
    modifier: bool = field(default=False, compare=False)


# what a lookup by surname may ask of the person it gives: "Ms. Johnson" is no man. A test
# of the name alone (a gender said or known for it): the lookups of people named in full ask
# it of one actor per name
Fits = Callable[[Actor], bool]

# where a person named in full was seen, in the order of the lists above: position, then the
# order noted (unique, so that a Seen is never compared)
_Named = tuple[int, int, Seen]

# A lone word misspells a surname of at least this many letters (a shorter one is more
# often another name: Rubio, Rubin), by two edits from this many
_MISSPELT_MIN, _MISSPELT_LONG = 6, 9


def _suffixed(name: str) -> bool:
    """Tell whether a name ends in a generational suffix ("Ned Norris Jr.")."""
    return surname_word(name) != name.split()[-1]


def _pos(s: Seen) -> int:
    return s.pos


# the actors a block of a timeline holds: a new block is begun after this many, and one that
# an actor noted out of text order fills to twice this many is split in two
_BLOCK = 256


class _Timeline:
    """Actors seen, sorted by position (among equal positions, in the order they were
    noted), in blocks: an actor noted out of text order (a bare surname, noted after all
    the article's names were read) is inserted into one block, where its insertion into one
    list of all the actors seen made the cost grow with the square of the article's length.
    (The lists by surname, type or word hold a share of the actors seen and are small.)"""

    __slots__ = ("_blocks", "_lasts")

    def __init__(self) -> None:
        self._blocks: list[list[Seen]] = []
        self._lasts: list[int] = []  # each block's last position

    def __iter__(self) -> Iterator[Seen]:
        return chain.from_iterable(self._blocks)

    def add(self, s: Seen) -> None:
        """Insert an actor seen, after those seen at its position before."""
        blocks, lasts = self._blocks, self._lasts
        if not blocks or lasts[-1] <= s.pos:  # the usual case: noted in text order
            if not blocks or len(blocks[-1]) >= _BLOCK:
                blocks.append([])
                lasts.append(s.pos)
            blocks[-1].append(s)
            lasts[-1] = s.pos
            return
        b = bisect_right(lasts, s.pos)  # the first block that ends after s
        block = blocks[b]
        insort(block, s, key=_pos)
        if len(block) >= 2 * _BLOCK:
            blocks.insert(b + 1, block[_BLOCK:])
            del block[_BLOCK:]
            lasts.insert(b, block[-1].pos)

    def _at(self, pos: int, inclusive: bool = False) -> tuple[int, int]:
        """Give the block, and the place in it, of the first actor seen at pos or later (after
        pos, with ``inclusive``); past the last block where there is none."""
        find = bisect_right if inclusive else bisect_left
        b = find(self._lasts, pos)
        return (b, find(self._blocks[b], pos, key=_pos)) if b < len(self._blocks) else (b, 0)

    def before(self, pos: int, inclusive: bool = False) -> Iterator[Seen]:
        """Give the actors seen before pos (at pos too, with ``inclusive``), the last first."""
        b, i = self._at(pos, inclusive)
        if i:
            yield from reversed(self._blocks[b][:i])
        for k in range(b - 1, -1, -1):
            yield from reversed(self._blocks[k])

    def last(self, pos: int, n: int) -> list[Seen]:
        """Give the last n actors seen before pos, in text order."""
        b, i = self._at(pos)
        if i >= n:
            return self._blocks[b][i - n:i]  # the usual case: all in one block
        found = list(islice(self.before(pos), n))
        found.reverse()
        return found

    def between(self, start: int, end: int) -> list[Seen]:
        """Give the actors seen at start or later and before end, in text order."""
        (b, i), (e, j) = self._at(start), self._at(end)
        if b == e:
            return self._blocks[b][i:j] if b < len(self._blocks) else []
        return [*self._blocks[b][i:], *chain.from_iterable(self._blocks[b + 1:e]),
                *(self._blocks[e][:j] if e < len(self._blocks) else ())]


class Memory:
    """The actors seen so far, in text order (each list below is sorted by position; among
    equal positions, in the order they were noted)."""

    def __init__(self, title_abbreviations: dict[str, str]) -> None:
        self.seen = _Timeline()
        self.noted: list[Seen] = []  # the same, in the order they were noted
        self._speakers: list[Seen] = []
        self._by_sentence: dict[int, list[Seen]] = defaultdict(list)
        self._by_surname: dict[str, list[Seen]] = defaultdict(list)  # people only
        self._by_first_word: dict[str, list[Seen]] = defaultdict(list)  # people named in full
        self._by_type: dict[str, list[Seen]] = defaultdict(list)  # people only
        self._by_word: dict[str, list[Seen]] = defaultdict(list)  # words of name and role
        # the same two by actor: each actor's mentions in text order, for a step that asks
        # each actor once, where a walk over every mention of a type or word at each new one
        # grew with the square of the article (a description resolved is noted as its person
        # again and again: "the FDA chief said" in every paragraph)
        self._actors_by_type: dict[str, dict[Actor, list[_Named]]] = defaultdict(dict)
        self._actors_by_word: dict[str, dict[Actor, list[_Named]]] = defaultdict(dict)
        self._abbreviations = title_abbreviations
        self._words_of: dict[tuple[str, str | None], set[str]] = {}
        # the names seen, by kind, and the last words of the people's roles: asked of all
        # the actors seen, anywhere in the article, where a pass over them all for each ask
        # made the cost grow with the square of the article's length
        self._names_by_kind: dict[str, set[str]] = defaultdict(set)
        self._role_heads: set[str] = set()
        # people named by a given name alone: after a relative's possessive ("Romney's wife,
        # Ann,": Ann Romney), or as a speaker ("Jonah Hale ... Jonah asked", the son of
        # "Andrea Hale ... Hale says"): a surname alone names them only where it names no one
        # else
        self.kin_named: set[str] = set()
        # the people named in full, by surname and name: each name's mentions in text order,
        # so that a lookup by surname asks each name once and costs no pass over its mentions
        self._full_names: dict[str, dict[str, list[_Named]]] = {}
        self._surname_keys: dict[str, str] = {}
        # each surname's folded form and its people named in full, by the folded form's first
        # letter and in the order the surnames were first seen (see ``misspelt_person``)
        self._by_initial: dict[str, list[tuple[str, dict[str, list[_Named]]]]] = \
            defaultdict(list)

    def add(self, s: Seen) -> None:
        """Remember an actor seen at a position."""
        self.seen.add(s)
        self.noted.append(s)
        self._names_by_kind[s.actor.kind].add(s.actor.name)
        if s.actor.kind == "person" and (head := (s.actor.role or "").lower().split()[-1:]):
            self._role_heads.add(head[0])
        lists = [self._by_sentence[s.sentence]]
        if not s.shared:  # a shared surname's guess: the look-back reads sentences only
            lists += self._indexes(s)
        for found in lists:
            if not found or found[-1].pos <= s.pos:
                found.append(s)  # the usual case: noted in text order
            else:
                insort(found, s, key=_pos)
        if not s.shared:
            entry = (s.pos, len(self.noted), s)
            ordered = [by_actor.setdefault(s.actor, []) for by_actor in self._actor_indexes(s)]
            if s.actor.kind == "person" and " " in s.actor.name:
                # (the surname's entry was made with its list, by _indexes above: _surname_list)
                ordered.append(self._full_names[self._surname_key(s.actor.name)]
                               .setdefault(s.actor.name, []))
            for mentions in ordered:
                if not mentions or mentions[-1] < entry:
                    mentions.append(entry)  # the usual case: noted in text order
                else:
                    insort(mentions, entry)

    def _indexes(self, s: Seen) -> list[list[Seen]]:
        """Give the lists other than its sentence's an actor seen belongs in."""
        lists = [self._speakers] if s.speaker else []
        if s.actor.kind == "person":
            lists.append(self._surname_list(self._surname_key(s.actor.name)))
            lists.append(self._by_type[s.actor.type])
            if " " in s.actor.name:
                lists.append(self._by_first_word[s.actor.name.split()[0]])
        lists += [self._by_word[w] for w in self._words(s.actor)]
        return lists

    def _actor_indexes(self, s: Seen) -> list[dict[Actor, list[_Named]]]:
        """Give the indexes by actor an actor seen belongs in (as ``_indexes``: its type, for
        a person, and the words of its name and role)."""
        found = [self._actors_by_type[s.actor.type]] if s.actor.kind == "person" else []
        found += [self._actors_by_word[w] for w in self._words(s.actor)]
        return found

    def _surname_key(self, name: str) -> str:
        """Give the form of a person's surname the lists above are indexed by (kept per name:
        an article names the same people again and again)."""
        key = self._surname_keys.get(name)
        if key is None:
            key = self._surname_keys[name] = surname_index(surname_word(name))
        return key

    def _surname_list(self, surname: str) -> list[Seen]:
        """Give the list of the people seen with a surname (in its indexed form), made and
        indexed on first use."""
        found = self._by_surname.get(surname)
        if found is None:
            found = self._by_surname[surname] = []
            key = fold(surname)
            self._by_initial[key[:1]].append((key, self._full_names.setdefault(surname, {})))
        return found

    def _named_in_full(self, surname: str) -> dict[str, list[_Named]]:
        """Give the people named in full with a surname: each name's mentions, in text order."""
        return self._full_names.get(surname_index(surname), {})

    def _words(self, a: Actor) -> set[str]:
        """Give the words a definite description may take of an actor: its name and role
        (kept per name and role: an article names the same actor again and again)."""
        key = (a.name, a.role)
        words = self._words_of.get(key)
        if words is None:
            names = f"{a.name} {a.role or ''}".lower().split()
            words = self._words_of[key] = {*names, *(self._abbreviations.get(w, w)
                                                     for w in names)}
        return words

    def named(self, name: str, kinds: tuple[str, ...]) -> bool:
        """Tell whether an actor of one of these kinds was seen with this name, anywhere."""
        return any(name in self._names_by_kind.get(kind, ()) for kind in kinds)

    def role_seen(self, head: str) -> bool:
        """Tell whether a person was seen with a role whose last word, lower-case, is head
        ("the city treasurer": "treasurer"), anywhere."""
        return head in self._role_heads

    def last(self, pos: int, n: int) -> list[Seen]:
        """Give the last n actors seen before pos, in text order."""
        return self.seen.last(pos, n)

    def between(self, start: int, end: int) -> list[Seen]:
        """Give the actors seen at start or later and before end, in text order."""
        return self.seen.between(start, end)

    def last_speakers(self, pos: int, n: int) -> list[Seen]:
        """Give the last n speakers seen before pos, in text order."""
        k = bisect_left(self._speakers, pos, key=_pos)
        return self._speakers[max(0, k - n):k]

    def in_sentence(self, sentence: int, pos: int) -> list[Seen]:
        """Give the actors seen in a sentence before pos, in text order."""
        found = self._by_sentence.get(sentence, [])
        return found[:bisect_left(found, pos, key=_pos)]

    def people(self, surname: str, pos: int, inclusive: bool = False) -> Iterator[Actor]:
        """Give the people with this surname seen before pos (at pos too, with
        ``inclusive``), the last first."""
        found = self._by_surname.get(surname_index(surname), [])
        k = (bisect_right if inclusive else bisect_left)(found, pos, key=_pos)
        for n in range(k - 1, -1, -1):
            yield found[n].actor

    def last_person(self, surname: str, pos: int, fits: Fits | None = None) -> Actor | None:
        """Give the last person with this surname seen before pos (of those ``fits`` takes,
        where given: "Ms. Johnson" is no man); a surname alone is no "Jr." or "III" where the
        article names someone of that surname without one ("Donald Trump Jr. ... President
        Donald Trump ... Trump said" is the father), and no relative named by a given name
        alone where it names another person too."""
        plain = any(not _suffixed(name) for name in self._named_in_full(surname))
        kin: Actor | None = None  # "Romney's wife, Ann, ... Romney said" is not Ann Romney
        for a in self.people(surname, pos):
            if (plain and _suffixed(a.name)) or (fits is not None and not fits(a)):
                continue
            if a.name not in self.kin_named:
                return a
            kin = kin or a
        return kin

    def most_named(self, surname: str, pos: int, fits: Fits | None = None) -> Actor | None:
        """Give the person with this surname named in full most often before pos (of those
        ``fits`` takes, where given), the last named of those tied ("Hillary Clinton" named
        five times, "Chelsea Clinton" once, last)."""
        best: tuple[int, _Named] | None = None  # how often, and where named last
        for named in self._named_in_full(surname).values():
            n = bisect_left(named, (pos,))
            if n and (fits is None or fits(named[n - 1][2].actor)) \
                    and (best is None or (n, named[n - 1][:2]) > (best[0], best[1][:2])):
                best = (n, named[n - 1])
        return None if best is None else best[1][2].actor

    def named_in_full(self, surname: str) -> list[tuple[Actor, list[int]]]:
        """Give each name of a person named in full with this surname, anywhere noted so far:
        its last reading and where it stands, in the order the names were first noted."""
        return [(named[-1][2].actor, [at for at, _, _ in named])
                for named in self._named_in_full(surname).values()]

    def only_person(self, surname: str, fits: Fits | None = None) -> Actor | None:
        """Give the one person named in full with this surname anywhere in the article (of
        those ``fits`` takes, where given), when there is exactly one ("Vale:" in a headline,
        "Sen. Ann Vale" in the text below)."""
        full = {name: named[-1][2].actor for name, named in self._named_in_full(surname).items()
                if fits is None or fits(named[-1][2].actor)}
        if not full:
            return None
        fullest = max(full.values(), key=lambda a: (len(a.name.split()), a.name))
        # "Lindsey Graham" and "Lindsey Olin Graham" are one person; two people are none
        return fullest if all(same_person(n, fullest.name) for n in full) else None

    def last_by_given_name(self, given: str, pos: int) -> Actor | None:
        """Give the last person named in full with this given name seen before pos ("Julie
        Marsh ... Julie said")."""
        for s in self.seen.before(pos):  # no copy of all seen before
            words = s.actor.name.split()
            if s.actor.kind == "person" and len(words) > 1 and words[0] == given:
                return s.actor
        return None

    def only_by_first_word(self, word: str) -> Actor | None:
        """Give the one person named in full whose name opens with a word no one in the
        article has as a surname ("Kim Jong Un ... Kim said", "Moon Jae-in ... Moon"); None
        for none or two."""
        if self._by_surname.get(surname_index(word)):
            return None
        found = {s.actor.name: s.actor for s in self._by_first_word.get(word, ())}
        return next(iter(found.values())) if len(found) == 1 else None

    def misspelt_person(self, word: str, accents_only: bool = False,
                        fits: Fits | None = None) -> Actor | None:
        """Give the one person named in full whose surname a lone word misspells: a letter
        dropped, added, changed or two swapped ("Phyllis Schlafly ... Schalfly said", "Raúl
        Grijalva ... Grijalava said"), two in a long name, the first letter kept; None where
        two people fit ("Scot" beside Tim and Rick Scott) or the word is short. With
        ``accents_only``, only its accents may differ ("Nydia Velázquez ... Velazquez");
        of those ``fits`` takes, where given."""
        low = fold(word)
        if len(low) < _MISSPELT_MIN and not accents_only:
            return None
        reach = 0 if accents_only else 2 if len(low) >= _MISSPELT_LONG else 1
        found: dict[str, Actor] = {}
        for key, people in self._by_initial.get(low[:1], ()):
            if abs(len(key) - len(low)) <= reach \
                    and OSA.distance(key, low, score_cutoff=reach) <= reach:
                found.update((name, named[-1][2].actor) for name, named in people.items()
                             if fits is None or fits(named[-1][2].actor))
        if not found:
            return None
        fullest = max(found.values(), key=lambda a: (len(a.name.split()), a.name))
        return fullest if all(same_person(n, fullest.name) for n in found) else None

    def of_type(self, type_: str, pos: int) -> Iterator[Seen]:
        """Give the people of a type seen before pos, the last first."""
        found = self._by_type.get(type_, [])
        for k in range(bisect_left(found, pos, key=_pos) - 1, -1, -1):
            yield found[k]

    def named_by(self, word: str, pos: int) -> Iterator[Seen]:
        """Give the actors whose name or role holds a word, seen before pos, last first."""
        found = self._by_word.get(word, [])
        for k in range(bisect_left(found, pos, key=_pos) - 1, -1, -1):
            yield found[k]

    def named_by_after(self, word: str, pos: int) -> Iterator[Seen]:
        """Give the actors whose name or role holds a word, seen after pos, in text order."""
        found = self._by_word.get(word, [])
        for k in range(bisect_right(found, pos, key=_pos), len(found)):
            yield found[k]

    def each_of_type(self, type_: str, pos: int, fits: Callable[[Actor], bool],
                     stands: Callable[[Seen], bool], first: bool = False) -> list[Seen]:
        """Give, of each actor of a type (people only) that ``fits`` takes, its last mention
        before pos that ``stands`` takes (its first, with ``first``), the last first: of the
        mentions ``of_type`` gives that both take, each actor once."""
        return _each(self._actors_by_type.get(type_, {}), pos, fits, stands, first)

    def each_named_by(self, word: str, pos: int, fits: Callable[[Actor], bool],
                      stands: Callable[[Seen], bool], first: bool = False) -> list[Seen]:
        """Give, of each actor whose name or role holds a word that ``fits`` takes, its last
        mention before pos that ``stands`` takes (its first, with ``first``), the last first:
        of the mentions ``named_by`` gives that both take, each actor once."""
        return _each(self._actors_by_word.get(word, {}), pos, fits, stands, first)


def _each(by_actor: dict[Actor, list[_Named]], pos: int, fits: Callable[[Actor], bool],
          stands: Callable[[Seen], bool], first: bool) -> list[Seen]:
    """Give, of each actor ``fits`` takes, its last mention before pos ``stands`` takes (its
    first, with ``first``), in the order a walk back over all their mentions meets those:
    the last first, and of two at one position the one noted last."""
    found: list[_Named] = []
    for a, mentions in by_actor.items():
        k = bisect_left(mentions, (pos,))
        if not k or not fits(a):
            continue
        for n in range(k) if first else range(k - 1, -1, -1):
            if stands(mentions[n][2]):
                found.append(mentions[n])
                break
    found.sort(reverse=True)
    return [s for _, _, s in found]
