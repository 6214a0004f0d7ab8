"""People by name: a surname, a given name or a misspelt name alone is the person the
article named in full ("Julie Marsh ... Julie said", "Schalfly" for Phyllis Schlafly); a
table official's bare surname may be the article's own person ("Brandon Harris ... Harris
told"); the gender an honorific asks for; a generational suffix, a party tag and the
office-holder tables' entry after a name; a one-word name nobody has.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reportgen.analyze.actors.identity import merge_person
from reportgen.analyze.actors.memory import Fits
from reportgen.analyze.actors.names import same_person, surname_word, written_suffix
from reportgen.analyze.actors.officials import clue_from, identify_holder
from reportgen.analyze.actors.reading import Reading
from reportgen.analyze.actors.resolver.common import _QUOTES, _TABLE, _common_word
from reportgen.analyze.actors.resolver.state import ResolverState
from reportgen.analyze.actors.voices import is_table_surname
from reportgen.analyze.text import PARTY_TAG
from reportgen.knowledge import Knowledge
from reportgen.knowledge.words import POSSESSIVE_ENDINGS
from reportgen.models import Actor

# A party tag or party name right after a mention: "Nancy Pelosi, D-Calif.,", "Sen. Richard
# Blumenthal, Democrat of Connecticut,", "Rep. Michele Bachmann (R-Minn.)"
_TRAILING_PARTY = re.compile(
    rf"\s*[,(]\s*(?:{PARTY_TAG}|(?:a\s+)?(?P<party>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
    r"(?=\s+(?:of|from)\s+[A-Z]|\s*[,)]))")

# an organisation's name in the possessive and one capitalised word after it, a surname where
# the article named someone so before ("NTU's Roe", "the Herald’s Roe", "Acme.com's Ms. Roe")
_OWNER_AND_SURNAME = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4}[’']s\s+"
                                r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<surname>[A-Z][\w’'-]+)")
# A generational suffix set off by a comma after a name: "Amos Tillery, Jr.," (the written
# forms of names.SUFFIXES but "V", see there)
_SUFFIX_AFTER = re.compile(r",\s*(?P<suffix>Jr|Sr|II|III|IV)\b\.?")
# An apposition or parenthesis right after a name: ", Illinois Democrat,", " (R-S.C.)", a party
# tag closing an item of a list (", D-Pa.;")
_APPOSITION_AFTER = re.compile(r"\s*(?:,[^,;:\n]{1,60}(?:,|$)"
                               r"|,\s*[DRI]\s*[-–]\s*[A-Z][A-Za-z. ]{1,14}?;|\([^()\n]{1,30}\))")


# the one or two capitalised words written right before a name: "the Rev. [Paul Scalia]",
# "Justice [Antonin Scalia]", "Transcript: Dr. [Jill Biden]" (not "Transcript:")
# (within this many characters: a title's words; a mention that starts with them)
_TITLE_REACH = 30
_WORDS_BEFORE_NAME = re.compile(r"(?<![\w.’'-])(?:[A-Z][a-z]*\.?[^\S\n]+){1,2}$")


def _title_words(role: str | None, knowledge: Knowledge) -> set[str]:
    """Give the words of a role that are titles, abbreviations written out ("Gen." is
    "general"): "principal chief of the Wabash Nation" gives {"chief"}."""
    abbreviations = knowledge.words.title_abbreviations
    words = (abbreviations.get(w, w).rstrip(".") for w in (role or "").lower().split())
    return {w for w in words if w in knowledge.titles}


class People(ResolverState):
    """Resolve a person named by name: a surname, a given name, a misspelt or bare name."""

    def merge_earlier(self, actor: Actor, pos: int, inclusive: bool = False) -> Actor:
        """Merge a person with the last person of the same surname mentioned before pos (at
        pos too, with ``inclusive``) who can be the same person; a surname after a title, with
        the one of two people of that surname the title names (``titled_namesake``)."""
        if " " not in actor.name and actor.role and (namesake := self.titled_namesake(
                actor.name, actor.role.split())) is not None:
            return namesake.fill(actor)
        merged = merge_person(actor, self.memory.people(surname_word(actor.name), pos, inclusive))
        if merged is actor and " " not in actor.name:
            return self._suffixed_of_title(actor, pos + inclusive) or actor
        return merged

    def _suffixed_of_title(self, actor: Actor, pos: int) -> Actor | None:
        """Give the person named in full with a generational suffix before pos whom a surname
        after a title of theirs names ("Gen. John W. Nicholson Jr. ... General Nicholson",
        "Chuck Hoskin Jr., principal chief of the Wabash Nation ... Chief Hoskin"); None where
        the article names someone of that surname without a suffix too (``last_person``), or
        where the titles share no word ("Donald Trump Jr. ... President Trump" is the father)."""
        full = self.memory.last_person(actor.name, pos)
        if full is None or " " not in full.name or surname_word(full.name) == full.name.split()[-1]:
            return None  # none, or no suffix: merge_person has read it
        shared = _title_words(actor.role, self.knowledge) & _title_words(full.role, self.knowledge)
        if not shared or not same_person(actor.name, " ".join(full.name.split()[:-1])):
            return None
        return full.fill(actor)

    def titled_namesake(self, surname: str, title: list[str]) -> Actor | None:
        """Give, of two or more people the article names in full with a surname, the one a
        title before that surname alone names: the one the article writes with that title,
        right before the full name or in the role ("Rev. Paul Scalia ... his father, Justice
        Antonin Scalia ... Rev. Scalia said" is the son, "Justice Scalia" the father); None
        where the title is an honorific of a gender (``last_of_gender`` reads those), or fits
        both people or neither."""
        named = self.memory.named_in_full(surname)
        if len(named) < 2:
            return None
        wanted = {w for w in self._title_set(title, capitalised=True) if self._title_word(w)}
        if not wanted:
            return None
        found: list[Actor] = []
        for actor, places in named:
            held = self._title_set((actor.role or "").split())
            for at in places:
                # where the name is written in full (a mention may start at its title: "Dr.
                # Jill Biden"; a surname alone, noted as the person, is no place of the name)
                at = self.text.find(actor.name, at, at + _TITLE_REACH + len(actor.name))
                m = None if at < 0 else \
                    _WORDS_BEFORE_NAME.search(self.text, max(0, at - _TITLE_REACH), at)
                if m is not None:
                    held |= self._title_set(m.group().split())
            if wanted & held and not any(same_person(actor.name, a.name) for a in found):
                found.append(actor)
        return found[0] if len(found) == 1 else None

    def _title_word(self, low: str) -> bool:
        """Tell whether a lower-case word is a title, its abbreviation or an honorific
        ("justice", "rev", "dr", "officer"): not "But" or "Later" opening a mention."""
        words = self.knowledge.words
        return low in self.knowledge.titles or low in words.abbreviations \
            or low in words.honorifics or low in words.speaker_heads

    def _title_set(self, words: list[str], capitalised: bool = False) -> set[str]:
        """Give the words of a title, lower-case, abbreviations written out ("Sen." is
        "senator", "Rev." "rev"); no honorific of a gender ("Mr.", "Ms."), no article; with
        ``capitalised``, the capitalised words only."""
        known = self.knowledge.words
        abbreviations = known.title_abbreviations
        out = set()
        for w in words:
            low = w.lower()
            low = abbreviations.get(low, abbreviations.get(f"{low}.", low)).rstrip(".")
            if low and (w[:1].isupper() or not capitalised) and low not in known.gender_words \
                    and low not in known.leading_articles and low not in known.mention_openers:
                out.add(low)
        return out

    def named_otherwise(self, reading: Reading) -> None:
        """Note a reading of a person named otherwise than by a table official's bare
        surname (with a given name or a title: "President Obama", "Sen. Bernie Sanders")."""
        if reading.actor is not None and reading.actor.kind == "person" and not reading.alias:
            self._named_otherwise.add(reading.actor.name)

    def article_person(self, reading: Reading, pos: int) -> Actor | None:
        """Give whom a mention's reading names, where a table official's bare surname may be
        the article's own person of that surname: "Brandon Harris ... Harris told the Post"
        is no Kamala Harris, "Press Secretary Sarah Sanders ... Sanders said" no Bernie
        Sanders. Where the article names someone else of that surname in full and never
        names the official otherwise than by the bare surname (``named_otherwise``): the one
        of that surname named last before the mention, else the one other person of it. The
        official where the article names no one else of that surname (a "Jr." is no one else:
        "Donald Trump Jr. ... Trump said" is the father, as "Trump Jr." names the son), or
        names the official too ("President Obama ... Michelle Obama ... Obama said")."""
        actor = reading.actor
        if actor is None or actor.kind != "person" or reading.alias is None \
                or actor.name in self._named_otherwise:
            self.named_otherwise(reading)
            return actor
        others = {a.name: a for a in self.memory.people(reading.alias, len(self.text) + 1)
                  if " " in a.name and not same_person(a.name, actor.name)
                  and surname_word(a.name) == a.name.split()[-1]}
        before = self.memory.last_person(reading.alias, pos)
        if before is not None and before.name in others:
            return before
        return next(iter(others.values())) if len(others) == 1 and before is None else actor

    def _person_named_so(self, actor: Actor, mention: str, the: str, pos: int) -> Actor:
        """Give the person named before whose surname a one-word mention is, when the tables
        read it as no person: a surname that is also an outlet, a country or a company ("Liam
        Fox ... Fox said"), a word read as an organisation's name after "the" ("the Monitor"
        after a "Christian Science Monitor" the article named as someone), a surname after an
        organisation's possessive ("Ann Roe, a professor at NTU, ... NTU's Roe said", "the
        Herald's Roe": Ann Roe, not a body "NTU's Roe")."""
        bare = mention.strip()
        if actor.kind == "organisation" and the.lower().startswith("the ") \
                and len(the.split()) == 2:
            bare = the.split()[1]
        elif (m := _OWNER_AND_SURNAME.fullmatch(bare)) is not None:
            bare = m["surname"]
        return (self.memory.last_person(bare, pos) if " " not in bare else None) or actor

    def _by_name(self, mention: str, pos: int) -> Actor | None:
        """Give the person a mention names by name, without remembering it: a full name with
        no title word in it, or a surname of someone named in full before."""
        if any(end in mention for end in POSSESSIVE_ENDINGS):
            return None
        reading = self.read(mention)
        actor = reading.actor
        if reading.surname:
            actor = self.memory.last_person(reading.surname, pos)
        if actor is None or actor.kind != "person" or " " not in actor.name:
            return None
        titles = self.knowledge.titles
        if any(w.lower() in titles or not w[:1].isupper() for w in actor.name.split()):
            return None  # "Microsoft President", "House GOP leadership": no one's name
        return actor

    def identify(self, actor: Actor, mention: str, end: int) -> Actor:
        """Give a person what the office-holder tables hold for them, with what the mention
        and an apposition right after it say (a state, a party) as the clue."""
        if actor.kind != "person":
            return actor
        after = _APPOSITION_AFTER.match(self.text, end, min(len(self.text), end + 80))
        start = end - len(mention)
        clue = clue_from(mention, after.group(0) if after else "", self.year,
                         before=self.text[max(0, start - 30):start])
        actor, holder = identify_holder(actor, self.roster, clue)
        if holder is not None:
            self._holder_of[actor.name] = holder  # the article's form of the name
            if holder.gender:
                self._table_gender[actor.name] = holder.gender
        return actor

    def _bare_name(self, word: str, country: str | None, pos: int = -1) -> Actor | None:
        """A one-word name nobody in the article has: a person by that surname, unless the
        article writes the word in lower case too ("Polls said" where "the polls" stands
        elsewhere): then a common noun capitalised at the start of a sentence. A common
        English word opening a sentence or clause that the article never writes as a name
        (mid-sentence, after "Mr." or a given name) is no one: "Additionally, it says",
        "Even though ..., saying". A name the article uses as an organisation's and never as a
        person's is that organisation ("Zentrix Inc. ... Zentrix said": _used_as_organisation)."""
        low = word.lower()
        if low not in self.knowledge.given_names and low != word and (
                self._has_word(low) or (low.endswith("s") and self._has_word(low[:-1]))):
            return Actor(word, "group" if low.endswith("s") else "unknown", "unknown", None,
                         None, country)
        if pos >= 0 and self._people_opener(word, pos):
            return Actor(word, "group", "unknown", None, None, country)
        if pos >= 0 and self._opener_word(word, pos):
            return None
        return self._used_as_organisation(word) or Actor(word, "person", "unknown", None, None,
                                                         country)

    def _people_opener(self, word: str, pos: int) -> bool:
        """Tell whether a capitalised group head opens a sentence or clause at pos and is
        written nowhere in the article as a name: "Politicians reason", "Cops say", also an
        agent noun by its ending or a person noun's plural ("Farmers complain", "Nurses
        warned"), unless what it is the plural of is a given name: "Summers", "Walters" and
        "Rogers" may be surnames."""
        low, words = word.lower(), self.knowledge.words
        if word != low.capitalize() or is_table_surname(low):
            return False
        plural = (words.people(low) or low[:-1] in words.person_nouns) \
            and low[:-1] not in self.knowledge.given_names
        if low not in words.group_heads and not plural:
            return False
        return self._opener_word(word, pos, common=False)

    def _opener_word(self, word: str, pos: int, common: bool = True) -> bool:
        """Tell whether a capitalised common English word at pos opens a sentence or clause
        and is written nowhere in the article as a name, that is, capitalised after another
        word ("Tom Banner", "Mr. Banner", "told Banner")."""
        text, words = self.text, self.knowledge.words
        short = words.honorifics | {a.rstrip(".") for a in words.title_abbreviations}
        if not (0 <= pos < len(text) and text.startswith(word, pos) and _opens(text, pos, short)):
            return False
        low = word.lower()
        if low in words.wordlike_names or (common and not _common_word(low)) \
                or is_table_surname(low):
            return False
        return not any(not _opens(text, at, short) for at in self._positions(word))

    def _by_given_name(self, name: str, pos: int) -> Actor | None:
        """A given name alone is the person the article named in full with it, when no one
        has it as a surname: "Julie Marsh runs the shelter ... Julie said", "Litvinenko's
        widow, Marina, said"; a word that is no given name, the one person named in full
        with it first."""
        if name.lower() not in self.knowledge.given_names:
            # a family name written first: "Kim Jong Un ... Kim said", "Moon Jae-in ... Moon"
            return self.memory.only_by_first_word(name)
        # at pos too: the relative a given name alone names in full ("Litvinenko's widow,
        # Marina, said" is Marina Litvinenko, read at "Marina")
        person = self.memory.last_by_given_name(name, pos + 1)
        if person is not None:
            self.memory.kin_named.add(person.name)  # "Hale says" is not "Jonah" Hale
        return person

    def _with_suffix_after(self, actor: Actor, end: int) -> Actor:
        """Give a person named in full the generational suffix set off by a comma right
        after the mention: "said Amos Tillery, Jr., on Monday" is Amos Tillery Jr."""
        m = _SUFFIX_AFTER.match(self.text, end, min(len(self.text), end + 8))
        if m is None or " " not in actor.name or written_suffix(actor.name) != actor.name \
                or surname_word(actor.name) != actor.name.split()[-1]:
            return actor
        return replace(actor, name=written_suffix(f"{actor.name} {m['suffix']}"))

    def _misspelt(self, word: str, fits: Fits | None = None) -> Actor | None:
        """A lone surname no one has is the one person named in full whose surname it
        misspells ("Schalfly" for Phyllis Schlafly), unless it is a given name, a common
        word or an official's surname of its own ("Warner" is not Warren); whose accents
        alone differ, always ("Velazquez" for Nydia Velázquez); of those ``fits`` takes."""
        if (same := self.memory.misspelt_person(word, True, fits)) is not None:
            return same
        low = word.lower()
        if low in self.knowledge.given_names or _common_word(low) or is_table_surname(low):
            return None
        return self.memory.misspelt_person(word, fits=fits)

    def said_gender(self, name: str) -> str | None:
        """Give a person's gender where the article or the office-holder tables say it (a
        "Ms." or "spokeswoman", a table row, a "he" or "she" bound to them); a given name
        alone says none here."""
        if self._gender_source.get(name, -1) >= _TABLE:
            return self.gender[name]
        return self._bound.get(name)

    def of_gender(self, gender: str | None) -> Fits | None:
        """Give the test a person must pass to be whom an honorific of this gender names:
        "Ms. Johnson" is no one the article or the tables call a man ("President Lyndon
        Johnson ... his daughter Luci Baines Johnson ... Ms. Johnson said" is the daughter),
        "Mr. Obama" no woman; None where the honorific says no gender."""
        if gender is None:
            return None
        return lambda a: self.said_gender(a.name) in (None, gender)

    def last_of_gender(self, surname: str, pos: int, gender: str | None) -> Actor | None:
        """Give the last person with this surname before pos whom an honorific of this
        gender can name: one the article or the tables give that gender first, else one
        they give none ("Sen. Barack Obama ... Michelle Obama ... Mr. Obama" is the
        senator, "Mrs. Obama" is Michelle Obama)."""
        if gender is None:
            return self.memory.last_person(surname, pos)
        return self.memory.last_person(surname, pos, lambda a: self.said_gender(a.name) == gender) \
            or self.memory.last_person(surname, pos, lambda a: self.said_gender(a.name) is None)

    def with_party_after(self, actor: Actor, end: int) -> Actor:
        """Take a party from a tag or name right after a person's mention ("Pelosi, D-Calif.")."""
        if actor.kind != "person" or actor.party or not self.text:
            return actor
        m = _TRAILING_PARTY.match(self.text, end, min(len(self.text), end + 60))
        if not m:
            return actor
        if m["tag"]:
            party = self.knowledge.party_tags.get(m["tag"].lower())
        else:
            party = self.knowledge.parties.get(m["party"].lower())
        if party is None:
            return actor
        return replace(actor, party=party.name, country=actor.country or party.country)


# what may stand before a word that opens a sentence or a clause
_OPENING = frozenset(".!?;:\"“”‘’'()[]—–-\n")


def _opens(text: str, pos: int, short: frozenset[str] | set[str]) -> bool:
    """Tell whether the word at pos opens the text, a sentence, a line or a clause (a full
    stop after an honorific or a title's abbreviation, "Mr." or "Sen.", ends none)."""
    before = text[max(0, pos - 40):pos].rstrip(" \t")
    if not before:
        return pos < 40
    if before[-1] == "." and before[:-1].split()[-1:] and \
            before[:-1].split()[-1].lower() in short:
        return False
    if before[-1] in _QUOTES and len(before) > 1 and not before[-2].isspace():
        return False  # a closing quotation mark: '"It is dead," Smith said'
    return before[-1] in _OPENING
