"""Step 3: attribution patterns, one pure function per pattern, tried in a stated order.

For each cue in a frame the speaker is found first (a ``Site``); then the patterns of
``PATTERNS`` are tried in order. Each gives a quote, TAKEN (it applies, but its quotation is
attributed already: no other pattern is tried), or None (it does not apply). "Asked
whether ..." and "according to X" are read by patterns of their own, before any cue.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence, Set
from itertools import islice

from reportgen.analyze.quotes.carriers import FIND, inscription, slogan, survey_head
from reportgen.analyze.quotes.content import (
    clause_start,
    content_after,
    embedded_owner,
    named_term,
    reported,
)
from reportgen.analyze.quotes.cues import (
    AS_OBJECT_REACH,
    AS_WORDS,
    TOPIC_OPENERS,
    belief_at,
    cue_at,
    denies,
    has_put_it,
    holds_topic,
    is_adverb,
    skip_after_cue,
    statement_phrase,
)
from reportgen.analyze.quotes.found import TAKEN, Claimed, Marked, Mention, RawQuote, Verdict
from reportgen.analyze.quotes.frame import Frame, Phrase
from reportgen.analyze.quotes.leftovers import modifies_a_noun
from reportgen.analyze.quotes.nouns import USE_WORDS, chanted_by, claim_that, owner_after
from reportgen.analyze.quotes.phrases import finite_verb, np_forward
from reportgen.analyze.quotes.sites import (
    DASHES,
    Site,
    after_someone,
    find_site,
    site_with_speaker,
)
from reportgen.analyze.tables import per_table
from reportgen.analyze.text import Token, is_capitalized
from reportgen.knowledge import Cue, Knowledge, Words
from reportgen.knowledge.words import POSSESSIVE_ENDINGS
from reportgen.punctuation import DOUBLE_MARKS


def attribute_frame(frame: Frame, claimed: Set[Marked]) -> tuple[RawQuote, ...]:
    """Find the attributed quotes of one frame, its cues in text order. ``claimed`` holds the
    quotations attributed before this frame; each quote found adds its own."""
    found: list[RawQuote] = []
    last_speaker: Phrase | None = None
    starts = pattern_starts(frame.knowledge)
    taken = Claimed(claimed)  # the frame's own quotes add theirs
    i = 0
    while i < len(frame.tokens):
        if frame.tokens[i].low not in starts:  # no pattern starts here (for speed)
            i += 1
            continue
        q, i, by_cue = _attribute_at(frame, i, taken, last_speaker)
        if q is None:
            continue
        found.append(q)
        taken.add(q.marked)
        if by_cue and q.speaker is not None:
            span = q.speaker.span
            last_speaker = frame.tokens[frame.first_at(span[0]):frame.first_at(span[1])]
    return tuple(found)


def pattern_starts(knowledge: Knowledge) -> frozenset[str]:
    """Give the words a pattern can start at: "asked", "according", the verbs of inscriptions,
    polls and documents, and the first word of each cue form ("pointed" of "pointed out");
    ``_attribute_at`` finds nothing at any other."""
    def build(knowledge: Knowledge) -> frozenset[str]:
        return frozenset({"in", *_starts_but_in(knowledge), *knowledge.words.word_nouns})
    return per_table("pattern starts", knowledge, build)


def _starts_but_in(knowledge: Knowledge) -> frozenset[str]:
    """Give the words a pattern can start at, "in" left out unless a word class holds it."""
    words = knowledge.words
    return frozenset({"asked", "according", "words", *words.inscription_verbs,
                      *words.survey_verbs,
                      *words.inscriptions, *words.attribution_nouns, *words.infinitive_nouns,
                      *words.document_verbs,
                      *words.chant_nouns,
                      *(form.split(" ")[0] for form in knowledge.cues),
                      *knowledge.as_cues})


def start_tokens(tokens: Sequence[Token], knowledge: Knowledge) -> list[int]:
    """Give the indexes of the tokens a pattern can start at (``pattern_starts``), in order.
    An "in" is one only where "in X's words" may follow (``in_words_of``) or it stands in
    "the in of" (which ``the_words_of`` reads as it reads "the words of"), unless a word
    class holds "in" too: a third of the start words of news text are an "in", and a frame
    built for one of them alone found nothing. A noun for words ("word", "term") is one
    only two words after a verb of using them ("used the word", ``used_words``)."""
    starts = pattern_starts(knowledge)
    others = per_table("pattern starts but in", knowledge, _starts_but_in)
    used = per_table("words used", knowledge, lambda k: k.words.word_nouns - others)
    uses = knowledge.words.word_use_verbs
    in_alone = "in" not in others
    return [k for k, t in enumerate(tokens)
            if t.low in starts and not (in_alone and t.low == "in" and not _in_may_start(tokens, k))
            and not (t.low in used and not (k >= 2 and tokens[k - 2].low in uses))]


def _in_may_start(tokens: Sequence[Token], k: int) -> bool:
    """Tell whether a pattern may start at the "in" at token k: a possessive and "words"
    within the next words ("in Ann Roe's words", as far as ``in_words_of`` looks), or "the"
    before it and "of" after it."""
    if 0 < k < len(tokens) - 1 and tokens[k - 1].low == "the" and tokens[k + 1].low == "of":
        return True
    return any(tokens[j].low.endswith(POSSESSIVE_ENDINGS) and tokens[j + 1].low == "words"
               for j in range(k + 1, min(len(tokens) - 1, k + 7)))


def _attribute_at(frame: Frame, i: int, claimed: Set[Marked],
                  last_speaker: Phrase | None) -> tuple[RawQuote | None, int, bool]:
    """Try the patterns at token i: give the quote found (or None), the token to go on from,
    and whether a cue's patterns found it."""
    toks = frame.tokens
    if toks[i].low == "asked" and not frame.inq[i]:
        q = asked(frame, i, claimed)
        if q is not None:
            return q, i + 1, False
    if toks[i].low == "according" and i + 1 < len(toks) and toks[i + 1].low == "to":
        return according_to(frame, i, claimed), i + 2, False
    if toks[i].low == "in" and (words_of := in_words_of(frame, i)) is not None:
        q = in_words(frame, i, words_of, claimed)
        if q is not None:
            return q, words_of + 2, False
    if toks[i].low == "told" and not frame.inq[i]:
        q = told_passive(frame, i, claimed)
        if q is not None:
            return q, i + 1, False
    carried = _carried(frame, i, claimed) or claim_that(frame, i, claimed) \
        or chanted_by(frame, i, claimed) or the_words_of(frame, i, claimed) \
        or named_by(frame, i, claimed) or used_words(frame, i, claimed)
    if carried is not None:
        return carried, i + 1, False
    hit = cue_at(frame, i) or belief_at(frame, i)
    if hit is None:
        return None, i + 1, False
    site = find_site(frame, i, hit[0], hit[1], last_speaker)
    q = attribute_cue(site, claimed)
    if q is not None and statement_phrase(frame, i) is not None and not _own_quoted(frame, q, i):
        q = None  # "was quick to point out that ...": only the subject's words in marks
    if q is not None and not hit[1].speech and not (q.marked and _believer(site)
                                                      and not has_put_it(frame)):
        q = None  # a belief reports only the words it holds in quotation marks, and a noun
    return q, hit[0] + 1, True  # in -s is no believer ("cold war fears that “…”")


def _believer(site: Site) -> bool:
    """Tell whether the subject of a verb of belief is someone: a pronoun, a name or a
    speaker noun ("Dana Pike believes", "he thinks", "officials fear"), not a phrase that
    runs into a clause ("that he thought") or a noun before a noun ("cold war fears")."""
    speaker, words = site.speaker, site.frame.words
    if not speaker or speaker[0].low == "that":
        return False
    last = speaker[-1]
    return last.low in words.pronouns or last.low in ("who", "which") \
        or is_capitalized(last.text) or last.low in words.speaker_heads


def _carried(frame: Frame, i: int, claimed: Set[Marked]) -> RawQuote | None:
    """Try the patterns of words a thing carries at token i: a sign's inscription, then a
    poll's finding (read as a cue whose speaker is the poll)."""
    q = inscription(frame, i, claimed) or slogan(frame, i, claimed)
    if q is not None:
        return q
    poll = survey_head(frame, i)
    if poll is None:
        return None
    q = attribute_cue(site_with_speaker(frame, i, i, FIND, poll), claimed)
    if q is None or _holds_cue(frame, q, i):
        return None  # "the poll showed 74 percent said ...": the respondents' cue reports it
    return q


