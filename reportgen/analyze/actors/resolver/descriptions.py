"""Descriptions of a person by a common noun: "the fired agent" is the "fired FBI agent Ann
Roe" the article named, "the former prosecutor" the person who opens the sentence before
(an epithet), "the person" the unnamed source introduced of late; an apposition right after
a description names whom it describes ("the association's chief executive, Ann Roe"), and a
description set beside a name is that person ("Ann Roe, a local historian, said").
"""

from __future__ import annotations

import re
from bisect import insort
from dataclasses import replace
from functools import cache

from reportgen.analyze.actors.memory import Seen
from reportgen.analyze.actors.names import same_person, surname_word
from reportgen.analyze.actors.reading import (
    Reading,
    as_definite,
    author_words,
    describe,
    document_kind,
    without_openers,
)
from reportgen.analyze.actors.resolver.common import (
    _APPOSITION_WORDS,
    _HONORIFIC_REACH,
    _NAME_REACH,
    _SENTENCE_OPENING,
    _plural,
)
from reportgen.analyze.actors.resolver.state import ResolverState
from reportgen.knowledge.words import POSSESSIVE_MARKS
from reportgen.models import Actor

# an unnamed source that "the person" or "the source" stands for, as introduced: "a source
# present at the meeting", "one person familiar with the talks", "an aide who was in the room"
_GENERIC_SOURCES = frozenset({"person", "source", "individual", "insider"})
# an unnamed one introduced, up to its head noun ("a third senior White House" ...), and what
# describes it after the head (... "familiar with the talks")
_INTRODUCED_OPENING = (
    r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?P<desc>(?:[a-z-]+\s+){0,2}?"
    # an organisation's name in the description: "a third senior White House official"
    r"(?:(?!(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s)[A-Z][\w.&-]*\s+){0,3}?")
_INTRODUCED_AFTER = (
    r"\b(?:\s+(?:who|familiar|close|present|with|at|in|involved|briefed|knowledgeable)\b"
    r"[^.,;:()\"“”\n]{0,60})?)")
_INTRODUCED_SOURCE = re.compile(
    r"\b" + _INTRODUCED_OPENING + r"(?:source|person|individual|insider|official|aide|diplomat)"
    + _INTRODUCED_AFTER)
# ... where none is, an unnamed adviser, ally or staffer, or "someone" close to or familiar
# with someone: "One longtime Reyes ally, who asked not to be named, ... “…,” this source said"
_INTRODUCED_OTHER = re.compile(
    r"\b(?:" + _INTRODUCED_OPENING
    + r"(?:adviser|advisor|ally|associate|confidant|operative|staffer|strategist)"
    + _INTRODUCED_AFTER
    + r"|(?P<someone>[Ss]omeone\s+(?:close|familiar|involved|briefed|knowledgeable)\b"
    r"[^.,;:()\"“”\n]{0,60}))")
# someone unnamed introduced: an indefinite opener, then (looked at, not taken: openers may
# stand among them) up to five words and the word after (``_introduced_head`` finds the head)
_INTRODUCED_ANYONE = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)[^\S\n]+"
    r"(?=(?P<words>(?:[^\s“”\"]+[^\S\n]+){1,5}[^\s“”\"]+))")
# what may end the head of a description introduced: "a veteran strategist, who"
_HEAD_MARKS = (",", ";", ":", ".")
_INTRODUCED_RELATIVES = frozenset({"who", "that", "whose"})
# a phrase after a description's head that ties it to someone else: "the head of the union",
# "the teacher at the school"
_POST_MODIFIER = re.compile(r"[^\S\n]+(?:of|at|in|for|from|with|on|to)\b")
# the types of the titles of a trade, not an office held (titles.tsv): "the economist" or
# "the host" may be an epithet for the person just named, "the judge" or "the mayor" not
_TRADE_TYPES = ("expert", "media", "business", "civil_society")
# the fewest letters of an agent noun known by its ending alone: not "fist", "gist", "twist"
_AGENT_NOUN_LETTERS = 6
_PRONOUN_AT = re.compile(r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Hh]is|[Hh]er)\b")
_THE_BEFORE = re.compile(r"\b[Tt]he\s$")


