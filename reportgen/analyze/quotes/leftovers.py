"""Step 4: leftovers. Quotations no cue attributed, and de-duplication.

A quotation with no cue takes a speaker from a signature on its own line ("― Martha
Aguilar"), from the name before a colon ("Rep. Trey Gowdy: “…”"), or from the quote before it
(a quote split around its attribution, or continued in the next paragraph); a long one stays
unattributed; lone scare quotes are dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Set
from dataclasses import replace
from functools import cached_property
from heapq import heappop, heappush
from itertools import accumulate

from reportgen.analyze.quotes.content import name_before_noun, noun_after
from reportgen.analyze.quotes.cues import TOPIC_OPENERS, cue_at, is_adverb, reports_topic
from reportgen.analyze.quotes.found import Marked, Mention, RawQuote
from reportgen.analyze.quotes.frame import Frame, Phrase, make_frame
from reportgen.analyze.quotes.marks import SIGNER_NAME, TWEET_LINKS, embedded_title, title_cased
from reportgen.analyze.quotes.nouns import USE_WORDS
from reportgen.analyze.quotes.phrases import np_back
from reportgen.analyze.quotes.sites import find_site
from reportgen.analyze.quotes.speakers import subject
from reportgen.analyze.text import APOSTROPHES, Token, is_capitalized, sentences
from reportgen.knowledge import Cue, Knowledge
from reportgen.knowledge.words import Words
from reportgen.models import Span
from reportgen.punctuation import DOUBLE_MARKS, OPENING_MARKS, QUOTE_EDGES

# A quote signed on its own line: "― Martha Aguilar", "— Belgian Prime Minister Ann Roe", or
# an embedded tweet's "— Donald J. Trump (@realDonaldTrump) October 1, 2016"; a name of two
# words or more may be followed by where the words appeared or who the person is, as a
# roundup of columns signs them: "— Ann Roe, Harbour Gazette", "— Tom Reyes, county planner"
# (no date or place list: "– Lebanon, Ohio; Oct. 12" signs nothing).
_SIGNATURE = r"[ \t\xa0]*\n?[ \t\xa0]*[―—–-]{1,2}[ \t\xa0]*(?P<name>" + SIGNER_NAME \
    + r")[ \t\xa0.]*(?:\(@\w+\)[^\n]{0,40})?(?:\n|$)"
_SIGNED = re.compile(_SIGNATURE)
# an embedded tweet's text (marks.find_marked) is signed after its links
_SIGNED_TWEET = re.compile(TWEET_LINKS + _SIGNATURE)
_SIGNED_WHERE = re.compile(r"[ \t\xa0]*\n?[ \t\xa0]*[―—–-]{1,2}[ \t\xa0]*(?P<name>[A-Z][\w.’'-]*"
                           r"(?:[ \t\xa0]+[A-Z][\w.’'-]*){0,4}),[ \t\xa0]+"
                           r"(?P<where>[^\n\d;]{2,80}?)[ \t\xa0.]*(?:\n|$)")
# A quotation that is a paragraph of its own, signed in the paragraph after it by a dash and
# a name of two words or more that a description follows, as a column of the week's quotes
# signs them: "— Tom Reyes, the harbour master, at a town hall on Monday.", "-- Mayor Ann Roe
# in an interview with WXYZ.", "— Rep. Dana Pike of Ohio announcing her bid on Twitter." (not
# a byline: "-- Tom Reyes contributed.")
_SIGNED_BELOW = re.compile(r"[ \t\xa0]*(?:\n[ \t\xa0]*){2,4}[―—–-]{1,2}[ \t\xa0]*(?P<name>"
                           + SIGNER_NAME + r")(?:,|[ \t\xa0]+(?:on|in|at|to|of|from|for|"
                           r"during|after|before|with|via|about|[a-z]{2,}ing)\b)")
# and on the quotation's line, the name followed by where it was said: "“…” – Tom Reyes on
# “Harbour Talk”", "“…” – Ann Roe, county clerk, on the new rules in an interview."
_SIGNED_ON = re.compile(r"[ \t\xa0]+[―—–-]{1,2}[ \t\xa0]+(?P<name>" + SIGNER_NAME
                        + r")(?:[ \t\xa0]+on|,[^\n\"“”]{2,80},[ \t\xa0]+on)[ \t\xa0]+\S")
_WORD = re.compile(r"\w+")
# An attribution of its own after a quotation that ends in a comma, "?" or "!": a name or a
# pronoun and a verb in the past, then a comma or the sentence's end ("“We tried,” Ann Vale
# mused, “but ...”", "“Are we ready?” Mayor Tom Reyes bellowed to the crowd.", "“Oh, give
# me a break,” she erupts,", "“I'm your aunt,” Ann Vale scolded them in Somali.", "“…,” he
# went on,"), or the verb first ("“We tried,” mused Ann Vale.", "“…?” wonders Ann Vale."). Set
# off like this, any verb reports the quotation.
_NAME = r"(?:[A-Z][\w.’'-]*[ \t\xa0]+){0,3}[A-Z][\w’'-]+|[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e"
_VERB = r"[a-z]{3,}ed|[a-z]{3,}"
_TAIL = r"(?:[ \t\xa0]+(?:on|back|up))?(?:[ \t\xa0]+(?:him|her|them|me|us))?" \
    r"(?:[ \t\xa0]+(?:to|at|from|in|on|into|under|over|with|across)[ \t\xa0]+" \
    r"[^.,;:!?\"“”\n]{1,40}?)?[ \t\xa0]*[,.;—–]"
# A comment clause that says whose words a quotation is: "a “reset,” as she put it", "(as Tom
# Reyes called it)", and before it in its sentence: "The plan, as Reyes put it, was “…”", "As
# Tom Reyes put it in a radio interview last week, “…”", "As Tom Reyes put it: “…”". The name
# may hold initials ("as F. R. Lane put it"), an abbreviated title ("As Ohio Gov. Ann Vale put
# it"), a long description ("As Canadian science fiction writer Tom Reyes put it") or a web
# address ("as Ann Roe of HarbourWatch.org puts it"), an adverb may stand before the verb
# ("recently put it", "so aptly put it", "once put it"); before the quotation a short adjunct
# may follow "it" ("put it to me", "put it on Monday").
_AS_WHO = r"(?P<who>(?:[A-Z]\.[ \t\xa0]*|(?<=\b[A-Z][a-z])\.(?=[ \t\xa0])|(?<=\b[A-Z][a-z]{2})\." \
    r"(?=[ \t\xa0])|(?<=\w)\.(?=[a-z])|[^,.;:()\"“”\n]){1,70}?)"
# up to two adverbs before the verb: "so aptly put it", "once said", "recently wrote"
_AS_ADVERBS = r"(?:[ \t\xa0]+(?:so|once|also|[a-z]+ly)){0,2}"
_AS_IT_REST = r"s[ \t\xa0]+" + _AS_WHO + _AS_ADVERBS \
    + r"[ \t\xa0]+(?:put|puts|called|calls|described|describes|termed|terms|dubbed|dubs|phrased|" \
    r"phrases)[ \t\xa0]+it\b"
_AS_IT = r"[Aa]" + _AS_IT_REST
_AS_IT_AFTER = re.compile(r"[ \t\xa0]*[,(—–]?[ \t\xa0]*" + _AS_IT)
_AS_IT_ADJUNCT = r"(?:[ \t\xa0]+(?:to|in|on|at|during|last|this|that|when|recently|once|" \
    r"earlier|later|back)\b[^,.;:()\"“”\n]{0,40})?"
# (the word boundary is asked after the "A" of "As": a pattern that opens with a character
# class lets the engine skip to where it matches, one that opens with an assertion is tried
# at every position; the same matches, see article._HONOURED)
_AS_IT_BEFORE = re.compile(r"[Aa](?<=\b[Aa])" + _AS_IT_REST + _AS_IT_ADJUNCT
                           + r"[ \t\xa0]*(?:[,)—–][^.!?;\"“”\n]*|:[ \t\xa0\n]*)$")
# how far before a quotation its "as X put it" clause may start
_AS_IT_REACH = 160
# The same comment clause with a verb of saying instead of "put it", before the quotation it
# names the speaker of, in its sentence or ending the paragraph before the one the quotation
# opens: "As Ann Vale said in an interview about the port, “…”", "As Reyes and colleagues
# summarize: “…”", "As Tom Reyes recently wrote for the Gazette,\n\n“…”", "as Reyes put it
# two centuries ago, “…”". The verb may take an adverb after it ("states plainly"), "told" or
# "tells" a short object ("told reporters"), and up to two adjuncts of place, time or medium
# may follow. Verbs of reporting ("reported") are left to the cue steps, which mark an outlet's
# report relayed; "As Reyes said he would, ..." (a clause of manner) is none.
_AS_SAID_VERB = r"(?:said|says|say|wrote|writes|write|noted|notes|note|observed|observes|" \
    r"observe|argued|argues|argue|explained|explains|explain|remarked|remarks|summarized|" \
    r"summarizes|summarize|summarised|summarises|summarise|declared|declares|stated|states|" \
    r"concluded|concludes|conclude|warned|warns|warn|recalled|recalls|pointed[ \t\xa0]+out|" \
    r"points[ \t\xa0]+out|put[ \t\xa0]+it|puts[ \t\xa0]+it|(?P<told>told|tells))"
_AS_SAID_ADJUNCT = r"(?:[ \t\xa0]+(?:(?:to|in|on|at|for|about|during|after|before|last|this|" \
    r"that|when|recently|once|earlier|later|back)\b[^,.;:()\"“”\n]{0,60}?|(?:[a-z]+|\d+)" \
    r"[ \t\xa0]+(?:years|decades|centuries)[ \t\xa0]+ago)){0,2}"
# words after "as" that open no speaker: "As for laws in other states, ...", "As in other
# states", "As usual", "As it says"; nor the writer: "As I noted", "as we wrote last week"
_AS_NOT_WHO = r"(?!(?:for|in|to|of|with|on|at|if|by|from|usual|always|ever|well|long|soon|far|" \
    r"much|it|is|was|though|such|I|we|We|you|You)\b)"
# nor the second "as" of "as well as", "such as", "as long as": "Ann Vale, a pilot as well as a
# trained mechanic says, “…”" is Vale's
# (asked after the "A" of "As", as the word boundary before it: see _AS_IT_BEFORE)
_AS_NOT_AFTER = r"(?<!\bwell[ \t\xa0][Aa])(?<!\bsuch[ \t\xa0][Aa])(?<!\blong[ \t\xa0][Aa])" \
    r"(?<!\bsoon[ \t\xa0][Aa])(?<!\bfar[ \t\xa0][Aa])(?<!\bmuch[ \t\xa0][Aa])" \
    r"(?<!\bsame[ \t\xa0][Aa])"
# an auxiliary, "like to" or "go on to" between the speaker and the verb: "as critics have
# argued", "as opponents like to say", "As the trustees go on to explain:"; a modal makes the
# words supposed ("As one might say"): no one's
_AS_AUXILIARY = r"(?:[’']ve|[’']d)?(?:[ \t\xa0]+(?:has|have|had|(?P<modal>would|will|might|may|" \
    r"could|can|should|must)|(?:likes?|liked|loves?|loved|used|continues?|continued)[ \t\xa0]+to|" \
    r"(?:goes|go|went)[ \t\xa0]+on[ \t\xa0]+to)){0,2}"
_AS_SAID_BEFORE = re.compile(
    r"[Aa](?<=\b[Aa])" + _AS_NOT_AFTER + r"s[ \t\xa0]+" + _AS_NOT_WHO + _AS_WHO + _AS_AUXILIARY
    + _AS_ADVERBS
    + r"[ \t\xa0]+" + _AS_SAID_VERB + r"(?:[ \t\xa0]+[a-z]+ly)?"
    r"(?(told)[ \t\xa0]+(?:me|us|him|her|them|reporters|"
    r"[A-Z][\w.’'-]*(?:[ \t\xa0]+[A-Z][\w.’'-]*){0,3}|"
    r"(?:the|a|an|his|her|their)[ \t\xa0]+[a-z]+(?:[ \t\xa0]+[a-z]+)?))" + _AS_SAID_ADJUNCT
    + r"[ \t\xa0]*(?:[,)—–][^.!?;\"“”\n]*|:[ \t\xa0\n]*|,[ \t\xa0]*\n[ \t\xa0\n]*)$")
# After a quotation that ends in a full stop, a sentence that is only a name and a speech verb
# (a comma typed as a full stop): "“… doing research.” Song said."
# a name and a verb after it, or the verb and the name ("Song said", "said Song"): ``who``
# and ``verb`` or ``verb2`` and ``who2`` (``_said_by``)
_NAME_AND_VERB = (rf"(?:(?P<who>{_NAME})[ \t\xa0]+(?P<verb>[a-z]{{3,}})|"
                  rf"(?P<verb2>[a-z]{{3,}})[ \t\xa0]+(?P<who2>{_NAME}))")
_SAID_ALONE = re.compile(rf"[ \t\xa0]+{_NAME_AND_VERB}[ \t\xa0]*\.(?!\w)")
# Before a quotation in its paragraph, the attribution that a quotation before it ends in a
# comma and a closing mark and that ends its sentence, with at most a short adjunct: "…,”
# Pascrell wrote. “…”", "…,” Mr. Warner told The Washington Times. “…”" (``_set_off_before``)
_SAID_BEFORE = re.compile(rf",[\"”][ \t\xa0]+{_NAME_AND_VERB}"
                          r"(?:[ \t\xa0]+[^.!?;:\"“”\n]{1,40}?)?[ \t\xa0]*\.[ \t\xa0]+$")
# how far before a quotation ``_SAID_BEFORE`` is looked for
_SAID_BEFORE_REACH = 120
_BARE = re.compile(rf"[ \t\xa0]+(?:(?P<who>{_NAME})[ \t\xa0]+(?P<verb>{_VERB})|"
                   rf"(?P<verb2>[a-z]{{3,}}(?:ed|s))[ \t\xa0]+(?P<who2>{_NAME})){_TAIL}")


def attach_leftovers(text: str, paras: list[Span], marked: tuple[Marked, ...],
                     claimed: Set[Marked], found: tuple[RawQuote, ...],
                     knowledge: Knowledge) -> tuple[RawQuote, ...]:
    """Give the quotes found with those made of the quotations no cue attributed."""
    starts = [ps for ps, _ in paras]
    out = _Found(found)
    running = _RunningQuotes(text, marked)
    title_small = knowledge.words.title_small_words | knowledge.words.prepositions
    for q in marked:  # in text order
        if q in claimed or out.covers(q[0][0]):
            continue  # attributed, or inside reported speech already
        words = len(_WORD.findall(text, q[0][0], q[-1][1]))
        n = _para_index(paras, starts, q[0][0], end_in=False)
        if n >= 0 and embedded_title(text, q, paras[n][0], named=True, small=title_small):
            continue  # a title named in running text: 'on “Meet the Press”' is nobody's words
        if n >= 0 and _repeats_a_quotation(text, paras[n], q, running):
            continue  # a pull quote or a subhead: the quotation it repeats is the quote
        if _web_address(text, q):
            continue  # markup left in the text: 'poster="http://…/still.jpg"' quotes no one
        if n >= 0 and _uncued_title(text, paras[n], q, knowledge):
            continue  # a book's, a report's or another story's title: nobody's words
        speaker = _signature(text, q, words, knowledge) \
            or _colon(text, paras, q, n, words, knowledge) \
            or _set_off(text, q, words, knowledge) \
            or _described_set_off(text, q, words, knowledge) \
            or _as_put_it(text, paras, q, n, knowledge) \
            or _named_after(text, q, words) \
            or _parenthesised(text, paras, q, n, words, knowledge)
        if speaker is None and _continue(text, out, paras, starts, q, n, words, knowledge):
            continue
        speaker = speaker or _set_off_before(text, paras, q, n, words, knowledge)
        if speaker is not None:
            out.append(RawQuote(q, "direct", speaker, marked=(q,)))
        elif words >= 8:
            out.append(RawQuote(q, "direct", _named_before(text, paras, q, n, knowledge),
                                marked=(q,)))
    return tuple(out.quotes)


class _Found:
    """The quotes found so far, indexed for the two questions asked of them in text order:
    does one cover a position, and which ends last before it (private to this step)."""

    def __init__(self, found: tuple[RawQuote, ...]) -> None:
        self.quotes: list[RawQuote] = []
        self._version: list[int] = []
        self._spans: list[Span] = []  # a heap of spans not yet passed
        self._reach = -1  # the furthest end of the spans passed
        self._pending: list[tuple[int, int, int]] = []  # a heap of (end, index, version)
        self._ended: list[tuple[int, int, int]] = []  # a heap of (-end, index, version)
        for q in found:
            self.append(q)

    def append(self, quote: RawQuote) -> None:
        """Add a quote after the others, its spans indexed."""
        self.quotes.append(quote)
        self._version.append(0)
        self._index(len(self.quotes) - 1, quote.spans)

    def extend(self, k: int, q: Marked) -> None:
        """Add a quotation's parts to quote k (a quote split around its attribution)."""
        last = self.quotes[k]
        self.quotes[k] = replace(last, spans=last.spans + q, marked=(*last.marked, q))
        self._version[k] += 1
        self._index(k, q)

    def _index(self, k: int, spans: tuple[Span, ...]) -> None:
        for span in spans:
            heappush(self._spans, span)
        heappush(self._pending, (self.quotes[k].end, k, self._version[k]))

    def covers(self, pos: int) -> bool:
        """Tell whether a span of a quote holds pos (pos never decreases between calls)."""
        while self._spans and self._spans[0][0] <= pos:
            self._reach = max(self._reach, heappop(self._spans)[1])
        return self._reach > pos

    def last_before(self, pos: int, skip: Callable[[RawQuote], bool] | None = None
                    ) -> int | None:
        """Give the index of the quote that ends last at or before pos, the first of equals,
        passing over those ``skip`` holds (pos never decreases between calls)."""
        while self._pending and self._pending[0][0] <= pos:
            end, k, version = heappop(self._pending)
            if version == self._version[k]:
                heappush(self._ended, (-end, k, version))
        while self._ended and self._ended[0][2] != self._version[self._ended[0][1]]:
            heappop(self._ended)
        if not self._ended or skip is None or not skip(self.quotes[self._ended[0][1]]):
            return self._ended[0][1] if self._ended else None
        # rare (a question's topic last): the others in order, the last ending first
        return next((k for _, k, version in sorted(self._ended)
                     if version == self._version[k] and not skip(self.quotes[k])), None)