def _own_quoted(frame: Frame, q: RawQuote, i: int) -> bool:
    """Tell whether a quote found at the cue at token i holds words in quotation marks that
    are its speaker's own: no other speech cue and no colon before them in its text ("was
    careful to note that in an interview, Ann Roe said “…”", "were quick to point out his
    threat: “…”" quote someone else)."""
    if not q.marked:
        return False
    first = q.marked[0][0][0]
    return not _holds_cue(frame, q, i) and ":" not in frame.text[q.spans[0][0]:first]


def _holds_cue(frame: Frame, q: RawQuote, i: int) -> bool:
    """Tell whether a speech cue other than the one at token i stands in a quote's text."""
    return any(k != i and not frame.inq[k] and cue_at(frame, k) is not None
               for a, b in q.spans for k in range(frame.first_at(a), frame.first_at(b)))


def attribute_cue(site: Site, claimed: Set[Marked]) -> RawQuote | None:
    """Try the patterns in order on a cue with a speaker; the first that applies decides."""
    if site.speaker is None:
        return None
    # "talked about" reports only the quotations in its topic
    for pattern in (topic_quotation,) if holds_topic(site.cue) else \
            (object_as_quotation,) if site.cue.as_only else \
            QUOTED_PATTERNS if site.cue.quoted_only else CLAUSE_PATTERNS:
        verdict = pattern(site, claimed)
        if verdict is not None:
            return verdict if isinstance(verdict, RawQuote) else None
    return None


def quote_before(site: Site, claimed: Set[Marked]) -> Verdict:
    """A quotation right before the speaker and cue: “…,” the ministry said. When it ends a
    reported clause (“high-value equipment,” …) the whole clause is the quote."""
    frame, toks = site.frame, site.frame.tokens
    q = frame.quote_closing_before(site.before, ",")
    if q is None or q in claimed:
        return None
    qi = frame.first_at(q[0][0])
    before = frame.text[frame.span[0]:q[0][0]].rstrip()
    if _words_before(frame, qi, 3) and len(q) == 1 and not before.endswith((".", "!", "?", ":")):
        start = clause_start(frame, qi)
        return _reported(site, (toks[start].start, q[-1][1]), claimed)
    return _direct(site, q)


def quote_after(site: Site, claimed: Set[Marked]) -> Verdict:
    """A quotation right after the cue: he said: “…”. When quoted words run on in the
    reported clause ('said that “we need more information” about how ...') the whole clause
    is the quote."""
    frame, toks, j = site.frame, site.frame.tokens, site.content
    q = frame.quote_at(j)
    if q is None:
        return None
    if q in claimed:
        return TAKEN
    k = j
    while k < len(toks) and frame.inq[k]:
        k += 1
    inside = frame.text[q[0][0]:q[-1][1]].rstrip("\"”’'» ")
    complete = inside.endswith((",", ".", "?", "!")) or (
        k + 1 < len(toks) and toks[k].low == "according")
    trailing = islice((t for t in toks[k:] if t.text[:1].isalnum()), 2)
    if len(q) == 1 and len(list(trailing)) >= 2 and not complete and not any(
            cue_at(frame, x) for x in range(k, min(len(toks), k + 4))):
        end = len(toks)
        while end > k and toks[end - 1].text in ".!?;:,":
            end -= 1
        start = toks[j - 1].start if site.that else q[0][0]
        return _reported(site, (start, toks[end - 1].end), claimed)
    return _direct(site, q)


def quotation_in_relative(site: Site, claimed: Set[Marked]) -> Verdict:
    """The quotation a cue in a relative clause reports, a few words after it: "the fund,
    which Smith said would bring “at least $5 billion”", "in what one aide referred to as
    the “wait and see” strategy" (``embedded_owner`` finds the clause)."""
    frame, toks = site.frame, site.frame.tokens
    if site.inverted or site.speaker is None:
        return None
    k = site.last + 1
    while k < len(toks) and k - site.last <= 5 and not frame.inq[k] \
            and toks[k].text not in ",;:—–()":
        k += 1
    q = frame.quote_at(k)
    if q is None or q in claimed or named_term(frame, q):
        return None  # "which he said would be called “…”": a name, nobody's words
    if _subject_gap(site):
        return _listed(site, q, claimed)
    w = embedded_owner(frame, q, frame.span[0])
    if w is None or w >= frame.index(site.speaker[-1]):
        return None
    return _direct(site, q)


def _subject_gap(site: Site) -> bool:
    """Tell whether a cue of a clause is followed at once by an auxiliary, the subject of
    its clause being the noun the cue's own clause describes: "projects that she said were
    “…”", "a man police said was “…”", "what it says are “…”", "a step they say could “…”"
    (whoever the relative clause's subject is said it). Such a clause never opens its
    sentence: "Marijuana charges are “…”", "The House answer would be “…”" hold a noun."""
    frame, toks, k, speaker = site.frame, site.frame.tokens, site.last + 1, site.speaker
    if not (not site.cue.takes_object and site.cue.speech and k < len(toks)
            and not frame.inq[k] and toks[k].low in frame.words.aux_verbs
            and toks[k].text[:1].isalpha() and toks[k].low not in ("be", "been")
            and speaker is not None and _names_someone(speaker[-1], frame.words)):
        return False
    s = frame.index(speaker[0])
    return speaker[0].low in frame.words.relative_pronouns or speaker[0].low == "what" or (
        s > 0 and not frame.inq[s - 1] and toks[s - 1].text[:1].isalnum())


def _names_someone(last: Token, words: Words) -> bool:
    """Tell whether the last word of a speaker mention may name who speaks: a pronoun, a
    name, a word for people or bodies, a document or a poll ("she", "Tom Reyes", "police",
    "the lawsuit"); not an adjective before a cue read as a noun ("his unremarkable
    comments are")."""
    low = last.low
    return (low in words.pronouns and low not in ("who", "which")) \
        or is_capitalized(last.text) or low in words.speaker_heads or low in words.group_heads \
        or low in words.documents or low in words.surveys


def _listed(site: Site, q: Marked, claimed: Set[Marked]) -> Verdict:
    """The quotation q with those a list joins to it ("are “false” and “unfair”"), as one
    quote of the site's cue."""
    last = _last_listed(site.frame, q, claimed)
    if last is q:
        return _direct(site, q)
    return _reported(site, (q[0][0], last[-1][1]), claimed)


def _words_before(frame: Frame, qi: int, n: int) -> bool:
    """Tell whether n words outside quotation stand before token qi."""
    found = 0
    for k in range(qi):
        if not frame.inq[k] and frame.tokens[k].text.isalnum():
            found += 1
            if found >= n:
                return True
    return False


def clause_before_inverted(site: Site, claimed: Set[Marked]) -> Verdict:
    """The clause before an inverted attribution: "…, said Robert Egge, executive director"."""
    frame, toks, i = site.frame, site.frame.tokens, site.i
    if not (site.inverted and i >= 4 and toks[i - 1].text in DASHES and not frame.inq[i - 2]):
        return None
    start = clause_start(frame, i - 1)
    if i - 1 - start < 3:
        return None
    return _reported(site, (toks[start].start, toks[i - 2].end), claimed)


def parenthetical(site: Site, claimed: Set[Marked]) -> Verdict:
    """An attribution set off inside the clause it reports: "Mrs. Clinton, these people
    said, would be open to ..."."""
    frame, toks, j = site.frame, site.frame.tokens, site.content
    if site.inverted or site.that or site.speaker is None or j >= len(toks):
        return None
    s_idx = frame.index(site.speaker[0])
    if not (j > 0 and toks[j - 1].text == "," and s_idx >= 2 and toks[s_idx - 1].text == ","):
        return None
    start = clause_start(frame, s_idx - 1)
    tail = content_after(frame, j, True, site.cue)
    if tail is None or s_idx - 1 - start < 1:
        return None
    q = _reported(site, (toks[start].start, tail[1]), claimed)
    if isinstance(q, RawQuote):
        q = RawQuote(((toks[start].start, toks[s_idx - 2].end), tail), q.kind, q.speaker, q.cue,
                     q.cue_info, absorbed=q.absorbed, marked=q.marked)
    return q


