"""What one article's resolution keeps and the primitives every step uses: the text, its
sentences and quotations, the memory of actors seen and what ``note`` records there (the
gender a mention says, whether it is a verb's object, a noun's modifier, a platform), the
readings of mentions, the index of the text's words, and the caches of the steps. The mixins
of the other modules inherit it; ``core.Resolver`` composes them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from reportgen.analyze.actors.memory import Memory, Seen
from reportgen.analyze.actors.names import given_gender
from reportgen.analyze.actors.reading import Reading, read_mention
from reportgen.analyze.actors.resolver.common import (
    _GIVEN,
    _NAME_WORDS,
    _SENTENCE_OPENING,
    _STATED,
    _TABLE,
)
from reportgen.analyze.actors.usage import NameIndex
from reportgen.knowledge import Knowledge
from reportgen.knowledge.roster import Holder, load_roster
from reportgen.knowledge.words import POSSESSIVE_ENDINGS
from reportgen.models import Actor, Span

# how long a given name must be to outweigh a role noun in -man (_gender_of)
_WEIGHTY_GIVEN = 4

# The word before a mention, over an article: "backed [Tom Reyes]", "criticized the [mayor]"
_VERB_BEFORE = re.compile(r"\b(?P<verb>[a-z]+)\s+(?:(?:the|a|an)\s+)?$")
# a sentence (or what a colon opens) opening with "To" or "For" right before a name, and the
# name set off by a comma after it: whose view the sentence gives (``Resolver._whose_view``)
_VIEW_OPENER = re.compile(r"(?:^|[.!?:][^\S\n]+|\n[^\S\n]*)(?:To|For)[^\S\n]+$")
_SET_OFF_NAME = re.compile(_NAME_WORDS + r"(?<![’']s),")
# an article right before a name, and the lower-case word right after it: a noun the name
# modifies ("the Reyes administration": ``Resolver._modifies_noun``)
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)[^\S\n]+$")
_LOWER_WORD_AFTER = re.compile(r"[^\S\n]+(?P<w>[a-z][a-z-]*)\b(?![’'-])")
# A word at a position, and the words that make a platform named after them where someone
# posts: "on Twitter", "via his Instagram", "took to their Facebook page" (Resolver._as_medium)
_WORD_AT = re.compile(r"[\w-]+")
_MEDIUM_BEFORE = re.compile(r"\b(?:[Oo]n|[Vv]ia|[Tt]o|[Tt]hrough|[Aa]cross|[Oo]nto)\s+"
                            r"(?:[\w’'-]+\s+){0,2}$")


def _preposition_before(prepositions: frozenset[str]) -> re.Pattern[str]:
    """A preposition right before a position: "Of Obama, he said" (then not the subject)."""
    words = sorted(prepositions, key=lambda w: (-len(w), w))
    alternatives = "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in words)
    return re.compile(rf"\b(?:{alternatives})\s+(?:the\s+)?$")


def _before_possessive(words: list[str]) -> list[str]:
    """Give the words of a mention up to its first possessive: what follows names someone
    else ("Michael Brown's mother" says nothing of Michael Brown's gender)."""
    for n, w in enumerate(words):
        if w.endswith(POSSESSIVE_ENDINGS):
            return words[:n]
    return words


_WORD_RUN = re.compile(r"\w+")
_NAME_RUN = re.compile(r"[\w’'-]+")
_NAME_CHARACTER = re.compile(r"[\w’'-]")
# how many words _positions finds as strings before it indexes every word of the text (more
# would make its cost grow with the article's length times the words asked)
_RUNS_FOUND_ALONE = 32


class ResolverState:
    """The state of one article's resolution and its primitives (see the module's docstring);
    the steps one mixin asks of another are declared here for the type checker only."""

    def __init__(self, knowledge: Knowledge, text: str = "",
                 sentences: tuple[Span, ...] = (), quoted: tuple[Span, ...] = (),
                 year: int | None = None):
        self.knowledge = knowledge
        self.year = year  # the article's year: office holders must be in office then
        self.roster = load_roster()
        self.text = text
        self.memory = Memory(knowledge.words.title_abbreviations)
        self.sentences = sorted(sentences)
        self._starts = [s for s, _ in self.sentences]
        self._quoted = sorted(quoted)
        self._quoted_starts = [s for s, _ in self._quoted]
        self.gender: dict[str, str] = {}  # a person's gender, by name, where known
        self._gender_source: dict[str, int] = {}  # how sure each is (see _STATED)
        self._table_gender: dict[str, str] = {}  # the office-holder tables', by name
        self._holder_of: dict[str, Holder] = {}  # the table holder identified, by name
        self._bound: dict[str, str] = {}  # the gender of the first he or she bound, by name
        self._readings: dict[str, Reading] = {}
        # the people read from a mention that is more than a table official's bare surname
        # (a given name, a title): named by the article itself (see ``article_person``)
        self._named_otherwise: set[str] = set()
        self._oblique = _preposition_before(knowledge.words.oblique_prepositions)
        self._words: frozenset[str] | None = None  # the text's words, indexed on first use
        self._runs: dict[str, list[int]] | None = None  # where each name-shaped word stands
        self._runs_alone: dict[str, list[int]] = {}  # the same, for the first words asked
        self._full_names: dict[Actor, tuple[tuple[int, Actor], ...]] = {}  # _full_names_written
        self._runs_found: dict[str, bool] = {}  # see _has_run
        self._usage: dict[str, Actor | None] = {}  # see _used_as_organisation
        self._names = NameIndex(text)  # where names stand (usage, _full_names_written)
        # the people described where they are named, by the head noun of the description, and
        # how many of the actors noted in memory were read for them (see _described_as)
        self._by_head: dict[str, list[tuple[Seen, list[set[str]]]]] = {}
        self._described_upto = 0
        # each kind of document's words in the whole text, found on first use (_documents_before)
        self._documents: dict[str, tuple[list[re.Match[str]], list[int]]] = {}
        # each title's first place in the text and the introductions of a work by it in the
        # whole text, found on first use (_written_before, _introductions)
        self._title_first: dict[str, int] = {}
        self._introduced: dict[str, tuple[list[re.Match[str]], list[int]]] = {}
        # each capitalised head's names in the whole text, found on first use, with what they
        # tell before each one (_body_headed_so)
        self._headed: dict[str, tuple[list[int], list[frozenset[str] | None]]] = {}

    def sentence_of(self, pos: int) -> int:
        """Give the index of the sentence that holds a position."""
        return bisect_right(self._starts, pos) - 1

    def _in_quote(self, pos: int) -> bool:
        k = bisect_right(self._quoted_starts, pos) - 1
        return k >= 0 and pos < self._quoted[k][1]

    def note(self, pos: int, actor: Actor, speaker: bool = False, mention: str = "",
             shared: bool = False, said: bool = False) -> None:
        """Remember an actor mentioned at a position (a speaker, or named in passing; a
        ``shared`` surname's guess, ``said`` where its sentence says the gender: see
        ``Seen``)."""
        if self._as_medium(pos):
            return  # "said on Twitter": where words were posted, no one a pronoun stands for
        if actor.kind == "person" and (found := self._gender_of(actor, mention)) \
                and found[0] > self._gender_source.get(actor.name, -1):
            self._gender_source[actor.name], self.gender[actor.name] = found
        oblique = bool(self._oblique.search(self.text, max(0, pos - 12), pos)) \
            and not self._whose_view(pos, actor)
        possessive = mention.endswith(POSSESSIVE_ENDINGS) or (
            bool(mention) and self.text.startswith(mention, pos)
            and self.text.startswith(POSSESSIVE_ENDINGS, pos + len(mention)))
        self.memory.add(Seen(pos, actor, speaker, self.sentence_of(pos), self._in_quote(pos),
                             oblique, possessive, self._after_verb(pos), shared, said,
                             not speaker and actor.kind == "person"
                             and self._modifies_noun(pos, mention)))

    def _whose_view(self, pos: int, actor: Actor) -> bool:
        """Tell whether a person named at pos is the one whose view a sentence opens with,
        after "To" or "For" and set off by a comma: "To Tom Reyes, the strike sends a
        message", "For Ann Roe, a nurse, the shifts have become a burden" (the subject of the
        thoughts the sentence gives, whom a he or she after may be; not "said to Tom Reyes")."""
        return actor.kind == "person" \
            and _VIEW_OPENER.search(self.text, max(0, pos - 8), pos) is not None \
            and _SET_OFF_NAME.match(self.text, pos) is not None

    def _modifies_noun(self, pos: int, mention: str) -> bool:
        """Tell whether a name written at pos stands as a noun's modifier, between an article
        and a lower-case noun: "the Reyes administration", "a Reyes plan", "the Harbourton
        suburb" (a he or she after points to no one so named); not where the word after is
        one a name's subject or phrase goes on with ("the mayor Tom Reyes said", "a Tom
        Reyes who", "the Ann Roe of old", "a Roe and a Vale")."""
        if not mention or not self.text.startswith(mention, pos) \
                or any(not w[:1].isupper() for w in mention.split()) \
                or not _ARTICLE_BEFORE.search(self.text, max(0, pos - 5), pos):
            return False
        m = _LOWER_WORD_AFTER.match(self.text, pos + len(mention))
        if m is None:
            return False
        w, words = m["w"], self.knowledge.words
        return not (w in words.prepositions or w in words.connectors or w in words.pronouns
                    or w in words.relative_pronouns or w in words.subordinators
                    or w in words.determiners or w in words.aux_verbs or w in words.modals
                    or w in words.irregular_past or w in self.knowledge.cues
                    or w in ("and", "or", "but", "nor") or w.endswith(("ed", "ly")))

    def _as_medium(self, pos: int) -> bool:
        """Tell whether the name at pos is a social platform named as where someone posts:
        after "on", "via" or "to" ("said on Twitter", "took to his Facebook page"), before a
        word for a part of it ("a Twitter account", "Facebook users") or another platform's
        name (a page's share buttons: "Facebook Twitter Pinterest"); not the company that
        speaks or acts ("Twitter said", "Facebook's decision")."""
        words = self.knowledge.words
        m = _WORD_AT.match(self.text, pos)
        if m is None or m[0].lower() not in words.platforms:
            return False
        after = _WORD_AT.match(self.text, m.end() + 1) if self.text[m.end():m.end() + 1] == " " \
            else None
        if after is not None and (after[0] in words.platform_parts
                                  or after[0].lower() in words.platforms):
            return True
        return _MEDIUM_BEFORE.search(self.text, max(0, pos - 40), pos) is not None

    def _gender_of(self, actor: Actor, mention: str) -> tuple[int, str] | None:
        """Give a person's gender as a mention says it, with how sure it is (see _STATED); a
        gender from the tables or the given name never contradicts a "he" or "she" bound to
        the person before."""
        words = self.knowledge.words
        given = given_gender(actor.name.split()[0], self.knowledge.given_names,
                             words.unisex_given_names) if " " in actor.name else None
        # a given name of four letters or more outweighs a role in -man ("Chairman Patty
        # Murray" is no man); a shorter one may be a family name written first ("spokesman Lu
        # Kang")
        weighty = given if len(actor.name.split()[0]) >= _WEIGHTY_GIVEN else None
        for w in _before_possessive(f"{mention} {actor.role or ''}".lower().split()):
            g = words.gender_words.get(w)
            if g and not (w in words.generic_roles and weighty not in (None, g)):
                return _STATED, g
        if g := words.pronoun_genders.get(mention.strip().lower()):
            self._bound.setdefault(actor.name, g)
            return None
        bound = self._bound.get(actor.name)
        if (g := self._table_gender.get(actor.name)) and bound in (None, g):
            return _TABLE, g
        if given and bound in (None, given):
            return _GIVEN, given
        return None

    def read(self, mention: str) -> Reading:
        """Read a mention (once per article: speakers are read again when resolved)."""
        reading = self._readings.get(mention)
        if reading is None:
            reading = self._readings[mention] = read_mention(mention, self.knowledge)
        return reading

    def _has_word(self, low: str) -> bool:
        """Tell whether the text holds a word whole, as ``re.search(r"\\bword\\b")`` would
        find it; the text's words are indexed once, so that a long article is not scanned
        again for each bare name (that made analysis quadratic in an article's length)."""
        if not _WORD_RUN.fullmatch(low):
            return self._has_run(low)
        if self._words is None:
            self._words = frozenset(_WORD_RUN.findall(self.text))
        return low in self._words

    def _has_run(self, low: str) -> bool:
        """Tell whether the text holds a string that is no single word run ("o'brien") whole,
        as ``re.search(r"\\bstring\\b")`` would find it: the pattern is tried only where the
        string stands (a leading ``\\b`` spares ``re`` no position), once per string."""
        found = self._runs_found.get(low)
        if found is None:
            whole = re.compile(rf"\b{re.escape(low)}\b")
            at = self.text.find(low)
            while at >= 0 and whole.match(self.text, at) is None:
                at = self.text.find(low, at + 1)
            found = self._runs_found[low] = at >= 0
        return found

    def _positions(self, word: str) -> list[int]:
        """Give where a word stands in the text with no word character, apostrophe or hyphen
        either side, from an index of the text made once (see ``_has_word``)."""
        if not _NAME_RUN.fullmatch(word):
            return [m.start() for m in re.finditer(
                rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", self.text)]
        if self._runs is None:
            alone = self._runs_alone.get(word)
            if alone is None and len(self._runs_alone) < _RUNS_FOUND_ALONE:
                alone = self._runs_alone[word] = self._stands_alone(word)
            if alone is not None:
                return alone
            runs: dict[str, list[int]] = {}
            for m in _NAME_RUN.finditer(self.text):
                runs.setdefault(m.group(), []).append(m.start())
            self._runs = runs
        return self._runs.get(word, [])

    def _stands_alone(self, word: str) -> list[int]:
        """Give where a name-shaped word stands as a whole run of ``_NAME_RUN``, as the index
        in ``_positions`` gives it, by finding the word as a string: where an article asks
        about few words, this costs a small part of indexing every word of it."""
        text, out, end = self.text, [], len(word)
        at = text.find(word)
        while at >= 0:
            if not (at and _NAME_CHARACTER.match(text, at - 1)) \
                    and not _NAME_CHARACTER.match(text, at + end):
                out.append(at)
            at = text.find(word, at + 1)
        return out

    def _after_verb(self, pos: int) -> bool:
        """Tell whether a mention at pos stands right after a verb in the past, as its
        object: "who never backed Tom Reyes", "criticized the mayor", "met Ann Cole"."""
        m = _VERB_BEFORE.search(self.text, max(0, pos - 24), pos)
        if m is None:
            return False
        w = m["verb"]
        return w in self.knowledge.words.irregular_past or (
            len(w) > 4 and w.endswith("ed") and w not in self.knowledge.words.aux_passive)

    def _sentences_back(self, pos: int, n: int) -> int:
        """Give the index of the sentence n sentences back from pos's (its own counted),
        not counting sentences wholly inside a quotation."""
        k = self.sentence_of(pos)
        while k > 0 and n > 1:
            k -= 1
            start, end = self.sentences[k]
            n -= 0 if self._in_quote(start + 1) and self._in_quote(end - 2) else 1
        return k

    def _subject(self, s: Seen) -> bool:
        """Tell whether an actor seen opens its sentence, after an opening adverbial at most
        ("In February, the agency released ..."), and is not in the possessive: its
        subject."""
        if s.possessive or not 0 <= s.sentence < len(self.sentences):
            return False
        return bool(_SENTENCE_OPENING.fullmatch(self.text, self.sentences[s.sentence][0], s.pos))

    if TYPE_CHECKING:  # the steps one mixin asks of another, defined in their modules
        # people
        def merge_earlier(self, actor: Actor, pos: int, inclusive: bool = ...) -> Actor: ...
        def article_person(self, reading: Reading, pos: int) -> Actor | None: ...
        def _by_name(self, mention: str, pos: int) -> Actor | None: ...
        def identify(self, actor: Actor, mention: str, end: int) -> Actor: ...
        def _opener_word(self, word: str, pos: int, common: bool = ...) -> bool: ...
        # groups
        def _named_together(self, group: Actor, pos: int) -> Actor | None: ...
        # pronouns
        def _ends_fronted(self, comma: int) -> bool: ...
        def _pronoun(self, pronoun: str, pos: int, content: tuple[Span, ...] = ..., hops: int = ...
                    ) -> Actor | None: ...
        def _person_word(self, low: str) -> bool: ...
        # relatives
        def _opening_word(self, np: str, pos: int) -> bool: ...
        def _full_name(self, name: str) -> bool: ...
        # descriptions
        def _person_head(self, head: str) -> bool: ...
        def _description(self, reading: Reading, mention: str) -> Actor: ...
        def _titled_description(self, mention: str, head: str, pos: int) -> Actor | None: ...
        def _unnamed_so_introduced(self, s: Seen, head: str, pos: int) -> bool: ...
        # roles
        def _described(self, actor: Actor, pos: int) -> Actor | None: ...
        def _head_of_body(self, description: Actor, pos: int) -> Actor | None: ...
        def _role_holder(self, description: str, pos: int) -> Actor | None: ...
        def _definite(self, head: str, country: str | None, party: str | None, pos: int,
                      below: bool = ..., state: str | None = ...) -> Actor | None: ...
        def _last_subject(self, pos: int) -> Actor | None: ...
        def _titled_next(self, mention: str, head: str, pos: int) -> Actor | None: ...
        # bodies
        def _subject_body_before(self, pos: int, kinds: tuple[str, ...] = ..., back: int = ...
                                ) -> Actor | None: ...
        def _used_as_organisation(self, name: str) -> Actor | None: ...
        def _nearest_organisation_seen(self, head: str, pos: int) -> Seen | None: ...
        # documents
        def _opening_subject(self, end: int, pos: int) -> Actor | None: ...
        # authors
        def _author(self, document: str, pos: int, mention: str = ...) -> Actor | None: ...
        def _documents_before(self, document: str, pos: int) -> list[re.Match[str]]: ...
        def _maker_before(self, pos: int, back: int = ..., kinds: tuple[str, ...] = ...
                         ) -> Actor | None: ...
        # core
        def resolve(self, mention: str, pos: int, content: tuple[Span, ...] = ...
                   ) -> Actor | None: ...
        def _unresolved(self, reading: Reading, mention: str, pos: int,
                        content: tuple[Span, ...] = ...) -> Actor | None: ...