def _signature(text: str, q: Marked, words: int, knowledge: Knowledge) -> Mention | None:
    """Name the signature on the line after a quotation: "― Martha Aguilar", "— Ann Roe,
    Harbour Gazette"; a document signed with where it appeared is that outlet's ("—
    Editorial, Harbour Gazette")."""
    if words < 3:
        return None
    tweet = text[q[0][0]] not in DOUBLE_MARKS
    m = (_SIGNED_TWEET if tweet else _SIGNED).match(text, q[-1][1])
    if m is not None or _title_case(text, q):  # “Harbour Lights” — Tom Reyes, oil on canvas
        return Mention(m["name"], (m.start("name"), m.end("name"))) if m else None
    m = _SIGNED_WHERE.match(text, q[-1][1])
    if m is None:
        return _signed_described(text, q, words, knowledge)
    if " " in m["name"]:
        return Mention(m["name"], (m.start("name"), m.end("name")))
    if m["name"].lower() in knowledge.words.documents:
        return Mention(m["where"], (m.start("where"), m.end("where")))
    return None  # one word and a place ("— Reuters, Washington"): not read


def _signed_described(text: str, q: Marked, words: int, knowledge: Knowledge
                      ) -> Mention | None:
    """Name the signature with a description after a whole quotation: in the paragraph after
    one the quotation makes up ("“…”\n\n— Tom Reyes, the harbour master, at a town hall."), or
    on its line with where the words were said ("“…” – Tom Reyes on “Harbour Talk”"). The
    name has two words or more ("-- Email from …" signs nothing) and opens with no
    sentence opener ("— On Harbour Radio on Sunday, Ann Roe said …" is a sentence)."""
    start, end = q[0][0], q[-1][1]
    if words < 8 or not text[max(0, end - 3):end].rstrip("\"”’' ").endswith((".", "!", "?")):
        return None
    own_paragraph = text[text.rfind("\n", 0, start) + 1:start].strip() == ""
    m = (_SIGNED_BELOW if own_paragraph else _SIGNED_ON).match(text, end)
    if m is None or len(m["name"].split()) < 2 \
            or m["name"].split()[0].lower() in knowledge.words.openers:
        return None
    return Mention(m["name"], (m.start("name"), m.end("name")))


