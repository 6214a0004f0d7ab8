"""Pronouns: "he", "she", "they", "it", and a possessive "his" or "her".

Pronouns look back sentence by sentence, nearest first: within a sentence a speaker, else the
first person named (the subject); a sentence opened by a "he" or "she" of the same gender
passes the pronoun on to whom that one is; a "he" never takes a woman's name and a "she" never a
man's, where a given name, an honorific or a role says which. Mentions inside quotations are
not antecedents ("'I spoke to Biden,' he said" is not Biden speaking).
"""

from __future__ import annotations

import re
from dataclasses import replace

from reportgen.analyze.actors.memory import Seen
from reportgen.analyze.actors.names import surname_word
from reportgen.analyze.actors.reading import BODIES, without_openers
from reportgen.analyze.actors.resolver.common import (
    _NAME_REACH,
    _NAME_WORDS,
    _POSSESSIVE_END,
    _POSSESSIVE_PRONOUNS,
    _plural,
)
from reportgen.analyze.actors.resolver.state import ResolverState
from reportgen.analyze.tables import per_table
from reportgen.knowledge.words import Words
from reportgen.models import Actor, Span

WINDOW = 5  # sentences a pronoun looks back over
_CHAIN = 4  # sentences opened by "he" or "she" a pronoun follows back to the person named
# A "he" or "she" as a sentence's subject (``p``), not one the sentence says who it is ("He
# is a sheriff named Dale Cobb": a name it gives is whom a pronoun after points to)
_SUBJECT_HE_OR_SHE = r"(?P<p>[Hh]e|[Ss]he)\b(?![-’']|\s+(?:is|was)\b)"
# A "he" or "she" opening a sentence as its subject, after a conjunction or a time adverb:
# "He now expects", "But she said", "Later, he added"
_OPENING_PRONOUN = re.compile(
    r"[\s\"“‘'(]*(?:(?:And|But|Yet|So|Still|Then|Now|Later|Instead|Meanwhile|However|"
    r"Since|Earlier|Last\s+\w+|On\s+\w+),?\s+)?" + _SUBJECT_HE_OR_SHE)
# ... or after a description set off before it, opened by "a" or "an": "A community activist
# since the 1980s, he doubts", "A son of a miner, she grew up" (the description is whom the
# pronoun is, not someone else a pronoun after it points to; not "The president not only
# knows this, he has": a subject and its verb)
_APPOSED_PRONOUN = re.compile(
    r"[\s\"“‘'(]*An?\s+[^,.;:!?\"“”\n]{1,80}?,\s+" + _SUBJECT_HE_OR_SHE)
# A name, right after it a quotation of what that person did or is, then a comma and the
# pronoun (the text from the name to the pronoun): "López Obrador “didn’t accept the rules,”
# he says" is someone else speaking of him, not "Reyes had wanted “to talk,” he said" (his
# own words in his own clause)
_SUBJECT_OF_QUOTED = re.compile(
    r"(?:[A-Z][\w.’'-]*[ \t]+){0,4}[A-Z][\w’'-]*[ \t]+[\"“][^\"“”\n]{1,400}"
    r"(?:,[\"”]|[\"”][ \t]*,)[ \t]*")
# A sentence's opening up to a comma right before a pronoun (its first word, ``w``): a
# participial phrase when that word is a participle (``Pronouns._after_participle``)
_OPENING_TO_PRONOUN = re.compile(r"[\s\"“‘'(]*(?P<w>[A-Z][a-z]+)\b[^.;:!?\"“”\n]{1,200}?,[ \t]+")
# A "he" or "she" in a sentence ("He is, incidentally, praised ... despite Trump's efforts",
# "Opponents of Cruz's effort say he's risking a shutdown to repeal Obama's law"): no name
# in the possessive after it is whom a pronoun after the sentence points to
_HE_OR_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
# ... any pronoun of a gender ("his", "her", "him" too), a comma or dash that sets words off,
# and what runs a name on after it: a capitalised word (into another's name), "and" or "or"
# (one of a pair), a verb in -ing (the subject of a clause of its own: "with Tom Reyes
# declaring")
_GENDERED_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]i[ms]|[Hh]er)\b")
# an honorific right before a name or at its start ("Ms. Page", ``_gendered_honorific``),
# and the capitalised words of the name after it
_HONORIFIC_BEFORE = re.compile(r"\b(?P<w>[A-Z][a-z]{1,3})\.?[ \t]+$")
_HONORIFIC_AT = re.compile(r"(?P<w>[A-Z][a-z]{1,3})\.?[ \t]+(?=[A-Z])")
_NAME_AFTER_HONORIFIC = re.compile(r"[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2}")
_SET_OFF = re.compile(r"[,;:—–]|\s-\s")
_RUN_ON = re.compile(r"[ \t]+(?:[A-Z]|and\b|or\b|(?:[a-z]+ly[ \t]+)?[a-z]+ing\b)")

# A plural noun phrase opening a sentence as its subject, before its verb: "Top U.S. officials
# on Monday expressed optimism", "Many Democrats also said", "Democrats, while polite to the
# nominee, used the hearing"; after a conjunction or a short opening adverbial ("But U.S.
# officials would not", "So far, critics say"), before an auxiliary, a modal or a verb of
# saying or thinking in the present ("Republicans, though, say", "Opponents fear"), a
# negated auxiliary ("Democrats didn't name"), "are", "were", "have", "had" ("Leading
# Republicans have been calling", "Democrats are defending the practice"); an irregular
# past is read by Resolver._plural_subject ("Opponents wore"); places, bodies or people after
# "of", "in", "at" or "from" belong to the subject ("The leaders of Germany, France and Italy
# disagreed", "Republicans in the Senate and House have")
_PLURAL_SUBJECT = re.compile(
    r"\s*(?P<opener>(?:But|And|Yet|Still|Instead|Meanwhile|However),?\s+"
    r"|[A-Z][a-z]+(?:\s+[A-Za-z][a-z]*){0,2},\s+)?"
    r"(?P<np>(?:[A-Z][\w’'.-]*\s+)??(?:[\w’'.-]+\s+){0,4}?(?P<head>[A-Za-z][\w-]*[a-rt-z]s)"
    r"(?:\s+(?:of|in|at|from)\s+(?:the\s+)?[A-Z][\w’'.-]*"
    r"(?:(?:,\s+|\s+and\s+|\s+)[A-Z][\w’'.-]*){0,5})?)"
    r"(?:\s*,[^,;:“”\"\n]{1,80},)?"
    r"(?:\s+(?:on|last|this)\s+[A-Z]?\w+)?(?:\s+(?P<aux>also|have|had|were|are|then))?"
    r"\s+(?P<verb>[a-z]+(?:ed|ied)|(?:would|will|could|can|should|may|might|must|do|did|say|"
    r"argue|contend|insist|claim|believe|fear|worry|warn|want|agree|disagree|are|were|have|"
    r"had|been)\b|(?:do|did|would|will|wo|can|could|are|were|have|had)n[’']t\b|(?P<past>"
    r"(?!(?:of|in|at|from|for|to|on|with|by|and|or|who|that|which|than)\b)[a-z]{3,}\b"
    r"(?=\s+(?:a|an|the|to|on|in|at|out|up|off|with|their|his|her|its|[\w-]+ly)\b)))")

