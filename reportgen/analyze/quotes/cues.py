"""Step 2: cues. Is this word a speech verb here, and where does what it reports start?

A cue is a form in knowledge.cues ("said", "pointed out"), used as a verb: not inside a
quotation, not a noun ("the claims", "Trump's remarks"), not a bare form without a subject
that takes it ("the 22-member state committee").
"""

from __future__ import annotations

from collections.abc import Callable

from reportgen.analyze.quotes.frame import Frame, Phrase
from reportgen.analyze.quotes.phrases import np_back
from reportgen.analyze.tables import per_table
from reportgen.analyze.text import Token, is_capitalized
from reportgen.knowledge import Cue, Words
from reportgen.knowledge.words import POSSESSIVE_ENDINGS
from reportgen.punctuation import OPENING_EDGE


def cue_at(frame: Frame, i: int) -> tuple[int, Cue] | None:
    """Give (last token index, cue) when a cue verb starts at token i, used as a verb."""
    toks, cues = frame.tokens, frame.knowledge.cues
    if frame.inq[i] or _in_idiom(frame, i):
        return None
    if is_capitalized(toks[i].text) and i > 0 and not frame.headline:
        return None  # "the Washington Post", "Says" inside a name: not a verb
    w = toks[i].low
    two = f"{w} {toks[i + 1].low}" if i + 1 < len(toks) else ""
    if two in cues and not _used_as_noun(frame, i, two):
        return i + 1, cues[two]
    cue = cues.get(w)
    if cue is None:
        return _as_cue(frame, i) or _document_verb(frame, i)
    if not cue.speech or _used_as_noun(frame, i, w) or _as_put_it(frame, i) \
            or _names_a_thing(frame, i, cue) or _gives_a_name(frame, i, cue) \
            or _adds_a_number(frame, i, cue):
        return None
    return i, cue


# how many words the object of "referred to X as “…”" may take
AS_OBJECT_REACH = 6
# how many words may stand between "as" and the quotation it introduces: "as a possible “…”",
# "as one of the party's “…”"
AS_WORDS = 4


def _as_cue(frame: Frame, i: int) -> tuple[int, Cue] | None:
    """Give (i, cue) where a verb that reports only a quotation after its object and "as"
    stands at token i with such a quotation after it ("cast the levy as “a tax”", "which she
    defines as “…”"), used as an active verb. It is no cue elsewhere ("cast their ballots"),
    nor a noun ("their positions as “…”", "his hardline position on it as “…”": a bare form
    is a verb only after its subject, a pronoun, a name, a plural or a description set off
    by a comma, or after an auxiliary or "to"), nor a passive ("is regarded by investigators
    as “…”", "being cast as “…”")."""
    toks, words = frame.tokens, frame.words
    cue = frame.knowledge.as_cues.get(toks[i].low)
    if cue is None or not _as_quotation_follows(frame, i):
        return None
    k = i - 1
    while k >= 0 and not frame.inq[k] and (is_adverb(toks[k].text, words)
                                           or toks[k].low in _DENIALS):
        k -= 1  # "routinely cast", "might not regard"
    prev = toks[k].low if k >= 0 and not frame.inq[k] else ""
    if prev in words.noun_signals or prev.endswith(POSSESSIVE_ENDINGS) \
            or prev in words.aux_passive:
        return None
    if toks[i].low == cue.lemma and not _takes_bare_verb(frame, k):
        return None
    return i, cue


def _takes_bare_verb(frame: Frame, k: int) -> bool:
    """Tell whether token k may end the subject of a bare verb form after it, or stand
    before one as an auxiliary or "to": "they cast", "Tom Reyes cast", "critics portray",
    "Ann Vale, the mayor, cast", "might regard" (not "his hardline position", "the Senate
    position")."""
    toks, words = frame.tokens, frame.words
    if k < 0 or frame.inq[k]:
        return False
    low, text = toks[k].low, toks[k].text
    if low in words.pronouns or low in words.aux_verbs or low in ("to", ","):
        return True
    if low.endswith("s") and low.isalpha() and text.islower():
        return True  # "critics portray", "prosecutors regard"
    return is_capitalized(text) and text.isalpha() and not (
        k > 0 and toks[k - 1].low in words.noun_signals)


def _as_quotation_follows(frame: Frame, i: int) -> bool:
    """Tell whether a short object, "as" and a quotation follow token i, or "as" and the
    quotation alone (the object moved before the verb); not after "by" ("painted by the
    book as “…”": a passive)."""
    toks = frame.tokens
    for k in range(i + 1, min(len(toks) - 1, i + 2 + AS_OBJECT_REACH)):
        if frame.inq[k] or toks[k].text in ",;:.!?—–()" or toks[k].low == "by":
            return False
        if toks[k].low == "as":
            return any(frame.inq[m] for m in range(k + 1, min(len(toks), k + 2 + AS_WORDS)))
    return False


# words between "added" and the number it adds: "added more than 100", "added a net 5,000"
_BEFORE_NUMBER = ("a", "an", "another", "net", "more", "fewer", "less", "than", "over", "some",
                  "estimated", "just", "$")


def _adds_a_number(frame: Frame, i: int, cue: Cue) -> bool:
    """Tell whether "add" at token i adds a count, no words: "The economy added 155,000
    jobs", "Health care added 13,000 jobs", "the campaign added more than 100 staffers",
    "will add seven lobbyists" (not "added that 40 workers quit", "added 10 minutes later")."""
    toks, words = frame.tokens, frame.words
    if cue.lemma != "add":
        return False
    k = i + 1
    while k < len(toks) and k - i <= 3 and not frame.inq[k] and (
            toks[k].low in _BEFORE_NUMBER or toks[k].low in words.approximators):
        k += 1
    if k >= len(toks) or frame.inq[k]:
        return False
    low = toks[k].low
    if k + 1 < len(toks) and toks[k + 1].low in words.time_spans:
        return False  # "“…,” she added 10 minutes later"
    return low[:1].isdigit() or low in words.number_words or low in words.counts \
        or low.split("-")[0] in words.number_words


# how many words after an inverted document verb may stand before the document's noun:
# "“…,” states the lengthy 2,200-word story"
_DOCUMENT_REACH = 5


def _document_verb(frame: Frame, i: int) -> tuple[int, Cue] | None:
    """Give (i, cue) where a verb that reports only a document's words stands at token i
    with a document as its subject: before it ("the indictment states", "his email began")
    or after it, inverted after a quotation ("“…,” states the report")."""
    toks, words = frame.tokens, frame.words
    lemma = words.document_verbs.get(toks[i].low)
    if lemma is None:
        return None
    k = i - 1
    while k >= 0 and not frame.inq[k] and is_adverb(toks[k].text, words):
        k -= 1  # "the report plainly states"
    before = k >= 0 and not frame.inq[k] and toks[k].low in words.documents \
        and not _object_before(frame, k)
    reach = range(i + 1, min(len(toks), i + 1 + _DOCUMENT_REACH))
    after = i > 0 and frame.inq[i - 1] and any(
        toks[j].low in words.documents for j in reach if not frame.inq[j])
    if not (before or after):
        return None
    return i, frame.knowledge.cues.get(lemma) or Cue(lemma, "neutral", True)


def _object_before(frame: Frame, k: int) -> bool:
    """Tell whether the noun phrase that ends at token k is the object of a verb before it,
    no subject: "the summary that accompanied the report states" (the summary states)."""
    toks, words = frame.tokens, frame.words
    j = k - 1
    while j >= 0 and not frame.inq[j] and (toks[j].low in words.determiners or (
            toks[j].text.isalpha() and not toks[j].low.endswith("ed")
            and toks[j].low not in words.irregular_past and toks[j].low not in words.aux_verbs
            and toks[j].low not in words.relative_pronouns)):
        j -= 1
    if j < 0 or frame.inq[j]:
        return False
    w = toks[j].low
    return w.isalpha() and (w.endswith("ed") or w in words.irregular_past)