class Descriptions(ResolverState):
    """Resolve a definite description of a person to the one the article describes so."""

    def _apposed(self, actor: Actor | None, end: int) -> Actor | None:
        """Give the person or organisation an apposition right after a description names:
        "the association's chief executive, Ann Roe." "The driver, nursing student Tom Reyes,
        admitted", "a foreign ministry spokesman, Lu Kang.", "The trade group, the National
        Shooting Sports Foundation, said"; the description where none follows, or the words
        after the comma are no apposition ("Some officials, including Ann Roe,", "the board,
        which ...", "According to aides, Trump also said"), or name no one of its kind."""
        kind = self._described_kind(actor)
        m = _APPOSED_NAME.match(self.text, end) if kind else None
        if m is None or m["first"].lower() in self.knowledge.words.apposition_breaks:
            return actor
        named = self.read(m["app"]).actor
        last = m["app"].split()[-1]
        if kind == "person" and _named_in_full(named, "person") and " and " not in m["app"] \
                and named is not None and last == surname_word(named.name):
            return self.merge_earlier(named, end, inclusive=True)
        if kind == "organisation" and _named_in_full(named, "organisation") \
                and named is not None and last == named.name.split()[-1]:
            return named  # "the group, Concerned Veterans for America, said"
        return actor  # "Democrats who attended, Trump also said": no apposition

    def _apposition_to(self, actor: Actor | None, pos: int, end: int) -> Actor | None:
        """Give the person a description of one person is set beside, where it stands as an
        apposition right after the person's name and the apposition is closed before the
        verb: "Ann Roe, a local historian, said", "As Tom Reyes, senior director of tax
        policy at the institute, put it", "Ann Cole, president of the union – a federation
        of nurses – said", "Ann Roe, a career coach, who drove from Reno, noted", "“…,” said
        Ann Roe, a spokeswoman for the board, which ...". The name opens its clause (after a
        sentence's start, a comma, "As", "And" or "But") or follows a cue (not "Asked about
        Roe, the spokesman said") and is a person's in full, or the surname of
        one named before; the description where the apposition runs on into the verb
        ("Ann Roe, a woman answered"), or more words follow it ("Roe, a lawyer and one of
        ...")."""
        if self._described_kind(actor) != "person" \
                or not _APPOSITION_CLOSED.match(self.text, end):
            return actor
        m = _NAME_BEFORE_APPOSITION.search(self.text, max(0, pos - _NAME_REACH), pos)
        if m is None or (m["word"] and m["word"].islower() and m["word"] != "as"
                         and m["word"] not in self.knowledge.cues):
            return actor  # "Asked about Roe, the spokesman said"
        named = self.read(m["name"]).actor
        if _named_in_full(named, "person") and named is not None:
            return self.merge_earlier(named, m.start("name"), inclusive=True)
        if " " not in m["name"] and (person := self.memory.last_person(m["name"], pos)) \
                and " " in person.name:
            return person  # "Huebl, a private investigator, said": the Huebl named before
        return actor

    def _described_kind(self, actor: Actor | None) -> str | None:
        """Give "person" for an actor that is a singular description of a person ("the
        driver"), "organisation" for one of a body ("the trade group"), whom an apposition may
        name; None for a name ("Eshagh al-Habib", "Fix the Court"), many ("Some officials"), a
        document ("the poll")."""
        if actor is None or not any(w.islower() and w not in _DESCRIPTION_STOPS
                                    for w in actor.name.split()) \
                or _plural(actor.name.split()[-1].lower(), self.knowledge.words):
            return None  # "Fix the Court", "Eshagh al-Habib": names
        head = _description_words(actor.name)[0]
        if actor.kind in ("person", "anonymous", "unknown") and self._person_head(head):
            return "person"
        words = self.knowledge.words
        if actor.kind in ("organisation", "unknown") \
                and (head in words.speaker_heads or head in words.org_heads) \
                and document_kind(head, self.knowledge) is None:
            return "organisation"
        return None

    def _introduced_source(self, actor: Actor, pos: int) -> Actor | None:
        """Give the unnamed source "the person" or "the source" stands for: the last one the
        three sentences before introduce, as an object too ("The Herald quoted a source
        present at the meeting. “…,” the person said": the source present at the meeting).
        "This GOP source" is a source too (capitalised words before the noun: whom it is
        near); where no source, official, aide or the like was introduced, the last one
        introduced by any noun of a person ("A top donor described a pause. “…,” said this
        source": the top donor, ``_introduced_person``). "The official" stands only for one
        introduced by another title ("A NATO attaché told the paper ... “…,” the official
        said"), never for one introduced as a source or an official (it stays "official")."""
        words = actor.name.split()
        if actor.kind != "anonymous" or not words or not self.sentences:
            return None
        office = words == ["official"]
        if not office and (words[-1] not in _GENERIC_SOURCES
                           or not all(w[:1].isupper() for w in words[:-1])):
            return None
        start = self.sentences[self._sentences_back(pos, 3)][0]
        found = list(_INTRODUCED_SOURCE.finditer(self.text, start, pos))
        if office:
            return None if found else self._introduced_person(actor, start, pos, office=True)
        found = found or list(_INTRODUCED_OTHER.finditer(self.text, start, pos))
        if not found:
            return self._introduced_person(actor, start, pos, office=False)
        m = found[-1]
        desc = (m["desc"] or "s" + m["someone"][1:]).split()  # "Someone close to ...": someone
        # up to a cue: "one person familiar with the talks said"
        cut = next((n for n, w in enumerate(desc) if n and w in self.knowledge.cues), len(desc))
        while cut > 1 and desc[cut - 1] in ("who", "that"):
            cut -= 1  # "a Trump ally who spoke with him said": the ally, not "ally who"
        return replace(actor, name=" ".join(desc[:cut]))

    def _unnamed_so_introduced(self, s: Seen, head: str, pos: int) -> bool:
        """Tell whether an actor seen is one unnamed person the article introduced by this
        head in the three sentences before pos, outside quotation marks: "the senator"
        after "a GOP senator, who asked not to be named, described ..." is that senator,
        not a senator named further back ("one Republican lawmaker said" ... "the
        lawmaker"); not people in the plural ("two senators")."""
        a = s.actor
        if s.quoted or a.kind != "anonymous" or self._names_many(a.name) \
                or s.pos < self.sentences[self._sentences_back(pos, 3)][0]:
            return False
        low = a.name.lower().split()
        words = self.knowledge.words
        described = low[:next((n for n, w in enumerate(low) if n and w in words.prepositions),
                              len(low))]
        return described[-1:] == [head]

    def _introduced_person(self, actor: Actor, start: int, pos: int, office: bool
                           ) -> Actor | None:
        """Give the last one someone unnamed introduced between start and pos, outside
        quotation marks, by up to four words and a noun of a person, a title or staff where
        ``office`` (the head ends the phrase: a mark, a preposition, "who", a cue or a
        participle follows it): "a top Republican fund-raiser described", "A NATO military
        attaché based in the region told", "One veteran GOP strategist, who"."""
        found = None
        for m in _INTRODUCED_ANYONE.finditer(self.text, start, pos):
            if self._in_quote(m.start()):
                continue
            desc = self._introduced_head(m["words"].split(), office)
            if desc:
                found = desc
        return replace(actor, name=" ".join(found)) if found else None

    def _introduced_head(self, words: list[str], office: bool) -> list[str]:
        """Give the words after an indefinite opener up to the first noun of a person (a
        title or staff where ``office``) that ends the phrase, or none: a mark, a
        preposition, "who", a cue or a word in -ed or -ing follows it ("a top donor
        described", "a NATO attaché based in", "one GOP strategist, who")."""
        k = self.knowledge
        w = k.words
        for n, word in enumerate(words[:-1]):
            marked = word[-1] in _HEAD_MARKS and not (word[-1] == "." and "." in word[:-1])
            bare = (word[:-1] if marked else word).lower()
            if not bare.replace("-", "").replace(".", "").isalpha() or bare in w.prepositions \
                    or bare in k.cues or bare in w.subordinators or bare in w.determiners \
                    or bare in w.apposition_breaks:
                return []  # "a sense of", "a fund said", "a server while secretary of"
            after = words[n + 1].lower()
            ends = marked or after in w.prepositions or after in _INTRODUCED_RELATIVES \
                or after in k.cues or (len(after) > 4 and after.endswith(("ed", "ing")))
            if ends and bare[:1].islower() and not _plural(bare, w) and (
                    (bare in k.titles or bare in w.staff) if office
                    else self._person_head(bare)):
                return [*words[:n], bare]
            if marked:
                return []
        return []

    def _description_of_named(self, actor: Actor, pos: int, mention: str = "") -> Actor:
        """Give the person a definite description read as an actor stands for, where the
        article named them: "the Fox News host" by its title (``_described``), "the
        treasurer" by the role the article gave one person (``_role_holder``)."""
        if actor.role and self._names_many(actor.name):
            return actor  # "the officials", "the two aides": never the one person named so
        if actor.role:
            return self._described(actor, pos) or self._own_description(actor.name, pos) \
                or actor
        if actor.kind == "person" and actor.organisation and " of " in actor.name:
            # "the head of the United Nations", read without a role: its one head named
            return self._head_of_body(actor, pos) or actor
        if actor.kind == "unknown":
            return self._role_holder(actor.name, pos) or self._own_description(actor.name, pos) \
                or self._epithet(actor.name.split()[-1].lower(),
                                 mention or f"the {actor.name}", pos) or actor
        return actor

    def _names_many(self, description: str) -> bool:
        """Tell whether a description names people in the plural by its head, the last word
        before a preposition: "officials", "two senior aides", "administration officials";
        not "secretary of veterans affairs", "director of communications"."""
        words = self.knowledge.words
        low = description.lower().split()
        head = low[:next((n for n, w in enumerate(low) if n and w in words.prepositions),
                         len(low))]
        return bool(head) and _plural(head[-1], words)

    def _own_description(self, description: str, pos: int) -> Actor | None:
        """Give the one person the article describes, where it names them, with a common
        noun that heads the description and words that hold every other word of it: "fired
        FBI agent Ann Roe" for "the fired agent", "Tom Reyes, the Guatemalan consul in
        Phoenix," for "the consul", "Tom Reyes, former assistant secretary of Indian affairs
        at ..." for "the former assistant secretary of Indian affairs", before the
        description or after it. None where nobody or two people fit ("the agent" after
        "FBI agent Ann Roe" and "FBI agent Tom Reyes"), where the head names no person ("the
        election"), where the head is a title written with a capital ("President Ann Roe":
        the other steps read titles), or where someone else opens the sentence before: an
        epithet for the person just named ("Host Tom Reyes mocked her. The comedian said"
        is not the comedian Ann Roe named paragraphs before)."""
        head, wanted = _description_words(description)
        if not self._person_head(head):
            return None
        found: Actor | None = None
        since = 0  # where the last fitting description before pos ends its sentence
        for s, described in self._described_as(head):
            a = s.actor
            if not any(wanted <= words for words in described) \
                    or not (s.pos < pos or self._named_before_at(a, pos)):
                continue
            if found is not None and not same_person(found.name, a.name):
                return None  # two people fit: no guess
            found = a
            if s.pos < pos and self.sentences:
                since = self.sentences[max(0, self.sentence_of(s.pos))][1]
        if found is None or _introduced_as(head).search(self.text, min(since, pos), pos):
            return None  # "Ann Roe, a Clinton ally ... one Clinton ally said ... the ally said"
        subject = self._last_subject(pos)
        return found if subject is None or same_person(subject.name, found.name) else None

    def _titled_description(self, mention: str, head: str, pos: int) -> Actor | None:
        """Give the one person the article describes, where it names them, with the head of
        a definite description by a title that no step by titles or types resolved: "Rex
        Tillerson, Trump's nominee to the post, testified ... the nominee said", where the
        tables give Tillerson another role (``_own_description``: none where two fit or
        nobody does). None for an indefinite description ("a nominee", "one lawmaker"):
        someone unnamed unless the article itself names them."""
        the = as_definite(without_openers(mention, self.knowledge), self.knowledge)
        if not the.lower().startswith("the ") or head not in self.knowledge.titles:
            return None
        return self._own_description(describe(the), pos)

    def _named_before_at(self, person: Actor, pos: int) -> bool:
        """Tell whether a person is named before pos (a description may come before the
        person's own description, not before the person: "Ann Roe never liked it, says the
        former dean", then "Ann Roe, a former dean at ...")."""
        return any(same_person(a.name, person.name)
                   for a in self.memory.people(surname_word(person.name), pos))

    def _person_head(self, head: str) -> bool:
        """Tell whether a description's head noun names a person: a title, a person's noun, a
        relation or staff, a party's member, an agent noun ("comedian"); not a body or a
        document ("the hospital", "the poll"). A singular head, whose plural ``Words.people``
        is asked about; the word before a home is ``_names_someone``'s."""
        words = self.knowledge.words
        if not head or head in words.org_heads:
            return False
        return head in self.knowledge.titles or head in words.person_nouns \
            or head in words.relations or head in words.staff or head in words.party_nouns \
            or words.people(f"{head}s")

    def _described_as(self, head: str) -> list[tuple[Seen, list[set[str]]]]:
        """Give the people named in full outside quotation marks with a description of this
        head noun written with the name, each with the words of those descriptions, in text
        order. Each mention noted is read once, at the first ask after it, and indexed by
        head: every description in the article asks about the people seen, and a pass over
        all of them for each would cost the square of the article's length."""
        noted = self.memory.noted
        for s in noted[self._described_upto:]:
            if s.quoted or s.actor.kind != "person" or " " not in s.actor.name:
                continue
            heads: dict[str, list[set[str]]] = {}
            for h, words in self._read_descriptions(s):
                heads.setdefault(h, []).append(words)
            for h, described in heads.items():
                insort(self._by_head.setdefault(h, []), (s, described), key=_seen_pos)
        self._described_upto = len(noted)
        return self._by_head.get(head, [])

    def _read_descriptions(self, s: Seen) -> list[tuple[str, set[str]]]:
        """Read the common-noun descriptions written with a person's name at a position, as
        (head, words): the lower-case words right before it ("fired FBI agent [Ann Roe]")
        and an apposition right after it ("Ann Roe, the city's consul,"), past an honorific
        between the words and the name ("forensic pathologist [Dr.] Ann Roe"); and the noun
        an honorific stands for ("Dr. Ann Roe" is a doctor, ``honorific_nouns``)."""
        end = self.text.find(surname_word(s.actor.name), s.pos, s.pos + _NAME_REACH)
        if end < 0:
            return []
        end += len(surname_word(s.actor.name))
        found = []
        start = s.pos
        words = self.knowledge.words
        h = _HONORIFIC_AT.match(self.text, s.pos)
        if h is None or h["word"].lower() not in words.honorifics:
            h = _HONORIFIC_BEFORE.search(self.text, max(0, s.pos - _HONORIFIC_REACH), s.pos)
        if h is not None and h["word"].lower() in words.honorifics:
            start = min(start, h.start())
            if noun := words.honorific_nouns.get(h["word"].lower()):
                found.append((noun, {noun}))
        if m := _WORDS_BEFORE_NAME.search(self.text, max(0, start - _NAME_REACH), start):
            found.append(_described_by(m["words"].split(), before=True))
        if m := _APPOSITION_WORDS.match(self.text, end):
            closed = self.text[m.end():m.end() + 1] in _APPOSITION_ENDS
            found.append(_described_by(m["words"].split(), before=False, closed=closed))
        return [(h, w) for h, w in found if h]

    def _epithet(self, head: str, mention: str, pos: int) -> Actor | None:
        """Give the person who opens the sentence before a definite description of a
        person, by a name (not a pronoun, whose own reading may be wrong), where no step
        before found whom the description names and no one else is named in its own
        sentence before it: "Ann Vale sued the city on Monday. The former prosecutor said",
        "Tom Reyes, 56, backs no one. The fund manager said". Only a description that ends
        with its head noun ("the head of the union" names someone else), holds no
        possessive ("the state's governor"), is of one person, no unnamed source's word
        ("the official", "the spokesman", "the man"), no relation ("the son", "the widow",
        "the neighbor": someone's, so not the one just named), no head someone unnamed was
        introduced with ("an activist ... the activist said"), no head the article gives
        someone as a role or description (``_described_so``), no office ("the judge", "the
        mayor") unless "former" says it is held no more (a trade's title is no office: "the
        economist", "the host", "the CEO"); and not for a person with a role of another
        head ("Ann Roe, the city treasurer ... the auditor said"). A head the lexicon lacks
        may be an agent noun by its ending ("the immunologist", ``_agent_noun``); the name
        may open its sentence after an honorific ("Dr. Ann Vale sued",
        ``_honoured_subject``)."""
        words = self.knowledge.words
        the = as_definite(mention, self.knowledge)
        low = the.lower().split()
        end = pos + len(mention)
        if low[0] != "the" or low[-1] != head or any(w.endswith(POSSESSIVE_MARKS)
                                                      for w in low) \
                or (head.endswith("s") and not head.endswith("ss")) \
                or head in words.anonymous_heads or head in words.staff \
                or head in words.speaks_for or head in words.org_descriptions \
                or head in words.party_nouns or head in words.relations \
                or not (self._person_head(head) or self._agent_noun(head)) \
                or (self.knowledge.titles.get(head) not in (None, "unknown", *_TRADE_TYPES)
                    and "former" not in low) \
                or _POST_MODIFIER.match(self.text, end):
            return None
        here = self.sentence_of(pos)
        first = self._sentences_back(pos, 2)
        gender = words.gender_words.get(head)
        for s in reversed(self.memory.last(pos, 12)):
            if s.sentence < first:
                break
            if s.quoted or s.actor.kind != "person":
                continue
            if s.sentence == here:
                return None  # "Brown said the suspect told": someone else
            if (self._subject(s) or self._honoured_subject(s)) \
                    and not _THE_BEFORE.search(self.text, max(0, s.pos - 4), s.pos) \
                    and not _PRONOUN_AT.match(self.text, s.pos):
                # a name, not a pronoun (its own reading may be wrong) nor a name as a
                # modifier ("The Trump presidency made ...")
                a = s.actor
                other = a.role is not None and a.role.lower().split()[-1] != head
                return a if " " in a.name and not other and not (
                    gender and self.gender.get(a.name) not in (None, gender)) \
                    and not _introduced_as(the.split()[-1]).search(self.text, 0, pos) \
                    and not self._described_so(head) else None
        return None

    def _honoured_subject(self, s: Seen) -> bool:
        """Tell whether a person seen opens its sentence after an honorific the mention left
        out ("Dr. Ann Vale sued the city", "Ms. Rita Vale left"): its subject, as
        ``_subject`` tells for a name with nothing before it."""
        if s.possessive or not 0 <= s.sentence < len(self.sentences):
            return False
        m = _HONORIFIC_BEFORE.search(self.text, max(0, s.pos - _HONORIFIC_REACH), s.pos)
        return m is not None and m["word"].lower() in self.knowledge.words.honorifics \
            and bool(_SENTENCE_OPENING.fullmatch(self.text, self.sentences[s.sentence][0],
                                                 m.start()))

    def _agent_noun(self, head: str) -> bool:
        """Tell whether a singular head noun is one person by an ending that seldom ends
        anything else (``Words.one_person_endings``): "immunologist", "pediatrician",
        "comedian", whose plural ``Words.people`` misses where the stem is a rare word."""
        return head.isalpha() and len(head) >= _AGENT_NOUN_LETTERS \
            and head.endswith(tuple(self.knowledge.words.one_person_endings))

    def _described_so(self, head: str) -> bool:
        """Tell whether the article gives someone a role or a description with this head
        noun ("Ann Roe, the city treasurer", "comedian Ann Cole"): the steps that read them
        decide whom a description with that head names, or that it names no one sure."""
        return bool(self._described_as(head)) or self.memory.role_seen(head)

    def _description(self, reading: Reading, mention: str) -> Actor:
        """Name an actor by its description where the article names no one it can be."""
        words = self.knowledge.words
        head = reading.head or ""
        organisation = head in words.org_heads or head in words.org_descriptions
        mention = author_words(mention, self.knowledge) or as_definite(mention, self.knowledge)
        return Actor(describe(without_openers(mention, self.knowledge)),
                     "organisation" if organisation else "unknown",
                     words.org_heads.get(head, "unknown"), None, None, reading.country,
                     reading.party)


