"""Reported content: the clause a cue reports, before or after it, and the quote it makes."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Set

from reportgen.analyze.quotes.cues import cue_at, is_adverb
from reportgen.analyze.quotes.found import TAKEN, Marked, Mention, RawQuote, Taken
from reportgen.analyze.quotes.frame import Frame
from reportgen.analyze.quotes.marks import MAX_TITLE_WORDS, TITLE_WORD, embedded_title, title_cased
from reportgen.analyze.text import is_capitalized
from reportgen.knowledge import Cue, Knowledge
from reportgen.knowledge.words import POSSESSIVE_ENDINGS
from reportgen.models import Span
from reportgen.punctuation import QUOTE_EDGES

# Words that join two verbs or two nouns: a reported clause never opens with one.
_COORDINATORS = frozenset({"and", "or", "nor"})


def content_after(frame: Frame, j: int, that: bool, cue: Cue) -> Span | None:
    """Give the reported clause that starts at token j (after "that" when ``that``)."""
    toks, words = frame.tokens, frame.words
    if j >= len(toks):
        return None
    first = toks[j]
    if first.low in _COORDINATORS and j > 0 and toks[j - 1].text not in ",;—–-":
        return None  # "reported and wrote from Lima", "told lawmakers and staff that": a
        # second verb or the rest of a coordinated object, never the clause the cue reports
        # (after a comma it goes on: "Prices rise, Vale said, and wages lag")
    if not that and not _may_open_clause(frame, j, cue):
        return None
    if not that and _opens_participle_cue(frame, j):
        return None  # "fired back, calling him ...": the participle's own cue reports it
    if not that and (cue.takes_object or cue.lemma in words.object_prone) \
            and _owned_claim(frame, j):
        return None  # "mocked her claim that “…”": the claim's owner said it (a cue that
        # takes no object reports the claim's clause: "said the claim that ... was a “lie”")
    end = _second_statement(frame, j)
    while end > j and toks[end - 1].text in ".!?;:,":
        end -= 1
    if end - j < 3:
        return None
    if not that and first.low != "to" and not cue.takes_object and \
            cue.lemma in words.object_prone and not _has_verb(frame, j, end):
        return None  # "announced its retreat": an object, not a reported clause
    return toks[j].start, toks[end - 1].end


# words between the start of an object and an attribution noun: "her repeated claim"
_CLAIM_REACH = 4


def _owned_claim(frame: Frame, j: int) -> bool:
    """Tell whether an object that starts at token j is an attribution noun with its owner
    and a "that" clause that ends the sentence in a quotation: 'mocked her claim that “…”',
    'dismissed the mayor's warning that “…”' (not 'said her claim that “…” was false', a
    clause of its own)."""
    toks, words = frame.tokens, frame.words
    for k in range(j, min(len(toks) - 1, j + _CLAIM_REACH)):
        possessive = toks[k].text.endswith(POSSESSIVE_ENDINGS)
        if frame.inq[k] or not (toks[k].text.isalpha() or possessive):
            return False
        if k > j and toks[k].low in words.attribution_nouns:
            owned = toks[k - 1].low in words.determiners \
                or toks[k - 1].text.endswith(POSSESSIVE_ENDINGS) or toks[j].low in words.determiners
            return owned and toks[k + 1].low == "that" and _ends_in_quotation(frame, k + 1)
    return False


def _ends_in_quotation(frame: Frame, k: int) -> bool:
    """Tell whether the sentence after token k ends in a quotation, but for punctuation."""
    toks = frame.tokens
    end = len(toks)
    while end > k and toks[end - 1].text in ".!?;:,”’\"'" and not frame.inq[end - 1]:
        end -= 1
    return end > k + 1 and frame.inq[end - 1]


def _may_open_clause(frame: Frame, j: int, cue: Cue) -> bool:
    """Tell whether the word at token j, right after a cue (no "that"), may open its reported
    clause."""
    words = frame.words
    low, text = frame.tokens[j].low, frame.tokens[j].text
    if text in ".,;:!?)" or (low in words.not_clause and not cue.takes_object
                             and not _no_subject(frame, j)) \
            or low in words.particles:
        return False  # "called off the hearing": another verb, no object said
    if low in words.aux_verbs:
        return False  # "Everything Trump says is a lie": the cue sits in a relative clause
    return not (low == "to" and cue.lemma not in words.infinitive_cues and not cue.takes_object)


def _no_subject(frame: Frame, j: int) -> bool:
    """Tell whether a "no" at token j opens the subject of the reported clause, a noun and
    then a verb ("said no one would agree", "said no decision has been made"), not the word
    said ("said no to the plan", "said no, firmly", "said no and sent it back")."""
    toks, words = frame.tokens, frame.words
    if toks[j].low != "no" or j + 2 >= len(toks) or frame.inq[j + 1] or frame.inq[j + 2]:
        return False
    noun, verb = toks[j + 1], toks[j + 2]
    return noun.text.isalpha() and noun.text.islower() and noun.low not in words.not_clause \
        and noun.low not in _COORDINATORS \
        and (noun.low == "one" or noun.low not in words.determiners) and (
            verb.low in words.aux_verbs or verb.low in words.irregular_past)


def _opens_participle_cue(frame: Frame, j: int) -> bool:
    """Tell whether a speech cue in -ing opens a clause after a comma or a dash at token j:
    ", saying", "– calling"."""
    toks = frame.tokens
    cue = frame.knowledge.cues.get(toks[j].low)
    return j > 0 and toks[j - 1].text in (",", "—", "–", "-") and toks[j].low.endswith("ing") \
        and cue is not None and cue.speech


def _second_statement(frame: Frame, j: int) -> int:
    """Give where a reported clause from j ends: at a second statement of its own, else at
    the frame's end."""
    k = bisect_left(frame.statements, j + 1)
    if k < len(frame.statements) and frame.statements[k] <= len(frame.tokens) - 2:
        return frame.statements[k]
    return len(frame.tokens)