def _set_off(text: str, q: Marked, words: int, knowledge: Knowledge) -> Mention | None:
    """Name who speaks in an attribution set off after a quotation by its own verb: "“We
    tried,” Ann Vale mused, “...”", "“Are we ready?” Tom Reyes bellowed to the crowd."."""
    end = q[-1][1]
    if words < 2 or end < 2 or text[end - 2] not in ",?!." or _title_case(text, q):
        return None
    w = knowledge.words
    m = _said_alone(text, end, words, knowledge) if text[end - 2] == "." else \
        _BARE.match(text, end)
    if m is None:
        return None
    verb = m["verb"] or m["verb2"]
    # a verb in the past, or in the present of a story told so ("she erupts", "X mutters")
    if not (w.past_form(verb) or w.s_form(verb)) or verb in w.aux_verbs:
        return None
    return _said_by(m, knowledge)


def _said_by(m: re.Match[str], knowledge: Knowledge) -> Mention | None:
    """Give the name a match of a name and a verb holds (``who`` or ``who2``), unless it is
    a day or a month: when, not who ("“Death of a salesman,” opens Friday.")."""
    who = "who" if m["who"] else "who2"
    last = m[who].rsplit(None, 1)[-1].lower()
    if last in knowledge.words.days or last in knowledge.words.months:
        return None
    return Mention(m[who], (m.start(who), m.end(who)))


# the words of the sentence after a quotation, up to a line end or another quotation mark
_AFTER_WORDS = re.compile(r"[^\s\"“”«»]+")
_STOP_BEFORE = re.compile(r"[\n\"“”«»]")
# how many words a speaker's description set off after a quotation may take: "White House
# counsel Pat Cipollone", "one person directly involved in the process"
_DESCRIBED_WORDS = 12
# initials that end in a full stop yet go on the sentence: "J.", "U.S."
_INITIALS = re.compile(r"(?:[A-Z]\.)+")


def _described_set_off(text: str, q: Marked, words: int, knowledge: Knowledge
                       ) -> Mention | None:
    """Name who speaks in an attribution set off after a quotation by a speech cue, however
    the speaker is described: "“…,” the GOP operative said.", "“…,” White House counsel
    Pat Cipollone said in a statement.", "“…?” said pro-democracy legislator Ann Mo." (the
    cue steps read no phrase there: a noun the lexicon lacks, a hyphened modifier, a
    participle), or by a verb of manner when no cue is there ("“…,” a Capitol Hill
    Republican sniped.", "“…,” gushes one woman."). Not where a clause goes on ("“…,” but
    critics said the plan would fail"), nor a pronoun, an auxiliary or a passive ("“…?”
    Reyes was asked")."""
    end = q[-1][1]
    if words < 2 or end < 2 or text[end - 2] not in ",?!" or _title_case(text, q) \
            or not _opens_sentence(text, q[0][0]):
        return None
    stop = _STOP_BEFORE.search(text, end)
    run = list(_AFTER_WORDS.finditer(text, end, stop.start() if stop else len(text)))
    toks = run[:_sentence_words(run, knowledge)]
    cued = [k for k, t in enumerate(toks[:_DESCRIBED_WORDS + 1])
            if _set_off_cue(t[0], knowledge) is not None]
    # no speech cue: a verb of manner set off as one ("“…,” a Capitol Hill Republican
    # sniped.", "“…,” gushes one woman.")
    for k in cued[:1] or _manner_verbs(toks[:_DESCRIBED_WORDS + 1], knowledge):
        who = _described_speaker(toks, run, k, knowledge)
        if who:
            end_at = who[0].start() + len(text[who[0].start():who[-1].end()].rstrip(",.;"))
            return Mention(text[who[0].start():end_at], (who[0].start(), end_at))
    return None


def _described_speaker(toks: list[re.Match[str]], run: list[re.Match[str]], k: int,
                       knowledge: Knowledge) -> list[re.Match[str]] | None:
    """Give the words of the speaker a set-off verb at toks[k] names, before it or after it
    ("the GOP operative said", "said the four-star general"); None where they are no
    speaker's description or a clause follows the verb."""
    w = knowledge.words
    if k == 0:  # "“…,” said the four-star general."
        who = toks[1:]
        if not who or not _opens_description(who[0][0], knowledge):
            return None  # "“first black president,” accused him of racism"
        who = _name_after(run[len(toks):]) or who  # "said one of their lawyers, Ann Roe."
    else:  # "“…,” the GOP operative said in an email."
        if not _adjunct_after(toks[k][0], [_bare_word(t[0]) for t in toks[k + 1:]], knowledge):
            return None  # "“…,” the mayor said the plan would fail": a clause of its own
        who = toks[:k]
        while who and is_adverb(who[-1][0], w):
            who = who[:-1]  # "… Jason Kander recently told"
    who = _before_topic(who, w)
    if not who or len(who) > _DESCRIBED_WORDS or not _describes(who, knowledge):
        return None
    return who


def _manner_verbs(toks: list[re.Match[str]], knowledge: Knowledge) -> list[int]:
    """Give where a verb in the past may stand after a quotation, or one in -s that opens
    the attribution ("sniped", "chimed", "huffed", "gushes"): lower-case words, no
    auxiliary."""
    w = knowledge.words
    found = []
    for k, t in enumerate(toks):
        bare = t[0].rstrip(",.;:?!")
        if not bare.isalpha() or not bare.islower() or bare in w.aux_verbs:
            continue
        if w.past_form(bare) or (k == 0 and w.s_form(bare)):
            found.append(k)
    return found


# the cues whose object may follow them before the sentence ends: "told reporters", "asked
# Mr. Reyes", "tweeted the photo"
_OBJECT_CUES = frozenset({"tell", "ask", "tweet", "write", "text", "email"})


def _opens_sentence(text: str, start: int) -> bool:
    """Tell whether a quotation at ``start`` opens its sentence: a paragraph's start, or a
    sentence's end or a colon before it (read backwards from ``start``, not by copying the
    text before it, which would cost the whole text for each quotation)."""
    k = start
    while k > 0 and text[k - 1] in " \t\xa0":
        k -= 1
    if k == 0 or text[k - 1] in "\n.!?:":
        return True
    if text[k - 1] not in "\"”’'":
        return False
    k -= 1
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return k > 0 and text[k - 1] in ".!?,"


def _opens_description(word: str, knowledge: Knowledge) -> bool:
    """Tell whether the word after a cue set off after a quotation may open its speaker's
    description: a name, a determiner, a title or a hyphened modifier ("said the …", "said
    pro-democracy legislator …"), not an object ("accused him")."""
    bare = word.rstrip(",.;:")
    low = bare.lower()
    return bare[:1].isupper() or bare[:1].isdigit() or low in knowledge.words.determiners \
        or low in knowledge.words.modifiers or low in knowledge.titles \
        or ("-" in bare and all(p.isalpha() for p in bare.split("-")))


def _adjunct_after(cue_word: str, tail: list[str], knowledge: Knowledge) -> bool:
    """Tell whether the words after a set-off cue up to the sentence's end can only say
    where, when or to whom the words were said ("said in an email", "said last month",
    "told Fox News", "asked Mr. Reyes"), not open a clause of their own ("said the plan
    would fail", "says absolutely not")."""
    if not tail:
        return True
    w, first = knowledge.words, tail[0]
    if first == "that":
        return False
    cue = _set_off_cue(cue_word, knowledge)
    if cue is not None and cue.lemma in _OBJECT_CUES:
        return first not in w.pronouns
    return first in _ADJUNCT_WORDS or first in w.oblique_prepositions \
        or first in w.object_prepositions or first in w.subordinators \
        or first in w.time_words or first in w.days or first in w.months


# the words that open an adjunct after "said" that no word class _adjunct_after reads holds:
# "said via a spokesman", "said under oath" (the others do: "said in an interview", "said
# of the plan", "said through a spokesman", "said when asked", "said last week")
_ADJUNCT_WORDS = frozenset({"via", "under"})


def _before_topic(who: list[re.Match[str]], w: Words) -> list[re.Match[str]]:
    """Cut a description where what it is about or whom it is close to follows a common
    noun: "WaPo’s profile on Abrams" is WaPo's, "one donor close to the Clintons" and "one of
    the operatives familiar with the campaign" are the donor's and the operative's ("the
    Council on Foreign Relations" stays whole)."""
    for n in range(1, len(who) - 1):
        if who[n][0] in _TOPIC_WORDS and who[n - 1][0].islower():
            cut = who[:n]
            while cut and is_adverb(cut[-1][0], w):
                cut = cut[:-1]  # "one clerk directly involved in"
            return cut
    return who


# the words after a description's noun that open what it is about or whom it is near
_TOPIC_WORDS = frozenset({"on", "about", "close", "familiar", "involved", "briefed",
                          "knowledgeable", "representing", "who", "whose", "which"})