# the words that open the topic of a cue of speaking: "spoke of “…”", "talked about “…”"
TOPIC_OPENERS = ("of", "about")


def holds_topic(cue: Cue) -> bool:
    """Tell whether a cue that reports only words in quotation marks holds the word that
    opens its topic ("talk about", "talk of"): it reports only the quotations in its topic."""
    return cue.quoted_only and cue.lemma.endswith(tuple(f" {w}" for w in TOPIC_OPENERS))


def reports_topic(cue: Cue) -> bool:
    """Tell whether a cue reports the quotations in its topic after "of" or "about": "spoke
    of", "talked about"."""
    return holds_topic(cue) or (cue.quoted_only and cue.lemma == "speak")


def belief_at(frame: Frame, i: int) -> tuple[int, Cue] | None:
    """Give (token index, cue) when a verb of belief that reports a clause stands at token i,
    used as a verb, and words in quotation marks follow it in its sentence: "Dana Pike
    believes the levy is “a tax on renters”", "Tom Reyes thinks we need to “start over”"
    (the quoted words are the believer's; without marks the belief is no quote)."""
    toks, cues = frame.tokens, frame.knowledge.cues
    cue = cues.get(toks[i].low)
    if cue is not None and cue.lemma in frame.words.thanking_cues:
        return _thanks_for_words(frame, i, cue)
    if cue is None or cue.speech or cue.takes_object or frame.inq[i] or _in_idiom(frame, i) \
            or (is_capitalized(toks[i].text) and i > 0) or i + 1 >= len(toks) \
            or toks[i + 1].text in ",;:." or _used_as_noun(frame, i, toks[i].low):
        return None  # "Cost estimates, he added, ...": no clause believed
    for k in range(i + 1, len(toks)):
        if frame.inq[k]:
            return i, cue
        if toks[k].text in ".!?;" or cue_at(frame, k) is not None:
            return None  # "Petrilli, who thinks ..., called the law “…”": the cue's words
    return None


def _thanks_for_words(frame: Frame, i: int, cue: Cue) -> tuple[int, Cue] | None:
    """Give (token index, cue) when a verb of thanks at token i thanks someone for words in
    quotation marks after "for": "Reyes thanked the nurses for their “quiet courage”", "Roe
    thanked Kettle for “keeping the lights on”" (the quoted words are the thanker's; not
    "thanks to the “defund” gambit", nor "thank the “journalist” Tom Reyes for ...")."""
    toks = frame.tokens
    if frame.inq[i] or (is_capitalized(toks[i].text) and i > 0) \
            or _used_as_noun(frame, i, toks[i].low):
        return None
    seen_for = False
    for k in range(i + 1, len(toks)):
        if frame.inq[k]:
            return (i, cue) if seen_for else None
        if toks[k].text in ".!?;" or cue_at(frame, k) is not None:
            return None
        seen_for = seen_for or toks[k].low == "for"
    return None


# how many modifiers may stand between "a"/"an" and the noun a naming cue follows: "a
# pro-net neutrality group called", "a St. Louis nonprofit group called"
_NAMED_HEAD_REACH = 4


def _indefinite_head(frame: Frame, i: int) -> bool:
    """Tell whether the word before token i is a noun after "a"/"an" and at most a few
    modifiers: "a group", "a Jewish nonprofit organization", "a DA-endorsed group" (not
    "the group", "a group of donors", "a lawyer who")."""
    toks, words = frame.tokens, frame.words
    k = i - 2
    while k >= 0 and i - 2 - k < _NAMED_HEAD_REACH and toks[k].low not in ("a", "an") \
            and not frame.inq[k] and (_modifier_word(toks[k].text, words) or (
                toks[k].text == "." and k > 0 and toks[k - 1].text.isalpha()
                and toks[k - 1].text[:1].isupper() and len(toks[k - 1].text) <= 3)):
        k -= 1  # "St." is two words: "St", "."
    return k >= 0 and i - 1 > k and toks[k].low in ("a", "an") and not frame.inq[k]


def _modifier_word(text: str, words: Words) -> bool:
    """Tell whether a word may modify a noun inside "a … group": an adjective or a noun,
    capitalised or hyphenated ("Jewish", "nonprofit", "pro-net", "DA-endorsed"), no
    determiner, auxiliary, connective or past form ("a group that said", "a man who")."""
    low = text.lower()
    if not all(part.isalpha() for part in text.split("-")) or low in words.determiners \
            or low in words.aux_verbs or low in words.connectors or low in words.subordinators \
            or low in words.prepositions or low in words.relative_pronouns:
        return False
    return "-" in text or text[:1].isupper() or not low.endswith("ed")


# small words a name may hold between its capitalised words: "the Beast from the East"
_NAME_JOINERS = ("of", "from", "the", "for", "and", "on", "in", "&")


def _gives_a_name(frame: Frame, i: int, cue: Cue) -> bool:
    """Tell whether a naming cue after "a"/"an" and a noun that is no person's role gives the
    thing's name, no words: "a group called Citizens First sued", "a bill called the Safe
    Streets Act passed", "a storm dubbed the Beast from the East". A role word keeps the cue
    ("a lawyer called Reyes a liar"), and so does a complement after the name ("a coalition
    called the Harbour Plan a disgrace")."""
    toks, words = frame.tokens, frame.words
    if cue.lemma not in words.naming_cues or not _indefinite_head(frame, i) \
            or not toks[i].low.endswith("ed"):
        return False
    head = toks[i - 1].text
    if not head.isalpha() or not head.islower() or head in words.anonymous_heads \
            or head in frame.knowledge.titles:
        return False
    j = i + 2 if i + 2 < len(toks) and toks[i + 1].low == "the" else i + 1
    if j >= len(toks) or frame.inq[j] or not toks[j].text[:1].isupper():
        return False
    k = j + 1
    while k < len(toks) and (toks[k].text[:1].isupper() or (
            toks[k].low in _NAME_JOINERS and k + 1 < len(toks)
            and toks[k + 1].text[:1].isupper())):
        k += 1
    return k >= len(toks) or toks[k].low not in ("a", "an")


def _names_a_thing(frame: Frame, i: int, cue: Cue) -> bool:
    """Tell whether a naming cue after "a"/"an" and a noun gives the thing's name, a title in
    marks: "a program called “Operation Fast Lane”", "a group called the “Harbour Watch”";
    or, right after the participle (a comma between at most), a name in lower case too,
    where the head is no person's role and no "by" names who called it so: "a drink called
    “harbour fog”", "a segment dubbed, “don't blink”" (not "a plan called “reckless” by the
    council": the council's word)."""
    toks, words = frame.tokens, frame.words
    if cue.lemma not in words.naming_cues or not _indefinite_head(frame, i) \
            or toks[i - 1].low in words.anonymous_heads or not toks[i].low.endswith("ed"):
        return False
    j = i + 2 if i + 2 < len(toks) and toks[i + 1].low == "the" else i + 1
    # a title after "the" is read as words (frame.embedded_title): look among all quotations
    q = next((q for q in frame.quotes if j < len(toks) and q[0][0] == toks[j].start), None)
    if q is None:
        return _lower_name(frame, i)
    found = [t.text for t in toks[j:frame.first_at(q[-1][1])] if t.text[:1].isalnum()]
    titled = bool(found) and all(w[0].isupper() or w[0].isdigit() or len(w) <= 3 for w in found)
    return titled or _lower_name(frame, i)


def _lower_name(frame: Frame, i: int) -> bool:
    """Tell whether a quotation right after the naming participle at token i (a comma between
    at most) is the name of the thing before it, whatever its case: the words from "a" or
    "an" to the participle are in lower case (no name that calls it so: "a move Ann Vale once
    called “…”"), the last a noun that is no role, no plural ("a move critics called “…”")
    and no adverb ("once", "later", "-ly"), and no "by" after the quotation says who called
    it so."""
    toks, words = frame.tokens, frame.words
    head = toks[i - 1].text
    if not head.isalpha() or not head.islower() or head in frame.knowledge.titles \
            or head.endswith(("s", "ly")) or head in words.skip_before_cue:
        return False
    k = i - 1
    while k >= 0 and toks[k].low not in ("a", "an"):
        if not toks[k].text.islower():
            return False
        k -= 1
    q = frame.quote_opening_past(i + 1, ",")
    if q is None:
        return False
    after = frame.first_at(q[-1][1])
    return after >= len(toks) or toks[after].low != "by"


