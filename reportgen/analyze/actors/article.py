"""Resolve the actors of one article: the people and organisations it names, and whom each
quote's speaker mention refers to (pronouns, surnames, appositions, metonymy).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from reportgen.analyze.actors.identity import formal_form
from reportgen.analyze.actors.memory import Fits, Seen
from reportgen.analyze.actors.mentions import described_organisation, find_mentions, kin_named
from reportgen.analyze.actors.names import same_person, surname_index, surname_word
from reportgen.analyze.actors.reading import read_mention
from reportgen.analyze.actors.resolver import Resolver, joint_of
from reportgen.analyze.quotes import RawQuote
from reportgen.analyze.text import Token, speaker_key
from reportgen.knowledge import Knowledge
from reportgen.knowledge.words import POSSESSIVE_ENDINGS
from reportgen.models import Actor, Span

Named = tuple[Span, str, Actor]  # where a name stands, as written, and whom it names


@dataclass(frozen=True, slots=True)
class ArticleActors:
    """The actors of one article."""

    named: tuple[Named, ...]  # every person and organisation named, in text order
    speakers: tuple[Actor | None, ...]  # whom each quote's speaker is, one per quote


def resolve_actors(body: str, sents: tuple[Span, ...], tokens: list[Token],
                   labels: tuple[Span, ...], raw: tuple[RawQuote, ...], knowledge: Knowledge,
                   year: int | None = None, writer: str | None = None) -> ArticleActors:
    """Read every name in the article, then resolve each quote's speaker in text order.
    ``labels`` are the labels of its turns where it is a transcript (``text.turn_labels``).
    ``year`` is the article's, where known: office holders are looked up as of then.
    ``writer`` names who wrote it, where known: the "I" of its narration."""
    # the words in quotation marks: never what a pronoun outside them points to
    quoted = tuple(p for rq in raw for p in (rq.spans if rq.kind == "direct" else rq.absorbed))
    resolver = Resolver(knowledge, body, sents, quoted, year)
    named = _read_names(body, tokens, resolver, knowledge)
    _note_surnames(resolver, tokens, raw, named)
    _note_honoured(resolver, body, named, raw, knowledge)
    _note_pairs(resolver, body, named)
    me = resolver.read(writer).actor if writer else None
    turns = _Turns(resolver, body, labels, _people_by_initials(named) if labels else {})
    speakers = [_quote_speaker(resolver, turns, sents, rq, me) for rq in raw]
    return ArticleActors(tuple(named), tuple(_one_form(_resolve_metonymy(speakers))))


def _quote_speaker(resolver: Resolver, turns: _Turns, sents: tuple[Span, ...], rq: RawQuote,
                   me: Actor | None) -> Actor | None:
    """Resolve a quote's speaker mention: "I" is the writer, or the person whose turn of a
    transcript it stands in; "you" in a turn is the person the turn speaks to."""
    if rq.speaker is None:
        return None
    pos = rq.speaker.span[0]
    if _first_person(rq):
        return turns.speaker(pos) or me
    if rq.speaker.text.lower() == "you" and turns.labels and pos > turns.labels[0][0]:
        return turns.addressee(pos, sents[max(0, bisect_right(sents, (pos, pos)) - 1)][0])
    return _speaker_of(resolver, rq)


def _first_person(rq: RawQuote) -> bool:
    """Tell whether a quote's speaker is the writer's "I" (never inside quotation marks, where
    the speaker steps take no speaker): "I once asked the commissioner if there was “too
    much security”" is the writer's, not the last person named."""
    return rq.speaker is not None and rq.speaker.text.lower() == "i"