# a pronoun, its verb and the plural noun right after it, with "the" or none: "They told
# prosecutors", "they warned the senators"
_PRONOUN_VERB_OBJECT = re.compile(r"\w+\s+(?:\w+\s+)?[a-z]+\s+(?:the\s+)?(?P<object>[\w-]+s)\b")
# words in words.tsv mention_openers that open a sentence's main clause, not a subordinate one
_FOCUSING_WORDS = frozenset({"only", "clearly"})
# words that are a clause's whole subject where a verb in -s follows ("That suggests
# Democrats will"; not "She and other officials")
_CLAUSE_SUBJECTS = frozenset({"that", "this", "it", "what", "which", "he", "she"})
# what may stand before a word that opens a sentence (``Resolver._capitalised_within``)
_SENTENCE_ENDS = frozenset(".!?\n\"“”‘’'([:")
# An unnamed person described at the start of a sentence, or after a verb of asking, with the
# words that may end the description: "A senior official", "The city's police commissioner",
# "asked New York City's police chief whether"
_DESCRIBED = re.compile(
    r"(?:(?P<asked>\b(?:asked|interviewed|questioned|pressed)\s+)|(?<![\w’'-]))"
    r"(?P<np>(?:[Aa]n?|[Tt]he|[Oo]ne)|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}[’']s)"
    r"(?P<rest>(?:\s+[a-z][\w’'-]*){1,5})")

# Someone's words up to the verb they act with, then "him" or "her" as whom they tell or
# ask something, a clause or an infinitive after it ("A clerk told her she", "A guard asked
# him to wait"; not "Sam Cole's lawyer answered him", still the one who speaks next, nor
# "her case"); no comma, quotation mark or clause between ("a partner recalls that Sam Cole
# took her to": her own)
_ACTS_ON = re.compile(
    r"(?:[^\s,;:“”\"]+[ \t]+){0,5}?(?P<verb>[a-z]+)[ \t]+(?P<p>him|her)[ \t]+"
    r"(?:she|he|that|to|about|if|whether|why|how|what)\b")

# The lower-case words right after a name in the possessive that may name whom it owns:
# "Coffman's wife", "Sam Cole's former personal lawyer"
_OWNED_WORDS = re.compile(r"(?:\s+[a-z][a-z-]*){1,3}")
# The possessive ending of a name seen at a position, and how far on it may stand
_POSSESSIVE_AFTER = re.compile(r"[’']s\b")
# a name in the possessive: "Trump's", "Sen. Ruth Vail's"
_NAME_POSSESSIVE = re.compile(r"\b(?P<name>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*)[’']s\b")
# A person named in an aside on someone else's words, not as a sentence's subject: "Reyes is
# what Saul Kline called a “born fixer”", "Reyes is, as Dale Voss put it, “a closer”", "the
# world's richest man, according to Forbes": the words before the name ...
_ASIDE_BEFORE = re.compile(r"\b(?:[Ww]hat|[Aa]s|[Aa]ccording\s+to)\s+$")
# ... and, after "what" or "as", a verb that names or words something after the name
# (``Words.aside_verbs``; ``_aside_after``)
# "according to" right before a name: the source of the words it reports
_ACCORDING_BEFORE = re.compile(r"\b[Aa]ccording\s+to\s+$")
# A sentence that opens with an adverbial phrase or clause set off by a comma: its first word
# (a preposition or a subordinator, ``Resolver._fronts``), then words up to the comma
_FRONTED = re.compile(r"[\s\"“‘'(]*(?P<w>[A-Z][a-z]+)\b[^,.;:!?\"“”\n]{1,140},")
# ... words besides those two classes that open such an adverbial ("Unlike", "Following")
_FRONTING_WORDS = frozenset({"although", "though", "if", "unlike", "like", "following"})
# ... the words between that comma and the main clause's subject: a few, none set off
_SUBJECT_GAP = re.compile(r"\s*(?:[\w.’'-]+\s+){0,3}")
# ... and the subject, a name (or "he", "she") and a lower-case word after it
_SUBJECT_THEN_WORD = re.compile(r"(?:[A-Z][\w.’'-]*|he|she)(?:\s+[A-Z][\w.’'-]*)*"
                                r"(?:’s|'s|’|')?\s+(?P<w>[a-z]+)")
# what stands between a sentence's subject and a speaker quoted in a clause of its
# (``Resolver._quoted_in_passing``): a relative pronoun set off after the subject's name, the
# subject's cue (and "that"), a relative pronoun set off after the speaker's name; no
# sentence's own break between them
# (each opens with a name, _NAME_WORDS)
_RELATIVE_ON_NAME = re.compile(_NAME_WORDS + r",[^\S\n]+(?:who|whom)[^\S\n]+")
_RELATIVE_AFTER_NAME = re.compile(_NAME_WORDS + r",[^\S\n]+who[^\S\n]")
_CUE_AFTER_NAME = re.compile(
    r"(?:[A-Z][\w.’'-]*[^\S\n]+)+(?P<cue>[a-z]+)[^\S\n]+(?:that[^\S\n]+)?")
_CLAUSE_BREAK = re.compile(r"[;:“”\"]")
_RELATIVE_AT = re.compile(r"who(?:m)?\b")
_NAME_SET_OFF = re.compile(_NAME_WORDS + r",[^\S\n]+")
# A name in the possessive, then what it owns, up to the name of that one: "Obama’s nominee
# to head the CIA, " (an apposition), "Sam Cole's lawyer " (one noun; or the noun opens the
# owned one's mention: "Sam Cole's [lawyer Tom Reyes]")
_OWNED_NAMED = re.compile(r"[^’',]*[’']s\s+(?:[a-z][\w-]*(?:\s+[a-z][\w-]*){0,5}"
                          r"(?:\s+[A-Z][\w.-]*){0,3},\s+|[a-z][\w-]*\s+)?"
                          r"(?:[A-Z][\w.-]*\s+){0,4}$")


def _people_back(pool: list[Seen], want: str, back: int) -> list[Seen] | None:
    """Give the actors of a sentence ``back`` sentences before a pronoun's that it may point
    to: for a "they" two sentences back or more, people only, and None where that sentence
    names bodies only (and opens with no plural subject, tried before), which ends the
    search: "Northwind Airlines cut its routes. Hotels emptied. Shops closed. “…,” they said"
    is no one, not the airline nor anyone named before it. In random bulk articles a "they"
    bound to a body named that far back was almost never that body ("Congress ...
    Supporters of the bill argue that ... They say" is no Congress)."""
    if want != "plural" or back < 2 or not pool:
        return pool
    return [s for s in pool if s.actor.kind not in BODIES] or None