# how many words a speaker may take in "as X called it"
_AS_IT_REACH = 5


def _as_put_it(frame: Frame, i: int) -> bool:
    """Tell whether a cue ends a comment clause "as X called it", which says whose words a
    quotation beside it is and reports no clause of its own (the leftovers step reads it);
    not an infinitive ("went so far as to call it “…”")."""
    toks = frame.tokens
    if i + 1 >= len(toks) or toks[i + 1].low != "it" or toks[i - 1].low == "to":
        return False
    for k in range(i - 1, max(-1, i - 1 - _AS_IT_REACH), -1):
        if frame.inq[k] or toks[k].text in ",;:()":
            return False
        if toks[k].low == "as":
            return k < i - 1
    return False


def has_put_it(frame: Frame) -> bool:
    """Tell whether a frame holds a comment clause "as X puts it" that says whose words its
    quotation is: "As Reyes puts it, the town attracts those who think “…”" (Reyes's, not
    the believers')."""
    toks = frame.tokens
    return any(toks[k].low == "it" and not frame.inq[k - 1] and _as_put_it(frame, k - 1)
               for k in range(1, len(toks)))


def _in_idiom(frame: Frame, i: int) -> bool:
    """Tell whether the word at token i stands in a set phrase that reports nothing: "All
    told,", "Having said that,", "it goes without saying"."""
    toks = frame.tokens
    for at, parts in _idioms_by_word(frame.words).get(toks[i].low, ()):
        lo = i - at
        if lo >= 0 and lo + len(parts) <= len(toks) and all(
                toks[lo + k].low == part for k, part in enumerate(parts)):
            return True
    return False


def _idioms_by_word(words: Words) -> dict[str, tuple[tuple[int, tuple[str, ...]], ...]]:
    """Give, for each word of a set phrase, where it stands in each phrase that holds it and
    the phrase's words (one index per word table, for speed: asked at every cue)."""
    def build(w: Words) -> dict[str, tuple[tuple[int, tuple[str, ...]], ...]]:
        index: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        for idiom in w.cue_idioms:
            parts = tuple(idiom.split("_"))
            for at, part in enumerate(parts):
                index.setdefault(part, []).append((at, parts))
        return {part: tuple(found) for part, found in index.items()}
    return per_table("cue idioms by word", words, build)


# Endings of the adjectives between a determiner and a cue form used as a noun
_ADJECTIVE_ENDINGS = ("ing", "al", "ive", "ic", "ous", "ful", "less", "ary")


def is_adverb(word: str, words: Words) -> bool:
    """Tell whether a word is a lower-case adverb in -ly, as between a subject and its cue:
    "Rove baselessly claimed", "the senator angrily told" (not "the Scalia family said")."""
    return len(word) > 4 and word.endswith("ly") and word.isalpha() and word.islower() \
        and word not in words.not_adverbs


def adverb_token(t: Token, words: Words) -> bool:
    """Tell whether a token is an adverb that may stand between a subject and its cue: one
    in -ly (``is_adverb``) or a plain one the lexicon lists ("twice": words.plain_adverbs)."""
    return is_adverb(t.text, words) or t.low in words.plain_adverbs


def _used_as_noun(frame: Frame, i: int, form: str) -> bool:
    """Tell whether a cue form at token i is no verb here, by the word before it."""
    toks, words = frame.tokens, frame.words
    prev = toks[i - 1].low if i > 0 else ""
    before_adverb = i - 1
    while before_adverb > 0 and adverb_token(toks[before_adverb], words):
        before_adverb -= 1
    if before_adverb < i - 1 and toks[before_adverb].low in words.aux_passive:
        return True  # "is hotly disputed", "was widely reported", "was twice reported"
    lemma = frame.knowledge.cues[form].lemma
    if _has_contracted(prev, frame.words):
        # "he's said", "she’s told reporters": "has", not a possessive; "he's said to be",
        # "she's accused of", "he's called “the Hammer”" are passives; "he’s calling it “…”"
        # is "is", and active
        return not form.endswith("ing") and i + 1 < len(toks) and (
            toks[i + 1].low in ("to", "of", "by") or (
                frame.inq[i + 1] and lemma in words.naming_cues))
    if prev in words.noun_signals or prev.endswith(POSSESSIVE_ENDINGS):
        return True  # "the claims", "Trump's remarks"
    if prev in words.degree_words:
        return True  # "the most telling promise"
    if form != lemma and form.endswith("s") and _plural_noun(frame, i, prev):
        return True  # "some reports", "his opening remarks", "Continuing claims"
    if i >= 2 and form in words.attribution_nouns and _possessive(toks[i - 2].low) \
            and prev.endswith((*_ADJECTIVE_ENDINGS, "ed")) and prev not in words.speaker_heads \
            and not frame.inq[i - 1]:
        return True  # "Trump's unfounded claim", "their repeated claims": an adjective, a noun
    if _after_article_and_modifier(frame, i, form, lemma) or _modified_noun(frame, i, form) \
            or (form == lemma and _possessed_compound(frame, i, form)) \
            or _thing_subject(frame, i, form, lemma):
        # "a Palestinian state", "an old saying", "his campaign promise"; "The same reports
        # indicate", "The decline suggests": a thing, no one who speaks
        return True
    if prev == "to" and form.split()[0] == lemma.split()[0] \
            and statement_infinitive(frame, i) is None:
        return True  # "declined to say", "refused to comment": no statement follows
    if prev in words.aux_passive and form.split(" ")[0].endswith("ed") and form not in ("said",):
        return True  # "was claimed", "were reported", "was referred to"
    if prev in words.aux_passive and form in ("said", "told"):
        return True  # "is said to", "was told"
    if form == lemma and (_modifies_next(frame, i) or _before_title(frame, i)):
        return True  # "Alabama state auditor Jim Ziegler said", "Democratic state Sen. Ann Roe"
    if form == lemma and form in words.noun_bare_cues and not _plural_subject(frame, i):
        return not (_inverted_after_quotation(frame, i) or _after_modal_and_adverbs(frame, i))
    if form == lemma:
        # a bare form is a verb only after a subject that takes it: "officials say", "I think",
        # or inverted after a quotation set off by a comma: "“…,” say officials", "“…,” read
        # the headline"
        return not (_takes_bare_form(toks, i, prev, words) or _inverted_after_quotation(frame, i)
                    or _after_modal_and_adverbs(frame, i))
    return False


# pronouns that take a bare form as their verb ("they state", not "he state")
_BARE_PRONOUNS = frozenset({"i", "we", "you", "they"})


def _plural_subject(frame: Frame, i: int) -> bool:
    """Tell whether a plural subject, I, we, you, a modal or "to" stands right before the bare
    form at token i, over "also" and adverbs: "They state that", "the rules also state",
    "Officials clearly state", "should state", "went on to state that" (not "New York state
    prosecutors", "Nebraska and Washington state", "Chinese state media", "a religious
    state", "the Illinois state capitol", "is state law")."""
    toks, words, knowledge = frame.tokens, frame.words, frame.knowledge
    k = i - 1
    while k > 0 and (toks[k].low == "also" or is_adverb(toks[k].text, words)):
        k -= 1
    if k < 0 or frame.inq[k]:
        return False
    low = toks[k].low
    if low in _BARE_PRONOUNS or low in words.modals or low == "to":
        return True  # "they state", "should state", "went on to state that"
    return toks[k].text.isalpha() and len(low) > 3 and low.endswith("s") \
        and not low.endswith(("ss", "us", "is")) \
        and low not in knowledge.places \
        and (low not in knowledge.countries or low in knowledge.demonyms)  # "Palestinians"