def clause_after(site: Site, claimed: Set[Marked]) -> Verdict:
    """The clause the cue introduces: "X said (that) ...", "said X, adding that ...". Not
    after a cue that ends an adverbial clause: "After the mayor spoke, Okafor said ..."."""
    if _ends_adverbial(site):
        return None
    content = content_after(site.frame, site.content, site.that, site.cue)
    if content is not None and (_in_aside(site) or _in_relative_aside(site)):
        content = _aside_content(site.frame, content)
    if content is not None:
        content = _in_relative_clause(site, _before_closing_dash(site, content))
    if content is None or _relays_quotation(site.frame, content) \
            or _relative_reports(site.frame, content) \
            or ((_adjunct_to_end(site.frame, site.frame.first_at(content[0]))
                 or _subordinate_after(site, site.frame.first_at(content[0])))
                and _clause_before(site) is not None and site.speaker is not None
                and site.speaker[-1].low not in site.frame.words.relative_pronouns):
        return None  # "…, the group said in court papers.", "…, Roe said as she left.": the
        # clause before is said
    return _reported(site, content, claimed)


# the prepositions of an adjunct that may end a sentence after its cue ("said in court
# papers", "tweeted at 10:38 a.m."); "on" only in "on condition of anonymity" (else it is
# the cue's own: "insist on being himself", "commented on the plan")
_ADJUNCT_PREPOSITIONS = frozenset({"in", "at", "during", "via", "through", "under"})
# how many words such an adjunct may take
_ADJUNCT_WORDS = 8


def _adjunct_to_end(frame: Frame, k: int) -> bool:
    """Tell whether the tokens from k to the frame's end are a short prepositional phrase and
    nothing else: "in court papers.", "on condition of anonymity." (not "at least 26 ...",
    nor a phrase holding a quotation or "that")."""
    toks = frame.tokens
    if k + 1 >= len(toks) or frame.inq[k] or toks[k + 1].low in ("least", "most") or not (
            toks[k].low in _ADJUNCT_PREPOSITIONS
            or (toks[k].low == "on" and toks[k + 1].low == "condition")):
        return False
    end = len(toks)
    while end > k and toks[end - 1].text in ".!?":
        end -= 1
    rest = toks[k:end]
    return 1 < len(rest) <= _ADJUNCT_WORDS and not any(frame.inq[x] for x in range(k, end)) \
        and all(t.low != "that" and t.text not in ",;—–\"“”" for t in rest) \
        and all(toks[x - 1].text.isdigit() for x in range(k, end) if toks[x].text == ":")


def _clause_before(site: Site) -> int | None:
    """Give the first token of the clause set off before the speaker ("The plan failed, the
    group said"), or None where there is none of three words or more."""
    frame, toks = site.frame, site.frame.tokens
    if site.inverted or site.speaker is None:
        return None
    s_idx = frame.index(site.speaker[0])
    if not (s_idx >= 3 and toks[s_idx - 1].text in DASHES) \
            or any(t.low in ("that", "which") for t in site.speaker):
        return None  # "…, something that Trump mocked": the clause is not what Trump says
    start = clause_start(frame, s_idx - 1)
    return start if s_idx - 1 - start >= 3 else None


def _relays_quotation(frame: Frame, content: tuple[int, int]) -> bool:
    """Tell whether a reported clause opens with someone else's speech cue and holds words
    in quotation marks: "The paper notes that Sgt. Ann Roe said that “…”", "According to the
    Ledger, Tom Reyes said the levee “…”": the quoted words are Roe's and Reyes's, read at
    their own cue."""
    start, end = frame.first_at(content[0]), min(frame.first_at(content[1]), len(frame.tokens))
    k = after_someone(frame, start)
    if k is None:
        return False  # "She said she recalls “…”": one speaker, named by the outer cue
    # "The Ledger reported that Alderman Tom Reyes, who has marched all week, told reporters
    # that “…”": a relative clause of "who" set off by commas stands before the cue
    k = _past_who_clause(frame, k, end) or k
    hit = cue_at(frame, k) if k < end else None
    quoted = next((x for x in range(hit[0] + 1, end) if frame.inq[x]), None) if hit else None
    if hit is None or quoted is None:
        return False
    # "recalled Mr. Obama talking about “Collapse,” a best seller": a title is no one's words
    return not holds_topic(hit[1]) or _topic_words(frame, quoted, frame.words)


# how many words a relative clause set off by commas inside a reported clause may take
_WHO_CLAUSE_WORDS = 20


def _past_who_clause(frame: Frame, k: int, end: int) -> int | None:
    """Give the token after a relative clause of "who" set off by commas at token k, before
    end ("Tom Reyes|, who has marched all week,| told"), or None where none stands there,
    or it holds a quotation or a mark other than its commas, or runs past _WHO_CLAUSE_WORDS
    words."""
    toks = frame.tokens
    if k + 2 >= end or toks[k].text != "," or toks[k + 1].low != "who" or frame.inq[k]:
        return None
    for m in range(k + 2, min(end, k + 2 + _WHO_CLAUSE_WORDS)):
        if frame.inq[m] or toks[m].text in ";:—–()":
            return None
        if toks[m].text == ",":
            return m + 1 if m + 1 < end else None
    return None


# how many words may stand between a relative pronoun and its clause's cue: "who then said"
_RELATIVE_CUE_REACH = 3


def _relative_reports(frame: Frame, content: tuple[int, int]) -> bool:
    """Tell whether a reported clause holds a clause with a subject of its own, a relative
    clause or "with X -ing" set off by a comma, or "what X calls", whose own cue reports the
    words in quotation marks that follow it, with no comma outside them between: "Reyes
    called out columnist Dana Pike, who called him a “paid shill,” by name", "Farmers
    criticised the bill, with Dana Pike warning that it would “…”", "the groups read the
    petition after reading what Pike calls “inoculations”": Pike's words, read at her own
    cue (not "Reyes said Pike, who spoke first, was “wrong”": the quotation stands after the
    relative clause)."""
    toks = frame.tokens
    start, end = frame.first_at(content[0]), min(frame.first_at(content[1]), len(toks))
    for k in range(max(start, 1), end):
        if frame.inq[k] or (toks[k - 1].text != "," and toks[k].low != "what"):
            continue
        m = _own_cue_at(frame, k, end)
        hit = cue_at(frame, m) if m is not None else None
        if hit is None:
            continue
        for x in range(hit[0] + 1, end):
            if frame.inq[x]:
                return True
            if toks[x].text in ",;:—–()":
                break
    return False


def _own_cue_at(frame: Frame, k: int, end: int) -> int | None:
    """Give where the cue of a clause with a subject of its own, opening at token k after a
    comma, may stand: after a relative pronoun and adverbs (", who then called"), after
    "with" and its noun phrase (", with Tom Reyes quipping"), after "what" and a name and
    auxiliaries ("what the Gazette has dubbed"); None for any other word."""
    toks = frame.tokens
    if toks[k].low in ("who", "which"):
        return _past_auxiliaries(frame, k + 1, end)
    if toks[k].low not in ("with", "what") or k + 1 >= end:
        return None
    np = np_forward(frame, k + 1)
    m = frame.index(np[-1]) + 1 if np else end
    if toks[k].low == "what":  # "after reading what Reyes calls “…”"
        return _past_auxiliaries(frame, m, end) if np and is_capitalized(np[-1].text) else None
    return m if m < end and toks[m].low.endswith("ing") else None


def _past_auxiliaries(frame: Frame, m: int, end: int) -> int | None:
    """Step from token m over a few auxiliaries and adverbs ("has long", "then") to where a
    cue may stand, before end."""
    start = m
    while m < end and m - start < _RELATIVE_CUE_REACH and not frame.inq[m] \
            and frame.tokens[m].low in frame.words.skip_before_cue:
        m += 1
    return m if m < end else None


def _in_aside(site: Site) -> bool:
    """Tell whether a cue in -ing opens an aside right after its subject: "The union,
    calling it a sham, walked out" (the subject's own verb comes after the aside)."""
    toks, i = site.frame.tokens, site.i
    return site.speaker is not None and not site.inverted and toks[i].low.endswith("ing") \
        and i >= 2 and toks[i - 1].text == "," and site.frame.index(site.speaker[-1]) == i - 2


def _in_relative_aside(site: Site) -> bool:
    """Tell whether a cue stands in a relative clause after its antecedent, "who" or
    "which": "Trump, who says the wall is needed, warned ...", "Max Fisher, the reporter who
    wrote the piece, told us ..." (the antecedent's own verb comes after the clause)."""
    speaker = site.speaker
    return speaker is not None and not site.inverted and speaker[-1].low in ("who", "which")