def _name_after(rest: list[re.Match[str]]) -> list[re.Match[str]] | None:
    """Give the name in apposition after a description set off by its comma, up to the
    comma or full stop that ends it ("…, Rep. Jason Crow, D-Colo."); None where the words
    after the comma are no name of two words or more."""
    name = []
    for t in rest:
        if not t[0][:1].isupper():
            return None
        name.append(t)
        if t[0][-1] in ",;" or (t[0][-1] == "." and not _INITIALS.fullmatch(t[0])
                                and len(t[0]) > 4):
            break
    return name if len(name) >= 2 and name[-1][0][-1] in ",.;" else None


def _sentence_words(toks: list[re.Match[str]], knowledge: Knowledge) -> int:
    """Give how many of the words after a quotation belong to its sentence's attribution:
    up to one that ends in a comma, a semicolon, a colon, "?", "!" or a full stop that is not
    an abbreviation's or an initial's ("Sen.", "Mr.", "U.S.", "J.")."""
    for n, t in enumerate(toks):
        word = t[0]
        if word[-1] in ",;:?!" or (word[-1] == "." and not (
                word[:-1].lower() in knowledge.words.abbreviations
                or _INITIALS.fullmatch(word))):
            return n + 1
    return len(toks)


def _set_off_cue(word: str, knowledge: Knowledge) -> Cue | None:
    """Give the speech cue a word after a quotation is, in the past or in -s ("said",
    "says", "told", "asks"), not in its bare form; None for any other word."""
    bare = word.rstrip(",.;:?!")
    if not bare.isalpha() or not bare.islower():
        return None
    cue = knowledge.cues.get(bare)
    return cue if cue is not None and cue.speech and bare != cue.lemma else None


def _describes(who: list[re.Match[str]], knowledge: Knowledge) -> bool:
    """Tell whether the words set off with a cue after a quotation can be a speaker's
    description: no clause or verb opening them ("read a comment from ..."), no clause
    inside them, no pronoun, auxiliary, "that" or cue among them, and a noun or a name to end
    them ("the ally", "one Senate aide", "Professor Ann Lee from Carnegie Mellon", "owners Tom
    Reyes and Ann Vale"; not "but critics", "it was", "the crowd cheered as Tom Reyes")."""
    w = knowledge.words
    low = [_bare_word(t[0]) for t in who]
    if low[0] in w.openers or low[0] in w.conditionals or low[0] == "and" \
            or (who[0][0].islower() and low[0] in knowledge.cues) \
            or any(_opens_clause(x, w) for x in low):
        return False
    if any(x in w.pronouns or x == "that" for x in low) or any(
            x in w.aux_verbs or x in w.modals or _set_off_cue(x, knowledge)
            for x in (t[0].rstrip(",.;:") for t in who) if x.islower()):
        return False  # a verb in lower case ("states" is a cue, "State" a name's word)
    if any(t[0][-1] in ",;:" for t in who[:-1]):
        return False  # an apposition the cue steps read already, or a list
    last = low[-1]
    if last in w.oblique_prepositions or last in w.object_prepositions or last in w.determiners:
        return False
    # "“…,” Early told": one word is a name, not a time or a bare noun
    return len(who) > 1 or not (last in w.time_words or last in w.days or last in w.months
                                or not who[0][0][:1].isupper())


def _opens_clause(word: str, w: Words) -> bool:
    """Tell whether a word opens a clause of its own ("but", "as", "while"; "and" joins
    two descriptions or names)."""
    return word != "and" and w.links_clauses(word)


# The sentence after a quotation that says whose words they were: "That was the judgment of
# the anti-Taliban leader Abdul Haq, one of …", "Those were the words of Ann Roe."
_WORDS_OF = re.compile(r"[ \t\xa0]*\n{0,2}[ \t\xa0]*(?:That|This|Those|These|Such)[ \t\xa0]+"
                       r"(?:was|were|is|are)[ \t\xa0]+(?:the|his|her|their)[ \t\xa0]+"
                       r"(?:[a-z]+[ \t\xa0]+)?(?:judgment|judgement|view|verdict|assessment|"
                       r"conclusion|words|advice|warning|answer|response|reaction|opinion|"
                       r"prediction)[ \t\xa0]+of[ \t\xa0]+(?P<who>[^,.;:!?\"“”\n]{3,80}?)"
                       r"[ \t\xa0]*[,.;]")


def _named_after(text: str, q: Marked, words: int) -> Mention | None:
    """Name whom the sentence right after a quotation that ends a sentence gives its words:
    "“…” That was the judgment of the anti-Taliban leader Abdul Haq, …"."""
    end = q[-1][1]
    ends = text[max(0, end - 3):end].rstrip("\"”’' \t").endswith((".", "!", "?")) \
        or text[end:end + 3].lstrip().startswith(".")  # '“…”.' as some outlets write it
    if words < 4 or not ends:
        return None
    m = _WORDS_OF.match(text, end + (1 if text[end:end + 1] == "." else 0))
    return Mention(m["who"], (m.start("who"), m.end("who"))) if m else None


# the fewest words a quotation set in parentheses must hold to be a speaker's words, not a term
# ("(“refugees”)", "(“CPD”)")
_PARENTHESISED_WORDS = 2
# a closing parenthesis after the closing mark, spaces between (``_parenthesised``)
_SPACED_CLOSE = re.compile(r"[ \t\xa0]*\)")


def _parenthesised(text: str, paras: list[Span], q: Marked, n: int, words: int,
                   knowledge: Knowledge) -> Mention | None:
    """Name who speaks a quotation that is all a parenthesis holds, set right after a noun in
    a sentence whose subject is one person acting, named or "he" or "she", with no one else
    named between them: "Dan Pike stumbled in one answer on trade (“We buy more than we
    sell”) and left", "Ann Vale, after a slow start, found her footing with a joke (“I
    raised more from my ex-husbands”)". None where the sentence names another person or
    what may be one before the parenthesis ("Reyes quoted Lincoln (“…”)"), holds a speech cue
    or another quotation, or opens with the parenthesis; nor for a term ("(“CPD”)")."""
    start, end = q[0][0], q[-1][1]
    if n < 0 or len(q) != 1 or words < _PARENTHESISED_WORDS or _title_case(text, q):
        return None
    lo = start  # read back and on from the marks, not by copying the text around them: that
    # is long in a long article, and this is asked of most quotations left unattributed
    while lo and text[lo - 1] in " \t\xa0":
        lo -= 1
    if not _SPACED_CLOSE.match(text, end) or lo < 1 or text[lo - 1] != "(":
        return None
    sent = _sentence_at(text, paras[n], lo - 1, knowledge)
    if sent is None or any(c in text[sent[0]:lo - 1] for c in "\"“”()"):
        return None
    frame = make_frame(text, (sent[0], lo - 1), (), knowledge)
    toks = frame.tokens
    if len(toks) < 3 or frame.headline or not toks[-1].text[:1].isalpha():
        return None
    who = subject(frame, len(toks))
    if who is None or toks[0].low in knowledge.words.conditionals:
        return None
    verb = _past_apposition(frame, frame.index(who[-1]) + 1, knowledge)
    if not _acts(frame, verb) or _joins_another(frame, who, verb) \
            or any(cue_at(frame, k) is not None for k in range(len(toks))):
        return None
    if any(is_capitalized(t.text) and not _places_or_bodies(t.low, knowledge)
           for t in toks[frame.index(who[-1]) + 1:]):
        return None  # someone else, or what may be someone, named before the parenthesis
    if len(who) == 1 and who[0].low in ("he", "she"):
        return frame.mention(who)
    return frame.mention(who) if _person_named(text, who, knowledge) else None


def _places_or_bodies(low: str, knowledge: Knowledge) -> bool:
    """Tell whether a capitalised word names no one who could speak: a country, a place, a
    body or an outlet the tables hold, a day or a month ("Russia", "Congress", "Monday")."""
    return low in knowledge.countries or low in knowledge.places \
        or low in knowledge.metonyms or low in knowledge.organisations \
        or low in knowledge.outlets or low in knowledge.words.days \
        or low in knowledge.words.months


def _set_off_before(text: str, paras: list[Span], q: Marked, n: int, words: int,
                    knowledge: Knowledge) -> Mention | None:
    """Name who speaks a quotation that a sentence of its own in its paragraph follows, where
    that sentence is the attribution set off after words ending in a comma and a closing mark
    ("…,” Pascrell wrote. “…”"): the quote split around its attribution, whose first part no
    step read as a quotation (its opening mark is lost) or gave no speaker. The verb is a
    speech cue in the past or in -s ("wrote", "says"), not a question's ("…?” she asked.
    “…”" may be answered)."""
    start = q[0][0]
    if n < 0 or words < 3:
        return None
    m = _SAID_BEFORE.search(text, max(paras[n][0], start - _SAID_BEFORE_REACH), start)
    if m is None or not _speech_said(m, knowledge):
        return None
    return _said_by(m, knowledge)


def _said_alone(text: str, end: int, words: int, knowledge: Knowledge) -> re.Match[str] | None:
    """Match a sentence that is only a name and a speech verb in the past or in -s after a
    quotation ending in a full stop at ``end``: "“… research.” Song said."; None otherwise."""
    m = _SAID_ALONE.match(text, end)
    if m is None or words < 3:
        return None
    return m if _speech_said(m, knowledge) else None


def _speech_said(m: re.Match[str], knowledge: Knowledge) -> bool:
    """Tell whether a match of a name and a verb (``_NAME_AND_VERB``) holds a speech cue in
    the past or in -s ("wrote", "says"; not "say")."""
    verb = m["verb"] or m["verb2"]
    cue = knowledge.cues.get(verb)
    return cue is not None and cue.speech and verb != cue.lemma