@dataclass(frozen=True, slots=True)
class _Turns:
    """The labels of a transcript's turns (text.turn_labels) and whom they name (private to
    resolve_actors)."""

    resolver: Resolver
    body: str
    labels: tuple[Span, ...]
    people: dict[str, Actor | None]  # the people named, by their initials

    def speaker(self, pos: int) -> Actor | None:
        """Give the person whose turn holds pos ("TOM REYES: … And I said, “…”" is Reyes's);
        None outside a turn or where the label names no person ("Q:", "UPDATE:")."""
        k = bisect_right(self.labels, (pos, pos)) - 1
        return self._named(k) if k >= 0 else None

    def addressee(self, pos: int, start: int) -> Actor | None:
        """Give whom the turn that holds pos speaks to: the person called by name before
        "you" in the sentence from start ("Professor Reyes, you write, “…”"), else the nearest
        other speaker who takes two turns or more (not a clip): after it where the turn asks a
        question (who answers it), else before it (whose words the turn takes up)."""
        k = bisect_right(self.labels, (pos, pos)) - 1
        if k < 0:
            return None
        called = _called(self.resolver.knowledge.words.address_openers).search(
            self.body[start:pos])
        if called is not None:
            actor = self.resolver.resolve(called["name"], start + called.start("name"))
            if actor is not None and actor.kind == "person":
                return actor
        own = self._key(k)
        keys = Counter(self._key(n) for n in range(len(self.labels)))
        before, after = range(k - 1, -1, -1), range(k + 1, len(self.labels))
        end = self.labels[k + 1][0] if k + 1 < len(self.labels) else len(self.body)
        asks = "?" in self.body[pos:end]  # who answers the turn's question is spoken to
        others = [n for n in ((*after, *before) if asks else (*before, *after))
                  if self._key(n) != own]
        # the nearest other speaker of two turns or more (a clip played has one)
        other = next((n for n in others if keys[self._key(n)] >= 2), others[0] if others else -1)
        return self._named(other) if other >= 0 else None

    def _key(self, k: int) -> str:
        """Give label k's words without its colon (``text.speaker_key``)."""
        a, b = self.labels[k]
        return speaker_key(self.body[a:b])

    def _named(self, k: int) -> Actor | None:
        """Give the person label k names: its name as written ("SEN. JOHN McCABE"), or initials
        of one person the article names ("JM"); None for "Q", "A" or a heading."""
        label = self._key(k)
        if _INITIALS.fullmatch(label):
            return self.people.get(label)
        actor = self.resolver.resolve(_label_name(label), self.labels[k][0])
        return actor if actor is not None and actor.kind == "person" else None


@cache
def _called(openers: frozenset[str]) -> re.Pattern[str]:
    """Match a name set off before "you" at a sentence's start, after one of ``openers``
    (``Words.address_openers``) or none: "Professor Reyes, you write", "And Ann, you said"."""
    opener = "|".join(sorted(re.escape(w.capitalize()) for w in openers))
    return re.compile(rf"^(?:(?:{opener}),?[ \xa0]+)?(?P<name>[A-Z][\w.’'-]*"
                      r"(?:[ \xa0]+[A-Z][\w.’'-]*){0,3}),[ \xa0]+$")


# a label of initials: "TR", "ABV" (not "Q", "A")
_INITIALS = re.compile(r"[A-Z]{2,3}")


def _people_by_initials(named: list[Named]) -> dict[str, Actor | None]:
    """Give the people the article names by their initials ("Ann B. Vale": "ABV" and "AV";
    None where two people share them)."""
    people: dict[str, Actor | None] = {}
    for _, _, actor in named:
        if actor is None or actor.kind != "person":
            continue
        words = actor.name.replace("-", " ").split()
        for key in {"".join(w[0] for w in words), words[0][0] + words[-1][0]}:
            known = people.setdefault(key, actor) if key.isupper() else None
            if known is not None and known != actor and not same_person(known.name, actor.name):
                people[key] = None
    return people


def writer_of(author: str | None, outlet: str | None, knowledge: Knowledge) -> str | None:
    """Name who wrote an article: its author, else an outlet that is a person's column (a
    given name and a surname: "John Stossel"; not an outlet the tables know, "Al Jazeera")."""
    if author:
        return author
    words = outlet.split() if outlet else []
    if not (2 <= len(words) <= 3) or words[0].lower() not in knowledge.given_names \
            or not all(w[:1].isupper() and w.replace(".", "").isalpha() for w in words) \
            or (outlet or "").lower() in knowledge.outlets:
        return None
    return outlet


