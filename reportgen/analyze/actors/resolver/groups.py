"""People named together: a mention that joins names with "and" ("Ann Roe and Tom Reyes",
"Ann Roe, Tom Reyes and Dana Pike", "DHS and ODNI") is one group, each remembered as a
speaker too; a plural description or a count ("the senators", "the two", "the study's
authors") is the people named together before it, and a counted one the people an
apposition right after it names ("two senators, Ann Roe and Tom Smith, said").
"""

from __future__ import annotations

import re
from dataclasses import replace

from reportgen.analyze.actors.reading import BODIES, cut_proper_name
from reportgen.analyze.actors.resolver.common import (
    _COUNT_WORDS,
    _PLURAL_PEOPLE,
    _few_alone,
    _stated_count,
)
from reportgen.analyze.actors.resolver.state import ResolverState
from reportgen.models import Actor

# the unnamed rest a named speaker stands with: "Rajkumar and others", "Cole and other experts"
_OTHERS = re.compile(r"(?:(?:many|some|several|a\s+few)\s+)?others?\b(?!\s+of\b)")

# a count in words between people named together and a count alone that may be others
_COUNT_NAMED = re.compile(r"\b(?:" + "|".join(_COUNT_WORDS) + r")\b", re.IGNORECASE)
# one name listed in an apposition, from its capital ("the" before it at most) up to the
# next mark: "Ann Roe", "Reps. Ann Roe of Maine", "the U.K."
_LISTED_NAME = r"(?:the[^\S\n]+)?[A-Z][^,;:()“”\"\n–—]{1,80}?"
# those named together in an apposition right after a counted description (a relative clause
# between them at most), set off by a comma or a dash and closed by a mark or a sentence's
# end: "Two senators, Ann Roe and Tom Smith, said", "two of those Republicans – Reps. Ann Roe
# of Maine and Tom Smith of Ohio –", "the five members who called the meeting — the U.K.,
# France, ... and Poland —"
_APPOSED_MEMBERS = re.compile(
    r"(?:[^\S\n]+(?:who|that)[^\S\n][^,;:()“”\"\n–—]{1,60}?)?"
    r"[^\S\n]*(?:,|[–—]|[^\S\n]-)[^\S\n]+"
    rf"(?P<names>(?:{_LISTED_NAME},[^\S\n]+){{0,4}}{_LISTED_NAME},?[^\S\n]+and[^\S\n]+"
    rf"{_LISTED_NAME})"
    r"(?=[^\S\n]*(?:[,;:()“”\"\n–—]|[^\S\n]-[^\S\n]|\.(?:\s|$)|$))")
# what may stand before the count that opens a counted description: "the two senators"
_COUNT_DETERMINERS = frozenset({"the", "these", "those", "all"})
# what splits the names listed: "Ann Roe, Tom Smith and Bo Li"
_LIST_MARK = re.compile(r",[^\S\n]+(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+")
# where a person is from, after the name: "Ann Roe of Maine" (not part of who she is)
_FROM_PLACE = re.compile(r"[^\S\n]+of[^\S\n]+[A-Z][\w.’'-]*(?:[^\S\n]+[A-Z][\w.’'-]*)*$")


def _member_count(name: str) -> int:
    """Count the people a group named together has: "Ana Ruiz, Bo Li and Tom Reyes" is 3."""
    return name.count(", ") + name.count(" and ") + 1


def joint_actor(a: Actor, b: Actor) -> Actor:
    """Give two people named together as one group: what they share is its type, country and
    party."""
    return joint_of([a, b])


def joint_of(actors: list[Actor]) -> Actor:
    """Give people named together as one group ("Ana Ruiz, Bo Li and Tom Reyes"): what they
    all share is its type, organisation, country and party."""
    def shared(values: list[str | None]) -> str | None:
        return values[0] if len(set(values)) == 1 else None
    names = [a.name for a in actors]
    name = f"{', '.join(names[:-1])} and {names[-1]}"
    return Actor(name, "group", shared([a.type for a in actors]) or "unknown", None,
                 shared([a.organisation for a in actors]), shared([a.country for a in actors]),
                 shared([a.party for a in actors]))


