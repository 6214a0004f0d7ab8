"""Documents whose owner their mention names: in the possessive ("the department's
statement", "its report"), by a lower-case noun ("the union statement"), by one word ("the
Schiff memo", "a Monmouth poll"), by an outlet's or a party's name ("the Gazette piece"), in
a relative clause ("a statement she released"); and a work's title that speaks ("Harbor
Years recounts"): its author, introduced with it.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from reportgen.analyze.actors.reading import BODIES, Reading, document_kind
from reportgen.analyze.actors.resolver.common import (
    _FILED_IN,
    _MAKER_SENTENCES,
    _PLAIN_DOCUMENT_WORDS,
    _QUOTES,
    _WORD_CHARACTER,
    _common_word,
    _runs_back,
)
from reportgen.analyze.actors.resolver.state import ResolverState
from reportgen.models import Actor, Span

# a document in the possessive, whose owner speaks in it: "the organization's press release",
# "the Democrats' memo", "its report", "their joint letter" (Resolver._owned_document)
# (after a part of it at most: "excerpts of Ann Roe's speech", ``Words.document_parts``)
_DOCUMENT_PART = r"(?:(?:(?:[Aa]n?|[Tt]he)\s+)?(?P<part>[a-z]+)\s+of\s+)?"
_OWNED_DOCUMENT = re.compile(_DOCUMENT_PART + r"(?:[Tt]he\s+)?"
                             r"(?P<owner>[A-Za-z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*?"
                             r"(?:\s+[a-z][\w-]*){0,2}?)(?:[’']s|(?<=s)[’'])\s+"
                             r"(?:[\w-]+\s+){0,3}?(?P<document>[a-z]+)")
# a document named for its maker by one word: "the Schiff memo", "a Monmouth poll", "the
# latest Rasmussen survey" (Resolver._named_document)
_NAMED_DOCUMENT = re.compile(r"(?:(?:[Tt]he|[Aa]n?)\s+)?(?:(?:new|latest|recent)\s+)?"
                             r"(?P<owner>[A-Z][a-z][\w&-]*)\s+(?P<document>[a-z]+)")
# a piece of writing named for its outlet or party by the whole name: "the Gazette piece", "a
# Lakeview Times story", "the Republican platform" (Resolver._outlet_or_party_document)
_NAME_DOCUMENT = re.compile(r"(?:(?:[Tt]he|[Aa]n?)\s+)?"
                            r"(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4})\s+"
                            r"(?:(?:new|latest|recent|original)\s+)?(?P<document>[a-z-]+)")
# a document whose owner a lower-case noun before it names: "the union statement", "an embassy
# statement", "another corrections department statement" (Resolver._noun_owned_document)
_OWNER_NOUN_DOCUMENT = re.compile(r"(?:(?:[Tt]he|[Aa]n?|[Aa]nother)\s+)?"
                                  r"(?P<owner>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s+"
                                  r"(?P<document>[a-z]+)")
# whom a lower-case noun before a document may name as its owner (_noun_owned_document)
_OWNER_KINDS = frozenset({"organisation", "group", "media"})
# a document and, in a relative clause, who issued it: "a statement she released", "the letter
# that Ann Roe wrote" (Resolver._relative_issuer)
_RELATIVE_ISSUER = re.compile(r"(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,3}?(?P<document>[a-z]+)\s+"
                              r"(?:(?:that|which)\s+)?(?P<who>[Hh]e|[Ss]he|[Tt]hey|[Ii]t|"
                              r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+"
                              r"(?:(?:had|has|have)\s+)?(?P<verb>[a-z]+)"
                              r"(?:\s+(?:to|on|in|at|last|this|earlier)\s+[^,;:“”\"]{1,40})?")
# a title's opening article, and the small words a title holds in lower case
# (Resolver._title_author); the words for a work that may stand between its author and its
# title ("Ann Roe's memoir, Salt Roads"), or before its title and "by"
_LEADING_THE = re.compile(r"^(?:[Tt]he|[Aa]n?)\s+(?=[A-Z])")
_TITLE_SMALL_WORDS = frozenset({"a", "an", "and", "in", "of", "on", "the", "to", "for"})
_WORKS_NOUNS = "book|novel|memoir|biography|documentary|film"
# the subject and cue of a sentence that opens with "In a report ...,": ", Ann Roe said",
# ", the Harbor Board also wrote" (Resolver._opening_subject)
_OPENS_WITH_IN = re.compile(r"\s*In\s+")
_OPENING_SUBJECT = re.compile(r"[^,;:“”\"\n]{0,100}?,\s+(?P<np>(?:[Tt]he\s+)?[A-Z][\w.’'-]*"
                              r"(?:\s+[A-Z][\w.’'-]*){0,4})\s+(?:also\s+)?(?P<cue>[a-z]+)\b")
# a part or the voice of a document, and the document it is of: "the report's summary", "its
# ad's narrator", "the summary of the report", "the narrator in a new ad"; or the voice alone:
# "the narrator" (Resolver._document_part)
_PART_OF_DOCUMENT = re.compile(
    r"(?P<det>[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?P<document>[a-z-]+)[’']s\s+"
    r"(?P<part>[a-z-]+)"
    r"|(?:[Tt]he|[Aa]n?)\s+(?P<whole>[a-z-]+)(?:\s+(?:of|in|from)\s+"
    r"(?P<of>the|its|their|his|her|an?)\s+(?:(?:new|latest|recent|same)\s+)?"
    r"(?P<ofdocument>[a-z-]+))?")
_OWNING_PRONOUN = re.compile(_DOCUMENT_PART + r"(?P<owner>[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+"
                             r"(?:[\w-]+\s+){0,3}?(?P<document>[a-z]+)")


class Documents(ResolverState):
    """Resolve a document named with its owner, or a work by its title, to who speaks in it."""

    def _document_owner(self, mention: str, reading: Reading, pos: int,
                        content: tuple[Span, ...] = ()) -> Actor | None:
        """Give for whom a document speaks that the tables read as no one: its owner named by
        a lower-case noun ("the union statement"), in the possessive ("the department's
        statement") or by one word ("the Schiff memo"); None where the tables read the
        mention as someone ("Trump's statement") or no step finds an owner."""
        if reading.actor is not None and reading.actor.kind != "unknown":
            return None
        return self._noun_owned_document(mention, pos, content) \
            or self._owned_document(mention, pos, content) or self._named_document(mention, pos) \
            or self._relative_issuer(mention, pos) or self._outlet_or_party_document(mention)

    def _document_part(self, mention: str, reading: Reading, pos: int,
                       content: tuple[Span, ...] = ()) -> Actor | None:
        """Give the maker of the document a part or the voice of it speaks for: "the report's
        summary says", "the findings of the survey show", "the ad's narrator says" (as "the
        report", "the survey", "the ad" would be resolved there: ``Words.document_parts``,
        ``Words.document_voices``); the voice alone where a document of its kind is named in
        its sentence or the ``_MAKER_SENTENCES`` before ("“…,” the narrator says in the ad").
        None where the tables read the mention as someone, it names no such part, or no maker
        by name is found for the document."""
        if reading.actor is not None and reading.actor.kind != "unknown":
            return None
        m = _PART_OF_DOCUMENT.fullmatch(mention)
        if m is None:
            return None
        w = self.knowledge.words
        part = m["part"] or m["whole"]
        if part not in w.document_parts and part not in w.document_voices:
            return None
        word, det = (m["document"], m["det"]) if m["part"] else (m["ofdocument"], m["of"])
        kind = document_kind(word, self.knowledge) if word else w.document_voices.get(part)
        if kind is None or (word is None and not self._document_near(kind, pos)):
            return None
        whole = f"{'the' if det is None or det.lower() in ('a', 'an') else det.lower()} " \
            f"{word or kind}"
        maker = self._document_owner(whole, self.read(whole), pos, content) \
            or self._author(kind, pos, whole)
        # someone by name, not another description ("a narrator in the Harbor ad")
        return maker if maker is not None and maker.kind in (*BODIES, "person") \
            and maker.name[:1].isupper() else None

    def _document_near(self, kind: str, pos: int) -> bool:
        """Tell whether a document of a kind is named outside quotation marks in the sentence
        of pos, before it or after it, or in the ``_MAKER_SENTENCES`` before it."""
        here = self.sentence_of(pos)
        if here < 0:
            return False
        start = self.sentences[max(0, here - _MAKER_SENTENCES)][0]
        end = self.sentences[here][1]
        return any(d.start() >= start and not self._in_quote(d.start())
                   for d in reversed(self._documents_before(kind, end)))

    def _owned_document(self, mention: str, pos: int,
                        content: tuple[Span, ...] = ()) -> Actor | None:
        """Give whose a document in the possessive is, for whom it speaks: "according to the
        organization's press release", "the department's statement said", "Its report urged",
        "the Democrats' memo" (whom "the organization", "it", "the Democrats" stand for);
        None where a time owns the document ("Friday's report") or the owner stays a bare
        description."""
        m = _OWNING_PRONOUN.fullmatch(mention) or _OWNED_DOCUMENT.fullmatch(mention)
        w = self.knowledge.words
        if m is None or (document_kind(m["document"], self.knowledge) is None
                         and m["document"] not in w.owned_words) \
                or (m["part"] is not None and m["part"] not in w.document_parts):
            return None
        owner = m["owner"]
        low = owner.lower()
        if w.time_word(low) or (" " in owner and not owner[:1].isupper()):
            return None  # lower-case words only after a name: "the House budget committee's"
        owned = self.read(owner)
        if owner[:1].isupper() and owned.actor is not None and owned.actor.kind != "unknown":
            return owned.actor  # "the Democrats' memo"
        # whom "its" or "the group" stands for: named, unquoted, near the mention ("This
        # report, "Public Accountability for Schools," ... the organization's" is no title's)
        pronoun = low in w.pronoun_kinds
        if pronoun and _OPENS_WITH_IN.fullmatch(
                self.text, self.sentences[max(0, self.sentence_of(pos))][0], pos):
            # "In her speech on Monday, Ann Roe said": the subject the opening leads to
            return self._opening_subject(pos + len(mention), pos)
        if low == "its" and (body := self._subject_body_before(pos, BODIES, 0)) is not None:
            return body  # "The Lakeview Gazette has not corrected its March 3 article"
        actor = self._pronoun(low, pos, content) if pronoun else \
            self._unresolved(self.read(f"the {owner}"), f"the {owner}", pos, content)
        if actor is None and low == "its":
            # a body noted nowhere (it neither spoke nor was described): the one named in
            # passing as the subject of the sentence before ("The Harbor Party platform backs
            # a levy. ... its plank says")
            return self._subject_body_before(pos, BODIES, 1)
        if actor is None or actor.kind == "unknown" or not actor.name[:1].isupper():
            return None
        if pronoun and low in ("his", "her") and actor.kind == "person" \
                and m["document"] in w.owned_words:
            return actor  # "her answer to critics is": hers, wherever "she" was named
        return actor if self._seen_near(actor, pos, acting=not pronoun) else None

    def _noun_owned_document(self, mention: str, pos: int,
                             content: tuple[Span, ...] = ()) -> Actor | None:
        """Give the body a lower-case noun before a document's word names, as "the <noun>"
        would be resolved where the article wrote it: "the union statement" (the union the
        article names, else the union), "an embassy statement", "another corrections department
        statement", "the family statement" (the family); None where a word only describes a
        document or is a time ("the official statement", "a press release", "Friday's
        report"), or the noun names no body or family ("the jobs report", "a pool report", "the
        posted email"; ``_body_noun``)."""
        m = _OWNER_NOUN_DOCUMENT.fullmatch(mention)
        if m is None or document_kind(m["document"], self.knowledge) in (None, "poll", "study"):
            return None  # "a household survey", "a patient study" are of whom the noun names
        owner, w = m["owner"], self.knowledge.words
        if any(x in _PLAIN_DOCUMENT_WORDS or w.time_word(x)
               or document_kind(x, self.knowledge) is not None
               or x.endswith(("ed", "ing")) for x in owner.split()) \
                or not self._body_noun(owner.split()[-1]):
            return None  # "the posted email", "the aired campaign ads"
        actor = self.resolve(f"the {owner}", pos, content)
        return actor if actor is not None and actor.kind in _OWNER_KINDS else None

    def _body_noun(self, low: str) -> bool:
        """Tell whether a lower-case noun names a body or a family that may issue a document
        ("union", "embassy", "department", "family"), not where one is filed ("court") nor
        a word that only describes it ("posted", "one", "jobs")."""
        w = self.knowledge.words
        return low not in _FILED_IN and any(
            f in w.org_heads or f in w.name_heads or f in w.org_descriptions or f in w.kin_groups
            for f in (low, low.removesuffix("s")))

    def _named_document(self, mention: str, pos: int) -> Actor | None:
        """Give the maker a document is named for by one word, with no possessive: the person
        the article named before by that surname ("Rep. Adam Schiff ... the Schiff memo", "the
        Mueller report"), the body named before whose name opens with it ("Monmouth
        University ... the Monmouth poll"), a body the tables know, or the one-word name of a
        poll's maker ("a Monmouth poll", "the Rasmussen survey"); None where the word is a
        place, a people, a time, a given name or a word of the language ("the Florida poll", "a
        February survey")."""
        m = _NAMED_DOCUMENT.fullmatch(mention)
        kind = document_kind(m["document"], self.knowledge) if m else None
        if m is None or kind is None:
            return None
        owner = m["owner"]
        low, k = owner.lower(), self.knowledge
        if low in k.places or low in k.countries or low in k.demonyms or _common_word(low) \
                or low in k.words.months or low in k.words.days or k.given_name(low):
            return None
        person = self.memory.last_person(owner, pos)
        if person is not None:
            return person
        named = next((s.actor for s in self.memory.named_by(owner.lower(), pos)
                      if s.actor.kind in BODIES and s.actor.name.split()[0] == owner), None)
        if named is not None:
            return named  # "Monmouth University ... the Monmouth poll"
        a = self.read(owner).actor
        if a is not None and a.kind in BODIES:
            return a
        return Actor(owner, "organisation", "unknown", None, None, None) if kind == "poll" \
            else None

    def _title_author(self, mention: str, pos: int) -> Actor | None:
        """Give the author of a work whose title, capitalised words that open with no given
        name, speaks as if it were someone, where the article introduced it before pos by the
        author's name in the possessive, a word for a work at most between ("Enter Ann Roe's
        Harbor Years, which ... Harbor Years recounts", "Tom Reyes's new book, Salt Roads"), or
        after it ("the memoir Salt Roads by Tom Reyes"): the person so named in full. None
        where no such introduction stands there or the name is no person's."""
        title = _LEADING_THE.sub("", mention.strip())
        words = title.split()
        if len(words) < 2 or not all(x[:1].isupper() or x.lower() in _TITLE_SMALL_WORDS
                                     for x in words) or not words[-1][:1].isupper() \
                or self.knowledge.given_name(words[0].lower()) \
                or not self._written_before(title, pos):
            return None
        read = self.read(title).actor
        w = self.knowledge.words
        first = words[0].lower()
        if first in w.gender_words or self.knowledge.title_word(first.rstrip(".")) \
                or (read is not None and read.kind == "person"
                    and (other := self.memory.last_person(words[-1], pos)) is not None
                    and other.name != read.name):
            return None  # "Rolling Thunder's Mr. Muller", "Acme's Ann Roe": a person
        if read is not None and (read.kind not in ("person", "unknown", "organisation") or (
                read.kind == "organisation" and (read.type != "unknown" or any(
                    x.lower() in w.org_heads or x.lower() in w.name_heads
                    or x.lower() in w.org_descriptions for x in words)))):
            return None  # an outlet, a place, a group, a body: named as itself ("Ann Roe's
            # Department of Justice")
        for m in self._introductions(title, pos):
            if self._in_quote(m.start()):
                continue
            names = m["owner"] or m["by"]
            for n in range(len(names.split()) - 1):  # "Enter Ann Roe's": "Ann Roe"
                a = self.read(" ".join(names.split()[n:])).actor
                if a is not None and a.kind == "person" and " " in a.name:
                    return self.merge_earlier(a, m.start(), inclusive=True)
        return None

    def _written_before(self, title: str, pos: int) -> bool:
        """Tell whether a title is written whole before pos, as ``text.find(title, 0, pos)``
        tells, from one search per title: its first place in the text (a search up to each
        mention asked again for each one made the cost grow with the square of the article's
        length); a title written before pos is first written there, and one first written
        there is written there."""
        first = self._title_first.get(title)
        if first is None:
            first = self._title_first[title] = self.text.find(title)
        return first >= 0 and first + len(title) <= pos

    def _introductions(self, title: str, pos: int) -> list[re.Match[str]]:
        """Give the introductions of a work by its title that stand in the text before pos
        (``_introduced_by``), as ``finditer(text, 0, pos)`` finds them, from one sweep of the
        whole text per title (a search up to each mention asked again for each one made the
        cost grow with the square of the article's length). The two agree where no match of
        the whole text runs on to pos or over it and the character before pos is no word
        character (the pattern's one assertion, the word boundary after the title, reads the
        same there in both): a match that ends before pos is one of the text up to pos, and
        the search up to pos finds no other; elsewhere the text up to pos is swept."""
        found = self._introduced.get(title)
        if found is None:
            matches = self._swept(title, len(self.text))
            found = self._introduced[title] = (matches, [m.end() for m in matches])
        matches, ends = found
        upto = bisect_left(ends, pos)
        if (pos > 0 and _WORD_CHARACTER.match(self.text, pos - 1)) \
                or (upto < len(matches) and matches[upto].start() < pos):
            return self._swept(title, pos)
        return matches[:upto]

    def _swept(self, title: str, end: int) -> list[re.Match[str]]:
        """Give the matches of ``_introduced_by(title)`` in the text up to end, as
        ``finditer(text, 0, end)`` gives them, trying the pattern only at the places where a
        match can start: each holds the title whole by end, and what stands before the title
        in it is at most six runs of characters that are not spaces, each followed by spaces
        (an owner of two to four words, the last with "'s", a word such as "new" and a word
        for a work), so each starts at or after the start of the sixth run before a place
        where the title is written (``_runs_back``; the later the place, the later that
        start). The places are tried in order from the end of the match found last, each once,
        as finditer tries them; finditer's other places start no match."""
        text = self.text
        introduced = _introduced_by(title)
        matches: list[re.Match[str]] = []
        tried = 0  # the places before this are tried, or inside a match found
        at = text.find(title)
        while at >= 0 and at + len(title) <= end:
            p = max(tried, _runs_back(text, at, 6))
            while p <= at:
                m = introduced.match(text, p, end)
                if m is None:
                    p += 1
                else:
                    matches.append(m)
                    p = m.end()
            tried = max(tried, p)
            at = text.find(title, at + 1)
        return matches

    def _outlet_or_party_document(self, mention: str) -> Actor | None:
        """Give the outlet or party a piece of writing is named for by the whole name before
        its word: "the Gazette piece", "a Lakeview Times story" (``Words.outlet_documents``),
        "the Republican platform", "the Harbor Party plank" (``Words.party_documents``, a
        party the tables list); None for any other name or word ("the Harbor story")."""
        m = _NAME_DOCUMENT.fullmatch(mention)
        if m is None:
            return None
        w, owner = self.knowledge.words, m["owner"]
        if m["document"] in w.party_documents:
            party = self.knowledge.parties.get(owner.lower())
            a = self.read(party.name).actor if party is not None else None
            return a if a is not None and a.kind == "organisation" else None
        if m["document"] not in w.outlet_documents:
            return None
        a = self.read(owner).actor
        return a if a is not None and a.kind == "media" else None

    def _seen_near(self, actor: Actor, pos: int, acting: bool) -> bool:
        """Tell whether an actor is named outside quotation marks before pos, in its sentence
        or the one before (a title opens with one: "This report, "Public Accountability for
        Schools," published by ..." names no body); where ``acting``, as a speaker or a
        sentence's subject ("The Pentagon said ... the department's statement"; not "She was
        a student at the University of Virginia. ... the group's website")."""
        here = self.sentence_of(pos)
        if here < 0:
            return False
        return any(s.actor.name == actor.name and not s.quoted
                   and self.text[max(0, s.pos - 1):s.pos] not in _QUOTES
                   and (not acting or s.speaker or self._subject(s))
                   for s in self.memory.between(self.sentences[max(0, here - 1)][0], pos))

    def _relative_issuer(self, mention: str, pos: int) -> Actor | None:
        """Give who issued a document the mention names in a relative clause of its own, by a
        pronoun or a name before a verb of issuing: "according to a statement she released",
        "the letter Ann Roe wrote", "a report that the Harbor League published" (the pronoun
        resolved where it stands). None for another verb ("a letter she received") or where
        the words name no person or body."""
        m = _RELATIVE_ISSUER.fullmatch(mention)
        if m is None or m["verb"] not in self.knowledge.words.issuing_verbs \
                or document_kind(m["document"], self.knowledge) is None:
            return None
        who, at = m["who"], pos + m.start("who")
        if who.lower() in self.knowledge.words.pronoun_kinds:
            actor = self._pronoun(who.lower(), at)
        else:
            actor = self.article_person(self.read(who), at)
        return actor if actor is not None and actor.kind in (*BODIES, "person") \
            and actor.name[:1].isupper() else None

    def _opening_subject(self, end: int, pos: int) -> Actor | None:
        """Give the capitalised subject of the cue after an opening phrase that ends at end
        and stands at pos in its sentence, as the memory saw it there, else a body or a person
        named in full it reads as: who speaks in a sentence that opens with a document ("In a
        report to Congress released last month, Ann Roe said ...", "In its 40-page ruling, the
        Harbor Board wrote ...")."""
        m = _OPENING_SUBJECT.match(self.text, end)
        if m is None or m["cue"] not in self.knowledge.cues \
                or self.sentence_of(m.start("np")) != self.sentence_of(pos):
            return None
        at = [x for x in self.memory.between(m.start("np"), m.end("np")) if not x.possessive]
        actor = at[-1].actor if at else self.read(m["np"]).actor
        if actor is not None and actor.kind == "person" and " " not in actor.name and not at:
            return None
        return actor if actor is not None and actor.kind in (*BODIES, "person") else None


def _introduced_by(title: str) -> re.Pattern[str]:
    """The introduction of a work by its title and its author (Resolver._title_author): the
    author's name in the possessive, a word for a work at most between ("Enter Ann Roe's
    Harbor Years", "Tom Reyes's new book, Salt Roads"), or after it ("the memoir Salt Roads by
    Tom Reyes")."""
    escaped = re.escape(title)
    return re.compile(
        rf"(?P<owner>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{1,3}})[’']s\s+"
        rf"(?:(?:new|latest|recent|forthcoming)\s+)?(?:(?:{_WORKS_NOUNS}),?\s+)?{escaped}\b"
        rf"|(?:{_WORKS_NOUNS})\s+{escaped},?\s+by\s+"
        rf"(?P<by>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{1,3}})")