def _in_relative_clause(site: Site, content: tuple[int, int]) -> tuple[int, int]:
    """End the content of a cue in a relative clause with no comma before it at the last
    quotation, where the sentence's own verb follows it: "A senator who said the plan was
    “a disgrace” voted for it anyway" reports "the plan was “a disgrace”" (not where the
    clause goes on: "who said prices had “cratered” to half")."""
    frame, speaker = site.frame, site.speaker
    if site.inverted or not speaker or speaker[-1].low not in frame.words.relative_pronouns \
            or len(speaker) < 2:
        return content
    s, e = content
    ends = [b for q in frame.quotes for _, b in q if s < b < e]
    if not ends:
        return content
    k = frame.first_at(max(ends))
    if k >= len(frame.tokens) or frame.tokens[k].start >= e:
        return content
    w, words = frame.tokens[k].low, frame.words
    # the sentence's own verb right after the quotation: "“…” voted", "“…” was withdrawn"
    verb = w in words.aux_verbs or words.past_form(w) or (
        len(w) > 3 and w.isalpha() and words.s_form(w))
    return (s, max(ends)) if verb else content


def _before_closing_dash(site: Site, content: tuple[int, int]) -> tuple[int, int]:
    """End the content of a cue set off by a dash at the dash that closes the aside: "denied
    the payments – calling the claim “a lie” – and left" reports "the claim “a lie”"."""
    frame, toks, i = site.frame, site.frame.tokens, site.i
    if i == 0 or toks[i - 1].text not in ("—", "–"):
        return content
    a, b = frame.first_at(content[0]), frame.first_at(content[1])
    for k in range(a + 1, min(b, len(toks))):
        if toks[k].text == toks[i - 1].text and not frame.inq[k]:
            return (content[0], toks[k - 1].end)
    return content


# what an aside reports has a few words at least ("speaking in Wilmington, N.C., warned"
# reports nothing)
_ASIDE_WORDS = 3


def _aside_content(frame: Frame, content: tuple[int, int]) -> tuple[int, int] | None:
    """End the content of an aside at its closing comma, before the subject's own verb
    ("it a sham|, walked out of the talks"; a comma inside a quotation's marks closes it too:
    "the plan “a disgrace,”| said she would ..."); None when too little is left."""
    toks = frame.tokens
    a, b = frame.first_at(content[0]), frame.first_at(content[1])
    for k in range(a + 1, min(b, len(toks) - 1)):
        if toks[k].text != ",":
            continue
        n = k + 1
        if frame.inq[k]:  # the comma ends a quotation: its closing mark comes first
            if not (toks[n].text in DOUBLE_MARKS and frame.inq[n]) or n + 1 >= len(toks):
                continue
            n += 1
        if not frame.inq[n] and _main_verb(frame, toks[n].low):
            kept = sum(1 for t in toks[a:k] if t.text[:1].isalnum())
            end = toks[n - 1].end if n > k + 1 else toks[k - 1].end
            return (content[0], end) if kept >= _ASIDE_WORDS else None
    return content


def _main_verb(frame: Frame, low: str) -> bool:
    """Tell whether a lower-case word after an aside's comma is the subject's own verb: a
    past form or an auxiliary ("walked", "said", "is", "has")."""
    return frame.words.past_form(low) or low in frame.words.aux_verbs


def clause_before_speaker(site: Site, claimed: Set[Marked]) -> Verdict:
    """The clause before the speaker when nothing follows the cue: "…, Pentagon spokesman
    Pat Ryder said last week."."""
    frame, toks = site.frame, site.frame.tokens
    if site.inverted or site.speaker is None:
        return None
    rest = skip_after_cue(frame, site.last + 1, site.cue)
    # nothing follows the cue but an adjunct, or a clause of its own: "…, Pratt said, though
    # he hopes that will change."
    if not (rest >= len(toks) or all(t.text in ".!?;" for t in toks[rest:])
            or (toks[rest].low in frame.words.clause_openers and toks[rest - 1].text == ",")
            or _subordinate_after(site, rest)
            or (_adjunct_to_end(frame, rest)
                and site.speaker[-1].low not in frame.words.relative_pronouns)):
        return None
    start = _clause_before(site)
    if start is None:
        return None
    s_idx = frame.index(site.speaker[0])
    return _reported(site, (toks[start].start, toks[s_idx - 2].end), claimed)


def _subordinate_after(site: Site, k: int) -> bool:
    """Tell whether a clause of when or why opens at token k, right after the cue and its
    adjuncts, and ends the sentence, after a clause of the speaker's own: "The levy is
    “unfair,” Ann Roe said as she left the hall", "…, he said while visiting Dayton" (the
    clause before is said). Its word a lower-case subordinator that is no preposition ("as",
    "while", "when"; not "testified before Congress", nor a headline's "Feds Say As ..."),
    "as" no role ("recalls as a child"); a finite cue ("a deal the group ended up rejecting
    because ..." reports nothing before it); no comma or quotation after it (where a comma
    follows, the clause it opens goes on to what is said: "Roe said when the vote comes, she
    will fight"; "a move Roe characterized as “foolish”" says its words); a clause before with
    a verb of its own ("In a blog post, Roe said when ..." reports what follows)."""
    frame, toks, words = site.frame, site.frame.tokens, site.frame.words
    if k >= len(toks) or k <= site.last or frame.inq[k] or site.that \
            or not toks[k].text.islower() or toks[site.i].low.endswith("ing") \
            or toks[k].low not in words.subordinators or toks[k].low in words.prepositions:
        return False
    if k + 1 >= len(toks) or toks[k + 1].low in ("a", "an") or site.cue.as_only \
            or any(t.text in ",;:" or frame.inq[x] for x, t in enumerate(toks[k + 1:], k + 1)):
        return False
    start = _clause_before(site)
    if start is None or toks[start].low in words.prepositions:
        return False
    end = frame.index(site.speaker[0]) - 1 if site.speaker else start
    return any(frame.inq[x] or toks[x].low in words.aux_verbs or finite_verb(frame, x)
               or words.past_form(toks[x].low) for x in range(start, end))


def _ends_adverbial(site: Site) -> bool:
    """Tell whether a cue ends a clause opened by a subordinator ("After the mayor spoke,")."""
    frame, toks = site.frame, site.frame.tokens
    if site.speaker is None or site.inverted or site.last + 1 >= len(toks) \
            or toks[site.last + 1].text != ",":
        return False
    k = frame.index(site.speaker[0]) - 1
    # "As The Post reported, ..." reports what follows the comma; "After X spoke," does not
    return k >= 0 and toks[k].low in frame.words.subordinators and toks[k].low != "as" \
        and not frame.inq[k]


# The order the patterns are tried in: a quotation before the attribution, one after it, one
# a few words after a cue in a relative clause, the clause before an inverted cue, a
# parenthetical cue, the clause after the cue, the clause before the speaker.
PATTERNS: tuple[Callable[[Site, Set[Marked]], Verdict], ...] = (
    quote_before, quote_after, quotation_in_relative, clause_before_inverted, parenthetical,
    clause_after, clause_before_speaker)


def object_as_quotation(site: Site, claimed: Set[Marked]) -> Verdict:
    """A quotation after a short object and "as", for a cue that reports only quotations:
    "referred to the camps as “holiday centers”", "referring to himself as “a happy man”";
    or right after "as" where the object is a relative pronoun before the speaker: "Acosta,
    whom he referred to as a “diligent reporter”", "what aides refer to as “regular order”"."""
    frame, toks, j = site.frame, site.frame.tokens, site.content
    if site.inverted:
        return None
    first = j if j < len(toks) and toks[j].low == "as" and _object_moved(site) else j + 1
    for k in range(first, min(len(toks) - 1, j + 1 + AS_OBJECT_REACH)):
        if frame.inq[k] or toks[k].text in ",;:.!?—–()":
            return None
        if toks[k].low == "as":
            m = _after_article_words(frame, k + 1)
            q = frame.quote_at(m)
            if q is None or q[0][0] != toks[m].start:
                return None
            return TAKEN if q in claimed else _direct(site, q)
    return None


def _object_moved(site: Site) -> bool:
    """Tell whether the object of a cue stands before its speaker as a relative pronoun: "whom
    he referred to", "which the mayor has referred to", "what budget geeks refer to"."""
    if site.speaker is None:
        return False
    k = site.frame.index(site.speaker[0])
    words = site.frame.words
    if len(site.speaker) == 1 or not _moved_object(site.speaker[0].low, words):
        k -= 1  # the pronoun before the speaker, or opening its phrase: "who CIA Director ..."
    return k >= 0 and not site.frame.inq[k] and _moved_object(site.frame.tokens[k].low, words)