def _within(pos: int, spans: tuple[Span, ...]) -> bool:
    """Tell whether a position lies inside one of the spans."""
    return any(s <= pos < e for s, e in spans)


class Pronouns(ResolverState):
    """Resolve a pronoun to the actor it points back to (see the module's docstring)."""

    def _possessor(self, mention: str, pos: int) -> Actor | None:
        """Give the person a possessive "his" or "her" at pos stands for when a person's
        name in the possessive stands before it in its sentence ("Trump's narrative, and his
        accusations"), of no other gender."""
        names = self._possessives_before(pos)
        if not names:
            return None
        name = names[-1]
        actor = self._by_name(name["name"], name.start()) or self.read(name["name"]).actor
        if actor is None or actor.kind != "person":
            return None
        want = self.knowledge.words.pronoun_genders.get(mention.lower())
        if want and self.gender.get(actor.name) not in (None, want):
            return None
        return actor

    def _possessives_before(self, pos: int) -> list[re.Match[str]]:
        """Give the names in the possessive before pos in its sentence, outside quotation
        marks ("'Reid's name is less familiar,' he said": Reid owns nothing he can be)."""
        n = self.sentence_of(pos)
        start = self.sentences[n][0] if 0 <= n < len(self.sentences) else max(0, pos - 200)
        return [m for m in _NAME_POSSESSIVE.finditer(self.text, start, pos)
                if not self._in_quote(m.start())]

    def _owner_of_thing(self, pronoun: str, pos: int) -> Actor | None:
        """Give the person whose name in the possessive owns a thing earlier in the sentence
        of a "he" or "she" that no one named there fits: "Trump's decision marked a change
        from last year, when he vowed ..." (not "Reyes's lawyer said he ...": the lawyer)."""
        names = self._possessives_before(pos)
        if not names:
            return None
        owned = self.text[names[-1].end():names[-1].end() + 40].split()
        words = self.knowledge.words
        head = owned[0].lower().strip(",.;:") if owned else ""
        if not head or head in words.speaker_heads or head in words.relations \
                or head in words.staff or head in self.knowledge.titles or words.people(head):
            return None
        return self._possessor(pronoun, pos)

    def _ends_fronted(self, comma: int) -> bool:
        """Tell whether a comma ends an adverbial clause or phrase that opens its sentence
        ("Despite the fleet sent to fetch Reyes, a federal judge, who", also after a word in
        -ing: "Notwithstanding the fleet ...", "Following ..."): what follows it is the main
        clause's subject, no description of the name before the comma."""
        if not self.sentences:
            return False
        start = self.sentences[self.sentence_of(comma)][0]
        m = _FRONTED.match(self.text, start, comma + 1)
        return m is not None and m.end() == comma + 1 and (
            self._fronts(m["w"].lower()) or m["w"].endswith("ing"))

    def _owner(self, mention: str, head: str, pos: int, content: tuple[Span, ...]
               ) -> Actor | None:
        """Give the person "his office" speaks for: whom the pronoun stands for, as "Smith's
        office" is Smith; and the organisation "her campaign" or "his administration" is,
        named for that person ("Clinton campaign", ``Words.name_echoes``)."""
        words = mention.lower().split()
        if len(words) != 2 or words[0] not in _POSSESSIVE_PRONOUNS:
            return None
        if head not in self.knowledge.words.name_echoes:
            return self._pronoun(words[0], pos, content) \
                if head in self.knowledge.words.owned_bodies else None
        # "her campaign" is the campaign named for her ("Clinton campaign"), not her
        person = self._pronoun(words[0], pos, content)
        want = self.knowledge.words.pronoun_genders.get(words[0])
        if person is None or person.kind != "person" or self.gender.get(person.name) != want:
            return None  # only someone of that gender for sure ("her" is no Chris Wallace)
        body = self.read(f"{surname_word(person.name)} {head}").actor
        return body if body is not None and body.kind == "organisation" else None

    def _fits(self, s: Seen, want: str, gender: str | None, subject: bool = False) -> bool:
        kind = s.actor.kind
        if want == "person":
            if kind in ("anonymous", "unknown"):
                return s.speaker and self._one_unnamed(s.actor.name, kind, gender, subject)
            # a person of no known gender who took a "she" before takes no "he" (and the
            # reverse): "Deja Stewart ... she called him ... He plans" is not Stewart
            name = s.actor.name
            return kind == "person" and (gender is None or (
                self.gender.get(name) or self._bound.get(name)) in (None, gender))
        # a speaker of no known kind is a thing or a group by its number: "the hospital
        # said ... it said", "His relatives said ... they said"
        plural = s.actor.name.endswith("s")
        if want == "organisation":
            return kind in BODIES or (
                kind == "unknown" and s.speaker and not plural)
        return kind in ("group", "organisation") or (
            kind in ("anonymous", "unknown") and plural and (kind != "unknown" or s.speaker))

    def _fitting(self, s: Seen, want: str, gender: str | None,
                 subject: bool = False) -> Seen | None:
        """Give an actor seen where a pronoun can point to it; a bare surname of one person
        that the pronoun's gender does not fit stands for another person of that surname who
        fits ("Bill Clinton ... Hillary Clinton ... Clinton set out to prove ... She" is
        Hillary Clinton); None where no one fits."""
        if self._fits(s, want, gender, subject):
            return s
        name = s.actor.name
        if gender is None or s.said or s.actor.kind != "person" or " " not in name \
                or not self.text.startswith(surname_word(name), s.pos):
            return None
        for a in self.memory.people(surname_word(name), s.pos):
            other = replace(s, actor=a)
            if a.name != name and " " in a.name and self._fits(other, want, gender):
                return other
        return None

    def _one_unnamed(self, name: str, kind: str, gender: str | None,
                     subject: bool = False) -> bool:
        """Tell whether an unnamed speaker is one person a "he" or "she" of this gender can
        be: "A witness told the station he saw two men. 'We heard shots,' he said" (not
        "witnesses", "officials", "people"; not a "spokeswoman" for a "he"; of no known kind,
        only a noun for a person: not "the report"; never capitalised words, a name's
        remnant: "Reason Editor" of "Reason Editor in Chief Ann Roe"; not "a woman in the
        crowd" for a "he"); for a ``subject`` he or she, also one described by any other noun
        for a person (``_described_one``); a sentence's capital on the word that makes it
        one unnamed ("One witness", "Another woman at the scene") is no name's."""
        words = self.knowledge.words
        first, _, rest = name.partition(" ")
        if rest and first.lower() in words.indefinites:
            name = f"{first.lower()} {rest}"
        if not name[:1].islower():
            return False
        last = name.split()[-1].lower()
        someone = kind == "anonymous" or last in words.anonymous_heads \
            or last in self.knowledge.titles or _one_of_people(last, words) \
            or (subject and self._described_one(name))
        # the words before a preposition say the gender: "a woman in the crowd" is no "he"
        low = name.lower().split()
        head = low[:next((n for n, w in enumerate(low) if n and w in words.prepositions),
                         len(low))]
        said = {words.gender_words[w] for w in head if w in words.gender_words}
        return someone and not _plural(last, words) \
            and words.gender_words.get(last, gender) == gender and said <= {gender}

    def _described_one(self, name: str) -> bool:
        """Tell whether an unnamed speaker's lower-case words describe one person by a noun
        a description's head may be (``_person_head``): "'We are safe,' said a paramedic.
        ... 'It is over,' he added" (a "he" or "she" that speaks is that paramedic); not one
        owned, whom the article often names beside ("her son Tom Reyes"), nor one of
        something ("the founder of the group", "the account of the president's son")."""
        words = name.split()
        return " of " not in name and words[0] not in self.knowledge.words.pronoun_kinds \
            and self._person_head(words[-1].lower())

    def _pronoun(self, pronoun: str, pos: int, content: tuple[Span, ...] = (),
                 hops: int = 0) -> Actor | None:
        want = self.knowledge.words.pronoun_kinds[pronoun]
        gender = self.knowledge.words.pronoun_genders.get(pronoun)
        subject = pronoun.lower() in self.knowledge.words.person_subjects
        here = self.sentence_of(pos)
        if self.sentences:
            for n in range(self._first_sentence(here, pos, subject),
                           max(-1, here - WINDOW - 1), -1):
                if gender and hops < _CHAIN \
                        and (opened := self._subject_pronoun(n, here, pos, gender)):
                    # "He now expects ..., shorter than it took Obama. He also said": the
                    # sentence's own subject, not a name inside it
                    opener, back_from = opened
                    bound = [s for s in self.memory.between(opener, opener + 1)
                             if self._fits(s, want, gender, subject)]
                    return bound[0].actor if bound else \
                        self._pronoun(pronoun, back_from, (), hops + 1)
                pool = self._sentence_pool(n, pos, want, gender, content, subject)
                if n != here and len(pool) > 1:
                    pool = self._main_clause_pool(n, pool)
                if pool and n == here and all(s.possessive for s in pool):
                    # "Ann Roe's comments follow Tom Reyes's remarks, when he said": the
                    # owner nearest before, as _owner_of_thing takes
                    return pool[-1].actor
                reported = n == here and self._reported_before(n, pos)
                if pool and want == "plural" and here - 2 <= n and not reported \
                        and all(s.actor.kind in BODIES for s in pool) \
                        and (group := self._plural_subject(n, pos)):
                    # "Senate Republicans have refused to act. They say", "Opponents of the
                    # EPA rules argued ...": people the sentence opens with, not a body it
                    # names in or after them
                    return group
                if (people := _people_back(pool, want, here - n)) is None:
                    return None  # "they" after a sentence far back that names bodies only
                if people:
                    return self._nearest(people, gender, n != here).actor
                if n == here and want == "person" and (owner := self._owner_of_thing(pronoun, pos)):
                    return owner  # "Trump's decision marked a change from when he vowed"
                if want == "plural" and here - 2 <= n and not reported \
                        and (group := self._plural_subject(n, pos)):
                    return group  # "Top officials on Monday expressed optimism. They said"
                if want == "person" and here - 1 <= n \
                        and (described := self._described_person(n, pos, gender, subject)
                             or self._oblique_person(n, pos, gender, content)):
                    return described  # "A senior official briefed reporters. She said"
        # no sentences known, or nothing near: the last speakers, then anyone named
        for pool in (self.memory.last_speakers(pos, 3), self.memory.last(pos, 6)):
            for s in reversed(pool):
                if not s.quoted and not s.modifier and not (s.possessive and s.oblique) \
                        and self._fits(s, want, gender, subject) \
                        and not self._addressed(s.actor, want, pos) \
                        and not _within(s.pos, content) and not self._credited(s):
                    # a body that far back is no "they" (``_people_back``), nor is anyone
                    # before it
                    return None if want == "plural" and s.actor.kind in BODIES else s.actor
        return None

    def owns_someone(self, end: int) -> bool:
        """Tell whether a name in the possessive that ends at end owns a person, named by one
        of the lower-case words right after it: "Coffman's wife", "Sam Cole's former lawyer",
        "Obama's aides" (a "he" or "she" after is that person, not the owner); not "Coffman's
        legislation would", "Trump's response was"."""
        m = _OWNED_WORDS.match(self.text, end)
        return m is not None and any(self._person_word(w) for w in m.group().split())

    def _person_word(self, low: str) -> bool:
        """Tell whether a word names a person or people one owns: a relation ("wife"), staff
        ("lawyer"), a title ("chief"), a group ("aides", "supporters")."""
        words = self.knowledge.words
        return low in words.relations or low in words.staff or low in self.knowledge.titles \
            or low in words.group_heads

    def _owner_of_someone(self, pos: int) -> bool:
        """Tell whether the name in the possessive seen at pos owns a person (``owns_someone``)."""
        m = _POSSESSIVE_AFTER.search(self.text, pos, pos + _NAME_REACH)
        return m is not None and self.owns_someone(m.end())

    def _sentence_pool(self, n: int, pos: int, want: str, gender: str | None,
                       content: tuple[Span, ...], subject: bool) -> list[Seen]:
        """Give the actors sentence n names before pos that a pronoun can point to: not in
        quotation marks, after a preposition, in the speaker's words or a picture's credit;
        for a ``subject`` he or she, no name in the possessive that owns a person ("Sam
        Cole's lawyer answered. '...,' he said" is the lawyer; "his office" after "Sam
        Cole's aides" is still Cole's); no name in the possessive where a "he" or "she" opens
        the sentence ("He is praised ... despite Trump's efforts": Trump is not its subject);
        for a ``subject``, an unnamed speaker described as one person (``_described_one``);
        no unnamed speaker who acts on a "him" or "her" of the pronoun's gender ("A college
        official told her she owed a fee. '…,' she says": the one told, ``_acts_on_pronoun``)."""
        pool = [f for s in self.memory.in_sentence(n, pos) if not s.quoted and not s.modifier
                and (not s.oblique or self._source_of_words(s))
                and not _within(s.pos, content) and not self._credited(s)
                and not (subject and s.possessive and self._owner_of_someone(s.pos))
                and not (gender and self._said_of(s, pos))
                and (f := self._fitting(s, want, gender, subject))
                and not self._addressed(f.actor, want, pos)
                and not (f.actor.kind in ("anonymous", "unknown")
                         and self._acts_on_pronoun(s.pos, min(self.sentences[n][1], pos),
                                                   gender))]
        if gender and any(s.possessive for s in pool):
            start = self.sentences[n][0]
            he = next((m.start() for m in _HE_OR_SHE.finditer(self.text, start, pos)
                       if self.knowledge.words.pronoun_genders.get(m[0].lower()) == gender
                       and not self._in_quote(m.start())), None)
            if he is not None:
                return [s for s in pool if not s.possessive or s.pos < he]
        return pool

    def _after_participle(self, n: int, pos: int) -> bool:
        """Tell whether a "he" or "she" at pos opens sentence n's main clause after a
        participial phrase set off before it, whose understood subject it is: "Wearing the
        jersey of Tom Reyes, he told the room", "Asked whether Sam Vale was armed, she said",
        "Echoing Vale's complaint, he said" (``Words.fronting_participles``, or a word in
        -ing that opens no prepositional phrase: not "During Reyes's visit, he said")."""
        if not self.text[max(0, pos - 3):pos].rstrip(" \t").endswith(","):
            return False  # no comma right before the pronoun: no phrase set off
        m = _OPENING_TO_PRONOUN.fullmatch(self.text, self.sentences[n][0], pos)
        if m is None or self._in_quote(pos):
            return False
        words, low = self.knowledge.words, m["w"].lower()
        return low in words.fronting_participles or (
            low.endswith("ing") and len(low) > 5 and low not in words.fronting_prepositions
            and low not in words.prepositions)

    def _said_of(self, s: Seen, pos: int) -> bool:
        """Tell whether a person seen is the subject of the words quoted right after the name,
        whom a "he" or "she" set off after the quotation reports them of: "López Obrador
        “didn’t accept the rules,” he says" is someone else speaking of him
        (``_SUBJECT_OF_QUOTED``)."""
        return s.actor.kind == "person" and not s.possessive \
            and self.text[max(0, pos - 4):pos].rstrip(" \t,")[-1:] in ("\"", "”") \
            and _SUBJECT_OF_QUOTED.fullmatch(self.text, s.pos, pos) is not None

    def _fronts(self, low: str) -> bool:
        """Tell whether a lower-case word may open an adverbial set off before a sentence's
        main clause: a preposition, a subordinator or one of _FRONTING_WORDS ("To Ann Roe, the
        plan seemed ...", "According to ...": her view, not an adverbial)."""
        words = self.knowledge.words
        return low not in ("to", "according") and (
            low in words.prepositions or low in words.subordinators or low in _FRONTING_WORDS)

    def _main_clause_pool(self, n: int, pool: list[Seen]) -> list[Seen]:
        """Give the actors of a sentence before the pronoun's that stand in its main clause,
        where it opens with an adverbial clause or phrase set off by a comma and names someone
        who fits on both sides: "Despite Cole's pressure to finish, Tom Reyes has refused. “…,”
        he told reporters" is Reyes, the subject, not Cole; the pool as it is otherwise."""
        start, end = self.sentences[n]
        m = _FRONTED.match(self.text, start, end)
        if m is None or not self._fronts(m["w"].lower()):
            return pool
        after = [s for s in pool if s.pos >= m.end()]
        if not after or len(after) == len(pool) \
                or not _SUBJECT_GAP.fullmatch(self.text, m.end(), after[0].pos):
            return pool
        # the main clause's subject right after the comma, then its verb: not a list's next
        # item ("While Reyes courts leaders like Cole, Vale and Pike, he ...")
        verb = _SUBJECT_THEN_WORD.match(self.text, after[0].pos)
        return after if verb is not None and verb["w"] not in ("and", "or") else pool

    def _source_of_words(self, s: Seen) -> bool:
        """Tell whether a person seen after a preposition is the speaker of the words
        "according to" gives them, named by a given name and a surname ("The river is low,
        according to Tom Reyes, a hydrologist ... “…,” he said"): whose words those are,
        not a name in passing."""
        return s.speaker and s.actor.kind == "person" and self._full_name(s.actor.name) \
            and _ACCORDING_BEFORE.search(self.text, max(0, s.pos - 14), s.pos) is not None

    def _opening_pronoun(self, n: int, pos: int, gender: str) -> int | None:
        """Give where a "he" or "she" of this gender opens sentence n as its subject, before
        pos and outside quotation marks, where no one the sentence names stands before it."""
        m = self._subject_match(_OPENING_PRONOUN, n, pos, gender)
        return None if m is None else m.start("p")

    def _subject_match(self, pattern: re.Pattern[str], n: int, pos: int, gender: str
                       ) -> re.Match[str] | None:
        """Match a pattern of a "he" or "she" (``p``) as its subject at sentence n's start,
        where that pronoun is of this gender, before pos and outside quotation marks."""
        s, e = self.sentences[n]
        m = pattern.match(self.text, s, min(e, pos))
        if m is None or m.start("p") >= pos or self._in_quote(m.start("p")) \
                or self.knowledge.words.pronoun_genders.get(m["p"].lower()) != gender:
            return None
        return m

    def _first_sentence(self, here: int, pos: int, subject: bool) -> int:
        """Give the sentence a pronoun at pos looks back from: its own, but the one before
        for a ``subject`` he or she after a participial phrase (``_after_participle``:
        "Wearing a Tom Reyes jersey, he told" names no one he is)."""
        return here - 1 if subject and self._after_participle(here, pos) else here

    def _subject_pronoun(self, n: int, here: int, pos: int, gender: str
                         ) -> tuple[int, int] | None:
        """Give where a "he" or "she" of this gender is sentence n's subject before pos, and
        where to look back from for whom it is: a pronoun that opens the sentence
        (``_opening_pronoun``), from there; one after a description set off before it in a
        sentence before the pronoun's (``_apposed_pronoun``: "Ann Roe is skeptical. A
        community activist since 1985, she doubts the plan. “…,” she says"), from the
        sentence's start, past the description, which is that pronoun."""
        if opener := self._opening_pronoun(n, pos, gender):
            return opener, opener
        if n != here and (apposed := self._apposed_pronoun(n, pos, gender)) is not None:
            return apposed, self.sentences[n][0]
        return None

    def _apposed_pronoun(self, n: int, pos: int, gender: str) -> int | None:
        """Give where a "he" or "she" of this gender is the subject of sentence n's main
        clause after a description set off before it (``_APPOSED_PRONOUN``), outside
        quotation marks and before pos, where the description names no one but whom it
        describes: "A community activist since 1985, he doubts"; not "The day Tom Reyes
        left, he said", nor "The day the officer left, he said" (someone inside it)."""
        m = self._subject_match(_APPOSED_PRONOUN, n, pos, gender)
        if m is None:
            return None
        # the description's own words start within its first two ("A [former aide]")
        head = m.start() + len(" ".join(self.text[m.start():m.start("p")].split()[:2]))
        if any(seen.actor.kind == "person" or seen.pos > head
               for seen in self.memory.between(m.pos, m.start("p"))):  # from the sentence start
            return None
        return m.start("p")

    def _plural_subject(self, n: int, pos: int) -> Actor | None:
        """Give the group a sentence opens with as its subject (before pos): "Top U.S.
        officials on Monday expressed optimism", "Many Democrats agreed", "But state
        officials would not"; a capital after an opener is the word's own ("For their part,
        Obama and Democrats")."""
        s, e = self.sentences[n]
        m = _PLURAL_SUBJECT.match(self.text, s, min(e, pos))
        if m is None:
            return None
        words = self.knowledge.words
        if m["past"] and not words.past_form(m["past"]) and not self._plain_verb(m["past"]) \
                and not (m["aux"] in ("are", "were") and m["past"].endswith("ing")):
            return None  # no verb: "Almost 200 players from 16 clubs" ("are defending" is)
        if any(w.lower().strip("’'") in words.settings or w.lower() in words.documents
               for w in m["np"].split()):
            return None  # no people: "Romney's remarks to supporters at the plant didn't"
        if self._addressed_after(m["head"], pos):
            return None  # "Prosecutors continue ... They told prosecutors": not those
        np = without_openers(m["np"], self.knowledge)  # "Just as Republicans have"
        first, *rest = np.split()
        if first.lower() in _CLAUSE_SUBJECTS and rest \
                and words.s_form(rest[0].lower()):
            return None  # "That suggests Democrats will": a clause's subject and its verb
        if " " in np and not self._proper_word(first) and m["opener"] is None \
                and not self._capitalised_within(first):
            np = np[0].lower() + np[1:]  # "Top officials": the capital only opens the sentence
        actor = self.read(np).actor
        if actor is None or actor.kind not in ("group", "anonymous") \
                or (not actor.name.endswith("s") and m["head"] not in actor.name.split()):
            return None
        self.note(m.end("np") - len(np), actor, mention=np)
        return actor

    def _addressed(self, actor: Actor, want: str, pos: int) -> bool:
        """Tell whether people a "they" at pos might stand for are the object of its verb
        (``_addressed_after``): "They told prosecutors" is no prosecutors."""
        return want == "plural" and actor.kind in ("group", "anonymous") \
            and self._addressed_after(actor.name.split()[-1], pos)

    def _addressed_after(self, head: str, pos: int) -> bool:
        """Tell whether the verb after a pronoun at pos takes as its object the people a
        plural noun names, so that they are not whom the pronoun stands for: "They told
        prosecutors", "they warned the senators" (not "they call themselves socialists")."""
        m = _PRONOUN_VERB_OBJECT.match(self.text, pos)
        return m is not None and m["object"].lower() == head.lower()

    def _plain_verb(self, low: str) -> bool:
        """Tell whether a lower-case word after a plural subject may be its verb in the
        present, the plain form: "oppose", "face", "support" ("Dairy farmers face ruin"); not
        an -s, -ing or -ly form, nor a preposition, adverb or other word that opens a phrase
        ("across", "near", "there", "now")."""
        words = self.knowledge.words
        return not (words.s_form(low) or low.endswith(("ing", "ly")) or low in words.openers
                    or low in words.prepositions or words.links_clauses(low)
                    or words.time_word(low) or low in words.determiners
                    or low in words.number_words or low in words.pronouns)

    def _reported_before(self, n: int, pos: int) -> bool:
        """Tell whether a pronoun at pos follows a comma that ends a main clause sentence n
        opens with, whose words the pronoun's cue reports ("These leaders don't face the
        same pressures, they note": not the leaders); not after a clause a subordinator
        opens ("While some Republicans sounded calm, they said")."""
        if not self.text[max(0, pos - 4):pos].rstrip().endswith(","):
            return False
        first = self.text[self.sentences[n][0]:pos].split(None, 1)
        word = first[0].strip("\"“‘'(").lower() if first else ""
        # "Only a few negotiators see a deal, they said": a focusing word opens no clause
        return bool(first) and (word not in self.knowledge.words.mention_openers
                                or word in _FOCUSING_WORDS)

    def _capitalised_within(self, word: str) -> bool:
        """Tell whether a capitalised word's capital is its own: one inside it
        ("Ocasio-Cortez", "McCain"), or the article writes it within a sentence ("Obama" in
        "For their part, Obama and Democrats"), where no full stop, question or exclamation
        mark, quotation mark or line stands before it."""
        return any(c.isupper() for c in word[1:]) or any(
            p > 0 and self.text[max(0, p - 8):p].rstrip(" \t")[-1:] not in _SENTENCE_ENDS
            for p in self._positions(word))

    def _oblique_person(self, n: int, pos: int, gender: str | None,
                        content: tuple[Span, ...]) -> Actor | None:
        """Give the one person sentence n names in full after a preposition (before pos),
        where it names no other person, and none that a "he" or "she" fits
        (``_sentence_pool`` found none): "The case is summed up by Tom Reyes, a columnist.
        He begins", "The paper spoke with Chief Deputy Tom Reyes. “…,” he said", "Voters
        agreed with Ann Roe when she said". None where a pronoun of the gender in the
        sentence stands for someone before ("On Monday, he met with Tom Reyes", "her
        disdain for Ann Roe"), nor for one of two, one named by a surname alone or not alone
        (``_full_and_alone``), one in an adverbial set
        off before the main clause ("Of Pratt, he said", "In a letter to Tom Reyes, the
        agency said"), nor in the pronoun's own sentence where a comma or dash stands
        between ("Forces loyal to Tom Reyes will win, he said": the words he reports)."""
        start, end = self.sentences[n]
        m = _FRONTED.match(self.text, start, end)
        main = m.end() if m is not None and self._fronts(m["w"].lower()) else start
        # a "he" where the pronoun is a "she" (or the reverse), or a person of the other
        # gender who does not speak there, is no one it may be: "He sent texts to Ms. Page
        # about Mr. Trump. She testified" is Page (not "..., says Mr. Watkins, whom Ann Roe
        # represents. “…,” she says": the speaker Watkins may be quoting someone else)
        seen = [s for s in self.memory.in_sentence(n, pos) if s.actor.kind == "person"
                and not (s.quoted or s.modifier or _within(s.pos, content))
                and not self._other_gender_pronoun(s.pos, gender)
                and (s.speaker or self._fits(s, "person", gender))]
        named = {s.actor: s for s in seen if not self._credited(s)}
        if len(named) != 1 or any(not s.oblique for s in seen) or any(
                self.knowledge.words.pronoun_genders.get(w[0].lower()) == gender
                and not self._in_quote(w.start())
                for w in _GENDERED_PRONOUN.finditer(self.text, start, pos)):
            return None
        actor, s = named.popitem()
        # "Ms. Page" is as sure as the name written in full: an honorific of the pronoun's
        # gender before the surname
        written = self._gendered_honorific(s.pos, gender) \
            or self._full_and_alone(s.pos, surname_word(actor.name))
        if " " not in actor.name or s.pos < main or s.possessive or not written \
                or (n == self.sentence_of(pos) and _SET_OFF.search(self.text, s.pos, pos)):
            return None
        return actor if self._fits(s, "person", gender) else None

    def _other_gender_pronoun(self, pos: int, gender: str | None) -> bool:
        """Tell whether a pronoun of the other gender stands at pos ("He", "his" for a
        "she"): a person seen there by it is not named in the sentence."""
        m = _GENDERED_PRONOUN.match(self.text, pos)
        return gender is not None and m is not None \
            and self.knowledge.words.pronoun_genders.get(m[0].lower()) not in (None, gender)

    def _gendered_honorific(self, pos: int, gender: str | None) -> bool:
        """Tell whether an honorific of this gender stands right before a name seen at pos,
        or opens it, with no capitalised word running the name on after its surname: "his
        texts to Ms. Page", "a letter from Mr. Reyes"."""
        if gender is None:
            return False
        m = _HONORIFIC_AT.match(self.text, pos) \
            or _HONORIFIC_BEFORE.search(self.text, max(0, pos - 6), pos)
        words = self.knowledge.words
        if m is None or m["w"].lower() not in words.honorifics \
                or words.gender_words.get(m["w"].lower()) != gender:
            return False
        name = _NAME_AFTER_HONORIFIC.match(self.text, m.end() if m.end() > pos else pos)
        return name is not None and not _RUN_ON.match(self.text, name.end())

    def _full_and_alone(self, pos: int, surname: str) -> bool:
        """Tell whether a name seen at pos is written in full, not by its surname alone, and
        stands alone: no capitalised word runs it on into another's name ("George Mason
        University"), it is no one of a pair ("by Tom Reyes and the new left"), nor the
        subject of a verb in -ing ("with Tom Reyes nastily declaring")."""
        if self.text.startswith(surname, pos):
            return False
        at = self.text.find(surname, pos, pos + _NAME_REACH)
        return at >= 0 and not _RUN_ON.match(self.text, at + len(surname))

    def _described_person(self, n: int, pos: int, gender: str | None,
                          subject: bool = False) -> Actor | None:
        """Give the one unnamed person a sentence (before pos) describes as its subject, or
        as whom its subject asked: "A senior official briefed reporters", "At times, the
        governor sought" (after an adverbial set off before the main clause, for a
        ``subject`` he or she: not "his campaign" in "..., the former mayor opened 40
        offices, according to his campaign", a campaign named for him), "I once asked
        the city's police commissioner whether ..." (a "he" or "she" right after is that
        person, where the sentence names no one; not one described inside quotation marks,
        nor one who acts on a "him" or "her" of the pronoun's gender)."""
        s, e = self.sentences[n]
        main = self._main_clause_start(n) if subject else s
        found = [(m.start("np"), np) for m in _DESCRIBED.finditer(self.text, s, min(e, pos))
                 if (m.start("np") in (s, main) or m["asked"])
                 and not self._in_quote(m.start("np"))
                 and (np := self._description_of(m["np"], m["rest"], gender))]
        if len(found) != 1 or self._acts_on_pronoun(found[0][0], min(e, pos), gender):
            return None
        at, np = found[0]
        # after an opening adverbial, only someone the description names ("the governor"
        # who is Ann Roe), not an epithet left unnamed ("the history major")
        named_only = at == main != s
        reading = self.read(np)
        actor = reading.actor
        if actor is None and reading.head:
            actor = self._definite(reading.head, reading.country, reading.party, pos) \
                or self._titled_description(np, reading.head, at) \
                or self._description(reading, np)
        if actor is None or actor.kind not in ("anonymous", "unknown", "person") \
                or (named_only and (actor.kind != "person" or not self._full_name(actor.name))):
            return None
        self.note(at, actor, mention=np)
        return actor

    def _acts_on_pronoun(self, pos: int, end: int, gender: str | None) -> bool:
        """Tell whether someone described at pos acts, with the verb right after the
        description, on a "him" or "her" of this gender (before end): "A clerk told her she
        owed a fee" (the one she is, named before, not the clerk); not "a partner recalls
        that Sam Cole took her", "throwing a cup at him" (``_ACTS_ON``)."""
        m = _ACTS_ON.match(self.text, pos, end)
        words = self.knowledge.words
        return gender is not None and m is not None \
            and words.pronoun_genders.get(m["p"]) == gender \
            and m["verb"] not in words.prepositions \
            and not any(w in ("that", "who", "which") for w in m[0].split())

    def _main_clause_start(self, n: int) -> int:
        """Give where the main clause of sentence n opens: after an adverbial set off by a
        comma before it ("At times, the governor sought"), else at the sentence's start;
        not after one that names a person, whom the words after the comma may describe
        ("When I met Tom Reyes, the city's auditor, on Monday")."""
        start, end = self.sentences[n]
        m = _FRONTED.match(self.text, start, end)
        if m is None or not self._fronts(m["w"].lower()) or any(
                s.actor.kind == "person" for s in self.memory.between(m.start(), m.end())):
            return start
        gap = self.text[m.end():end]
        return m.end() + len(gap) - len(gap.lstrip())

    def _description_of(self, opener: str, rest: str, gender: str | None) -> str | None:
        """Give the words of a description up to its first head that names one person of
        that gender ("The city's police commissioner", "An elderly woman"), if any."""
        words = self.knowledge.words
        run = rest.split()

        def head(w: str) -> bool:
            return w in self.knowledge.titles or w in words.anonymous_heads

        def person_noun(k: int) -> bool:
            # "A witness who", "A neighbor told": a noun for one person before a relative
            # pronoun or a verb (not "The local government")
            after = run[k + 1] if k + 1 < len(run) else ""
            return _one_of_people(run[k], words) and (
                after in ("", "who", "that") or after in self.knowledge.cues
                or after.endswith("ed"))

        # a relation right after a name in the possessive: "Sam Cole's son" (not "He's the
        # son", nor "The son", which the article names)
        kin = _POSSESSIVE_END.search(opener) is not None \
            and opener.split()[0].lower() not in words.pronouns
        for k, w in enumerate(run):
            if head(w) or person_noun(k) or (kin and k == 0 and w in words.relations):
                while k + 1 < len(run) and head(run[k + 1]):
                    k += 1  # "police commissioner", "executive director"
                w = run[k]
                if _plural(w, words) or words.gender_words.get(w, gender) != gender:
                    return None
                np = " ".join([opener, *run[:k + 1]])
                return np[0].lower() + np[1:] if opener in ("The", "A", "An", "One") else np
        return None

    def _proper_word(self, word: str) -> bool:
        """Tell whether a capitalised word opening a sentence keeps its capital anywhere: an
        acronym, a legislature ("House Republicans"), a place, country, demonym or party
        ("Iranian officials", "Democratic leaders")."""
        k, low = self.knowledge, word.lower()
        return word.isupper() or low in k.words.legislative or low in k.places \
            or low in k.countries or low in k.demonyms or low in k.parties

    def _nearest(self, pool: list[Seen], gender: str | None, before: bool = False) -> Seen:
        """Choose what a pronoun points to among the fitting actors of one sentence: the last
        speaker, else the first named of those known to have its gender ("Judge Zorbu Dale
        met Tom Reyes" -> he is Reyes), else the first named that is no verb's object; a
        name in the possessive only where the sentence names no one else who fits."""
        # a person named in an aside is no antecedent where the sentence names another
        pool = [s for s in pool if not self._in_aside(s.pos)] or pool
        if gender and any(s.actor.kind == "person" and self.gender.get(s.actor.name) == gender
                          for s in pool):
            # one described by a noun of no gender (``_described_one``) yields to a person
            # known to have the pronoun's: "When the clerk told Ann Roe the news, she said"
            pool = [s for s in pool if s.actor.kind not in ("anonymous", "unknown")
                    or self._one_unnamed(s.actor.name, s.actor.kind, gender)]
        speakers = [s for s in pool if s.speaker]
        if speakers:
            # in a sentence before the pronoun's, one quoted in a clause of its subject's
            # yields to that subject (``_quoted_in_passing``)
            if before and self._quoted_in_passing(pool[0], speakers[-1], pool):
                return pool[0]
            return speakers[-1]
        # a name in the possessive is no subject where the one it owns is named after it:
        # "Obama's nominee, John Brennan, has shown ... He claims" is Brennan
        pool = [s for s in pool if not (s.possessive and self._owned_named(s, pool))] or pool
        pool = [s for s in pool if not s.possessive] or pool
        known = [s for s in pool if gender and self.gender.get(s.actor.name) == gender]
        pool = known or pool
        # an object is no subject where one is named: "one Republican who never backed
        # Trump: John Kasich. He issued" is Kasich
        return ([s for s in pool if not s.object] or pool)[0]

    def _quoted_in_passing(self, first: Seen, last: Seen, pool: list[Seen]) -> bool:
        """Tell whether the last speaker a sentence names is quoted in a clause of the person
        it names first, its subject: after a relative pronoun on the subject ("Tom Reyes, who
        Sam Vale once called “a hired gun,” spoke"), after the subject's cue ("Tom Reyes said
        Sam Vale told him the plan was “dead”") or in a relative clause on the subject's
        object ("Tom Reyes called out Sam Vale, who called him “a hired gun”"): a he or she
        in a later sentence is the subject, not the one the subject's sentence quotes."""
        if first.pos >= last.pos or first.actor.name == last.actor.name \
                or first.actor.kind != "person" or last.actor.kind != "person" \
                or first.possessive or first.object or first.oblique or last.quoted:
            return False
        between = self.text[first.pos:last.pos]
        if "\n" in between or _CLAUSE_BREAK.search(between):
            return False
        at_relative = bool(_RELATIVE_AT.match(self.text, last.pos))
        if _RELATIVE_ON_NAME.fullmatch(between) \
                or (at_relative and _NAME_SET_OFF.fullmatch(between)):
            return True  # the speaker right after the relative pronoun, or read at it
        m = _CUE_AFTER_NAME.fullmatch(between)
        if m is not None and m["cue"] in self.knowledge.cues:
            return True
        # a relative clause on the object (the speaker named, or read, at the pronoun): only
        # where the subject speaks in the sentence too, so that it goes on past the clause
        # ("..., who called him “a hired gun,” calling the attack “a smear”"), not where the
        # clause ends it ("Tom Reyes introduced Sam Vale, who said the plan was “good.”")
        on_object = bool(_RELATIVE_AFTER_NAME.match(self.text, last.pos)) \
            or (at_relative and between.rstrip().endswith(","))
        return on_object and any(s.speaker and s.actor.name == first.actor.name for s in pool)

    def _in_credit(self, pos: int) -> bool:
        """Tell whether a mention at pos names a picture's photographer: "REUTERS/Tom Reyes",
        "(Reuters photo: Tom Reyes)", "Tom Reyes/AP"."""
        before, after = _credit_patterns(self.knowledge.words)
        return bool(before.search(self.text, max(0, pos - 30), pos)
                    or after.match(self.text, pos))

    def _credited(self, s: Seen) -> bool:
        """Tell whether a person seen is a picture's photographer (see ``_in_credit``)."""
        return s.actor.kind == "person" and self._in_credit(s.pos)

    def _in_aside(self, pos: int) -> bool:
        """Tell whether a mention at pos names whose words an aside gives, not a subject:
        "what Saul Kline called", "as Dale Voss put it", "according to Forbes"."""
        m = _ASIDE_BEFORE.search(self.text, max(0, pos - 14), pos)
        if m is None:
            return False
        return m[0].lower().startswith("according") \
            or bool(_aside_after(self.knowledge.words).match(self.text, pos))

    def _owned_named(self, owner: Seen, pool: list[Seen]) -> bool:
        """Tell whether the person a possessive name owns is named right after it, set off
        by a comma or right after one noun: "Obama's nominee to head the CIA, John Brennan",
        "Sam Cole's lawyer Tom Reyes"."""
        for s in pool:
            if s.pos > owner.pos and not s.possessive:
                return bool(_OWNED_NAMED.match(self.text[owner.pos:s.pos]))
        return False


