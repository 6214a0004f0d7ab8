"""Descriptions by a role, a title or a party: "the senator", "the FDA chief", "the Israeli
leader", "the Ohio Republican", "the lawmaker" are the one person named before who holds
that office or belongs to that party, by the roles the article gives and the office-holder
tables (a rank below, "the vice president", and a former holder are other people).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from reportgen.analyze.actors.memory import Fits, Memory, Seen
from reportgen.analyze.actors.names import same_person, surname_word
from reportgen.analyze.actors.reading import (
    BODIES,
    as_definite,
    describe,
    read_mention,
    without_openers,
)
from reportgen.analyze.actors.resolver.common import (
    _APPOSITION_WORDS,
    _HONORIFIC_REACH,
    _NAME_REACH,
)
from reportgen.analyze.actors.resolver.state import ResolverState
from reportgen.analyze.tables import per_table
from reportgen.knowledge.roster import Holder
from reportgen.models import Actor

# How many sentences after a description of a body's head may name that head, where none was
# named before: "The head of the IMF said ... IMF managing director Ann Roe called it"
_NAMED_NEXT = 2
# A body's initials right before a person's title: "IMF managing director [Ann Roe]",
# "CCRB chairman [Tom Reyes]" (the mention may open at the initials or after the title)
_INITIALS_BEFORE = re.compile(
    r"\b(?P<initials>(?:[A-Z]\.?){2,})\s+(?:[a-z-]+\s+){0,2}(?:$|(?=[A-Za-z]))")
# the words that say an office is held no more: "Former FDA Commissioner", "ex-president"
_HELD_ONCE = re.compile(r"(?i)\b(?:former|ex-|then-)")
# How many sentences after a title alone may name its holder (``_titled_next``): a story's
# summary lines and lead ("the president says" ... "President Ann Roe said Friday"), not
# another holder paragraphs on ("After the 2001 attacks, President Tom Reyes's ...")
_TITLED_NEXT = 10
# the sentences of a story's opening, where a title alone may name someone named after it
_LEAD_SENTENCES = 3
# a title that opens a mention ("Gov. Tom Reyes"), and the word before a mention
_TITLE_WORD = re.compile(r"(?P<title>[A-Z][a-z]*\.?)[^\S\n]+[A-Z]")
_WORD_BEFORE = re.compile(r"(?P<word>[^\s“”\"(]+)[^\S\n]+$")
# Two names joined by "and" as one subject: "Sen. Ann Cole and Sen. ", "Pelosi and "
_JOINED = re.compile(r"(?:[A-Z][\w.’'-]*\s+)+(?:and|&)\s+(?:[A-Z][\w.’'-]*\s+)?")


def _the_one_person(latest: Iterable[Seen], every: Iterable[tuple[Seen, str]],
                    fits: Callable[[Seen, str], bool]) -> Actor | None:
    """Give the one person of the actors seen that fit, by the longest name they are given
    ("Tom Reyes" over "Reyes"); None for none, or where two are not the same person. The
    fold runs over ``latest``, the first mention of each actor that fits in the walk back
    over ``every`` mention (each with the word it was looked up by): a walk that asked each
    of those grew with the square of the article, where the description the person was
    found for, asked again and again, is noted as that person each time. A later mention of
    a name met before changes nothing where the name is the person found or the same
    person, at each step after the name was met; where it is not, the walk over ``every``
    mention decides, as before."""
    found: Actor | None = None
    met: list[str] = []  # the names met, each once
    for s in latest:
        a = s.actor
        if a.name in met:
            continue
        if found is not None and not same_person(found.name, a.name):
            return None
        met.append(a.name)
        if found is None or len(a.name) > len(found.name):
            found = a
            if any(n != a.name and not same_person(a.name, n) for n in met):
                return _the_one_of_all(every, fits)
    return found


def _the_one_of_all(candidates: Iterable[tuple[Seen, str]],
                    fits: Callable[[Seen, str], bool]) -> Actor | None:
    """Give what ``_the_one_person`` gives, by a walk over every mention (each with the word
    it was looked up by): a mention of the one found, by the same name, is passed over."""
    found: Actor | None = None
    for s, word in candidates:
        a = s.actor
        if (found is not None and a.name == found.name) or not fits(s, word):
            continue
        if found is not None and not same_person(found.name, a.name):
            return None
        found = a if found is None or len(a.name) > len(found.name) else found
    return found


def _one_holder(memory: Memory, word: str, pos: int,
                holds: Callable[[Actor], bool]) -> Actor | None:
    """Give the one person of the actors named by a word before pos that ``holds`` takes,
    not in a quotation, by the name with the most words, where each other name's words are
    within it ("Prince Ali" is the "Crown Prince Ali Hamad" named in full); None for none,
    or two people. The walk back over every mention met each mention of the description
    resolved before, noted as the person found, again at each new one: here each actor is
    met once, at its last mention. The answer is the walk's: a name met again is within the
    name found by then (that name only gains words, each time holding the one before), so
    it could change nothing but which reading of the name found is given, and the walk gave
    the one mentioned first."""

    def unquoted(s: Seen) -> bool:
        return not s.quoted

    found: Actor | None = None
    for s in memory.each_named_by(word, pos, holds, unquoted):
        a = s.actor
        if found is not None and found.name != a.name:
            short, full = sorted((a, found), key=lambda p: len(p.name.split()))
            if not set(short.name.split()) <= set(full.name.split()):
                return None  # two people with that role: no guess
            a = full
        found = a
    if found is None:
        return None
    name = found.name
    return memory.each_named_by(word, pos, lambda a: a.name == name and holds(a), unquoted,
                                first=True)[-1].actor


def _headed_by(name: str, head: str) -> bool:
    """Tell whether an organisation's name has a description's head as its own: "the
    committee" is the "House Ethics Committee" or the "Committee on Ethics", never the
    "Progressive Change Campaign Committee" as "the campaign"."""
    words = name.lower().split()
    return words[-1] == head or any(w == head and after in ("of", "for", "on")
                                    for w, after in pairwise(words))


class Roles(ResolverState):
    """Resolve a description by a role, title or party to the one who holds it."""

    def _described(self, actor: Actor, pos: int) -> Actor | None:
        """Give the person a definite description with a role stands for: the last person
        with that role (and organisation, where both say one), else the one of its type. An
        unnamed source introduced in the last three sentences comes first where it is the
        later ("A senior official told reporters ... the official said": not the official
        named paragraphs before)."""
        head = (actor.role or "").lower().split()[-1]
        recent = self._sentences_back(pos, 3)
        below = self._lower_rank(actor.role, head)

        def fits(a: Actor) -> bool:  # "the president" is not the Vice President named last
            return a.name != actor.name and (a.kind == "person" or (
                a.kind == "anonymous" and actor.kind == "anonymous"
                and not head.endswith("s"))) \
                and self._of_body(actor, a) and self._lower_rank(a.role, head) == below

        def stands(s: Seen) -> bool:  # an unnamed source only where introduced of late
            return not s.quoted and (s.actor.kind == "person" or s.sentence >= recent)

        # the last mention that fits, each actor asked once: a walk back over every mention
        # met each mention of the description itself ("the FDA chief", noted as is before
        # its holder is found under another word) again at each new one
        if found := self.memory.each_named_by(head, pos, fits, stands):
            return found[0].actor
        if (head_of := self._head_of_body(actor, pos)) is not None:
            return head_of
        party = actor.party or (actor.organisation if actor.organisation in {
            p.name for p in self.knowledge.parties.values()} else None)
        return self._one_of_type(head, actor.country, pos,
                                 lambda a: self._of_body(actor, a)) or (
            self._salient_person(head, party, pos) if actor.kind == "person" and party
            else None)

    def _head_of_body(self, description: Actor, pos: int) -> Actor | None:
        """Give the one person named in full before pos as the head of the body a description with
        a word for its head names, by another word for that office (``office_heads``): "the
        FDA chief" is "Ann Roe, the head of the FDA" or "FDA Commissioner Ann Roe", "the U.N.
        leader" "U.N. Secretary-General Tom Reyes". None where the description names no body,
        where two people head that body ("the FBI chief" after its director and its chief),
        or for a deputy, a former holder, someone of another body, or a description read
        as a person ("the head of the FDA said" names no one); not for a party or a
        chamber, whose leader, chairman and chief hold different offices ("the GOP leader" is
        no party chairman, "the Senate leader" no committee's). Where no head of the body is
        named before, a description that comes first is the one head the next two sentences
        name by a title of that body or its initials: "The head of the IMF said ... IMF
        managing director Ann Roe called it", "the head of the Civilian Complaint Review
        Board said ... CCRB chairman Tom Reyes said" (a lead that names the person next)."""
        words = self.knowledge.words
        # "head of the United Nations" (read without a role): the word before "of"
        role = (description.role or description.name.split(" of ")[0]).lower().split()
        org = description.organisation
        if org is None or not role or role[-1] not in words.office_heads \
                or org in {p.name for p in self.knowledge.parties.values()} \
                or any(w in words.legislative for w in org.lower().split()):
            return None
        former = "former" in description.name.lower().split()

        def holds(a: Actor, head: str) -> bool:
            held = (a.role or "").lower().split()
            return a.kind == "person" and " " in a.name and a.organisation == org \
                and held[-1:] == [head] and head not in a.name.lower().split() \
                and not self._lower_rank(a.role, head) and (former or "former" not in held)

        def holding(head: str) -> Callable[[Actor], bool]:
            return lambda a: holds(a, head)

        def stands(s: Seen) -> bool:  # the words written with this mention
            return not s.quoted and ("former" in (s.actor.role or "").lower().split()
                                     or self._held_once(s)) == former

        # two heads of that body: no guess
        heads = sorted(words.office_heads)
        before = [s for head in heads
                  for s in self.memory.each_named_by(head, pos, holding(head), stands)]
        initials = "".join(w[0] for w in org.split() if w[:1].isupper())
        # "the head of the FDA, Dr. Ann Roe,": the office written before the name
        for m in _heads_apposed(self.text):
            if m.start() >= pos:
                break
            if m["head"] in words.office_heads and (m["former"] is not None) == former \
                    and not (m["rank"] and m["rank"] in words.lower_ranks) \
                    and (m["body"].replace(".", "").split()[-1] == initials or getattr(
                        read_mention(m["body"], self.knowledge).actor, "name", None) == org):
                before += [s for s in self.memory.between(m.end(), m.end() + _HONORIFIC_REACH)
                           if s.actor.kind == "person" and " " in s.actor.name and not s.quoted]
        if before or not self.sentences:
            return _the_one_person(
                before, ((s, head) for head in heads for s in self.memory.named_by(head, pos)),
                lambda s, head: holds(s.actor, head) and stands(s))

        def titled(s: Seen) -> bool:  # "IMF managing director Ann Roe", "CCRB chairman"
            a = s.actor
            held = (a.role or "").lower().split()
            head = held[-1] if held else ""
            m = _INITIALS_BEFORE.match(self.text, s.pos) or _INITIALS_BEFORE.search(
                self.text, max(0, s.pos - _NAME_REACH), s.pos)
            return head in words.office_heads and holds(replace(a, organisation=org), head) \
                and (a.organisation == org or (
                    a.organisation is None and len(initials) > 1 and m is not None
                    and m["initials"].replace(".", "") == initials))

        # the next two sentences, not counting those wholly inside a quotation
        k, left = self.sentence_of(pos), _NAMED_NEXT
        while k + 1 < len(self.sentences) and left:
            k += 1
            start, end = self.sentences[k]
            left -= 0 if self._in_quote(start + 1) and self._in_quote(end - 2) else 1
        after = self.sentences[self.sentence_of(pos)][1]
        found = [s.actor for s in self.memory.between(after, self.sentences[k][1])
                 if not s.quoted and titled(s) and stands(s)]
        if not found or any(not same_person(a.name, found[0].name) for a in found):
            return None  # none named next, or two
        return max(found, key=lambda a: len(a.name))

    def _of_body(self, description: Actor, a: Actor) -> bool:
        """Tell whether an actor named before can be whom a description with a role names,
        by the body and party it says: no other party than the actor's; no organisation, or
        the actor's own, or, for a person, a party that is theirs or no organisation of
        their own, with a title or organisation that holds every other capitalised word of
        the description ("Senate Majority Leader Mitch McConnell" is "the Senate majority
        leader" and "the Senate GOP leader", not "the House GOP leader" nor "the Democratic
        Senate leader"; a "former" one, someone whose title says "former")."""
        parties = self.knowledge.parties
        words = [w for w in description.name.split() if w[:1].isupper()]
        own = self._party_of(a) if a.kind == "person" else None
        if own and any(p.name != own for w in words if (p := parties.get(w.lower()))):
            return False
        org = description.organisation
        if org in (None, a.organisation):
            return True
        if "former" in description.name.lower().split() \
                and "former" not in (a.role or "").lower().split():
            return False  # "the former GOP leader" is not the leader in office
        party = org in {p.name for p in parties.values()}
        if a.kind != "person" or (a.organisation is not None and not party) \
                or (party and own != org):
            return False
        short = self.knowledge.words.title_abbreviations
        held = {short.get(w, w) for w in f"{a.role or ''} {a.organisation or ''}".lower().split()}
        return all(w.lower() in parties or short.get(w.lower(), w.lower()) in held
                   for w in words)

    def _role_holder(self, description: str, pos: int) -> Actor | None:
        """Give the one person named before pos with a role of the description's head word
        ("the treasurer": Ann Roe, "the city treasurer"), or whose name opens with it as a
        title ("the pope": Pope Francis, "the prince": Crown Prince Ali Hamad); None for none
        or two."""
        head = description.lower().split()[-1]
        head = self.knowledge.words.title_abbreviations.get(head, head)  # "the pontiff"

        def holds(a: Actor) -> bool:
            return a.kind == "person" and (
                (a.role or "").lower().split()[-1:] == [head] or self._titled_by(a.name, head))

        return _one_holder(self.memory, head, pos, holds)

    def _country_leader(self, mention: str, country: str | None, pos: int) -> Actor | None:
        """Give the one person named before pos who heads the country a description of a
        country's leader names by its demonym alone (``country_leaders``): "the Israeli
        leader" is "Israeli Prime Minister Tom Reyes", "the Syrian leader" "Syrian President
        Ann Roe" (a title of the type head_of_state). None where two such heads of that
        country are named (its president and its prime minister), for a former one, or
        where other words stand before the head ("the Israeli opposition leader")."""
        words = describe(mention).split()
        if country is None or len(words) != 2 or mention.split()[0].lower() != "the" \
                or words[1].lower() not in self.knowledge.words.country_leaders \
                or words[0].lower() not in self.knowledge.demonyms:
            return None
        titles = self.knowledge.titles

        def heads(a: Actor) -> bool:
            role = (a.role or "").lower()
            return a.kind == "person" and a.country == country \
                and "former" not in role.split() and titles.get(role) == "head_of_state"

        def stands(s: Seen) -> bool:  # the words written with this mention
            return not s.quoted and not self._held_once(s)

        # none for "the Israeli leader" after its president and prime minister
        return _the_one_person(
            self.memory.each_of_type("head_of_state", pos, heads, stands),
            ((s, "") for s in self.memory.of_type("head_of_state", pos)),
            lambda s, _: heads(s.actor) and stands(s))

    def _held_once(self, s: Seen) -> bool:
        """Tell whether the words written with a person's name say the office is held no
        more: "former", "ex-" or "then-" right before the name in its sentence ("Former FDA
        Commissioner Ann Roe") or in an apposition after it ("Ann Roe, a former head of the
        FDA,")."""
        surname = surname_word(s.actor.name)
        end = self.text.find(surname, s.pos, s.pos + _NAME_REACH)
        if end < 0:
            return False
        before = re.split(r"[.;:!?“”\"]", self.text[max(0, s.pos - _NAME_REACH):end])[-1]
        after = m["words"] if (m := _APPOSITION_WORDS.match(self.text, end + len(surname))) \
            else ""
        return bool(_HELD_ONCE.search(before) or _HELD_ONCE.search(after))

    def _titled_by(self, name: str, head: str) -> bool:
        """Tell whether a person's name opens with a title a name keeps (``name_titles``)
        that is a head word: "Pope Francis", "Bishop Ann Roe", "Crown Prince Ali Hamad" (for
        "prince"); not a surname ("Tom Pope"), nor a word after a given name ("Tom Pope
        Reyes"), nor a word of a place's name read as someone ("Joint Base Andrews")."""
        low = [w.lower() for w in name.split()[:-1]]
        return head in self.knowledge.words.name_titles and head in low \
            and not any(self.knowledge.given_name(w) for w in low[:low.index(head)])

    def _lower_rank(self, role: str | None, head: str) -> bool:
        """Tell whether a role names a rank below the office its head word names: "Vice
        President", "Deputy Director", "Lt. Gov." (for the head "governor")."""
        words = self.knowledge.words
        names = [words.title_abbreviations.get(w, w) for w in (role or "").lower().split()]
        return any(n == head and names[k - 1] in words.lower_ranks
                   for k, n in enumerate(names) if k > 0)

    def with_principal(self, actor: Actor, pos: int) -> Actor:
        """Give staff the camp of whom they speak for: "Jim Manley, a spokesman for Mr. Reid"
        takes the party of the Harry Reid named before; "a spokeswoman for the Obama campaign"
        the campaign's."""
        role = (actor.role or "").lower().split()
        if actor.kind != "person" or actor.party or not actor.organisation or not role \
                or role[-1] not in self.knowledge.words.staff:
            return actor
        reading = self.read(actor.organisation)
        principal = reading.actor
        if reading.surname:
            principal = self.memory.last_person(reading.surname, pos)
        if principal is None or not principal.party:  # a person, or a campaign of one
            return actor
        return replace(actor, party=principal.party, country=actor.country or principal.country)

    def _definite(self, head: str, country: str | None, party: str | None,
                  pos: int, below: bool = False, state: str | None = None) -> Actor | None:
        """Give whom a definite description with this head points to (``below``: its own
        words name a lower rank, "the vice president"; ``state``: the US state it names, "the
        Ohio senator", which no member of Congress of another state is)."""
        if head in self.knowledge.words.party_nouns:
            return self._party_member(head, party, pos, state)
        words = self.knowledge.words
        person = head not in words.org_heads
        kinds = (*BODIES, "person") if person else BODIES
        # "the congresswoman" is a woman named "Rep." before: the title's other name, its gender
        gender = words.gender_words.get(head)
        for s in self.memory.named_by(words.title_abbreviations.get(head, head), pos):
            a = s.actor
            if person and self._unnamed_so_introduced(s, head, pos):
                return a  # "Another GOP senator described it ... The senator said": no
                # senator named before
            if not s.quoted and a.kind in kinds and self._held_in(a, state) \
                    and (country is None or a.country in (None, country)) \
                    and (a.kind == "person" or _headed_by(a.name, head)) \
                    and (a.kind != "person" or self._lower_rank(a.role, head) == below) \
                    and not (gender and self.gender.get(a.name) not in (None, gender)):
                if a.kind != "person" and a.name[:1].islower() \
                        and (named := self._nearest_organisation_seen(head, pos)) is not None \
                        and named.pos > s.pos and (named.speaker or self._subject(named)):
                    return named.actor  # "the company" left unnamed, then "Acme said ...
                    # the company": Acme, which spoke since
                return a  # "the president" is not the Vice President named last
        if person and (kind := self._one_of_type(head, country, pos, subject=True)):
            return kind  # "the lawmaker": the one legislator named so far
        if person and party:
            # "the presumptive Republican nominee": the last person of that party
            for s in reversed(self.memory.last(pos, 12)):
                if s.actor.kind == "person" and s.actor.party == party and not s.quoted:
                    return s.actor
        if person and party and head in self.knowledge.titles:
            return self._salient_person(head, party, pos)  # "the Democratic nominee"
        return None

    def _titled_next(self, mention: str, head: str, pos: int) -> Actor | None:
        """Give the one person the article names after a definite description that is a title
        alone, by that title alone, where no step found a holder before it: a lead or a
        summary that names the person further on ("“…,” the president says" ... "President
        Ann Roe said Friday"). None where the description or the title says more ("the
        former president", "Mexican President Tom Reyes", "Vice President Tom Reyes": a
        holder of another country or rank, whom the bare title need not name), for a
        former holder ("former President Tom Reyes"), or where two people are named so in
        the next ten sentences (``_TITLED_NEXT``: a holder named further on is no lead's);
        nor past the lead (``_LEAD_SENTENCES``) or after a person is named, whom the
        description may point back to though the article never gives them the title ("Roe
        sees it. “…,” the congressman said", where Roe may be read as no person)."""
        words = self.knowledge.words
        the = as_definite(without_openers(mention, self.knowledge), self.knowledge)
        if the.lower().split() != ["the", head] or head not in self.knowledge.titles \
                or not self._person_head(head):
            return None  # "the Army" is the body, never "Army Lt. Gen. Tom Reyes"
        if self.sentence_of(pos) >= _LEAD_SENTENCES \
                or any(s.actor.kind == "person" for s in self.memory.between(0, pos)):
            return None  # "Roe sees it. “…,” the congressman said": Roe, whom it points back to
        title = words.title_abbreviations.get(head, head)
        gender = words.gender_words.get(head)
        last = min(self.sentence_of(pos) + _TITLED_NEXT, len(self.sentences) - 1)
        end = self.sentences[last][1] if last >= 0 else len(self.text)
        found: Actor | None = None
        for s in self.memory.named_by_after(title, pos):
            a = s.actor
            if s.pos >= end:
                break
            if s.quoted or a.kind != "person" or not self._title_alone(s, title) \
                    or (gender and self.gender.get(a.name) not in (None, gender)):
                continue
            if found is not None and not same_person(found.name, a.name):
                return None  # two people with that title: no guess
            if found is None or len(a.name) > len(found.name):
                found = a
        return found

    def _title_alone(self, s: Seen, title: str) -> bool:
        """Tell whether a person's name is written after a title alone as the article words
        it, not as the tables do: "President Ann Roe", "Gov. Tom Reyes", after a lower-case
        word or none; not "Vice President", "Mexican President", "Former President" nor
        "U.S. President" (words that say which, or that the office is held no more)."""
        m = _TITLE_WORD.match(self.text, s.pos)
        if m is None or self.knowledge.words.title_abbreviations.get(
                m["title"].lower(), m["title"].lower()) != title:
            return False
        before = _WORD_BEFORE.search(self.text, max(0, s.pos - _NAME_REACH), s.pos)
        return before is None or (before["word"].islower() and not before["word"].endswith("-")
                                  and not _HELD_ONCE.match(before["word"]))

    def _last_subject(self, pos: int) -> Actor | None:
        """Give the person who opens the sentence before pos, or pos's own, as its subject,
        outside quotation marks; None where another person is joined to them by "and" ("Sen.
        Ann Cole and Sen. Tom Reyes spoke": both)."""
        first = self._sentences_back(pos, 2)
        seen = self.memory.last(pos, 12)
        for k in range(len(seen) - 1, -1, -1):
            s = seen[k]
            if s.sentence < first:
                break
            if s.quoted or s.actor.kind != "person" or not self._subject(s):
                continue
            after = next((t for t in seen[k + 1:] if t.pos > s.pos and t.actor.kind == "person"
                          and t.actor.name != s.actor.name), None)
            joined = after is not None and after.sentence == s.sentence \
                and _JOINED.fullmatch(self.text, s.pos, after.pos) is not None
            return None if joined else s.actor
        return None

    def _party_member(self, head: str, party: str | None, pos: int,
                      state: str | None = None) -> Actor | None:
        """Give the person "the Ohio Republican" describes: one named by the word before
        ("Republican Sen. Ann Cole"), else the one person just named who can be it."""
        for s in self.memory.named_by(head, pos):
            if s.actor.kind == "person" and not s.quoted and self._held_in(s.actor, state):
                return s.actor
        found = self._salient_person(head, party, pos)
        return found if found is None or self._held_in(found, state) else None

    def _of_state(self, state: str, head: str, party: str | None, pos: int) -> Actor | None:
        """Give the member of Congress of a state a description names ("the Kentucky
        Republican", "the New York senator"): the last person named before pos, outside
        quotation marks, whom the office-holder tables give a seat of that state (of the
        description's party, where it names one). None where the head is no legislator's or
        party's word ("the Ohio governor": the tables hold no governors)."""
        words = self.knowledge.words
        legislator = self.knowledge.titles.get(words.title_abbreviations.get(head, head))
        if head not in words.party_nouns and legislator != "legislator":
            return None
        seen: set[str] = set()
        for s in reversed(self.memory.last(pos, 40)):
            a = s.actor
            if s.quoted or a.kind != "person" or a.name in seen:
                continue
            seen.add(a.name)
            if any(h.state == state and h.type == "legislator"
                   and party in (None, h.party) for h in self._holders_named(a.name)):
                return a
        return None

    def _holders_named(self, name: str) -> list[Holder]:
        """Give the office holders the tables list under a person's name, and the one the
        article's own form of a name was identified as ("Charles E. Schumer")."""
        found = per_table("holders by name", self.roster, _holders_by_name).get(name, [])
        own = self._holder_of.get(name)
        return found if own is None or own in found else [*found, own]

    def _held_in(self, actor: Actor, state: str | None) -> bool:
        """Tell whether a person can be the one a description of a state's member of
        Congress names: no state named, or the tables give them no seat, or one of it."""
        if state is None or actor.kind != "person":
            return True
        states = {h.state for h in self._holders_named(actor.name) if h.state}
        return not states or state in states

    def _salient_person(self, head: str, party: str | None, pos: int) -> Actor | None:
        """Give the one person named in the last three sentences whom a description of a
        person can be ("Senator Pat Grove ... the Ohio Republican", "Romney said ... the
        presumptive nominee said"), where the article names no one of the description's
        type: no other party, type or gender than the description says, and no guess
        between two."""
        type_ = self.knowledge.titles.get(head) or "unknown"
        typed = type_ != "unknown"
        if typed and any(not s.quoted for s in self.memory.of_type(type_, pos)):
            return None  # people of that type are named: the typed rules decided
        gender = self.knowledge.words.gender_words.get(head)
        first = self._sentences_back(pos, 3)
        fits: list[Seen] = []
        for s in reversed(self.memory.last(pos, 12)):
            if s.sentence < first:
                break
            if self._can_be(s, party, typed, gender):
                fits.append(s)
        # a speaker among them first ("In an interview with Ann Lowe, Tom Reyes said")
        names = {s.actor.name for s in fits if s.speaker} or {s.actor.name for s in fits}
        if len(names) != 1:
            return None  # no one, or no guess between two
        return next(s.actor for s in fits if s.actor.name in names)

    def _can_be(self, s: Seen, party: str | None, typed: bool, gender: str | None) -> bool:
        """Tell whether someone seen can be whom a description of a person describes: a
        person or an unnamed source, of no other party, type or gender than it says (a
        person of its party may hold another office: "Sen. Ann Roe ... the GOP nominee")."""
        a = s.actor
        someone = a.kind in ("person", "anonymous") or (
            a.kind == "unknown" and s.speaker and not a.name.endswith("s"))
        same_party = party is not None and self._party_of(a) == party
        return not s.quoted and someone and party in (None, self._party_of(a) or party) \
            and not (typed and a.type != "unknown" and not same_party) \
            and not (gender and self.gender.get(a.name) not in (None, gender))

    def _party_of(self, actor: Actor) -> str | None:
        """Give a person's party, or the one a role names ("Tom Reyes, a Democrat")."""
        party = self.knowledge.parties.get((actor.role or "").lower())
        return actor.party or (party.name if party else None)

    def _one_of_type(self, head: str, country: str | None, pos: int,
                     fits: Fits | None = None, subject: bool = False) -> Actor | None:
        """Give the one person named so far whose type a title word names ("the lawmaker":
        a legislator), when there is exactly one such person (the last reading of them); of
        the gender the title gives, where it gives one ("the congresswoman": the one woman
        among the legislators, "Rep. Tom Reyes and Rep. Ann Roe ... the congresswoman"); one
        ``fits`` does not take counts as another ("Fox News host Tom Reyes ... the CNN host":
        no one). Of two or more, with ``subject``, the one the sentence before opens with
        alone (``_last_subject``)."""
        type_ = self.knowledge.titles.get(head)
        if type_ in (None, "unknown"):
            return None
        gender = self.knowledge.words.gender_words.get(head)
        found: Actor | None = None
        for s in self.memory.of_type(type_, pos):
            if s.quoted or not (country is None or s.actor.country in (None, country)) \
                    or (gender and self.gender.get(s.actor.name) not in (None, gender)):
                continue
            if fits is not None and not fits(s.actor):
                return None  # one of the type the description cannot be: no guess
            if found is None:
                found = s.actor
            elif s.actor.name != found.name:
                # two of that type: no one, or with ``subject``, the one the sentence before
                # opens with ("Reps. Tom Reyes and Ann Roe spoke. Reyes scolded her. The
                # lawmaker said")
                last = self._last_subject(pos) if subject else None
                return last if last is not None and last.type == type_ \
                    and (fits is None or fits(last)) else None
        # a country the description names must be the one's own: "the Cuban leader" is no
        # official whose country the article leaves open (though such one counts as another)
        return found if found is None or country is None or found.country == country else None


# An office of a body written before a name, in apposition: "the head of the FDA, Dr. Ann
# Roe,", "the new chairman of the CCRB, Tom Reyes," (the match ends where the name may start)
_HEAD_APPOSED = re.compile(
    r"\b(?:[Tt]he|[Ii]ts)\s+(?:(?P<former>former|ex-)\s+|(?:new|top|current|acting)\s+)?"
    r"(?:(?P<rank>[a-z]+)\s+)?(?P<head>[a-z-]+)\s+of\s+(?P<body>(?:the\s+)?"
    r"[A-Z][\w.&'’-]*(?:\s+(?:of|and|for|on|[A-Z][\w.&'’-]*))*),[^\S\n]+(?=[A-Z])")
_APPOSED_KEPT = 4  # the texts whose appositions are kept: a description asks again and again


@lru_cache(maxsize=_APPOSED_KEPT)
def _heads_apposed(text: str) -> tuple[re.Match[str], ...]:
    """Give every office of a body written before a name in a text (``_HEAD_APPOSED``), in
    text order: read once per article, not once per description that asks."""
    return tuple(_HEAD_APPOSED.finditer(text))


def _holders_by_name(roster: tuple[Holder, ...]) -> dict[str, list[Holder]]:
    """Give the office holders of a roster by name (built once per roster, ``per_table``)."""
    by_name: dict[str, list[Holder]] = {}
    for h in roster:
        by_name.setdefault(h.name, []).append(h)
    return by_name