def _as_put_it(text: str, paras: list[Span], q: Marked, n: int,
               knowledge: Knowledge) -> Mention | None:
    """Name who speaks in "as X put it" beside a quotation: after it ("a “reset,” as she
    put it"), or before it in its sentence ("The plan, as Tom Reyes put it, was “…”"); no
    one where X only "might put it" so."""
    m = _AS_IT_AFTER.match(text, q[-1][1])
    if m is None and n >= 0:
        start = q[0][0]
        # not from the last full stop: an initial's ("As F. R. Lane put it, “…”") is none;
        # the pattern itself holds no sentence end between the clause and the quotation
        lo = max(paras[n][0], start - _AS_IT_REACH)
        m = _as_clause_before(text, _AS_IT_BEFORE, lo, start)
        if m is None:
            # "As Ann Vale said in May, “…”", also ending the paragraph before: "As Tom
            # Reyes wrote last week:\n\n“…”"
            opens = start == paras[n][0] and n >= 1
            m = _as_clause_before(text, _AS_SAID_BEFORE, max(
                paras[n - 1][0] if opens else paras[n][0], start - _AS_IT_REACH), start)
    if m is None or m["who"].rsplit(None, 1)[-1].lower() in knowledge.words.modals \
            or (m.re is _AS_SAID_BEFORE and m["modal"]):
        return None
    return Mention(m["who"], (m.start("who"), m.end("who")))


def _as_clause_before(text: str, pattern: re.Pattern[str], lo: int, start: int
                      ) -> re.Match[str] | None:
    """Match the nearest "as X put it" clause (or one of ``pattern``'s) that ends right before
    a quotation at ``start``, from ``lo`` on; None where there is none or it follows another
    quotation in its sentence."""
    m = pattern.search(text, lo, start)
    while m is not None and (inner := pattern.search(text, m.start("who"), start)):
        m = inner  # the nearest clause: "as in the U.S. As Lane put it, “…”"
    if m and text[lo:m.start()].rstrip(" \t\xa0,(—–").endswith(("”", '"', "’", "'")):
        return None  # "a “…” (as Reagan put it) and a “…”": the clause is the first's
    return m


# a word of four letters or more, as title_cased reads them
_LONG_WORD = re.compile(r"[\w’'-]{4,}")
# the fewest different such words an uncued title holds: "Iran, Iran and Iran." is a voice
_TITLE_WORDS = 3
# how many words after a quotation may name what carries it: "“…,” blared a January 2016
# headline"
_CARRIER_REACH = 6


def _uncued_title(text: str, para: Span, q: Marked, knowledge: Knowledge) -> bool:
    """Tell whether a quotation of one part that no cue attributed is a title: its words are
    title-cased, three different words of four letters or more at least, the first opening
    with a capital, not all in capitals, not ending in "!" (a chant, a shout, a sign) and no
    sentence of its own after another in its paragraph ("“…,” Ann Vale said. “Harbour
    Strong, Harbour Proud.”"), as a book's, a study's, a bill's or another story's headline
    is ("… of the Gazette bestseller “The Long Tide: How a Harbour Town Lost Its Fleet”",
    "-- “Council Votes To Close The Pier.” (Harbour Gazette)", "The motion was: “…”");
    those steps that give such a quotation a speaker (a colon, the subject of the sentence
    before, the quote before it) read a title as its words. Not an embedded tweet's text
    (its signature follows its links); not after a verb of saying or of an inscription
    ("tweeted: “Where Is Christopher Wray?”", "read: “Free Hong Kong.”"), which the cue steps
    left unread; nor the words of a headline, a sign or a banner named before it in its
    sentence or a few words after it ("changed the headline from “…”", "“…,” read a typical
    2013 headline", 'a “…” banner'): the outlet's or the marcher's words."""
    if len(q) != 1:
        return False
    s, e = q[0]
    quoted = text[s:e]
    inside = quoted.strip(QUOTE_EDGES)
    if len({w.lower() for w in _LONG_WORD.findall(quoted)}) < _TITLE_WORDS \
            or not inside[:1].isupper() or not _title_case(text, q) \
            or quoted == quoted.upper() or quoted.rstrip(_CLOSING).endswith("!") \
            or _SIGNED_TWEET.match(text, e) or _sentence_alone(text, q):
        return False
    words = knowledge.words
    before = [w.lower() for w in _WORD.findall(text, max(para[0], s - 40), s)]
    if before and (before[-1] in knowledge.cues or before[-1] in words.inscription_verbs):
        return False
    after = [w.lower() for w in _WORD.findall(text, e, min(para[1], e + 80))]
    # the words of its sentence before it ("As Ann Vale headlined her reaction on the blog,
    # “…”"), and a few after it
    opens = max(text.rfind(". ", para[0], s), text.rfind("\n", para[0], s), para[0])
    near = [w.lower() for w in _WORD.findall(text, opens, s)] + after[:_CARRIER_REACH]
    return not any(w in words.inscriptions or w[:-1] in words.inscriptions for w in near) \
        and not (after and after[0] in words.inscription_verbs)


def _title_case(text: str, q: Marked) -> bool:
    """Tell whether a quotation's words are all capitalised but the short ones, as a title's
    are ("“Harbour Lights,” Tom Reyes produced, ran for years")."""
    words = _WORD.findall(text, q[0][0], q[-1][1])
    return any(len(w) > 3 for w in words) and title_cased(words)


def _colon(text: str, paras: list[Span], q: Marked, n: int, words: int,
           knowledge: Knowledge) -> Mention | None:
    """Name who speaks before the colon that introduces a quotation, in its paragraph or
    ending the one before."""
    if words < 3 or n < 0:
        return None
    return colon_speaker(text, paras[n], q[0][0], knowledge) or (
        colon_speaker(text, paras[n - 1], paras[n - 1][1] + 1, knowledge, cued=True)
        or _colon_subject(text, paras[n - 1], knowledge)
        if q[0][0] == paras[n][0] and n >= 1 else None)


# the personal pronouns that stand for a speaker the article named: they may speak a quotation
# a colon introduces, and open an attribution of the same speaker again ("“…,” he said.");
# not "I" (the writer), "it", "we" or "you"
_SPEAKER_PRONOUNS = frozenset({"he", "she", "they"})


def _sentence_at(text: str, para: Span, at: int, knowledge: Knowledge) -> Span | None:
    """Give the sentence of a paragraph that holds the character at ``at``."""
    return next((s for s in sentences(text, para, knowledge.words.abbreviations,
                                      knowledge.words.sentence_openers)
                 if s[0] <= at < s[1]), None)


def _colon_subject(text: str, para: Span, knowledge: Knowledge) -> Mention | None:
    """Name who speaks the quotation that opens the paragraph after one ending in a colon
    and no speech verb: the subject of that colon's sentence, a name, "he", "she", "they" or a
    document, when it acts ("Tom Reyes took the praise a step further:", "She put it this
    way:", "The statement went on:"). None after a passive ("He was asked:"), where a name
    follows "from" or "by" ("Reyes got this reply from Ann Vale:"), in a heading, or where the
    subject is no name ("Here is what we know:", "The results:")."""
    colon = para[0] + len(text[para[0]:para[1]].rstrip()) - 1
    if text[colon] != ":":
        return None
    sent = _sentence_at(text, para, colon, knowledge)
    if sent is None or any(c in text[sent[0]:colon] for c in "\"“”?"):
        return None
    frame = make_frame(text, (sent[0], colon), (), knowledge)
    who = subject(frame, len(frame.tokens)) if frame.tokens and not frame.headline else None
    # the verb may follow an apposition or an aside set off after the subject: "Tom Reyes,
    # in his second book, went further:"; not one that names some of them ("Democrats, such
    # as Ann Vale, put it more harshly:" may be Vale's words)
    if who is None or _names_members(frame, after := frame.index(who[-1]) + 1) \
            or not _acts(frame, _past_apposition(frame, after, knowledge)):
        return None
    words, head = knowledge.words, who[-1]
    if len(who) == 1 and head.low in words.pronouns:
        return frame.mention(who) if head.low in _SPEAKER_PRONOUNS else None
    named = is_capitalized(head.text) and head.low not in words.days \
        and head.low not in words.months and who[0].low not in words.openers \
        and (len(who) > 1 or frame.index(head) > 0 or _written_as_name(text, head.text))
    return frame.mention(who) if named or head.low in words.documents else None


# the words that open an aside naming some of those its subject stands for: "Democrats, such
# as Ann Vale,", "Critics, including Tom Reyes,"
_MEMBERS_OPENERS = frozenset({"such", "including", "like", "especially", "notably", "among"})


def _names_members(frame: Frame, k: int) -> bool:
    """Tell whether an aside set off by a comma at token k names some of those the subject
    before it stands for ("Democrats, such as Ann Vale, put it ...")."""
    toks = frame.tokens
    return k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].low in _MEMBERS_OPENERS


def _written_as_name(text: str, word: str) -> bool:
    """Tell whether a capitalised word that opens a sentence stands capitalised after another
    word somewhere in the text, as a name does ("reporter Peter Alexander"), unlike a word
    capitalised only to open its sentence ("Deeply embedded in ...", "Consider this:")."""
    return re.search(rf"(?<=[\w,;] ){re.escape(word)}\b", text) is not None


def _acts(frame: Frame, k: int) -> bool:
    """Tell whether the words from token k, after a subject, say what it did, in the active:
    a verb follows ("took", "has released", "was blunt"; not "was asked", "were told"), and
    no name after "from" or "by" says who the words are from."""
    toks, words = frame.tokens, frame.words
    if k >= len(toks) or not re.sub("[’']", "", toks[k].text).isalpha() \
            or not toks[k].text.islower():
        return False
    if toks[k].low in words.aux_passive and k + 1 < len(toks) and (
            toks[k + 1].low.endswith(("ed", "en")) or toks[k + 1].low in words.irregular_past):
        return False
    return not any(toks[m].low in ("from", "by") and is_capitalized(toks[m + 1].text)
                   for m in range(k, len(toks) - 1))