def _one_of_people(low: str, words: Words) -> bool:
    """Tell whether a lower-case singular noun names one person by its plural: "witness"
    (witnesses), "neighbor" (neighbors), "farmer"; not "report", "statement"."""
    return not _plural(low, words) and (words.people(f"{low}s") or words.people(f"{low}es"))


# A photographer's name in a picture's credit, no one a pronoun after it points to:
# "REUTERS/Tom Reyes", "(Reuters photo: Tom Reyes)", "Photo: Tom Reyes, USA TODAY", "Tom
# Reyes/AP": the words before the name or after it (``_credit_patterns``)
def _credit_patterns(words: Words) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Give the patterns of a picture's credit before a photographer's name ("REUTERS/",
    "Getty Images /", "Photo by", "Credit:") and after it ("/AP", "/ Getty"), with the
    agencies of ``Words.picture_agencies`` (after the name, a name's first word does), or
    after a given name and a surname, a slash that touches them and a capital: the
    publication's own credit ("Tom Reyes/The Harbor Gazette", "Ann Roe/Staff"), not "the
    Vale/Reyes ticket"; built once per word table."""
    def build(w: Words) -> tuple[re.Pattern[str], re.Pattern[str]]:
        names = sorted(w.picture_agencies)
        full = "|".join(n.replace("_", r"[ \t]+") for n in names)
        first = "|".join(sorted({n.split("_")[0] for n in names}))
        return (re.compile(rf"(?:\b(?:{full})[ \t]*/|\b(?:[Pp]hoto(?:graph)?|PHOTO|[Cc]redit)"
                           r"(?:[ \t]+by|[ \t]*:))[ \t]*$"),
                re.compile(rf"[\w.’' -]{{0,40}}?/[ \t]*(?:{first})\b"
                           r"|[A-Z][\w.’'-]*(?:[ \t][A-Z][\w.’'-]*){1,3}/[A-Z]"))
    return per_table("picture credits", words, build)


def _aside_after(words: Words) -> re.Pattern[str]:
    """Give the pattern of what follows a name in an aside after "what" or "as": the name's
    other words, then a verb of ``Words.aside_verbs`` ("Saul Kline called", "Dale Voss
    once put"), built once per word table."""
    return per_table("aside verbs", words, lambda w: re.compile(
        r"(?:[A-Z][\w.’'-]*\s+){1,5}(?:[a-z]+ly\s+|once\s+|later\s+|then\s+)?"
        rf"(?:{'|'.join(sorted(w.aside_verbs))})\b"))
