"""Resolve mentions in text order within one article: pronouns, surnames, definite
descriptions ("the ministry", "the senator") and documents ("the letter": its author).

``Resolver.resolve`` tries the steps in order, each a method of the mixin of the module that
resolves that kind of mention:

- ``state``: the article's text, sentences, quotations, memory and caches; ``note``, ``read``
- ``people``: a person by name (surname, given name, misspelling, bare name; party, tables)
- ``groups``: people named together ("Ann Roe and Tom Reyes", "the senators", "the two")
- ``pronouns``: "he", "she", "they", "it", "his", "her": whom they point back to
- ``relatives``: "who", "which": the name or phrase before the comma
- ``descriptions``: "the former prosecutor", "the person", appositions: the one described so
- ``roles``: "the senator", "the FDA chief", "the Ohio Republican": who holds the office
- ``bodies``: "the Times", "the commission", "the paper", "police": organisations, outlets
- ``documents``: "the union statement", "its report", "the Schiff memo": the owner named
- ``authors``: "the report", "a statement", "70 percent": the maker the text around names
- ``common``: the patterns and helpers more than one of the modules uses
"""

from __future__ import annotations

import re
from functools import cache

from reportgen.analyze.actors.reading import Reading, as_definite, describe, without_openers
from reportgen.analyze.actors.resolver.authors import Authors
from reportgen.analyze.actors.resolver.bodies import Bodies
from reportgen.analyze.actors.resolver.common import _POSSESSIVE_PRONOUNS, _few_alone
from reportgen.analyze.actors.resolver.descriptions import Descriptions
from reportgen.analyze.actors.resolver.documents import Documents
from reportgen.analyze.actors.resolver.groups import Groups
from reportgen.analyze.actors.resolver.people import People
from reportgen.analyze.actors.resolver.pronouns import Pronouns
from reportgen.analyze.actors.resolver.relatives import Relatives
from reportgen.analyze.actors.resolver.roles import Roles
from reportgen.analyze.tables import us_states
from reportgen.models import Actor, Span

_RELATIVE_PRONOUNS = frozenset({"who", "which"})
# a relative pronoun that ends a speaker's phrase when the cue stands in a relative clause:
# "A senator who [said ...]", "The report that [said ...]"
# a name, then the indefinite description that the relative clause hangs on
_NAMED_BEFORE_DESCRIPTION = re.compile(r"(?P<name>[A-Z][^,]*), an? [^,]+$")
# (a comma before it too: "the official, who [asked not to be named, said]")
_RELATIVE_AFTER = re.compile(r"(?<=\S),?\s+(?:who|that|which)\s*$", re.I)


@cache
def _without_relative(mention: str) -> str:
    """Read a speaker phrase that ends in a relative pronoun without it: "A senator who
    [said]" is the senator, "Ann Cole, a lawyer who [said]" is Ann Cole."""
    if not _RELATIVE_AFTER.search(mention):
        return mention
    mention = _RELATIVE_AFTER.sub("", mention)
    named = _NAMED_BEFORE_DESCRIPTION.match(mention)
    return named["name"] if named else mention


