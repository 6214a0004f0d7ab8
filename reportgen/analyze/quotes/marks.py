"""Step 1: pair quotation marks into quoted stretches.

Straight or curly, double or single, nested or unbalanced, and over several paragraphs: a
quote still open at the end of a paragraph goes on when the next paragraph opens with a mark
(the newspaper convention), and otherwise runs to the end of its paragraph. The same holds
where a page lost those paragraph breaks: a mark that opens a sentence while a quotation is
open goes on that quotation.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Container
from itertools import accumulate

from reportgen.analyze.quotes.found import Marked
from reportgen.analyze.text import APOSTROPHES, matches_at, words_before_marks
from reportgen.models import Span
from reportgen.punctuation import DOUBLE_MARKS

# Double quotation marks, also as two apostrophes or backticks (''like this'', ``or this''):
# one character class first and the character it took asked after it, so that the engine
# skips to the next mark (see below; two branches of two literals and a class were tried at
# every position, twice the time; the same matches)
_DOUBLE = re.compile(f"[{DOUBLE_MARKS}'`](?:(?<=')'|(?<=`)`|(?<=[{DOUBLE_MARKS}]))")
# Single marks, as British outlets quote: ‘…’ or '…'. A mark between two letters is an
# apostrophe, whichever mark it is (text.APOSTROPHES): it stands inside the quotation and
# neither opens nor closes one.
# (each lookbehind that opens a pattern here is asked after the character it stands before:
# a pattern that opens with a character class lets the engine skip to where that class
# matches, one that opens with an assertion is tried at every position; the same matches)
_SINGLE = re.compile(rf"[‘'](?<![\w{APOSTROPHES}][‘'])(?=[\w\[])"
                     rf"((?:[^‘’'\n\"“”]|(?<=\w)[{APOSTROPHES}](?=\w)){{1,400}}?"
                     rf"[\w.,!?\]])[’'](?![\w{APOSTROPHES}])")


# The end of an embedded tweet's paragraph: its links, then its signature, "—", the name, the
# handle and the date ("... pic.twitter.com/Ab12 — Ann Vale (@annvale) March 15, 2017")
TWEET_LINKS = r"(?:[ \t\xa0]*(?:pic\.twitter\.com/\S+|https?://\S+))*"
# the name that signs a quote or a tweet: one to six capitalised words, no quotation marks
# (leftovers' signature reads it too)
SIGNER_NAME = r"[A-Z][\w.’'-]*(?:[ \t\xa0]+[A-Z][\w.’'-]*){0,5}"
_TWEET_END = re.compile(TWEET_LINKS + r"[ \t\xa0]*[―—–-]{1,2}[ \t\xa0]*" + SIGNER_NAME
                        + r"[ \t\xa0.]*"
                        r"\(@\w{1,20}\)[ \t\xa0]*(?:January|February|March|April|May|June|"
                        r"July|August|September|October|November|December)[ \t\xa0]+\d{1,2},"
                        r"[ \t\xa0]*\d{4}[ \t\xa0]*$")


def find_marked(text: str, paras: list[Span], cues: Container[str]) -> tuple[Marked, ...]:
    """Pair quotation marks into quoted stretches, in text order; an embedded tweet's text is
    a quoted stretch too, though no mark sets it off. ``cues``: the forms of the speech verbs
    (``Knowledge.cues``), which tell an attribution left inside an unclosed quotation."""
    quoted = _double_quoted(text, paras, cues) + _tweets(text, paras)
    # the stretches double marks hold, by start, with the furthest end reached so far: a
    # bisection tells whether a single mark stands inside one (for speed in a long article)
    inside = sorted((p[0][0], p[-1][1]) for p in quoted)
    starts = [a for a, _ in inside]
    reach = list(accumulate((b for _, b in inside), max))
    for ps, pe in paras:
        for m in _SINGLE.finditer(text, ps, pe):
            s, e = m.start(), m.end()
            k = bisect_right(starts, s)  # the stretches that start at s or before
            if not (k and reach[k - 1] > s):
                quoted.append([(s, e)])
    quoted.sort(key=lambda p: p[0][0])
    return tuple(tuple(q) for q in quoted)


def _tweets(text: str, paras: list[Span]) -> list[list[Span]]:
    """Give the text of each embedded tweet, a paragraph signed at its end ("Jobs are up!
    pic.twitter.com/Ab12 — Ann Vale (@annvale) March 15, 2017"): the words before its links,
    which are its writer's, as a quotation is. Not where a tweet holds a quotation in marks
    (a reporter's tweet relays someone's words: 'Warren responds: “Yes, it is”'), which the
    quote steps read as in any paragraph."""
    found: list[list[Span]] = []
    for ps, pe in paras:
        if "(@" not in text[ps:pe]:
            continue
        m = _TWEET_END.search(text, ps, pe)
        if m is None or any(c in DOUBLE_MARKS for c in text[ps:m.start()]):
            continue
        end = m.start()
        while end > ps and text[end - 1].isspace():
            end -= 1
        if end > ps:
            found.append([(ps, end)])
    return found


def _double_quoted(text: str, paras: list[Span], cues: Container[str]) -> list[list[Span]]:
    """Pair double marks paragraph by paragraph; a stretch may run over paragraphs."""
    quoted: list[list[Span]] = []
    carry: list[Span] = []  # parts of a quote still open at the end of the last paragraph
    for n, (ps, pe) in enumerate(paras):
        open_at, first, carry = _pair_in_paragraph(text, ps, pe, carry, quoted, cues)
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
    return quoted


# a nickname in double marks between a given name and a surname, all capitalised:
# Lewis "Scooter" Libby, Ernest “Fritz” Hollings (actors.mentions reads the whole name)
_NICKNAME = re.compile(r"[A-Z](?<![\w’'][A-Z])[a-zà-ÿ’'-]+[^\S\n]+(?P<open>[“\"])[A-Z][\w’'.-]*"
                       r"(?:[^\S\n]+[A-Z][\w’'.-]*){0,2}(?P<close>[”\"])[^\S\n]+[A-Z][\w’'-]+")
# what follows the capital of its given name ("[a-zà-ÿ’'-]"): the words before an opening
# mark made of these are where the pattern may start (``text.words_before_marks``)
_GIVEN_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz’'-").union(map(chr, range(0xE0, 0x100)))


def _nickname_marks(text: str, ps: int, pe: int) -> frozenset[int]:
    """Give where the marks around a nickname inside a name stand in a paragraph: they quote
    no one, and a straight pair of them would pair wrongly with the marks of a quotation."""
    found: set[int] = set()
    for m in matches_at(_NICKNAME, text, words_before_marks(text, "“\"", _GIVEN_LETTERS, ps, pe),
                        ps, pe):
        found.update((m.start("open"), m.start("close")))
    return frozenset(found)


# how far before its opening mark a nickname's given name may start
_NICKNAME_REACH = 40


def nickname_mark(text: str, pos: int) -> bool:
    """Tell whether the double mark at pos opens or closes a nickname inside a name."""
    start = max(0, pos - _NICKNAME_REACH)
    return pos in _nickname_marks(text, start, min(len(text), pos + 2 * _NICKNAME_REACH))


def _pair_in_paragraph(text: str, ps: int, pe: int, carry: list[Span],
                       quoted: list[list[Span]], cues: Container[str]
                       ) -> tuple[int | None, bool, list[Span]]:
    """Pair the marks of one paragraph, adding closed quotes to ``quoted``; give the mark
    still open (or None), whether the paragraph had no mark, and the carried parts left. The
    marks around a nickname inside a name are no quotation marks. A quotation may hold
    quotations nested in it (``_Nest``), and a mark that opens a sentence while a quotation
    is open may end a part of it (``_resumes``)."""
    open_at: int | None = None
    first = True
    nest = _Nest()
    nicknames = _nickname_marks(text, ps, pe)
    for m in _DOUBLE.finditer(text, ps, pe):
        i, j = m.start(), m.end()
        if i in nicknames:
            continue
        role = _mark_role(text, i, j, ps, pe)
        if open_at is None:
            if nest.closes_outer(text, i, role, quoted, j, pe):
                first = False
                continue
            if role == "close" and not first:
                continue  # a stray closing mark
            open_at = i
            if carry and not (first and i == ps):
                quoted.append(carry)  # the open quote did not continue here
                carry = []
        elif role in ("close", "toggle") or _looks_closing(text, j, pe):
            if nest.closes_over_inner(text, open_at, i, quoted, carry, j, pe):
                open_at = None
                carry = []
                first = False
                continue
            quoted.append([*carry, (open_at, j)])
            nest.inner_closed(len(quoted) - 1)
            carry = []
            open_at = None
        else:
            if _resumes(text, open_at, i, j, pe, cues, bool(carry)):
                carry = [*carry, (open_at, _part_end(text, i))]
            else:
                if carry and carry[-1][0] >= ps:
                    quoted.append(carry)  # the parts this paragraph went on with end here
                    carry = []
                nest.opens_inside(open_at)
            # two openers in a row: the first was stray, or the second nests, or the
            # quotation goes on over a lost paragraph break
            open_at = i
        first = False
    return open_at, first, carry


class _Nest:
    """A quotation that holds quotations nested in it, as a paragraph is paired:
    '"It could be a "win-win" deal," Ann Roe said.', '“I heard them say "leave now" twice,”',
    '“I said, "They will go,\'” she said.' (a straight mark opened inside curly ones and never
    closed). A second opening mark while one is open is, as before, the first one stray,
    unless the quotation it opens closes and a closing mark comes next, before any other
    mark: then the first opened a quotation that holds it. One level of nesting, any number of
    quotations nested in turn ("a "b" c "d" e"). Not where the paragraph ends with the
    quotation around still open: its first mark may as well have been stray ('"We are ready,
    the general said. "We leave at dawn."'); nor where the quotation around ends its
    paragraph, no words after it: such a passage is mostly a text quoted whole (a report, an
    article) that quotes others in turn ('... reported: "Ann Roe said the deal was "a
    disaster" for the town."'), and the speakers are found at the nested ones."""

    __slots__ = ("inner_at", "inner_done", "outer")

    def __init__(self) -> None:
        self.outer: int | None = None  # the opening mark a nested quotation may stand in
        self.inner_at: int | None = None  # where in ``quoted`` the first nested pair went
        self.inner_done = False  # the last nested quotation closed, no mark since

    def opens_inside(self, open_at: int) -> None:
        """An opening mark came while the quotation at open_at was open."""
        if self.outer is None:
            self.outer, self.inner_at = open_at, None
        self.inner_done = False

    def inner_closed(self, at: int) -> None:
        """A pair closed and went to ``quoted`` at index at: a nested one, if one was open."""
        if self.outer is not None and self.inner_at is None:
            self.inner_at = at
        self.inner_done = self.outer is not None

    def closes_outer(self, text: str, i: int, role: str, quoted: list[list[Span]],
                     j: int, pe: int) -> bool:
        """A mark came with no quotation open: if it closes right after a nested quotation,
        it ends the quotation holding it, which takes the nested pairs' place in
        ``quoted``; if it opens there, another nested quotation may follow; else the
        quotation around was none."""
        if self.inner_done and role == "close" and _words_follow(text, j, pe):
            self._replace(quoted, j)
            return True
        if self.inner_done and role == "open":
            self.inner_done = False
            return False
        self.outer, self.inner_at, self.inner_done = None, None, False
        return False

    def closes_over_inner(self, text: str, open_at: int, i: int, quoted: list[list[Span]],
                          carry: list[Span], j: int, pe: int) -> bool:
        """A curly closing mark came where a straight mark nested in curly ones is open: it
        ends the curly quotation (the straight one was never closed)."""
        outer = self.outer
        if outer is None or text[i] not in _CURLY_CLOSING or text[open_at] != '"' \
                or text[outer] not in _CURLY_OPENING or not _words_follow(text, j, pe):
            return False
        if self.inner_at is None:
            quoted.append([*carry, (outer, j)])
        else:
            self._replace(quoted, j)
        self.outer, self.inner_at, self.inner_done = None, None, False
        return True

    def _replace(self, quoted: list[list[Span]], j: int) -> None:
        assert self.outer is not None and self.inner_at is not None
        # the parts a quotation carried from the paragraphs before stay before it
        head = quoted[self.inner_at][:-1]
        del quoted[self.inner_at:]
        quoted.append([*head, (self.outer, j)])
        self.outer, self.inner_at, self.inner_done = None, None, False


def _words_follow(text: str, j: int, pe: int) -> bool:
    """Tell whether words follow in the paragraph after a closing mark that ends at j."""
    return any(c.isalnum() for c in text[j:pe])


# the fewest words the part of a quotation before a mark that goes on with it holds: a
# paragraph's sentence, not a title whose closing mark is missing ('on “This Week. “And …')
_RESUME_WORDS = 6
_PART_WORD = re.compile(r"\w[\w’'-]*")
# what may close a sentence inside a quotation: a nested quotation's mark, a bracket
_AFTER_SENTENCE = "’')]"
# what may open a quoted sentence before its capital: a nested mark, a bracket
_BEFORE_CAPITAL = "‘'[("


def _resumes(text: str, open_at: int, i: int, j: int, pe: int, cues: Container[str],
             going_on: bool) -> bool:
    """Tell whether the opening mark at i..j goes on the quotation opened at ``open_at``, as
    a paragraph's opening mark does where the paragraph break before it was lost ('Roe said:
    “The attack was barbaric. Our thoughts are with the families. “We must respond.”'): the
    mark stands after a sentence's end and before a capital; the part before it opens with a
    capital and holds six words or more (any number where the quotation has parts before
    it, ``going_on``); and neither that part nor the words after the mark, up to the next
    mark before the paragraph's end ``pe``, attribute words to anyone. Not a stray mark
    before the writer's words ('called it “a disgrace. “We …'), nor a closing mark forgotten
    before the speaker ('“We will win, Ann Roe said. “We …', '“… turn voters off,’’ said
    Ann Roe, an adviser. “If …'), which the cue steps read as they did; nor a report quoted
    at length that relays what others said ('The agency reports: “… the Agriculture
    Department says … “Roe argued that …'): the cue steps read no attribution inside a
    quotation, and the quotes it relays would be lost."""
    part = text[open_at:i].lstrip(DOUBLE_MARKS + "'`").rstrip()
    ends = part.rstrip(_AFTER_SENTENCE)[-1:]
    opens = part.lstrip(_BEFORE_CAPITAL)[:1]
    after = text[j:j + 3].lstrip(_BEFORE_CAPITAL)[:1]
    if not (ends in (".", "?", "!", "…") and (opens.isupper() or opens.isdigit())
            and (after.isupper() or after.isdigit())
            and (going_on or len(_PART_WORD.findall(part)) >= _RESUME_WORDS)):
        return False
    nxt = _DOUBLE.search(text, j, pe)
    after_part = text[j:nxt.start() if nxt else pe]
    return not _set_off(part, cues) and not any(
        _attribution(_PART_WORD.findall(clause), cues)
        for words in (part, after_part) for clause in _CLAUSE_END.split(words))


# the most words an attribution set off after a comma at a sentence's end holds: ", the
# agency's director said."
_SET_OFF_WORDS = 6


def _set_off(part: str, cues: Container[str]) -> bool:
    """Tell whether a part's last sentence ends in an attribution set off by a comma, its
    closing mark forgotten: a few words that a speech verb opens or ends ('“We are ready,
    the general said. “…', '“…, added the mayor. “…')."""
    comma = part.rfind(",")
    if comma < 0 or _SENTENCE_END.search(part, comma, len(part) - 1):
        return False
    last = _PART_WORD.findall(part, comma + 1)
    return 0 < len(last) <= _SET_OFF_WORDS \
        and (last[0].lower() in cues or last[-1].lower() in cues)


# what ends a clause inside a quotation's part, and a sentence
_CLAUSE_END = re.compile(r"[.,;:?!()—–]")
_SENTENCE_END = re.compile(r"[.?!][ \t\xa0]")
# who may speak before a speech verb: "he said", "they told"; and the capitalised words
# beside one that name no speaker: a pronoun or a determiner opening its sentence ("It said
# that …", "The attack was …", "Our claim …")
_SPEAKER_WORDS = frozenset({"he", "she", "they"})
_NO_SPEAKER = frozenset({"it", "this", "that", "these", "those", "there", "we", "i", "you",
                         "which", "who", "what", "the", "a", "an", "our", "my", "your", "his",
                         "her", "their", "its", "some", "any", "no", "every", "each", "all"})


def _attribution(clause: list[str], cues: Container[str]) -> bool:
    """Tell whether the words of a clause attribute words to someone: a speech verb after
    "he", "she", "they" or a capitalised word that may name a speaker ("Ann Roe said", "he
    continued", "the Agriculture Department says"), or opening the clause in lower case
    (after a comma: "Ann Roe, a lawyer, said …", "…, said Roe"); not "It said that …", "the
    administration said it would …" nor a verb before its object's name ("affirmed Iran
    …")."""
    for k, w in enumerate(clause):
        if w.lower() not in cues:
            continue
        if not k:
            if w.islower():
                return True
            continue
        before = clause[k - 1]
        if before.lower() in _SPEAKER_WORDS \
                or (before[:1].isupper() and before.lower() not in _NO_SPEAKER):
            return True
    return False


def _part_end(text: str, i: int) -> int:
    """Give where the part of a quotation that ends before the mark at i ends: after the
    sentence, before the spaces."""
    while text[i - 1] in " \t\xa0":
        i -= 1
    return i


# the double marks whose shape tells whether they open or close (``_mark_role``)
_CURLY_OPENING = "“„«"
_CURLY_CLOSING = "”»"


def _opens_with_mark(text: str, pos: int) -> bool:
    return text[pos] in DOUBLE_MARKS or text.startswith(("''", "``"), pos)


def _mark_role(text: str, i: int, j: int, ps: int, pe: int) -> str:
    ch = text[i]
    if ch in _CURLY_OPENING or ch == "`":
        return "open"
    if ch in _CURLY_CLOSING:
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


# What stands before a title named in running text: "with CBS' “60 Minutes,”", "on “Meet the
# Press”", "a book titled “…”", and a show told something: "told “Harbour Watch Sunday” that"
# (a person told is named without marks: words in marks right after "told" name a show)
_BEFORE_TITLE = re.compile(r"(?:['’]s?|\b(?:on|with|in|of|to|from|at|for|by|about|titled|"
                           r"entitled|named|the|his|her|their|its|new|told|tells|telling)|"
                           r"\b(?:book|memoir|novel|"
                           r"show|program|programme|film|movie|documentary|series|song|album|"
                           r"play|column|essay|podcast|newsletter),?)\s*$", re.I)
TITLE_WORD = re.compile(r"[\w’'-]+")
MAX_TITLE_WORDS = 7
# What says that a title follows, of any length: "the author of", "her new book,", "a report
# titled", "the column," (not a headline: an outlet's or a committee's headline is its words;
# not a name that ends in such a word, "the Drudge Report:")
_TITLE_NAMED = re.compile(r"(?:\b(?i:(?:co-)?author of)(?: (?:the|his|her|their|a))?(?: (?:new|"
                          r"latest|recent|first|best-selling))?(?: (?:book|novel|memoir|"
                          r"best-?seller))?|\b(?i:titled|entitled|subtitled)|"
                          r"\b(?:book|memoir|novel|column|essay|article|report|study|paper|"
                          r"documentary|film)(?: (?:is|was):?)?(?: (?:titled|entitled))?),?\s*$")
# the most words such a title holds: "Breakout: Pioneers of the Future, Prison Guards of the
# Past, and ..." runs to about twenty
_MAX_NAMED_TITLE_WORDS = 25


def title_cased(words: list[str]) -> bool:
    """Tell whether every word longer than three characters opens with a capital or a digit,
    as a title's do ("Meet the Press", "60 Minutes", "Harbour Lights")."""
    return all(w[0].isupper() or w[0].isdigit() for w in words if len(w) > 3)


def embedded_title(text: str, q: tuple[Span, ...], line_start: int, named: bool = False,
                   small: Container[str] = frozenset()) -> bool:
    """Tell whether a quotation names a title in running text (a show, a book, a program):
    title case, no sentence end inside, after a possessive or a preposition ("told CBS' “60
    Minutes,”", "on “Meet the Press”"), at most seven words; or after words that say a title
    follows ("author of", "his new book,", "a report titled", "the column,"), any length up to
    a long subtitle's and ending in "?" or "!" too ("the author of “The Long Road Home: A
    Harbour Town and Its War”"), where ``named``; such a title may leave the words of
    ``small`` in lower case however long they are ("the author of “Sailing with Ghosts”").
    ``line_start``: where the quotation's paragraph starts."""
    if len(q) != 1:
        return False
    s, e = q[0]
    inner = text[s:e].strip("\"“”„«»'`‘’ \t\n")
    words = TITLE_WORD.findall(inner)
    # a title may close its sentence ('on “Meet the Press.”'), but holds no sentence end
    if not words or ". " in inner or not any(w[0].isupper() for w in words):
        return False
    before = text[max(line_start, s - 40):s]
    if not before.strip():
        return False
    if title_cased(words) and len(words) <= MAX_TITLE_WORDS \
            and not inner.rstrip(",.").endswith(("?", "!")) \
            and _BEFORE_TITLE.search(before) is not None:
        return True
    return named and len(words) <= _MAX_NAMED_TITLE_WORDS \
        and title_cased([w for w in words if w.lower() not in small]) \
        and _TITLE_NAMED.search(before) is not None