def _plural_noun(frame: Frame, i: int, prev: str) -> bool:
    """Tell whether a cue's form in -s at token i is a plural noun, by the words before it."""
    toks, words = frame.tokens, frame.words
    if prev in words.quantifiers or prev in frame.knowledge.demonyms:
        return True  # "many Asian states", "some reports"
    if _party_adjective(frame, i):
        return True  # "growing Republican calls to ...", "Democratic demands on ..."
    if i >= 2 and (toks[i - 2].low in words.determiners or toks[i - 2].low == "of") \
            and prev.endswith(_ADJECTIVE_ENDINGS) and prev not in words.speaker_heads:
        return True  # "his opening remarks", "a series of confusing tweets": an adjective, a noun
    return _qualifier_before(frame, i)  # "Continuing claims", "75,000 911 calls"


def _party_adjective(frame: Frame, i: int) -> bool:
    """Tell whether the word before a cue's form in -s at token i is a party's name used as
    an adjective, with no article, quantifier or "every" before it that would make it one
    member: "growing Republican calls to open an inquiry", "Democratic demands on the budget"
    (not "A Republican claims", "Every Republican says", "the diverse GOP claims")."""
    toks, words = frame.tokens, frame.words
    prev = toks[i - 1].low
    if toks[i].low == "says" or prev not in frame.knowledge.parties \
            or not prev.endswith(_PARTY_ADJECTIVE_ENDINGS) \
            or not is_capitalized(toks[i - 1].text) or frame.inq[i - 1]:
        return False
    before = toks[i - 2].low if i >= 2 else ""
    return before not in words.determiners and before not in _ONE_MEMBER \
        and not is_capitalized(toks[i - 2].text if i >= 2 else "")


# endings of a party's name that make it an adjective ("Democratic", "Republican",
# "Conservative"), not the party itself ("GOP", "Labour": "the diverse GOP concludes ...")
_PARTY_ADJECTIVE_ENDINGS = ("ic", "an", "ive")
# words before a party's name that make it one member: "every Republican", "no Democrat"
_ONE_MEMBER = frozenset({"every", "any", "no", "each", "one", "lone", "sole"})


# endings of words that only qualify a noun, lower case: "jobless", "diplomatic", "numerous"
# ("-al", "-ive", "-ing", "-ed" also end nouns that may speak: "the tribunal", "the meeting")
_ADJECTIVE_ONLY = ("less", "ic", "ous", "ful")


def _qualifier_before(frame: Frame, i: int) -> bool:
    """Tell whether the word before a cue's plural form qualifies it as a noun, where no
    subject of a verb could stand: a number ("75,000 911 calls"), an adjective opening the
    sentence ("Continuing claims rose", "Rising calls for ..."), or a lower-case word that
    only an adjective ends so ("weekly jobless claims", "diplomatic posts"). Not a word for
    people ("the striking workers", "the critic claims"), nor "Nothing says"."""
    toks, words = frame.tokens, frame.words
    if i < 1 or frame.inq[i - 1]:
        return False
    t = toks[i - 1]
    if t.text.isdigit():
        return not (len(t.text) == 4 and t.text[:2] in ("19", "20"))  # "in 2018 suggests"
    low = t.low
    if not t.text.isalpha() or low.endswith("thing") or low in words.speaker_heads \
            or low in frame.knowledge.titles or low in words.person_nouns or words.people(low):
        return False
    if t.text.islower():
        return low.endswith(_ADJECTIVE_ONLY)
    opens = i - 1 == 0 or toks[i - 2].text in ".;:" or frame.inq[i - 2]
    return opens and low.endswith((*_ADJECTIVE_ENDINGS, "ed"))


def _modifies_next(frame: Frame, i: int) -> bool:
    """Tell whether a bare form at token i, after a capitalised word, qualifies the word for
    people after it, as a verb would not: "Alabama state auditor Jim Ziegler said", "Texas
    state senator Ann Cole", after a place also a plural, "Ohio state lawmakers" (not "The
    Palestinians state that", "Ukrainians claim to", "Officials say senators")."""
    toks, words, knowledge = frame.tokens, frame.words, frame.knowledge
    if i == 0 or i + 2 >= len(toks) or frame.inq[i + 1] \
            or not (is_capitalized(toks[i - 1].text) or toks[i - 1].text.isdigit()) \
            or not toks[i + 1].text.isalpha() or not toks[i + 1].text.islower():
        return False
    after, prev = toks[i + 1].low, toks[i - 1].low
    people = after in knowledge.titles or after in words.speaker_heads or words.people(after)
    if prev.isdigit():
        return people  # "225,000 state prisoners", not "Six in 10 say"
    titled = after.endswith(("or", "er")) and is_capitalized(toks[i + 2].text)  # "auditor Jim"
    if prev in knowledge.places or prev in knowledge.countries \
            or (prev in knowledge.parties and not prev.endswith("s")):
        return people or titled  # "Ohio state lawmakers", "Democratic state attorneys general"
    return not prev.endswith("s") and ((people and not after.endswith("s")) or titled)


def _before_title(frame: Frame, i: int) -> bool:
    """Tell whether a bare form at token i, after a party, a place or a modifier, qualifies
    the capitalised title and name after it, as a verb would not: "Democratic state Sen. Ann
    Roe said", "Former state Rep. Tom Reyes", "Ohio state Attorney General Ann Roe" (not "I
    say Sen. Roe lied", "Officials say Gov. Roe", "Democrats state that")."""
    toks, knowledge = frame.tokens, frame.knowledge
    if i == 0 or i + 2 >= len(toks) or frame.inq[i + 1] or not is_capitalized(toks[i + 1].text):
        return False
    prev = toks[i - 1].low
    if not (prev in frame.words.modifiers or prev in knowledge.parties
            or prev in knowledge.places or prev in knowledge.countries):
        return False
    title = toks[i + 1].low
    k = i + 2
    if toks[k].text == "." and f"{title}." in knowledge.titles:
        k += 1  # "Sen." is two tokens
    elif title not in knowledge.titles:
        return False
    while k < len(toks) and (toks[k].text in "-." or toks[k].low == "elect"
                             or f"{title} {toks[k].low}" in knowledge.titles):
        k += 1  # "Rep.-elect", "Attorney General"
    return k < len(toks) and not frame.inq[k] and is_capitalized(toks[k].text)


def _after_modal_and_adverbs(frame: Frame, i: int) -> bool:
    """Tell whether a bare form at token i follows a modal and adverbs and reports words,
    "that", a comma, a colon or a quotation following it or its addressee: "would later tell
    me, “…”", "will also say that", "can frankly admit: “…”" (not "could not physically
    continue her candidacy", "would first call to put together")."""
    toks, words = frame.tokens, frame.words
    k = i - 1
    while k > 0 and not frame.inq[k] and words.modals.isdisjoint((toks[k].low,)) and (
            toks[k].low in words.skip_before_cue or is_adverb(toks[k].text, words)):
        k -= 1
    if k == i - 1 or toks[k].low not in words.modals or frame.inq[k]:
        return False
    j = i + 2 if i + 2 < len(toks) and toks[i + 1].low in words.addressees else i + 1
    return j < len(toks) and (frame.inq[j] or toks[j].low in ("that", ",", ":"))


def _inverted_after_quotation(frame: Frame, i: int) -> bool:
    """Tell whether the word at token i follows a quotation that ends in a comma, "?" or "!"
    and comes before a determiner or a capitalised word: "“…,” read the sign"."""
    toks = frame.tokens
    if i == 0 or not frame.inq[i - 1] or i + 1 >= len(toks):
        return False
    inside = frame.text[frame.span[0]:toks[i].start].rstrip().rstrip("\"”’'»").rstrip()
    return inside.endswith((",", "?", "!")) and (
        toks[i + 1].low in frame.words.determiners or is_capitalized(toks[i + 1].text))