def _speaker_of(resolver: Resolver, rq: RawQuote) -> Actor | None:
    """Resolve a quote's speaker mention; a quote that only inherits the speaker of the one
    before keeps it unless someone else opens a sentence in between ("“...,” Olsen said.
    Reyes disagreed. / “...”": the article no longer says whose the words are)."""
    if rq.speaker is None:
        return None
    before = rq.spans if rq.kind != "direct" and rq.start < rq.speaker.span[0] else ()
    actor = resolver.resolve(rq.speaker.text, rq.speaker.span[0], before)
    if actor is not None and rq.inherited \
            and resolver.other_subject(rq.speaker.span[1], rq.start, actor):
        return None
    return actor


# The name a mention opens with: up to its first comma, unless a suffix follows that comma
# ("Amos Tillery, Jr., the chairman")
_WRITTEN_NAME = re.compile(r"[^,]*(?:,\s*(?:Jr|Sr|II|III|IV)\b\.?)?")


def _written_name(written: str) -> str:
    """Give the name a mention opens with (``_WRITTEN_NAME``)."""
    return m.group() if (m := _WRITTEN_NAME.match(written)) else written


def _own_body(written: str, described: Actor | None, knowledge: Knowledge) -> Actor | None:
    """Give the body a description with its modifiers names where the name before them is a
    place's and the description's head an organisation's, not the place: "the Lakeview County
    public health department" is the county's department, not Lakeview County (as "the Boko
    Haram militant group" is Boko Haram); the description's reading otherwise."""
    if described is None:
        return None
    whole = read_mention(written, knowledge).actor
    if whole is None or whole.kind != "organisation" \
            or not whole.name.startswith(f"{described.name} ") \
            or whole.name.rsplit(" ", 1)[-1] not in knowledge.words.org_heads:
        return described
    return whole


def _read_names(body: str, tokens: list[Token], resolver: Resolver,
                knowledge: Knowledge) -> list[Named]:
    """Read the people and organisations named in the article, noting each for the resolver."""
    named: list[Named] = []
    mentions = [(span, written, _written_name(written))
                for span, written in find_mentions(body, knowledge, tokens)]
    for _, _, name in mentions:  # who the article names otherwise than by a bare surname
        resolver.named_otherwise(resolver.read(name))
    for span, written, name in mentions:
        described = _own_body(written, described_organisation(written, knowledge), knowledge)
        if described is not None:  # "MoveOn, a liberal group": an organisation, no person
            resolver.note(span[0], described, speaker=False, mention=described.name)
            named.append((span, written, described))
            continue
        actor = resolver.article_person(resolver.read(name), span[0])
        if actor is not None and actor.kind == "person" and kin_named(body, span, written):
            resolver.memory.kin_named.add(actor.name)
        if actor is not None and actor.kind == "person":
            actor = resolver.merge_earlier(actor, span[0])
            actor = resolver.with_party_after(actor, span[0] + len(name))
            actor = resolver.identify(actor, name, span[0] + len(name))
        if actor is not None:
            actor = resolver.with_principal(_with_apposition(actor, written, knowledge),
                                            span[0])
            resolver.note(span[0], actor, speaker=False, mention=name)
            named.append((span, written, actor))
    return named


