"""Find quotes, their attribution cue and the speaker mention, by rule over tokens.

Direct quotes come from quotation marks (straight or curly, nested, unbalanced, over several
paragraphs); indirect and mixed ones from a speech cue with its reported clause ("X said
(that) ...", "..., X said", "according to X"). Speaker mentions are found as written; whom a
mention refers to is decided later, in ``actors``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from reportgen.analyze.text import (
    ABBREVIATIONS,
    PARTY_TAG_WORD,
    Token,
    is_capitalized,
    paragraphs,
    sentences,
    tokenize,
)
from reportgen.knowledge import Cue, Knowledge
from reportgen.models import Span

PRONOUNS = frozenset("he she they it we i you".split())
DETERMINERS = frozenset("""
the a an this these those his her their its our my your another one two three four five several
some many most other both each
""".split())
# Words that may stand inside a speaker's noun phrase ("a senior U.S. military official").
MODIFIERS = frozenset("""
senior top former chief deputy acting longtime current then-president retired junior
high-ranking military defense defence foreign state federal local regional national
international white house press research security intelligence campaign party police health
economic political government administration republican democratic conservative liberal
independent unnamed anonymous two three several other outside independent private public new
incoming outgoing assistant associate general executive vice managing senior-level mid-level
prime interior finance justice health education trade energy transport agriculture environment
economy home treasury labor labour commerce culture emergency emergencies presidential
congressional gubernatorial mayoral parliamentary presumptive likely
""".split())
SPEAKER_HEADS = frozenset("""
official officials spokesman spokeswoman spokesperson spokespeople source sources person people
aide aides adviser advisers advisor advisors analyst analysts expert experts critic critics
supporter supporters opponent opponents leader leaders lawmaker lawmakers legislator legislators
minister ministry ministries department agency government administration campaign committee
office authorities authority military army navy police prosecutor prosecutors lawyer lawyers
attorney attorneys judge court statement report reports poll survey study researchers researcher
scientist scientists economist economists witness witnesses resident residents voter voters
member members group groups organization organisation company firm spokesmen diplomat diplomats
president secretary governor senator representative candidate nominee chairman chairwoman
director commander general officer officers soldier soldiers insider insiders observer observers
party counterpart counterparts team staff council commission service services forces side white
house kremlin pentagon journalist journalists reporter reporters editor host anchor fellow
professor historian activist activists protester protesters worker workers official's
percent respondents majority majorities plurality half third quarter others americans
""".split())
CONNECTORS = frozenset("""
but and so yet still meanwhile however also then now instead later earlier indeed
""".split())
SKIP_BEFORE_CUE = frozenset("""
has have had is was are were will would could can may might should must did does do also later
then previously again repeatedly reportedly not n't never once further publicly privately
recently earlier already quickly simply even just first initially separately subsequently
originally often frequently has've had've always long
""".split())
DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
TIME_WORDS = frozenset("""
today yesterday tonight earlier later recently previously again also then now once publicly
privately repeatedly separately afterward afterwards last this next past week month year weekend
morning afternoon evening night day days weeks months years ago late early on in at during
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
""".split()) | DAYS
SETTINGS = frozenset("""
statement interview tweet post video briefing speech conference letter email e-mail message call
podcast appearance hearing testimony rally remarks release ad advertisement commercial spot
""".split())
CLAUSE_STARTERS = frozenset("""
that he she they it we i you there this these those the a an his her their its our if whether
what why how when where who
""".split())
# Words that open a sentence-initial adverbial, never a subject.
OPENERS = frozenset("""
on in at amid after before during since despite meanwhile however as while last this with over
under following speaking asked responding according for to here there now today yesterday by
from when if although though because once until unlike like
""".split())
# Words that open an object or adjunct after a cue, not a reported clause.
NOT_CLAUSE = frozenset("""
about of for with by from into onto upon against as than so like up down out off over under
after before during without within among between toward towards through via per here yes no
""".split())
# Clause cues that often take a plain object ("reported a loss", "wrote a book"): for these
# a reported clause must show a verb. Say-like cues ("said the minister stood ...") need not.
OBJECT_PRONE = frozenset("""
write post tweet report continue speak respond reply answer comment remark recall describe read
inform testify state announce confirm reveal disclose deny add
""".split())
IRREGULAR_PAST = frozenset("""
made took gave got went came stood found knew thought saw left lost won ran put set kept held
brought bought built began became did felt met paid sent spent sold understood wrote chose fell
hit led let meant rose shot struck threw wore grew drew drove spoke broke forgot told said sat
""".split())
QUANTIFIERS = frozenset("many several some all both few most other these those".split())
AUX_PASSIVE = frozenset("was were been being is are be".split())
NOUN_SIGNALS = frozenset("""
the a an its his her their this these those such of in our my your any no
""".split())
INFINITIVE_CUES = frozenset("""
urge promise pledge vow threaten warn demand call on ask tell claim allege purport
""".split())
AUX_VERBS = frozenset("""
is was are were be been has have had will would can could should may might must did does do
won't can't didn't doesn't isn't wasn't aren't weren't hasn't haven't hadn't wouldn't couldn't
shouldn't 's ’s
""".split())
_ANONYMOUS = re.compile(
    r"\b((?:an?|one|two|three|several|some|the|other)\s+(?:[\w.’'-]+\s+){0,3}?"
    r"(?:person|people|source|sources|officials?|aides?|insiders?|diplomats?|individuals?)\s+"
    r"(?:familiar with|close to|briefed on|with (?:direct )?knowledge of|involved in|"
    r"who (?:spoke|requested|asked|declined|was|were|is|are)\b)[^,;“”\"]{0,90}?)\s*,?\s*$",
    re.I)

DOUBLE_MARKS = "\"“”„«»"
# Double quotation marks, also as two apostrophes or backticks (''like this'', ``or this'')
_DOUBLE = re.compile("''|``|[\"“”„«»]")
_SINGLE = re.compile(r"(?<![\w'])[‘'](?=[\w\[])([^‘’'\n\"“”]{1,160}?[\w.,!?\]])[’'](?![\w'])")


@dataclass(slots=True)
class Mention:
    text: str
    span: Span


@dataclass(slots=True)
class RawQuote:
    """A quote before its speaker mention is resolved to an actor."""

    spans: list[Span]
    kind: str  # direct, mixed, indirect
    speaker: Mention | None = None
    cue: Mention | None = None
    cue_info: Cue | None = None
    inherited: bool = False  # speaker carried over from the quote before
    absorbed: list[Span] = field(default_factory=list)  # quoted parts inside reported speech

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


# --------------------------------------------------------------------------- quotation marks

def _opens_with_mark(text: str, pos: int) -> bool:
    return text[pos] in DOUBLE_MARKS or text.startswith(("''", "``"), pos)


def find_marked_spans(text: str, paras: list[Span]) -> list[list[Span]]:
    """Pair quotation marks into quoted stretches; a stretch may run over paragraphs."""
    quoted: list[list[Span]] = []
    carry: list[Span] = []  # parts of a quote still open at the end of the last paragraph
    for n, (ps, pe) in enumerate(paras):
        open_at: int | None = None
        first = True
        for m in _DOUBLE.finditer(text, ps, pe):
            i, j = m.start(), m.end()
            role = _mark_role(text, i, j, ps, pe)
            if open_at is None:
                if role == "close" and not first:
                    continue  # a stray closing mark
                if role == "close" and first and carry:
                    role = "open"
                open_at = i
                if carry and not (first and i == ps):
                    quoted.append(carry)  # the open quote did not continue here
                    carry = []
            elif role in ("close", "toggle") or _looks_closing(text, j, pe):
                parts = [*carry, (open_at, j)] if carry else [(open_at, j)]
                quoted.append(parts)
                carry = []
                open_at = None
            else:
                open_at = i  # two openers in a row: the first was stray
            first = False
        if carry and (first or open_at is None):
            quoted.append(carry)  # nothing in this paragraph continued it
            carry = []
        if open_at is not None:
            part = (open_at, pe)
            nxt = paras[n + 1] if n + 1 < len(paras) else None
            if nxt is not None and _opens_with_mark(text, nxt[0]):
                carry = [*carry, part]  # the quote goes on in the next paragraph
            else:
                quoted.append([*carry, part])  # unbalanced: the quote runs to the paragraph end
                carry = []
    if carry:
        quoted.append(carry)
    inside = [(p[0][0], p[-1][1]) for p in quoted]
    for ps, pe in paras:
        for m in _SINGLE.finditer(text, ps, pe):
            s, e = m.start(), m.end()
            if not any(a <= s < b for a, b in inside):
                quoted.append([(s, e)])
    quoted.sort(key=lambda p: p[0][0])
    return quoted


def _mark_role(text: str, i: int, j: int, ps: int, pe: int) -> str:
    ch = text[i]
    if ch in "“„«" or ch == "`":
        return "open"
    if ch in "”»":
        return "close"
    prev = text[i - 1] if i > ps else " "
    nxt = text[j] if j < pe else " "
    if prev.isspace() or prev in "([{—–-/:":
        return "close" if nxt.isspace() else "open"
    if nxt.isspace() or nxt in ".,;:!?)]—–-" or j >= pe:
        return "close"
    return "toggle"


def _looks_closing(text: str, j: int, pe: int) -> bool:
    nxt = text[j] if j < pe else " "
    return nxt.isspace() or nxt in ".,;:!?)"


# --------------------------------------------------------------------------- noun phrases

class _Frame:
    """The tokens of one attribution frame: a sentence, widened to hold whole quotes."""

    def __init__(self, text: str, span: Span, quotes: list[list[Span]],
                 tokens: list[Token] | None = None):
        self.text = text
        self.span = span
        self.tokens: list[Token] = tokenize(text, *span) if tokens is None else tokens
        self.quotes = quotes
        self.inq = [any(a <= t.start < b for q in quotes for a, b in q) for t in self.tokens]
        words = [t.text for t in self.tokens if t.text[:1].isalpha()]
        # a title-case headline: "Sanders Says He Is Writing His Inaugural Address"
        self.headline = len(words) >= 4 and sum(w[0].isupper() for w in words) > 0.7 * len(
            words)

    def quote_of(self, i: int) -> list[Span] | None:
        t = self.tokens[i]
        for q in self.quotes:
            for a, b in q:
                if a <= t.start < b:
                    return q
        return None


def _np_word(tok: Token, knowledge: Knowledge) -> bool:
    w = tok.low
    if tok.text in ".-&" or w in ("’s", "'s"):
        return True
    if is_capitalized(tok.text) or tok.text[:1].isdigit():
        return True
    return (w in DETERMINERS or w in MODIFIERS or w in SPEAKER_HEADS or w in knowledge.titles
            or w in knowledge.demonyms)


def _has_head(toks: list[Token], knowledge: Knowledge) -> bool:
    last = toks[-1]
    return (is_capitalized(last.text) or last.low in SPEAKER_HEADS or last.low in knowledge.titles
            or last.low in PRONOUNS or last.text == ".")


def _trim(toks: list[Token]) -> list[Token]:
    while toks and (toks[0].low in CONNECTORS or toks[0].text in ".-&,"
                    or toks[0].low in ("of", "for", "at")):
        toks = toks[1:]
    while toks and toks[-1].text in "-&," :
        toks = toks[:-1]
    return toks


def _np_back(frame: _Frame, j: int, floor: int, knowledge: Knowledge) -> list[Token] | None:
    """Take the noun phrase that ends at token j, scanning backwards."""
    toks = frame.tokens
    j = _before_parenthesis(toks, j, floor)  # "Sen. Johnny Isakson (R-Ga.)"
    j = _before_party_tag(toks, j, floor)  # "Rep. Gregory Meeks, D-N.Y.,"
    i = j
    while i >= floor and not frame.inq[i]:
        t = toks[i]
        if _np_word(t, knowledge):
            i -= 1
            continue
        # "Secretary of State John Kerry", "a spokeswoman for Hillary Clinton"
        if (t.low in ("of", "for") and i - 1 >= floor and i + 1 <= j
                and (is_capitalized(toks[i - 1].text) or toks[i - 1].low in SPEAKER_HEADS
                     or toks[i - 1].low in knowledge.titles)):
            i -= 1
            continue
        break
    if i == j and _plain_head(toks, j, floor, knowledge):
        # a head noun the lexicon lacks: "Donald Trump's son", "both candidates", "The radioman"
        i -= 1
        while i >= floor and not frame.inq[i] and _np_word(toks[i], knowledge):
            i -= 1
    if i >= floor and i + 1 <= j and (is_capitalized(toks[i + 1].text)
                                      or toks[j].low in SPEAKER_HEADS):
        d = i
        while d >= floor and i - d < 2 and toks[d].text.isalpha() and toks[d].text.islower() \
                and toks[d].low not in SKIP_BEFORE_CUE and toks[d].low not in NOT_CLAUSE:
            d -= 1
        if d < i and (d < floor or toks[d].text in ",;:" or frame.inq[d]):
            i = d  # "psychotherapist Sherman", "farmer Tom Reed"
    np = _trim(toks[i + 1:j + 1])
    if not np or not (_has_head(np, knowledge) or (len(np) >= 2 and np[-1].text.isalpha())):
        return None
    if len(np) == 1 and (np[0].low in DETERMINERS or np[0].low in ("that", "what")):
        if np[0].low in QUANTIFIERS and (i < floor or toks[i].text in ",;:"):
            return np  # "Several said ...", "Many say ..."
        return None
    if all(t.low in TIME_WORDS or t.text in ".," for t in np):
        return None  # "posted Friday": a date, not a speaker
    return np


def _before_parenthesis(toks: list[Token], j: int, floor: int) -> int:
    """Step back over a short parenthesis that ends at j ("(D-R.I.)"); else stay at j."""
    if j < floor or toks[j].text != ")":
        return j
    k = j - 1
    while k >= floor and k > j - 8 and toks[k].text != "(":
        k -= 1
    return k - 1 if k > floor and toks[k].text == "(" else j


def _is_party_tag(toks: list[Token]) -> bool:
    """Tell whether tokens spell a party tag: "D-Calif.", "R-N.Y.", "I-Vt"."""
    return 0 < len(toks) <= 2 and bool(PARTY_TAG_WORD.match("".join(t.text for t in toks)))


def _before_party_tag(toks: list[Token], j: int, floor: int) -> int:
    """Step back over a party tag set off by commas that ends at j ("Meeks, D-N.Y."); else
    stay at j."""
    for n in (2, 1):
        k = j - n + 1
        if k - 1 >= floor and toks[k - 1].text == "," and _is_party_tag(toks[k:j + 1]):
            return k - 2
    return j


def _plain_head(toks: list[Token], j: int, floor: int, knowledge: Knowledge) -> bool:
    """Tell whether an unknown lower-case word at j heads a noun phrase: a determiner,
    quantifier, possessive or known modifier stands right before it."""
    w = toks[j]
    if not (w.text.isalpha() and w.text.islower()) or j - 1 < floor:
        return False
    if w.low in SKIP_BEFORE_CUE or w.low in NOT_CLAUSE or w.low in CONNECTORS or \
            w.low in PRONOUNS or w.low.endswith("ly"):
        return False
    prev = toks[j - 1]
    return (prev.low in DETERMINERS or prev.low in ("both", "all", "’s", "'s", "the", "a", "an")
            or prev.text[:1].isdigit()
            or prev.low.endswith(("’s", "'s")) or prev.low in MODIFIERS
            or prev.low in knowledge.demonyms)


def _np_forward(frame: _Frame, j: int, knowledge: Knowledge) -> list[Token] | None:
    """Take the noun phrase that starts at token j ("said the Ukrainian Ministry on Sunday")."""
    toks = frame.tokens
    if j >= len(toks) or frame.inq[j]:
        return None
    if toks[j].low in PRONOUNS:
        return [toks[j]]
    i = j
    while i < len(toks) and not frame.inq[i] and (
            _np_word(toks[i], knowledge) or toks[i].low.endswith(("’s", "'s"))
            or (toks[i].low in ("of", "for") and i + 1 < len(toks)
                and is_capitalized(toks[i + 1].text))):
        if toks[i].low in TIME_WORDS and i > j:
            break
        i += 1
    if i < len(toks) and i > j and not frame.inq[i] and _plain_head(toks, i, j, knowledge):
        i += 1  # a head noun the lexicon lacks: "The council's statement"
    np = _trim(toks[j:i])
    if len(np) == 1 and np[0].low in DETERMINERS:
        return None
    while np and np[-1].low in ("of", "for", "."):
        if np[-1].text == "." and len(np) > 1 and (
                np[-2].low in ABBREVIATIONS or len(np[-2].text) == 1):
            break  # "Gen." keeps its period
        np = np[:-1]
    if not np or not (_has_head(np, knowledge) or (len(np) >= 2 and np[-1].text.isalpha())):
        return None
    return np


def _subject(frame: _Frame, limit: int, knowledge: Knowledge) -> list[Token] | None:
    """Take the subject of a frame: the first speaker-like noun phrase at its start or after
    an opening adverbial ("Here in Columbia, Sanders ...", "Chastened by ..., Trump ...")."""
    toks = frame.tokens
    starts = [0]
    starts += [k + 1 for k in range(min(limit, 40)) if toks[k].text == "," and not frame.inq[k]]
    for j in starts[:3]:
        while j < limit and (frame.inq[j] or toks[j].low in CONNECTORS):
            j += 1
        if j >= limit:
            break
        np = _np_forward(frame, j, knowledge)
        if np and (is_capitalized(np[-1].text) or np[-1].low in SPEAKER_HEADS
                   or np[-1].low in PRONOUNS or len(np) >= 2) and np[0].low not in OPENERS \
                and not (len(np) == 1 and np[0].low.endswith("ing")):  # "Reacting to ..., X"
            return np
    return None


# --------------------------------------------------------------------------- cues

def _cue_at(frame: _Frame, i: int, knowledge: Knowledge) -> tuple[int, Cue] | None:
    """Give (last token index, cue) when a cue verb starts at token i, used as a verb."""
    toks = frame.tokens
    if frame.inq[i]:
        return None
    if is_capitalized(toks[i].text) and i > 0 and not frame.headline:
        return None  # "the Washington Post", "Says" inside a name: not a verb
    w = toks[i].low
    two = f"{w} {toks[i + 1].low}" if i + 1 < len(toks) else ""
    if two in knowledge.cues and not _used_as_noun(toks, i, two, knowledge):
        return i + 1, knowledge.cues[two]
    cue = knowledge.cues.get(w)
    if cue is None or not cue.speech or _used_as_noun(toks, i, w, knowledge):
        return None
    return i, cue


def _used_as_noun(toks: list[Token], i: int, form: str, knowledge: Knowledge) -> bool:
    prev = toks[i - 1].low if i > 0 else ""
    if prev in NOUN_SIGNALS or prev.endswith(("’s", "'s")) or prev in ("’s", "'s"):
        return True  # "the claims", "Trump's remarks"
    if prev in ("most", "more", "less", "very", "so", "too", "least"):
        return True  # "the most telling promise"
    lemma0 = knowledge.cues[form].lemma
    if form != lemma0 and form.endswith("s") and (
            prev in QUANTIFIERS or prev in knowledge.demonyms):
        return True  # "many Asian states", "some reports"
    if prev == "to" and form.split()[0] == knowledge.cues[form].lemma.split()[0]:
        return True  # "declined to say", "refused to comment": no statement follows
    if prev in AUX_PASSIVE and form.endswith("ed") and form not in ("said",):
        return True  # "was claimed", "were reported"
    if prev in AUX_PASSIVE and form in ("said", "told"):
        return True  # "is said to", "was told"
    lemma = knowledge.cues[form].lemma
    if form == lemma:
        # a bare form is a verb only after a subject that takes it: "officials say", "I think"
        return not (prev in PRONOUNS or prev in ("will", "would", "could", "can", "may", "might",
                                                 "should", "must", "did", "do", "does", "n't",
                                                 "not", "to", "also", "%", "still", "now",
                                                 "who", "third", "half", "majority", "percent",
                                                 "others", "plurality", "quarter")
                    or prev in QUANTIFIERS
                    or prev in SPEAKER_HEADS or (i > 0 and is_capitalized(toks[i - 1].text))
                    or (prev.isalpha() and prev.endswith(("s", "ed")) and not prev.endswith("ss"))
                    or prev.isdigit())  # "Six in 10 say", not "the 22-member state"
    return False


def _skip_after_cue(frame: _Frame, j: int, cue: Cue) -> int:
    """Step over objects and adjuncts after a cue: "told reporters on Friday that"."""
    toks = frame.tokens
    n = len(toks)
    if cue.lemma in ("tell", "inform", "assure", "warn", "remind", "ask") and j < n:
        # the addressee: "told reporters", "told The Associated Press", "told the outlet"
        k = j
        while k < n and not frame.inq[k] and k - j < 6 and (
                is_capitalized(toks[k].text) or toks[k].low in DETERMINERS
                or toks[k].low in SPEAKER_HEADS or toks[k].low in ("reporters", "outlet",
                                                                   "audience", "crowd",
                                                                   "supporters", "viewers")):
            k += 1
        if k > j and (k >= n or toks[k].low not in ("’s", "'s")):
            j = k
    while j < n and not frame.inq[j]:
        w = toks[j].low
        if (w in TIME_WORDS and w not in ("on", "in", "at")) or toks[j].text[:1].isdigit():
            j += 1
        elif w in ("on", "in", "at", "during", "via", "through") and j + 1 < n:
            k = j + 1
            while k < n and k - j < 6 and not frame.inq[k] and (
                    toks[k].low in DETERMINERS or toks[k].low in TIME_WORDS
                    or toks[k].low in SETTINGS or is_capitalized(toks[k].text)
                    or toks[k].low in ("press", "news", "television", "radio", "social",
                                       "media", "a.m", "p.m", ".")):
                k += 1
            if k == j + 1:
                break
            j = k
        elif toks[j].text in ",:—–" and j + 1 < n:
            j += 1
        else:
            break
    return j


# --------------------------------------------------------------------------- extraction

def extract_quotes(text: str, knowledge: Knowledge,
                   tokens: list[Token] | None = None) -> list[RawQuote]:
    """Find every attributed quote in a body text whose boilerplate is already blanked out.

    ``tokens`` may hold the text's tokens already (``tokenize(text)``), to save redoing them.
    """
    tokens = tokenize(text) if tokens is None else tokens
    starts = [t.start for t in tokens]
    paras = paragraphs(text)
    marked = find_marked_spans(text, paras)
    out: list[RawQuote] = []
    claimed: list[list[Span]] = []  # marked quotes already attributed
    for para in paras:
        in_para = [q for q in marked if para[0] <= q[-1][0] < para[1]
                   or any(para[0] <= a < para[1] for a, _ in q)]
        for fspan in _frames(text, para, in_para):
            frame_quotes = [q for q in in_para if (q[-1][0] < fspan[1] and q[-1][1] > fspan[0])
                            or any(a < fspan[1] and b > fspan[0] for a, b in q)]
            frame = _Frame(text, fspan, frame_quotes, tokens[
                bisect_left(starts, fspan[0]):bisect_left(starts, fspan[1])])
            out.extend(_attribute(frame, claimed, knowledge))
    _attach_unattributed(text, paras, marked, claimed, out, knowledge)
    return _dedupe(out)


def _frames(text: str, para: Span, quotes: list[list[Span]]) -> list[Span]:
    """Split a paragraph into sentences, never inside a quotation."""
    spans = [(a, b) for q in quotes for a, b in q]
    out: list[Span] = []
    for s, e in sentences(text, para):
        if out and any(a < s < b or a < out[-1][1] < b for a, b in spans):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _attribute(frame: _Frame, claimed: list[list[Span]], knowledge: Knowledge) -> list[RawQuote]:
    toks = frame.tokens
    found: list[RawQuote] = []
    last_speaker: list[Token] | None = None
    i = 0
    while i < len(toks):
        hit = _cue_at(frame, i, knowledge)
        if toks[i].low == "asked" and not frame.inq[i]:
            q = _asked(frame, i, claimed, knowledge)
            if q is not None:
                found.append(q)
                i += 1
                continue
        if toks[i].low == "according" and i + 1 < len(toks) and toks[i + 1].low == "to":
            q = _according_to(frame, i, claimed, knowledge)
            if q:
                found.append(q)
            i += 2
            continue
        if hit is None:
            i += 1
            continue
        last, cue = hit
        q = _attribute_cue(frame, i, last, cue, claimed, last_speaker, knowledge)
        if q is not None:
            found.append(q)
            if q.speaker is not None:
                last_speaker = [t for t in toks if q.speaker.span[0] <= t.start < q.speaker.span[1]]
        i = last + 1
    return found


def _mention(toks: list[Token], text: str) -> Mention:
    return Mention(text[toks[0].start:toks[-1].end], (toks[0].start, toks[-1].end))


def _attribute_cue(frame: _Frame, i: int, last: int, cue: Cue, claimed: list[list[Span]],
                   last_speaker: list[Token] | None, knowledge: Knowledge) -> RawQuote | None:
    toks, text = frame.tokens, frame.text
    # the quotation that ends just before the attribution, if any: "…," he said
    floor = 0
    for k in range(i - 1, -1, -1):
        if frame.inq[k]:
            floor = k + 1
            break
    speaker = _anonymous_before(frame, i) if floor == 0 else None
    speaker = speaker or _speaker_before(frame, i, floor, knowledge)
    participle = toks[i].low.endswith("ing") and i > 0 and (
        toks[i - 1].text == "," or toks[i - 1].low in SETTINGS)
    if participle:
        # ", saying ..." and "a statement saying ...": the sentence's subject speaks
        speaker = last_speaker or _subject(frame, i, knowledge)
        if speaker and len(speaker) == 1 and speaker[0].low in EXPLETIVES:
            # "It came after Boehner chided Obama, accusing ...": the subordinate clause's
            # subject accuses, not "it"
            speaker = _subordinate_subject(frame, i, knowledge) or speaker
    inverted = False
    before_cue = toks[i - 1].text if i > 0 else ""
    may_invert = not participle and (i == 0 or i == floor or before_cue in (",", "—", "–")
                                     or frame.inq[i - 1])
    if speaker is None and may_invert:
        j = last + 1
        while j < len(toks) and toks[j].text == ",":
            j += 1
        speaker = _np_forward(frame, j, knowledge)
        if speaker and len(speaker) == 1 and speaker[0].low in PRONOUNS:
            after = j + 1
            if after < len(toks) and toks[after].text not in ".,;!?" and not frame.inq[after]:
                speaker = None  # "..., said she wanted ...": the pronoun opens the clause
        inverted = speaker is not None
    cue_m = Mention(text[toks[i].start:toks[last].end], (toks[i].start, toks[last].end))
    spk = _mention(speaker, text) if speaker else None

    # 1. a quotation right before the speaker and cue: “…,” the ministry said
    before_start = speaker[0] if speaker and not inverted else toks[i]
    k = toks.index(before_start) - 1
    if speaker and not inverted:
        # lower-case descriptors between the quotation and the name: “…,” farmer Tom Reed said
        d = k
        while d >= 0 and k - d < 3 and not frame.inq[d] and toks[d].text.isalpha() \
                and toks[d].text.islower():
            d -= 1
        if d < k and d >= 0 and frame.inq[d]:
            speaker = toks[d + 1:k + 1] + speaker
            spk = _mention(speaker, text)
            k = d
    while k >= 0 and toks[k].text == "," and not frame.inq[k]:
        k -= 1
    if k >= 0 and frame.inq[k]:
        q = frame.quote_of(k)
        if q is not None and q not in claimed and spk is not None:
            qi = next(n for n, t in enumerate(toks) if t.start >= q[0][0])
            words_before = sum(1 for k in range(qi) if not frame.inq[k]
                               and toks[k].text.isalnum())
            before = frame.text[frame.span[0]:q[0][0]].rstrip()
            if words_before >= 3 and len(q) == 1 and not before.endswith((".", "!", "?", ":")):
                # “high-value equipment,” ends a reported clause: the whole clause is the quote
                start = _clause_start(frame, qi)
                return _reported(frame, (toks[start].start, q[-1][1]), spk, cue_m, cue, claimed)
            claimed.append(q)
            return RawQuote(list(q), "direct", spk, cue_m, cue)

    if spk is None:
        return None
    # 2. what follows the cue: a quotation, or a reported clause
    after_np = last + 1
    if inverted and speaker:
        after_np = toks.index(speaker[-1]) + 1
    j = _skip_after_cue(frame, after_np, cue)
    if not (j < len(toks) and toks[j].low == "that"):
        # "said after a lunch on Tuesday that ...": an adjunct the skipper did not know
        for k in range(j, min(len(toks), j + 9)):
            if frame.inq[k] or toks[k].text in ",;:" or toks[k].low in AUX_VERBS:
                break
            if toks[k].low == "that" and k > j:
                j = k
                break
    that = j < len(toks) and toks[j].low == "that" and not frame.inq[j]
    if that:
        j += 1
    if j < len(toks) and frame.inq[j]:
        q = frame.quote_of(j)
        if q is None or q in claimed:
            return None
        k = j
        while k < len(toks) and frame.inq[k]:
            k += 1
        trailing = [t for t in toks[k:] if t.text[:1].isalnum()]
        inside = frame.text[q[0][0]:q[-1][1]].rstrip("\"”’'» ")
        complete = inside.endswith((",", ".", "?", "!")) or (
            k + 1 < len(toks) and toks[k].low == "according")
        if len(q) == 1 and len(trailing) >= 2 and not complete and not any(
                _cue_at(frame, x, knowledge) for x in range(k, min(len(toks), k + 4))):
            # 'said that “we need more information” about how ...': reported speech with
            # quoted words, running on after the quotation
            end = len(toks)
            while end > k and toks[end - 1].text in ".!?;:,":
                end -= 1
            return _reported(frame, (toks[j - 1].start if that else q[0][0], toks[end - 1].end),
                             spk, cue_m, cue, claimed)
        claimed.append(q)
        return RawQuote(list(q), "direct", spk, cue_m, cue)
    if inverted and i >= 4 and toks[i - 1].text in (",", "—", "–") and not frame.inq[i - 2]:
        start = _clause_start(frame, i - 1)
        if start is not None and i - 1 - start >= 3:
            # "…, said Robert Egge, executive director of …": the clause before is reported
            return _reported(frame, (toks[start].start, toks[i - 2].end), spk, cue_m, cue,
                             claimed)
    if not inverted and not that and speaker and j < len(toks):
        s_idx = toks.index(speaker[0])
        comma_after = j > 0 and toks[j - 1].text == ","
        if comma_after and s_idx >= 2 and toks[s_idx - 1].text == ",":
            # a parenthetical attribution: "Mrs. Clinton, these people said, would be open ..."
            start = _clause_start(frame, s_idx - 1)
            tail = _content_after(frame, j, True, cue, knowledge)
            if tail is not None and s_idx - 1 - start >= 1:
                q = _reported(frame, (toks[start].start, tail[1]), spk, cue_m, cue, claimed)
                if q is not None:
                    q.spans = [(toks[start].start, toks[s_idx - 2].end), tail]
                return q
    content = _content_after(frame, j, that, cue, knowledge)
    if content is not None:
        return _reported(frame, content, spk, cue_m, cue, claimed)
    # the reported clause before an inverted attribution: "…, said Robert Egge, director of …"
    if inverted and i >= 4 and toks[i - 1].text in (",", "—", "–") and not frame.inq[i - 2]:
        start = _clause_start(frame, i - 1)
        if start is not None and i - 1 - start >= 3:
            return _reported(frame, (toks[start].start, toks[i - 2].end), spk, cue_m, cue,
                             claimed)
    # 3. the reported clause before: "…, Pentagon spokesman Pat Ryder said last week."
    if not inverted and speaker is not None:
        rest = _skip_after_cue(frame, last + 1, cue)
        if rest >= len(toks) or all(t.text in ".!?;" for t in toks[rest:]):
            s_idx = toks.index(speaker[0])
            if s_idx >= 3 and toks[s_idx - 1].text in (",", "—", "–"):
                start = _clause_start(frame, s_idx - 1)
                if start is not None and s_idx - 1 - start >= 3:
                    return _reported(frame, (toks[start].start, toks[s_idx - 2].end), spk,
                                     cue_m, cue, claimed)
    return None


# Before a noun phrase, these make it an object, never the subject of the verb after it. ("on",
# "of", "by", "with", "in" are left out: "the Commission on Presidential Debates says", "a memo
# seen by Reuters said", "supporters in Congress say")
PREPOSITIONS = frozenset("over about against into toward towards upon through between among"
                         .split())
FRACTIONS = frozenset("half third quarter two three four five a one".split())
EXPLETIVES = frozenset("it this that there".split())
SUBORDINATORS = frozenset("after when as because while before since once".split())


def _subordinate_subject(frame: _Frame, i: int, knowledge: Knowledge) -> list[Token] | None:
    """Take the named subject of the last subordinate clause before token i."""
    toks = frame.tokens
    for k in range(i - 1, 0, -1):
        if toks[k].low in SUBORDINATORS and not frame.inq[k] and k + 1 < i \
                and is_capitalized(toks[k + 1].text):
            return _np_forward(frame, k + 1, knowledge)
    return None


def _speaker_before(frame: _Frame, i: int, floor: int, knowledge: Knowledge) -> list[Token] | None:
    toks = frame.tokens
    j = i - 1
    while j >= floor and (toks[j].low in SKIP_BEFORE_CUE or (
            toks[j].low in DAYS and j - 1 >= floor and toks[j - 1].low in ("on", "last"))):
        j -= 2 if toks[j].low in DAYS else 1
    if j < floor:
        return None
    if toks[j].low in ("and", "but", "or") and j > floor:
        # a coordinated verb: "Reid caucused in Nevada and says ...": the subject speaks
        subj = _subject(frame, j, knowledge)
        return subj if subj and toks.index(subj[0]) >= floor else None
    if toks[j].text == ")":
        # a party tag or aside between name and cue: "Sen. Jack Reed (D-R.I.) said"
        stepped = _before_parenthesis(toks, j, floor)
        if stepped != j:
            j = stepped
            while j >= floor and toks[j].text == ",":
                j -= 1
    if j < floor:
        return None
    t = toks[j]
    if t.low in PRONOUNS:
        return [t]
    if t.low in ("who", "which") and j - 1 >= floor and toks[j - 1].text == ",":
        # "Sanders, who endorsed Canova and said ...": the relative pronoun's antecedent
        return _np_back(frame, j - 2, floor, knowledge)
    if t.text in (",", "—", "–", "--"):
        # an apposition or relative clause between subject and verb:
        # "Justin Bronk, a senior research fellow at RUSI, told the outlet"
        commas = 0
        for c in range(j - 1, max(floor, j - 30) - 1, -1):
            if toks[c].text == t.text and not frame.inq[c]:
                inner = toks[c + 1:j]
                if commas == 0 and inner and all(is_capitalized(x.text) or x.text == "."
                                                 for x in inner) and len(inner) <= 4 and \
                        inner[0].low not in OPENERS and not _is_party_tag(inner):
                    return inner  # "Trump's former campaign manager, Corey Lewandowski, said"
                # any apposition will do ("who ...", "a ...", "wearing ...", "55,") as long as
                # a name or a speaker noun stands before it
                np = _np_back(frame, c - 1, floor, knowledge)
                if np and (is_capitalized(np[-1].text) or np[-1].low in SPEAKER_HEADS):
                    return np
                commas += 1
                if commas >= 3:
                    break
        return None
    np = _np_back(frame, j, floor, knowledge)
    if np is None or (len(np) == 1 and np[0].text.islower()):
        np = _clause_subject(frame, j, floor, knowledge) or np
    if np and np[0].low not in PRONOUNS:
        k = toks.index(np[0]) - 1
        if k >= floor and toks[k].low in PREPOSITIONS and not frame.inq[k] and not (
                np[0].text[:1].isdigit() or np[0].low in FRACTIONS):  # "about half said"
            return None  # "the brawl over Medicare continued": Medicare is not the subject
    return np


def _clause_subject(frame: _Frame, j: int, floor: int,
                    knowledge: Knowledge) -> list[Token] | None:
    """Take a whole short subject that ends at j when no plain noun phrase does:
    "Several supporters of reform", "Many women in politics", "Nearly nine out of 10"."""
    toks = frame.tokens
    k = j
    while k >= floor and j - k < 10 and not frame.inq[k] and toks[k].text not in ",;:—–()" \
            and toks[k].low not in AUX_VERBS and toks[k].low not in ("that", "which", "who"):
        k -= 1
    if k >= floor and toks[k].text not in ",;:—–(" and not frame.inq[k] and k >= 0:
        return None  # the subject runs further back than a short phrase
    np = _trim(toks[k + 1:j + 1])
    while np and np[0].low in OPENERS:
        return None
    if len(np) < 2 or not (np[0].low in QUANTIFIERS or np[0].low in DETERMINERS
                           or np[0].text[:1].isdigit() or is_capitalized(np[0].text)
                           or np[0].low in ("nearly", "about", "almost", "roughly", "only")):
        return None
    heads = [t for t in np if t.low in SPEAKER_HEADS or t.low in knowledge.demonyms
             or t.text.endswith("s") or t.text[:1].isdigit() or t.text == "%"]
    return np if heads else None


def _anonymous_before(frame: _Frame, i: int) -> list[Token] | None:
    toks = frame.tokens
    before = frame.text[frame.span[0]:toks[i].start]
    m = _ANONYMOUS.search(before)
    if not m:
        return None
    s, e = frame.span[0] + m.start(1), frame.span[0] + m.end(1)
    return [t for t in toks if s <= t.start < e] or None


def _content_after(frame: _Frame, j: int, that: bool, cue: Cue,
                   knowledge: Knowledge) -> Span | None:
    toks = frame.tokens
    if j >= len(toks):
        return None
    first = toks[j]
    if not that:
        if first.text in ".,;:!?)" or (first.low in NOT_CLAUSE and not cue.takes_object):
            return None
        if first.low in AUX_VERBS:
            return None  # "Everything Trump says is a lie": the cue sits in a relative clause
        if first.low == "to" and cue.lemma not in INFINITIVE_CUES and not cue.takes_object:
            return None
    end = len(toks)
    for k in range(j + 1, len(toks) - 1):
        if toks[k].text == "," and not frame.inq[k] and toks[k + 1].low.endswith("ing") and \
                toks[k + 1].low in knowledge.cues:
            end = k  # ", noting that ...": a second statement of its own
            break
        if toks[k].low in ("and", "but") and not frame.inq[k] and \
                (cue2 := knowledge.cues.get(toks[k + 1].low)) is not None and cue2.speech \
                and toks[k + 1].low != cue2.lemma:
            end = k  # "praised Rubio's positions and said ...": a second statement
            break
    while end > j and toks[end - 1].text in ".!?;:,":
        end -= 1
    if end - j < 3:
        return None
    if not that and first.low != "to" and not cue.takes_object and \
            cue.lemma in OBJECT_PRONE and not _has_verb(frame, j, end):
        return None  # "announced its retreat": an object, not a reported clause
    return toks[j].start, toks[end - 1].end


def _has_verb(frame: _Frame, j: int, end: int) -> bool:
    """Tell whether a clause holds a finite verb in its first words (a rough test, no tagger)."""
    toks = frame.tokens
    if toks[j].low in ("he", "she", "they", "we", "i", "you", "there", "it"):
        return True  # a clause that opens with its subject pronoun
    if toks[j].low.endswith("ing") and len(toks[j].low) > 4:
        return True  # a gerund: "reported raising $9 million"
    for k in range(j, min(end, j + 16)):
        w = toks[k].low
        if frame.inq[k]:
            return True
        if w in AUX_VERBS or w in IRREGULAR_PAST or w.endswith(("ed", "n't")) or "’" in w[1:] \
                or "'" in w[1:]:
            return True
        if w.endswith("s") and k > j and (toks[k - 1].low in PRONOUNS or is_capitalized(
                toks[k - 1].text) or toks[k - 1].low in SPEAKER_HEADS or toks[k - 1].text == "."):
            return True
    return False


def _clause_start(frame: _Frame, comma: int) -> int | None:
    """Find where the reported clause before ", X said" starts."""
    toks = frame.tokens
    start = 0
    for k in range(comma - 1, -1, -1):
        if toks[k].low in ("though", "although", "while", "but", "because") and k > 0 and \
                toks[k - 1].text == ",":
            start = k + 1
            break
    while start < comma and frame.inq[start] and False:
        start += 1
    return start


QUESTION_WORDS = frozenset("whether if what how why when where who which about".split())
ASKED_ADVERBS = frozenset("specifically recently later again repeatedly directly".split()) | (
    TIME_WORDS - {"on", "in", "at"})


def _asked(frame: _Frame, i: int, claimed: list[list[Span]],
           knowledge: Knowledge) -> RawQuote | None:
    """Read a question put to someone: "Asked whether he would ..., Rubio said", "was asked
    by host John Dickerson whether ...". The question is reported speech; the asker, when
    named after "by", is its speaker."""
    toks = frame.tokens
    prev = toks[i - 1].low if i > 0 else ""
    if not (i == 0 or prev in AUX_PASSIVE or prev in (",", "when", "after", "once")):
        return None  # "X asked Y whether ..." is an ordinary cue
    j = i + 1
    speaker = None
    if j < len(toks) and toks[j].low == "by":
        speaker = _np_forward(frame, j + 1, knowledge)
        j = toks.index(speaker[-1]) + 1 if speaker else j
    while j < len(toks) and toks[j].low in ASKED_ADVERBS:
        j += 1
    if j < len(toks) and toks[j].low in ("in", "on", "at") and j + 1 < len(toks):
        k = j + 1  # "Asked in Iowa recently whether ..."
        while k < len(toks) and k - j < 5 and toks[k].low not in QUESTION_WORDS:
            k += 1
        j = k if k < len(toks) and toks[k].low in QUESTION_WORDS else j
    if j >= len(toks) or toks[j].low not in QUESTION_WORDS or frame.inq[j]:
        return None
    start = j + 1 if toks[j].low == "about" else j
    end = start
    while end < len(toks) and toks[end].text not in ",;" and not frame.inq[end]:
        end += 1
    while end > start and toks[end - 1].text in ".?!":
        end -= 1
    if end - start < 1:
        return None
    cue = Cue("ask", "neutral", True)
    cue_m = Mention(frame.text[toks[i].start:toks[i].end], (toks[i].start, toks[i].end))
    spk = _mention(speaker, frame.text) if speaker else None
    q = _reported(frame, (toks[start].start, toks[end - 1].end), spk, cue_m, cue, claimed) \
        if spk else RawQuote([(toks[start].start, toks[end - 1].end)], "indirect", None, cue_m,
                             cue)
    return q


def _according_to(frame: _Frame, i: int, claimed: list[list[Span]],
                  knowledge: Knowledge) -> RawQuote | None:
    toks = frame.tokens
    # the source runs to the next comma or the end: "according to a yearly Gallup poll"
    k = i + 2
    while k < len(toks) and k - i < 18 and not frame.inq[k] and toks[k].text not in ",;:—–()":
        k += 1
    while k > i + 2 and toks[k - 1].text in ".!?":
        k -= 1
    speaker = toks[i + 2:k] if k > i + 2 else None
    if speaker is None:
        return None
    cue = knowledge.cues.get("say")
    cue_m = Mention(frame.text[toks[i].start:toks[i + 1].end], (toks[i].start, toks[i + 1].end))
    spk = _mention(speaker, frame.text)
    end_np = toks.index(speaker[-1]) + 1
    if i == 0 or (i > 0 and toks[0].low == "according"):
        j = end_np
        while j < len(toks) and toks[j].text == ",":
            j += 1
        content = _content_after(frame, j, True, cue, knowledge) if cue else None
    else:
        k = i - 1
        while k >= 0 and toks[k].text in ",—–":
            k -= 1
        if k >= 0 and frame.inq[k]:
            return None  # the quotation is attributed already, or relayed: "…," according to X
        start = _clause_start(frame, k + 1)
        content = (toks[start].start, toks[k].end) if start is not None and k - start >= 3 \
            else None
    if content is None or cue is None:
        return None
    q = _reported(frame, content, spk, cue_m, cue, claimed)
    if q is not None:
        q.cue_info = Cue("according to", "neutral", True)
    return q


def _reported(frame: _Frame, content: Span, spk: Mention, cue_m: Mention, cue: Cue,
              claimed: list[list[Span]]) -> RawQuote | None:
    s, e = content
    inner = [q for q in frame.quotes if q[0][0] >= s and q[-1][1] <= e + 1]
    if any(q in claimed for q in inner):
        return None
    for q in inner:
        claimed.append(q)
    kind = "mixed" if inner else "indirect"
    return RawQuote([(s, max(e, *(q[-1][1] for q in inner)) if inner else e)], kind, spk, cue_m,
                    cue, absorbed=[p for q in inner for p in q])


# A quote signed on its own line: "― Martha Aguilar", or an embedded tweet's
# "— Donald J. Trump (@realDonaldTrump) October 1, 2016"
_SIGNED = re.compile(r"[ \t\xa0]*\n?[ \t\xa0]*[―—–-]{1,2}[ \t\xa0]*(?P<name>[A-Z][\w.’'-]*"
                     r"(?:[ \t\xa0]+[A-Z][\w.’'-]*){0,3})[ \t\xa0.]*(?:\(@\w+\)[^\n]{0,40})?"
                     r"(?:\n|$)")


def _attach_unattributed(text: str, paras: list[Span], marked: list[list[Span]],
                         claimed: list[list[Span]], out: list[RawQuote],
                         knowledge: Knowledge) -> None:
    """Give quotes with no cue a speaker: a signature ("― Name"), the subject before a colon,
    or the speaker of the quote before them; drop lone scare quotes."""
    para_of = {}
    for n, (ps, pe) in enumerate(paras):
        for q in marked:
            if ps <= q[0][0] < pe:
                para_of[id(q)] = n
    for q in marked:
        if q in claimed:
            continue
        if any(a <= q[0][0] < b for r in out for a, b in r.spans):
            continue  # inside reported speech already
        words = len(re.findall(r"\w+", text[q[0][0]:q[-1][1]]))
        n = para_of.get(id(q), -1)
        if words >= 3 and (m := _SIGNED.match(text, q[-1][1])):
            spk = Mention(m["name"], (m.start("name"), m.end("name")))
            out.append(RawQuote(list(q), "direct", spk, None, None))
            claimed.append(q)
            continue
        if words >= 3 and n >= 0 and (spk := _colon_speaker(text, paras[n], q[0][0], knowledge)
                                      or (q[0][0] == paras[n][0] and n >= 1 and _colon_speaker(
                                          text, paras[n - 1], paras[n - 1][1] + 1, knowledge,
                                          cued=True))):
            # the colon before the quote, in its paragraph or ending the one before
            out.append(RawQuote(list(q), "direct", spk, None, None))
            claimed.append(q)
            continue
        prev = [r for r in out if r.end <= q[0][0]]
        last = max(prev, key=lambda r: r.end) if prev else None
        if last is not None and last.speaker is not None:
            gap_paras = n - _para_index(paras, last.end)
            same_para = gap_paras == 0
            opens_para = n >= 0 and q[0][0] == paras[n][0]
            if (same_para and words >= 2) or (gap_paras == 1 and opens_para and words >= 4):
                if same_para and last.kind == "direct" and not last.inherited:
                    last.spans.extend(q)  # a quote split around its attribution
                    claimed.append(q)
                    continue
                out.append(RawQuote(list(q), "direct", last.speaker, None, None, inherited=True))
                claimed.append(q)
                continue
        if words >= 8:
            out.append(RawQuote(list(q), "direct", None, None, None))
            claimed.append(q)


def _colon_speaker(text: str, para: Span, start: int, knowledge: Knowledge,
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
    sent = next((s for s in sentences(text, para) if s[0] <= k < s[1]), None)
    if sent is None:
        return None
    frame = _Frame(text, (sent[0], k), [])
    if not frame.tokens:
        return None
    if cued and not any(_cue_at(frame, x, knowledge) for x in range(len(frame.tokens))):
        return None
    j = len(frame.tokens) - 1
    while j >= 0 and frame.tokens[j].text in ")":
        j = next((x - 1 for x in range(j, -1, -1) if frame.tokens[x].text == "("), -1)
    near = _np_back(frame, j, 0, knowledge) if j >= 0 else None
    if near and is_capitalized(near[-1].text) and near[0].low not in OPENERS:
        return _mention(near, text)
    subj = _subject(frame, len(frame.tokens), knowledge)
    return _mention(subj, text) if subj else None


def _para_index(paras: list[Span], pos: int) -> int:
    for n, (ps, pe) in enumerate(paras):
        if ps <= pos <= pe:
            return n
    return -1


def _dedupe(quotes: list[RawQuote]) -> list[RawQuote]:
    quotes.sort(key=lambda q: (q.start, -q.end))
    out: list[RawQuote] = []
    for q in quotes:
        if out and q.start < out[-1].end and q.end <= out[-1].end and q.kind != "direct":
            continue
        out.append(q)
    return out