def _has_verb(frame: Frame, j: int, end: int) -> bool:
    """Tell whether a clause holds a finite verb in its first words (a rough test, no tagger)."""
    toks, words = frame.tokens, frame.words
    if toks[j].low in words.pronouns or toks[j].low == "there":
        return True  # a clause that opens with its subject pronoun
    if toks[j].low.endswith("ing") and len(toks[j].low) > 4:
        return True  # a gerund: "reported raising $9 million"
    for k in range(j, min(end, j + 16)):
        w = toks[k].low
        if frame.inq[k]:
            return True
        if w in words.aux_verbs or w in words.irregular_past or w.endswith(("ed", "n't")) \
                or "’" in w[1:] or "'" in w[1:]:
            return True
        if w.endswith("s") and k > j and (
                toks[k - 1].low in words.pronouns or is_capitalized(toks[k - 1].text)
                or toks[k - 1].low in words.speaker_heads or toks[k - 1].text == "."):
            return True
    return False


def clause_start(frame: Frame, comma: int) -> int:
    """Find where the reported clause before ", X said" starts: the frame's start, or after
    ", though", ", while" and the like."""
    k = bisect_right(frame.openers, comma - 1)
    return frame.openers[k - 1] + 1 if k else 0


def reported(frame: Frame, content: Span, speaker: Mention | None, cue_m: Mention, cue: Cue,
             claimed: Set[Marked]) -> RawQuote | Taken:
    """Make the quote of reported content, taking the quotations inside it (mixed speech);
    TAKEN when one of them is attributed already."""
    s, e = content
    held = tuple(q for q in frame.quotes[bisect_left(frame.quote_starts, s):
                                         bisect_right(frame.quote_starts, e)]
                 if (q[-1][1] <= e + 1 or _goes_on(frame.text, q, e))
                 and not _named_title(frame, q, cue))
    owned = next(((q, w) for q in held if (w := embedded_owner(frame, q, s)) is not None
                  and not _same_speaker(frame, w, q, speaker)), None)
    if owned is not None:
        return _without_embedded(frame, content, owned, speaker, cue_m, cue, claimed)
    if any(q in claimed for q in held):
        return TAKEN
    # a term the clause names is nobody's words: the clause stays, as reported speech
    unnamed = tuple(q for q in held
                    if not named_term(frame, q) and not _names_a_kind(frame, q, cue))
    # a name that qualifies a noun is nobody's words either, but the quote still takes its
    # marks: no other cue of the sentence reports them again
    inner = unnamed if cue.lemma in frame.words.naming_cues else tuple(
        q for q in unnamed if not name_before_noun(frame.text, q, frame.knowledge))
    if len(inner) == 1 and cue.takes_object and _object_then_quotation(frame, content, inner):
        # "lampooned him as “a clown”": the words are the quotation, not "him as ..."
        return RawQuote(tuple(p for q in inner for p in q), "direct", speaker, cue_m, cue,
                        marked=inner)
    kind = "mixed" if inner else "indirect"
    later = tuple(p for q in inner for p in q[1:])  # the paragraphs a quotation goes on over
    return RawQuote(((s, max(e, *(q[0][1] for q in inner)) if inner else e), *later), kind,
                    speaker, cue_m, cue, absorbed=tuple(p for q in inner for p in q),
                    marked=unnamed)