def _note_surnames(resolver: Resolver, tokens: list[Token], raw: tuple[RawQuote, ...],
                   named: list[Named]) -> None:
    """Note every later bare surname of a person named in full ("Bloomberg, who has ...,
    threw several jabs at Trump"), so that a pronoun can find the subject it follows; a
    surname two people share as the one of them named last before it ("Bill Clinton ...
    Hillary Clinton ... Clinton was asked"; a he or she that does not fit takes the other,
    ``Resolver._fitting``)."""
    actors: list[Actor | None] = [actor for _, _, actor in named]
    actors += [resolver.read(rq.speaker.text).actor for rq in raw if rq.speaker]
    people: dict[str, Actor | None] = {}
    written: set[str] = set()  # surnames of one person named in two forms
    for actor in actors:
        if actor is not None and actor.kind == "person" and " " in actor.name:
            surname = surname_index(surname_word(actor.name))
            known = people.setdefault(surname, actor)
            if known is None or known.name == actor.name:
                continue
            if same_person(known.name, actor.name):
                written.add(surname)  # "Ed Markey", "Edward J. Markey": one person
            else:
                people[surname] = None  # two people share it: the one named last
    if not people:
        return
    taken = sorted([span for span, _, _ in named]
                   + [rq.speaker.span for rq in raw if rq.speaker])
    starts = [s for s, _ in taken]
    honorifics = resolver.knowledge.words.honorifics
    for n in _surname_tokens(tokens, people):
        t = tokens[n]
        word = t.text[:-2] if t.text.endswith(POSSESSIVE_ENDINGS) else t.text
        key = surname_index(word)
        if key not in people:
            continue  # no one's surname
        k = bisect_right(starts, t.start) - 1
        if k >= 0 and t.start < taken[k][1]:
            continue  # part of a mention already read
        if word is not t.text and resolver.owns_someone(t.end):
            continue  # "Coffman's wife said": she speaks, no he after is Coffman
        person, gender = people[key], None
        if person is None or key in written:
            # one person in two forms, or two people: the one written last before; not a
            # name's last word ("Woodward County" is no "County"), nor after an honorific
            # (_note_honoured)
            if _after_name_word(tokens, n, resolver.knowledge) \
                    or (n > 1 and tokens[n - 2].low in honorifics):
                continue
            if person is None and _not_the_person(tokens, n, resolver.knowledge):
                continue
            gender = _gender_after(tokens, n, resolver.knowledge) if person is None else None
            person = _shared_person(resolver, t.start, word, gender) if person is None else \
                resolver.memory.last_person(word, t.start) or person
            if person is None:
                continue  # named before either person is
        at = _honorific_before(tokens, n, honorifics) if word is not t.text else t.start
        resolver.note(at, resolver.merge_earlier(person, t.start), mention=resolver.text[at:t.end],
                      shared=people[key] is None, said=gender is not None)


def _shared_person(resolver: Resolver, pos: int, word: str, gender: str | None
                   ) -> Actor | None:
    """Give whom a surname two people share stands for at pos: the one of the gender its
    sentence says (``_gender_after``: "Lynch shared a picture of herself" is Loretta Lynch,
    though her father Lorenzo was named last), named in full most often before (the last
    named of those tied: "Hillary Clinton" named five times is the "Clinton" after
    "Chelsea Clinton" named once)."""
    fits = None if gender is None else (lambda a: resolver.gender.get(a.name) == gender)
    return resolver.memory.most_named(word, pos, fits) or resolver.memory.most_named(word, pos)


# what ends the words a surname's own "her" or "his" may stand among
_CLAUSE_ENDS = frozenset({".", "!", "?", ";", "“", "”", '"'})


def _gender_after(tokens: list[Token], n: int, knowledge: Knowledge) -> str | None:
    """Give the gender a "herself", "himself", or a "her" or "his" that owns the word after
    it says after token n, before the sentence ends, a quotation opens or another capitalised
    word stands ("Lynch shared a picture of herself", "Clinton was asked to justify her
    support"; not "Clinton told her that")."""
    words = knowledge.words
    for k in range(n + 1, min(len(tokens), n + 1 + _GENDER_REACH)):
        t = tokens[k]
        if t.text in _CLAUSE_ENDS or t.text[:1].isupper():
            return None
        if t.low in _REFLEXIVES:
            return _REFLEXIVES[t.low]
        after = tokens[k + 1].text if k + 1 < len(tokens) else ""
        if t.low in ("his", "her") and after.isalpha() and after.islower() \
                and after not in words.prepositions and after not in words.object_pronoun_next:
            return words.pronoun_genders.get(t.low)
    return None