class Resolver(People, Groups, Pronouns, Relatives, Descriptions, Roles, Bodies, Documents,
               Authors):
    """Resolve mentions in text order within one article (see the module's docstring)."""

    def other_subject(self, start: int, end: int, actor: Actor) -> bool:
        """Tell whether a person other than ``actor`` opens a sentence between start and end,
        outside quotation marks (the subject of a sentence of its own)."""
        for s in self.memory.between(start, end):
            # a name in the possessive is no subject: "Pecker's company worked ..."
            if s.quoted or s.possessive or s.actor.kind != "person" \
                    or s.actor.name == actor.name:
                continue
            n = self.sentence_of(s.pos)
            if n >= 0 and not self.text[self.sentences[n][0]:s.pos].strip(" \t\n\"“‘'"):
                return True
        return False

    def resolve(self, mention: str, pos: int, content: tuple[Span, ...] = ()) -> Actor | None:
        """Give the actor a mention at pos refers to, and remember it. ``content`` is what
        the speaker says, where it stands before the mention: a pronoun never points to a
        person named in it ("Sam Cole fought the ruling, he said": he is not Cole)."""
        if mention.lower() in self.knowledge.words.demonstratives:
            return None  # "That oft-cited number is right, PolitiFact rates ..., noting": no name
        mention = _without_relative(mention)
        if " and " in mention and (joined := self._and(mention, pos))[0]:
            return joined[1]
        if mention.lower() in _POSSESSIVE_PRONOUNS and (owner := self._possessor(mention, pos)):
            self.note(pos, owner, speaker=True, mention=mention)
            return owner  # "Trump's speech, and his claim that ...": Trump
        if mention.lower() in _RELATIVE_PRONOUNS:
            actor = self._antecedent(pos) or (
                self._group_before(pos) if mention.lower() == "who" else None)
            if actor is not None:
                self.note(pos, actor, speaker=True, mention=mention)
            return actor
        reading = self.read(mention)
        if (author := self._title_author(mention, pos)) is not None:
            self.note(pos, author, speaker=True, mention=mention)
            return author  # "Ann Roe's Harbor Years ... Harbor Years recounts"
        actor = self._document_owner(mention, reading, pos, content) \
            or self._document_part(mention, reading, pos, content) \
            or self.article_person(reading, pos)
        # "this person" is "the person"; "Although the School District" is "the School District"
        the = as_definite(without_openers(mention, self.knowledge), self.knowledge)
        if actor is not None and the.lower().startswith("the ") and actor.name == describe(the):
            actor = self._description_of_named(actor, pos, mention)
        if actor is not None and actor.kind != "person":
            actor = self._person_named_so(actor, mention, the, pos)
        if actor is not None and (the.lower().startswith("the ") or _few_alone(the) or (
                the.lower().startswith("both ") and " and " not in the)):
            actor = self._named_before(actor, pos)
            actor = self._introduced_source(actor, pos) or actor
        if actor is not None and actor.kind == "person" and not actor.role:
            actor = self._organisation_so_named(actor, mention)
        actor = self._polled(actor, mention, pos)
        if actor is None:
            actor = self._unresolved(reading, mention, pos, content)
        elif actor.kind == "person":
            actor = self.merge_earlier(self._with_suffix_after(actor, pos + len(mention)), pos,
                                       inclusive=True)
        actor = self._apposed(actor, pos + len(mention))
        actor = self._members_apposed(actor, mention, pos + len(mention))
        actor = self._apposition_to(actor, pos, pos + len(mention))
        if actor is not None:
            actor = self._as_outlet(actor, mention)
            actor = self.with_party_after(actor, pos + len(mention))
            actor = self.identify(actor, mention, pos + len(mention))
            actor = self._office_of(actor, mention)
            self.note(pos, actor, speaker=True, mention=mention)
        return actor

    def _unresolved(self, reading: Reading, mention: str, pos: int,
                    content: tuple[Span, ...] = ()) -> Actor | None:
        """Find whom a pronoun, surname, document or definite description points to."""
        if reading.pronoun:
            return self._pronoun(reading.pronoun, pos, content)
        if reading.surname and reading.thing:
            # "The Hill": the person of that surname named before, else what it names
            return self.memory.last_person(reading.surname, pos) or \
                self._organisation_named(reading.surname) or reading.thing
        if reading.surname:
            fits = self.of_gender(reading.gender)
            return self.titled_namesake(reading.surname, _title_before(mention, reading.surname)) \
                or self.last_of_gender(reading.surname, pos, reading.gender) or self._by_given_name(
                reading.surname, pos) or self.memory.only_person(reading.surname, fits) or \
                self._organisation_named(reading.surname) or \
                self._misspelt(reading.surname, fits) or \
                self._bare_name(reading.surname, reading.country, pos)
        if reading.document:
            return self._author(reading.document, pos, mention) or Actor(
                describe(mention), "unknown", "unknown", None, None, reading.country)
        if reading.head:
            state = _state_named(mention)
            return (self._of_state(state, reading.head, reading.party, pos) if state
                    else None) or self._owner(mention, reading.head, pos, content) or \
                self._definite(reading.head, reading.country, reading.party, pos,
                               self._lower_rank(describe(mention), reading.head), state) or \
                self._titled_description(mention, reading.head, pos) or \
                self._country_leader(mention, reading.country, pos) or \
                self._outlet_before(reading.head, mention, pos) or \
                (None if self._news_described(reading.head, mention)
                 else self._nearest_organisation(reading.head, pos)) or \
                self._organisation_named_near(reading.head, mention, pos) or \
                self._echoed_name(reading.head, mention, pos) or \
                self._owned_body_before(reading.head, mention, pos) or \
                self._outlet_board(reading.head, mention, pos) or \
                self._body_of_head(reading.head, mention, pos) or \
                self._leaders_administration(reading.head, mention, pos) or \
                self._epithet(reading.head, mention, pos) or \
                self._titled_next(mention, reading.head, pos) or \
                self._description(reading, mention)
        return None


def _title_before(mention: str, surname: str) -> list[str]:
    """Give the words of a mention before its surname: "Rev. Scalia" gives ["Rev."]."""
    words = mention.split()
    return words[:-1] if words and words[-1] == surname else []


@cache
def _states() -> re.Pattern[str]:
    """Match the name of a US state the office-holder tables give a seat of, whole words."""
    names = sorted(us_states(), key=len, reverse=True)
    alternatives = "|".join(map(re.escape, names))
    return re.compile(rf"\b(?:{alternatives})\b")


def _state_named(mention: str) -> str | None:
    """Give the US state a definite description names: "the Kentucky Republican",
    "the New York senator" (not "The New York Times": no description of a person)."""
    m = _states().search(mention)
    return m.group() if m else None