def _moved_object(low: str, words: Words) -> bool:
    """Tell whether a word may be a cue's object moved before its subject: a relative
    pronoun or "what"."""
    return low == "what" or low in words.relative_pronouns


def _after_article_words(frame: Frame, m: int) -> int:
    """Step from token m over a few lower-case words outside quotation that open a noun
    phrase ("a possible", "the", "one of the party's"; at most AS_WORDS, and a preposition
    other than "of" ends the phrase: "as a base for “…”") to where its quotation may start;
    stay at m when a quotation does not follow them."""
    toks = frame.tokens
    k = m
    while k < len(toks) and k - m < AS_WORDS and not frame.inq[k] \
            and toks[k].text[:1].islower() and _on_the_phrase(toks[k].low, frame.words) \
            and toks[k].text.replace("'", "").replace("’", "").isalpha():
        k += 1
    return k if k < len(toks) and frame.inq[k] else m


def _on_the_phrase(low: str, words: Words) -> bool:
    """Tell whether a word may go on a noun phrase after "as": no preposition but "of" ("as
    one of the party's “…”"; not "as a base for “…”")."""
    return low == "of" or low not in words.prepositions


# how many words of a topic may stand before its first quotation: "spoke of the Bureau's need
# for an “insurance policy”"
_TOPIC_REACH = 8
# how many words of time may stand between "spoke" and "of": "spoke last month of “…”"
_TOPIC_TIME = 2
# the words between the quotations of a list: “…,” “…” and “…”
_LIST_JOINS = frozenset({",", "and", "or"})
# the words that open a clause or a second verb in a topic, before which its quotation must
# stand: not "talking about a plan to swap out some “discretionary” cuts", "spoke of a law that
# “…”", "talked about his father and taken a “drill, baby, drill” page from Palin"
_TOPIC_CLAUSES = frozenset({"to", "that", "which", "who", "whom", "where", "when", "while",
                            "and", "or", "but"})
# the writer, who in "I'm talking about a condition “where …”" cites someone else's words, and
# "they", mostly people in general ("fans miss this when they talk about the “realness”")
_NARRATORS = frozenset({"i", "we", "they"})
# the words of a subject that is no one: "Nobody was talking about a “second wave.”"
_NO_ONE = frozenset({"nobody", "no", "none", "neither"})
# the modals that make a cue of speaking a mere possibility: "he could talk about “the good
# old days”" (a denial, ``cues.denies``, takes it back: "was not talking about the “so-called”
# judge")
_POSSIBILITY_MODALS = frozenset({"could", "might", "may", "should", "can", "must"})


def topic_quotation(site: Site, claimed: Set[Marked]) -> Verdict:
    """The words in quotation marks in the topic of a cue of speaking, after "of" or
    "about": "Kettle spoke of a “turning point”", "he talked about the “forgotten”
    people", "Roe talks of “rising costs” and “hard choices”" are the subject's words.
    Not where the subject is no one (``_believer``, "nobody"), the writer ("I", "we") or
    "they", or the speaking is denied; nor a quotation that names a title or a term ("spoke
    about his book “Bright Lines”", "talked about the word “tyranny”"), nor one a later cue
    in the sentence reports ("spoke of “…”, the White House said")."""
    frame, toks = site.frame, site.frame.tokens
    start = _topic_start(site)
    if start is None or site.inverted or site.speaker is None or not _believer(site) \
            or _topic_denied(site) or site.speaker[-1].low in _NARRATORS \
            or site.speaker[0].low in _NO_ONE:
        return None
    end = _topic_quotations_end(frame, start)
    if end is None:
        return None
    if _cue_after_comma(frame, frame.first_at(end)):
        return None  # "spoke of “carnage,” the Tribune reported": the later cue's
    return _reported(site, (toks[start].start, end), claimed)


def _cue_after_comma(frame: Frame, k: int) -> bool:
    """Tell whether a comma and then a speech cue follow token k in its sentence: "spoke of
    “…” on trade, the White House said", "will talk about “…,” Podesta said" (the later cue
    reports the words)."""
    toks = frame.tokens
    comma = False
    for m in range(k, len(toks)):
        if frame.inq[m]:
            comma = comma or toks[m].text == ","
            continue
        if toks[m].text in ".!?;":
            return False
        comma = comma or toks[m].text == ","
        if comma and cue_at(frame, m) is not None:
            return True
    return False


def _topic_start(site: Site) -> int | None:
    """Give the token where the topic of a cue of speaking starts: after "talked about",
    "talk of" (the cue holds the word), or after the "of" or "about" right after "spoke" or a
    word or two of time after it ("spoke last month of")."""
    toks, j = site.frame.tokens, site.last + 1
    if holds_topic(site.cue):
        return j
    if site.cue.lemma != "speak":
        return None
    words = site.frame.words
    while j < len(toks) and j - site.last <= _TOPIC_TIME and toks[j].low in words.time_words:
        j += 1  # "spoke last month of “…”", "spoke often of"
    if j + 1 < len(toks) and toks[j].low in TOPIC_OPENERS and not site.frame.inq[j]:
        return j + 1
    return None


def _topic_denied(site: Site) -> bool:
    """Tell whether a denial or a modal of possibility stands between a cue's speaker and the
    cue: "he was not talking about ...", "she never spoke of ...", "he could talk about"."""
    assert site.speaker is not None
    toks = site.frame.tokens
    return any(toks[k].low in _POSSIBILITY_MODALS or denies(toks[k].low)
               for k in range(site.frame.index(site.speaker[-1]) + 1, site.i))


def _topic_quotations_end(frame: Frame, start: int) -> int | None:
    """Give where the last quotation of the topic that starts at token start ends: its first
    quotation within a few words, then any more that follow it as a list (“…,” “…” and “…”);
    None when a quotation does not open with a lower-case word,
    follows a word that names a term ("so-called", "the word"), or is not found in reach."""
    toks, words = frame.tokens, frame.words
    end: int | None = None
    k = start
    while k < len(toks):
        if frame.inq[k]:
            q = frame.quote_of(k)
            if q is None or not _topic_words(frame, k, words):
                return None
            end = q[-1][1]
            k = frame.first_at(end)
            while k < len(toks) and not frame.inq[k] and toks[k].low in _LIST_JOINS:
                k += 1  # “…,” “…” and “…”: a list of quotations goes on
            if k < len(toks) and frame.inq[k]:
                continue
            break
        if toks[k].text in ",;:.!?—–()" or cue_at(frame, k) is not None \
                or k - start >= _TOPIC_REACH or toks[k].low in _TOPIC_CLAUSES:
            break
        k += 1
    return end


def _topic_words(frame: Frame, k: int, words: Words) -> bool:
    """Tell whether the quotation whose first token is at k may be a speaker's own words in
    a topic: it opens with a lower-case word, and no word that names a term stands before
    it."""
    first = next((t for t in frame.tokens[k:] if t.text[:1].isalnum()), None)
    if first is None or not first.text[:1].islower():
        return False
    return k == 0 or frame.tokens[k - 1].low not in words.term_namers


# how many words outside quotation may stand between a cue and the quotation in its complement
_COMPLEMENT_REACH = 10
# the words that end the stretch a cue's complement is read in: a new clause of another
# subject or of another verb may start at them; "during" opens an event, whose name a
# quotation after it gives ("spoke during the “listening session”")
_COMPLEMENT_STOPS = frozenset({"who", "whom", "whose", "which", "and", "or", "but", "while",
                               "although", "though", "because", "if", "unless", "than",
                               "during"})