_REFLEXIVES = {"herself": "f", "himself": "m"}


# how many words after a shared surname its gender may be said
_GENDER_REACH = 12


def _not_the_person(tokens: list[Token], n: int, knowledge: Knowledge) -> bool:
    """Tell whether a surname two people share, at token n, names neither: a place ("in
    Watertown"; a person after a preposition is no subject either), or the word before what
    belongs to them ("the Clinton campaign spokesman Brian Fallon", "the Clinton
    Foundation")."""
    t = tokens[n]
    if t.low in knowledge.places or t.low in knowledge.countries \
            or (n > 0 and tokens[n - 1].text in knowledge.words.prepositions):
        return True
    after = tokens[n + 1] if n + 1 < len(tokens) else None
    if after is None or after.start != t.end + 1:
        return False
    words = knowledge.words
    return after.low in words.speaker_heads or after.low in words.staff \
        or (after.text[:1].isupper() and after.low not in words.sentence_openers)


def _surname_tokens(tokens: list[Token], people: dict[str, Actor | None]) -> list[int]:
    """Give the tokens that may be a surname of ``people`` (keyed by ``surname_index``): the
    surname as written or in the possessive, and any word with a hyphen third, which may be
    one with an Arabic article joined to it ("al-Maliki"): a superset of the tokens
    ``surname_index`` keys to one of them, found in one pass with no call per token."""
    forms = set(people) | {f"{key}{end}" for key in people for end in POSSESSIVE_ENDINGS}
    # a hyphen looked for before the slice: most words hold none
    return [n for n, t in enumerate(tokens)
            if t.text in forms or ("-" in t.text and t.text[2:3] == "-")]


def _honorific_before(tokens: list[Token], n: int, honorifics: frozenset[str]) -> int:
    """Give where a surname at token n begins with the honorific before it ("Mr. Romney's":
    "assertions about Mr. Romney's taxes" is after a preposition), else where it stands."""
    for k in (n - 2, n - 1):
        if k >= 0 and tokens[k].low in honorifics \
                and all(tokens[j].text == "." for j in range(k + 1, n)):
            return tokens[k].start
    return tokens[n].start


def _after_name_word(tokens: list[Token], n: int, knowledge: Knowledge) -> bool:
    """Tell whether token n comes right after a capitalised word that no sentence opens with,
    one space between: a name's last word ("Woodward County"; not "But Clinton")."""
    before = tokens[n - 1] if n > 0 else None
    return before is not None and before.end + 1 == tokens[n].start \
        and before.text[:1].isupper() and before.low not in knowledge.words.sentence_openers


# An honorific and a surname in running text: "Ms. Olsen met Tom Reyes"
# ("Mr. Romney’s speech" is no subject: a possessive is left out). The word boundary before
# the honorific is asked after its capital ("(?<!\w[A-Z])"): a pattern that opens with a
# character class lets the engine skip to the next capital, one that opens with an assertion
# is tried at every position (2x the time; the same matches)
_HONOURED = re.compile(r"(?P<honorific>[A-Z](?<!\w[A-Z])[a-z]{1,4})\.?\s+"
                       r"(?P<surname>[A-Z][\w-]*(?:[’'][A-Z][\w-]*)?)(?![\w’'])")


def _note_honoured(resolver: Resolver, body: str, named: list[Named],
                   raw: tuple[RawQuote, ...], knowledge: Knowledge) -> None:
    """Note every "Ms. Olsen" or "Mr. Reyes" no name read covers, as the person of that
    surname named before (or the surname alone), so that a pronoun can find the woman or man
    the honorific says."""
    starts = [span[0] for span, _, _ in named]
    people: dict[str, Actor] = {}  # the person named in full anywhere, by surname
    speakers = [resolver.read(rq.speaker.text).actor for rq in raw if rq.speaker]
    for actor in [a for _, _, a in named] + speakers:
        if actor is not None and actor.kind == "person" and " " in actor.name:
            people.setdefault(surname_index(surname_word(actor.name)), actor)
    for m in _HONOURED.finditer(body):
        honorific = m["honorific"].lower()
        if honorific not in knowledge.words.gender_words \
                or honorific not in knowledge.words.honorifics:
            continue
        k = bisect_right(starts, m.start()) - 1
        if k >= 0 and m.start() < named[k][0][1]:
            continue  # part of a name read already
        surname, gender = m["surname"], knowledge.words.gender_words[honorific]
        person = resolver.last_of_gender(surname, m.start(), gender) \
            or _fitting(people.get(surname_index(surname)), resolver.of_gender(gender)) \
            or Actor(surname, "person", "unknown")
        resolver.note(m.start(), person, mention=m.group(0))