class Groups(ResolverState):
    """Resolve people named together, and the plural descriptions that stand for them."""

    def _and(self, mention: str, pos: int) -> tuple[bool, Actor | None]:
        """Resolve a mention that joins words with "and": the one named and "others", people
        listed, two people, the second of two bodies; (whether one of these read it, whom)."""
        first, second = mention.split(" and ", 1)
        if _OTHERS.match(second) and self._by_name(first, pos) is not None:
            return True, self.resolve(first, pos)  # "Rajkumar and others say": the one named
        if ", " in first and (listed := self._joint_list(first, second, pos)) is not None:
            return True, listed
        if (joint := self._joint(first, second, pos)) is not None:
            return True, joint
        if first.lower().startswith("the ") and second.lower().startswith("the "):
            # "the Senate and the House": no two bodies by name; the one next to the cue
            return True, self.resolve(second, pos + len(first) + 5)
        return False, None

    def _joint(self, first: str, second: str, pos: int) -> Actor | None:
        """Give two people who speak together ("Tom Reyes and Maria Olsen", "Reyes and
        Olsen") as one group, each remembered as a speaker too; None unless both are people
        by name (not "Health and Human Services Secretary X", "Deputy and Head")."""
        later = pos + len(first) + 5
        a, b = self._by_name(first, pos), self._by_name(second, later)
        if a is None or b is None:
            return self._joint_bodies(first, second, pos)
        if a.name == b.name:
            return None
        a, b = self.resolve(first, pos), self.resolve(second, later)
        if a is None or b is None or a.kind != "person" or b.kind != "person":
            return None
        group = self._listed_with(a, b, pos) or joint_actor(a, b)
        self.note(pos, group, speaker=True, mention=f"{first} and {second}")
        return group

    def _joint_list(self, first: str, last: str, pos: int) -> Actor | None:
        """Give three or more people listed as one speaker ("Ann Roe, Tom Reyes and Dana Pike
        wrote") as one group, each remembered as a speaker too; None unless each is a person
        by name, all different."""
        names = [*first.split(", "), last]
        starts = [pos + first.find(n) if k < len(names) - 1 else pos + len(first) + 5
                  for k, n in enumerate(names)]
        found = [self._by_name(n, at) for n, at in zip(names, starts, strict=True)]
        if any(a is None for a in found) or len({a.name for a in found if a}) < len(names):
            return None
        actors = [self.resolve(n, at) for n, at in zip(names, starts, strict=True)]
        people = [a for a in actors if a is not None and a.kind == "person"]
        if len(people) < len(names):
            return None
        group = joint_of(people)
        self.note(pos, group, speaker=True, mention=f"{first} and {last}")
        return group

    def _listed_with(self, a: Actor, b: Actor, pos: int) -> Actor | None:
        """Give the people listed together that a pair ends ("Rand Paul, Mike Lee and Ted
        Cruz said": the mention is the last two, the speakers are the three)."""
        tail = f", {a.name} and {b.name}"
        for s in self.memory.between(max(0, pos - 120), pos):
            if s.actor.kind == "group" and s.actor.name.endswith(tail):
                return s.actor
        return None

    def _joint_bodies(self, first: str, second: str, pos: int) -> Actor | None:
        """Give two organisations that speak together ("DHS and ODNI", "the FBI and the
        Secret Service", "NBC News and The Wall Street Journal") as one group; None unless
        both read as organisations or outlets by name."""
        whole = self.read(f"{first} and {second}").actor
        if whole is not None and whole.kind in BODIES and " and " in whole.name \
                and (cut_proper_name(first, self.knowledge)
                     or cut_proper_name(second, self.knowledge)):
            return None  # "the Food and Drug Administration", "the Globe and Mail": one body
        a, b = self.read(first).actor, self.read(second).actor
        # "the Pew Research Center and USA Today reported"
        if a is None or b is None or a.kind not in BODIES or b.kind not in BODIES \
                or a.name == b.name or not (a.name[:1].isupper() and b.name[:1].isupper()):
            return None
        group = joint_actor(a, b)
        known = {a.type, b.type} - {"unknown"}
        if len(known) == 1:  # what one body is, where the other's type is unknown ("DHS and ODNI")
            group = replace(group, type=known.pop())
        self.note(pos, group, speaker=True, mention=f"{first} and {second}")
        return group

    def _named_together(self, group: Actor, pos: int) -> Actor | None:
        """Give the people named together before pos that a definite plural description
        stands for: "Sens. Ana Ruiz and Tom Reyes wrote ... the senators said", "a study by
        Ana Ruiz and Tom Reyes ... the study's authors wrote" (legislators for a legislative
        word, anyone for another); the nearest such pair within the last few actors, and where
        the description states a count, a group of that many ("the 16 senators" are no three
        named before)."""
        head = group.name.lower().split()[-1]
        alone = _few_alone(group.name)
        if alone:
            head = "people"  # "the two", "both": people of no stated kind
        legislative = head in self.knowledge.words.legislative
        stated = _stated_count(group.name)
        counted = stated is not None and self._people_noun(head)
        if not legislative and head not in self.knowledge.words.named_authors and not counted:
            return None  # "the strategists", "the bill's opponents": no one named as such
        for s in reversed(self.memory.last(pos, 8)):
            a = s.actor
            if counted and not legislative and not s.quoted and " and " not in a.name \
                    and a.kind in ("group", "anonymous"):
                return None  # "Ana Ruiz and Tom Reyes ... two reporters ... the two reporters"
            if a.kind != "group" or " and " not in a.name or s.quoted \
                    or not all(w[:1].isupper() for w in a.name.split(" and ")) \
                    or stated not in (None, _member_count(a.name)):
                continue
            if legislative and (a.type == "legislator" or self._titled_plural(s.pos)):
                return replace(a, type="legislator")
            if not legislative and re.search(r"\bby\s+$", self.text[max(0, s.pos - 12):s.pos]):
                return a  # "a study by Ana Ruiz and Tom Reyes ... the authors wrote"
            if alone and _COUNT_NAMED.search(self.text, s.pos, pos):
                return None  # "Ana Ruiz and Tom Reyes ... two reporters ... the two said"
            if counted and not legislative:
                return a  # "Ana Ruiz and Tom Reyes ... the two commissioners wrote"
        return None

    def _members_apposed(self, actor: Actor | None, mention: str, end: int) -> Actor | None:
        """Give those an apposition right after a counted description names, as one group:
        people for a description of people ("Two senators, Ann Roe and Tom Smith, said", "two
        of those Republicans – Reps. Ann Roe of Maine and Tom Smith of Ohio – said"), bodies
        by name for one of people or of bodies ("five council members — the U.K., France,
        ... and Poland —", "two companies, Acme Corp. and Vale Ltd., said"); the description
        where the count is not the number named, or one named is neither a person in full nor
        a body by name, or not of the kind of the others."""
        words = mention.lower().split()
        if actor is None or len(words) < 2:
            return actor
        stated = _stated_count(words[words[0] in _COUNT_DETERMINERS])
        if stated is None or stated < 2:
            return actor  # not "the head of two unions, ...": the count opens the mention
        head = words[-1]
        people_head = actor.kind in ("group", "anonymous") or self._people_noun(head)
        if not people_head and not self._bodies_noun(head):
            return actor
        m = _APPOSED_MEMBERS.match(self.text, end)
        pieces = _pieces(m["names"], m.start("names")) if m else []
        if len(pieces) != stated:
            return actor
        named = [self.read(_FROM_PLACE.sub("", piece)).actor for _, piece in pieces]
        if any(a is None for a in named) or len({a.name for a in named if a}) < stated:
            return actor
        if people_head and all(a.kind == "person" and " " in a.name for a in named if a):
            return joint_of([self.merge_earlier(a, at, inclusive=True)
                             for (at, _), a in zip(pieces, named, strict=True) if a])
        if all(a.kind in BODIES and a.name[:1].isupper() for a in named if a):
            return joint_of([a for a in named if a])
        return actor

    def _bodies_noun(self, low: str) -> bool:
        """Tell whether a lower-case plural noun names bodies: the plural of a word for an
        organisation ("companies", "agencies", "groups", "unions")."""
        words = self.knowledge.words
        one = f"{low[:-3]}y" if low.endswith("ies") else low[:-1] if low.endswith("s") else ""
        return one in words.org_descriptions or one in words.org_heads

    def _people_noun(self, low: str) -> bool:
        """Tell whether a lower-case plural noun names people of no stated gender: a group
        head or an agent noun ("farmers"), "people", or the plural of a title, a staff word or
        a relation ("commissioners", "aides", "partners"); not "men", "sisters"."""
        words = self.knowledge.words
        if words.gender_words.get(low[:-1]) or low in ("men", "women"):
            return False  # "the two women": no pair named of whom the gender is unknown
        return words.people(low) or low in _PLURAL_PEOPLE or (
            low.endswith("s") and self._person_word(low[:-1]))

    def _titled_plural(self, pos: int) -> bool:
        """Tell whether a legislator's title in the plural opens the text at pos: "Sens.
        Ana Ruiz and Tom Reyes", "Reps. ...", "Senators ..." (the title is both people's)."""
        before, at = self.text[max(0, pos - 12):pos].split(), self.text[pos:pos + 12].split()
        titles = self.knowledge.titles
        for word in (before[-1:] + at[:1]):
            low = word.lower().rstrip(".")
            if low.endswith("s") and "legislator" in (titles.get(low[:-1]),
                                                       titles.get(f"{low[:-1]}.")):
                return True
        return False


def _pieces(names: str, start: int) -> list[tuple[int, str]]:
    """Split the names listed in an apposition at its commas and its "and": each name with
    where it stands in the text, the list beginning at ``start``."""
    found: list[tuple[int, str]] = []
    at = 0
    for mark in _LIST_MARK.finditer(names):
        found.append((start + at, names[at:mark.start()]))
        at = mark.end()
    return [*found, (start + at, names[at:])]
