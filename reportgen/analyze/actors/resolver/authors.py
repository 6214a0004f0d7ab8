"""The author of a document the text around it names ("the report", "the letter", "a
statement"): the maker named where it was introduced, right after it ("a study by", "filed
by"), that issued it ("The White House issued a statement"), or that spoke just before it;
and the maker of the poll a share of those polled speaks for ("70 percent said").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from reportgen.analyze.actors.reading import BODIES, document_kind
from reportgen.analyze.actors.resolver.common import (
    _FILED_IN,
    _MAKER_SENTENCES,
    _PLAIN_DOCUMENT_WORDS,
    _SENTENCE_OPENING,
    _WORD_CHARACTER,
)
from reportgen.analyze.actors.resolver.state import ResolverState
from reportgen.analyze.tables import per_table
from reportgen.knowledge.words import POSSESSIVE_ENDINGS, Words
from reportgen.models import Actor

# How many sentences before a share of those polled the poll they answered may be named: "A
# Quinnipiac poll came out on Monday. ... Some 70 percent said ..."
_POLL_SENTENCES = 12
# How many sentences may stand between two words for documents of one family (a report, a
# study) for the later to refer back to the earlier: "A report by Harbor Health came out
# Monday. ... The study found"
_FAMILY_SENTENCES = 12
# a verb of issuing in the passive right after a document, before "by" and its maker: "The
# lawsuit was filed Monday in federal court by", ", which was released today by"
# (Resolver._issued_after)
_PASSIVE_ISSUED = re.compile(r",?\s+(?:(?:which|that)\s+)?(?:(?:was|were|is|are|has\s+been|"
                             r"have\s+been|had\s+been)\s+)?(?P<verb>[a-z]+(?:ed|en))"
                             r"(?P<mid>(?:\s+[\w.’'-]+,?){0,14}?)(?=\s+by\s)")
# a role in lower case and a person's name right after a body's name: "[White House] legal
# counsel Ann Roe" (Resolver._issued_by)
_TITLED_NAME_AFTER = re.compile(r"(?P<role>(?:[^\S\n]+[a-z][\w-]*){1,3})"
                                r"(?:[^\S\n]+[A-Z][\w’'.-]*){2,3}")
# "by" and names listed after it, in the clause: "by Reps. Ann Roe, Tom Reyes and", "by House
# members Ann Roe, Tom Reyes" (not "by Harbor Voices, which", "by Ann Roe, its chair";
# Resolver._issued_after)
_NAMES_LISTED = re.compile(r"\s+by\s+[^;:“”\"\n]{0,80}?[A-Za-z]\s*,\s+(?:and\s+)?"
                           r"(?:[A-Z][a-z]*\.\s+)?[A-Z][a-z]+\s+[A-Z]")
# "by" and two names joined: "by Harbor Voices and the Lakeview Law Center"
_NAMES_JOINED = re.compile(r"\s+by\s+(?:the\s+)?[A-Z][^;:,.“”\"\n]{0,60}?\s+and\s+"
                           r"(?:the\s+)?[A-Z]")
# a sentence's end inside a run of capitalised words: "Harbor Voices. The" (not "Sen. Ann")
_SENTENCE_END_IN_NAME = re.compile(r"(?<=[a-z]{4})\.\s+(?=[A-Z])")
# words of a court's name in lower case: "in the U.S. District Court for the District of",
# "in federal court", "in county circuit court" (Resolver._when_or_where)
_COURT_WORDS = frozenset({"the", "of", "for", "federal", "state", "district", "county",
                          "circuit", "superior", "supreme", "court", "appeals"})
# a name that runs on before the capitalised words right before a document's word, over a
# small word: "[the Center for] Public Affairs Research poll" (Resolver._introduced_far)
_NAME_GOES_BACK = re.compile(r"[A-Z][\w.’'-]*\s+(?:for|of|on|and)\s+$")
# the words before a document's word that make it one named before: "the poll", "that same
# report" (Resolver._introduced_far)
_BACK_WORDS = frozenset({"the", "that", "this"})
_BACK_REFERENCE = re.compile(r"\b(?:[Tt]he|[Tt]hat|[Tt]his|same)\s+$")
# A document's author by name: capitalised words, joined by "and", "of" or "of the" ("the
# House Budget Committee", "Nebraska and Oklahoma", "the Office of the Inspector General")
_AUTHOR_NAME = r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|and|of(?:\s+the(?=\s+[A-Z]))?))*"
# The author named right after a document: "a letter from 12 Republicans", "The suit, filed by
# Nebraska and Oklahoma"
_AUTHOR_OF = re.compile(r"[^.;:]{0,30}?\b(?:(?P<verb>\w+)\s+)?(?:from|by)\s+"
                        rf"(?P<by>{_AUTHOR_NAME})")
# The maker's name right before a document's word: "an Aug. 8 Fox News poll", "a 2019
# Congressional Budget Office report", "a new CNN/ORC poll"
_MAKER_NAMED = re.compile(r"(?P<np>(?:[A-Z][\w.&’'-]*(?:\s+|\s*[/–]\s*)){1,6})$")
# The words right before a document's word by which its issuer issued it: an article or a
# possessive pronoun ("issued a statement", "released its report"; Resolver._issuer)
_ISSUED_ARTICLES = frozenset({"a", "an", "its", "their", "his", "her"})
# The issuer's name right before a verb of issuing, after "also", "later" or "then" at most:
# "The Harbor League issued", "Ann Roe also issued" (Resolver._issuer)
_ISSUER_NAMED = re.compile(r"(?P<np>(?:[A-Z][\w.&’'-]*\s+){1,6})(?:(?:also|later|then)\s+)?$")
# The author right after a document's mention: "The study, led by Ann Cole", "a statement from
# the House Budget Committee" (not "according to the suit, were trained by ..."); also past
# what the document is of, when it came out, and words that describe the author ("a study of
# 12 countries by the World Bank", "a poll released last week by Harbor Research", "an
# analysis by the progressive group River Justice"; ``Resolver._author_aside``)
_ISSUED_BY = re.compile(r",?\s+(?:of\s+(?P<of>[^,.;:“”\"()]{1,40}?)\s+)??"
                        r"(?:to\s+(?P<to>[^,.;:“”\"()]{1,40}?)\s+(?=from\s))?"
                        r"(?:(?P<verb>[a-z]+ed)\s+)?(?P<when>(?:(?:last|this|next|early|late|on)\s+)?"
                        r"(?:[A-Z][a-z]+|[a-z]*day|week|month|year)\s+)?"
                        r"(?P<prep>from|by|in)\s+(?!the\s+time\b)"
                        rf"(?P<by>(?:the\s+)?(?P<described>(?:[a-z][\w-]*\s+){{0,3}}?)"
                        rf"{_AUTHOR_NAME}|the\s+[a-z]+(?=[\s,.;]))")
# The word that opens a clause right before its subject, "the" at most between: "so large
# that the", "after" (Resolver._clause_opens)
_CLAUSE_BEFORE = re.compile(r"(?<![\w’'-])(?P<word>[a-z]+)\s+(?:the\s+)?$")
# The subject at the start of a sentence, after an opening adverbial: "The Romney campaign",
# "On Tuesday, the Republicans"
_SUBJECT = re.compile(r"(?:[^,]{0,60},\s+)?(?P<np>(?:[Tt]he\s+)?[A-Z][\w’'.-]*"
                      r"(?:\s+[A-Z][\w’'.-]*)*(?:\s+(?:campaign|committee|administration|"
                      r"lawmakers|officials))?)")

# A name in the possessive and up to three lower-case words, all that stands before a word:
# "Schiff's memo", "Tom Reyes's new campaign ad"
_OWNS_NEXT = re.compile(r"[^’'\n]{1,60}[’']s(?:\s+[a-z][\w-]*){0,3}\s*$")
# a relative clause that introduces a document, what stands between it and the document's
# word: "[ForAmerica, a group led by Ann Roe,] that is running an ad titled", "which released
# its annual report" (Resolver._introduced_by)
_RELATIVE_INTRODUCES = re.compile(r"\b(?:that|which)\s+(?:(?:is|are|was|were|has|have|had)"
                                  r"\s+)?(?:(?:also|now|just)\s+)?(?P<verb>[a-z]+)\s+"
                                  r"(?:an?|its|their|the)\s+(?:[\w-]+\s+){0,3}$")
# the first two words at a position: "the utility" (a description), "The Harbor Agency" (a
# name), "it" (Resolver._maker_just_before)
_WORDS_AT = re.compile(r"(?P<first>[\w-]+)(?:\s+(?P<next>[\w-]+))?")


class Authors(ResolverState):
    """Resolve a document, or a share of those polled, to its author or maker."""

    def _polled(self, actor: Actor | None, mention: str, pos: int) -> Actor | None:
        """Give the maker of the poll a share of those it asked speaks for ("54 percent",
        "Most Americans", "those polled": ``Words.poll_shares``), named with a poll in the
        mention's sentence or the three before it ("A new Quinnipiac University poll found
        that 70 percent of respondents said ..."); else the actor as read."""
        if actor is not None and actor.kind not in ("unknown", "group", "anonymous"):
            return actor
        said = set(re.findall(r"[a-z]+|%", mention.lower()))
        if not said & self.knowledge.words.poll_shares or not self.sentences:
            return actor
        return self._pollster(pos) or actor

    def _pollster(self, pos: int) -> Actor | None:
        """Give the maker of the poll nearest before pos, in its sentence or the
        ``_POLL_SENTENCES`` before it, or after pos in its sentence ("Most Americans told the
        CNN/KFF poll"): the organisation or outlet named right before the poll's word ("A
        Quinnipiac University poll") or after it ("a survey by the Kaiser Family
        Foundation"); None where that poll's maker is not named."""
        polls = _document_pattern(self.knowledge.words, "poll")
        here = self.sentence_of(pos)
        if here < 0:
            return None
        s, e = self.sentences[here]
        spans = [(pos, e), (s, pos)] + [self.sentences[n] for n in
                                        range(here - 1, max(-1, here - _POLL_SENTENCES), -1)]
        for start, end in spans:
            found = list(polls.finditer(self.text, start, end))
            if found:
                return self._poll_maker(found[0] if start == pos else found[-1], start, end)
        return None

    def _poll_maker(self, word: re.Match[str], start: int, end: int) -> Actor | None:
        """Give the organisation or outlet named right before a poll's word (without a time
        word: "A mid-March Washington Post/ABC News poll", "Selzer's March poll") or after it
        ("a poll by Harbor Research")."""
        maker = _MAKER_NAMED.search(self.text, max(start, word.start() - 80), word.start())
        time = self.knowledge.words.time_words
        named = [w for w in maker["np"].split() if w.lower() not in time] if maker else []
        by = _AUTHOR_OF.match(self.text, word.end() + 1, end)
        name = " ".join([*named, word[0]]) if named else by["by"] if by else None
        if name and name.endswith(".") and len(name.rsplit(" ", 1)[-1]) > 4:
            name = name[:-1]  # the sentence's full stop: "a poll by Harbor Research."
        a = self.read(name).actor if name else None
        return a if a is not None and a.kind in BODIES else None

    def _author(self, document: str, pos: int, mention: str = "") -> Actor | None:
        """Give the author of "the letter" or "the ad", by these steps in order: for a bare
        document ("the report": ``_bare_document``), the organisation or outlet that spoke by
        name in the sentence just before it (``_maker_just_before``); the maker named where
        the document was introduced, in the same or an earlier sentence ("The Romney campaign
        retorted with an ad", "a letter from 12 Republicans", "The suit, filed by Nebraska and
        Oklahoma"), unless the mention introduces one itself ("a statement"); the maker right
        after the mention ("The study, led by Ann Cole, says", "said a statement from the
        panel"); for a new document, who issued it in the mention's own sentence ("She later
        released a statement calling ...": ``_issuer_here``); for a bare document the article
        names first there, the nearest organisation or outlet that spoke or opened its
        sentence as subject, in the mention's sentence or the few before it
        (``_maker_before``); for a bare document, the maker written with the last one of its
        kind introduced further back (``_introduced_far``). A poll's author is an organisation
        or outlet, or no one."""
        if not self.sentences:
            return None
        new = mention.split(" ", 1)[0].lower() in self.knowledge.words.indefinites
        bare = self._bare_document(document, mention)
        far = bare or self._bare_document(document, mention, suit=True)
        author = (self._maker_just_before(document, pos) if bare else None) \
            or (None if new else self._introduced_before(document, pos)) \
            or self._issued_by(pos + len(mention), pos) \
            or (self._issuer_here(document, pos, mention) if new else None) \
            or (self._maker_before(pos) if bare and self._first_named(document, pos) else None) \
            or (self._introduced_far(document, pos, mention.split()[-1]) if far else None)
        if document == "poll" and author is not None and author.kind not in BODIES:
            return None  # "Trump trails in a new poll. The poll found": no pollster
        return author

    def _issuer_here(self, document: str, pos: int, mention: str) -> Actor | None:
        """Give who issued the document a new mention ("a statement") names, by a verb of
        issuing right before it in its sentence (``_issuer``): "Ann Roe released a statement
        saying", "She later issued a statement calling" (her, where "she" stands)."""
        word = _document_pattern(self.knowledge.words, document).search(
            self.text, pos, pos + len(mention))
        return self._issuer(word, pronoun=True) if word is not None else None

    def _first_named(self, document: str, pos: int) -> bool:
        """Tell whether the article names no document of that kind before pos: a mention
        there is the document's first (whoever made one named before was named there or not
        at all)."""
        return not self._documents_before(document, pos)

    def _maker_just_before(self, document: str, pos: int) -> Actor | None:
        """Give the organisation or outlet a bare document ("the report", "the statement")
        speaks for where one speaks, or opens as subject, by its name in the sentence right
        before the mention's, and the article names no document of that kind between the
        two: "The Harbor Regional Intelligence Center reported that two men fled. “They were
        armed,” the report stated", even where a report or statement of someone else was
        named further back. By a pronoun ("The biggest threat, it said, was drought") only
        where no document of that kind is named in the mention's sentence or the three before
        it. None where a person stands nearer, the organisation is named by a description
        ("the utility said": whoever that was read as) or stands in the mention's own sentence
        (what the document reports: "The Treasury Department hid the deal, the report said")."""
        here = self.sentence_of(pos)
        if here < 1:
            return None
        w = self.knowledge.words
        for s in reversed(self.memory.between(self.sentences[here - 1][0],
                                              self.sentences[here][0])):
            if s.quoted or not (s.speaker or self._subject(s)):
                continue
            if s.actor.kind not in BODIES or not s.actor.name[:1].isupper():
                return None
            words = _WORDS_AT.match(self.text, s.pos)
            if words is None or (words["first"].lower() in w.determiners
                                 and not (words["next"] or "")[:1].isupper()):
                return None
            pronoun = words["first"].lower() in w.pronoun_kinds
            since = self.sentences[max(0, here - 3)][0] if pronoun else s.pos
            named = _document_pattern(w, document).search(self.text, since, max(since, pos))
            return None if named else s.actor
        return None

    def _introduced_far(self, document: str, pos: int, word: str = "") -> Actor | None:
        """Give the maker of the document a bare mention ("the report", "the poll") refers
        back to where no step before found one: the last document of that kind, or of its
        family ("a report by Harbor Health ... The study found": only where no more than
        ``_FAMILY_SENTENCES`` stand between any two words for them), the article named before
        it otherwise than as "the", "that" or "this" one, whose maker is written with it, by
        name before its word ("A Marquette University poll ... The survey
        showed", "The Huffington Post-Morning Consult poll ... The poll shows") or after it
        from or by a name ("an investigative report by the Senate ... the report said", "a
        2013 study led by Ms. Lois James ... the 2013 study said"). None where that
        document's maker is not written so ("a new poll", "a release by the utility": a
        description, whoever it was read as; "a report from the State Department's inspector
        general": the owner of its maker), where its word is a title's ("the American
        Community Survey"), or where it stands inside a quotation. A suit is one named by
        the mention's own ``word`` ("the lawsuit" is no "complaint filed by" someone with a
        commission)."""
        threaded = True  # no gap of more than _FAMILY_SENTENCES between the family's words
        since = self.sentence_of(pos)
        for m, own in reversed(self._family_before(document, pos)):
            at = self.sentence_of(m.start())
            threaded = threaded and since - at <= _FAMILY_SENTENCES
            since = at
            decided, actor = self._far_maker(m, document, word)
            if own and decided:
                return actor
            if not own and threaded and actor is not None:
                return actor  # "a report by Harbor Health ... The study found"
        return None

    def _far_maker(self, m: re.Match[str], document: str,
                   word: str) -> tuple[bool, Actor | None]:
        """Give whether a document named further back decides who made the one a bare mention
        refers back to (``_introduced_far``), and the maker it gives: it decides nothing where
        it stands in a quotation, is a suit of another word, or refers back itself ("the
        poll", "that report") with no maker named after it in the passive."""
        if document == "suit" and _suit_word(m[0]) != _suit_word(word):
            return False, None
        before = self.text[max(0, m.start() - 80):m.start()]
        maker = _MAKER_NAMED.search(before)
        if maker is not None and maker["np"].split()[-1].lower() in _BACK_WORDS:
            maker = None  # "The report" opening a sentence names no maker
        if maker is not None and _NAME_GOES_BACK.search(before, 0, maker.start()):
            return True, None  # "the Center for Public Affairs Research poll": no name cut
        if self._in_quote(m.start()):
            return False, None
        if maker is None and _BACK_REFERENCE.search(before):
            # "the poll", "that report": the one named before it, unless its maker is
            # named after it in the passive ("The lawsuit was filed Monday in federal
            # court by Harbor Voices")
            if (a := self._issued_after(m)) is not None:
                return True, a
            return False, None
        if not m[0][:1].islower():
            return True, None
        if maker is not None and document == "suit" \
                and not maker["np"].rstrip().endswith(POSSESSIVE_ENDINGS):
            maker = None  # "a Lakeview lawsuit" is as often against Lakeview
        if maker is not None:
            a = self.read(maker["np"] + m[0]).actor
            if a is not None and a.kind in BODIES:
                return True, a
            person = self._person_maker(maker["np"], a, m.start()) \
                if document != "statement" else None
            if person is not None:
                return True, person
        by = _ISSUED_BY.match(self.text, m.end())
        a = self._issued_by(m.end(), m.start()) if by is not None \
            and not re.match(r"the\s+[a-z]", by["by"]) \
            and not by["by"].endswith(POSSESSIVE_ENDINGS) else None
        return True, (a if a is not None and a.kind in (*BODIES, "person") else self._issuer(m))

    def _family_before(self, document: str, pos: int) -> list[tuple[re.Match[str], bool]]:
        """Give the words for a kind of document and for the kinds of its family
        (``Words.document_families``: a report and a study) that stand in the text before pos,
        in text order, each with whether it is of that kind itself: an article names one report
        by either word in turn ("a report by Harbor Health ... The study found")."""
        family = self.knowledge.words.document_families.get(document)
        kinds = [document] if family is None else sorted(
            k for k, f in self.knowledge.words.document_families.items() if f == family)
        return sorted(((m, k == document) for k in kinds for m in self._documents_before(k, pos)),
                      key=lambda x: x[0].start())

    def _issued_after(self, document: re.Match[str]) -> Actor | None:
        """Give the person or body by whom a document's mention says, in the passive right
        after it, that it was issued, past words that say only when or in which court: "The
        lawsuit was filed Monday in federal court by the group Harbor Voices", "the report,
        which was released today by Ann Roe" (not "obtained by", nor "filed after a shooting
        by police")."""
        p = _PASSIVE_ISSUED.match(self.text, document.end())
        if p is None or p["verb"] in self.knowledge.words.not_authored \
                or not self._when_or_where(p["mid"].split()):
            return None
        if _NAMES_LISTED.match(self.text, p.end()) or _NAMES_JOINED.match(self.text, p.end()):
            return None  # "signed by Reps. Ann Roe, Tom Reyes, ...": the first of many
        a = self._issued_by(p.end(), document.start())
        return a if a is not None and a.kind in (*BODIES, "person") else None

    def _when_or_where(self, words: list[str]) -> bool:
        """Tell whether words only say when ("Monday", "last week") or in which court ("in the
        U.S. District Court for the District of Harbor", "in county court") something was
        done."""
        w = self.knowledge.words
        for n, x in enumerate(words):
            low = x.lower().strip(",")
            court = words[n + 1:]
            if low == "in" and any(y.lower() in _FILED_IN for y in court) and all(
                    y[:1].isupper() or y.lower() in _COURT_WORDS for y in court):
                return True
            if not (low in w.time_words or low in w.time_nouns or low[:1].isdigit()):
                return False
        return True

    def _issuer(self, document: re.Match[str], pronoun: bool = False) -> Actor | None:
        """Give who issued a document named further back by a verb of issuing right before
        it, past an article or a possessive pronoun and up to three words that describe it,
        or by a verb of saying and "in": "The White House issued a statement", "the Harbor
        League released its 40-page report", "Ann Roe said in a written statement"; the
        issuer named right before the verb, by capitalised words (after "also", "later" or
        "then" at most) that open the sentence, or a clause after "that" or a subordinator,
        as its subject ("so large that the Harbor League issued a report"), or speak in it
        ("“We lost,” Ann Roe said in a statement"): the last actor the article found in them, else a
        body, or a person named in full, they read as. None where no such verb stands
        there, a description, a pronoun or an apposition stands before it ("The Carver camp
        issued a memo", "He issued a statement", "Tom Reyes, her lawyer, issued a
        statement"; where ``pronoun``, "he" or "she" is whom it stands for: asked for the
        document's own sentence), or the name ends a longer phrase ("Ann Roe of the University
        of Harbor at Lakeview Springs published a study")."""
        w = self.knowledge.words
        start = self.sentences[self.sentence_of(document.start())][0]
        words = list(re.finditer(r"[\w’'-]+", self.text[start:document.start()]))
        k = len(words) - 1
        while k >= 0 and len(words) - 1 - k < 3 and words[k][0] not in _ISSUED_ARTICLES \
                and not (words[k][0].islower() and words[k][0] in w.issuing_verbs):
            k -= 1  # "40-page", "new", "written"
        if k == 1 and words[0][0] == "In" and words[1][0] in _ISSUED_ARTICLES:
            return self._opening_subject(document.end(), document.start())
        if k < 1 or words[k][0] not in _ISSUED_ARTICLES:
            return None
        said = words[k - 1][0] == "in" and k >= 2 and words[k - 2][0] in self.knowledge.cues
        if said:
            k -= 1  # "said in a statement"
        elif words[k - 1][0] not in w.issuing_verbs:
            return None
        named = _ISSUER_NAMED.search(self.text, start, start + words[k - 1].start())
        if named is None:
            return None
        at = self.memory.between(named.start("np"), named.end("np"))
        if not _SENTENCE_OPENING.fullmatch(self.text, start, named.start()) \
                and not self._clause_opens(start, named.start()) \
                and not (said and at and at[-1].speaker):
            return None  # "Ann Roe of the University of Harbor at Lakeview Springs published"
        low = named["np"].strip().lower()
        if at:
            actor = None if at[-1].quoted or at[-1].possessive else at[-1].actor
        elif pronoun and low in w.person_subjects:
            actor = self._pronoun(low, named.start("np"))  # in the document's own sentence
        else:
            actor = self.read(named["np"].strip()).actor
            if actor is not None and actor.kind == "person" and " " not in actor.name:
                return None
        return actor if actor is not None and actor.kind in (*BODIES, "person") else None

    def _clause_opens(self, start: int, at: int) -> bool:
        """Tell whether a clause opens right before at, after "that" or a subordinator and
        "the" at most, in the sentence that starts at start: the issuer stands first in it as
        its subject ("the problem grew so large that the Harbor League issued a report",
        "after Ann Roe released a statement")."""
        before = _CLAUSE_BEFORE.search(self.text, start, at)
        w = self.knowledge.words
        return before is not None and (before["word"] == "that"
                                       or before["word"] in w.subordinators)

    def _person_maker(self, np: str, read: Actor | None, pos: int) -> Actor | None:
        """Give the person a document named further back is written with, right before its
        word: by name in the possessive ("Special Counsel Ann Roe’s report", "Roe's letter"),
        or by a surname alone ("the Roe report", as ``_named_document`` reads it where the
        mention names it so); the person of that surname named last before pos. None where
        the words read as no person or name no one the article named before as a person
        ("a Gallup poll", "the Benghazi report"). Not asked for a statement: a person's
        ("Ann Roe's statement at the hearing") is as often said aloud as issued."""
        words = np.split()
        last = words[-1]
        possessive = last.endswith(POSSESSIVE_ENDINGS)
        if not possessive and len(words) > 1:
            return None  # "the Senate Judiciary Committee report": a body's, or none
        if possessive and read is not None and read.kind == "person" and " " in read.name:
            return read  # "Special Counsel Ann Roe’s report"
        surname = last[:-2] if possessive else last
        return self.memory.last_person(surname, pos) if surname[:1].isupper() else None

    def _documents_before(self, document: str, pos: int) -> list[re.Match[str]]:
        """Give the words for a kind of document that stand in the text before pos, as
        ``finditer(text, 0, pos)`` finds them, from one search of the whole text per kind (a
        search up to each mention asked again for each one made the cost grow with the square
        of the article's length). The two agree where no word runs on at pos: each word of the
        pattern opens and ends with a word character ("op-ed"), so a match of the whole text
        that ends by pos is one up to pos, and the search up to pos finds one more only where
        a word stands across pos or the character before pos is a word character; there the
        search up to pos is asked."""
        found = self._documents.get(document)
        if found is None:
            matches = list(_document_pattern(self.knowledge.words, document).finditer(self.text))
            found = self._documents[document] = (matches, [m.end() for m in matches])
        matches, ends = found
        upto = bisect_right(ends, pos)
        if (pos > 0 and _WORD_CHARACTER.match(self.text, pos - 1)) \
                or (upto < len(matches) and matches[upto].start() < pos):
            return list(_document_pattern(self.knowledge.words, document)
                        .finditer(self.text, 0, pos))
        return matches[:upto]

    def _bare_document(self, document: str, mention: str, suit: bool = False) -> bool:
        """Tell whether a mention is one document by its word alone: "the report", "the
        official statement", "The 60-page document"; not "The Stimson Center report" or "the
        congressional report" (a maker, or a kind of one, in the mention), "the documents"
        (many, from anyone), "a statement" (new: its maker is named with it), nor a suit (the
        body named next to it is as often the one sued) unless ``suit`` asks for one."""
        words = mention.split()
        plural = words[-1].endswith("s") and not words[-1].endswith(("ss", "is"))
        return len(words) > 1 and words[0].lower() == "the" and (document != "suit") != suit \
            and not plural and document_kind(words[-1], self.knowledge) == document \
            and all(w in _PLAIN_DOCUMENT_WORDS or w[:1].isdigit() for w in words[1:-1])

    def _maker_before(self, pos: int, back: int = _MAKER_SENTENCES,
                      kinds: tuple[str, ...] = BODIES) -> Actor | None:
        """Give the organisation whose document ("the report", "the statement") or outlet
        ("the paper") a mention is where no sentence introduces it: the nearest organisation
        or outlet that speaks, or stands first in its sentence as its subject, unquoted, in
        the mention's sentence or up to ``back`` before it ("The Budget Office released an
        estimate on Monday. The report concluded", "..., the agency said. ..., according to
        the report"); a person there is no maker (what a person issued, the article
        introduces)."""
        here = self.sentence_of(pos)
        if here < 0:
            return None
        start = self.sentences[max(0, here - back)][0]
        for s in reversed(self.memory.between(start, pos)):
            if s.quoted or not (s.speaker or self._subject(s)):
                continue
            if s.actor.kind == "person":
                return None
            if s.actor.kind in kinds and s.actor.name[:1].isupper():
                return s.actor
        return None

    def _issued_by(self, end: int, pos: int) -> Actor | None:
        """Give the author named right after a document's mention that ends at end: "the
        study, led by Ann Cole", "a statement from the panel"."""
        by = _ISSUED_BY.match(self.text, end)
        if by is not None and by["to"] is not None and self.text[max(0, end - 20):end] \
                .rsplit(None, 1)[-1].lower() not in self.knowledge.words.to_documents:
            return None  # "a letter to the board from Ann Roe"; not "a ruling to X from"
        if by is None or by["verb"] in self.knowledge.words.not_authored \
                or self.sentence_of(by.start("by")) != self.sentence_of(pos) \
                or not self._author_aside(by):
            return None
        name = _SENTENCE_END_IN_NAME.split(by["by"], 1)[0]  # "by Harbor Voices. The town"
        name = self._without_day(name)  # "launched by Ann Roe Saturday"
        if name.endswith(".") and len(name.rsplit(" ", 1)[-1]) > 4:
            name = name[:-1]  # the sentence's full stop: "from the House Budget Committee."
        if name.rsplit(" ", 1)[-1].lower() in self.knowledge.words.time_words:
            return None  # "a report from Tuesday"
        if by["prep"] == "in":
            return self._outlet_ran(name)
        titled = _TITLED_NAME_AFTER.match(self.text, by.end("by")) if name == by["by"] else None
        if titled is not None and not any(x in self.knowledge.cues
                                          for x in titled["role"].split()):
            # a body's role and the person who holds it: "from White House legal counsel Ann
            # Roe" is Ann Roe's, where the whole reads as that person
            held = self.read((name + titled[0]).rstrip("."))
            if held.actor is not None and held.actor.kind == "person" \
                    and (name + titled[0]).rstrip(".").endswith(held.actor.name):
                name = (name + titled[0]).rstrip(".")
        reading = self.read(name)
        if by["described"] and reading.actor is not None \
                and set(by["described"].split()) & set(reading.actor.name.split()):
            # the description read into the name ("the left-leaning OMB Watch"): the name
            reading = self.read(self.text[by.end("described"):by.end("by")].rstrip("."))
        if by["of"] or by["when"] or by["described"]:
            # past other words, only a body named ("a study of attacks by militants" is
            # no study the militants made)
            a = reading.actor
            return a if a is not None and (a.kind in BODIES or (
                a.kind == "person" and bool(by["described"]))) else None
        if reading.actor is not None:
            return reading.actor if reading.actor.kind != "unknown" else None
        return self._unresolved(reading, name, pos)

    def _body_before(self, start: int, end: int) -> Actor | None:
        """Give the organisation or outlet the article names last between start and end,
        unquoted and by a capitalised name: the one a relative clause after it speaks of
        ("ForAmerica, a group led by Ann Roe, that is running an ad": not Ann Roe)."""
        return next((x.actor for x in reversed(self.memory.between(start, end))
                     if not x.quoted and x.actor.kind in BODIES
                     and x.actor.name[:1].isupper()), None)

    def _without_day(self, name: str) -> str:
        """Give an author's name without the day the document came out, written right after
        it: "by Ann Roe Saturday" is by Ann Roe ("a report from Tuesday" stays: no name is
        left)."""
        words = name.split()
        while len(words) > 1 and words[-1].lower() in self.knowledge.words.days:
            words.pop()
        return " ".join(words) if len(words) < len(name.split()) else name

    def _outlet_ran(self, name: str) -> Actor | None:
        """Give the outlet a document ran in ("a report in Monday's Wall Street Journal"), or
        None where the words name no outlet ("a report in Washington")."""
        words = name.split()
        if len(words) > 1 and re.sub(r"['’]s$", "", words[0]).lower() \
                in self.knowledge.words.time_words:
            words = words[1:]  # "Monday's"
        a = self.read(" ".join(words)).actor
        return a if a is not None and a.kind == "media" else None

    def _author_aside(self, by: re.Match[str]) -> bool:
        """Tell whether the words between a document and the "by" or "from" before its
        author only say when it came out ("released last week by"), and those before the
        author's name only describe it ("by the progressive group River Justice", "by
        researcher Ana Ruiz"; not "from the start of" or "by the way of")."""
        w = self.knowledge.words
        when = [x.lower() for x in (by["when"] or "").split()]
        described = by["described"].split() if by["described"] else []
        return all(x in w.time_words or x in w.time_nouns for x in when) and not any(
            x in w.prepositions or x in w.determiners or x in w.relative_pronouns
            or x in w.connectors or x in w.time_words or x in w.time_nouns
            for x in described)

    def _introduced_before(self, document: str, pos: int) -> Actor | None:
        """Give who introduced a document named before pos, in its sentence or up to three
        before it."""
        forms = _document_pattern(self.knowledge.words, document)
        here = self.sentence_of(pos)
        for n in range(here, max(-1, here - 4), -1):
            s, e = self.sentences[n]
            e = min(e, pos)
            sentence = self.text[s:e]
            found = forms.search(sentence)
            if not found or (n == here and found.start() + s >= pos - len(document) - 5):
                continue  # the mention itself is no introduction
            return self._introduced_by(sentence, s, e, found, pos)
        return None

    def _introduced_by(self, sentence: str, s: int, e: int, found: re.Match[str],
                       pos: int) -> Actor | None:
        """Give who introduced a document found in a sentence at [s, e): its maker named
        before its word ("according to an Aug. 8 Fox News poll"), after it ("a letter from
        12 Republicans"), who speaks in that sentence, else who is named first in it or
        stands as its subject."""
        maker = _MAKER_NAMED.search(sentence, 0, found.start())
        if maker is not None and document_kind(found[0], self.knowledge) != "tweet":
            # (a platform is no maker: "Ann Roe wrote a Facebook post")
            a = self.read(maker["np"] + found[0]).actor
            if a is not None and a.kind in BODIES:
                return a
        by = _AUTHOR_OF.match(sentence, found.end() + 1)
        if by and by["verb"] not in self.knowledge.words.not_authored:  # not "obtained by"
            name = self._without_day(by["by"])
            if name.endswith(".") and len(name.rsplit(" ", 1)[-1]) > 4:
                name = name[:-1]  # the sentence's full stop: "paid for by the Harbor League."
            a = self.read(name).actor
            if a is not None:
                return a
        relative = _RELATIVE_INTRODUCES.search(sentence, 0, found.start())
        if relative is not None \
                and relative["verb"] in self.knowledge.words.relative_issuing_verbs \
                and (body := self._body_before(s, s + relative.start())) is not None:
            return body  # "under fire from ForAmerica, a group ... that is running an ad"
        # who speaks in that sentence ("In a letter, ..., the lawmakers slammed"), else the
        # first actor named before the document; not for a poll, which whoever the sentence
        # names first rarely made ("a Google search shows no reports on the poll")
        poll = document_kind(found[0], self.knowledge) == "poll"
        # a name in the possessive introduces only what it owns ("Schiff's attack on the
        # Nunes memo" is no memo of Schiff's; "Schiff's memo" is)
        inside = [x for x in self.memory.between(s, e) if not x.quoted and x.pos < pos
                  and not (x.possessive and not _OWNS_NEXT.match(self.text, x.pos,
                                                                 s + found.start()))]
        speakers = [x for x in inside if x.speaker]
        firsts = speakers or ([] if poll else [x for x in inside if x.pos < s + found.start()])
        if firsts or poll:
            return firsts[0].actor if firsts else None
        subject = _SUBJECT.match(sentence)
        if subject and subject["np"].split()[0].lower() in self.knowledge.words.subordinators:
            return None  # "While the report ...": a clause opens, no subject
        if subject and self._opening_word(subject["np"], s):
            return None  # "Still, the documents show", "But the petition is": no subject
        if subject and (a := self.read(subject["np"]).actor):
            return a
        return None


@cache
def _suit_word(word: str) -> str:
    """Give the word a suit is named by, "suit" for "lawsuit" and "suits" alike ("complaint"
    and "filing" stay themselves: often another document than the suit)."""
    low = word.lower().removesuffix("s")
    return "suit" if low in ("lawsuit", "suit") else low


def _document_pattern(words: Words, document: str) -> re.Pattern[str]:
    """Give the pattern that finds any word for a document ("report", "study" for a report:
    ``Words.documents``; "poll", "survey" for a poll), built once per word table."""
    def build(w: Words) -> dict[str, re.Pattern[str]]:
        forms: dict[str, list[str]] = {}
        for word, kind in w.documents.items():
            forms.setdefault(kind, []).append(word)
        forms["poll"] = sorted(w.surveys)  # "a Gallup poll ... The survey found"
        return {kind: re.compile(rf"\b(?:{'|'.join(found)})\b", re.I)
                for kind, found in forms.items()}
    return per_table("document patterns", words, build)[document]