# a name that opens its clause, or follows a cue, right before a comma and an apposition:
# "As Tom Reyes, ", "Since then, Ann Roe, the ", "And Roe, a ", "said Ann Roe, a "; the word
# before it, where one stands, is the resolver's to judge (``Resolver._apposition_to``)
_NAME_BEFORE_APPOSITION = re.compile(
    r"(?:^|(?<=[\n.!?,“\"])[^\S\n]*|(?:^|[\s“\"])(?P<word>As|And|But|[a-z]+)[^\S\n]+)"
    r"(?P<name>[A-Z][\w’'-]+(?:[^\S\n]+(?:[A-Z]\.|[A-Z][\w’'-]+)){0,3}),[^\S\n]+$")
# the end of an apposition right after a description: a comma, a dash or a parenthesis, or
# a prepositional phrase up to one ("senior director of tax policy at the institute,")
_APPOSITION_CLOSED = re.compile(
    r"(?:[^\S\n]+(?:of|at|for|in|with|on)[^\S\n]+[^,;:()“”\"\n.–—]{1,80}?)?"
    r"[^\S\n]*(?:,|[–—(]|[^\S\n]-[^\S\n])")

# An apposition right after a description, up to a comma, a parenthesis or a full stop after
# a word of four letters or more (not after an initial or "Rep."): ", Ann L. Roe.", ", nursing
# student Tom Reyes,", ", Rep. Ann Cole (Maine),"
_APPOSED_NAME = re.compile(r",[^\S\n]+(?P<app>(?P<first>[\w’'-]+)[^,;:()“”\"\n]{0,80}?)"
                           r"(?=[^\S\n]*(?:[,;:()“”\"\n]|$)|(?<=\w{4})\.(?:\s|$))")