def _fitting(actor: Actor | None, fits: Fits | None) -> Actor | None:
    """Give an actor where it passes a test (or there is none), else None."""
    return actor if actor is None or fits is None or fits(actor) else None


# What may stand between two people named together: " and ", or a party tag or a short
# apposition set off by commas and then "and" ("Johnny Isakson, R-Ga., and Tester"); before
# "and" where the first is from ("Rep. Ann Roe of Ohio and Rep. Tom Reyes"), after it what the
# second is to the first, set off by a comma ("Ann Roe and her deputy, Rep. Tom Reyes"), and
# the capitalised words of a title's body ("Ann Roe and House Rules Committee Chairman Tom
# Reyes": the mention starts at the title)
_FROM_PLACE = r"(?:\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?"
_TITLE_BODY = r"(?:[A-Z][\w.&’'-]*\s+){0,4}"
_BETWEEN_PAIR = re.compile(
    _FROM_PLACE + r"(?:,[^,;:.\n]{1,40}(?:\.[^,;:\n]{0,10})?,)?\s+and\s+"
    r"(?:(?:his|her|their)(?:\s+[a-z-]+){1,3},\s+)?" + _TITLE_BODY)


# What stands between two people of a list before its last two: "Rand Paul, Mike Lee and ...",
# "Mitt Romney of Utah, Susan Collins of Maine and ...", "Boston Mayor Ann Roe, Chicago Mayor
# Tom Reyes and ..."
_BETWEEN_LISTED = re.compile(_FROM_PLACE + r",\s+" + _TITLE_BODY)

# What stands before the last of three or more people listed with a serial comma: "Ann Roe,
# Bo Li, and Tom Reyes" (a comma before "and" between two people alone is read as no pair:
# "the bill Ann Roe wrote, and Tom Reyes voted against it")
_BETWEEN_SERIAL = re.compile(_FROM_PLACE + r",\s+and\s+" + _TITLE_BODY)


def _note_pairs(resolver: Resolver, body: str, named: list[Named]) -> None:
    """Note people named together ("Tom Reyes and Maria Olsen wrote ...", "Johnny Isakson,
    R-Ga., and Tester", "Ana Ruiz, Bo Li and Tom Reyes") as one group, which a later "they"
    or "the senators" may point to."""
    people = [s for s in resolver.memory.seen if s.actor.kind == "person" and not s.quoted]
    run: list[Seen] = []  # the people listed so far, joined by commas
    for a, b in pairwise(people):
        link = _link(body, a, b)
        if link is None:
            run = []
            continue
        if link == "serial" and not run:
            continue
        run = (run or [a]) + [b]
        if link in ("and", "serial"):
            resolver.note(run[0].pos, joint_of([s.actor for s in run]),
                          mention=body[run[0].pos:b.pos])
            run = []


def _link(body: str, a: Seen, b: Seen) -> str | None:
    """Tell how two people named one after the other are joined: "and" (the last two of a
    list), "serial" (the last two of a list after a comma), "comma" (inside a list), or None."""
    surname = a.actor.name.split()[-1]
    end = body.find(surname, a.pos, b.pos)
    if end < 0 or a.actor.name == b.actor.name:
        return None
    end += len(surname)
    if _BETWEEN_PAIR.fullmatch(body, end, b.pos):
        return "and"
    if _BETWEEN_SERIAL.fullmatch(body, end, b.pos):
        return "serial"
    return "comma" if _BETWEEN_LISTED.fullmatch(body, end, b.pos) else None