# the fewest words a quotation standing alone must have to be read as repeating another
_REPEAT_WORDS = 4
# what may stand beside a quotation that is all its paragraph holds: quotation marks (single
# ones are among APOSTROPHES), a full stop or a comma, white space
_STANDS_ALONE = DOUBLE_MARKS + APOSTROPHES + "., \t\xa0"


def _repeats_a_quotation(text: str, para: Span, q: Marked, running: _RunningQuotes) -> bool:
    """Tell whether a quotation is a paragraph of its own whose words another quotation
    holds, one that stands in a paragraph with other words: a pull quote set between
    paragraphs, or a subhead made of a line the article quotes where it is said ("“The pier
    stays open”" above a section that reads "“The pier stays open, and it stays free,” the
    mayor said"). The quotation where it is said is the quote; the repeat is nobody's words.
    Two paragraphs that are the same quotation (a text printed twice) repeat nothing."""
    if len(q) != 1 or not _stands_alone(text, para, q[0]):
        return False
    words = _WORD.findall(running.low, *q[0])
    if len(words) < _REPEAT_WORDS:
        return False
    said = " " + " ".join(words) + " "
    return any(said in other for start, other in running.said
               if not para[0] <= start < para[1])


class _RunningQuotes:
    """The quotations of an article that stand in a paragraph with other words, each as its
    first offset and its words in lower case joined by spaces (with a space at each end), for
    `_repeats_a_quotation`. Read once per article, at the first quotation that stands alone,
    so the pull-quote test costs the article's length once, not once per such quotation."""

    def __init__(self, text: str, marked: tuple[Marked, ...]) -> None:
        self.text = text
        self.marked = marked

    @cached_property
    def low(self) -> str:
        return self.text.lower()

    @cached_property
    def said(self) -> list[tuple[int, str]]:
        low, text = self.low, self.text
        return [(other[0][0],
                 " " + " ".join(w for a, b in other for w in _WORD.findall(low, a, b)) + " ")
                for other in self.marked
                if not _stands_alone(text, _line_of(text, other[0][0]), other[0])]


# a web address and nothing else: "http://media.example.com/2015/10/clip.mp4", "www.x.org"
_ADDRESS = re.compile(r"[ \t\xa0]*(?:https?://|www\.)\S+?[ \t\xa0]*")


def _web_address(text: str, q: Marked) -> bool:
    """Tell whether a quotation in one part holds a web address alone, between its marks: an
    attribute of markup left in a scraped page (Politico's 'poster="http://…"', a video's
    source), no one's words."""
    if len(q) != 1:
        return False
    start, end = q[0]
    return _ADDRESS.fullmatch(text, start + 1, end - 1) is not None \
        and text[start] in DOUBLE_MARKS + "'‘" and text[end - 1] in DOUBLE_MARKS + "'’"


def _stands_alone(text: str, para: Span, span: Span) -> bool:
    """Tell whether a quoted stretch is all its paragraph holds but marks and a full stop."""
    return not (text[para[0]:span[0]].strip(_STANDS_ALONE)
                or text[span[1]:para[1]].strip(_STANDS_ALONE))


def _line_of(text: str, pos: int) -> Span:
    """Give the line that holds pos, without its newline."""
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, len(text) if end < 0 else end


def _topic_quote(text: str, q: RawQuote) -> bool:
    """Tell whether a quote is the topic of a cue of speaking, after its "of" or "about":
    "spoke of a “turning point”" (not "had spoken “warmly” about her")."""
    if q.kind != "mixed" or q.cue_info is None or not reports_topic(q.cue_info):
        return False
    before = text[max(0, q.start - 8):q.start].split()
    return bool(before) and before[-1].lower() in TOPIC_OPENERS


def _continue(text: str, out: _Found, paras: list[Span], starts: list[int], q: Marked, n: int,
              words: int, knowledge: Knowledge) -> bool:
    """Give a quotation the speaker of the quote before it, in the same paragraph or the one
    before; a quote split around its attribution grows by the part. Tell whether it did."""
    at = out.last_before(q[0][0], _question_topic)
    if at is None:
        return False
    last = out.quotes[at]
    if last.speaker is None or _topic_quote(text, last) or last.own_words \
            or last.cue_info == USE_WORDS:
        return False  # "spoke of “…”", "used the word “…”", "wrote of “…”" name their own
        # words only, not the quotations after them
    gap_paras = n - _para_index(paras, starts, last.end, end_in=True)
    same_para = gap_paras == 0
    opens_para = n >= 0 and (q[0][0] == paras[n][0]
                             or _goes_on_after(text, paras[n][0], q[0][0], knowledge))
    if not ((same_para and (words >= 2 or _sentence_alone(text, q)))
            or (gap_paras == 1 and opens_para and words >= 4
                                           and not _set_off_after(text, q, paras[n],
                                                                  last.speaker))):
        return False
    if same_para and (_names_a_term(text, paras[n][0], q[0][0], knowledge)
                      or modifies_a_noun(text, q, knowledge)):
        return False  # 'the so-called “deep state”', 'the “endless war” trope': a term
    if not same_para and last.marked and _single(text, q) != _single(text, last.marked[0]):
        return False  # a writer goes on quoting in the same marks: '…' under "…" is a subhead
    if same_para and last.kind == "direct" and not last.inherited:
        out.extend(at, q)
    else:
        out.append(RawQuote(q, "direct", last.speaker, inherited=True, marked=(q,)))
    return True


def _sentence_alone(text: str, q: Marked) -> bool:
    """Tell whether a quotation of one part is a sentence of its own: a sentence ends right
    before its opening mark, its words open with a capital and end in ".", "!" or "?" before
    the closing mark, and no lower-case word goes on after it ("“…,” Ann Vale said.
    “Maybe.”", "… Reyes asked. “Please.”"); not a word in running text ("said it was “fine”
    and left"), nor a headline its own attribution follows ("“Choke!” blared the front page
    of the Gazette")."""
    if len(q) != 1:
        return False
    start, end = q[0]
    inside = text[start:end].strip(QUOTE_EDGES)
    last = start  # the end of what stands before the opening mark, spaces left out (read back
    # from the mark, not by copying the text before it: that is long in a long article)
    while last and text[last - 1] in " \t\xa0":
        last -= 1
    after = text[end:end + 3].lstrip(" \t\xa0")
    return bool(inside) and inside[:1].isupper() and inside.endswith((".", "!", "?")) \
        and text[last - 1:last] in (".", "!", "?") and (not after or not after[0].islower())


# the words of an attribution set off after a quotation, up to its first punctuation
_SET_OFF_WORDS = re.compile(r"[^.,;:!?\"“”()\n]*")


def _set_off_after(text: str, q: Marked, para: Span, speaker: Mention) -> bool:
    """Tell whether a quotation ends in a comma and words of its paragraph follow it that
    attribute it to someone other than ``speaker``, the last quote's ("“…,” campaign manager
    Ann Vale said." after a quote of Tom Reyes's), whether the cue steps read that
    attribution or not: its words are not carried on from the paragraph before. An
    attribution that names the speaker again ("“…,” Reyes recounted of the fire.", "“…,”
    he said.", "“…,” the juror falters." after "a potential juror") carries them on."""
    end = q[-1][1]
    if text[end - 2:end - 1] != "," or not any(c.isalpha() for c in text[end:para[1]]):
        return False
    m = _SET_OFF_WORDS.match(text, end, para[1])
    said = [w for w in (_bare_word(w) for w in m[0].split()) if w] if m else []
    again = _bare_word(speaker.text.split()[-1])
    return not (said and (said[0] in _SPEAKER_PRONOUNS or again in said))


def _bare_word(word: str) -> str:
    """Give a word in lower case without the marks around it or a possessive ending."""
    return re.sub(r"[’']s?$", "", word.lower().strip("’'\"”“‘"))


# one or two words and a comma or a colon before a quotation: "But: “…”", "In addition, “…”"
_GOING_ON = re.compile(r"[ \t\xa0]*([A-Za-z]+)(?:[ \t\xa0]+([a-z]+))?[ \t\xa0]*[,:][ \t\xa0]*")


def _goes_on_after(text: str, para_start: int, start: int, knowledge: Knowledge) -> bool:
    """Tell whether only a word or two that go on from what was said stand before a
    quotation in its paragraph: "But: “…”", "In addition, “…”" (not "Critics: “…”", nor "In
    fact, “…”")."""
    m = _GOING_ON.fullmatch(text, para_start, start)
    return m is not None and all(w is None or w.lower() in knowledge.words.going_on
                                 for w in m.groups())