def _named_title(frame: Frame, q: Marked, cue: Cue) -> bool:
    """Tell whether a quotation in reported content names a title, which the frame reads as
    words (marks.embedded_title): a show, a book, a film, a bill or a campaign named in the
    clause ("told CBS' “Face the Nation” that", "said on “Morning Edition Weekly” the vote
    ...", "her book “Harbour Lights” describes ..."), nobody's quotation. Not words all in
    capitals ("urged people to “READ THE PLAN.”": a shout, a tweet) or opening in lower case
    ("a mayor for “all Harbourites”": the short words of her phrase), nor what a naming cue
    reports ("what Ann Vale calls the “Harbour Cartel”": her name for it)."""
    if cue.lemma in frame.words.naming_cues \
            or not embedded_title(frame.text, q, frame.span[0]):
        return False
    quoted = "".join(frame.text[a:b] for a, b in q)
    first = quoted.lstrip(QUOTE_EDGES)[:1]
    return quoted != quoted.upper() and (first.isupper() or first.isdigit())


def named_term(frame: Frame, q: Marked) -> bool:
    """Tell whether a quotation in reported content is a term a word before it names, nobody's
    words: 'said the so-called “deep state” leaks', 'urged a ban on the term “alien”', 'said
    the group known as “Harbour Watch” would sue', 'wrote about a plan later dubbed “the
    swap”' (a naming participle with no one who names: after "is", "was", "be" or an adverb
    after them, or a noun after "a"). Not after a verb of using words ("used the word “…”":
    the subject's, ``patterns.used_words``), nor where someone names it ("what he called “…”",
    "which critics dubbed “…”": a characterisation the sets count as that speaker's words)."""
    toks, words = frame.tokens, frame.words
    k = frame.first_at(q[0][0]) - 1
    first, end = k + 1, min(len(toks), frame.first_at(q[0][1]))
    while first < end and not toks[first].text[:1].isalnum():
        first += 1  # past the opening mark
    if first >= end or toks[first].low in words.prepositions:
        return False  # 'will be named “in short order”': an adverbial, no term
    if k > 0 and toks[k].low in ("a", "an", "the") and not frame.inq[k]:
        k -= 1  # "dubbed a “…”", "called the “…”"
    elif k > 0 and toks[k].text == "," and toks[k - 1].low in words.term_namers \
            and not toks[k - 1].low.endswith("ed"):
        k -= 1  # "his catchphrase, “…”"
    if k < 0 or frame.inq[k]:
        return False
    low = toks[k].low
    if low == "as":
        return k > 0 and toks[k - 1].low in words.term_as_namers
    if low not in words.term_namers:
        return False
    if not (low.endswith("ed") and low.isalpha()):  # a noun, or "so-called"
        before = toks[k - 1].low if k > 0 else ""
        if (before in words.demonstratives and "-" not in low) or before in ("a", "an"):
            return False  # "sorry if that phrase “offended” anyone", "a word “misused”":
            # the noun is no apposition naming the words in marks
        return not (before in words.determiners and k >= 2
                    and toks[k - 2].low in words.word_use_verbs)
    after = frame.first_at(q[-1][1])
    if after < len(toks) and toks[after].low == "by":
        return False  # 'has been called “unconstitutional” by critics': their word
    j = k - 1
    while j >= 0 and (is_adverb(toks[j].text, words) or toks[j].low in words.time_words):
        j -= 1  # "was later dubbed", "is officially called"
    return j >= 0 and (toks[j].low in words.aux_passive or _named_thing(frame, k))