# the prepositions after a description's head noun: "consul in Phoenix", "secretary of ..."
_DESCRIPTION_PREPOSITIONS = frozenset({"of", "in", "at", "for", "from", "with", "to", "on"})
# words that end a description read around a name: articles, prepositions, cues, "and" (not
# "former", a word of the description: "former assistant secretary")
_DESCRIPTION_STOPS = _DESCRIPTION_PREPOSITIONS | {"the", "a", "an", "by", "and", "or", "as",
                                                  "said", "says", "told", "this", "that"}
# an honorific right before a name or at its start: "Dr. ", "Mrs " (``_read_descriptions``)
_HONORIFIC_BEFORE = re.compile(r"\b(?P<word>[A-Z][a-z]{1,4})\.?[^\S\n]+$")
_HONORIFIC_AT = re.compile(r"(?P<word>[A-Z][a-z]{1,4})\.?[^\S\n]+(?=[A-Z])")
# the marks that close an apposition before the sentence goes on ("Ann Roe, a nurse, said")
_APPOSITION_ENDS = frozenset(",)–—")
# the words right before a name: "fired FBI agent [Ann Roe]", "board head [Tom Reyes]"
_WORDS_BEFORE_NAME = re.compile(r"(?P<words>(?:[A-Za-z][\w’'-]*[^\S\n]+){1,4})$")