def quotation_in_complement(site: Site, claimed: Set[Marked]) -> Verdict:
    """The first quotation in the complement of a cue of speaking whose content no pattern
    before read, a few words after it within its clause: "wrote of “…”", "expressed his
    gratitude for “…”", "pointed to the value of “…”", "said as a young analyst he had the
    power to “…”". Not where the subject is no one, the writer or "they", or the speaking
    is denied (as ``topic_quotation``); nor past a punctuation mark, a word another pattern
    starts at (a cue, "her claim that"), a possessive, a word that names a term, or a word
    that may open another clause ("which", "and", "because"); nor a quotation that opens
    with a capital (a title, a name) unless "that" introduces it, or follows a word that
    names a term ("so-called"), or that a later cue reports."""
    frame, toks = site.frame, site.frame.tokens
    if site.inverted or site.speaker is None or not site.cue.speech or not _believer(site) \
            or site.speaker[-1].low in _NARRATORS or site.speaker[0].low in _NO_ONE \
            or site.cue.lemma.split(" ")[0] in frame.words.citing_cues \
            or _topic_denied(site) or _cites_source(frame):
        return None
    k, n = site.last + 1, 0
    if _infinitive_after(site) or not _subject_next_to(site) or _passive(site) \
            or _reported_subject(site) or _question(frame):
        return None  # "continued to dig a “hole”", "is written by “curators”": no speaking
    words = frame.words
    # a word another pattern starts at: a cue, "according", a noun that owns words ("her
    # claim that “…”"), a sign, a poll
    starts = per_table("pattern starts but in", frame.knowledge, _starts_but_in)
    while k < len(toks) and not frame.inq[k]:
        low = toks[k].low
        if toks[k].text in ",;:.!?—–()\"" or low in _COMPLEMENT_STOPS \
                or low in words.term_namers or low.endswith(POSSESSIVE_ENDINGS) \
                or low in starts or n >= _COMPLEMENT_REACH or _relative_that(frame, k):
            return None
        n += 1
        k += 1
    q = frame.quote_opening(k)
    if q is None or q in claimed:
        return None
    first = next((t for t in toks[k:] if t.text[:1].isalnum()), None)
    if first is None or (not first.text[:1].islower() and toks[k - 1].low != "that") \
            or (k - 1 == site.last + 1 and toks[k - 1].low == "as"
                and toks[site.last].low.endswith("ing")):
        return None  # "writing as “desmoinesdem”": a pen name or a role
    if _cue_after_comma(frame, k) or modifies_a_noun(frame.text, q, frame.knowledge):
        return None  # "… be “a new tax,” Ann Vale said": hers; 'the “zero-tolerance” policy'
    return RawQuote(q, "direct", site.mention, site.cue_mention, site.cue, marked=(q,),
                    own_words=True)


def _cites_source(frame: Frame) -> bool:
    """Tell whether "according to" stands in a frame outside quotation: "According to the
    lawsuit, the officers responded by “…”" gives the lawsuit's words."""
    toks = frame.tokens
    return any(t.low == "according" and toks[k + 1].low == "to" and not frame.inq[k]
               for k, t in enumerate(toks[:-1]))


def _infinitive_after(site: Site) -> bool:
    """Tell whether an infinitive follows a cue at once, or "no to" or "yes to": "continued
    to dig", "continues to “compete”", "said no to the “…”" (not "confessed to a “…”")."""
    toks, k = site.frame.tokens, site.last + 1
    if k + 1 < len(toks) and toks[k].low in ("no", "yes") and toks[k + 1].low == "to":
        return True
    return k + 1 < len(toks) and toks[k].low == "to" and not site.frame.inq[k] and (
        site.frame.inq[k + 1] or (toks[k + 1].text.islower()
                                  and toks[k + 1].low not in site.frame.words.determiners))


def _relative_that(frame: Frame, k: int) -> bool:
    """Tell whether a "that" at token k opens a relative clause, not the quotation a cue
    reports: no quotation opens right after it or after an article ("a decision that
    considered “…”", "reform that is “…”"; not "testified that “…”", "said that the “…”")."""
    toks, m = frame.tokens, k + 1
    if m < len(toks) and not frame.inq[m] and toks[m].low in frame.words.determiners:
        m += 1
    return toks[k].low == "that" and not (m < len(toks) and frame.inq[m])


def _reported_subject(site: Site) -> bool:
    """Tell whether a cue's subject opens the clause another cue reports: "the chaplain said
    McCain spoke the truth when it was not “…”", "said that McCain spoke": the words are the
    first cue's speaker's."""
    assert site.speaker is not None
    frame, s = site.frame, site.frame.index(site.speaker[0])
    k = s - 2 if s >= 2 and frame.tokens[s - 1].low == "that" else s - 1
    return any(not frame.inq[m] and cue_at(frame, m) is not None
               for m in range(max(0, k), frame.index(site.speaker[-1]) + 1))


def _question(frame: Frame) -> bool:
    """Tell whether a frame is a question of the writer's: it ends in "?" outside quotation
    ("Whom did Roe tell about the “dirt”?")."""
    toks = frame.tokens
    return bool(toks) and toks[-1].text == "?" and not frame.inq[len(toks) - 1]


def _passive(site: Site) -> bool:
    """Tell whether a cue is a passive participle: "is written by", "was called"."""
    i = site.i
    return i > 0 and site.frame.tokens[i - 1].low in site.frame.words.aux_passive


def _subject_next_to(site: Site) -> bool:
    """Tell whether a cue is a verb of its speaker: no auxiliary follows it ("The council
    answer would be", "the Corker comments were": a noun, the subject of that verb), unless
    its object is moved before its subject ("what the department says was"); its speaker
    follows no article or preposition, as a noun's modifier does ("the House Intelligence
    report as", "When on Earth details"); and a cue in -s stands right after its speaker or
    an adverb, the speaker not one capitalized word opening the sentence ("Ponnuru details",
    "the department says"; not "prayer, creationism and claims of ...", "Preemptory charges
    of ..."); a bare form has no speaker after "a" or "an" ("a new UN report")."""
    frame, toks, i = site.frame, site.frame.tokens, site.i
    if site.speaker is None:
        return True
    s = frame.index(site.speaker[0])
    before = toks[s - 1].low if s > 0 else ""
    after = toks[site.last + 1].low if site.last + 1 < len(toks) else ""
    # "what the department says was “…”": the verb after it is the moved object's
    if after in frame.words.aux_verbs and not _moved_object(before, frame.words):
        return False  # "The council answer would be “…”"
    if site.speaker[0].low in ("a", "an") and toks[i].low == site.cue.lemma.split(" ")[0]:
        return False  # "a new UN report from": a singular subject takes no bare verb
    if before in frame.words.determiners or before in frame.words.prepositions:
        return False  # "the House Intelligence report as", "When on Earth details"
    if not toks[i].low.endswith("s") or toks[i].low.endswith("ss"):
        return True
    k = i - 1
    while k >= 0 and is_adverb(toks[k].text, frame.words):
        k -= 1
    if s == 0 and len(site.speaker) == 1:
        return False  # a capitalized first word may be an adjective
    return k >= 0 and k == frame.index(site.speaker[-1])


# A cue that reports only words in quotation marks ("chanted “…”") tries a quotation before it,
# then the quotations in its topic after "of" or "about" (before one right after the cue, so
# that "talk of “a”, “b” and “c”" takes all three), then the second and third of PATTERNS, then
# a quotation after its object and "as".
QUOTED_PATTERNS = (PATTERNS[0], topic_quotation, *PATTERNS[1:3], object_as_quotation,
                   quotation_in_complement)
# Any other cue tries PATTERNS, then the quotation in its complement.
CLAUSE_PATTERNS = (*PATTERNS, quotation_in_complement)


def _direct(site: Site, q: Marked) -> RawQuote:
    return RawQuote(q, "direct", site.mention, site.cue_mention, site.cue, marked=(q,))


def _reported(site: Site, content: tuple[int, int], claimed: Set[Marked]) -> Verdict:
    return reported(site.frame, content, site.mention, site.cue_mention, site.cue, claimed)


ASK = Cue("ask", "neutral", True)
ACCORDING_TO = Cue("according to", "neutral", True)


def asked(frame: Frame, i: int, claimed: Set[Marked]) -> RawQuote | None:
    """Read a question put to someone: "Asked whether he would ..., Rubio said", "was asked
    by host John Dickerson whether ...". The question is reported speech; the asker, when
    named after "by", is its speaker."""
    toks, words = frame.tokens, frame.words
    prev = toks[i - 1].low if i > 0 else ""
    if not (i == 0 or prev in words.aux_passive or prev in (",", "when", "after", "once")):
        return None  # "X asked Y whether ..." is an ordinary cue
    j = i + 1
    speaker = None
    if j < len(toks) and toks[j].low == "by":
        speaker = np_forward(frame, j + 1)
        j = frame.index(speaker[-1]) + 1 if speaker else j
    j = _question_start(frame, j)
    if j >= len(toks) or frame.inq[j] or _contracted(toks[j].low) not in words.question_words:
        return None  # not "Asked what's the holdup, ..."
    start = j + 1 if toks[j].low == "about" else j
    if start >= len(toks) or frame.inq[start]:
        return None  # "asked about “the Hammer”": a topic, not a question's wording
    end = _question_end(frame, start)
    if end - start < 1:
        return None
    cue_m = frame.mention(toks[i:i + 1])
    span = (toks[start].start, toks[end - 1].end)
    q = reported(frame, span, frame.mention(speaker) if speaker else None, cue_m, ASK, claimed)
    return q if isinstance(q, RawQuote) else None