def name_before_noun(text: str, q: Marked, knowledge: Knowledge) -> bool:
    """Tell whether a quotation is a name in title case, two words or more, right before a
    noun it qualifies: a show's, a campaign's, a product's or an event's name the writer's
    sentence uses as a modifier ('all six “Harbour Patrol” movies', 'the famed “Pies and
    Politics” speaking series', 'an “America First” trade policy'), nobody's words. Not
    words all in capitals ("a “BIG WIN” night": a shout), one word ('“Antifa” ties'), words
    that end in punctuation (the clause goes on), a quotation a word after it takes on
    (``noun_after``: "“Repeal the Tax” or else", "“Vote Them Out” said the sign"), nor a
    name someone gives it a few words before ("what he called a juggernaut “Death Star”
    campaign", "called it a “Hotel California” deal": the speaker's words; a naming cue's own
    clause keeps its quotations as well)."""
    if len(q) != 1:
        return False
    quoted = text[q[0][0]:q[0][1]]
    words = TITLE_WORD.findall(quoted)
    return 2 <= len(words) <= MAX_TITLE_WORDS and quoted != quoted.upper() \
        and title_cased(words) and any(w[0].isupper() for w in words) \
        and _opens_noun_phrase(text, q[0][0], knowledge) and noun_after(text, q, knowledge) \
        and not _named_before(text, q[0][0], knowledge)


# the words before a name in marks that a naming word may stand among: "called it a big"
_NAMING_REACH = 4


def _named_before(text: str, start: int, knowledge: Knowledge) -> bool:
    """Tell whether a naming word (a naming cue in any form, "so-called", "dubbed") stands
    among the few words before a quotation starting at ``start``, in its clause."""
    words = knowledge.words
    for w in reversed(TITLE_WORD.findall(text, max(0, start - _BEFORE_REACH), start)
                      [-_NAMING_REACH:]):
        low = w.lower()
        cue = knowledge.cues.get(low)
        if low in words.term_namers or (cue is not None and cue.lemma in words.naming_cues):
            return True
    return False


# the word right before a quotation's opening mark
_WORD_BEFORE = re.compile(r"([\w’'-]+)[ \t\xa0]*$")
# how far back the word before an opening mark is looked for
_BEFORE_REACH = 40


def _opens_noun_phrase(text: str, start: int, knowledge: Knowledge) -> bool:
    """Tell whether the word before a quotation starting at ``start`` stands inside the noun
    phrase the quotation qualifies: a determiner, a number, a possessive or a lower-case
    modifier ("the famed", "all six", "the 2005", "the town's", "a big"), not a verb that
    takes the quotation as its object or its subject ("chanting", "boasts that"), a
    preposition, a pronoun or a word that joins clauses."""
    m = _WORD_BEFORE.search(text, max(0, start - _BEFORE_REACH), start)
    if m is None:
        return False
    word, words = m[1], knowledge.words
    low = word.lower()
    if low in words.determiners or low in words.number_words or word.isdigit() \
            or low.endswith(POSSESSIVE_ENDINGS):
        return True
    return word.islower() and not (
        low in knowledge.cues or low in words.object_prepositions
        or low in words.oblique_prepositions or low in words.aux_verbs or low in words.pronouns
        or low in words.relative_pronouns or words.links_clauses(low) or low.endswith("ly"))


# the word right after a quotation's closing mark, in the same clause
_NEXT_WORD = re.compile(r"[ \t\xa0]+([a-z][a-z-]*)\b")
# words after a quotation that go on a clause, not a noun the quotation modifies (with the
# prepositions, subordinators and connectives of words.tsv)
_CLAUSE_WORDS = frozenset({"and", "or", "nor", "in", "that", "which", "who", "if", "so",
                           "during", "under", "without", "across", "until", "like"})


def noun_after(text: str, q: Marked, knowledge: Knowledge) -> bool:
    """Tell whether a quotation of one part, ending in no punctuation, stands right before a
    lower-case word that is no word going on a clause (a preposition, a subordinator, a
    connective, an auxiliary, a pronoun, a time word, a cue, a verb in -ed, an adverb): a
    noun it qualifies ('the “endless war” trope', '“non-violent” crime')."""
    if len(q) != 1 or text[q[0][1] - 2] in ",.;:!?":
        return False
    m = _NEXT_WORD.match(text, q[0][1])
    if m is None:
        return False
    w, words = m[1], knowledge.words
    return not (w in _CLAUSE_WORDS or w in words.object_prepositions
                or w in words.oblique_prepositions or words.links_clauses(w) or w in words.aux_verbs
                or w in words.pronouns or w in words.time_words or w in knowledge.cues
                or w.endswith(("ed", "ly")))


# the most words a term before the noun of its kind holds: "the “raise to speak” feature"
_KIND_TERM_WORDS = 3