def _description_words(description: str) -> tuple[str, set[str]]:
    """Give a description's head noun (its last word before a preposition) and the words of
    it other than articles and prepositions: "former assistant secretary of Indian affairs"
    gives "secretary" and {"former", "assistant", "secretary", "indian", "affairs"}."""
    words = [w.lower() for w in description.split()]
    core = words[:next((n for n, w in enumerate(words) if w in _DESCRIPTION_PREPOSITIONS),
                       len(words))]
    head = core[-1] if core and core[-1].isalpha() else ""
    return head, {w for w in words if w not in _DESCRIPTION_STOPS}


def _seen_pos(entry: tuple[Seen, list[set[str]]]) -> int:
    return entry[0].pos


def _described_by(words: list[str], before: bool, closed: bool = False
                  ) -> tuple[str, set[str]]:
    """Give the head noun and the words of a description written with a name: before it,
    the words back to an article, a preposition or a cue, whose last is a lower-case noun
    ("fired FBI agent"); after it, the apposition's words, whose head is the last before a
    preposition ("consul" of "Guatemalan consul in Phoenix") or, in an apposition closed
    by a comma, a dash or a parenthesis, before a participle that takes one or an article
    ("pathologist" of ", a pathologist hired by the family,", "lawyer" of ", a lawyer
    representing the family,"; not "After Trump named Roe, the new chief admitted the
    error": a clause's subject and its verb). No head for a capitalised title
    ("President", "Sen.")."""
    if before:
        k = len(words)
        while k and words[k - 1].lower() not in _DESCRIPTION_STOPS:
            k -= 1
        words = words[k:]
        head = words[-1] if words else ""
    else:
        cut = next((n for n, w in enumerate(words) if w in _DESCRIPTION_PREPOSITIONS
                    or (closed and n and _participle_before_object(words, n))), len(words))
        head = words[cut - 1] if cut else ""
    if not head.isalpha() or not head.islower():
        return "", set()
    return head, {w.lower() for w in words}