def told_passive(frame: Frame, i: int, claimed: Set[Marked]) -> RawQuote | None:
    """Read words told to the subject of a passive: "he was told by the mayor that “…”" (the
    mayor speaks), "we were told that “…”" (no one the sentence names speaks: the quote
    has no speaker, and the words are not the subject's)."""
    toks, words = frame.tokens, frame.words
    k = i - 1
    while k >= 0 and toks[k].low in words.skip_before_cue \
            and toks[k].low not in words.aux_passive:
        k -= 1  # "was later told", "were repeatedly told"
    if k < 0 or frame.inq[k] or toks[k].low not in words.aux_passive:
        return None
    j, speaker = i + 1, None
    if j < len(toks) and toks[j].low == "by" and not frame.inq[j]:
        speaker = np_forward(frame, j + 1)
        if speaker is None:
            return None
        j = frame.index(speaker[-1]) + 1
    that = j < len(toks) and toks[j].low == "that" and not frame.inq[j]
    start = j + 1 if that else j
    if start >= len(toks) or not (that or frame.inq[start]):
        return None  # "was told to leave": no words reported
    cue = frame.knowledge.cues["told"]
    content = content_after(frame, start, True, cue)
    if content is None:
        return None
    mention = frame.mention(speaker) if speaker else None
    q = reported(frame, content, mention, frame.mention(toks[i:i + 1]), cue, claimed)
    if not isinstance(q, RawQuote) or (speaker is None and not q.marked):
        return None  # with no teller named, only words in quotation marks are kept
    return q


# words that may stand between a passive participle and the quotation it names: "labeled
# “…”", "dubbed a “…”", "called the “…”", "described as an “…”", "accused of “…”"
_BEFORE_NAMED = frozenset({"a", "an", "the", "as", "of", "to"})
# cues whose passive names a thing, not what its agent said of it ("a book titled “…” by Ann
# Roe": Roe wrote it)
_NOT_NAMED_BY = frozenset({"name", "title"})


def named_by(frame: Frame, i: int, claimed: Set[Marked]) -> RawQuote | None:
    """Read the quotation an object cue in the passive reports, with its agent after "by":
    "the claim was labeled “ridiculously false” by the Gazette", "Friday, dubbed a “day of
    rejection” by the union, ...", "has been called the “Hammer” by his staff", or the agent
    before "as" and the quotation ("was dismissed by Ann Roe as “a stunt”", "Described by the
    court as “an elaborate scheme,” the rule ..."): the agent's words. Without an agent who
    speaks ("by many"), nothing."""
    toks = frame.tokens
    hit = frame.knowledge.cues.get(toks[i].low)
    if hit is None or not hit.takes_object or hit.lemma in _NOT_NAMED_BY or frame.inq[i] \
            or not toks[i].low.endswith("ed") or not _after_passive(frame, i):
        return None
    agent, k = _agent_before_as(frame, i + 1)
    start = k
    while k < len(toks) and k - start <= 2 and not frame.inq[k] \
            and toks[k].low in _BEFORE_NAMED:
        k += 1
    q = frame.quote_opening(k)
    if q is None or q in claimed or len(q) != 1:
        return None
    if agent is None:
        agent, _ = owner_after(frame, frame.first_at(q[-1][1]))
    if agent is None:
        return None
    # "described by several senators as “honest,” “calm” and “useful”": the list
    return _quotation_or_list(frame, q, frame.mention(agent), frame.mention(toks[i:i + 1]),
                              hit, claimed)


def _last_listed(frame: Frame, q: Marked, claimed: Set[Marked],
                 adjacent: bool = False) -> Marked:
    """Give the last of the quotations a list joins to q ("“false” and “cruel”"), or q itself
    when none follows; with ``adjacent``, also those that follow with no word between, the
    comma inside the marks ("“honest,” “calm” and “useful”")."""
    toks, last = frame.tokens, q
    k = frame.first_at(q[-1][1])
    joined = adjacent
    while k < len(toks):
        if not frame.inq[k]:
            if toks[k].low not in _LIST_JOINS:
                break
            k, joined = k + 1, True
            continue
        nxt = frame.quote_of(k)
        if not joined or toks[k].low in _LIST_JOINS or nxt is None or nxt in claimed:
            break
        last, k, joined = nxt, frame.first_at(nxt[-1][1]), adjacent
    return last


# what before a subject makes the use a condition, not a fact, beside Words.conditionals ("if",
# "unless"): the auxiliary of an inverted condition ("Had he used"), "whether"
_CONDITION_OPENERS = frozenset({"had", "should", "were", "whether"})


def used_words(frame: Frame, i: int, claimed: Set[Marked]) -> RawQuote | None:
    """Read the quotation right after "the word" at token i, after a verb of using words,
    as the words of the verb's subject: "Ann Roe used the word “fair”", "he invoked the
    phrase “…”", with those a list joins ("used the words “calm,” “frank” and “useful”").
    Nothing after a denial or a modal ("never used the word", "would use the term"), for an
    infinitive ("to use the word"), or with no one as the subject ("the report uses")."""
    toks, words = frame.tokens, frame.words
    if frame.inq[i] or toks[i].low not in words.word_nouns or i < 2 \
            or (toks[i - 1].low != "the" and toks[i - 1].low not in words.demonstratives) \
            or toks[i - 2].low not in words.word_use_verbs or frame.inq[i - 2]:
        return None
    q = frame.quote_opening_past(i + 1, ",")
    if q is None or q in claimed:
        return None
    v = i - 2
    b = v - 1
    while b >= 0 and not frame.inq[b] and is_adverb(toks[b].text, words):
        b -= 1  # "he also used", "she repeatedly used"
    if b >= 0 and (denies(toks[b].low) or toks[b].low in words.modals or toks[b].low == "to"):
        return None
    site = find_site(frame, v, i, USE_WORDS, None)
    if site.speaker is None or site.inverted or site.speaker[-1].low in words.documents \
            or not (_names_someone(site.speaker[-1], words) or site.speaker[-1].low == "who"):
        return None
    s = frame.index(site.speaker[0])
    if _opens_condition(site.speaker[0].low, words) \
            or (s > 0 and _opens_condition(toks[s - 1].low, words)):
        return None  # "Had he used the word “…”", "if she uses the term": not said
    return _quotation_or_list(frame, q, site.mention, frame.mention(toks[v:i + 1]), USE_WORDS,
                              claimed)


def _opens_condition(low: str, words: Words) -> bool:
    """Tell whether a lower-case word before a subject makes its clause a condition: "if",
    "unless", "whether", "had" ("Had he used the word")."""
    return low in words.conditionals or low in _CONDITION_OPENERS


def _quotation_or_list(frame: Frame, q: Marked, speaker: Mention | None, cue_m: Mention,
                       cue: Cue, claimed: Set[Marked]) -> RawQuote | None:
    """Make the quote of q, or of q and the quotations a list joins to it, commas inside the
    marks too ("“honest,” “calm” and “useful”", ``_last_listed``), as one reported quote;
    None when one of those is attributed already."""
    last = _last_listed(frame, q, claimed, adjacent=True)
    if last is q:
        return RawQuote(q, "direct", speaker, cue_m, cue, marked=(q,))
    made = reported(frame, (q[0][0], last[-1][1]), speaker, cue_m, cue, claimed)
    return made if isinstance(made, RawQuote) else None


def _agent_before_as(frame: Frame, k: int) -> tuple[Phrase | None, int]:
    """Give the agent of a passive participle that stands before "as" ("dismissed by Ann Roe
    as", "described by the court as") and the token after "as"; (None, k) when no "by"
    follows the participle at k, and (None, len(tokens)) when "by" follows but no agent who
    speaks and "as" do ("decided by a vote of 5 to 4")."""
    toks = frame.tokens
    if k >= len(toks) or toks[k].low != "by" or frame.inq[k]:
        return None, k
    agent, after = owner_after(frame, k)
    if agent is None or after >= len(toks) or toks[after].low != "as" or frame.inq[after]:
        return None, len(toks)
    return agent, after + 1