def _after_article_and_modifier(frame: Frame, i: int, form: str, lemma: str) -> bool:
    """Tell whether a cue form stands after an article and one modifier, as a noun does: a
    bare form after a singular word or a year ("the German state", "a 1970 state law"; a
    verb there would need a plural subject, "the Palestinians state"), a form in -ing after
    "a" and an adjective ("an old saying")."""
    toks, words = frame.tokens, frame.words
    if i < 2 or " " in form or frame.inq[i - 1] or toks[i - 2].low not in words.leading_articles:
        return False
    prev = toks[i - 1].low
    if prev in words.speaker_heads or prev in words.anonymous_heads or prev in words.quantifiers \
            or prev in words.bare_cue_subjects or prev in words.fractions or prev in words.counts \
            or prev in words.documents:
        return False  # "the email read", as "the statement read"
    if form == lemma:
        singular = not prev.endswith("s") or prev.endswith("ss")
        return prev.isdigit() or (prev.isalpha() and singular)
    return form.endswith("ing") and toks[i - 2].low in ("a", "an") and (
        prev in words.noun_adjectives or prev in frame.knowledge.demonyms)


# verbs that may follow a noun as its own, never a cue verb right after it
_VERBS_AFTER_A_NOUN = frozenset({"showed", "shows", "found", "finds", "is", "was", "has", "had",
                                 "said", "says", "indicated", "indicates", "suggested",
                                 "suggests"})
# how many lower-case words may stand between an article and a cue form read as a noun: "a
# stern travel warning"
_CUE_NOUN_REACH = 3


def _modified_noun(frame: Frame, i: int, form: str) -> bool:
    """Tell whether a cue form that can be a noun heads a noun phrase after an article and
    words that only qualify it: after "a" or "an", a form in -ing ("a stern warning", "a
    travel warning"; a verb there would need a subject, and "a" opens none); after a
    superlative ("the starkest warning"); inside a preposition's object ("in a third tweet",
    "after the monthly jobs report"). Not where a word for people, a body or a document stands
    between, which may speak ("a spokesman warning", "a letter warning that")."""
    toks = frame.tokens
    if " " in form or form.endswith("ed") or form in ("said", "says", "told"):
        return False
    k = i - 1
    while k >= 0 and i - k <= _CUE_NOUN_REACH and _qualifying_word(frame, k):
        k -= 1
    if k == i - 1 or k < 0 or frame.inq[k] or toks[k].low not in frame.words.leading_articles:
        return False
    if toks[k].low != "the" and form.endswith("ing"):
        return True
    if toks[i - 1].low.endswith("est") and len(toks[i - 1].low) > 5:
        return True  # "the starkest warning", "the latest report"
    words = frame.words
    noun = form == frame.knowledge.cues[form].lemma or form in words.attribution_nouns \
        or form in words.settings or form in words.documents
    if form.endswith("ing") or not noun:
        return False  # "ahead of the midterm elections warning that", "a scenario warns"
    if i + 1 < len(toks) and toks[i + 1].low in _VERBS_AFTER_A_NOUN and not frame.inq[i + 1]:
        return True  # "the monthly jobs report showed": its own verb follows
    return k > 0 and toks[k - 1].low in words.prepositions and not frame.inq[k - 1]


def _thing_subject(frame: Frame, i: int, form: str, lemma: str) -> bool:
    """Tell whether the words right before a cue form at token i name a thing, no one who may
    speak: a noun signal that may open a subject (an article, a possessive, a quantifier),
    then words that only qualify a noun (``_qualifying_word``, no time, no word for people, a
    body or a document: ``Knowledge.agent_word``). Either the form in -s is a plural noun too
    (words.cue_nouns, attribution nouns, settings, documents) after a quantifier or an
    adjective ("The same reports indicate", "the increased calls for", "many incident
    reports"; not "a guest calls", "the proposal calls for"), or the cue is one whose subject
    is as often a thing (words.thing_cues: "The decline suggests", "The violence also
    underscored"; not "The agency suggested", "this time claiming")."""
    toks, words = frame.tokens, frame.words
    head = form.split(" ")[0]
    plural = head != lemma.split(" ")[0] and head.endswith("s") and (
        head in words.cue_nouns or head in words.attribution_nouns or head in words.settings
        or head in words.documents or head.removesuffix("s") in words.settings
        or head.removesuffix("s") in words.documents)
    if not plural and (lemma not in words.thing_cues or head.endswith("ing")):
        return False  # "Warren is back, this time claiming ...": a participle's subject is hers
    end = i - 1
    while not plural and end > 0 and not frame.inq[end] and (
            toks[end].low == "also" or is_adverb(toks[end].text, words)):
        end -= 1  # "The violence also underscored"
    k = end
    while k >= 0 and end - k < _CUE_NOUN_REACH and _qualifying_word(frame, k) \
            and not words.time_word(toks[k].low) and not frame.knowledge.agent_word(toks[k].low):
        k -= 1  # "this week suggested", "Other candidates suggested": a time, people
    if k == end or k < 0 or frame.inq[k]:
        return False
    opener = toks[k].low
    if opener[:-2] in words.pronouns or opener[:-2] in _IS_CONTRACTED:
        return False  # "He's even threatened": "has", no possessive
    if plural and (opener in _ONE_THING or not (
            opener in words.quantifiers or _plural_qualifier(toks[i - 1].low, words))):
        return False  # "a guest calls", "the proposal calls for": a verb after a singular noun
    if is_capitalized(toks[k].text):
        while k > 0 and (is_capitalized(toks[k - 1].text) or toks[k - 1].text == "."):
            k -= 1  # "... of George W. Bush's unpopularity claimed": the name's first word
    return (opener in words.noun_signals or _possessive(opener) or opener in words.quantifiers) \
        and (_opens_subject(frame, k) or (plural and words.past_form(toks[k - 1].low)))


def _plural_qualifier(low: str, words: Words) -> bool:
    """Tell whether a lower-case word before a cue form in -s qualifies it as a plural noun:
    an adjective by its ending ("increased", "loudest", "dramatic"), a modifier ("intelligence
    reports") or a plural qualifier ("same", "mass")."""
    return low.endswith(_PLURAL_QUALIFIER_ENDINGS) or low in words.modifiers \
        or low in words.plural_qualifiers


# endings of adjectives before a plural noun; not "-al" or "-ary", which end nouns as often
# ("the proposal calls for", "The deal calls for")
_PLURAL_QUALIFIER_ENDINGS = ("ed", "est", "ing", "ive", "ic", "ous", "ful", "less")


# words a contracted "is" or "has" follows, no possessive: "that's", "there's", "what's"
_IS_CONTRACTED = frozenset({"that", "there", "here", "what", "who", "where"})
# determiners of one thing, which a plural noun does not take: "a guest calls"
_ONE_THING = frozenset({"a", "an", "another", "each", "every", "one"})


def _opens_subject(frame: Frame, k: int) -> bool:
    """Tell whether the word at k may open a clause's subject: first in the frame, or after
    punctuation, a conjunction or a word that opens a clause, not after a preposition or a
    verb whose object it opens ("a source familiar with the matter told", "Some of those
    polled called")."""
    if k == 0 or frame.inq[k - 1]:
        return k == 0
    prev = frame.tokens[k - 1]
    return not prev.text[:1].isalnum() or prev.low in ("and", "but", "or", "that") \
        or frame.words.links_clauses(prev.low)


def _qualifying_word(frame: Frame, k: int) -> bool:
    """Tell whether the word at k may only qualify a noun after it here: a lower-case word
    (or ordinal) that names no people, body or document and is no verb's helper."""
    t, words, knowledge = frame.tokens[k], frame.words, frame.knowledge
    low = t.low
    if frame.inq[k] or not t.text.replace("-", "").isalpha() or not t.text.islower():
        return False
    if low in words.fractions and low not in words.determiners:
        return True  # "in a third tweet": an ordinal
    return not (low in per_table("no qualifying word", words, _not_qualifying)
                or low in knowledge.titles or words.people(low) or low in knowledge.cues
                or is_adverb(t.text, words))


