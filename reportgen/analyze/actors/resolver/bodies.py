"""Organisations and outlets: a short name is the one written in full ("the Times": The New
York Times; "the Commission" the Commission on Presidential Debates), a bare description the
organisation named before that fits it ("the trade group", "the commission", "police", "the
administration", "the Cincinnati-based company"), "the paper" the outlet named near, a name
used only as an organisation's that organisation, "Boehner's office" an organisation, and "the
office" the one a name owned just before, "the board" the outlet whose editorial board it is.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from reportgen.analyze.actors.memory import Seen
from reportgen.analyze.actors.names import surname_word
from reportgen.analyze.actors.reading import BODIES, describe
from reportgen.analyze.actors.resolver.common import (
    _MAKER_SENTENCES,
    _POSSESSIVE_END,
    _SENTENCE_OPENING,
    _common_word,
    _opens_sentence,
    _runs_back,
    _stated_count,
)
from reportgen.analyze.actors.resolver.state import ResolverState
from reportgen.analyze.actors.usage import organisation_by_usage
from reportgen.analyze.actors.voices import is_table_surname
from reportgen.frequency import zipf_at_least
from reportgen.knowledge.words import POSSESSIVE_ENDINGS, POSSESSIVE_MARKS
from reportgen.models import Actor

# how many sentences before "the administration" a head of state named makes it theirs
# (Resolver._leaders_administration)
_LEADER_SENTENCES = 3
# a body owned by the one a mention names, at its end: "Boehner's office", "his office"
_OWNED_BODY = re.compile(r"(?:[’']s|^(?:[Hh]is|[Hh]er))\s+(?P<body>\w+)$")

# A run of capitalised words, joined by "of" or "of the": a name the text may hold ("the Daily
# Ledger", "the People's Daily", "the Voice of the City"; Resolver._outlet_before)
_CAPITALISED_RUN = re.compile(r"[A-Z][\w’'&.-]*(?:[^\S\n]+(?:of[^\S\n]+(?:the[^\S\n]+)?)?"
                              r"[A-Z][\w’'&.-]*)*")
# "and" joining a run of capitalised words to another: one name ("the Globe and Mail") or
# two, of which neither alone is what the text names
_JOINED_NAME_AFTER = re.compile(r"[^\S\n]+and[^\S\n]+(?:the[^\S\n]+)?[A-Z]")
_JOINED_NAME_BEFORE = re.compile(r"[A-Z][\w’'&.-]*[^\S\n]+and[^\S\n]+(?:the[^\S\n]+)?$")

# a capitalised word this frequent in English is a common word ("School", "District"), which a
# short form of an organisation's name may be made of
_COMMON_WORD_ZIPF = 4.0


@cache
def _head_named(head: str) -> re.Pattern[str]:
    """Give the pattern of a body's name with a capitalised head, up to three capitalised
    words before it, as written: with "of", "on" or "for" and capitalised words after the
    head ("the Commission on Presidential Debates", "Senate Committee on Foreign Relations",
    "the Bureau of Labor Statistics", "Center for Strategic and International Studies";
    "of" set, "more" where a comma and a capital go on), or ending with it ("the Federal
    Election Commission"; "of" None)."""
    word = r"[A-Z][\w’'&-]*"
    before = r"(?:[A-Z][\w’'&-]*|[A-Z](?:\.[A-Z])+\.)"  # "U.S."
    return re.compile(
        rf"(?<![\w’'.-])(?P<name>(?:{before}[^\S\n]+){{0,3}}{re.escape(head)}"
        rf"(?:[^\S\n]+(?P<of>of|on|for)[^\S\n]+(?:the[^\S\n]+)?{word}"
        rf"(?:[^\S\n]+(?:(?:and|of|for|on|the)[^\S\n]+)?{word})*)?)(?![\w’'-])(?P<more>,[^\S\n]+[A-Z])?")


# a body's name going on past its head with "of", "on" or "for" and a capitalised word
_NAME_GOES_ON = re.compile(r"[^\S\n]+(?:of|on|for)[^\S\n]+(?:the[^\S\n]+)?(?P<word>[A-Z][\w’'-]*)")
_CAPITAL = re.compile(r"[A-Z]")
# a word before a description's head that says where the organisation is based: "the
# Cincinnati-based company", "the Ky.-based firm" (Resolver._plain_description)
_BASED = re.compile(r"[\w.’'-]+-based")
# what may stand before a one-word organisation's name that is its sentence's subject: a
# dateline in capitals and a dash ("WASHINGTON — "), an opening adverbial set off by a comma
# ("On Monday, "); and after it: a lower-case word or a comma ("Zentrix said", "Zentrix, which")
_SUBJECT_OPENING = re.compile(r"[\s\"“]*(?:[A-Z][A-Z.,’' ]*[^\S\n]+[—–-]+[^\S\n]+)?"
                              r"(?:[^,;:.“”\"]{1,40},\s+)?")
_SUBJECT_AFTER = re.compile(r"(?:,|[^\S\n]+[a-z])")
# a capitalised word made an adjective by a hyphen and a lower-case word: "Trump-friendly"
_COMPOUND_ADJECTIVE = re.compile(r"[A-Z][\w.’']*-[a-z][\w-]*")
# an all-capitals word longer than this is no organisation's short name but a heading's word
# ("UPDATE", "BREAKING")
_ACRONYM_LETTERS = 5


class Bodies(ResolverState):
    """Resolve an organisation's or an outlet's short name or description to the one named."""

    def _as_outlet(self, actor: Actor, mention: str) -> Actor:
        """Give the outlet a person's name is the name of, as the outlets table writes it:
        "Mother Jones reported", "Breitbart points out", "Al Jazeera reported", a person
        'Mother Jones' read from a longer mention ("a 1977 investigation by Mother Jones
        magazine", "the website RealClearPolitics"); not a person the article names in full
        ("Andrew Breitbart ... Breitbart said" is the person), nor one with a role ("Mother
        Jones, the labor organizer")."""
        if actor.kind != "person" or actor.role:
            return actor
        outlets = self.knowledge.outlets
        name = _POSSESSIVE_END.sub("", mention.strip())
        bare = describe(name)
        # the mention as written where it is the bare name, else the person's name
        outlet = (outlets.get(name.lower()) if bare[:1].isupper()
                  and actor.name.lower() == bare.lower() else None) \
            or outlets.get(actor.name.lower())
        return actor if outlet is None else Actor(outlet, "media", "media", None, None, None)

    def _office_of(self, actor: Actor, mention: str) -> Actor:
        """Give the office a person's possessive names, where the mention ends in it, as
        the organisation that speaks: "Boehner's office", "Gov. Ann Roe's office", "his
        office" are "John Boehner's office", "Ann Roe's office", not the person (an
        organisation's office, or a title's, is read as what it is)."""
        if actor.kind != "person" or (m := _OWNED_BODY.search(mention)) is None \
                or m["body"].lower() not in self.knowledge.words.owned_bodies:
            return actor
        return Actor(f"{actor.name}'s {m['body'].lower()}", "organisation", actor.type, None, None,
                     actor.country, actor.party)

    def _outlet_before(self, head: str, mention: str, pos: int) -> Actor | None:
        """Give the outlet "the paper" or "the newspaper" is: the nearest one named, unquoted,
        in the mention's sentence or the two before it, whatever its place in its sentence
        ("The Daily Ledger reported on Sunday ... According to the paper, ...", "told the
        Daily Ledger ... the paper said", "an article in the Daily Ledger ... The paper
        accused"); a person named between is no paper ("The Daily Ledger reported that Tom
        Reyes was hurt. Reyes was hit, the newspaper said"). Another outlet's word ("the
        network") is the outlet that reports, or stands as its sentence's subject, there."""
        if self.knowledge.words.org_descriptions.get(head) != "media" \
                or mention.lower() != f"the {head}":
            return None
        if head not in self.knowledge.words.print_outlets:
            return self._maker_before(pos, _MAKER_SENTENCES, ("media",)) \
                or self._subject_body_before(pos)
        here = self.sentence_of(pos)
        if here < 0:
            return None
        start = self.sentences[max(0, here - _MAKER_SENTENCES)][0]
        seen = next(((x.pos, x.actor) for x in reversed(self.memory.between(start, pos))
                     if not x.quoted and x.actor.kind == "media"), None)
        # where the outlet seen ends: a run inside its name is no other outlet ("the Globe
        # and Mail" holds "Mail")
        seen_end = -1 if seen is None else \
            self.text.find(seen[1].name.split()[-1], seen[0]) + len(seen[1].name.split()[-1])
        # an outlet named in passing is read from the text: names are noted for people and
        # bodies, and an outlet only where it speaks
        for m in self._names_in_passing(pos):
            if seen is not None and m.start() < max(seen_end, seen[0] + 1):
                break  # the outlet seen is nearer than any named in passing before it
            a = self.read(m[0].rstrip("’'.")).actor
            if a is not None and a.kind == "media":
                return self._named_before(a, pos)
        return self._named_before(self._outlet_named(seen[1]), pos) if seen else None

    def _subject_body_before(self, pos: int, kinds: tuple[str, ...] = ("media",),
                             back: int = _MAKER_SENTENCES) -> Actor | None:
        """Give the outlet "the network" or "the magazine" is where the outlet, named in
        passing, opens its sentence as its subject in the mention's sentence or the two before
        it, and no one else stands as the subject of a sentence since ("Harbor TV posted a
        story on Monday. The network said", "Later, the Lakeview Review backed her. The
        magazine notes"; outlets are noted only where they speak, so ``_maker_before`` sees
        none), one word the tables lack too where it names no one else
        (``_unlisted_subject``). None where the nearest subject is a person or another body
        ("Harbor TV aired it. Tom Reyes objected. The network said": no guess), or the outlet
        is named only in passing ("told Harbor TV", "hosted by Harbor TV"). With other
        ``kinds`` and ``back``, a body of those kinds so named ("its plank":
        ``_owned_document``)."""
        here = self.sentence_of(pos)
        for m in self._names_in_passing(pos):
            k = self.sentence_of(m.start())
            if k < here - back:
                break
            if k < 0 or not _SENTENCE_OPENING.fullmatch(self.text, self.sentences[k][0],
                                                        m.start()):
                continue
            if " " not in m[0] and self._opener_word(m[0], m.start()):
                continue  # "And", "Meanwhile": a common word opening the sentence
            a = self.read(m[0].rstrip("’'.")).actor
            if a is None and kinds == ("media",) and " " not in m[0] \
                    and self._unlisted_subject(m[0], m.start()):
                return Actor(m[0], "media", "media")  # "Harborvision aired it. The network said"
            return self._named_before(a, pos) if a is not None and a.kind in kinds else None
        return None

    def _names_in_passing(self, pos: int) -> Iterator[re.Match[str]]:
        """Give the runs of capitalised words before pos in its sentence and the
        _MAKER_SENTENCES before it, nearest first, outside quotation marks, each a whole name
        as written: no run that "and" joins to another ("the Globe and Mail" is one name, not
        "Globe"). Names are noted for the people and bodies the knowledge or a description
        shows, not for every name; the steps that look for one named in passing read these."""
        here = self.sentence_of(pos)
        if here < 0:
            return
        for k in range(here, max(-1, here - _MAKER_SENTENCES - 1), -1):
            s, e = self.sentences[k]
            for m in reversed(list(_CAPITALISED_RUN.finditer(self.text, s, min(e, pos)))):
                if not (self._in_quote(m.start()) or _JOINED_NAME_AFTER.match(self.text, m.end())
                        or _JOINED_NAME_BEFORE.search(self.text, max(0, m.start() - 40),
                                                      m.start())):
                    yield m

    def _outlet_named(self, outlet: Actor) -> Actor:
        """Give an outlet as its name reads without a possessive's apostrophe ("the Times’
        front page" noted as "Times’" is the Times)."""
        if not outlet.name.endswith(("’", "'")):
            return outlet
        return self.read(outlet.name.rstrip("’'")).actor or outlet

    def _named_before(self, actor: Actor, pos: int) -> Actor:
        """Give whom a definite mention's reading stands for where the article named it
        before: the people named together ("the senators"), the organisation named in full
        ("the Times": The New York Times)."""
        if actor.kind == "group" or (actor.kind in ("anonymous", "unknown")
                                     and _stated_count(actor.name) is not None):
            return self._named_together(actor, pos) or actor
        if actor.kind == "media" or (actor.kind == "organisation" and actor.country is None):
            # not "the Senate", "the Pentagon"
            return self._full_name_of(actor, pos) or self._body_headed_so(actor, pos) or actor
        return actor

    def _body_headed_so(self, short: Actor, pos: int) -> Actor | None:
        """Give the body whose name a capitalised head alone opens, before "of", "on" or
        "for", as the article writes it before pos ("The Commission on Presidential Debates
        ... the Commission said", "the Bureau of Labor Statistics ... the Bureau says"), as
        "the commission" in lower case is (``_definite``), where the article writes one such
        name and no other name of that head before pos, outside quotation marks. None for
        two names of that head ("the Department of Labor ... the Department of Justice ...
        the Department said": no guess), one with the head last ("the Federal Election
        Commission": ``_full_name_of`` reads those), a name that reads as no body, or a word
        that is no name's head."""
        if " " in short.name or short.name.lower() not in self.knowledge.words.name_heads:
            return None
        # the names of that head in the paragraphs before pos's, from one search of the whole
        # text per head (a search up to each mention asked again for each one made the cost
        # grow with the square of the article's length), then those of pos's own paragraph up
        # to pos, as ``finditer(text, 0, pos)`` finds them: no name runs over a line break, so
        # the two searches agree on every name before the paragraph's start
        found = self._headed.get(short.name)
        if found is None:
            starts: list[int] = []
            states: list[frozenset[str] | None] = [frozenset()]
            for m in _head_named(short.name).finditer(self.text):
                starts.append(m.start())
                states.append(self._head_name(m, states[-1]))
            found = self._headed[short.name] = (starts, states)
        starts, states = found
        line = self.text.rfind("\n", 0, pos) + 1
        names = states[bisect_left(starts, line)]
        for m in _head_named(short.name).finditer(self.text, line, pos):
            names = self._head_name(m, names)
        if names is None or len(names) != 1:
            return None
        a = self.read(next(iter(names))).actor
        return a if a is not None and a.kind in BODIES else None

    def _head_name(self, m: re.Match[str], names: frozenset[str] | None) -> frozenset[str] | None:
        """Give the bodies' names a capitalised head opens that ``_body_headed_so`` has seen
        after one more match of ``_head_named``: None once no guess is made (a name with the
        head last, or one that goes on after a comma), the same for a name in a quotation or
        the head alone."""
        if names is None or self._in_quote(m.start()):
            return names
        words = self._name_opening(m["name"].split())  # "The", "Sunday's"
        if m["of"] is None:
            return None if words[:-1] else names  # "the Federal Election Commission"; alone
        if m["more"]:
            return None  # "the Bureau of Alcohol, Tobacco ...": where it ends is unsure
        return names | {" ".join(words)}

    def _name_opening(self, words: list[str]) -> list[str]:
        """Give the words of a name written with capitals from the first that opens it: past
        a determiner, a word no name opens with and a possessive ("The", "A", "Sunday’s")."""
        lex = self.knowledge.words
        k = 0
        while k < len(words) and (words[k].lower() in lex.determiners
                                  or words[k].lower() in lex.non_name_starts
                                  or words[k].endswith(POSSESSIVE_ENDINGS)):
            k += 1
        return words[k:]

    def _full_name_of(self, short: Actor, pos: int) -> Actor | None:
        """Give the organisation the article names in full whose last words a short name at
        pos is ("The New York Times ... the Times said", "the Hollis Research Institute ...
        the Institute said", "Dover Area School District ... the School District said"), when
        it names exactly one before pos, else exactly one in all ("the Washington Post
        reported ... the Post said ... the Huffington Post" is the Washington Post); None for
        none or two ("the Los Angeles Times and The New York Times"). A run of capitalised
        words before an outlet's word is an outlet's name; before another organisation's
        word, only a name the knowledge holds or the article was read to name ("the
        Republican Committee" is none)."""
        if not self._short_name(short):
            return None  # "Reuters" is a whole name
        # a short form of common words the tables lack is the one name it ends ("Kenosha
        # Unified School District ... the School District argues"), named or not before
        common = " " in short.name and short.name.lower() not in self.knowledge.organisations
        found: dict[str, Actor] = {}
        before: dict[str, Actor] = {}
        for at, full in self._full_names_written(short):
            if short.kind == "media" or common or self.memory.named(full.name, BODIES) \
                    or full.name.lower() in self.knowledge.organisations:
                found[full.name] = full
                if at < pos:
                    before[full.name] = full
        if len(before) == 1:
            return next(iter(before.values()))
        return next(iter(found.values())) if len(found) == 1 else None

    def _short_name(self, short: Actor) -> bool:
        """Tell whether an organisation's name may be the last words of a longer one: a name's
        head ("Institute", "Times"), or, no outlet's, two or three common words capitalised,
        none a place ("School District", "State Police"; not "Acme", "New York", "Christian
        Science Monitor")."""
        name, k = short.name, self.knowledge
        words = name.split()
        if len(words) == 1:
            return name.lower() in k.words.name_heads
        if short.kind != "organisation":
            return False
        return len(words) <= 3 and all(
            w[:1].isupper() and w[1:].islower() and w.isalpha() and w.lower() not in k.places
            and w.lower() not in k.countries and not k.given_name(w.lower())
            and zipf_at_least(w.lower(), _COMMON_WORD_ZIPF) for w in words)

    def _full_names_written(self, short: Actor) -> tuple[tuple[int, Actor], ...]:
        """Give the full names the article writes before a one-word name, in text order,
        each where it starts and read as an organisation; searched in the text once per
        name, as they depend on the text alone (which of them the article was read to name
        depends on the position)."""
        if short in self._full_names:
            return self._full_names[short]
        fulls = []
        for m in self._written_after_capitals(short.name):
            if short.kind != "media" and (on := _NAME_GOES_ON.match(self.text, m.end())) \
                    and on["word"].lower() not in self.knowledge.words.time_words:
                continue  # "the Lakeview Committee on River Safety": a longer name, whose
                # head the short one is (``_body_headed_so``)
            words = m["name"].split()
            ends = [k for k, w in enumerate(words) if w.endswith(".") and "." not in w[:-1]
                    and w[:-1].lower() not in self.knowledge.words.abbreviations]
            words = words[ends[-1] + 1:] if ends else words  # "... told CNN. The New York Times"
            words = self._name_opening(words)  # "A New York Times report", "Sunday’s Boston Globe"
            if words:
                fulls.append((m.start(), self._organisation_of(" ".join([*words, short.name]),
                                                               short)))
        self._full_names[short] = tuple(fulls)
        return self._full_names[short]

    def _written_after_capitals(self, name: str) -> Iterator[re.Match[str]]:
        """Give the matches ``re.finditer`` gives in the text of one to four capitalised words
        and then a name, as a word of its own ("The New York Times"; the words as "name"). The
        pattern is tried only at the capitals of the four runs of words before each place the
        name stands (``NameIndex``), where its matches start, in order: not at every character
        of the article for every name (that made analysis quadratic in a long article)."""
        full = re.compile(rf"(?P<name>(?:[A-Z][\w’'&.-]*\s+){{1,4}}){re.escape(name)}"
                          r"(?![\w-]|[’'](?!s\b)\w|\s+[A-Z])")
        pos = 0  # where the last match ends: matches do not overlap
        for at in self._names.starts(name):
            for capital in _CAPITAL.finditer(self.text, max(pos, _runs_back(self.text, at, 4)),
                                             at):
                if (m := full.match(self.text, capital.start())) is not None:
                    yield m
                    pos = m.end()
                    break

    def _organisation_of(self, name: str, short: Actor) -> Actor:
        """Give the organisation a full name is: the knowledge's entry, else as written,
        of the short name's kind and type."""
        org = self.knowledge.organisations.get(name.lower())
        if org is not None:
            return Actor(org.name, org.kind, org.type, None, None, org.country)
        return replace(short, name=name)

    def _organisation_so_named(self, person: Actor, mention: str) -> Actor:
        """Give the organisation a person's name with no role is, where the article describes
        one so ("Judicial Watch, a legal group, ... Judicial Watch said") or uses the name as
        an organisation's and never as a person's ("Lambda Works, which ..."), else the
        person."""
        name = describe(mention.strip())
        return self._organisation_named(name) or (
            self._used_as_organisation(name) if name == person.name and not person.party
            else None) or person

    def _used_as_organisation(self, name: str) -> Actor | None:
        """Give the organisation a name is where the article uses it as one and never as a
        person's ("Zentrix Inc. ... Zentrix said": ``usage.organisation_by_usage``); the
        answer depends on the text alone, so it is kept per name."""
        if name not in self._usage:
            type_ = organisation_by_usage(name, self._names, self.knowledge)
            self._usage[name] = None if type_ is None else Actor(name, "organisation", type_)
        return self._usage[name]

    def _organisation_named(self, word: str) -> Actor | None:
        """Give the organisation the article names so anywhere, outside quotation marks, whose name
        a mention is, when no person has it: "MoveOn, a liberal group, ... MoveOn said"; the
        article may say what it is after the quote or in the attribution itself ("MoveOn
        said ... MoveOn, a liberal group, ...", "said MoveOn, a liberal group"): all names
        are read before any speaker ("The Reyes Foundation ... Reyes said" is no foundation:
        a surname may name one after a person)."""
        # each actor once: a walk over every mention by the name's first word met each
        # mention of a person of that given name again at each new one
        found = self.memory.each_named_by(
            word.split()[0].lower(), len(self.text) + 1,
            lambda a: a.kind == "organisation" and a.name == word, lambda s: not s.quoted)
        return found[0].actor if found else None

    def _news_described(self, head: str, mention: str) -> bool:
        """Tell whether an outlet's word qualifies a description's head: "the news
        organization" is an outlet, no other organisation named before it."""
        words = mention.lower().split()
        at = len(words) - 1 - words[::-1].index(head) if head in words else 0
        return at > 0 and self.knowledge.words.name_heads.get(words[at - 1]) == "media" \
            and self.knowledge.words.org_descriptions.get(head) != "media"

    def _nearest_organisation(self, head: str, pos: int) -> Actor | None:
        """Give the organisation a description stands for ("the trade group"): the nearest
        one named before it whose type fits the description's head (or is unknown)."""
        seen = self._nearest_organisation_seen(head, pos)
        return seen.actor if seen is not None else None

    def _organisation_named_near(self, head: str, mention: str, pos: int) -> Actor | None:
        """Give the organisation a bare description ("the group", "the telecom firm", "the
        Cincinnati-based company") stands for where none it fits was noted: the nearest one
        its sentence or the two before name in passing, read from their capitalised runs
        outside quotation marks ("Members of the Harbor Freedom Caucus sent a letter. 'The
        deal is bad,' the group wrote"; names are noted for the people and bodies the
        knowledge or a description shows, not for every name), one word the tables lack only
        where it stands as its sentence's subject (``_subject_organisation``)."""
        types = self.knowledge.words.org_descriptions.get(head)
        if types is None or types == "media" or not self._plain_description(mention, head):
            return None
        for m in self._names_in_passing(pos):
            name = m[0].rstrip("’'.")
            if _opens_sentence(name.split()[0].lower(), self.knowledge.words) \
                    or any(w.lower() in self.knowledge.words.time_words for w in name.split()):
                continue  # "On Sunday", "In March": no body's name
            a = self.read(name).actor
            if a is not None and self._fits_description(a, head) and (
                    " " in name or name.lower() in self.knowledge.organisations):
                return a  # (one word, only a body the tables know: "a super PAC")
            if " " not in name and "business" in types \
                    and (one := self._subject_organisation(name, a, m.start(), types)
                         or self._business_by_usage(name, a)):
                return one
        return None

    def _plain_description(self, mention: str, head: str) -> bool:
        """Tell whether a mention is "the" and an organisation's head, with at most two words
        before the head that say what trade it is in or where it is based ("the company",
        "the telecom firm", "the Cincinnati-based company"), none that makes it another
        organisation (``Words.other_body_words``: "the parent company", "the rival firm") or
        names a kind of organisation itself ("the news agency", "the research group")."""
        words = mention.split()
        if not 2 <= len(words) <= 4 or words[0].lower() != "the" or words[-1].lower() != head:
            return False
        lex = self.knowledge.words
        return all(_BASED.fullmatch(w) or (w.isalpha() and w.islower() and w not in
                                           lex.other_body_words and w not in lex.name_heads)
                   for w in words[1:-1])  # "the news agency" is an outlet's

    def _subject_organisation(self, name: str, read: Actor | None, at: int, types: str
                              ) -> Actor | None:
        """Give the organisation a one-word name at ``at`` that the tables lack is for a
        description of a business after it ("the company", "the retailer"), where it is an
        unlisted subject (``_unlisted_subject``: "Zentrix said Wednesday ... the company
        said", "WASHINGTON — Zentrix is also ..."). Its type is the one the description's
        head allows ("the company": a business), where it allows one."""
        if (read is not None and (read.kind != "organisation" or read.type != "unknown")) \
                or not self._unlisted_subject(name, at):
            return None
        return read or Actor(name, "organisation", "unknown" if "," in types else types)

    def _business_by_usage(self, name: str, read: Actor | None) -> Actor | None:
        """Give the organisation a one-word name the tables lack is, for a description of
        a business after it, where the article uses the name as an organisation's and never
        as a person's (``_used_as_organisation``: "shares of Zentrix", "Zentrix Inc.",
        "Zentrix said it", "a Zentrix employee"), wherever in the sentence it stands."""
        if read is not None and (read.name != name or (read.kind == "organisation"
                                                       and read.type != "unknown")):
            return None
        return self._used_as_organisation(name)

    def _unlisted_subject(self, name: str, at: int) -> bool:
        """Tell whether a one-word name at ``at`` that the tables lack names a body: it stands
        as its sentence's subject, before a lower-case word or a comma ("Zentrix said",
        "WASHINGTON — Zentrix is also", "Zentrix, which makes routers,"), is written inside a
        sentence somewhere too, and the article uses it for no person (no pronoun, given
        name, place, country, office holder's surname or person of that surname noted; no
        common English word: "Failure to pay ...")."""
        k = self.knowledge
        low = name.lower()
        if low in k.organisations or low in k.outlets or not name[:1].isupper() \
                or (name.isupper() and len(name) > _ACRONYM_LETTERS) \
                or low in k.words.pronouns or _common_word(low) or k.given_name(low) \
                or low in k.places or low in k.countries or is_table_surname(low) \
                or self.memory.last_person(name, len(self.text)) \
                or self._opener_word(name, at, common=False):
            return False
        n = self.sentence_of(at)
        return n >= 0 and _SUBJECT_OPENING.fullmatch(self.text, self.sentences[n][0], at) \
            is not None and _SUBJECT_AFTER.match(self.text, at + len(name)) is not None

    def _fits_description(self, a: Actor, head: str) -> bool:
        """Tell whether an organisation is one a description's head can stand for: its type
        fits the head (or is unknown), it is named with a capital, and it is no "Yale
        University" for "the group" (that is "the university"), nor the Pentagon."""
        types = self.knowledge.words.org_descriptions.get(head)
        if types is None or a.kind != "organisation" or not a.name[:1].isupper():
            return False
        last = a.name.split()[-1].lower()
        return a.type in set(types.split(",")) | {"unknown"} \
            and (last not in self.knowledge.words.own_descriptions or last == head) \
            and not (head in self.knowledge.words.stateless_descriptions
                     and a.type == "military" and a.country)

    def _nearest_organisation_seen(self, head: str, pos: int) -> Seen | None:
        """Give where the organisation a description stands for was seen last before pos
        (``_nearest_organisation``)."""
        types = self.knowledge.words.org_descriptions.get(head)
        if types is None:
            return None
        fits = set(types.split(",")) | {"unknown"}
        own = self.knowledge.words.own_descriptions
        stateless = head in self.knowledge.words.stateless_descriptions
        for s in reversed(self.memory.last(pos, 120)):
            a = s.actor
            last = a.name.split()[-1].lower()
            if a.kind == "organisation" and a.type in fits and not s.quoted \
                    and a.name[:1].isupper() and (last not in own or last == head) \
                    and not (stateless and a.type == "military" and a.country):
                return s  # "the group" is no "Yale University" (that is "the university"),
                # nor the Pentagon
        return None

    def _echoed_name(self, head: str, mention: str, pos: int) -> Actor | None:
        """Give the organisation "police", "the administration" or "the campaign" stands for
        (``Words.name_echoes``): the nearest one named before whose name ends in the word
        ("the Dallas Police Department", "the Albuquerque police", "The Obama
        administration", "Clinton's campaign"), where the mention is the word alone
        ("police", "the administration"); not words of a headline in capitals ("After Fatal
        Police Shooting"), a common word that opens a sentence ("Riot police"), nor a run
        that reads as no organisation ("When police")."""
        if head not in self.knowledge.words.name_echoes \
                or mention.lower().removeprefix("the ") != head:
            return None
        for m in reversed(list(_echo_pattern(head).finditer(self.text, 0, pos))):
            before = self.text[max(0, m.start() - 30):m.start()].split()
            if before and before[-1][:1].isupper() and before[-1] != "The":
                continue  # inside a longer run of capitals: a headline
            name = self._echo_name(m, head)
            a = self.read(name).actor if name else None
            if a is not None and a.kind == "organisation" and head in a.name.lower().split():
                return a
        return None

    def _owned_body_before(self, head: str, mention: str, pos: int) -> Actor | None:
        """Give the body a bare "the office" or "the team" stands for (``Words.owned_bodies``
        that no name echoes, ``_echoed_name``): the one a name owns in the possessive last
        before it, unquoted, in its sentence or the two before ("Senate Leader Mitch
        McConnell's office panned the plan. The office noted ..." is Mitch McConnell's
        office, as "McConnell's office said" is; "The Yavapai County Sheriff's office ...
        The office says"); None where none is, or its owner reads as no one."""
        lex = self.knowledge.words
        if head not in lex.owned_bodies or head in lex.name_echoes \
                or mention.lower() != f"the {head}":
            return None
        here = self.sentence_of(pos)
        if here < 0:
            return None
        start = self.sentences[max(0, here - _MAKER_SENTENCES)][0]
        found = [m for m in _owned_by_name(head).finditer(self.text, start, pos)
                 if not self._in_quote(m.start())]
        words = self._name_opening(found[-1]["owner"].split()) if found else []
        while words and _opens_sentence(words[0].lower(), lex):
            words = words[1:]  # "But McConnell's office"
        if not words:
            return None
        owner, at = " ".join(words), found[-1].start()
        reading = self.read(owner)
        actor = self.article_person(reading, at) or reading.actor
        if actor is None or actor.kind not in ("person", "organisation", "unknown"):
            return None
        if actor.kind == "person":
            return self._office_of(self.merge_earlier(actor, at), f"{owner}'s {head}")
        return Actor(f"{owner}'s {head}", "organisation", actor.type, None, None, actor.country)

    def _outlet_board(self, head: str, mention: str, pos: int) -> Actor | None:
        """Give the outlet "the board" speaks for where the board named last before it,
        unquoted, in its sentence or the two before, is an outlet's (``Words.outlet_boards``:
        "the Daily Ledger's editorial board", "the editorial board of her hometown paper, the
        Daily Ledger,"): the outlet that board's sentence names nearest to it; None where it
        names none."""
        if head != "board" or mention.lower() != "the board":
            return None
        here = self.sentence_of(pos)
        if here < 0:
            return None
        start = self.sentences[max(0, here - _MAKER_SENTENCES)][0]
        boards = [m.start() for m in _board_of(self.knowledge.words.outlet_boards).finditer(
            self.text, start, pos) if not self._in_quote(m.start())]
        n = self.sentence_of(boards[-1]) if boards else -1
        if n < 0:
            return None
        runs = [m for m in _CAPITALISED_RUN.finditer(self.text, *self.sentences[n])
                if not self._in_quote(m.start())]
        for m in sorted(runs, key=lambda m: abs(m.start() - boards[-1])):
            words = _POSSESSIVE_END.sub("", m[0]).rstrip("’'.").split()
            while words and _COMPOUND_ADJECTIVE.fullmatch(words[0]):
                words = words[1:]  # "the often Trump-friendly Daily Ledger"
            for k in range(len(words)):
                a = self.read(" ".join(words[k:])).actor
                if a is not None and a.kind == "media":
                    return self._named_before(a, pos)
        return None

    def _body_of_head(self, head: str, mention: str, pos: int) -> Actor | None:
        """Give the body a bare "the commission", "the committee", "the council" or "the
        ministry" stands for (``Words.head_bodies``): the one body the article names before
        pos, outside quotation marks, with the word capitalised as its name's head, last
        ("The Federal Widget Commission met ... the commission said") or first before "of",
        "on" or "for" ("the Commission on Presidential Debates", "the Ministry of Defence"),
        a short form that ends a longer name being that name ("the House Widget Committee
        ... the Widget Committee"), one in the possessive counted too. None for none or two
        ("the House Widget Committee ... the Senate Widget Committee’s chairman ... the
        committee said": no guess), for the head alone
        ("Committee members"), a name whose end is unsure ("the Committee on Ways, Means
        ..."), a name that reads as no body, and where one of that head is brought in after
        the name in lower case ("a new commission will review it ... the commission said":
        that one)."""
        if head not in self.knowledge.words.head_bodies or mention.lower() != f"the {head}":
            return None
        names: dict[str, int] = {}  # each name, where it was written last
        for m in _head_named(head.capitalize()).finditer(self.text, 0, pos):
            words = self._name_opening(m["name"].split())  # "The", "Sunday's"
            if self._in_quote(m.start()) or len(words) < 2:
                continue
            if m["more"]:
                return None
            names[" ".join(self._without_time(words))] = m.start()
        for m in _head_owning(head.capitalize()).finditer(self.text, 0, pos):
            words = self._name_opening(m["name"].split())  # "the Harbor Committee’s chairman"
            if not self._in_quote(m.start()) and len(words) > 1:
                names.setdefault(" ".join(words), m.start())
        whole = {n: at for n, at in names.items()
                 if not any(o != n and o.endswith(f" {n}") for o in names)}
        if len(whole) != 1:
            return None
        name, at = next(iter(whole.items()))
        if _head_brought_in(head).search(self.text, at, pos):
            return None
        a = self.read(name).actor
        return a if a is not None and a.kind in BODIES else None

    def _without_time(self, words: list[str]) -> list[str]:
        """Give a body's name as ``_head_named`` read it without a time it runs on to: "the
        Commission on Harbor Debates on Monday" is the Commission on Harbor Debates."""
        time = self.knowledge.words.time_words
        cut = next((k for k in range(1, len(words) - 1)
                    if words[k] in ("on", "of", "for", "and", "the")
                    and words[k + 1].lower() in time), len(words))
        return words[:cut]

    def _leaders_administration(self, head: str, mention: str, pos: int) -> Actor | None:
        """Give the administration "the administration" is where the article names none
        (``_echoed_name`` found no "Obama administration"): the one of the U.S. president
        named last, unquoted, in the mention's sentence or the ``_LEADER_SENTENCES`` before it,
        as its subject or owner ("President Obama's plan ... the administration says" is the
        Obama administration; "the administration" is the American word for a president's
        government). None where no president is named there (a school's administration),
        where someone else is named after the president, where the president stands after a
        preposition or a verb ("presidents from Jimmy Carter to Barack Obama have used it"),
        where two heads of state are named there, or another country's leader is named last
        (whose "administration" it is, the article leaves open)."""
        if head != "administration" or mention.lower() != "the administration":
            return None
        here = self.sentence_of(pos)
        if here < 0:
            return None
        start = self.sentences[max(0, here - _LEADER_SENTENCES)][0]
        people = [s for s in self.memory.between(start, pos)
                  if not s.quoted and s.actor.kind == "person"]
        if not people or people[-1].oblique or people[-1].object:
            return None  # "presidents from Jimmy Carter to Barack Obama have used it"
        leader = people[-1].actor
        if leader.type != "head_of_state" or leader.country != "United States" or any(
                s.actor.type == "head_of_state" and s.actor.name != leader.name for s in people):
            return None
        body = self.read(f"{surname_word(leader.name)} {head}").actor
        return body if body is not None and body.kind == "organisation" else None

    def _echo_name(self, m: re.Match[str], head: str) -> str | None:
        """Give the name an echo match holds, read as the article's own: without a word that
        opens the sentence ("But", "Riot"), and a possessive's owner before the word as the
        name's first part ("Donald Trump's campaign" is the Trump campaign); None where the
        run crosses a sentence's end ("Zika. The administration")."""
        words = m["np"].split()
        at = m.start()
        if words[0].lower() in self.knowledge.words.connectors \
                or self._opener_word(words[0], at):
            words = words[1:]  # "But Sanders' campaign", "Riot police"
        owned = [w for w in words if w.lower().rstrip(".") != head]
        if not owned or any(w == "The" or (w.endswith(".") and len(w) > 4) for w in owned):
            return None
        last = owned[-1]
        if last.endswith(POSSESSIVE_MARKS):
            return f"{last.rstrip('s').rstrip(chr(39) + '’')} {head}"
        return " ".join(words)


@cache
def _head_owning(head: str) -> re.Pattern[str]:
    """Give the pattern of a body's name that ends in a capitalised head in the possessive,
    with one to three capitalised words before it ("the Harbor Widget Committee’s chairman";
    ``Resolver._body_of_head``: ``_head_named`` takes no possessive)."""
    return re.compile(rf"(?<![\w’'.-])(?P<name>(?:[A-Z][\w’'&-]*[^\S\n]+){{1,3}}{re.escape(head)})"
                      r"[’']s\b")


@cache
def _board_of(words: frozenset[str]) -> re.Pattern[str]:
    """Match an outlet's board in lower case: "editorial board" (``Words.outlet_boards``;
    ``Resolver._outlet_board``)."""
    alternatives = "|".join(sorted(map(re.escape, words)))
    return re.compile(rf"\b(?:{alternatives})[^\S\n]+board\b")


@cache
def _owned_by_name(head: str) -> re.Pattern[str]:
    """Match a capitalised name in the possessive before a body's word, on one line: "Mitch
    McConnell's office", "The Yavapai County Sheriff’s office" (``Resolver._owned_body_before``)."""
    return re.compile(rf"(?P<owner>(?:[A-Z][\w.’'&-]*[^\S\n]+){{0,5}}[A-Z][\w.&-]*)[’']s"
                      rf"[^\S\n]+{re.escape(head)}\b")


@cache
def _head_brought_in(head: str) -> re.Pattern[str]:
    """Match a body of a ``Words.head_bodies`` head brought in by an indefinite in lower case,
    with up to two words between: "a commission", "a new state commission", "another
    committee" (``Resolver._body_of_head``)."""
    return re.compile(rf"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w-]+\s+){{0,2}}{re.escape(head)}\b")


@cache
def _echo_pattern(head: str) -> re.Pattern[str]:
    """Match a name that ends in a word of ``Words.name_echoes`` ("Dallas Police Department",
    "the Albuquerque police", "the Trump campaign's"), before a lower-case word or punctuation
    (not "Police Shooting")."""
    return re.compile(rf"(?P<np>(?!The\s)(?:[A-Z][\w.’'&-]*\s+){{1,4}}(?i:{re.escape(head)})"
                      r"(?:\s+(?:Department|Service|Force))?)(?:['’]s)?"
                      r"(?=[\s,.;:)]*(?:[a-z(]|$)|[,.;:)])")