def _after_passive(frame: Frame, i: int) -> bool:
    """Tell whether the participle at token i is a passive: after "was", "has been" and
    adverbs ("was widely labeled"), set off after a comma or a dash ("Friday, dubbed"), or
    opening its sentence ("Described by the court as “…”, the rule ...")."""
    toks, words = frame.tokens, frame.words
    k = i - 1
    while k >= 0 and not frame.inq[k] and (toks[k].low in words.skip_before_cue
                                          or is_adverb(toks[k].text, words)) \
            and toks[k].low not in words.aux_passive:
        k -= 1
    if k < 0:
        return i == 0
    return not frame.inq[k] and (toks[k].low in words.aux_passive
                                 or (k == i - 1 and toks[k].text in ",—–"))


def _contracted(low: str) -> str:
    """Give a word without the verb contracted onto it: "what's" -> "what"."""
    base, mark, rest = low.replace("’", "'").partition("'")
    return base if mark and rest in ("s", "re", "ll", "d") else low


def _question_end(frame: Frame, start: int) -> int:
    """Give where a question put from token ``start`` ends: at a comma or semicolon, or after
    the quotation that holds its wording ('asked whether "the country is on track"')."""
    toks = frame.tokens
    end = start
    while end < len(toks) and (frame.inq[end] or toks[end].text not in ",;:—–"):
        if frame.inq[end] and end > start and not frame.inq[end - 1]:
            q = frame.quote_of(end)
            after = frame.first_at(q[-1][1]) if q is not None else end
            if not all(t.text in ".?!" for t in toks[after:]):
                break  # words follow: "Asked whether “…,” 75 percent said yes"
            return after  # the wording ends the sentence: 'asked whether "it is on track."'
        end += 1
    while end > start and toks[end - 1].text in ".?!" and not frame.inq[end - 1]:
        end -= 1
    return end


def _question_start(frame: Frame, j: int) -> int:
    """Step over adverbs and a place after "asked": "Asked in Iowa recently whether"."""
    toks, words = frame.tokens, frame.words
    while j < len(toks) and (toks[j].low in words.asked_adverbs or (
            toks[j].low in words.time_words and toks[j].low not in ("on", "in", "at"))):
        j += 1
    if j < len(toks) and toks[j].low in ("in", "on", "at") and j + 1 < len(toks):
        k = j + 1
        while k < len(toks) and k - j < 5 and toks[k].low not in words.question_words:
            k += 1
        j = k if k < len(toks) and toks[k].low in words.question_words else j
    return j


def according_to(frame: Frame, i: int, claimed: Set[Marked]) -> RawQuote | None:
    """Read "according to X": the clause before it, or after it when it opens the frame."""
    toks = frame.tokens
    # the source runs to the next comma or the end: "according to a yearly Gallup poll"
    k = i + 2
    while k < len(toks) and k - i < 18 and not frame.inq[k] and toks[k].text not in ",;:—–()":
        k += 1
    while k > i + 2 and toks[k - 1].text in ".!?":
        k -= 1
    if k <= i + 2:
        return None
    speaker = toks[i + 2:k]
    cue = frame.knowledge.cues.get("say")
    if cue is None:
        return None
    if i == 0 or toks[0].low == "according":
        j = frame.index(speaker[-1]) + 1
        while j < len(toks) and toks[j].text == ",":
            j += 1
        content = content_after(frame, j, True, cue)
        if content is not None and _relays_quotation(frame, content):
            return None
    else:
        before = _quotation_before_according(frame, i, frame.mention(speaker), claimed)
        if before is not None:
            return before if isinstance(before, RawQuote) else None
        content = _clause_before_according(frame, i)
    if content is None:
        return None
    q = reported(frame, content, frame.mention(speaker), frame.mention(toks[i:i + 2]), cue,
                 claimed)
    if not isinstance(q, RawQuote):
        return None
    return RawQuote(q.spans, q.kind, q.speaker, q.cue, ACCORDING_TO, absorbed=q.absorbed,
                    marked=q.marked)


def in_words_of(frame: Frame, i: int) -> int | None:
    """Give where the possessive name stands in "in X's words" starting at token i, or
    None."""
    toks = frame.tokens
    for k in range(i + 1, min(len(toks) - 1, i + 7)):
        if frame.inq[k] or toks[k].text in ",;:.":
            return None
        if toks[k].low.endswith(POSSESSIVE_ENDINGS) and toks[k + 1].low == "words":
            return k if is_capitalized(toks[k].text) else None
    return None


IN_WORDS = Cue("say", "neutral", True)


def in_words(frame: Frame, i: int, k: int, claimed: Set[Marked]) -> RawQuote | None:
    """Read "in X's words": the quotation that follows it ("In Sakwa's words, one vision was
    “…”", "an agenda which, in Ann Roe's words, “would …”"), else the clause before it."""
    toks = frame.tokens
    speaker = toks[i + 1:k + 1]  # its last word keeps the possessive, read away later
    j = k + 2
    while j < len(toks) and toks[j].text == ",":
        j += 1
    content = content_after(frame, j, True, IN_WORDS)
    if content is None or not any(frame.inq[x] for x in range(j, len(toks))):
        content = _clause_before_according(frame, i)
    if content is None:
        return None
    q = reported(frame, content, frame.mention(speaker), frame.mention(toks[i:k + 2]), IN_WORDS,
                 claimed)
    return q if isinstance(q, RawQuote) else None


def the_words_of(frame: Frame, i: int, claimed: Set[Marked]) -> RawQuote | None:
    """Read "the words of X" with "words" at token i: the quotation right before it ("a
    “return to barbarism” (the words of George Shultz)", "“…,” in the words of one aide"),
    else the one after it ("In the words of Ann Roe, the plan is “dead”")."""
    toks = frame.tokens
    if not (0 < i < len(toks) - 2 and toks[i - 1].low == "the" and toks[i + 1].low == "of") \
            or frame.inq[i]:
        return None
    speaker = np_forward(frame, i + 2)
    head = speaker[-1].low if speaker else ""
    if speaker is None or not (is_capitalized(speaker[-1].text) or head in frame.knowledge.titles
                               or head in frame.words.speaker_heads):
        return None  # "the words of the song": no one speaks
    k = i - 2
    while k >= 0 and not frame.inq[k] and (toks[k].text in ",(—–”’\"'" or toks[k].low == "in"):
        k -= 1  # back over "in", the punctuation and a closing mark to the quotation
    if k >= 0 and frame.inq[k] and k < i - 2:
        q = frame.quote_of(k)
    else:
        j = frame.index(speaker[-1]) + 1
        while j < len(toks) and toks[j].text == ",":
            j += 1
        content = content_after(frame, j, True, IN_WORDS) if i - 1 == 0 or toks[i - 2].low in (
            "in", ",") else None
        q = None
        if content is not None:
            made = reported(frame, content, frame.mention(speaker),
                            frame.mention(toks[i - 1:i + 2]), IN_WORDS, claimed)
            return made if isinstance(made, RawQuote) and made.marked else None
    if q is None or q in claimed:
        return None
    return RawQuote(q, "direct", frame.mention(speaker), frame.mention(toks[i - 1:i + 2]),
                    IN_WORDS, marked=(q,))


def _quotation_before_according(frame: Frame, i: int, source: Mention,
                                claimed: Set[Marked]) -> Verdict:
    """The quotation no cue attributed that a comma ends right before "according to X" at
    token i: "“The port will reopen,” according to a memo", and with the words of its clause
    before it, "The mayor “is looking forward to it,” according to her aide" (mixed). None
    where no such quotation stands there, or where a cue attributed it already ("“…,” Reyes
    said, according to the Gazette": Reyes speaks)."""
    toks = frame.tokens
    q = frame.quote_closing_before(i, ",—–")
    if q is None or q in claimed or frame.text[q[-1][1] - 2] != ",":
        return None
    cue_m = frame.mention(toks[i:i + 2])
    qi = frame.first_at(q[0][0])
    before = frame.text[frame.span[0]:q[0][0]].rstrip()
    if len(q) == 1 and _words_before(frame, qi, 2) \
            and not before.endswith((".", "!", "?", ":", ",")):
        start = clause_start(frame, qi)
        return reported(frame, (toks[start].start, q[-1][1]), source, cue_m, ACCORDING_TO,
                        claimed)
    return RawQuote(q, "direct", source, cue_m, ACCORDING_TO, marked=(q,))


def _clause_before_according(frame: Frame, i: int) -> tuple[int, int] | None:
    toks = frame.tokens
    k = i - 1
    while k >= 0 and toks[k].text in ",—–":
        k -= 1
    if k >= 0 and frame.inq[k]:
        return None  # the quotation is attributed already, or relayed: "…," according to X
    start = clause_start(frame, k + 1)
    return (toks[start].start, toks[k].end) if k - start >= 3 else None


__all__ = ["Mention", "attribute_frame"]