def _not_qualifying(words: Words) -> frozenset[str]:
    """Give the word classes that never only qualify a noun (``_qualifying_word``): words for
    people, bodies and documents, helpers of verbs, function words (one set per word table:
    asked at every step back from a cue form)."""
    return (words.speaker_heads | words.anonymous_heads | words.group_heads | words.person_nouns
            | words.staff | words.relations | frozenset(words.documents) | words.surveys
            | words.settings | words.voice_nouns | words.attribution_nouns
            | frozenset(words.org_heads) | frozenset(words.name_heads) | words.pronouns
            | words.aux_verbs | words.modals | words.determiners | words.quantifiers
            | words.prepositions | words.not_clause | words.object_prepositions
            | words.subordinators | words.relative_pronouns | {"and", "or", "but"})


def _possessed_compound(frame: Frame, i: int, form: str) -> bool:
    """Tell whether an attribution noun at token i ends a compound after a possessive or
    "a": "his campaign promise", "the party's election pledge", "a tax pledge" (a singular
    noun before a bare form is no subject of it)."""
    toks, words = frame.tokens, frame.words
    prev = toks[i - 1].low
    opener = toks[i - 2].low if i >= 2 else ""
    return i >= 2 and form in words.attribution_nouns \
        and (_possessive(opener) or opener in ("a", "an")) \
        and prev.isalpha() and prev.islower() and not prev.endswith("s") \
        and prev not in words.pronouns and not frame.inq[i - 1]


def _has_contracted(word: str, words: Words) -> bool:
    """Tell whether a lower-case word is "he" or "she" with "has" contracted onto it ("it's
    said" and "that's said" are passives)."""
    return word.endswith(POSSESSIVE_ENDINGS) and word[:-2] in words.person_subjects


def _possessive(word: str) -> bool:
    """Tell whether a lower-case word is a possessive: "trump's", "his", "their"."""
    return word.endswith(POSSESSIVE_ENDINGS) \
        or word in ("his", "her", "their", "its", "our", "my")


# verbs whose "to" infinitive makes a statement: "went on to say", "took to Twitter to call"
_GO_ON = frozenset({"go", "goes", "going", "gone", "went"})
_TAKE_TO = frozenset({"take", "takes", "taking", "taken", "took"})
_TAKE_TO_REACH = 5  # "took to his Facebook page to say": the medium is a few words at most
_CHIME = frozenset({"chime", "chimed", "chimes", "chiming"})
# the words that deny a verb: "I would not go so far as to say ...", "she never spoke of"
# (and any word in "n't": "wouldn't"; ``denies``)
_DENIALS = frozenset({"not", "never"})


def denies(low: str) -> bool:
    """Tell whether a lower-case word denies the verb after it: "not", "never", or a word in
    "n't" ("wouldn't", "n’t")."""
    return low in _DENIALS or low.endswith(("n't", "n’t"))


def statement_infinitive(frame: Frame, i: int) -> int | None:
    """Give the verb that makes a statement of the cue infinitive at token i ("went on to
    say", "took to Twitter to call", "tried to explain") or of the cue participle ("kept
    saying", "began telling reporters"), or None ("declined to say" makes none)."""
    toks = frame.tokens
    if i >= 2 and toks[i].low.endswith("ing") and toks[i - 1].low in frame.words.aspect_verbs \
            and not frame.inq[i - 1]:
        return i - 1
    if i < 3 or toks[i - 1].low != "to" or frame.inq[i - 1]:
        return None
    if toks[i - 2].low == "on" and toks[i - 3].low in _GO_ON:
        return i - 3
    governing = statement_phrase(frame, i)
    if governing is not None:
        return governing
    if toks[i - 2].low in frame.words.attempt_verbs and not frame.inq[i - 2] \
            and (cue := frame.knowledge.cues.get(toks[i].low)) is not None \
            and not cue.takes_object:
        return i - 2  # "tried to explain that ..." (not "trying to defend her record")
    for k in range(i - 3, max(0, i - 2 - _TAKE_TO_REACH), -1):
        if frame.inq[k] or toks[k].text in ",;:":
            return None
        if toks[k].low == "to" and k >= 1 and toks[k - 1].low in _TAKE_TO:
            return k - 1
    return None


def statement_phrase(frame: Frame, i: int) -> int | None:
    """Give the verb of a phrase before the cue infinitive at token i (its "to" at i - 1) that
    makes the infinitive a statement of the phrase's subject: "went so far as to call it “…”"
    (not after a denial: "I would not go so far as to say"), "chimed in to say", "was quick to
    call it “…”", "is careful to note that ..."; else None. Such a statement reports only
    the words it holds in quotation marks (``patterns`` asks)."""
    toks = frame.tokens
    if i < 3 or toks[i - 1].low != "to" or any(frame.inq[k] for k in range(max(0, i - 5), i)):
        return None
    if i >= 5 and [t.low for t in toks[i - 4:i - 1]] == ["so", "far", "as"] \
            and toks[i - 5].low in _GO_ON:
        before = toks[i - 6].low if i >= 6 else ""
        return None if denies(before) else i - 5
    if toks[i - 2].low == "in" and toks[i - 3].low in _CHIME:
        return i - 3
    if toks[i - 2].low in frame.words.statement_adjectives \
            and toks[i - 3].low in frame.words.statement_copulas:
        return i - 3
    return i - 1 if prompted_speaker(frame, i) is not None else None


# how many words the one prompted may take: "prompting the chief justice of Ohio to say"
_PROMPTED_REACH = 6


def prompted_speaker(frame: Frame, i: int) -> Phrase | None:
    """Give the one a verb of prompting moves to the cue infinitive at token i, who then
    speaks: "prompting Trump to call him a “scumbag”" (Trump), "led the mayor to tweet that
    ..." (the mayor); None where no noun phrase between such a verb and the "to" stands
    ("prompted a firestorm by refusing to condemn")."""
    toks = frame.tokens
    if i < 3 or toks[i - 1].low != "to" or frame.inq[i - 1]:
        return None
    np = np_back(frame, i - 2, 0)
    if np and np[0].low in frame.words.prompting_verbs:
        np = np[1:]  # "leading Biden": the participle read as a modifier
    if not np or len(np) > _PROMPTED_REACH or frame.index(np[-1]) != i - 2:
        return None
    k = frame.index(np[0]) - 1
    if k < 0 or frame.inq[k] or toks[k].low not in frame.words.prompting_verbs:
        return None
    return np


# how far back a passive's agent may reach: "was quoted by the Sunday Times as saying"
_AGENT_REACH = 6


def passive_report(frame: Frame, i: int) -> int | None:
    """Give the first token of a passive that reports the cue at token i as its subject's
    words ("X was quoted as saying", "X was quoted by the Tribune as saying", "X can be heard
    saying", "X is reported to have said"): the speaker is the subject before it. None when
    no such passive stands before the cue."""
    toks, words = frame.tokens, frame.words
    k = i - 1
    if k >= 2 and toks[k].low == "have" and toks[k - 1].low == "to":
        k -= 2  # "reported to have said"
        if toks[k].low not in words.hearsay_verbs:
            return None
    elif toks[i].low.endswith("ing") and k >= 1:
        k -= 1 if toks[k].low == "as" else 0
        k = _before_when(frame, k)  # "quoted this week saying"
        k = _before_agent(frame, k)  # "quoted by the Tribune"
        if toks[k].low not in words.relay_participles:
            return None
    else:
        return None
    a = k - 1
    while a >= 0 and not frame.inq[a] and (is_adverb(toks[a].text, words) or (
            toks[a].low in words.skip_before_cue and toks[a].low not in words.aux_verbs)):
        a -= 1  # "was once quoted", "is widely reported", "was even quoted"
    if a < 0 or frame.inq[a] or toks[a].low not in words.aux_passive:
        return None
    while a >= 1 and toks[a - 1].low in words.aux_verbs and not frame.inq[a - 1]:
        a -= 1  # "can be heard", "has been quoted"
    return a