def _names_a_kind(frame: Frame, q: Marked, cue: Cue) -> bool:
    """Tell whether a quotation in reported content is a term that names a kind of rule,
    plan or label, the noun of the kind right after it: 'said the “stand your ground” law
    is flawed', 'urged an “assault weapon” ban', 'told a “Morning Joe” interview'. Not a
    lone lower-case word ("the “cruel” ban": the speaker's), nor words opening with an
    adverb ("a “deeply flawed” law") or joined by "and" or "or", nor a quotation that ends
    in punctuation (its clause goes on), nor what a naming cue reports ("calling it a “must
    see” interview": the speaker's words)."""
    toks, words = frame.tokens, frame.words
    if len(q) != 1 or frame.text[q[0][1] - 2] in ",.;:!?" or cue.lemma in words.naming_cues:
        return False
    after = frame.first_at(q[0][1])
    if after >= len(toks) or frame.inq[after] or toks[after].low not in words.term_kinds \
            or toks[after].text != toks[after].low:
        return False
    inside = [t for t in toks[frame.first_at(q[0][0]):after] if t.text[:1].isalnum()]
    if not inside or len(inside) > _KIND_TERM_WORDS \
            or any(t.low in ("and", "or") for t in inside) \
            or is_adverb(inside[0].text, words) or inside[0].low in words.degree_words:
        return False
    return len(inside) > 1 or not inside[0].text.isalpha() or not inside[0].text.islower()


# words between "a" and a naming participle: "a new campaign coalition called"
_NAMED_THING_REACH = 4


def _named_thing(frame: Frame, k: int) -> bool:
    """Tell whether the naming participle at token k follows a thing's noun after "a" and
    a few modifiers: "a movie called", "a new campaign coalition called" (not "what they
    called", "a process he has called": a subject names it; nor "a lawyer called": a role)."""
    toks, words = frame.tokens, frame.words
    head = toks[k - 1]
    if not head.text.islower() or head.low in words.anonymous_heads \
            or head.low in frame.knowledge.titles:
        return False
    m = k - 1
    while m >= 0 and k - m <= _NAMED_THING_REACH and toks[m].low not in ("a", "an"):
        w = toks[m]
        if frame.inq[m] or not w.text.replace("-", "").isalpha() or w.low in words.pronouns \
                or w.low in words.aux_verbs or w.low in words.determiners \
                or w.low in words.prepositions or w.low in words.relative_pronouns \
                or w.low == "what":
            return False
        m -= 1
    return m >= 0 and toks[m].low in ("a", "an") and not frame.inq[m]


def _goes_on(text: str, q: Marked, e: int) -> bool:
    """Tell whether a quotation opened in reported content ending at e goes on over the next
    paragraphs ('said that "it takes time ...¶"To make sure ...¶"Sanctions are ..."'): its
    first part ends in the content and its last closes its paragraph, with no attribution
    of its own after it ('“I get great intel,” the president said' is a new quote)."""
    if len(q) < 2 or q[0][1] > e + 1:
        return False
    end = text.find("\n", q[-1][1])
    return not text[q[-1][1]:len(text) if end < 0 else end].strip(" \t\xa0.,;:!?\"”’'")


def _object_then_quotation(frame: Frame, content: Span, inner: tuple[Marked, ...]) -> bool:
    """Tell whether reported content is an object and then, after "as", the quotation that
    says what it is ("him as “a clown”", "the plan as “a fantasy” on Monday"): a short
    phrase with no verb before, at most a short adverbial after. "called the plan “a
    disaster”" keeps its object: PolNeAR's annotators take it into the content."""
    toks, words = frame.tokens, frame.words
    a, b = frame.first_at(content[0]), frame.first_at(inner[0][0][0])
    after = frame.first_at(inner[-1][-1][1])
    tail = [t for t in toks[after:frame.first_at(content[1])] if t.text not in ".,;:!?”’\"'"]
    if not 2 <= b - a <= 6 or len(tail) > 3 or toks[b - 1].low != "as":
        return False
    return not any(frame.inq[k] or toks[k].low in words.aux_verbs or toks[k].low == "that"
                   or toks[k].text in ",;:" for k in range(a, b))


# the words that open a clause whose speaker and cue report a quotation inside someone
# else's reported content: "the fund, which Smith said would bring “…”", "in what one aide
# called the “…”", "an event that Carson says “…”"
_EMBEDDING = frozenset({"which", "that", "what", "whom"})
# tokens from the embedded cue to its quotation ("would deliver", "as the"), and from the
# opening word to the cue (the embedded speaker)
_EMBEDDED_CUE_REACH = 4
_EMBEDDED_SPEAKER_REACH = 6