def _with_apposition(actor: Actor, written: str, knowledge: Knowledge) -> Actor:
    """Take the role and organisation from an apposition: "Justin Bronk, a senior research ..."."""
    if ", a " not in written or actor.role:
        return actor
    role = written.split(", a ", 1)[1]
    # what the person is now, not what they were: "a congressman and former chief executive"
    role = re.split(r"(?:,|\s+and)\s+(?:an?\s+)?former\s", role)[0]
    org_name = None
    for prep in (" at the ", " at ", " with the ", " for the ", " of the ", " for ", " of ",
                 " to the ", " to "):
        if prep in role:
            role, org_name = role.split(prep, 1)
            break
    described = read_mention(f"{org_name} {role}" if org_name else role, knowledge).actor
    org = knowledge.organisations.get(org_name.lower()) if org_name else None
    type_ = actor.type
    if described is not None and described.type != "unknown":
        type_ = described.type
    if org is None and org_name and _company(org_name, knowledge):
        type_ = "business"  # "a spokeswoman for Orbital Software Inc."
    country = actor.country or (org.country if org else None) or (
        described.country if described else None)
    return Actor(actor.name, actor.kind, type_, role.strip(),
                 org.name if org else org_name, country)


def _company(name: str, knowledge: Knowledge) -> bool:
    """Tell whether a name ends in a company's legal form ("Inc.", "Ltd", "LLC")."""
    words = name.replace(",", " ").replace(".", " ").lower().split()
    return bool(words) and words[-1] in knowledge.words.company_suffixes


def _resolve_metonymy(speakers: list[Actor | None]) -> list[Actor | None]:
    """Read a country quoted as a speaker ("Russia ... noting that") as the one government body
    of that country quoted in the same article, where there is exactly one (a campaign or a
    party is no government body: "the U.S. blamed Moscow" is not the Trump campaign)."""
    bodies: dict[str, set[Actor]] = defaultdict(set)
    for a in speakers:
        if a and a.kind == "organisation" and a.country and a.name != a.country \
                and a.type != "party":
            bodies[a.country].add(a)
    out = []
    for a in speakers:
        if a and a.kind == "organisation" and a.name == a.country and len(bodies[a.name]) == 1:
            a = next(iter(bodies[a.name]))
        out.append(a)
    return out


def _one_form(speakers: list[Actor | None]) -> list[Actor | None]:
    """Give one person's quotes one name: a speaker named by a nickname before the article
    writes the formal form ("Alex Vindman ... Alexander Vindman said") takes the formal form,
    where every full name of that surname among the speakers is one person's."""
    people: dict[str, list[Actor]] = defaultdict(list)
    for a in speakers:
        if a is not None and a.kind == "person" and " " in a.name:
            people[surname_index(surname_word(a.name))].append(a)
    rename: dict[str, Actor] = {}
    for group in people.values():
        names = {a.name: a for a in group}
        if len(names) < 2 or not all(same_person(x, y) for x in names for y in names):
            continue
        for name in names:
            formal = [b for b in names.values() if formal_form(b.name, name)]
            if len(formal) == 1:
                rename[name] = formal[0].fill(names[name])
    return [rename.get(a.name, a) if a is not None and a.kind == "person" else a
            for a in speakers]


def _label_name(label: str) -> str:
    """Give a turn's label in capitals as a name is written ("SEN. TOM O’NEIL" -> "Sen. Tom
    O’Neil", "JOHN McCABE" -> "John McCabe"), so that it reads as the same person named in
    the article."""
    return " ".join(_MC.sub(lambda m: m[1] + m[2].title(), w) if _MC.match(w)
                    else w.title() if len(w) > 1 else w for w in label.split())


# a surname's prefix the label keeps in mixed case: "McCABE", "MacLEOD"
_MC = re.compile(r"(Mc|Mac)([A-Z].*)")