def _named_before(text: str, paras: list[Span], q: Marked, n: int,
                  knowledge: Knowledge) -> Mention | None:
    """Name the person a quotation that is a sentence of its own follows, when the sentence
    right before it (in its paragraph, or ending the paragraph before where the quotation
    opens its own, where it introduces the person or the quotation speaks in the first
    person) has that person as its acting subject and names no one else: "Bill Beach, a
    director at the foundation, disagrees. “The problem with that is …”", "Smith doubts the
    donors will help.\n\n“They're more likely to sit on their billions.”", "Still, he
    worries about the cuts. “…”". None where that sentence holds a quotation or another
    person's name, is passive ("Reyes was asked"), is a supposition ("If Reyes wins, he
    ..."), has a "he" or "she" beside a narrator's "I" or "me" or a second subject ("he
    and Ann Vale"), or the quotation runs on into a sentence of the writer's or names the
    person itself (a passage about them: "… Mr. Reyes said."). The quotation may end in a
    nested one's mark ("… ‘a lot greater.’”"), or run on over paragraphs, each opening with
    a mark: the person's words set out in several paragraphs under the one that introduces
    them."""
    if n < 0:
        return None
    ps = paras[n][0]
    start, end = q[0][0], q[-1][1]
    pe = paras[bisect_right(paras, (end, end)) - 1][1]
    if text[start:end].rstrip(_CLOSING)[-1:] not in (".", "!", "?") or text[end:pe].strip():
        return None  # the quotation does not end its paragraph
    before = (ps, start) if text[ps:start].strip() else paras[n - 1] if n >= 1 else None
    marks = sum(map(text[before[0]:before[1]].count, "\"“”")) if before else 0
    if before is None or not text[before[0]:before[1]].rstrip().endswith((".", "!", "?")) \
            or (marks and before == (ps, start)) or marks % 2:
        return None  # no sentence before, or one that may be inside a quotation
    if before != (ps, start) and text[start] == "‘" and "“" in text:
        return None  # a line in single marks where quotations take double ones: a subhead
    sents = sentences(text, before, knowledge.words.abbreviations,
                      knowledge.words.sentence_openers)
    if not sents or any(c in text[sents[-1][0]:sents[-1][1]] for c in "\"“”«»"):
        return None
    frame = make_frame(text, sents[-1], (), knowledge)
    if frame.tokens and frame.tokens[0].low in knowledge.words.conditionals:
        return None  # "If Reyes wins Ohio, he is set to win": a supposition
    who = subject(frame, len(frame.tokens)) if frame.tokens and not frame.headline else None
    verb = _past_apposition(frame, frame.index(who[-1]) + 1, knowledge) if who else 0
    if who is None or not _acts(frame, verb) or _joins_another(frame, who, verb) \
            or (before != (ps, start) and not _introduces(frame, verb, knowledge)
                and not _FIRST_PERSON.search(text, start, end)):
        return None  # no one person acting; or a sentence of the paragraph before that only
        # tells what its subject did, and words that are not the speaker's own ("I", "my")
    if len(who) == 1 and who[0].low in knowledge.words.person_subjects:
        # "Still, he worries about the cuts."; not beside a narrator's "I" ("then he gave me
        # detention"), whose words the quotation may be
        return None if any(t.text in _NARRATOR for t in frame.tokens) else frame.mention(who)
    if not _person_named(text, who, knowledge) and not _described_as_person(frame, who, knowledge):
        return None
    others = [t for t in frame.tokens[frame.index(who[-1]) + 1:]
              if knowledge.given_name(t.low) and is_capitalized(t.text) and not t.text.isupper()]
    if others or re.search(rf"\b{re.escape(who[-1].text)}\b", text[start:end]):
        return None  # another person named, or words about the person ("… Mr. Reyes said.")
    return frame.mention(who)


# words that join a second subject to the first: "he and Ann Vale exchanged messages"
_JOINING = frozenset({"and", "or", "nor", "&"})


def _joins_another(frame: Frame, who: Phrase, verb: int) -> bool:
    """Tell whether a second subject follows the subject right after it ("he and Ann Vale
    exchanged messages"); not a clause of its apposition ("Jay Roe, who teaches ... and
    whose blog ..., sees")."""
    return verb == frame.index(who[-1]) + 1 and frame.tokens[verb].low in _JOINING


# a quotation in which the speaker speaks of themself: after a paragraph about one person that
# tells only what the person did ("Tom Reyes drives the early ferry. He lost his licence in
# March.\n\n“I never thought it would be me.”"), the person's own words
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|myself|mine)\b(?!-)")  # not "I-95"
# what may stand after a quotation's last sentence: closing marks, a nested quotation's too
# ("… ‘a lot greater.’”"), and the bracket closing an aside the quotation runs to the end of
_CLOSING = DOUBLE_MARKS + "’')]"
# the writer or a narrator speaking in the first person: the quotation after may be theirs
_NARRATOR = frozenset({"I", "me", "my", "Me", "My"})


def _person_named(text: str, who: Phrase, knowledge: Knowledge) -> bool:
    """Tell whether a subject names one person: its capitalised words end it and hold a
    given name before a surname ("Bill Beach", "House Democratic Leader Nancy Pelosi"), or
    follow a title ("Mr. Gottlieb", "Secretary Pompeo"), or are one surname the article
    writes after a given name elsewhere ("Smith" after "Brian Smith"); not "The Times", "And
    Reyes and Vale", a day or an opener."""
    words = knowledge.words
    names: list[Token] = []
    for t in reversed(who):
        if not is_capitalized(t.text) or _title(t.low, knowledge):
            break
        names.insert(0, t)
    who = tuple(t for t in who if t.text != ".")  # "Mr", "." as the tokens write "Mr."
    if not names or len(names) > 4 or names[0].low in words.openers \
            or names[0].low in words.pronouns \
            or any(t.low in words.days or t.low in words.months or t.low == "and"
                   for t in names):
        return False
    if len(names) >= 2:
        return any(knowledge.given_name(t.low) for t in names[:-1])
    if len(who) > 1 and _title(who[len(who) - 2].low, knowledge):
        return True
    return any(knowledge.given_name(m[1].lower()) for m in re.finditer(
        r"\b([A-Z][a-z]+)[ \t\xa0]+(?:[A-Z]\.[ \t\xa0]+)?" + re.escape(names[0].text) + r"\b",
        text))


# the words that may open a description of a subject, after its comma or "is" ("Kumi Naidoo,
# a ...", "Tom Reyes is the ...")
_DESCRIPTION_OPENERS = frozenset({"a", "an", "the"})
# how many words a description's head noun may stand after its article: "a former senior
# state party consultant"
_DESCRIPTION_WORDS = 6


def _described_as_person(frame: Frame, who: Phrase, knowledge: Knowledge) -> bool:
    """Tell whether a subject of two or three capitalised words whose given name the tables
    do not know is described as a person right after it, by an apposition or after "is" or
    "was", whose head noun before any preposition, relative pronoun or comma is a title or a
    noun for a person: "Kumi Naidoo is a former director at the fund", "Tharon Vale, a
    state political consultant who ran the campaign, said"; not "Harbour Lines, a ferry
    company", "Ann Vale and Tom Reyes"."""
    words, toks = knowledge.words, frame.tokens
    names = [t for t in who if is_capitalized(t.text)]
    if not 2 <= len(names) <= 3 or len(names) != len(who) or names[0].low in words.openers \
            or any(not t.text.isalpha() or t.text.isupper() for t in names):
        return False
    k = frame.index(who[-1]) + 1
    if k + 1 >= len(toks) or not (toks[k].text == "," or toks[k].low in ("is", "was")) \
            or toks[k + 1].low not in _DESCRIPTION_OPENERS:
        return False
    for t in toks[k + 2:k + 2 + _DESCRIPTION_WORDS]:
        if t.low in words.prepositions or t.low in words.relative_pronouns \
                or not t.text.isalpha():
            return False
        if t.text.islower() and (_title(t.low, knowledge) or t.low in words.person_nouns
                                 or t.low in words.staff or words.people(f"{t.low}s")):
            return True
    return False


def _introduces(frame: Frame, verb: int, knowledge: Knowledge) -> bool:
    """Tell whether a sentence introduces what its subject says in the paragraph after it:
    it holds a cue ("has gone from saying ... to telling"), says who the subject is ("Maria
    Pike is a former clerk", "Pompeo wasn't finished") or what side it takes ("Bill Reyes
    disagrees."); not an act ("Tom Reyes left the room")."""
    toks, words = frame.tokens, frame.words
    low = re.sub("n[’']t$", "", toks[verb].low)
    return low in words.aux_passive or low in words.stance_verbs \
        or any(t.low in knowledge.cues for t in toks)


# how many tokens an apposition after a subject may take: ", the longtime harbour master,"
_APPOSITION_TOKENS = 12


def _past_apposition(frame: Frame, k: int, knowledge: Knowledge) -> int:
    """Give the token after the apposition a comma opens at k, after a subject ("Mr. Reyes,
    the longtime harbour master, thinks"), or where no comma closes it its cue or the verb
    after the name it ends with ("Sam Roe, the party's spokesman said in a statement.", "Bill
    Roe, the director of data at the Harbour Foundation disagrees."), or k where there is
    none."""
    toks = frame.tokens
    if k >= len(toks) or toks[k].text != ",":
        return k
    reach = range(k + 1, min(len(toks), k + _APPOSITION_TOKENS))
    return next((m + 1 for m in reach if toks[m].text == ","), None) \
        or next((m for m in reach if toks[m].text.isalpha() and toks[m].text.islower() and (
            toks[m].low in knowledge.cues or (m > k + 2 and is_capitalized(toks[m - 1].text)))),
            k)


def _title(low: str, knowledge: Knowledge) -> bool:
    """Tell whether a word in lower case is a title or an honorific ("secretary", "sen.",
    "mr.")."""
    return low in knowledge.titles or low.rstrip(".") in knowledge.words.honorifics


def _question_topic(quote: RawQuote) -> bool:
    """Tell whether a quote is only the topic of a question put to someone, no one's words
    and in no marks: '“…,” Tom Reyes said when asked about the delays. “…”' goes on with
    Reyes, over the delays."""
    return quote.speaker is None and not quote.marked and quote.cue_info is not None \
        and quote.cue_info.lemma == "ask"


_LAST_WORD = re.compile(r"([\w-]+)[ \t\xa0]*$")
# a term in marks is a few words at most: 'the “endless war” trope'
_TERM_WORDS = 4


def modifies_a_noun(text: str, q: Marked, knowledge: Knowledge) -> bool:
    """Tell whether a short quotation stands before a noun it qualifies, a term in the
    writer's sentence rather than words said: 'the “endless war” trope', '“non-violent”
    crime', 'a “listening session” with parents' is not ('with' goes on the clause); a
    longer one only where it is a name in title case ('a “Pies and Politics in the Park”
    fundraiser')."""
    if len(q) != 1:
        return False
    if len(_WORD.findall(text, q[0][0], q[0][1])) > _TERM_WORDS:
        return name_before_noun(text, q, knowledge)
    return noun_after(text, q, knowledge)


def _names_a_term(text: str, para_start: int, start: int, knowledge: Knowledge) -> bool:
    """Tell whether a naming word stands right before a quotation: 'the so-called “deep
    state”', 'nicknamed “the Hammer”', 'the slogan “…”'."""
    m = _LAST_WORD.search(text, max(para_start, start - 30), start)
    return m is not None and m[1].lower() in knowledge.words.term_namers