def _participle_before_object(words: list[str], n: int) -> bool:
    """Tell whether the word at n is a participle that opens a post-modifier, by its ending
    and a preposition, an article or "by" right after it: "hired by", "representing the",
    "based in"; not an adjective before the head ("a former elected official")."""
    w = words[n]
    return len(w) > 4 and w.isalpha() and w.islower() and w.endswith(("ed", "ing")) \
        and n + 1 < len(words) and words[n + 1] in _DESCRIPTION_STOPS


def _named_in_full(actor: Actor | None, kind: str) -> bool:
    """Tell whether an actor is of a kind and named with capitalised words and the small
    words of a name ("for", "of"), a person by more than one word ("Lu Kang", "Concerned
    Veterans for America"; not "Trump", "Vale's aides")."""
    small = {"and", "for", "of", "the", "on", "in", "at"}
    return actor is not None and actor.kind == kind \
        and (kind != "person" or " " in actor.name) \
        and all(w[:1].isupper() or w in small for w in actor.name.split())


@cache
def _introduced_as(head: str) -> re.Pattern[str]:
    """Give the pattern of someone unnamed introduced with a head noun: "one Clinton ally",
    "a former aide", "another Ohio-based Clinton ally"."""
    return re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'.-]+\s+){0,4}?"
                      rf"{re.escape(head)}\b")