# how many words a time adjunct may take between a relay participle and its cue ("quoted
# earlier this week saying")
_WHEN_REACH = 3


def _before_when(frame: Frame, k: int) -> int:
    """Step back over a short time adjunct that ends at token k ("this week", "on Tuesday",
    "last month") to the token before it; else stay at k."""
    toks, words = frame.tokens, frame.words
    m = k
    while m > 0 and k - m < _WHEN_REACH and not frame.inq[m] and (
            toks[m].low in words.time_words or toks[m].low in words.days):
        m -= 1
    return m if m < k and toks[k].low not in ("on", "in", "at", "this", "last") else k


def _before_agent(frame: Frame, k: int) -> int:
    """Step back over a passive's agent that ends at token k ("by the Tribune"), to the
    token before "by"; else stay at k."""
    toks = frame.tokens
    for m in range(k, max(0, k - _AGENT_REACH), -1):
        if frame.inq[m]:
            return k
        if toks[m].low == "by":
            return m - 1 if m > k - _AGENT_REACH and m < k else k
    return k


def _takes_bare_form(toks: tuple[Token, ...], i: int, prev: str, words: Words) -> bool:
    if prev in words.bare_governors:
        return False  # "who helped write the law": an action, no statement
    return (prev in words.pronouns or prev in words.bare_cue_subjects
            or prev in words.quantifiers or prev in words.documents  # "the email read"
            or prev in words.speaker_heads or (i > 0 and is_capitalized(toks[i - 1].text))
            or (prev.isalpha() and prev.endswith(("s", "ed")) and not prev.endswith("ss"))
            or prev.isdigit()  # "Six in 10 say", not "the 22-member state"
            # "Residents here say": people, then where they are
            or (prev in ("here", "there") and i >= 2 and words.people(toks[i - 2].low)))


def skip_after_cue(frame: Frame, j: int, cue: Cue) -> int:
    """Step over objects and adjuncts after a cue: "told reporters on Friday that"."""
    toks, words = frame.tokens, frame.words
    n = len(toks)
    # "speaking of politicians, “…”" is an aside, not the topic of what is said
    participle = j > 0 and toks[j - 1].low.endswith("ing")
    if cue.lemma in words.addressee_cues and j < n:
        # a titled addressee ("told Mr. Trump the …"), not after "ask": "asked Mr. Paul
        # questions, allowing him …" reports no words
        j = _after_addressee(frame, j, titled=cue.lemma != "ask")
    while j < n and not frame.inq[j]:
        w = toks[j].low
        if (w in words.time_words and w not in ("on", "in", "at")
                and not _opens_clause(toks, j, words)) \
                or (toks[j].text[:1].isdigit() and not _number_subject(frame, j)):
            j += 1
        elif w == "by" and j + 1 < n and toks[j + 1].low in words.settings:
            j += 2  # "told the mayor by phone, “…”", "said by email that"
        elif w in ("on", "in", "at", "during", "via", "through") and j + 1 < n:
            k = _after_setting(frame, j)
            if k == j + 1:
                break
            j = k
        elif toks[j].text in ",:—–" and j + 1 < n:
            j += 1
        elif is_adverb(toks[j].text, words) and j + 1 < n and (
                frame.inq[j + 1] or toks[j + 1].low == "that" or toks[j + 1].text in ",:"):
            j += 1  # "told reporters flatly that ...", "wrote recently: “…”"
        elif w == "of" and not participle and (k := _after_topic(frame, j)) > j:
            j = k
        elif w == "to" and (k := _after_topic(frame, j, titles=True)) > j \
                and not _speaks_in(frame, j + 1, k):
            j = k  # whom the words were for: "said to Ms. Vale, “…”", "wrote to fans: “…”"
        elif w in _WHEN_PREPOSITIONS and (k := _after_topic(frame, j)) > j \
                and _opens_a_sentence(frame, k):
            j = k  # "declared after the vote, “The …”", "said before the hearing: “We …”"
        else:
            break
    return j


# how many words the topic of "said of X, “…”" or the time of "said after X, “…”" may take
_TOPIC_REACH = 8
# prepositions of a time adjunct a comma or a colon ends before a quotation
_WHEN_PREPOSITIONS = frozenset({"after", "before", "following", "upon", "amid"})


def _after_topic(frame: Frame, j: int, titles: bool = False) -> int:
    """Step over the topic "of X," at j when a quotation follows its comma or colon: "says of
    her brother's defeat, “…”", "said of the plan: “…”" (or the time "after X,": "declared
    after the vote, “…”", or with ``titles`` whom they were for, a title's full stop no end:
    "said to Mr. Cruz, “…”"); else stay at j."""
    toks = frame.tokens
    for k in range(j + 1, min(len(toks) - 1, j + 1 + _TOPIC_REACH)):
        if titles and title_stop(frame, k):
            continue
        if frame.inq[k] or toks[k].text in ";.!?":
            return j
        if toks[k].text in ",:":
            return k + 1 if frame.inq[k + 1] and k > j + 1 else j
    return j


def _opens_a_sentence(frame: Frame, k: int) -> bool:
    """Tell whether the quotation at token k opens with a capital, a sentence of its own: not
    a phrase in apposition ("spoke after the vote, “the end of a road,” as his aide put it")."""
    q = frame.quote_of(k)
    inside = frame.text[q[0][0]:q[0][1]].lstrip(OPENING_EDGE) if q else ""
    return inside[:1].isupper()


def _number_subject(frame: Frame, j: int) -> bool:
    """Tell whether a number at token j is the subject of the reported clause, an auxiliary
    right after it and a word before it: "said 2016 is a reason to be cautious" (not "said 10
    a.m.", "said 2 p.m. that", "describes in Federalist No. 65 is")."""
    toks = frame.tokens
    return 0 < j < len(toks) - 1 and not frame.inq[j + 1] \
        and toks[j + 1].low in frame.words.aux_verbs and toks[j - 1].text.isalpha()


def _opens_clause(toks: tuple[Token, ...], j: int, words: Words) -> bool:
    """Tell whether a time word at j opens the reported clause rather than a time adjunct:
    "said this was a setup", "said past governments failed" (not "said this week")."""
    return toks[j].low in words.time_modifiers and (
        j + 1 >= len(toks) or toks[j + 1].low not in words.time_words)


def _after_addressee(frame: Frame, j: int, titled: bool = False) -> int:
    """Step over the addressee at j: "told reporters", "told The Associated Press", and with
    ``titled`` a name after a title's abbreviation: "told Mr. Trump", "warned Sen. Roe"."""
    toks, words = frame.tokens, frame.words
    n = len(toks)
    k = j
    # a determiner only opens the addressee: "told Cuomo the U.S. should ..." ends at "the";
    # a title's full stop goes on it: "told Mr. Trump the relationship has ..."
    while k < n and not frame.inq[k] and k - j < 6 and (
            is_capitalized(toks[k].text) or (toks[k].low in words.determiners and k == j)
            or toks[k].low in words.speaker_heads or toks[k].low in words.addressees
            or (titled and title_stop(frame, k))):
        k += 1
    if k == j + 1 and toks[j].low in words.determiners:
        k = _common_addressee(frame, k)  # "told the station in a statement that ..."
    k = _before_clause_subject(frame, j, k)
    if k > j and (k >= n or toks[k].low not in POSSESSIVE_ENDINGS):
        if k + 1 < n and toks[k].low == "and" and not frame.inq[k]:
            # two addressees: "told lawmakers and staff that", "told the Ways and Means
            # Committee the ...", "told Ms. Roe and the mayor: “…”"
            second = _after_addressee(frame, k + 1, titled)
            if second == k + 2 and toks[k + 1].low in words.determiners:
                second = _addressee_before_to(frame, second)  # "and the county clerk to"
            whole = second > k + 1 and toks[second - 1].low not in words.determiners
            return second if whole else k  # not at a bare "the": "asked Roe and the best"
        return k
    return j


