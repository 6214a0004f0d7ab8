"""Relative pronouns: whom "who" or "which" stands for, the name or phrase right before its
comma ("Chris Christie, who said", "the agency, which said"), past a description set off
after a name ("Ann Vale, a Democratic activist, who"), a home or a party tag ("Sen. Tom
Reyes, R-Ariz., who"), or the object of a description ("Josh Lee, a former aide to Senator
Ann Roe, who" is Lee).
"""

from __future__ import annotations

import re

from reportgen.analyze.actors.officials import read_state
from reportgen.analyze.actors.reading import BODIES
from reportgen.analyze.actors.resolver.common import _PLURAL_PEOPLE, _opens_sentence
from reportgen.analyze.actors.resolver.state import ResolverState
from reportgen.knowledge.words import POSSESSIVE_ENDINGS
from reportgen.models import Actor

# The phrase a relative pronoun follows: "Chris Christie, who", "the agency, which", also
# after a party tag
_NAME_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][a-z]{0,3}\.|[A-Z][\w’'-]*)"
_BEFORE_RELATIVE = re.compile(
    rf"(?P<np>(?:(?:[Tt]he|[Aa]n?)\s+)?(?:{_NAME_WORD}\s+){{0,5}}{_NAME_WORD}"
    r"|(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*)"
    r"(?:\s*\([^()\n]{1,30}\))?\s*,\s*$")  # "Sen. Dale Pratt (R-Wis.), who"
# A plural noun with no determiner that "who" follows: the group speaks ("critics, who note",
# "Turkish officials, who said", "environmental groups, who say"); the words before it are
# read back to the first that cannot qualify it ("angered critics", "base of supporters")
_GROUP_BEFORE_WHO = re.compile(r"(?P<np>(?:[\w’'-]+\s+){0,2}[a-z][\w’'-]*[^\Wsiu]s)\s*,\s*$")
# An organisation's name a relative pronoun follows, with the small words it holds: "the 4th
# U.S. Circuit Court of Appeals, which", "the Council on Foreign Relations, which"
_ORGANISATION_BEFORE_RELATIVE = re.compile(
    rf"(?P<np>(?:{_NAME_WORD}\s+(?:(?:of|and|on|for)\s+(?:the\s+)?)?){{1,6}}{_NAME_WORD})"
    r"\s*,\s*$")
# The start of a description set off after a name, whose preposition's object ends right
# before a relative pronoun: "Josh Lee, a former aide to [Senator Ann Roe], who", also with
# no article before a role word: "Ann Roe, chief of staff to [Senator Tom Reyes], who", "John
# Cole, Republican of [Arizona], who" (not "..., according to the", not "Dem, Sen. Ann Roe of")
_DESCRIPTION_BEFORE_OBJECT = re.compile(
    r"[A-Za-z.](?P<comma>,)\s+(?P<article>(?:an?|the)\s+)?(?=(?P<first>[\w’'.-]+))"
    r"(?:[\w’'.-]+\s+){0,6}?(?:to|of|for|at|with)\s+(?:the\s+)?"
    # lower-case words that qualify the object: "with the liberal Budget Institute"
    r"(?P<qualifiers>(?:[a-z][\w-]*\s+){0,3})$")
# The words that open a sentence before its first comma: "Still", "However", "On Monday"
_OPENER_BEFORE_COMMA = re.compile(
    r"(?:^|[.!?]\s+|\n\s*|[.!?][”\"]\s+)(?P<words>(?P<first>[A-Z][a-z]+)(?:\s+[\w’'-]+){0,3})$")
# What sets a person's home off between the name and a relative pronoun: a party tag
# between commas ("Sen. Tom Reyes, R-Ariz., who", "D-South Carolina"), or "of" and a state
# ("Chairman Bill Cole of Texas, who"); the relative clause is the person's
_TAG_BEFORE_RELATIVE = re.compile(r",\s*[RDI]-[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s*,\s*$")
# A description set off after a name, right before the comma of a relative pronoun: an
# article or a role word, a few words, its head noun in lower case, and what ties it to a
# place, a body or a time after the head ("Ann Vale, a Democratic activist, who", "Tom Reyes,
# a former Harbour Board member, who", "Dana Pike, a Vale adviser from the 2008 campaign,
# who"); one that ends in a preposition's object is _DESCRIPTION_BEFORE_OBJECT's
_DESCRIPTION_BEFORE_RELATIVE = re.compile(
    r"[A-Za-z.](?P<comma>,)\s+(?P<desc>(?P<first>[\w’'.&-]+)(?:\s+[\w’'.&-]+){0,6}?)"
    r"(?:\s+(?:from|of|at|in|with|for|on|since)\s+[^,;:()\"“”\n]{1,60}?)?\s*,\s*$")
# ... the words that open it before a lower-case role word or a capital: an article, "one"
# ("Tom Reyes, one longtime ally, who"); not "his" nor "her" ("Ann Vale, her lawyer, who"
# may be a list)
_DESCRIPTION_OPENERS = frozenset({"a", "an", "the", "another", "one"})
# A home: a place's name, and the state or country of a town set off after it ("Skokie,
# Ill.", "Staten Island, NY", "Dayton, Ohio"); ``_home_place`` checks the state
_HOME = (rf"(?P<home>(?:{_NAME_WORD}\s+){{0,2}}{_NAME_WORD}"
         rf"(?:\s*,\s*(?P<state>{_NAME_WORD}(?:\s+{_NAME_WORD})?))?)")
_HOME_BEFORE_RELATIVE = re.compile(
    rf"(?P<np>(?:{_NAME_WORD}\s+){{0,5}}{_NAME_WORD})"
    # an age or a party tag between the name and its home: "Hal Brenner, 76, of Clarksdale",
    # "Sen. Ann Vale (D) of Dunmore"
    r"(?:\s*,\s*\d{1,3}\s*,|\s*\([^()\n]{1,30}\))?\s+(?:of|from)\s+"
    rf"{_HOME}\s*,\s*$")
# People at a place or in a body before a relative pronoun: "Democrats in Congress, who",
# "teachers in Dayton, who", "protesters in Ferguson, Mo., who": the people, not the place
_PEOPLE_BEFORE_RELATIVE = re.compile(
    r"(?<![\w’'-])(?P<np>(?P<head>[A-Za-z][\w’'-]*))\s+(?:in|at|from|of|on)\s+(?:the\s+)?"
    rf"(?:{_NAME_WORD}\s+){{0,4}}{_NAME_WORD}(?:\s*,\s*{_NAME_WORD}(?:\s+{_NAME_WORD})?)?"
    r"\s*,\s*$")
# Someone described by a word for a person, then where they are, before a relative pronoun:
# "a Democratic operative in Iowa, who", "a nurse from Dayton, Ohio, who", "the junior senator
# from Arizona, who": the person, not the place
_DESCRIBED_AT_HOME = re.compile(
    r"(?<![\w’'-])(?P<np>(?:[Tt]he|[Aa]n?)\s+(?:[\w’'-]+\s+){0,3}?(?P<head>[a-z][\w’'-]*))"
    rf"\s+(?:in|at|from|of)\s+(?:the\s+)?{_HOME}\s*,\s*$")


class Relatives(ResolverState):
    """Resolve a relative pronoun to the name or phrase it follows."""

    def _antecedent(self, pos: int) -> Actor | None:
        """Give whom a relative pronoun at pos stands for: the name or phrase right before
        its comma ("Chris Christie, who said ...", "the agency, which said ...")."""
        organisation = self._organisation_before(pos)  # "the Socialists of America, who"
        homed = None if organisation else self._home_before(pos)
        if homed is not None:
            return homed
        described = None if organisation else self._described_before(pos)
        if described is not None:
            return described
        m = organisation or _BEFORE_RELATIVE.search(self.text, max(0, pos - 120), pos)
        if m is None:
            return None
        start = pos - len(m.group(0))
        head = _DESCRIPTION_BEFORE_OBJECT.search(self.text, max(0, start - 100), start)
        if head is not None and (head["article"] or self._role_word(head["first"])
                                 or self._titled_role(head)) \
                and self._qualifiers(head["qualifiers"]) \
                and not self._opener_before(head.start("comma")) \
                and (actor := self._antecedent(head.end("comma"))) is not None:
            # "said Josh Lee, a former aide to Senator Ann Roe, who added": the relative
            # clause hangs on the name the description is set off after, not on its object
            return actor
        here = [s for s in self.memory.between(start, pos) if not s.quoted]
        people = [s for s in here if s.actor.kind == "person"]
        if here:  # the person an organisation's name qualifies: "ACLU lawyer Ann Roe, who"
            return (people or here)[-1 if people else 0].actor
        reading = self.read(m["np"])
        if reading.actor is not None:
            return self.identify(reading.actor, m["np"], start + len(m["np"]))
        return self._unresolved(reading, m["np"], start)

    def _described_before(self, pos: int) -> Actor | None:
        """Give whom "who" at pos stands for when a description of one person is set off
        between it and that person's name: "Ann Vale, a Democratic activist, who said", "Tom
        Reyes, a retired pilot, who said" (Vale and Reyes, not "retired pilot" nor no one);
        None after "which", where the description's head names no person, where a verb, a
        pronoun, "and" or a person's name stands in it ("Tom Reyes, Ann Vale and a pilot,
        who"), or where no person is named before its comma."""
        if not self.text.startswith("who", pos) or self.text.startswith("whose", pos):
            return None
        m = _DESCRIPTION_BEFORE_RELATIVE.search(self.text, max(0, pos - 140), pos)
        if m is None or (self.sentences and
                         self.sentence_of(m.start("comma")) != self.sentence_of(pos)):
            return None  # "... according to Ann Vale, an analyst. The fund manager, who"
        words, cues = self.knowledge.words, self.knowledge.cues
        desc = m["desc"].split()
        head = desc[-1]
        if not head.isalpha() or not head.islower() or not self._person_head(head) \
                or not (m["first"].lower() in _DESCRIPTION_OPENERS
                        or self._role_word(m["first"]) or m["first"][:1].isupper()):
            return None
        if any(w.islower() and (w in words.aux_verbs or w in words.modals or w in cues
                                or w in words.pronouns or w in words.relative_pronouns
                                or w in words.subordinators or w in ("and", "or", "that"))
               for w in desc):
            return None
        if any(s.actor.kind == "person" and not (s.possessive or s.modifier)
               for s in self.memory.between(m.start("desc"), pos)):
            return None  # a name in the description: it is no apposition to the one before
        if self._opener_before(m.start("comma")) or self._ends_fronted(m.start("comma")):
            return None  # "Still, a lawyer for the city, who"
        named = self._antecedent(m.end("comma"))
        return named if named is not None and named.kind == "person" else None

    def _opener_before(self, comma: int) -> bool:
        """Tell whether the words before a comma at comma open their sentence and are no one's
        name: a connective or an opener ("Still, the ruling was a win for", "However, the vote
        was a blow to", "On Monday, the court handed a win to"), so that what follows the
        comma is the sentence, not a description set off after a name; a person the article
        names by that word before stays one ("Ann Still ... Still, a lawyer for")."""
        m = _OPENER_BEFORE_COMMA.search(self.text, max(0, comma - 40), comma)
        if m is None or m["first"].lower() in self.knowledge.words.determiners:
            return False  # "The mayor, a friend of"
        rest = m["words"].split()[1:]
        if rest:  # "On Monday", "In 2019", "Last week"; not "According to Ann Vale"
            return _opens_sentence(m["first"].lower(), self.knowledge.words) \
                and all(self._time_or_place(w) for w in rest)
        return self._opening_word(m["first"], comma)  # not "Ann Vale, a lawyer for"

    def _opening_word(self, np: str, pos: int) -> bool:
        """Tell whether a subject read at the start of a sentence is one word that opens it and
        names no one: a connective, an opener or a sentence adverb ("Still", "But",
        "Eventually", "First"); not a longer name ("First Lady Jill Biden") nor a surname the
        article gives a person before pos ("Ann Still ... Still, the lawyer")."""
        return " " not in np and _opens_sentence(np.lower(), self.knowledge.words) \
            and next(iter(self.memory.people(np, pos)), None) is None

    def _time_or_place(self, word: str) -> bool:
        """Tell whether a word after an opener's first keeps it a time or a place: a lower-case
        word, a number, a day or a month, a state or a country ("week", "2019", "Monday",
        "Ohio"), not a person's name ("Ann")."""
        low = word.lower()
        words = self.knowledge.words
        return word.islower() or word[:1].isdigit() or low in words.days \
            or low in words.months or read_state(word) is not None \
            or low in self.knowledge.countries

    def _group_before(self, pos: int) -> Actor | None:
        """Give the group a plural noun names before ", who" at pos, with the words that
        qualify it ("critics", "Turkish officials", "environmental groups"); None where the
        phrase is no group the description reader knows."""
        m = _GROUP_BEFORE_WHO.search(self.text, max(0, pos - 80), pos)
        if m is None:
            return None
        words, cues = self.knowledge.words, self.knowledge.cues
        toks = m["np"].split()
        stops = [k for k, w in enumerate(toks[:-1])
                 if w.endswith(POSSESSIVE_ENDINGS) or (w.islower() and (
                     w in words.determiners or w in words.object_prepositions
                     or w in words.oblique_prepositions or w in words.connectors
                     or w in words.pronouns or w in words.aux_verbs or w in cues
                     or w.endswith("ed") or w == "and"))]
        np = " ".join(toks[stops[-1] + 1:] if stops else toks)
        reading = self.read(np)
        start = pos - len(m.group(0)) + m.group(0).index(np)
        if reading.actor is not None:
            return self.identify(reading.actor, np, start + len(np))
        actor = self._unresolved(reading, np, start)
        return actor if actor is not None and actor.kind != "person" else None

    def _qualifiers(self, text: str) -> bool:
        """Tell whether lower-case words before an object may qualify it ("liberal", "oil
        producer"): no verb among them ("the end of the campaign was Sandy, which")."""
        words, cues = self.knowledge.words, self.knowledge.cues
        return not any(w in words.aux_verbs or w in words.aux_passive or w in words.modals
                       or w in words.irregular_past or w in cues or w.endswith("ed")
                       for w in text.split())

    def _home_before(self, pos: int) -> Actor | None:
        """Give whom a relative pronoun at pos stands for when a home or a party tag stands
        between it and a person's name ("Sen. Tom Reyes, R-Ariz., who", "Chairman Bill Cole
        of Texas, who"), or when it follows people in a place ("Democrats in Congress,
        who"); None where no such words stand before it."""
        low = max(0, pos - 120)
        tag = _TAG_BEFORE_RELATIVE.search(self.text, low, pos)
        if tag is not None:
            return self._antecedent(tag.start() + 1)
        home = _HOME_BEFORE_RELATIVE.search(self.text, low, pos)
        if home is not None and self._home_place(home):
            reading = self.read(home["np"])
            if reading.actor is not None and reading.actor.kind == "person" and (
                    self._known_home(home["home"]) or self._full_name(reading.actor.name)):
                return self.identify(reading.actor, home["np"], home.end("np"))
        described = self._described_at_home(pos)
        if described is not None:
            return described
        people = _PEOPLE_BEFORE_RELATIVE.search(self.text, low, pos)
        before = self.text[max(0, people.start() - 40):people.start()].split() if people else []
        if people is not None and not (before and before[-1][:1].isupper()) \
                and (self.knowledge.words.people(people["head"].lower())
                     or people["head"].lower() in _PLURAL_PEOPLE):
            # not a word inside a name: "the head of the Democratic Socialists of America, who"
            reading = self.read(people["np"])
            if reading.actor is not None:
                return reading.actor
        return None

    def _described_at_home(self, pos: int) -> Actor | None:
        """Give whom a relative pronoun at pos stands for when a word for a person and where
        they are stand before it ("a Democratic operative in Iowa, who", "the junior senator
        from Arizona, who"): that person, or the name the description is set off after ("Ann
        Vale, a nurse from Dayton, Ohio, who" is Vale); None after "which", where the place
        is no state or country the tables hold, or where the word names no person."""
        if not self.text.startswith("who", pos):
            return None  # "the government of Qatar, which": the body, as read before
        m = _DESCRIBED_AT_HOME.search(self.text, max(0, pos - 120), pos)
        if m is None or not (self._known_home(m["home"]) or m["state"]) \
                or not self._home_place(m) or not self._names_someone(m["head"]):
            return None
        before = self.text[max(0, m.start() - 2):m.start()]
        if before.startswith(","):  # the description is an apposition to a name before it
            named = self._antecedent(m.start())
            if named is not None and named.kind == "person":
                return named
        return self.resolve(m["np"], m.start())

    def _names_someone(self, word: str) -> bool:
        """Tell whether a lower-case word names a person or people: a title, a speaker's
        head word, a people's word, or one the lexicon lists ("nurse", "operative"). The word
        before a home ("a Democratic operative in Iowa, who"), singular or plural; a
        description's head is ``_person_head``'s, which takes relations, staff and party
        nouns too but no speaker's head word nor a body's head."""
        words = self.knowledge.words
        return word in self.knowledge.titles or word in words.speaker_heads \
            or words.people(word) or word in words.person_nouns

    def _home_place(self, home: re.Match[str]) -> bool:
        """Tell whether a home's state, where a town's is set off after it, is a US state or a
        country ("Skokie, Ill.", "Lyon, France"), not a list of names ("Ford, Toyota")."""
        state = home["state"]
        return state is None or read_state(state) is not None \
            or state.lower() in self.knowledge.countries

    def _known_home(self, home: str) -> bool:
        """Tell whether a home after "of" or "from" is a state or a country the tables hold."""
        return home.lower() in self.knowledge.places or home.lower() in self.knowledge.countries

    def _full_name(self, name: str) -> bool:
        """Tell whether a person's name is written in full, a given name and a surname: then
        any place or body after "of" or "from" is their home, one the tables lack too ("Marla
        Quint of Dunmore, who", "Tom Reyes of Acme Labs, who"), where a title alone may be part
        of an office ("Secretary of State Tom Reyes, who" is Reyes)."""
        words = name.split()
        return len(words) > 1 and self.knowledge.given_name(words[0].lower())

    def _organisation_before(self, pos: int) -> re.Match[str] | None:
        """Give the match of an organisation's name that holds small words ("of", "on",
        "and") right before a relative pronoun at pos; None where the words before name no
        organisation ("Tom Reyes, Republican of Ohio, who": the person)."""
        m = _ORGANISATION_BEFORE_RELATIVE.search(self.text, max(0, pos - 120), pos)
        if m is None or not any(w in m["np"].split() for w in ("of", "and", "on", "for")):
            return None
        actor = self.read(m["np"]).actor
        return m if actor is not None and actor.kind in BODIES else None

    def _titled_role(self, head: re.Match[str]) -> bool:
        """Tell whether a description set off after a comma opens with a capitalised title
        and holds only titles before its tie: "CEO of", "Chief Executive of", "President
        for"; not a name with its title ("President Tom Reyes of")."""
        titles = self.knowledge.titles
        role = self.text[head.start("first"):head.start("qualifiers")].split()
        if role and role[-1] == "the":
            role.pop()
        role = role[:-1]  # the tie
        return bool(role) and role[0][:1].isupper() \
            and all(w.lower() in titles or f"{w.lower()}." in titles for w in role)

    def _role_word(self, word: str) -> bool:
        """Tell whether a word can open a description of a person with no article: a role
        or rank in lower case ("chief of staff", "director", "senior fellow") or a party
        ("Republican of Arizona")."""
        low, words = word.lower(), self.knowledge.words
        if low in words.party_nouns:
            return True
        return word.islower() and (low in self.knowledge.titles or low in words.modifiers
                                   or low in words.speaker_heads)