def embedded_owner(frame: Frame, q: Marked, lo: int) -> int | None:
    """Give the token that opens a relative clause with a speaker and a cue of its own that
    report quotation q, when that clause stands inside content starting at character lo:
    'Jones said the fund — which Smith said would bring “$5 billion” — was too small' (the
    words are Smith's). Not at the content's first word ("said that Smith called it “…”":
    the relayed quotation is found at Smith's own cue), nor across punctuation ("the rule,
    which critics call unfair, “will stand”"), nor for a pronoun ("which he called “…”")."""
    toks, words = frame.tokens, frame.words
    qi, first = frame.first_at(q[0][0]), frame.first_at(lo)
    c = next((k for k in range(qi - 1, max(first, qi - 2 - _EMBEDDED_CUE_REACH), -1)
              if frame.inq[k] or toks[k].text in ",;:—–()" or cue_at(frame, k) is not None),
             None)
    if c is None or frame.inq[c] or toks[c].text in ",;:—–()":
        return None
    w = c - 1
    while w > first and c - w <= _EMBEDDED_SPEAKER_REACH and toks[w].low not in _EMBEDDING:
        if frame.inq[w] or not (toks[w].text.isalnum() or toks[w].low.endswith(POSSESSIVE_ENDINGS)):
            return None
        w -= 1
    speaker = toks[w + 1:c]
    if w <= first or toks[w].low not in _EMBEDDING or not speaker \
            or speaker[-1].low in words.pronouns or speaker[-1].low in words.aux_verbs:
        return None
    named = any(is_capitalized(t.text) or t.low in words.speaker_heads
                or t.low in words.group_heads for t in speaker)
    return w if named else None


def _same_speaker(frame: Frame, w: int, q: Marked, speaker: Mention | None) -> bool:
    """Tell whether the speaker of the relative clause opened at token w names the speaker
    of the content it stands in: "Sanders said ... an effort that Sanders said would make
    “…”" (one speaker: the quote is not cut)."""
    if speaker is None:
        return False
    names = {t.low for t in frame.tokens[w + 1:frame.first_at(q[0][0])]
             if is_capitalized(t.text)}
    return bool(names & {x.lower() for x in speaker.text.split()})


def _without_embedded(frame: Frame, content: Span, owned: tuple[Marked, int],
                      speaker: Mention | None, cue_m: Mention, cue: Cue,
                      claimed: Set[Marked]) -> RawQuote | Taken:
    """Make the quote of reported content without the relative clause (and its quotation)
    that another speaker owns: "the fund ... was too small" around "— which Smith said
    would bring “…” —". TAKEN when too little is left."""
    toks = frame.tokens
    q, w = owned
    a = w - 1
    while a >= 0 and (toks[a].text in ",—–(" or toks[a].low in ("in", "of", "to", "for")):
        a -= 1  # ", in what one aide called": the aside's punctuation and preposition
    b = frame.first_at(q[-1][1])
    if not frame.text[q[-1][0]:q[-1][1]].rstrip("\"”’'» ").endswith(","):
        while b < len(toks) and toks[b].text[:1].isalnum():
            b += 1  # 'in what one aide called the “wait and see” strategy': the clause's
    while b < len(toks) and toks[b].text in ",—–)":
        b += 1
    parts = [(content[0], toks[a].end)] if a >= frame.first_at(content[0]) else []
    if b < len(toks) and toks[b].start < content[1]:
        parts.append((toks[b].start, content[1]))
    if not parts or sum(1 for t in toks if parts[0][0] <= t.start < parts[0][1]
                        and t.text[:1].isalnum()) < 2:
        return TAKEN
    pieces = [reported(frame, p, speaker, cue_m, cue, claimed) for p in parts]
    if any(not isinstance(p, RawQuote) for p in pieces):
        return TAKEN
    quotes = [p for p in pieces if isinstance(p, RawQuote)]
    if len(quotes) == 1:
        return quotes[0]
    kind = "mixed" if any(p.kind == "mixed" for p in quotes) else "indirect"
    return RawQuote(tuple(x for p in quotes for x in p.spans), kind, speaker, cue_m, cue,
                    absorbed=tuple(x for p in quotes for x in p.absorbed),
                    marked=tuple(x for p in quotes for x in p.marked))