def _before_clause_subject(frame: Frame, j: int, k: int) -> int:
    """Give where an addressee read from j to k ends when an auxiliary follows it: the
    capitalised words at its end are the subject of the reported clause, which "that" does
    not open ("told reporters Clinton would ...", "warned Ann Roe was ...": the addressee is
    "reporters", and none), so the addressee ends before them (at j when all its words are
    capitalised, or a determiner opens them: "warned the United States was"), after an
    outlet's name that opens them ("told CNN Ross would"); else k."""
    toks, words = frame.tokens, frame.words
    if k >= len(toks) or k == j or frame.inq[k] or toks[k].low not in words.aux_verbs \
            or not toks[k].text.isalpha():
        return k
    m = k
    while m > j and (is_capitalized(toks[m - 1].text) or title_stop(frame, m - 1)):
        m -= 1
    if m == j + 1 and toks[j].low in words.determiners:
        return j  # "warned the United States was ...": no addressee
    outlet = _outlet_end(frame, m, k)
    return outlet if outlet is not None else m


def _outlet_end(frame: Frame, m: int, k: int) -> int | None:
    """Give where an outlet's name that opens the capitalised words m..k-1 ends, when other
    capitalised words follow it: "told CNN Ross would", "tells Fox News Kerry has" (CNN and
    Fox News are told; Ross and Kerry open the clause); None where none does."""
    toks, outlets = frame.tokens, frame.knowledge.outlets
    for e in range(k - 1, m, -1):
        if " ".join(t.text for t in toks[m:e]).lower() in outlets:
            return e
    return None


def _addressee_before_to(frame: Frame, k: int) -> int:
    """Step over the lower-case words of a second addressee after its determiner at k - 1
    when "to" or "that" follows them: "asked Roe and the county clerk to", "told them and
    the public that"; else stay at k."""
    return _addressee_words(frame, k, lambda e: frame.tokens[e].low in ("to", "that"))


def _speaks_in(frame: Frame, j: int, k: int) -> bool:
    """Tell whether a verb in -ing or a cue right after a name or a pronoun stands among tokens
    j..k-1 after "to", so that the words that follow are that person's ("responded to Tom
    Reyes tweeting earlier: “…”" quotes Reyes's tweet; "responded to the charge in claiming,
    “…”" and "said to him in a sentencing hearing, “…”" do not)."""
    toks, words = frame.tokens, frame.words
    return any(toks[m].text.islower() and (toks[m].low.endswith("ing")
                                           or toks[m].low in frame.knowledge.cues)
               and (is_capitalized(toks[m - 1].text) or toks[m - 1].low in words.pronouns)
               for m in range(j + 1, k))


def title_stop(frame: Frame, k: int) -> bool:
    """Tell whether token k is the full stop of a person's title that a name follows: the
    "." of "Mr. Trump", "Sen. Ann Roe" (not a sentence's end, nor "U.S. Department"). The
    one test of a title's full stop: after "to" ("said to Mr. Cruz, “…”"), in an addressee
    ("told Mr. Trump") and in a description ("a dour Sen. Tom Reyes")."""
    toks, words = frame.tokens, frame.words
    if not (0 < k < len(toks) - 1 and toks[k].text == "." and toks[k].start == toks[k - 1].end
            and is_capitalized(toks[k + 1].text)):
        return False
    title = toks[k - 1].low
    return title in words.honorifics or f"{title}." in words.title_abbreviations


# how many lower-case words a common noun addressee may take after its determiner
_ADDRESSEE_WORDS = 2
_SETTING_OPENERS = frozenset({"in", "on", "at", "during", "via", "by", "that", ",", ":"})


def _common_addressee(frame: Frame, k: int) -> int:
    """Step over the lower-case words of an addressee after its determiner at k - 1 when a
    setting, "that", a comma, a colon, a quotation or the sentence's end follows them: "told
    the station in a statement that", "told the cheering crowd: “…”", "…, Roe told the
    paper." (not "told the truth about", nor "told the panel members stood": the clause said
    opens there); else stay at k."""
    toks, words = frame.tokens, frame.words
    return _addressee_words(
        frame, k, lambda e: frame.inq[e] or toks[e].low in _SETTING_OPENERS
        or toks[e].low in words.days
        or (toks[e].low in words.time_words and not _opens_clause(toks, e, words))
        or (e == len(toks) - 1 and toks[e].text in ".!?" and _audience(frame, e - 1)))


def _audience(frame: Frame, k: int) -> bool:
    """Tell whether the word at k names whom words are told, so that it may end the sentence
    after its cue ("…, Roe told the paper.", "told the committee."; not "told a story."): an
    outlet's word ("paper", "network"), a speaker's head or an addressee's."""
    low, words = frame.tokens[k].low, frame.words
    return low in words.org_descriptions or low in words.speaker_heads or low in words.addressees


def _addressee_words(frame: Frame, k: int, ends: Callable[[int], bool]) -> int:
    """Step over the lower-case words of an addressee after its determiner at k - 1, at most
    _ADDRESSEE_WORDS, to the token e that ``ends`` them; stay at k where a word on the way
    is quoted, no lower-case word, a cue, a pronoun, a determiner or an auxiliary, or
    nothing ends them."""
    toks, words = frame.tokens, frame.words
    for e in range(k + 1, min(len(toks), k + 1 + _ADDRESSEE_WORDS)):
        t = toks[e - 1]
        if frame.inq[e - 1] or not t.text.isalpha() or not t.text.islower() \
                or t.low in frame.knowledge.cues or t.low in words.pronouns \
                or t.low in words.determiners or t.low in words.aux_verbs:
            return k
        if ends(e):
            return e
    return k


def _after_setting(frame: Frame, j: int) -> int:
    """Step over a setting after the preposition at j: "in a statement", "on Fox News"."""
    toks, words = frame.tokens, frame.words
    n = len(toks)
    k = j + 1
    while k < n and k - j < 6 and not frame.inq[k] and (
            (toks[k].low in words.determiners and not _after_setting_word(frame, j, k))
            or toks[k].low in words.time_words
            or toks[k].low in words.settings or is_capitalized(toks[k].text)
            or toks[k].low in words.setting_words or toks[k].low in words.documents
            or _before_setting(frame, k)):
        k += 1
    return k


def _after_setting_word(frame: Frame, j: int, k: int) -> bool:
    """Tell whether the determiner at k follows a setting that is whole already, and so
    opens the clause said: "said on Monday the paper would ...", "said in Washington the
    United States had ...", "said in a statement the plan ..." (not "in a statement", "on
    Monday this week")."""
    prev = frame.tokens[k - 1]
    return k > j + 1 and prev.low not in frame.words.determiners \
        and frame.tokens[k].low not in frame.words.time_words \
        and (is_capitalized(prev.text) or prev.low in frame.words.time_words
             or prev.low in frame.words.settings or prev.low in frame.words.documents)


def _before_setting(frame: Frame, k: int) -> bool:
    """Tell whether a lower-case word at k describes a setting or document after it: "in a
    joint statement", "in a brief phone interview", "in a memo"."""
    toks, words = frame.tokens, frame.words
    if not (toks[k].text.isalpha() and toks[k].text.islower()) or toks[k].low in words.not_clause:
        return False
    for m in range(k + 1, min(len(toks), k + 3)):
        if frame.inq[m] or not toks[m].text.isalpha():
            return False
        if toks[m].low in words.settings or toks[m].low in words.documents:
            # only where what is said starts right after it, or the sentence ends after
            # when: "in a joint statement, ...", "in a written statement Wednesday."
            return m + 1 >= len(toks) or frame.inq[m + 1] or toks[m + 1].text in ",:;—–.!?" \
                or toks[m + 1].low == "that" or toks[m + 1].low in words.leading_articles \
                or toks[m + 1].low in words.time_words
    return False