# a block quote is a paragraph of prose: a few words at least
_BLOCK_WORDS = 5


def attach_block_quotes(text: str, paras: list[Span], found: tuple[RawQuote, ...],
                        knowledge: Knowledge) -> tuple[RawQuote, ...]:
    """Add the block quotes: a paragraph in no quotation marks after one that ends in a
    speech cue and a colon ("Ivanka Trump tweeted:", "the mayor said in a statement:"), its
    speaker the colon's; a paragraph where a quote was found already stays as it is (an
    excerpt of another article, with its own attributions)."""
    added = []
    covered = _Covered(found)
    for n in range(len(paras) - 1):
        ps, pe = paras[n + 1]
        if text[paras[n][0]:paras[n][1]].rstrip()[-1:] != ":" or text[ps] in OPENING_MARKS \
                or len(_WORD.findall(text, ps, pe)) < _BLOCK_WORDS or covered.overlaps(ps, pe):
            continue
        said = _block_speaker(text, paras[n], knowledge)
        if said is not None:
            added.append(RawQuote(_block_lines(text, paras, n + 1, covered), "direct", *said))
    return tuple(sorted(found + tuple(added), key=lambda q: q.start)) if added else found


class _Covered:
    """The spans of the quotes found, indexed once per article so that asking whether a
    paragraph overlaps one costs a bisection, not a pass over every quote (that made the
    block quote step quadratic in a long article)."""

    def __init__(self, found: tuple[RawQuote, ...]) -> None:
        spans = sorted(span for q in found for span in q.spans)
        self._starts = [s for s, _ in spans]
        self._reach = list(accumulate((e for _, e in spans), max))  # the furthest end so far

    def overlaps(self, start: int, end: int) -> bool:
        """Tell whether a span of a quote found overlaps start..end."""
        k = bisect_left(self._starts, end)  # the spans that start before end
        return k > 0 and self._reach[k - 1] > start


def _block_lines(text: str, paras: list[Span], n: int, covered: _Covered) -> tuple[Span, ...]:
    """Give the lines of the block quote that starts with paragraph n: it goes on over the
    lines that follow with no blank line between (a list, a poem, a letter's lines)."""
    lines = [paras[n]]
    for ps, pe in paras[n + 1:]:
        gap = text[lines[-1][1]:ps]
        if gap.count("\n") != 1 or text[ps] in OPENING_MARKS or covered.overlaps(ps, pe):
            break
        lines.append((ps, pe))
    return tuple(lines)


def _block_speaker(text: str, para: Span, knowledge: Knowledge
                   ) -> tuple[Mention, Mention | None, Cue | None] | None:
    """Name who speaks the block quote a paragraph ending in a colon introduces: the speaker
    of the last speech cue in its last sentence, as the cue steps find it ("Former Bush
    speechwriter David Frum ... argues for resignation at the Atlantic:") with that cue,
    else the colon's name; none after a heading ("Update at 4 p.m. Police Say:")."""
    colon = text.rindex(":", para[0], para[1])
    sent = _sentence_at(text, para, colon, knowledge)
    if sent is None:
        return None
    frame = make_frame(text, (sent[0], colon), (), knowledge)
    if frame.headline:
        return None
    for i in range(len(frame.tokens) - 1, -1, -1):
        hit = cue_at(frame, i)
        if hit is not None:
            site = find_site(frame, i, hit[0], hit[1], None)
            if site.mention is not None:
                return site.mention, site.cue_mention, site.cue
            name = colon_speaker(text, para, para[1] + 1, knowledge, cued=True)
            return (name, None, None) if name is not None else None
    return None


def _single(text: str, q: Marked) -> bool:
    """Tell whether a quotation opens with a single mark ('…' or ‘…’)."""
    return text[q[0][0]] in "'‘"


def colon_speaker(text: str, para: Span, start: int, knowledge: Knowledge,
                  cued: bool = False) -> Mention | None:
    """Name who speaks a quote starting at ``start`` and introduced by a colon in ``para``:
    "Rep. Trey Gowdy: ...", "The headline reads: ...", "Trump went further, tweeting:" (the
    name before the colon, or else the sentence's subject). With ``cued``, the sentence must
    hold a speech verb ("tweeting:", "said in a statement:"), not just end in a colon."""
    k = min(start, para[1]) - 1
    while k >= para[0] and text[k] in " \t\xa0":
        k -= 1
    if k < para[0] or text[k] != ":":
        return None
    sent = _sentence_at(text, para, k, knowledge)
    if sent is None:
        return None
    frame = make_frame(text, (sent[0], k), (), knowledge)
    if not frame.tokens:
        return None
    here = _after_here(frame)
    if here is not None:  # "Here's Ann Roe on Harbour Radio:", never "Here" itself
        named = _here_named(frame, here)
        return frame.mention(named) if named else None
    if cued and not any(cue_at(frame, x) for x in range(len(frame.tokens))):
        return None
    j = len(frame.tokens) - 1
    while j >= 0 and frame.tokens[j].text in ")":
        j = next((x - 1 for x in range(j, -1, -1) if frame.tokens[x].text == "("), -1)
    near = np_back(frame, j, 0) if j >= 0 else None
    if near and len(near) >= 2 and is_capitalized(near[-2].text) and near[-1].low in \
            knowledge.cues and knowledge.cues[near[-1].low].lemma != near[-1].low:
        near = near[:-1]  # "Politico reports:": the name speaks, "reports" is its verb
    before = frame.index(near[0]) - 1 if near else -1
    if before >= 0 and frame.tokens[before].low in knowledge.words.oblique_prepositions:
        near = None  # what the quote is about: "Axelrod said of Sanders:", "wrote of Merkel:"
    if near and (near[-1].low in knowledge.words.days
                 or near[-1].low in knowledge.words.time_words):
        near = None  # when, not who: "Ann Roe doubled down, tweeting Tuesday:"
    if near and is_capitalized(near[-1].text) and near[0].low not in knowledge.words.openers:
        return frame.mention(near)
    subj = subject(frame, len(frame.tokens))
    return frame.mention(subj) if subj else None


# "Here" and a form of "be" opening a sentence: "Here's", "Here is", "Here was"
_HERE = re.compile(rf"[Hh]ere(?:[{APOSTROPHES}]s)?")
_HERE_BE = frozenset({"is", "was", "are", "were"})
# how many lower-case words may stand between "Here's" and the name it presents: "Here's the
# clownish Ann Roe", "Here was a defiant Tom Reyes"
_HERE_MODIFIERS = 3


def _after_here(frame: Frame) -> int | None:
    """Give the token after "Here's", "Here is" or "Here was" opening a colon's sentence, or
    None where the sentence opens otherwise."""
    toks = frame.tokens
    m = _HERE.fullmatch(toks[0].text)
    if m is None:
        return None
    if toks[0].text[-1:] == "s":
        return 1
    return 2 if len(toks) > 1 and toks[1].low in _HERE_BE else None


def _here_named(frame: Frame, k: int) -> Phrase | None:
    """Give the name "Here's" presents before a colon: the name after a few modifiers
    ("Here's the clownish Ann Roe on Harbour Radio:", "Here was Reyes on Monday:"), or the
    subject of the "how" or "what" clause after it ("Here's how The Harbour Gazette sums it
    up:", "Here’s what the Times reported:"), a "he", "she" or "they" there when a speech
    verb follows it ("Here is what she said:", "Here's what they told the council:"); None
    where no name stands there ("Here's the thing:", "Here’s their big headline:", "Here's
    what he found:")."""
    toks = frame.tokens
    if k < len(toks) and toks[k].low in frame.words.said_clause_openers:
        k += 1
        if k + 1 < len(toks) and toks[k].low in _SPEAKER_PRONOUNS \
                and cue_at(frame, k + 1) is not None:
            return toks[k:k + 1]
    lower = 0
    while k < len(toks) and not is_capitalized(toks[k].text):
        if not toks[k].text.replace("-", "").isalpha() or lower == _HERE_MODIFIERS \
                or toks[k].low in frame.words.pronouns:
            return None
        lower += 1
        k += 1
    end = k
    while end < len(toks) and is_capitalized(toks[end].text) and not frame.inq[end]:
        end += 1
    return toks[k:end] if end > k else None


def _para_index(paras: list[Span], starts: list[int], pos: int, end_in: bool) -> int:
    """Give the index of the paragraph that holds pos (its end too, with ``end_in``), or -1."""
    n = bisect_right(starts, pos) - 1
    if n >= 0 and (pos <= paras[n][1] if end_in else pos < paras[n][1]):
        return n
    return -1


def dedupe(quotes: tuple[RawQuote, ...]) -> tuple[RawQuote, ...]:
    """Drop a reported quote that lies inside one before it, but for a report the other
    reports in turn; keep them in text order."""
    out: list[RawQuote] = []
    for q in sorted(quotes, key=lambda q: (q.start, -q.end)):
        if out and q.start < out[-1].end and q.end <= out[-1].end and q.kind != "direct" \
                and not _reported_in_turn(q, out[-1]):
            continue
        out.append(q)
    return tuple(out)


def _reported_in_turn(inner: RawQuote, outer: RawQuote) -> bool:
    """Tell whether a reported quote, its speaker and its cue all lie inside what a later
    cue reports: "Dana Pike said [the plant would close], the Tribune reported" holds Pike's
    words and the Tribune's report of them, one quote each."""
    if inner.speaker is None or inner.cue is None or outer.cue is None:
        return False
    lo, hi = outer.start, outer.end
    return outer.cue.span[0] >= hi and abs(inner.end - hi) <= _SAME_END \
        and lo <= inner.speaker.span[0] < hi and lo <= inner.cue.span[0] < hi


# characters two reports' contents may differ by at their end (a mark, a stop)
_SAME_END = 2
