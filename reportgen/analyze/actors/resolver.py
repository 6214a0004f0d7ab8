"""Resolve mentions in text order within one article: pronouns, surnames, definite
descriptions ("the ministry", "the senator") and documents ("the letter": its author).

Pronouns look back sentence by sentence, nearest first: within a sentence a speaker, else the
first person named (the subject); a sentence opened by a "he" or "she" of the same gender
passes the pronoun on to whom that one is; a "he" never takes a woman's name and a "she" never a
man's, where a given name, an honorific or a role says which. Mentions inside quotations are
not antecedents ("'I spoke to Biden,' he said" is not Biden speaking).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import cache, lru_cache
from itertools import pairwise

from reportgen.analyze.actors.identity import merge_person
from reportgen.analyze.actors.memory import Fits, Memory, Seen
from reportgen.analyze.actors.names import (
    given_gender,
    same_person,
    surname_word,
    written_suffix,
)
from reportgen.analyze.actors.officials import clue_from, identify_holder, read_state
from reportgen.analyze.actors.reading import (
    BODIES,
    Reading,
    as_definite,
    author_words,
    cut_proper_name,
    describe,
    document_kind,
    read_mention,
    without_openers,
)
from reportgen.analyze.actors.usage import NameIndex, organisation_by_usage
from reportgen.analyze.actors.voices import is_table_surname
from reportgen.analyze.tables import per_table, us_states
from reportgen.analyze.text import PARTY_TAG
from reportgen.frequency import zipf_at_least
from reportgen.knowledge import Knowledge
from reportgen.knowledge.roster import Holder, load_roster
from reportgen.knowledge.words import POSSESSIVE_ENDINGS, POSSESSIVE_MARKS, Words
from reportgen.models import Actor, Span

WINDOW = 5  # sentences a pronoun looks back over
_CHAIN = 4  # sentences opened by "he" or "she" a pronoun follows back to the person named
# A "he" or "she" opening a sentence as its subject, after a conjunction or a time adverb:
# "He now expects", "But she said", "Later, he added"; not one the sentence says who it is
# ("He is a sheriff named Dale Cobb": a name it gives is whom a pronoun after points to)
_OPENING_PRONOUN = re.compile(
    r"[\s\"“‘'(]*(?:(?:And|But|Yet|So|Still|Then|Now|Later|Instead|Meanwhile|However|"
    r"Since|Earlier|Last\s+\w+|On\s+\w+),?\s+)?(?P<p>[Hh]e|[Ss]he)\b"
    r"(?![-’']|\s+(?:is|was)\b)")
# A "he" or "she" in a sentence ("He is, incidentally, praised ... despite Trump's efforts",
# "Opponents of Cruz's effort say he's risking a shutdown to repeal Obama's law"): no name
# in the possessive after it is whom a pronoun after the sentence points to
_HE_OR_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
# ... any pronoun of a gender ("his", "her", "him" too), a comma or dash that sets words off,
# and what runs a name on after it: a capitalised word (into another's name), "and" or "or"
# (one of a pair), a verb in -ing (the subject of a clause of its own: "with Tom Reyes
# declaring")
_GENDERED_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]i[ms]|[Hh]er)\b")
_SET_OFF = re.compile(r"[,;:—–]|\s-\s")
_RUN_ON = re.compile(r"[ \t]+(?:[A-Z]|and\b|or\b|(?:[a-z]+ly[ \t]+)?[a-z]+ing\b)")
# How sure a person's gender is, by where it comes from; a surer source replaces a less sure
# one, never the reverse: the article's own words ("Ms.", "spokeswoman"), then the
# office-holder tables, then the given name. A "he" or "she" bound to the person is no
# source (a pronoun bound wrongly would spread), but no table or given name contradicts it.
_GIVEN, _TABLE, _STATED = range(3)
# how long a given name must be to outweigh a role noun in -man (_gender_of)
_WEIGHTY_GIVEN = 4
# A party tag or party name right after a mention: "Nancy Pelosi, D-Calif.,", "Sen. Richard
# Blumenthal, Democrat of Connecticut,", "Rep. Michele Bachmann (R-Minn.)"
_TRAILING_PARTY = re.compile(
    rf"\s*[,(]\s*(?:{PARTY_TAG}|(?:a\s+)?(?P<party>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
    r"(?=\s+(?:of|from)\s+[A-Z]|\s*[,)]))")
# How many sentences before a document's mention its maker may stand, unintroduced: "The
# Budget Office released an estimate on Monday. The report concluded ..."
_MAKER_SENTENCES = 2
# How many sentences before a share of those polled the poll they answered may be named: "A
# Quinnipiac poll came out on Monday. ... Some 70 percent said ..."
_POLL_SENTENCES = 12
# How many sentences after a description of a body's head may name that head, where none was
# named before: "The head of the IMF said ... IMF managing director Ann Roe called it"
_NAMED_NEXT = 2
# A body's initials right before a person's title: "IMF managing director [Ann Roe]",
# "CCRB chairman [Tom Reyes]" (the mention may open at the initials or after the title)
_INITIALS_BEFORE = re.compile(
    r"\b(?P<initials>(?:[A-Z]\.?){2,})\s+(?:[a-z-]+\s+){0,2}(?:$|(?=[A-Za-z]))")
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
# where a document is filed, not who wrote it: "the court document", "a court filing" are the
# parties' (_noun_owned_document)
_FILED_IN = frozenset({"court", "courts"})
# a document and, in a relative clause, who issued it: "a statement she released", "the letter
# that Ann Roe wrote" (Resolver._relative_issuer)
_RELATIVE_ISSUER = re.compile(r"(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,3}?(?P<document>[a-z]+)\s+"
                              r"(?:(?:that|which)\s+)?(?P<who>[Hh]e|[Ss]he|[Tt]hey|[Ii]t|"
                              r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+"
                              r"(?:(?:had|has|have)\s+)?(?P<verb>[a-z]+)"
                              r"(?:\s+(?:to|on|in|at|last|this|earlier)\s+[^,;:“”\"]{1,40})?")
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
# words of a court's name in lower case: "in the U.S. District Court for the District of",
# "in federal court", "in county circuit court" (Resolver._when_or_where)
_COURT_WORDS = frozenset({"the", "of", "for", "federal", "state", "district", "county",
                          "circuit", "superior", "supreme", "court", "appeals"})
_OWNING_PRONOUN = re.compile(_DOCUMENT_PART + r"(?P<owner>[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+"
                             r"(?:[\w-]+\s+){0,3}?(?P<document>[a-z]+)")
# how many sentences before "the administration" a head of state named makes it theirs
# (Resolver._leaders_administration)
_LEADER_SENTENCES = 3
# Words that may stand in a document's mention without naming a maker or a kind of one: "the
# official statement", "the new report" (not "the congressional report", "the staff letter")
_PLAIN_DOCUMENT_WORDS = frozenset({"new", "latest", "full", "final", "official", "joint",
                                   "written", "press", "annual", "original", "draft", "same"})
# a name that runs on before the capitalised words right before a document's word, over a
# small word: "[the Center for] Public Affairs Research poll" (Resolver._introduced_far)
_NAME_GOES_BACK = re.compile(r"[A-Z][\w.’'-]*\s+(?:for|of|on|and)\s+$")
# the words before a document's word that make it one named before: "the poll", "that same
# report" (Resolver._introduced_far)
_BACK_WORDS = frozenset({"the", "that", "this"})
_BACK_REFERENCE = re.compile(r"\b(?:[Tt]he|[Tt]hat|[Tt]his|same)\s+$")
# What may stand before a sentence's subject: an opening adverbial set off by a comma, then
# "the" ("In February 2014, the Budget Office released", "The agency said")
_SENTENCE_OPENING = re.compile(r"\s*(?:[^,;:.“”\"]{1,40},\s+)?(?:[Tt]he\s+)?")
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
# The subject at the start of a sentence, after an opening adverbial: "The Romney campaign",
# "On Tuesday, the Republicans"
_SUBJECT = re.compile(r"(?:[^,]{0,60},\s+)?(?P<np>(?:[Tt]he\s+)?[A-Z][\w’'.-]*"
                      r"(?:\s+[A-Z][\w’'.-]*)*(?:\s+(?:campaign|committee|administration|"
                      r"lawmakers|officials))?)")


# A plural noun phrase opening a sentence as its subject, before its verb: "Top U.S. officials
# on Monday expressed optimism", "Many Democrats also said", "Democrats, while polite to the
# nominee, used the hearing"; after a conjunction or a short opening adverbial ("But U.S.
# officials would not", "So far, critics say"), before an auxiliary, a modal or a verb of
# saying or thinking in the present ("Republicans, though, say", "Opponents fear"), a
# negated auxiliary ("Democrats didn't name"), "are", "were", "have", "had" ("Leading
# Republicans have been calling", "Democrats are defending the practice"); an irregular
# past is read by Resolver._plural_subject ("Opponents wore"); places, bodies or people after
# "of", "in", "at" or "from" belong to the subject ("The leaders of Germany, France and Italy
# disagreed", "Republicans in the Senate and House have")
_PLURAL_SUBJECT = re.compile(
    r"\s*(?P<opener>(?:But|And|Yet|Still|Instead|Meanwhile|However),?\s+"
    r"|[A-Z][a-z]+(?:\s+[A-Za-z][a-z]*){0,2},\s+)?"
    r"(?P<np>(?:[A-Z][\w’'.-]*\s+)??(?:[\w’'.-]+\s+){0,4}?(?P<head>[A-Za-z][\w-]*[a-rt-z]s)"
    r"(?:\s+(?:of|in|at|from)\s+(?:the\s+)?[A-Z][\w’'.-]*"
    r"(?:(?:,\s+|\s+and\s+|\s+)[A-Z][\w’'.-]*){0,5})?)"
    r"(?:\s*,[^,;:“”\"\n]{1,80},)?"
    r"(?:\s+(?:on|last|this)\s+[A-Z]?\w+)?(?:\s+(?P<aux>also|have|had|were|are|then))?"
    r"\s+(?P<verb>[a-z]+(?:ed|ied)|(?:would|will|could|can|should|may|might|must|do|did|say|"
    r"argue|contend|insist|claim|believe|fear|worry|warn|want|agree|disagree|are|were|have|"
    r"had|been)\b|(?:do|did|would|will|wo|can|could|are|were|have|had)n[’']t\b|(?P<past>"
    r"(?!(?:of|in|at|from|for|to|on|with|by|and|or|who|that|which|than)\b)[a-z]{3,}\b"
    r"(?=\s+(?:a|an|the|to|on|in|at|out|up|off|with|their|his|her|its|[\w-]+ly)\b)))")

# a pronoun, its verb and the plural noun right after it, with "the" or none: "They told
# prosecutors", "they warned the senators"
_PRONOUN_VERB_OBJECT = re.compile(r"\w+\s+(?:\w+\s+)?[a-z]+\s+(?:the\s+)?(?P<object>[\w-]+s)\b")
# words in words.tsv mention_openers that open a sentence's main clause, not a subordinate one
_FOCUSING_WORDS = frozenset({"only", "clearly"})
# words that are a clause's whole subject where a verb in -s follows ("That suggests
# Democrats will"; not "She and other officials")
_CLAUSE_SUBJECTS = frozenset({"that", "this", "it", "what", "which", "he", "she"})
# what may stand before a word that opens a sentence (``Resolver._capitalised_within``)
_SENTENCE_ENDS = frozenset(".!?\n\"“”‘’'([:")
# An unnamed person described at the start of a sentence, or after a verb of asking, with the
# words that may end the description: "A senior official", "The city's police commissioner",
# "asked New York City's police chief whether"
_DESCRIBED = re.compile(
    r"(?:(?P<asked>\b(?:asked|interviewed|questioned|pressed)\s+)|(?<![\w’'-]))"
    r"(?P<np>(?:[Aa]n?|[Tt]he|[Oo]ne)|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}[’']s)"
    r"(?P<rest>(?:\s+[a-z][\w’'-]*){1,5})")

# an organisation's name in the possessive and one capitalised word after it, a surname where
# the article named someone so before ("NTU's Roe", "the Herald’s Roe", "Acme.com's Ms. Roe")
_OWNER_AND_SURNAME = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4}[’']s\s+"
                                r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<surname>[A-Z][\w’'-]+)")
# A generational suffix set off by a comma after a name: "Amos Tillery, Jr.," (the written
# forms of names.SUFFIXES but "V", see there)
_SUFFIX_AFTER = re.compile(r",\s*(?P<suffix>Jr|Sr|II|III|IV)\b\.?")

# The lower-case words right after a name in the possessive that may name whom it owns:
# "Coffman's wife", "Sam Cole's former personal lawyer"
_OWNED_WORDS = re.compile(r"(?:\s+[a-z][a-z-]*){1,3}")
# The possessive ending of a name seen at a position, and how far on it may stand
_POSSESSIVE_AFTER = re.compile(r"[’']s\b")
_NAME_REACH = 60
# the words that say an office is held no more: "Former FDA Commissioner", "ex-president"
_HELD_ONCE = re.compile(r"(?i)\b(?:former|ex-|then-)")

# A name in the possessive and up to three lower-case words, all that stands before a word:
# "Schiff's memo", "Tom Reyes's new campaign ad"
_OWNS_NEXT = re.compile(r"[^’'\n]{1,60}[’']s(?:\s+[a-z][\w-]*){0,3}\s*$")
_RELATIVE_PRONOUNS = frozenset({"who", "which"})
_POSSESSIVE_END = re.compile(r"[’']s$")
# the unnamed rest a named speaker stands with: "Rajkumar and others", "Cole and other experts"
_OTHERS = re.compile(r"(?:(?:many|some|several|a\s+few)\s+)?others?\b(?!\s+of\b)")
_PLURAL_PEOPLE = frozenset({"people", "men", "women", "children", "police", "staff", "crew"})
# a relative pronoun that ends a speaker's phrase when the cue stands in a relative clause:
# "A senator who [said ...]", "The report that [said ...]"
# a name, then the indefinite description that the relative clause hangs on
_NAMED_BEFORE_DESCRIPTION = re.compile(r"(?P<name>[A-Z][^,]*), an? [^,]+$")
_RELATIVE_AFTER = re.compile(r"(?<=\S)\s+(?:who|that|which)\s*$", re.I)
# an unnamed source that "the person" or "the source" stands for, as introduced: "a source
# present at the meeting", "one person familiar with the talks", "an aide who was in the room"
_GENERIC_SOURCES = frozenset({"person", "source", "individual", "insider"})
# an unnamed one introduced, up to its head noun ("a third senior White House" ...), and what
# describes it after the head (... "familiar with the talks")
_INTRODUCED_OPENING = (
    r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?P<desc>(?:[a-z-]+\s+){0,2}?"
    # an organisation's name in the description: "a third senior White House official"
    r"(?:(?!(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s)[A-Z][\w.&-]*\s+){0,3}?")
_INTRODUCED_AFTER = (
    r"\b(?:\s+(?:who|familiar|close|present|with|at|in|involved|briefed|knowledgeable)\b"
    r"[^.,;:()\"“”\n]{0,60})?)")
_INTRODUCED_SOURCE = re.compile(
    r"\b" + _INTRODUCED_OPENING + r"(?:source|person|individual|insider|official|aide|diplomat)"
    + _INTRODUCED_AFTER)
# ... where none is, an unnamed adviser, ally or staffer, or "someone" close to or familiar
# with someone: "One longtime Reyes ally, who asked not to be named, ... “…,” this source said"
_INTRODUCED_OTHER = re.compile(
    r"\b(?:" + _INTRODUCED_OPENING
    + r"(?:adviser|advisor|ally|associate|confidant|operative|staffer|strategist)"
    + _INTRODUCED_AFTER
    + r"|(?P<someone>[Ss]omeone\s+(?:close|familiar|involved|briefed|knowledgeable)\b"
    r"[^.,;:()\"“”\n]{0,60}))")
# possessive pronouns that may own the words of an attribution noun: "his claim that"
_POSSESSIVE_PRONOUNS = frozenset({"his", "her"})
# a body owned by the one a mention names, at its end: "Boehner's office", "his office"
_OWNED_BODY = re.compile(r"(?:[’']s|^(?:[Hh]is|[Hh]er))\s+(?P<body>\w+)$")
# a name in the possessive: "Trump's", "Sen. Ruth Vail's"
_NAME_POSSESSIVE = re.compile(r"\b(?P<name>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*)[’']s\b")
# The phrase a relative pronoun follows: "Chris Christie, who", "the agency, which", also
# after a party tag
_NAME_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][a-z]{0,3}\.|[A-Z][\w’'-]*)"
_BEFORE_RELATIVE = re.compile(
    rf"(?P<np>(?:(?:[Tt]he|[Aa]n?)\s+)?(?:{_NAME_WORD}\s+){{0,5}}{_NAME_WORD}"
    r"|(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*)"
    r"(?:\s*\([^()\n]{1,30}\))?\s*,\s*$")  # "Sen. Dale Pratt (R-Wis.), who"
# A plural noun with no determiner that "who" follows: the group speaks ("critics, who note",
# "Turkish officials, who said", "environmental groups, who say"); the words before it are
# read back to the first that cannot qualify it ("angered critics", "base of supporters")
_GROUP_BEFORE_WHO = re.compile(r"(?P<np>(?:[\w’'-]+\s+){0,2}[a-z][\w’'-]*[^\Wsiu]s)\s*,\s*$")
# An organisation's name a relative pronoun follows, with the small words it holds: "the 4th
# U.S. Circuit Court of Appeals, which", "the Council on Foreign Relations, which"
_ORGANISATION_BEFORE_RELATIVE = re.compile(
    rf"(?P<np>(?:{_NAME_WORD}\s+(?:(?:of|and|on|for)\s+(?:the\s+)?)?){{1,6}}{_NAME_WORD})"
    r"\s*,\s*$")
# A person named in an aside on someone else's words, not as a sentence's subject: "Reyes is
# what Saul Kline called a “born fixer”", "Reyes is, as Dale Voss put it, “a closer”", "the
# world's richest man, according to Forbes": the words before the name ...
_ASIDE_BEFORE = re.compile(r"\b(?:[Ww]hat|[Aa]s|[Aa]ccording\s+to)\s+$")
# ... and, after "what" or "as", a verb that names or words something after the name
# (``Words.aside_verbs``; ``_aside_after``)
# "according to" right before a name: the source of the words it reports
_ACCORDING_BEFORE = re.compile(r"\b[Aa]ccording\s+to\s+$")
# A photographer's name in a picture's credit, no one a pronoun after it points to:
# "REUTERS/Tom Reyes", "(Reuters photo: Tom Reyes)", "Photo: Tom Reyes, USA TODAY", "Tom
# Reyes/AP": the words before the name or after it (``_credit_patterns``)

# The word before a mention, over an article: "backed [Tom Reyes]", "criticized the [mayor]"
_VERB_BEFORE = re.compile(r"\b(?P<verb>[a-z]+)\s+(?:(?:the|a|an)\s+)?$")
# A sentence that opens with an adverbial phrase or clause set off by a comma: its first word
# (a preposition or a subordinator, ``Resolver._fronts``), then words up to the comma
_FRONTED = re.compile(r"[\s\"“‘'(]*(?P<w>[A-Z][a-z]+)\b[^,.;:!?\"“”\n]{1,140},")
# ... words besides those two classes that open such an adverbial ("Unlike", "Following")
_FRONTING_WORDS = frozenset({"although", "though", "if", "unlike", "like", "following"})
# ... the words between that comma and the main clause's subject: a few, none set off
_SUBJECT_GAP = re.compile(r"\s*(?:[\w.’'-]+\s+){0,3}")
# ... and the subject, a name (or "he", "she") and a lower-case word after it
_SUBJECT_THEN_WORD = re.compile(r"(?:[A-Z][\w.’'-]*|he|she)(?:\s+[A-Z][\w.’'-]*)*"
                                r"(?:’s|'s|’|')?\s+(?P<w>[a-z]+)")
# a phrase after a description's head that ties it to someone else: "the head of the union",
# "the teacher at the school"
_POST_MODIFIER = re.compile(r"[^\S\n]+(?:of|at|in|for|from|with|on|to)\b")
# the types of the titles of a trade, not an office held (titles.tsv): "the economist" or
# "the host" may be an epithet for the person just named, "the judge" or "the mayor" not
_TRADE_TYPES = ("expert", "media", "business", "civil_society")
# the fewest letters of an agent noun known by its ending alone: not "fist", "gist", "twist"
_AGENT_NOUN_LETTERS = 6
_PRONOUN_AT = re.compile(r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Hh]is|[Hh]er)\b")
_THE_BEFORE = re.compile(r"\b[Tt]he\s$")
# what stands between a sentence's subject and a speaker quoted in a clause of its
# (``Resolver._quoted_in_passing``): a relative pronoun set off after the subject's name, the
# subject's cue (and "that"), a relative pronoun set off after the speaker's name; no
# sentence's own break between them
# (each opens with a name: capitalised words on one line)
_NAME_WORDS = r"(?:[A-Z][\w.’'-]*[^\S\n]+)*[A-Z][\w.’'-]*"
_RELATIVE_ON_NAME = re.compile(_NAME_WORDS + r",[^\S\n]+(?:who|whom)[^\S\n]+")
_RELATIVE_AFTER_NAME = re.compile(_NAME_WORDS + r",[^\S\n]+who[^\S\n]")
_CUE_AFTER_NAME = re.compile(
    r"(?:[A-Z][\w.’'-]*[^\S\n]+)+(?P<cue>[a-z]+)[^\S\n]+(?:that[^\S\n]+)?")
_CLAUSE_BREAK = re.compile(r"[;:“”\"]")
_RELATIVE_AT = re.compile(r"who(?:m)?\b")
_NAME_SET_OFF = re.compile(_NAME_WORDS + r",[^\S\n]+")
# a sentence (or what a colon opens) opening with "To" or "For" right before a name, and the
# name set off by a comma after it: whose view the sentence gives (``Resolver._whose_view``)
_VIEW_OPENER = re.compile(r"(?:^|[.!?:][^\S\n]+|\n[^\S\n]*)(?:To|For)[^\S\n]+$")
_SET_OFF_NAME = re.compile(_NAME_WORDS + r"(?<![’']s),")
# an article right before a name, and the lower-case word right after it: a noun the name
# modifies ("the Reyes administration": ``Resolver._modifies_noun``)
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)[^\S\n]+$")
_LOWER_WORD_AFTER = re.compile(r"[^\S\n]+(?P<w>[a-z][a-z-]*)\b(?![’'-])")
# Two names joined by "and" as one subject: "Sen. Ann Cole and Sen. ", "Pelosi and "
_JOINED = re.compile(r"(?:[A-Z][\w.’'-]*\s+)+(?:and|&)\s+(?:[A-Z][\w.’'-]*\s+)?")
# A name in the possessive, then what it owns, up to the name of that one: "Obama’s nominee
# to head the CIA, " (an apposition), "Sam Cole's lawyer " (one noun; or the noun opens the
# owned one's mention: "Sam Cole's [lawyer Tom Reyes]")
_OWNED_NAMED = re.compile(r"[^’',]*[’']s\s+(?:[a-z][\w-]*(?:\s+[a-z][\w-]*){0,5}"
                          r"(?:\s+[A-Z][\w.-]*){0,3},\s+|[a-z][\w-]*\s+)?"
                          r"(?:[A-Z][\w.-]*\s+){0,4}$")
# An apposition or parenthesis right after a name: ", Illinois Democrat,", " (R-S.C.)", a party
# tag closing an item of a list (", D-Pa.;")
_APPOSITION_AFTER = re.compile(r"\s*(?:,[^,;:\n]{1,60}(?:,|$)"
                               r"|,\s*[DRI]\s*[-–]\s*[A-Z][A-Za-z. ]{1,14}?;|\([^()\n]{1,30}\))")
# The start of a description set off after a name, whose preposition's object ends right
# before a relative pronoun: "Josh Lee, a former aide to [Senator Ann Roe], who", also with
# no article before a role word: "Ann Roe, chief of staff to [Senator Tom Reyes], who", "John
# Cole, Republican of [Arizona], who" (not "..., according to the", not "Dem, Sen. Ann Roe of")
_DESCRIPTION_BEFORE_OBJECT = re.compile(
    r"[A-Za-z.](?P<comma>,)\s+(?P<article>(?:an?|the)\s+)?(?=(?P<first>[\w’'.-]+))"
    r"(?:[\w’'.-]+\s+){0,6}?(?:to|of|for|at|with)\s+(?:the\s+)?"
    # lower-case words that qualify the object: "with the liberal Budget Institute"
    r"(?P<qualifiers>(?:[a-z][\w-]*\s+){0,3})$")
# The words that open a sentence before its first comma: "Still", "However", "On Monday"
_OPENER_BEFORE_COMMA = re.compile(
    r"(?:^|[.!?]\s+|\n\s*|[.!?][”\"]\s+)(?P<words>(?P<first>[A-Z][a-z]+)(?:\s+[\w’'-]+){0,3})$")
# What sets a person's home off between the name and a relative pronoun: a party tag
# between commas ("Sen. Tom Reyes, R-Ariz., who", "D-South Carolina"), or "of" and a state
# ("Chairman Bill Cole of Texas, who"); the relative clause is the person's
_TAG_BEFORE_RELATIVE = re.compile(r",\s*[RDI]-[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s*,\s*$")
# A description set off after a name, right before the comma of a relative pronoun: an
# article or a role word, a few words, its head noun in lower case, and what ties it to a
# place, a body or a time after the head ("Ann Vale, a Democratic activist, who", "Tom Reyes,
# a former Harbour Board member, who", "Dana Pike, a Vale adviser from the 2008 campaign,
# who"); one that ends in a preposition's object is _DESCRIPTION_BEFORE_OBJECT's
_DESCRIPTION_BEFORE_RELATIVE = re.compile(
    r"[A-Za-z.](?P<comma>,)\s+(?P<desc>(?P<first>[\w’'.&-]+)(?:\s+[\w’'.&-]+){0,6}?)"
    r"(?:\s+(?:from|of|at|in|with|for|on|since)\s+[^,;:()\"“”\n]{1,60}?)?\s*,\s*$")
# ... the words that open it before a lower-case role word or a capital: an article, "one"
# ("Tom Reyes, one longtime ally, who"); not "his" nor "her" ("Ann Vale, her lawyer, who"
# may be a list)
_DESCRIPTION_OPENERS = frozenset({"a", "an", "the", "another", "one"})
# A home: a place's name, and the state or country of a town set off after it ("Skokie,
# Ill.", "Staten Island, NY", "Dayton, Ohio"); ``_home_place`` checks the state
_HOME = (rf"(?P<home>(?:{_NAME_WORD}\s+){{0,2}}{_NAME_WORD}"
         rf"(?:\s*,\s*(?P<state>{_NAME_WORD}(?:\s+{_NAME_WORD})?))?)")
_HOME_BEFORE_RELATIVE = re.compile(
    rf"(?P<np>(?:{_NAME_WORD}\s+){{0,5}}{_NAME_WORD})"
    # an age or a party tag between the name and its home: "Hal Brenner, 76, of Clarksdale",
    # "Sen. Ann Vale (D) of Dunmore"
    r"(?:\s*,\s*\d{1,3}\s*,|\s*\([^()\n]{1,30}\))?\s+(?:of|from)\s+"
    rf"{_HOME}\s*,\s*$")
# People at a place or in a body before a relative pronoun: "Democrats in Congress, who",
# "teachers in Dayton, who", "protesters in Ferguson, Mo., who": the people, not the place
_PEOPLE_BEFORE_RELATIVE = re.compile(
    r"(?<![\w’'-])(?P<np>(?P<head>[A-Za-z][\w’'-]*))\s+(?:in|at|from|of|on)\s+(?:the\s+)?"
    rf"(?:{_NAME_WORD}\s+){{0,4}}{_NAME_WORD}(?:\s*,\s*{_NAME_WORD}(?:\s+{_NAME_WORD})?)?"
    r"\s*,\s*$")
# Someone described by a word for a person, then where they are, before a relative pronoun:
# "a Democratic operative in Iowa, who", "a nurse from Dayton, Ohio, who", "the junior senator
# from Arizona, who": the person, not the place
_DESCRIBED_AT_HOME = re.compile(
    r"(?<![\w’'-])(?P<np>(?:[Tt]he|[Aa]n?)\s+(?:[\w’'-]+\s+){0,3}?(?P<head>[a-z][\w’'-]*))"
    rf"\s+(?:in|at|from|of)\s+(?:the\s+)?{_HOME}\s*,\s*$")


def _title_words(role: str | None, knowledge: Knowledge) -> set[str]:
    """Give the words of a role that are titles, abbreviations written out ("Gen." is
    "general"): "principal chief of the Wabash Nation" gives {"chief"}."""
    abbreviations = knowledge.words.title_abbreviations
    words = (abbreviations.get(w, w).rstrip(".") for w in (role or "").lower().split())
    return {w for w in words if w in knowledge.titles}


@cache
def _without_relative(mention: str) -> str:
    """Read a speaker phrase that ends in a relative pronoun without it: "A senator who
    [said]" is the senator, "Ann Cole, a lawyer who [said]" is Ann Cole."""
    if not _RELATIVE_AFTER.search(mention):
        return mention
    mention = _RELATIVE_AFTER.sub("", mention)
    named = _NAMED_BEFORE_DESCRIPTION.match(mention)
    return named["name"] if named else mention


# A run of capitalised words, joined by "of" or "of the": a name the text may hold ("the Daily
# Ledger", "the People's Daily", "the Voice of the City"; Resolver._outlet_before)
_CAPITALISED_RUN = re.compile(r"[A-Z][\w’'&.-]*(?:[^\S\n]+(?:of[^\S\n]+(?:the[^\S\n]+)?)?"
                              r"[A-Z][\w’'&.-]*)*")
# "and" joining a run of capitalised words to another: one name ("the Globe and Mail") or
# two, of which neither alone is what the text names
_JOINED_NAME_AFTER = re.compile(r"[^\S\n]+and[^\S\n]+(?:the[^\S\n]+)?[A-Z]")
_JOINED_NAME_BEFORE = re.compile(r"[A-Z][\w’'&.-]*[^\S\n]+and[^\S\n]+(?:the[^\S\n]+)?$")
# A word at a position, and the words that make a platform named after them where someone
# posts: "on Twitter", "via his Instagram", "took to their Facebook page" (Resolver._as_medium)
_WORD_AT = re.compile(r"[\w-]+")
# the first two words at a position: "the utility" (a description), "The Harbor Agency" (a
# name), "it" (Resolver._maker_just_before)
_WORDS_AT = re.compile(r"(?P<first>[\w-]+)(?:\s+(?P<next>[\w-]+))?")
_MEDIUM_BEFORE = re.compile(r"\b(?:[Oo]n|[Vv]ia|[Tt]o|[Tt]hrough|[Aa]cross|[Oo]nto)\s+"
                            r"(?:[\w’'-]+\s+){0,2}$")


def _preposition_before(prepositions: frozenset[str]) -> re.Pattern[str]:
    """A preposition right before a position: "Of Obama, he said" (then not the subject)."""
    words = sorted(prepositions, key=lambda w: (-len(w), w))
    alternatives = "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in words)
    return re.compile(rf"\b(?:{alternatives})\s+(?:the\s+)?$")


def _before_possessive(words: list[str]) -> list[str]:
    """Give the words of a mention up to its first possessive: what follows names someone
    else ("Michael Brown's mother" says nothing of Michael Brown's gender)."""
    for n, w in enumerate(words):
        if w.endswith(POSSESSIVE_ENDINGS):
            return words[:n]
    return words


def _people_back(pool: list[Seen], want: str, back: int) -> list[Seen] | None:
    """Give the actors of a sentence ``back`` sentences before a pronoun's that it may point
    to: for a "they" two sentences back or more, people only, and None where that sentence
    names bodies only (and opens with no plural subject, tried before), which ends the
    search: "Northwind Airlines cut its routes. Hotels emptied. Shops closed. “…,” they said"
    is no one, not the airline nor anyone named before it. In random bulk articles a "they"
    bound to a body named that far back was almost never that body ("Congress ...
    Supporters of the bill argue that ... They say" is no Congress)."""
    if want != "plural" or back < 2 or not pool:
        return pool
    return [s for s in pool if s.actor.kind not in BODIES] or None


def _stated_count(description: str) -> int | None:
    """Give the count a description of people states in figures or in words: "the 16
    senators" 16, "the two commissioners" 2; None where it states none."""
    for w in description.lower().split():
        if w.isdigit():
            return int(w)
        if w in _COUNT_WORDS:
            return _COUNT_WORDS[w]
    return None


# the counts written in words that a group named together holds (rarely more than six), and
# the words that state a count by themselves ("both senators", "the pair", "the trio")
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "both": 2, "pair": 2, "couple": 2, "duo": 2, "trio": 3}


# a count in words between people named together and a count alone that may be others
_COUNT_NAMED = re.compile(r"\b(?:" + "|".join(_COUNT_WORDS) + r")\b", re.IGNORECASE)


def _few_alone(description: str) -> bool:
    """Tell whether a description is a count alone, which stands for people named just
    before as a pronoun does: "the two", "the pair", "the couple", "both"; not "the two
    senators" (its head says who), "the couple's lawyers"."""
    words = description.lower().split()
    return len(words) == 1 + (words[0] == "the") and words[-1] in _COUNT_WORDS


def _the_one_person(latest: Iterable[Seen], every: Iterable[tuple[Seen, str]],
                    fits: Callable[[Seen, str], bool]) -> Actor | None:
    """Give the one person of the actors seen that fit, by the longest name they are given
    ("Tom Reyes" over "Reyes"); None for none, or where two are not the same person. The
    fold runs over ``latest``, the first mention of each actor that fits in the walk back
    over ``every`` mention (each with the word it was looked up by): a walk that asked each
    of those grew with the square of the article, where the description the person was
    found for, asked again and again, is noted as that person each time. A later mention of
    a name met before changes nothing where the name is the person found or the same
    person, at each step after the name was met; where it is not, the walk over ``every``
    mention decides, as before."""
    found: Actor | None = None
    met: list[str] = []  # the names met, each once
    for s in latest:
        a = s.actor
        if a.name in met:
            continue
        if found is not None and not same_person(found.name, a.name):
            return None
        met.append(a.name)
        if found is None or len(a.name) > len(found.name):
            found = a
            if any(n != a.name and not same_person(a.name, n) for n in met):
                return _the_one_of_all(every, fits)
    return found


def _the_one_of_all(candidates: Iterable[tuple[Seen, str]],
                    fits: Callable[[Seen, str], bool]) -> Actor | None:
    """Give what ``_the_one_person`` gives, by a walk over every mention (each with the word
    it was looked up by): a mention of the one found, by the same name, is passed over."""
    found: Actor | None = None
    for s, word in candidates:
        a = s.actor
        if (found is not None and a.name == found.name) or not fits(s, word):
            continue
        if found is not None and not same_person(found.name, a.name):
            return None
        found = a if found is None or len(a.name) > len(found.name) else found
    return found


def _one_holder(memory: Memory, word: str, pos: int,
                holds: Callable[[Actor], bool]) -> Actor | None:
    """Give the one person of the actors named by a word before pos that ``holds`` takes,
    not in a quotation, by the name with the most words, where each other name's words are
    within it ("Prince Ali" is the "Crown Prince Ali Hamad" named in full); None for none,
    or two people. The walk back over every mention met each mention of the description
    resolved before, noted as the person found, again at each new one: here each actor is
    met once, at its last mention. The answer is the walk's: a name met again is within the
    name found by then (that name only gains words, each time holding the one before), so
    it could change nothing but which reading of the name found is given, and the walk gave
    the one mentioned first."""

    def unquoted(s: Seen) -> bool:
        return not s.quoted

    found: Actor | None = None
    for s in memory.each_named_by(word, pos, holds, unquoted):
        a = s.actor
        if found is not None and found.name != a.name:
            short, full = sorted((a, found), key=lambda p: len(p.name.split()))
            if not set(short.name.split()) <= set(full.name.split()):
                return None  # two people with that role: no guess
            a = full
        found = a
    if found is None:
        return None
    name = found.name
    return memory.each_named_by(word, pos, lambda a: a.name == name and holds(a), unquoted,
                                first=True)[-1].actor


def _member_count(name: str) -> int:
    """Count the people a group named together has: "Ana Ruiz, Bo Li and Tom Reyes" is 3."""
    return name.count(", ") + name.count(" and ") + 1


def _within(pos: int, spans: tuple[Span, ...]) -> bool:
    """Tell whether a position lies inside one of the spans."""
    return any(s <= pos < e for s, e in spans)


def joint_actor(a: Actor, b: Actor) -> Actor:
    """Give two people named together as one group: what they share is its type, country and
    party."""
    return joint_of([a, b])


def joint_of(actors: list[Actor]) -> Actor:
    """Give people named together as one group ("Ana Ruiz, Bo Li and Tom Reyes"): what they
    all share is its type, organisation, country and party."""
    def shared(values: list[str | None]) -> str | None:
        return values[0] if len(set(values)) == 1 else None
    names = [a.name for a in actors]
    name = f"{', '.join(names[:-1])} and {names[-1]}"
    return Actor(name, "group", shared([a.type for a in actors]) or "unknown", None,
                 shared([a.organisation for a in actors]), shared([a.country for a in actors]),
                 shared([a.party for a in actors]))


# a capitalised word this frequent in English is a common word ("School", "District"), which a
# short form of an organisation's name may be made of
_COMMON_WORD_ZIPF = 4.0


def _headed_by(name: str, head: str) -> bool:
    """Tell whether an organisation's name has a description's head as its own: "the
    committee" is the "House Ethics Committee" or the "Committee on Ethics", never the
    "Progressive Change Campaign Committee" as "the campaign"."""
    words = name.lower().split()
    return words[-1] == head or any(w == head and after in ("of", "for", "on")
                                    for w, after in pairwise(words))


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
_WORD_RUN = re.compile(r"\w+")
_NAME_RUN = re.compile(r"[\w’'-]+")
_NAME_CHARACTER = re.compile(r"[\w’'-]")
# how many words _positions finds as strings before it indexes every word of the text (more
# would make its cost grow with the article's length times the words asked)
_RUNS_FOUND_ALONE = 32
_CAPITAL = re.compile(r"[A-Z]")


class Resolver:
    """Resolve mentions in text order within one article (see the module's docstring)."""

    def __init__(self, knowledge: Knowledge, text: str = "",
                 sentences: tuple[Span, ...] = (), quoted: tuple[Span, ...] = (),
                 year: int | None = None):
        self.knowledge = knowledge
        self.year = year  # the article's year: office holders must be in office then
        self.roster = load_roster()
        self.text = text
        self.memory = Memory(knowledge.words.title_abbreviations)
        self.sentences = sorted(sentences)
        self._starts = [s for s, _ in self.sentences]
        self._quoted = sorted(quoted)
        self._quoted_starts = [s for s, _ in self._quoted]
        self.gender: dict[str, str] = {}  # a person's gender, by name, where known
        self._gender_source: dict[str, int] = {}  # how sure each is (see _STATED)
        self._table_gender: dict[str, str] = {}  # the office-holder tables', by name
        self._holder_of: dict[str, Holder] = {}  # the table holder identified, by name
        self._bound: dict[str, str] = {}  # the gender of the first he or she bound, by name
        self._readings: dict[str, Reading] = {}
        # the people read from a mention that is more than a table official's bare surname
        # (a given name, a title): named by the article itself (see ``article_person``)
        self._named_otherwise: set[str] = set()
        self._oblique = _preposition_before(knowledge.words.oblique_prepositions)
        self._words: frozenset[str] | None = None  # the text's words, indexed on first use
        self._runs: dict[str, list[int]] | None = None  # where each name-shaped word stands
        self._runs_alone: dict[str, list[int]] = {}  # the same, for the first words asked
        self._full_names: dict[Actor, tuple[tuple[int, Actor], ...]] = {}  # _full_names_written
        self._runs_found: dict[str, bool] = {}  # see _has_run
        self._usage: dict[str, Actor | None] = {}  # see _used_as_organisation
        self._names = NameIndex(text)  # where names stand (usage, _full_names_written)
        # the people described where they are named, by the head noun of the description, and
        # how many of the actors noted in memory were read for them (see _described_as)
        self._by_head: dict[str, list[tuple[Seen, list[set[str]]]]] = {}
        self._described_upto = 0
        # each kind of document's words in the whole text, found on first use (_documents_before)
        self._documents: dict[str, tuple[list[re.Match[str]], list[int]]] = {}
        # each title's first place in the text and the introductions of a work by it in the
        # whole text, found on first use (_written_before, _introductions)
        self._title_first: dict[str, int] = {}
        self._introduced: dict[str, tuple[list[re.Match[str]], list[int]]] = {}
        # each capitalised head's names in the whole text, found on first use, with what they
        # tell before each one (_body_headed_so)
        self._headed: dict[str, tuple[list[int], list[frozenset[str] | None]]] = {}

    def sentence_of(self, pos: int) -> int:
        """Give the index of the sentence that holds a position."""
        return bisect_right(self._starts, pos) - 1

    def other_subject(self, start: int, end: int, actor: Actor) -> bool:
        """Tell whether a person other than ``actor`` opens a sentence between start and end,
        outside quotation marks (the subject of a sentence of its own)."""
        for s in self.memory.between(start, end):
            # a name in the possessive is no subject: "Pecker's company worked ..."
            if s.quoted or s.possessive or s.actor.kind != "person" \
                    or s.actor.name == actor.name:
                continue
            n = self.sentence_of(s.pos)
            if n >= 0 and not self.text[self.sentences[n][0]:s.pos].strip(" \t\n\"“‘'"):
                return True
        return False

    def _in_quote(self, pos: int) -> bool:
        k = bisect_right(self._quoted_starts, pos) - 1
        return k >= 0 and pos < self._quoted[k][1]

    def merge_earlier(self, actor: Actor, pos: int, inclusive: bool = False) -> Actor:
        """Merge a person with the last person of the same surname mentioned before pos (at
        pos too, with ``inclusive``) who can be the same person."""
        merged = merge_person(actor, self.memory.people(surname_word(actor.name), pos, inclusive))
        if merged is actor and " " not in actor.name:
            return self._suffixed_of_title(actor, pos + inclusive) or actor
        return merged

    def _suffixed_of_title(self, actor: Actor, pos: int) -> Actor | None:
        """Give the person named in full with a generational suffix before pos whom a surname
        after a title of theirs names ("Gen. John W. Nicholson Jr. ... General Nicholson",
        "Chuck Hoskin Jr., principal chief of the Wabash Nation ... Chief Hoskin"); None where
        the article names someone of that surname without a suffix too (``last_person``), or
        where the titles share no word ("Donald Trump Jr. ... President Trump" is the father)."""
        full = self.memory.last_person(actor.name, pos)
        if full is None or " " not in full.name or surname_word(full.name) == full.name.split()[-1]:
            return None  # none, or no suffix: merge_person has read it
        shared = _title_words(actor.role, self.knowledge) & _title_words(full.role, self.knowledge)
        if not shared or not same_person(actor.name, " ".join(full.name.split()[:-1])):
            return None
        return full.fill(actor)

    def note(self, pos: int, actor: Actor, speaker: bool = False, mention: str = "",
             shared: bool = False, said: bool = False) -> None:
        """Remember an actor mentioned at a position (a speaker, or named in passing; a
        ``shared`` surname's guess, ``said`` where its sentence says the gender: see
        ``Seen``)."""
        if self._as_medium(pos):
            return  # "said on Twitter": where words were posted, no one a pronoun stands for
        if actor.kind == "person" and (found := self._gender_of(actor, mention)) \
                and found[0] > self._gender_source.get(actor.name, -1):
            self._gender_source[actor.name], self.gender[actor.name] = found
        oblique = bool(self._oblique.search(self.text, max(0, pos - 12), pos)) \
            and not self._whose_view(pos, actor)
        possessive = mention.endswith(POSSESSIVE_ENDINGS) or (
            bool(mention) and self.text.startswith(mention, pos)
            and self.text.startswith(POSSESSIVE_ENDINGS, pos + len(mention)))
        self.memory.add(Seen(pos, actor, speaker, self.sentence_of(pos), self._in_quote(pos),
                             oblique, possessive, self._after_verb(pos), shared, said,
                             not speaker and actor.kind == "person"
                             and self._modifies_noun(pos, mention)))

    def _whose_view(self, pos: int, actor: Actor) -> bool:
        """Tell whether a person named at pos is the one whose view a sentence opens with,
        after "To" or "For" and set off by a comma: "To Tom Reyes, the strike sends a
        message", "For Ann Roe, a nurse, the shifts have become a burden" (the subject of the
        thoughts the sentence gives, whom a he or she after may be; not "said to Tom Reyes")."""
        return actor.kind == "person" \
            and _VIEW_OPENER.search(self.text, max(0, pos - 8), pos) is not None \
            and _SET_OFF_NAME.match(self.text, pos) is not None

    def _modifies_noun(self, pos: int, mention: str) -> bool:
        """Tell whether a name written at pos stands as a noun's modifier, between an article
        and a lower-case noun: "the Reyes administration", "a Reyes plan", "the Harbourton
        suburb" (a he or she after points to no one so named); not where the word after is
        one a name's subject or phrase goes on with ("the mayor Tom Reyes said", "a Tom
        Reyes who", "the Ann Roe of old", "a Roe and a Vale")."""
        if not mention or not self.text.startswith(mention, pos) \
                or any(not w[:1].isupper() for w in mention.split()) \
                or not _ARTICLE_BEFORE.search(self.text, max(0, pos - 5), pos):
            return False
        m = _LOWER_WORD_AFTER.match(self.text, pos + len(mention))
        if m is None:
            return False
        w, words = m["w"], self.knowledge.words
        return not (w in words.prepositions or w in words.connectors or w in words.pronouns
                    or w in words.relative_pronouns or w in words.subordinators
                    or w in words.determiners or w in words.aux_verbs or w in words.modals
                    or w in words.irregular_past or w in self.knowledge.cues
                    or w in ("and", "or", "but", "nor") or w.endswith(("ed", "ly")))

    def _as_medium(self, pos: int) -> bool:
        """Tell whether the name at pos is a social platform named as where someone posts:
        after "on", "via" or "to" ("said on Twitter", "took to his Facebook page"), before a
        word for a part of it ("a Twitter account", "Facebook users") or another platform's
        name (a page's share buttons: "Facebook Twitter Pinterest"); not the company that
        speaks or acts ("Twitter said", "Facebook's decision")."""
        words = self.knowledge.words
        m = _WORD_AT.match(self.text, pos)
        if m is None or m[0].lower() not in words.platforms:
            return False
        after = _WORD_AT.match(self.text, m.end() + 1) if self.text[m.end():m.end() + 1] == " " \
            else None
        if after is not None and (after[0] in words.platform_parts
                                  or after[0].lower() in words.platforms):
            return True
        return _MEDIUM_BEFORE.search(self.text, max(0, pos - 40), pos) is not None

    def _gender_of(self, actor: Actor, mention: str) -> tuple[int, str] | None:
        """Give a person's gender as a mention says it, with how sure it is (see _STATED); a
        gender from the tables or the given name never contradicts a "he" or "she" bound to
        the person before."""
        words = self.knowledge.words
        given = given_gender(actor.name.split()[0], self.knowledge.given_names,
                             words.unisex_given_names) if " " in actor.name else None
        # a given name of four letters or more outweighs a role in -man ("Chairman Patty
        # Murray" is no man); a shorter one may be a family name written first ("spokesman Lu
        # Kang")
        weighty = given if len(actor.name.split()[0]) >= _WEIGHTY_GIVEN else None
        for w in _before_possessive(f"{mention} {actor.role or ''}".lower().split()):
            g = words.gender_words.get(w)
            if g and not (w in words.generic_roles and weighty not in (None, g)):
                return _STATED, g
        if g := words.pronoun_genders.get(mention.strip().lower()):
            self._bound.setdefault(actor.name, g)
            return None
        bound = self._bound.get(actor.name)
        if (g := self._table_gender.get(actor.name)) and bound in (None, g):
            return _TABLE, g
        if given and bound in (None, given):
            return _GIVEN, given
        return None

    def read(self, mention: str) -> Reading:
        """Read a mention (once per article: speakers are read again when resolved)."""
        reading = self._readings.get(mention)
        if reading is None:
            reading = self._readings[mention] = read_mention(mention, self.knowledge)
        return reading

    def named_otherwise(self, reading: Reading) -> None:
        """Note a reading of a person named otherwise than by a table official's bare
        surname (with a given name or a title: "President Obama", "Sen. Bernie Sanders")."""
        if reading.actor is not None and reading.actor.kind == "person" and not reading.alias:
            self._named_otherwise.add(reading.actor.name)

    def article_person(self, reading: Reading, pos: int) -> Actor | None:
        """Give whom a mention's reading names, where a table official's bare surname may be
        the article's own person of that surname: "Brandon Harris ... Harris told the Post"
        is no Kamala Harris, "Press Secretary Sarah Sanders ... Sanders said" no Bernie
        Sanders. Where the article names someone else of that surname in full and never
        names the official otherwise than by the bare surname (``named_otherwise``): the one
        of that surname named last before the mention, else the one other person of it. The
        official where the article names no one else of that surname (a "Jr." is no one else:
        "Donald Trump Jr. ... Trump said" is the father, as "Trump Jr." names the son), or
        names the official too ("President Obama ... Michelle Obama ... Obama said")."""
        actor = reading.actor
        if actor is None or actor.kind != "person" or reading.alias is None \
                or actor.name in self._named_otherwise:
            self.named_otherwise(reading)
            return actor
        others = {a.name: a for a in self.memory.people(reading.alias, len(self.text) + 1)
                  if " " in a.name and not same_person(a.name, actor.name)
                  and surname_word(a.name) == a.name.split()[-1]}
        before = self.memory.last_person(reading.alias, pos)
        if before is not None and before.name in others:
            return before
        return next(iter(others.values())) if len(others) == 1 and before is None else actor

    def resolve(self, mention: str, pos: int, content: tuple[Span, ...] = ()) -> Actor | None:
        """Give the actor a mention at pos refers to, and remember it. ``content`` is what
        the speaker says, where it stands before the mention: a pronoun never points to a
        person named in it ("Sam Cole fought the ruling, he said": he is not Cole)."""
        if mention.lower() in self.knowledge.words.demonstratives:
            return None  # "That oft-cited number is right, PolitiFact rates ..., noting": no name
        mention = _without_relative(mention)
        if " and " in mention and (joined := self._and(mention, pos))[0]:
            return joined[1]
        if mention.lower() in _POSSESSIVE_PRONOUNS and (owner := self._possessor(mention, pos)):
            self.note(pos, owner, speaker=True, mention=mention)
            return owner  # "Trump's speech, and his claim that ...": Trump
        if mention.lower() in _RELATIVE_PRONOUNS:
            actor = self._antecedent(pos) or (
                self._group_before(pos) if mention.lower() == "who" else None)
            if actor is not None:
                self.note(pos, actor, speaker=True, mention=mention)
            return actor
        reading = self.read(mention)
        if (author := self._title_author(mention, pos)) is not None:
            self.note(pos, author, speaker=True, mention=mention)
            return author  # "Ann Roe's Harbor Years ... Harbor Years recounts"
        actor = self._document_owner(mention, reading, pos, content) \
            or self.article_person(reading, pos)
        # "this person" is "the person"; "Although the School District" is "the School District"
        the = as_definite(without_openers(mention, self.knowledge), self.knowledge)
        if actor is not None and the.lower().startswith("the ") and actor.name == describe(the):
            actor = self._description_of_named(actor, pos, mention)
        if actor is not None and actor.kind != "person":
            actor = self._person_named_so(actor, mention, the, pos)
        if actor is not None and (the.lower().startswith("the ") or _few_alone(the) or (
                the.lower().startswith("both ") and " and " not in the)):
            actor = self._named_before(actor, pos)
            actor = self._introduced_source(actor, pos) or actor
        if actor is not None and actor.kind == "person" and not actor.role:
            actor = self._organisation_so_named(actor, mention)
        actor = self._polled(actor, mention, pos)
        if actor is None:
            actor = self._unresolved(reading, mention, pos, content)
        elif actor.kind == "person":
            actor = self.merge_earlier(self._with_suffix_after(actor, pos + len(mention)), pos,
                                       inclusive=True)
        actor = self._apposed(actor, pos + len(mention))
        actor = self._apposition_to(actor, pos, pos + len(mention))
        if actor is not None:
            actor = self._as_outlet(actor, mention)
            actor = self.with_party_after(actor, pos + len(mention))
            actor = self.identify(actor, mention, pos + len(mention))
            actor = self._office_of(actor, mention)
            self.note(pos, actor, speaker=True, mention=mention)
        return actor

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

    def _apposed(self, actor: Actor | None, end: int) -> Actor | None:
        """Give the person or organisation an apposition right after a description names:
        "the association's chief executive, Ann Roe." "The driver, nursing student Tom Reyes,
        admitted", "a foreign ministry spokesman, Lu Kang.", "The trade group, the National
        Shooting Sports Foundation, said"; the description where none follows, or the words
        after the comma are no apposition ("Some officials, including Ann Roe,", "the board,
        which ...", "According to aides, Trump also said"), or name no one of its kind."""
        kind = self._described_kind(actor)
        m = _APPOSED_NAME.match(self.text, end) if kind else None
        if m is None or m["first"].lower() in self.knowledge.words.apposition_breaks:
            return actor
        named = self.read(m["app"]).actor
        last = m["app"].split()[-1]
        if kind == "person" and _named_in_full(named, "person") and " and " not in m["app"] \
                and named is not None and last == surname_word(named.name):
            return self.merge_earlier(named, end, inclusive=True)
        if kind == "organisation" and _named_in_full(named, "organisation") \
                and named is not None and last == named.name.split()[-1]:
            return named  # "the group, Concerned Veterans for America, said"
        return actor  # "Democrats who attended, Trump also said": no apposition

    def _apposition_to(self, actor: Actor | None, pos: int, end: int) -> Actor | None:
        """Give the person a description of one person is set beside, where it stands as an
        apposition right after the person's name and the apposition is closed before the
        verb: "Ann Roe, a local historian, said", "As Tom Reyes, senior director of tax
        policy at the institute, put it", "Ann Cole, president of the union – a federation
        of nurses – said", "Ann Roe, a career coach, who drove from Reno, noted", "“…,” said
        Ann Roe, a spokeswoman for the board, which ...". The name opens its clause (after a
        sentence's start, a comma, "As", "And" or "But") or follows a cue (not "Asked about
        Roe, the spokesman said") and is a person's in full, or the surname of
        one named before; the description where the apposition runs on into the verb
        ("Ann Roe, a woman answered"), or more words follow it ("Roe, a lawyer and one of
        ...")."""
        if self._described_kind(actor) != "person" \
                or not _APPOSITION_CLOSED.match(self.text, end):
            return actor
        m = _NAME_BEFORE_APPOSITION.search(self.text, max(0, pos - _NAME_REACH), pos)
        if m is None or (m["word"] and m["word"].islower() and m["word"] != "as"
                         and m["word"] not in self.knowledge.cues):
            return actor  # "Asked about Roe, the spokesman said"
        named = self.read(m["name"]).actor
        if _named_in_full(named, "person") and named is not None:
            return self.merge_earlier(named, m.start("name"), inclusive=True)
        if " " not in m["name"] and (person := self.memory.last_person(m["name"], pos)) \
                and " " in person.name:
            return person  # "Huebl, a private investigator, said": the Huebl named before
        return actor

    def _described_kind(self, actor: Actor | None) -> str | None:
        """Give "person" for an actor that is a singular description of a person ("the
        driver"), "organisation" for one of a body ("the trade group"), whom an apposition may
        name; None for a name ("Eshagh al-Habib", "Fix the Court"), many ("Some officials"), a
        document ("the poll")."""
        if actor is None or not any(w.islower() and w not in _DESCRIPTION_STOPS
                                    for w in actor.name.split()) \
                or _plural(actor.name.split()[-1].lower(), self.knowledge.words):
            return None  # "Fix the Court", "Eshagh al-Habib": names
        head = _description_words(actor.name)[0]
        if actor.kind in ("person", "anonymous", "unknown") and self._person_head(head):
            return "person"
        words = self.knowledge.words
        if actor.kind in ("organisation", "unknown") \
                and (head in words.speaker_heads or head in words.org_heads) \
                and document_kind(head, self.knowledge) is None:
            return "organisation"
        return None

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

    def _and(self, mention: str, pos: int) -> tuple[bool, Actor | None]:
        """Resolve a mention that joins words with "and": the one named and "others", people
        listed, two people, the second of two bodies; (whether one of these read it, whom)."""
        first, second = mention.split(" and ", 1)
        if _OTHERS.match(second) and self._by_name(first, pos) is not None:
            return True, self.resolve(first, pos)  # "Rajkumar and others say": the one named
        if ", " in first and (listed := self._joint_list(first, second, pos)) is not None:
            return True, listed
        if (joint := self._joint(first, second, pos)) is not None:
            return True, joint
        if first.lower().startswith("the ") and second.lower().startswith("the "):
            # "the Senate and the House": no two bodies by name; the one next to the cue
            return True, self.resolve(second, pos + len(first) + 5)
        return False, None

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

    def _person_named_so(self, actor: Actor, mention: str, the: str, pos: int) -> Actor:
        """Give the person named before whose surname a one-word mention is, when the tables
        read it as no person: a surname that is also an outlet, a country or a company ("Liam
        Fox ... Fox said"), a word read as an organisation's name after "the" ("the Monitor"
        after a "Christian Science Monitor" the article named as someone), a surname after an
        organisation's possessive ("Ann Roe, a professor at NTU, ... NTU's Roe said", "the
        Herald's Roe": Ann Roe, not a body "NTU's Roe")."""
        bare = mention.strip()
        if actor.kind == "organisation" and the.lower().startswith("the ") \
                and len(the.split()) == 2:
            bare = the.split()[1]
        elif (m := _OWNER_AND_SURNAME.fullmatch(bare)) is not None:
            bare = m["surname"]
        return (self.memory.last_person(bare, pos) if " " not in bare else None) or actor

    def _joint(self, first: str, second: str, pos: int) -> Actor | None:
        """Give two people who speak together ("Tom Reyes and Maria Olsen", "Reyes and
        Olsen") as one group, each remembered as a speaker too; None unless both are people
        by name (not "Health and Human Services Secretary X", "Deputy and Head")."""
        later = pos + len(first) + 5
        a, b = self._by_name(first, pos), self._by_name(second, later)
        if a is None or b is None:
            return self._joint_bodies(first, second, pos)
        if a.name == b.name:
            return None
        a, b = self.resolve(first, pos), self.resolve(second, later)
        if a is None or b is None or a.kind != "person" or b.kind != "person":
            return None
        group = self._listed_with(a, b, pos) or joint_actor(a, b)
        self.note(pos, group, speaker=True, mention=f"{first} and {second}")
        return group

    def _joint_list(self, first: str, last: str, pos: int) -> Actor | None:
        """Give three or more people listed as one speaker ("Ann Roe, Tom Reyes and Dana Pike
        wrote") as one group, each remembered as a speaker too; None unless each is a person
        by name, all different."""
        names = [*first.split(", "), last]
        starts = [pos + first.find(n) if k < len(names) - 1 else pos + len(first) + 5
                  for k, n in enumerate(names)]
        found = [self._by_name(n, at) for n, at in zip(names, starts, strict=True)]
        if any(a is None for a in found) or len({a.name for a in found if a}) < len(names):
            return None
        actors = [self.resolve(n, at) for n, at in zip(names, starts, strict=True)]
        people = [a for a in actors if a is not None and a.kind == "person"]
        if len(people) < len(names):
            return None
        group = joint_of(people)
        self.note(pos, group, speaker=True, mention=f"{first} and {last}")
        return group

    def _listed_with(self, a: Actor, b: Actor, pos: int) -> Actor | None:
        """Give the people listed together that a pair ends ("Rand Paul, Mike Lee and Ted
        Cruz said": the mention is the last two, the speakers are the three)."""
        tail = f", {a.name} and {b.name}"
        for s in self.memory.between(max(0, pos - 120), pos):
            if s.actor.kind == "group" and s.actor.name.endswith(tail):
                return s.actor
        return None

    def _joint_bodies(self, first: str, second: str, pos: int) -> Actor | None:
        """Give two organisations that speak together ("DHS and ODNI", "the FBI and the
        Secret Service", "NBC News and The Wall Street Journal") as one group; None unless
        both read as organisations or outlets by name."""
        whole = self.read(f"{first} and {second}").actor
        if whole is not None and whole.kind in BODIES and " and " in whole.name \
                and (cut_proper_name(first, self.knowledge)
                     or cut_proper_name(second, self.knowledge)):
            return None  # "the Food and Drug Administration", "the Globe and Mail": one body
        a, b = self.read(first).actor, self.read(second).actor
        # "the Pew Research Center and USA Today reported"
        if a is None or b is None or a.kind not in BODIES or b.kind not in BODIES \
                or a.name == b.name or not (a.name[:1].isupper() and b.name[:1].isupper()):
            return None
        group = joint_actor(a, b)
        known = {a.type, b.type} - {"unknown"}
        if len(known) == 1:  # what one body is, where the other's type is unknown ("DHS and ODNI")
            group = replace(group, type=known.pop())
        self.note(pos, group, speaker=True, mention=f"{first} and {second}")
        return group

    def _by_name(self, mention: str, pos: int) -> Actor | None:
        """Give the person a mention names by name, without remembering it: a full name with
        no title word in it, or a surname of someone named in full before."""
        if any(end in mention for end in POSSESSIVE_ENDINGS):
            return None
        reading = self.read(mention)
        actor = reading.actor
        if reading.surname:
            actor = self.memory.last_person(reading.surname, pos)
        if actor is None or actor.kind != "person" or " " not in actor.name:
            return None
        titles = self.knowledge.titles
        if any(w.lower() in titles or not w[:1].isupper() for w in actor.name.split()):
            return None  # "Microsoft President", "House GOP leadership": no one's name
        return actor

    def _introduced_source(self, actor: Actor, pos: int) -> Actor | None:
        """Give the unnamed source "the person" or "the source" stands for: the last one the
        three sentences before introduce, as an object too ("The Herald quoted a source
        present at the meeting. “…,” the person said": the source present at the meeting)."""
        words = actor.name.split()
        if actor.kind != "anonymous" or len(words) != 1 or words[0] not in _GENERIC_SOURCES \
                or not self.sentences:
            return None
        start = self.sentences[self._sentences_back(pos, 3)][0]
        found = list(_INTRODUCED_SOURCE.finditer(self.text, start, pos)) \
            or list(_INTRODUCED_OTHER.finditer(self.text, start, pos))
        if not found:
            return None
        m = found[-1]
        desc = (m["desc"] or "s" + m["someone"][1:]).split()  # "Someone close to ...": someone
        # up to a cue: "one person familiar with the talks said"
        cut = next((n for n, w in enumerate(desc) if n and w in self.knowledge.cues), len(desc))
        while cut > 1 and desc[cut - 1] in ("who", "that"):
            cut -= 1  # "a Trump ally who spoke with him said": the ally, not "ally who"
        return replace(actor, name=" ".join(desc[:cut]))

    def _described(self, actor: Actor, pos: int) -> Actor | None:
        """Give the person a definite description with a role stands for: the last person
        with that role (and organisation, where both say one), else the one of its type. An
        unnamed source introduced in the last three sentences comes first where it is the
        later ("A senior official told reporters ... the official said": not the official
        named paragraphs before)."""
        head = (actor.role or "").lower().split()[-1]
        recent = self._sentences_back(pos, 3)
        below = self._lower_rank(actor.role, head)

        def fits(a: Actor) -> bool:  # "the president" is not the Vice President named last
            return a.name != actor.name and (a.kind == "person" or (
                a.kind == "anonymous" and actor.kind == "anonymous"
                and not head.endswith("s"))) \
                and self._of_body(actor, a) and self._lower_rank(a.role, head) == below

        def stands(s: Seen) -> bool:  # an unnamed source only where introduced of late
            return not s.quoted and (s.actor.kind == "person" or s.sentence >= recent)

        # the last mention that fits, each actor asked once: a walk back over every mention
        # met each mention of the description itself ("the FDA chief", noted as is before
        # its holder is found under another word) again at each new one
        if found := self.memory.each_named_by(head, pos, fits, stands):
            return found[0].actor
        if (head_of := self._head_of_body(actor, pos)) is not None:
            return head_of
        party = actor.party or (actor.organisation if actor.organisation in {
            p.name for p in self.knowledge.parties.values()} else None)
        return self._one_of_type(head, actor.country, pos,
                                 lambda a: self._of_body(actor, a)) or (
            self._salient_person(head, party, pos) if actor.kind == "person" and party
            else None)

    def _head_of_body(self, description: Actor, pos: int) -> Actor | None:
        """Give the one person named in full before pos as the head of the body a description with
        a word for its head names, by another word for that office (``office_heads``): "the
        FDA chief" is "Ann Roe, the head of the FDA" or "FDA Commissioner Ann Roe", "the U.N.
        leader" "U.N. Secretary-General Tom Reyes". None where the description names no body,
        where two people head that body ("the FBI chief" after its director and its chief),
        or for a deputy, a former holder, someone of another body, or a description read
        as a person ("the head of the FDA said" names no one); not for a party or a
        chamber, whose leader, chairman and chief hold different offices ("the GOP leader" is
        no party chairman, "the Senate leader" no committee's). Where no head of the body is
        named before, a description that comes first is the one head the next two sentences
        name by a title of that body or its initials: "The head of the IMF said ... IMF
        managing director Ann Roe called it", "the head of the Civilian Complaint Review
        Board said ... CCRB chairman Tom Reyes said" (a lead that names the person next)."""
        words = self.knowledge.words
        # "head of the United Nations" (read without a role): the word before "of"
        role = (description.role or description.name.split(" of ")[0]).lower().split()
        org = description.organisation
        if org is None or not role or role[-1] not in words.office_heads \
                or org in {p.name for p in self.knowledge.parties.values()} \
                or any(w in words.legislative for w in org.lower().split()):
            return None
        former = "former" in description.name.lower().split()

        def holds(a: Actor, head: str) -> bool:
            held = (a.role or "").lower().split()
            return a.kind == "person" and " " in a.name and a.organisation == org \
                and held[-1:] == [head] and head not in a.name.lower().split() \
                and not self._lower_rank(a.role, head) and (former or "former" not in held)

        def holding(head: str) -> Callable[[Actor], bool]:
            return lambda a: holds(a, head)

        def stands(s: Seen) -> bool:  # the words written with this mention
            return not s.quoted and ("former" in (s.actor.role or "").lower().split()
                                     or self._held_once(s)) == former

        # two heads of that body: no guess
        heads = sorted(words.office_heads)
        before = [s for head in heads
                  for s in self.memory.each_named_by(head, pos, holding(head), stands)]
        initials = "".join(w[0] for w in org.split() if w[:1].isupper())
        # "the head of the FDA, Dr. Ann Roe,": the office written before the name
        for m in _heads_apposed(self.text):
            if m.start() >= pos:
                break
            if m["head"] in words.office_heads and (m["former"] is not None) == former \
                    and not (m["rank"] and m["rank"] in words.lower_ranks) \
                    and (m["body"].replace(".", "").split()[-1] == initials or getattr(
                        read_mention(m["body"], self.knowledge).actor, "name", None) == org):
                before += [s for s in self.memory.between(m.end(), m.end() + _HONORIFIC_REACH)
                           if s.actor.kind == "person" and " " in s.actor.name and not s.quoted]
        if before or not self.sentences:
            return _the_one_person(
                before, ((s, head) for head in heads for s in self.memory.named_by(head, pos)),
                lambda s, head: holds(s.actor, head) and stands(s))

        def titled(s: Seen) -> bool:  # "IMF managing director Ann Roe", "CCRB chairman"
            a = s.actor
            held = (a.role or "").lower().split()
            head = held[-1] if held else ""
            m = _INITIALS_BEFORE.match(self.text, s.pos) or _INITIALS_BEFORE.search(
                self.text, max(0, s.pos - _NAME_REACH), s.pos)
            return head in words.office_heads and holds(replace(a, organisation=org), head) \
                and (a.organisation == org or (
                    a.organisation is None and len(initials) > 1 and m is not None
                    and m["initials"].replace(".", "") == initials))

        # the next two sentences, not counting those wholly inside a quotation
        k, left = self.sentence_of(pos), _NAMED_NEXT
        while k + 1 < len(self.sentences) and left:
            k += 1
            start, end = self.sentences[k]
            left -= 0 if self._in_quote(start + 1) and self._in_quote(end - 2) else 1
        after = self.sentences[self.sentence_of(pos)][1]
        found = [s.actor for s in self.memory.between(after, self.sentences[k][1])
                 if not s.quoted and titled(s) and stands(s)]
        if not found or any(not same_person(a.name, found[0].name) for a in found):
            return None  # none named next, or two
        return max(found, key=lambda a: len(a.name))

    def _of_body(self, description: Actor, a: Actor) -> bool:
        """Tell whether an actor named before can be whom a description with a role names,
        by the body and party it says: no other party than the actor's; no organisation, or
        the actor's own, or, for a person, a party that is theirs or no organisation of
        their own, with a title or organisation that holds every other capitalised word of
        the description ("Senate Majority Leader Mitch McConnell" is "the Senate majority
        leader" and "the Senate GOP leader", not "the House GOP leader" nor "the Democratic
        Senate leader"; a "former" one, someone whose title says "former")."""
        parties = self.knowledge.parties
        words = [w for w in description.name.split() if w[:1].isupper()]
        own = self._party_of(a) if a.kind == "person" else None
        if own and any(p.name != own for w in words if (p := parties.get(w.lower()))):
            return False
        org = description.organisation
        if org in (None, a.organisation):
            return True
        if "former" in description.name.lower().split() \
                and "former" not in (a.role or "").lower().split():
            return False  # "the former GOP leader" is not the leader in office
        party = org in {p.name for p in parties.values()}
        if a.kind != "person" or (a.organisation is not None and not party) \
                or (party and own != org):
            return False
        short = self.knowledge.words.title_abbreviations
        held = {short.get(w, w) for w in f"{a.role or ''} {a.organisation or ''}".lower().split()}
        return all(w.lower() in parties or short.get(w.lower(), w.lower()) in held
                   for w in words)

    def _description_of_named(self, actor: Actor, pos: int, mention: str = "") -> Actor:
        """Give the person a definite description read as an actor stands for, where the
        article named them: "the Fox News host" by its title (``_described``), "the
        treasurer" by the role the article gave one person (``_role_holder``)."""
        if actor.role and self._names_many(actor.name):
            return actor  # "the officials", "the two aides": never the one person named so
        if actor.role:
            return self._described(actor, pos) or self._own_description(actor.name, pos) \
                or actor
        if actor.kind == "person" and actor.organisation and " of " in actor.name:
            # "the head of the United Nations", read without a role: its one head named
            return self._head_of_body(actor, pos) or actor
        if actor.kind == "unknown":
            return self._role_holder(actor.name, pos) or self._own_description(actor.name, pos) \
                or self._epithet(actor.name.split()[-1].lower(),
                                 mention or f"the {actor.name}", pos) or actor
        return actor

    def _names_many(self, description: str) -> bool:
        """Tell whether a description names people in the plural by its head, the last word
        before a preposition: "officials", "two senior aides", "administration officials";
        not "secretary of veterans affairs", "director of communications"."""
        words = self.knowledge.words
        low = description.lower().split()
        head = low[:next((n for n, w in enumerate(low) if n and w in words.prepositions),
                         len(low))]
        return bool(head) and _plural(head[-1], words)

    def _own_description(self, description: str, pos: int) -> Actor | None:
        """Give the one person the article describes, where it names them, with a common
        noun that heads the description and words that hold every other word of it: "fired
        FBI agent Ann Roe" for "the fired agent", "Tom Reyes, the Guatemalan consul in
        Phoenix," for "the consul", "Tom Reyes, former assistant secretary of Indian affairs
        at ..." for "the former assistant secretary of Indian affairs", before the
        description or after it. None where nobody or two people fit ("the agent" after
        "FBI agent Ann Roe" and "FBI agent Tom Reyes"), where the head names no person ("the
        election"), where the head is a title written with a capital ("President Ann Roe":
        the other steps read titles), or where someone else opens the sentence before: an
        epithet for the person just named ("Host Tom Reyes mocked her. The comedian said"
        is not the comedian Ann Roe named paragraphs before)."""
        head, wanted = _description_words(description)
        if not self._person_head(head):
            return None
        found: Actor | None = None
        since = 0  # where the last fitting description before pos ends its sentence
        for s, described in self._described_as(head):
            a = s.actor
            if not any(wanted <= words for words in described) \
                    or not (s.pos < pos or self._named_before_at(a, pos)):
                continue
            if found is not None and not same_person(found.name, a.name):
                return None  # two people fit: no guess
            found = a
            if s.pos < pos and self.sentences:
                since = self.sentences[max(0, self.sentence_of(s.pos))][1]
        if found is None or _introduced_as(head).search(self.text, min(since, pos), pos):
            return None  # "Ann Roe, a Clinton ally ... one Clinton ally said ... the ally said"
        subject = self._last_subject(pos)
        return found if subject is None or same_person(subject.name, found.name) else None

    def _named_before_at(self, person: Actor, pos: int) -> bool:
        """Tell whether a person is named before pos (a description may come before the
        person's own description, not before the person: "Ann Roe never liked it, says the
        former dean", then "Ann Roe, a former dean at ...")."""
        return any(same_person(a.name, person.name)
                   for a in self.memory.people(surname_word(person.name), pos))

    def _person_head(self, head: str) -> bool:
        """Tell whether a description's head noun names a person: a title, a person's noun, a
        relation or staff, a party's member, an agent noun ("comedian"); not a body or a
        document ("the hospital", "the poll"). A singular head, whose plural ``Words.people``
        is asked about; the word before a home is ``_names_someone``'s."""
        words = self.knowledge.words
        if not head or head in words.org_heads:
            return False
        return head in self.knowledge.titles or head in words.person_nouns \
            or head in words.relations or head in words.staff or head in words.party_nouns \
            or words.people(f"{head}s")

    def _described_as(self, head: str) -> list[tuple[Seen, list[set[str]]]]:
        """Give the people named in full outside quotation marks with a description of this
        head noun written with the name, each with the words of those descriptions, in text
        order. Each mention noted is read once, at the first ask after it, and indexed by
        head: every description in the article asks about the people seen, and a pass over
        all of them for each would cost the square of the article's length."""
        noted = self.memory.noted
        for s in noted[self._described_upto:]:
            if s.quoted or s.actor.kind != "person" or " " not in s.actor.name:
                continue
            heads: dict[str, list[set[str]]] = {}
            for h, words in self._read_descriptions(s):
                heads.setdefault(h, []).append(words)
            for h, described in heads.items():
                insort(self._by_head.setdefault(h, []), (s, described), key=_seen_pos)
        self._described_upto = len(noted)
        return self._by_head.get(head, [])

    def _read_descriptions(self, s: Seen) -> list[tuple[str, set[str]]]:
        """Read the common-noun descriptions written with a person's name at a position, as
        (head, words): the lower-case words right before it ("fired FBI agent [Ann Roe]")
        and an apposition right after it ("Ann Roe, the city's consul,"), past an honorific
        between the words and the name ("forensic pathologist [Dr.] Ann Roe"); and the noun
        an honorific stands for ("Dr. Ann Roe" is a doctor, ``honorific_nouns``)."""
        end = self.text.find(surname_word(s.actor.name), s.pos, s.pos + _NAME_REACH)
        if end < 0:
            return []
        end += len(surname_word(s.actor.name))
        found = []
        start = s.pos
        words = self.knowledge.words
        h = _HONORIFIC_AT.match(self.text, s.pos)
        if h is None or h["word"].lower() not in words.honorifics:
            h = _HONORIFIC_BEFORE.search(self.text, max(0, s.pos - _HONORIFIC_REACH), s.pos)
        if h is not None and h["word"].lower() in words.honorifics:
            start = min(start, h.start())
            if noun := words.honorific_nouns.get(h["word"].lower()):
                found.append((noun, {noun}))
        if m := _WORDS_BEFORE_NAME.search(self.text, max(0, start - _NAME_REACH), start):
            found.append(_described_by(m["words"].split(), before=True))
        if m := _APPOSITION_WORDS.match(self.text, end):
            closed = self.text[m.end():m.end() + 1] in _APPOSITION_ENDS
            found.append(_described_by(m["words"].split(), before=False, closed=closed))
        return [(h, w) for h, w in found if h]

    def _role_holder(self, description: str, pos: int) -> Actor | None:
        """Give the one person named before pos with a role of the description's head word
        ("the treasurer": Ann Roe, "the city treasurer"), or whose name opens with it as a
        title ("the pope": Pope Francis, "the prince": Crown Prince Ali Hamad); None for none
        or two."""
        head = description.lower().split()[-1]
        head = self.knowledge.words.title_abbreviations.get(head, head)  # "the pontiff"

        def holds(a: Actor) -> bool:
            return a.kind == "person" and (
                (a.role or "").lower().split()[-1:] == [head] or self._titled_by(a.name, head))

        return _one_holder(self.memory, head, pos, holds)

    def _country_leader(self, mention: str, country: str | None, pos: int) -> Actor | None:
        """Give the one person named before pos who heads the country a description of a
        country's leader names by its demonym alone (``country_leaders``): "the Israeli
        leader" is "Israeli Prime Minister Tom Reyes", "the Syrian leader" "Syrian President
        Ann Roe" (a title of the type head_of_state). None where two such heads of that
        country are named (its president and its prime minister), for a former one, or
        where other words stand before the head ("the Israeli opposition leader")."""
        words = describe(mention).split()
        if country is None or len(words) != 2 or mention.split()[0].lower() != "the" \
                or words[1].lower() not in self.knowledge.words.country_leaders \
                or words[0].lower() not in self.knowledge.demonyms:
            return None
        titles = self.knowledge.titles

        def heads(a: Actor) -> bool:
            role = (a.role or "").lower()
            return a.kind == "person" and a.country == country \
                and "former" not in role.split() and titles.get(role) == "head_of_state"

        def stands(s: Seen) -> bool:  # the words written with this mention
            return not s.quoted and not self._held_once(s)

        # none for "the Israeli leader" after its president and prime minister
        return _the_one_person(
            self.memory.each_of_type("head_of_state", pos, heads, stands),
            ((s, "") for s in self.memory.of_type("head_of_state", pos)),
            lambda s, _: heads(s.actor) and stands(s))

    def _held_once(self, s: Seen) -> bool:
        """Tell whether the words written with a person's name say the office is held no
        more: "former", "ex-" or "then-" right before the name in its sentence ("Former FDA
        Commissioner Ann Roe") or in an apposition after it ("Ann Roe, a former head of the
        FDA,")."""
        surname = surname_word(s.actor.name)
        end = self.text.find(surname, s.pos, s.pos + _NAME_REACH)
        if end < 0:
            return False
        before = re.split(r"[.;:!?“”\"]", self.text[max(0, s.pos - _NAME_REACH):end])[-1]
        after = m["words"] if (m := _APPOSITION_WORDS.match(self.text, end + len(surname))) \
            else ""
        return bool(_HELD_ONCE.search(before) or _HELD_ONCE.search(after))

    def _titled_by(self, name: str, head: str) -> bool:
        """Tell whether a person's name opens with a title a name keeps (``name_titles``)
        that is a head word: "Pope Francis", "Bishop Ann Roe", "Crown Prince Ali Hamad" (for
        "prince"); not a surname ("Tom Pope"), nor a word after a given name ("Tom Pope
        Reyes"), nor a word of a place's name read as someone ("Joint Base Andrews")."""
        low = [w.lower() for w in name.split()[:-1]]
        return head in self.knowledge.words.name_titles and head in low \
            and not any(self.knowledge.given_name(w) for w in low[:low.index(head)])

    def _lower_rank(self, role: str | None, head: str) -> bool:
        """Tell whether a role names a rank below the office its head word names: "Vice
        President", "Deputy Director", "Lt. Gov." (for the head "governor")."""
        words = self.knowledge.words
        names = [words.title_abbreviations.get(w, w) for w in (role or "").lower().split()]
        return any(n == head and names[k - 1] in words.lower_ranks
                   for k, n in enumerate(names) if k > 0)

    def with_principal(self, actor: Actor, pos: int) -> Actor:
        """Give staff the camp of whom they speak for: "Jim Manley, a spokesman for Mr. Reid"
        takes the party of the Harry Reid named before; "a spokeswoman for the Obama campaign"
        the campaign's."""
        role = (actor.role or "").lower().split()
        if actor.kind != "person" or actor.party or not actor.organisation or not role \
                or role[-1] not in self.knowledge.words.staff:
            return actor
        reading = self.read(actor.organisation)
        principal = reading.actor
        if reading.surname:
            principal = self.memory.last_person(reading.surname, pos)
        if principal is None or not principal.party:  # a person, or a campaign of one
            return actor
        return replace(actor, party=principal.party, country=actor.country or principal.country)

    def _possessor(self, mention: str, pos: int) -> Actor | None:
        """Give the person a possessive "his" or "her" at pos stands for when a person's
        name in the possessive stands before it in its sentence ("Trump's narrative, and his
        accusations"), of no other gender."""
        names = self._possessives_before(pos)
        if not names:
            return None
        name = names[-1]
        actor = self._by_name(name["name"], name.start()) or self.read(name["name"]).actor
        if actor is None or actor.kind != "person":
            return None
        want = self.knowledge.words.pronoun_genders.get(mention.lower())
        if want and self.gender.get(actor.name) not in (None, want):
            return None
        return actor

    def _possessives_before(self, pos: int) -> list[re.Match[str]]:
        """Give the names in the possessive before pos in its sentence, outside quotation
        marks ("'Reid's name is less familiar,' he said": Reid owns nothing he can be)."""
        n = self.sentence_of(pos)
        start = self.sentences[n][0] if 0 <= n < len(self.sentences) else max(0, pos - 200)
        return [m for m in _NAME_POSSESSIVE.finditer(self.text, start, pos)
                if not self._in_quote(m.start())]

    def _owner_of_thing(self, pronoun: str, pos: int) -> Actor | None:
        """Give the person whose name in the possessive owns a thing earlier in the sentence
        of a "he" or "she" that no one named there fits: "Trump's decision marked a change
        from last year, when he vowed ..." (not "Reyes's lawyer said he ...": the lawyer)."""
        names = self._possessives_before(pos)
        if not names:
            return None
        owned = self.text[names[-1].end():names[-1].end() + 40].split()
        words = self.knowledge.words
        head = owned[0].lower().strip(",.;:") if owned else ""
        if not head or head in words.speaker_heads or head in words.relations \
                or head in words.staff or head in self.knowledge.titles or words.people(head):
            return None
        return self._possessor(pronoun, pos)

    def _antecedent(self, pos: int) -> Actor | None:
        """Give whom a relative pronoun at pos stands for: the name or phrase right before
        its comma ("Chris Christie, who said ...", "the agency, which said ...")."""
        organisation = self._organisation_before(pos)  # "the Socialists of America, who"
        homed = None if organisation else self._home_before(pos)
        if homed is not None:
            return homed
        described = None if organisation else self._described_before(pos)
        if described is not None:
            return described
        m = organisation or _BEFORE_RELATIVE.search(self.text, max(0, pos - 120), pos)
        if m is None:
            return None
        start = pos - len(m.group(0))
        head = _DESCRIPTION_BEFORE_OBJECT.search(self.text, max(0, start - 100), start)
        if head is not None and (head["article"] or self._role_word(head["first"])
                                 or self._titled_role(head)) \
                and self._qualifiers(head["qualifiers"]) \
                and not self._opener_before(head.start("comma")) \
                and (actor := self._antecedent(head.end("comma"))) is not None:
            # "said Josh Lee, a former aide to Senator Ann Roe, who added": the relative
            # clause hangs on the name the description is set off after, not on its object
            return actor
        here = [s for s in self.memory.between(start, pos) if not s.quoted]
        people = [s for s in here if s.actor.kind == "person"]
        if here:  # the person an organisation's name qualifies: "ACLU lawyer Ann Roe, who"
            return (people or here)[-1 if people else 0].actor
        reading = self.read(m["np"])
        if reading.actor is not None:
            return self.identify(reading.actor, m["np"], start + len(m["np"]))
        return self._unresolved(reading, m["np"], start)

    def _described_before(self, pos: int) -> Actor | None:
        """Give whom "who" at pos stands for when a description of one person is set off
        between it and that person's name: "Ann Vale, a Democratic activist, who said", "Tom
        Reyes, a retired pilot, who said" (Vale and Reyes, not "retired pilot" nor no one);
        None after "which", where the description's head names no person, where a verb, a
        pronoun, "and" or a person's name stands in it ("Tom Reyes, Ann Vale and a pilot,
        who"), or where no person is named before its comma."""
        if not self.text.startswith("who", pos) or self.text.startswith("whose", pos):
            return None
        m = _DESCRIPTION_BEFORE_RELATIVE.search(self.text, max(0, pos - 140), pos)
        if m is None or (self.sentences and
                         self.sentence_of(m.start("comma")) != self.sentence_of(pos)):
            return None  # "... according to Ann Vale, an analyst. The fund manager, who"
        words, cues = self.knowledge.words, self.knowledge.cues
        desc = m["desc"].split()
        head = desc[-1]
        if not head.isalpha() or not head.islower() or not self._person_head(head) \
                or not (m["first"].lower() in _DESCRIPTION_OPENERS
                        or self._role_word(m["first"]) or m["first"][:1].isupper()):
            return None
        if any(w.islower() and (w in words.aux_verbs or w in words.modals or w in cues
                                or w in words.pronouns or w in words.relative_pronouns
                                or w in words.subordinators or w in ("and", "or", "that"))
               for w in desc):
            return None
        if any(s.actor.kind == "person" and not (s.possessive or s.modifier)
               for s in self.memory.between(m.start("desc"), pos)):
            return None  # a name in the description: it is no apposition to the one before
        if self._opener_before(m.start("comma")) or self._ends_fronted(m.start("comma")):
            return None  # "Still, a lawyer for the city, who"
        named = self._antecedent(m.end("comma"))
        return named if named is not None and named.kind == "person" else None

    def _ends_fronted(self, comma: int) -> bool:
        """Tell whether a comma ends an adverbial clause or phrase that opens its sentence
        ("Despite the fleet sent to fetch Reyes, a federal judge, who", also after a word in
        -ing: "Notwithstanding the fleet ...", "Following ..."): what follows it is the main
        clause's subject, no description of the name before the comma."""
        if not self.sentences:
            return False
        start = self.sentences[self.sentence_of(comma)][0]
        m = _FRONTED.match(self.text, start, comma + 1)
        return m is not None and m.end() == comma + 1 and (
            self._fronts(m["w"].lower()) or m["w"].endswith("ing"))

    def _opener_before(self, comma: int) -> bool:
        """Tell whether the words before a comma at comma open their sentence and are no one's
        name: a connective or an opener ("Still, the ruling was a win for", "However, the vote
        was a blow to", "On Monday, the court handed a win to"), so that what follows the
        comma is the sentence, not a description set off after a name; a person the article
        names by that word before stays one ("Ann Still ... Still, a lawyer for")."""
        m = _OPENER_BEFORE_COMMA.search(self.text, max(0, comma - 40), comma)
        if m is None or m["first"].lower() in self.knowledge.words.determiners:
            return False  # "The mayor, a friend of"
        rest = m["words"].split()[1:]
        if rest:  # "On Monday", "In 2019", "Last week"; not "According to Ann Vale"
            return _opens_sentence(m["first"].lower(), self.knowledge.words) \
                and all(self._time_or_place(w) for w in rest)
        return self._opening_word(m["first"], comma)  # not "Ann Vale, a lawyer for"

    def _opening_word(self, np: str, pos: int) -> bool:
        """Tell whether a subject read at the start of a sentence is one word that opens it and
        names no one: a connective, an opener or a sentence adverb ("Still", "But",
        "Eventually", "First"); not a longer name ("First Lady Jill Biden") nor a surname the
        article gives a person before pos ("Ann Still ... Still, the lawyer")."""
        return " " not in np and _opens_sentence(np.lower(), self.knowledge.words) \
            and next(iter(self.memory.people(np, pos)), None) is None

    def _time_or_place(self, word: str) -> bool:
        """Tell whether a word after an opener's first keeps it a time or a place: a lower-case
        word, a number, a day or a month, a state or a country ("week", "2019", "Monday",
        "Ohio"), not a person's name ("Ann")."""
        low = word.lower()
        words = self.knowledge.words
        return word.islower() or word[:1].isdigit() or low in words.days \
            or low in words.months or read_state(word) is not None \
            or low in self.knowledge.countries

    def _group_before(self, pos: int) -> Actor | None:
        """Give the group a plural noun names before ", who" at pos, with the words that
        qualify it ("critics", "Turkish officials", "environmental groups"); None where the
        phrase is no group the description reader knows."""
        m = _GROUP_BEFORE_WHO.search(self.text, max(0, pos - 80), pos)
        if m is None:
            return None
        words, cues = self.knowledge.words, self.knowledge.cues
        toks = m["np"].split()
        stops = [k for k, w in enumerate(toks[:-1])
                 if w.endswith(POSSESSIVE_ENDINGS) or (w.islower() and (
                     w in words.determiners or w in words.object_prepositions
                     or w in words.oblique_prepositions or w in words.connectors
                     or w in words.pronouns or w in words.aux_verbs or w in cues
                     or w.endswith("ed") or w == "and"))]
        np = " ".join(toks[stops[-1] + 1:] if stops else toks)
        reading = self.read(np)
        start = pos - len(m.group(0)) + m.group(0).index(np)
        if reading.actor is not None:
            return self.identify(reading.actor, np, start + len(np))
        actor = self._unresolved(reading, np, start)
        return actor if actor is not None and actor.kind != "person" else None

    def _qualifiers(self, text: str) -> bool:
        """Tell whether lower-case words before an object may qualify it ("liberal", "oil
        producer"): no verb among them ("the end of the campaign was Sandy, which")."""
        words, cues = self.knowledge.words, self.knowledge.cues
        return not any(w in words.aux_verbs or w in words.aux_passive or w in words.modals
                       or w in words.irregular_past or w in cues or w.endswith("ed")
                       for w in text.split())

    def _home_before(self, pos: int) -> Actor | None:
        """Give whom a relative pronoun at pos stands for when a home or a party tag stands
        between it and a person's name ("Sen. Tom Reyes, R-Ariz., who", "Chairman Bill Cole
        of Texas, who"), or when it follows people in a place ("Democrats in Congress,
        who"); None where no such words stand before it."""
        low = max(0, pos - 120)
        tag = _TAG_BEFORE_RELATIVE.search(self.text, low, pos)
        if tag is not None:
            return self._antecedent(tag.start() + 1)
        home = _HOME_BEFORE_RELATIVE.search(self.text, low, pos)
        if home is not None and self._home_place(home):
            reading = self.read(home["np"])
            if reading.actor is not None and reading.actor.kind == "person" and (
                    self._known_home(home["home"]) or self._full_name(reading.actor.name)):
                return self.identify(reading.actor, home["np"], home.end("np"))
        described = self._described_at_home(pos)
        if described is not None:
            return described
        people = _PEOPLE_BEFORE_RELATIVE.search(self.text, low, pos)
        before = self.text[max(0, people.start() - 40):people.start()].split() if people else []
        if people is not None and not (before and before[-1][:1].isupper()) \
                and (self.knowledge.words.people(people["head"].lower())
                     or people["head"].lower() in _PLURAL_PEOPLE):
            # not a word inside a name: "the head of the Democratic Socialists of America, who"
            reading = self.read(people["np"])
            if reading.actor is not None:
                return reading.actor
        return None

    def _described_at_home(self, pos: int) -> Actor | None:
        """Give whom a relative pronoun at pos stands for when a word for a person and where
        they are stand before it ("a Democratic operative in Iowa, who", "the junior senator
        from Arizona, who"): that person, or the name the description is set off after ("Ann
        Vale, a nurse from Dayton, Ohio, who" is Vale); None after "which", where the place
        is no state or country the tables hold, or where the word names no person."""
        if not self.text.startswith("who", pos):
            return None  # "the government of Qatar, which": the body, as read before
        m = _DESCRIBED_AT_HOME.search(self.text, max(0, pos - 120), pos)
        if m is None or not (self._known_home(m["home"]) or m["state"]) \
                or not self._home_place(m) or not self._names_someone(m["head"]):
            return None
        before = self.text[max(0, m.start() - 2):m.start()]
        if before.startswith(","):  # the description is an apposition to a name before it
            named = self._antecedent(m.start())
            if named is not None and named.kind == "person":
                return named
        return self.resolve(m["np"], m.start())

    def _names_someone(self, word: str) -> bool:
        """Tell whether a lower-case word names a person or people: a title, a speaker's
        head word, a people's word, or one the lexicon lists ("nurse", "operative"). The word
        before a home ("a Democratic operative in Iowa, who"), singular or plural; a
        description's head is ``_person_head``'s, which takes relations, staff and party
        nouns too but no speaker's head word nor a body's head."""
        words = self.knowledge.words
        return word in self.knowledge.titles or word in words.speaker_heads \
            or words.people(word) or word in words.person_nouns

    def _home_place(self, home: re.Match[str]) -> bool:
        """Tell whether a home's state, where a town's is set off after it, is a US state or a
        country ("Skokie, Ill.", "Lyon, France"), not a list of names ("Ford, Toyota")."""
        state = home["state"]
        return state is None or read_state(state) is not None \
            or state.lower() in self.knowledge.countries

    def _known_home(self, home: str) -> bool:
        """Tell whether a home after "of" or "from" is a state or a country the tables hold."""
        return home.lower() in self.knowledge.places or home.lower() in self.knowledge.countries

    def _full_name(self, name: str) -> bool:
        """Tell whether a person's name is written in full, a given name and a surname: then
        any place or body after "of" or "from" is their home, one the tables lack too ("Marla
        Quint of Dunmore, who", "Tom Reyes of Acme Labs, who"), where a title alone may be part
        of an office ("Secretary of State Tom Reyes, who" is Reyes)."""
        words = name.split()
        return len(words) > 1 and self.knowledge.given_name(words[0].lower())

    def _organisation_before(self, pos: int) -> re.Match[str] | None:
        """Give the match of an organisation's name that holds small words ("of", "on",
        "and") right before a relative pronoun at pos; None where the words before name no
        organisation ("Tom Reyes, Republican of Ohio, who": the person)."""
        m = _ORGANISATION_BEFORE_RELATIVE.search(self.text, max(0, pos - 120), pos)
        if m is None or not any(w in m["np"].split() for w in ("of", "and", "on", "for")):
            return None
        actor = self.read(m["np"]).actor
        return m if actor is not None and actor.kind in BODIES else None

    def _titled_role(self, head: re.Match[str]) -> bool:
        """Tell whether a description set off after a comma opens with a capitalised title
        and holds only titles before its tie: "CEO of", "Chief Executive of", "President
        for"; not a name with its title ("President Tom Reyes of")."""
        titles = self.knowledge.titles
        role = self.text[head.start("first"):head.start("qualifiers")].split()
        if role and role[-1] == "the":
            role.pop()
        role = role[:-1]  # the tie
        return bool(role) and role[0][:1].isupper() \
            and all(w.lower() in titles or f"{w.lower()}." in titles for w in role)

    def _role_word(self, word: str) -> bool:
        """Tell whether a word can open a description of a person with no article: a role
        or rank in lower case ("chief of staff", "director", "senior fellow") or a party
        ("Republican of Arizona")."""
        low, words = word.lower(), self.knowledge.words
        if low in words.party_nouns:
            return True
        return word.islower() and (low in self.knowledge.titles or low in words.modifiers
                                   or low in words.speaker_heads)

    def identify(self, actor: Actor, mention: str, end: int) -> Actor:
        """Give a person what the office-holder tables hold for them, with what the mention
        and an apposition right after it say (a state, a party) as the clue."""
        if actor.kind != "person":
            return actor
        after = _APPOSITION_AFTER.match(self.text, end, min(len(self.text), end + 80))
        start = end - len(mention)
        clue = clue_from(mention, after.group(0) if after else "", self.year,
                         before=self.text[max(0, start - 30):start])
        actor, holder = identify_holder(actor, self.roster, clue)
        if holder is not None:
            self._holder_of[actor.name] = holder  # the article's form of the name
            if holder.gender:
                self._table_gender[actor.name] = holder.gender
        return actor

    def _unresolved(self, reading: Reading, mention: str, pos: int,
                    content: tuple[Span, ...] = ()) -> Actor | None:
        """Find whom a pronoun, surname, document or definite description points to."""
        if reading.pronoun:
            return self._pronoun(reading.pronoun, pos, content)
        if reading.surname and reading.thing:
            # "The Hill": the person of that surname named before, else what it names
            return self.memory.last_person(reading.surname, pos) or \
                self._organisation_named(reading.surname) or reading.thing
        if reading.surname:
            fits = self.of_gender(reading.gender)
            return self.last_of_gender(reading.surname, pos, reading.gender) or self._by_given_name(
                reading.surname, pos) or self.memory.only_person(reading.surname, fits) or \
                self._organisation_named(reading.surname) or \
                self._misspelt(reading.surname, fits) or \
                self._bare_name(reading.surname, reading.country, pos)
        if reading.document:
            return self._author(reading.document, pos, mention) or Actor(
                describe(mention), "unknown", "unknown", None, None, reading.country)
        if reading.head:
            state = _state_named(mention)
            return (self._of_state(state, reading.head, reading.party, pos) if state
                    else None) or self._owner(mention, reading.head, pos, content) or \
                self._definite(reading.head, reading.country, reading.party, pos,
                               self._lower_rank(describe(mention), reading.head), state) or \
                self._country_leader(mention, reading.country, pos) or \
                self._outlet_before(reading.head, mention, pos) or \
                (None if self._news_described(reading.head, mention)
                 else self._nearest_organisation(reading.head, pos)) or \
                self._organisation_named_near(reading.head, mention, pos) or \
                self._echoed_name(reading.head, mention, pos) or \
                self._body_of_head(reading.head, mention, pos) or \
                self._leaders_administration(reading.head, mention, pos) or \
                self._epithet(reading.head, mention, pos) or \
                self._description(reading, mention)
        return None

    def _epithet(self, head: str, mention: str, pos: int) -> Actor | None:
        """Give the person who opens the sentence before a definite description of a
        person, by a name (not a pronoun, whose own reading may be wrong), where no step
        before found whom the description names and no one else is named in its own
        sentence before it: "Ann Vale sued the city on Monday. The former prosecutor said",
        "Tom Reyes, 56, backs no one. The fund manager said". Only a description that ends
        with its head noun ("the head of the union" names someone else), holds no
        possessive ("the state's governor"), is of one person, no unnamed source's word
        ("the official", "the spokesman", "the man"), no relation ("the son", "the widow",
        "the neighbor": someone's, so not the one just named), no head someone unnamed was
        introduced with ("an activist ... the activist said"), no head the article gives
        someone as a role or description (``_described_so``), no office ("the judge", "the
        mayor") unless "former" says it is held no more (a trade's title is no office: "the
        economist", "the host", "the CEO"); and not for a person with a role of another
        head ("Ann Roe, the city treasurer ... the auditor said"). A head the lexicon lacks
        may be an agent noun by its ending ("the immunologist", ``_agent_noun``); the name
        may open its sentence after an honorific ("Dr. Ann Vale sued",
        ``_honoured_subject``)."""
        words = self.knowledge.words
        the = as_definite(mention, self.knowledge)
        low = the.lower().split()
        end = pos + len(mention)
        if low[0] != "the" or low[-1] != head or any(w.endswith(POSSESSIVE_MARKS)
                                                      for w in low) \
                or (head.endswith("s") and not head.endswith("ss")) \
                or head in words.anonymous_heads or head in words.staff \
                or head in words.speaks_for or head in words.org_descriptions \
                or head in words.party_nouns or head in words.relations \
                or not (self._person_head(head) or self._agent_noun(head)) \
                or (self.knowledge.titles.get(head) not in (None, "unknown", *_TRADE_TYPES)
                    and "former" not in low) \
                or _POST_MODIFIER.match(self.text, end):
            return None
        here = self.sentence_of(pos)
        first = self._sentences_back(pos, 2)
        gender = words.gender_words.get(head)
        for s in reversed(self.memory.last(pos, 12)):
            if s.sentence < first:
                break
            if s.quoted or s.actor.kind != "person":
                continue
            if s.sentence == here:
                return None  # "Brown said the suspect told": someone else
            if (self._subject(s) or self._honoured_subject(s)) \
                    and not _THE_BEFORE.search(self.text, max(0, s.pos - 4), s.pos) \
                    and not _PRONOUN_AT.match(self.text, s.pos):
                # a name, not a pronoun (its own reading may be wrong) nor a name as a
                # modifier ("The Trump presidency made ...")
                a = s.actor
                other = a.role is not None and a.role.lower().split()[-1] != head
                return a if " " in a.name and not other and not (
                    gender and self.gender.get(a.name) not in (None, gender)) \
                    and not _introduced_as(the.split()[-1]).search(self.text, 0, pos) \
                    and not self._described_so(head) else None
        return None

    def _honoured_subject(self, s: Seen) -> bool:
        """Tell whether a person seen opens its sentence after an honorific the mention left
        out ("Dr. Ann Vale sued the city", "Ms. Rita Vale left"): its subject, as
        ``_subject`` tells for a name with nothing before it."""
        if s.possessive or not 0 <= s.sentence < len(self.sentences):
            return False
        m = _HONORIFIC_BEFORE.search(self.text, max(0, s.pos - _HONORIFIC_REACH), s.pos)
        return m is not None and m["word"].lower() in self.knowledge.words.honorifics \
            and bool(_SENTENCE_OPENING.fullmatch(self.text, self.sentences[s.sentence][0],
                                                 m.start()))

    def _agent_noun(self, head: str) -> bool:
        """Tell whether a singular head noun is one person by an ending that seldom ends
        anything else (``Words.one_person_endings``): "immunologist", "pediatrician",
        "comedian", whose plural ``Words.people`` misses where the stem is a rare word."""
        return head.isalpha() and len(head) >= _AGENT_NOUN_LETTERS \
            and head.endswith(tuple(self.knowledge.words.one_person_endings))

    def _described_so(self, head: str) -> bool:
        """Tell whether the article gives someone a role or a description with this head
        noun ("Ann Roe, the city treasurer", "comedian Ann Cole"): the steps that read them
        decide whom a description with that head names, or that it names no one sure."""
        return bool(self._described_as(head)) or self.memory.role_seen(head)

    def _owner(self, mention: str, head: str, pos: int, content: tuple[Span, ...]
               ) -> Actor | None:
        """Give the person "his office" speaks for: whom the pronoun stands for, as "Smith's
        office" is Smith; and the organisation "her campaign" or "his administration" is,
        named for that person ("Clinton campaign", ``Words.name_echoes``)."""
        words = mention.lower().split()
        if len(words) != 2 or words[0] not in _POSSESSIVE_PRONOUNS:
            return None
        if head not in self.knowledge.words.name_echoes:
            return self._pronoun(words[0], pos, content) \
                if head in self.knowledge.words.owned_bodies else None
        # "her campaign" is the campaign named for her ("Clinton campaign"), not her
        person = self._pronoun(words[0], pos, content)
        want = self.knowledge.words.pronoun_genders.get(words[0])
        if person is None or person.kind != "person" or self.gender.get(person.name) != want:
            return None  # only someone of that gender for sure ("her" is no Chris Wallace)
        body = self.read(f"{surname_word(person.name)} {head}").actor
        return body if body is not None and body.kind == "organisation" else None

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
        none). None where the nearest subject is a person or another body ("Harbor TV aired
        it. Tom Reyes objected. The network said": no guess), or the outlet is named only in
        passing ("told Harbor TV", "hosted by Harbor TV"). With other ``kinds`` and ``back``,
        a body of those kinds so named ("its plank": ``_owned_document``)."""
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

    def _description(self, reading: Reading, mention: str) -> Actor:
        """Name an actor by its description where the article names no one it can be."""
        words = self.knowledge.words
        head = reading.head or ""
        organisation = head in words.org_heads or head in words.org_descriptions
        mention = author_words(mention, self.knowledge) or as_definite(mention, self.knowledge)
        return Actor(describe(without_openers(mention, self.knowledge)),
                     "organisation" if organisation else "unknown",
                     words.org_heads.get(head, "unknown"), None, None, reading.country,
                     reading.party)

    def _named_together(self, group: Actor, pos: int) -> Actor | None:
        """Give the people named together before pos that a definite plural description
        stands for: "Sens. Ana Ruiz and Tom Reyes wrote ... the senators said", "a study by
        Ana Ruiz and Tom Reyes ... the study's authors wrote" (legislators for a legislative
        word, anyone for another); the nearest such pair within the last few actors, and where
        the description states a count, a group of that many ("the 16 senators" are no three
        named before)."""
        head = group.name.lower().split()[-1]
        alone = _few_alone(group.name)
        if alone:
            head = "people"  # "the two", "both": people of no stated kind
        legislative = head in self.knowledge.words.legislative
        stated = _stated_count(group.name)
        counted = stated is not None and self._people_noun(head)
        if not legislative and head not in self.knowledge.words.named_authors and not counted:
            return None  # "the strategists", "the bill's opponents": no one named as such
        for s in reversed(self.memory.last(pos, 8)):
            a = s.actor
            if counted and not legislative and not s.quoted and " and " not in a.name \
                    and a.kind in ("group", "anonymous"):
                return None  # "Ana Ruiz and Tom Reyes ... two reporters ... the two reporters"
            if a.kind != "group" or " and " not in a.name or s.quoted \
                    or not all(w[:1].isupper() for w in a.name.split(" and ")) \
                    or stated not in (None, _member_count(a.name)):
                continue
            if legislative and (a.type == "legislator" or self._titled_plural(s.pos)):
                return replace(a, type="legislator")
            if not legislative and re.search(r"\bby\s+$", self.text[max(0, s.pos - 12):s.pos]):
                return a  # "a study by Ana Ruiz and Tom Reyes ... the authors wrote"
            if alone and _COUNT_NAMED.search(self.text, s.pos, pos):
                return None  # "Ana Ruiz and Tom Reyes ... two reporters ... the two said"
            if counted and not legislative:
                return a  # "Ana Ruiz and Tom Reyes ... the two commissioners wrote"
        return None

    def _people_noun(self, low: str) -> bool:
        """Tell whether a lower-case plural noun names people of no stated gender: a group
        head or an agent noun ("farmers"), "people", or the plural of a title, a staff word or
        a relation ("commissioners", "aides", "partners"); not "men", "sisters"."""
        words = self.knowledge.words
        if words.gender_words.get(low[:-1]) or low in ("men", "women"):
            return False  # "the two women": no pair named of whom the gender is unknown
        return words.people(low) or low in _PLURAL_PEOPLE or (
            low.endswith("s") and self._person_word(low[:-1]))

    def _titled_plural(self, pos: int) -> bool:
        """Tell whether a legislator's title in the plural opens the text at pos: "Sens.
        Ana Ruiz and Tom Reyes", "Reps. ...", "Senators ..." (the title is both people's)."""
        before, at = self.text[max(0, pos - 12):pos].split(), self.text[pos:pos + 12].split()
        titles = self.knowledge.titles
        for word in (before[-1:] + at[:1]):
            low = word.lower().rstrip(".")
            if low.endswith("s") and "legislator" in (titles.get(low[:-1]),
                                                       titles.get(f"{low[:-1]}.")):
                return True
        return False

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
        """Give the organisation a bare description ("the group") stands for where none it
        fits was noted: the nearest one its sentence or the two before name in passing, read
        from their capitalised runs outside quotation marks ("Members of the Harbor Freedom
        Caucus sent a letter. 'The deal is bad,' the group wrote"; names are noted for the
        people and bodies the knowledge or a description shows, not for every name)."""
        types = self.knowledge.words.org_descriptions.get(head)
        if types is None or types == "media" or mention.lower() != f"the {head}":
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
        return None

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

    def _bare_name(self, word: str, country: str | None, pos: int = -1) -> Actor | None:
        """A one-word name nobody in the article has: a person by that surname, unless the
        article writes the word in lower case too ("Polls said" where "the polls" stands
        elsewhere): then a common noun capitalised at the start of a sentence. A common
        English word opening a sentence or clause that the article never writes as a name
        (mid-sentence, after "Mr." or a given name) is no one: "Additionally, it says",
        "Even though ..., saying". A name the article uses as an organisation's and never as a
        person's is that organisation ("Zentrix Inc. ... Zentrix said": _used_as_organisation)."""
        low = word.lower()
        if low not in self.knowledge.given_names and low != word and (
                self._has_word(low) or (low.endswith("s") and self._has_word(low[:-1]))):
            return Actor(word, "group" if low.endswith("s") else "unknown", "unknown", None,
                         None, country)
        if pos >= 0 and self._people_opener(word, pos):
            return Actor(word, "group", "unknown", None, None, country)
        if pos >= 0 and self._opener_word(word, pos):
            return None
        return self._used_as_organisation(word) or Actor(word, "person", "unknown", None, None,
                                                         country)

    def _people_opener(self, word: str, pos: int) -> bool:
        """Tell whether a capitalised group head opens a sentence or clause at pos and is
        written nowhere in the article as a name: "Politicians reason", "Cops say", also an
        agent noun by its ending or a person noun's plural ("Farmers complain", "Nurses
        warned"), unless what it is the plural of is a given name: "Summers", "Walters" and
        "Rogers" may be surnames."""
        low, words = word.lower(), self.knowledge.words
        if word != low.capitalize() or is_table_surname(low):
            return False
        plural = (words.people(low) or low[:-1] in words.person_nouns) \
            and low[:-1] not in self.knowledge.given_names
        if low not in words.group_heads and not plural:
            return False
        return self._opener_word(word, pos, common=False)

    def _opener_word(self, word: str, pos: int, common: bool = True) -> bool:
        """Tell whether a capitalised common English word at pos opens a sentence or clause
        and is written nowhere in the article as a name, that is, capitalised after another
        word ("Tom Banner", "Mr. Banner", "told Banner")."""
        text, words = self.text, self.knowledge.words
        short = words.honorifics | {a.rstrip(".") for a in words.title_abbreviations}
        if not (0 <= pos < len(text) and text.startswith(word, pos) and _opens(text, pos, short)):
            return False
        low = word.lower()
        if low in words.wordlike_names or (common and not _common_word(low)) \
                or is_table_surname(low):
            return False
        return not any(not _opens(text, at, short) for at in self._positions(word))

    def _has_word(self, low: str) -> bool:
        """Tell whether the text holds a word whole, as ``re.search(r"\\bword\\b")`` would
        find it; the text's words are indexed once, so that a long article is not scanned
        again for each bare name (that made analysis quadratic in an article's length)."""
        if not _WORD_RUN.fullmatch(low):
            return self._has_run(low)
        if self._words is None:
            self._words = frozenset(_WORD_RUN.findall(self.text))
        return low in self._words

    def _has_run(self, low: str) -> bool:
        """Tell whether the text holds a string that is no single word run ("o'brien") whole,
        as ``re.search(r"\\bstring\\b")`` would find it: the pattern is tried only where the
        string stands (a leading ``\\b`` spares ``re`` no position), once per string."""
        found = self._runs_found.get(low)
        if found is None:
            whole = re.compile(rf"\b{re.escape(low)}\b")
            at = self.text.find(low)
            while at >= 0 and whole.match(self.text, at) is None:
                at = self.text.find(low, at + 1)
            found = self._runs_found[low] = at >= 0
        return found

    def _positions(self, word: str) -> list[int]:
        """Give where a word stands in the text with no word character, apostrophe or hyphen
        either side, from an index of the text made once (see ``_has_word``)."""
        if not _NAME_RUN.fullmatch(word):
            return [m.start() for m in re.finditer(
                rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", self.text)]
        if self._runs is None:
            alone = self._runs_alone.get(word)
            if alone is None and len(self._runs_alone) < _RUNS_FOUND_ALONE:
                alone = self._runs_alone[word] = self._stands_alone(word)
            if alone is not None:
                return alone
            runs: dict[str, list[int]] = {}
            for m in _NAME_RUN.finditer(self.text):
                runs.setdefault(m.group(), []).append(m.start())
            self._runs = runs
        return self._runs.get(word, [])

    def _stands_alone(self, word: str) -> list[int]:
        """Give where a name-shaped word stands as a whole run of ``_NAME_RUN``, as the index
        in ``_positions`` gives it, by finding the word as a string: where an article asks
        about few words, this costs a small part of indexing every word of it."""
        text, out, end = self.text, [], len(word)
        at = text.find(word)
        while at >= 0:
            if not (at and _NAME_CHARACTER.match(text, at - 1)) \
                    and not _NAME_CHARACTER.match(text, at + end):
                out.append(at)
            at = text.find(word, at + 1)
        return out

    def _by_given_name(self, name: str, pos: int) -> Actor | None:
        """A given name alone is the person the article named in full with it, when no one
        has it as a surname: "Julie Marsh runs the shelter ... Julie said", "Litvinenko's
        widow, Marina, said"; a word that is no given name, the one person named in full
        with it first."""
        if name.lower() not in self.knowledge.given_names:
            # a family name written first: "Kim Jong Un ... Kim said", "Moon Jae-in ... Moon"
            return self.memory.only_by_first_word(name)
        # at pos too: the relative a given name alone names in full ("Litvinenko's widow,
        # Marina, said" is Marina Litvinenko, read at "Marina")
        person = self.memory.last_by_given_name(name, pos + 1)
        if person is not None:
            self.memory.kin_named.add(person.name)  # "Hale says" is not "Jonah" Hale
        return person

    def _with_suffix_after(self, actor: Actor, end: int) -> Actor:
        """Give a person named in full the generational suffix set off by a comma right
        after the mention: "said Amos Tillery, Jr., on Monday" is Amos Tillery Jr."""
        m = _SUFFIX_AFTER.match(self.text, end, min(len(self.text), end + 8))
        if m is None or " " not in actor.name or written_suffix(actor.name) != actor.name \
                or surname_word(actor.name) != actor.name.split()[-1]:
            return actor
        return replace(actor, name=written_suffix(f"{actor.name} {m['suffix']}"))

    def _misspelt(self, word: str, fits: Fits | None = None) -> Actor | None:
        """A lone surname no one has is the one person named in full whose surname it
        misspells ("Schalfly" for Phyllis Schlafly), unless it is a given name, a common
        word or an official's surname of its own ("Warner" is not Warren); whose accents
        alone differ, always ("Velazquez" for Nydia Velázquez); of those ``fits`` takes."""
        if (same := self.memory.misspelt_person(word, True, fits)) is not None:
            return same
        low = word.lower()
        if low in self.knowledge.given_names or _common_word(low) or is_table_surname(low):
            return None
        return self.memory.misspelt_person(word, fits=fits)

    def said_gender(self, name: str) -> str | None:
        """Give a person's gender where the article or the office-holder tables say it (a
        "Ms." or "spokeswoman", a table row, a "he" or "she" bound to them); a given name
        alone says none here."""
        if self._gender_source.get(name, -1) >= _TABLE:
            return self.gender[name]
        return self._bound.get(name)

    def of_gender(self, gender: str | None) -> Fits | None:
        """Give the test a person must pass to be whom an honorific of this gender names:
        "Ms. Johnson" is no one the article or the tables call a man ("President Lyndon
        Johnson ... his daughter Luci Baines Johnson ... Ms. Johnson said" is the daughter),
        "Mr. Obama" no woman; None where the honorific says no gender."""
        if gender is None:
            return None
        return lambda a: self.said_gender(a.name) in (None, gender)

    def last_of_gender(self, surname: str, pos: int, gender: str | None) -> Actor | None:
        """Give the last person with this surname before pos whom an honorific of this
        gender can name: one the article or the tables give that gender first, else one
        they give none ("Sen. Barack Obama ... Michelle Obama ... Mr. Obama" is the
        senator, "Mrs. Obama" is Michelle Obama)."""
        if gender is None:
            return self.memory.last_person(surname, pos)
        return self.memory.last_person(surname, pos, lambda a: self.said_gender(a.name) == gender) \
            or self.memory.last_person(surname, pos, lambda a: self.said_gender(a.name) is None)

    def with_party_after(self, actor: Actor, end: int) -> Actor:
        """Take a party from a tag or name right after a person's mention ("Pelosi, D-Calif.")."""
        if actor.kind != "person" or actor.party or not self.text:
            return actor
        m = _TRAILING_PARTY.match(self.text, end, min(len(self.text), end + 60))
        if not m:
            return actor
        if m["tag"]:
            party = self.knowledge.party_tags.get(m["tag"].lower())
        else:
            party = self.knowledge.parties.get(m["party"].lower())
        if party is None:
            return actor
        return replace(actor, party=party.name, country=actor.country or party.country)

    def _fits(self, s: Seen, want: str, gender: str | None, subject: bool = False) -> bool:
        kind = s.actor.kind
        if want == "person":
            if kind in ("anonymous", "unknown"):
                return s.speaker and self._one_unnamed(s.actor.name, kind, gender, subject)
            # a person of no known gender who took a "she" before takes no "he" (and the
            # reverse): "Deja Stewart ... she called him ... He plans" is not Stewart
            name = s.actor.name
            return kind == "person" and (gender is None or (
                self.gender.get(name) or self._bound.get(name)) in (None, gender))
        # a speaker of no known kind is a thing or a group by its number: "the hospital
        # said ... it said", "His relatives said ... they said"
        plural = s.actor.name.endswith("s")
        if want == "organisation":
            return kind in BODIES or (
                kind == "unknown" and s.speaker and not plural)
        return kind in ("group", "organisation") or (
            kind in ("anonymous", "unknown") and plural and (kind != "unknown" or s.speaker))

    def _fitting(self, s: Seen, want: str, gender: str | None,
                 subject: bool = False) -> Seen | None:
        """Give an actor seen where a pronoun can point to it; a bare surname of one person
        that the pronoun's gender does not fit stands for another person of that surname who
        fits ("Bill Clinton ... Hillary Clinton ... Clinton set out to prove ... She" is
        Hillary Clinton); None where no one fits."""
        if self._fits(s, want, gender, subject):
            return s
        name = s.actor.name
        if gender is None or s.said or s.actor.kind != "person" or " " not in name \
                or not self.text.startswith(surname_word(name), s.pos):
            return None
        for a in self.memory.people(surname_word(name), s.pos):
            other = replace(s, actor=a)
            if a.name != name and " " in a.name and self._fits(other, want, gender):
                return other
        return None

    def _one_unnamed(self, name: str, kind: str, gender: str | None,
                     subject: bool = False) -> bool:
        """Tell whether an unnamed speaker is one person a "he" or "she" of this gender can
        be: "A witness told the station he saw two men. 'We heard shots,' he said" (not
        "witnesses", "officials", "people"; not a "spokeswoman" for a "he"; of no known kind,
        only a noun for a person: not "the report"; never capitalised words, a name's
        remnant: "Reason Editor" of "Reason Editor in Chief Ann Roe"; not "a woman in the
        crowd" for a "he"); for a ``subject`` he or she, also one described by any other noun
        for a person (``_described_one``)."""
        if not name[:1].islower():
            return False
        words = self.knowledge.words
        last = name.split()[-1].lower()
        someone = kind == "anonymous" or last in words.anonymous_heads \
            or last in self.knowledge.titles or _one_of_people(last, words) \
            or (subject and self._described_one(name))
        # the words before a preposition say the gender: "a woman in the crowd" is no "he"
        low = name.lower().split()
        head = low[:next((n for n, w in enumerate(low) if n and w in words.prepositions),
                         len(low))]
        said = {words.gender_words[w] for w in head if w in words.gender_words}
        return someone and not _plural(last, words) \
            and words.gender_words.get(last, gender) == gender and said <= {gender}

    def _described_one(self, name: str) -> bool:
        """Tell whether an unnamed speaker's lower-case words describe one person by a noun
        a description's head may be (``_person_head``): "'We are safe,' said a paramedic.
        ... 'It is over,' he added" (a "he" or "she" that speaks is that paramedic); not one
        owned, whom the article often names beside ("her son Tom Reyes"), nor one of
        something ("the founder of the group", "the account of the president's son")."""
        words = name.split()
        return " of " not in name and words[0] not in self.knowledge.words.pronoun_kinds \
            and self._person_head(words[-1].lower())

    def _pronoun(self, pronoun: str, pos: int, content: tuple[Span, ...] = (),
                 hops: int = 0) -> Actor | None:
        want = self.knowledge.words.pronoun_kinds[pronoun]
        gender = self.knowledge.words.pronoun_genders.get(pronoun)
        subject = pronoun.lower() in self.knowledge.words.person_subjects
        here = self.sentence_of(pos)
        if self.sentences:
            for n in range(here, max(-1, here - WINDOW - 1), -1):
                if gender and hops < _CHAIN and (opener := self._opening_pronoun(n, pos, gender)):
                    # "He now expects ..., shorter than it took Obama. He also said": the
                    # sentence's own subject, not a name inside it
                    bound = [s for s in self.memory.between(opener, opener + 1)
                             if self._fits(s, want, gender, subject)]
                    return bound[0].actor if bound else \
                        self._pronoun(pronoun, opener, (), hops + 1)
                pool = self._sentence_pool(n, pos, want, gender, content, subject)
                if n != here and len(pool) > 1:
                    pool = self._main_clause_pool(n, pool)
                if pool and n == here and all(s.possessive for s in pool):
                    # "Ann Roe's comments follow Tom Reyes's remarks, when he said": the
                    # owner nearest before, as _owner_of_thing takes
                    return pool[-1].actor
                reported = n == here and self._reported_before(n, pos)
                if pool and want == "plural" and here - 2 <= n and not reported \
                        and all(s.actor.kind in BODIES for s in pool) \
                        and (group := self._plural_subject(n, pos)):
                    # "Senate Republicans have refused to act. They say", "Opponents of the
                    # EPA rules argued ...": people the sentence opens with, not a body it
                    # names in or after them
                    return group
                if (people := _people_back(pool, want, here - n)) is None:
                    return None  # "they" after a sentence far back that names bodies only
                if people:
                    return self._nearest(people, gender, n != here).actor
                if n == here and want == "person" and (owner := self._owner_of_thing(pronoun, pos)):
                    return owner  # "Trump's decision marked a change from when he vowed"
                if want == "plural" and here - 2 <= n and not reported \
                        and (group := self._plural_subject(n, pos)):
                    return group  # "Top officials on Monday expressed optimism. They said"
                if want == "person" and here - 1 <= n \
                        and (described := self._described_person(n, pos, gender)
                             or self._oblique_person(n, pos, gender, content)):
                    return described  # "A senior official briefed reporters. She said"
        # no sentences known, or nothing near: the last speakers, then anyone named
        for pool in (self.memory.last_speakers(pos, 3), self.memory.last(pos, 6)):
            for s in reversed(pool):
                if not s.quoted and not s.modifier and not (s.possessive and s.oblique) \
                        and self._fits(s, want, gender, subject) \
                        and not self._addressed(s.actor, want, pos) \
                        and not _within(s.pos, content) and not self._credited(s):
                    # a body that far back is no "they" (``_people_back``), nor is anyone
                    # before it
                    return None if want == "plural" and s.actor.kind in BODIES else s.actor
        return None

    def owns_someone(self, end: int) -> bool:
        """Tell whether a name in the possessive that ends at end owns a person, named by one
        of the lower-case words right after it: "Coffman's wife", "Sam Cole's former lawyer",
        "Obama's aides" (a "he" or "she" after is that person, not the owner); not "Coffman's
        legislation would", "Trump's response was"."""
        m = _OWNED_WORDS.match(self.text, end)
        return m is not None and any(self._person_word(w) for w in m.group().split())

    def _person_word(self, low: str) -> bool:
        """Tell whether a word names a person or people one owns: a relation ("wife"), staff
        ("lawyer"), a title ("chief"), a group ("aides", "supporters")."""
        words = self.knowledge.words
        return low in words.relations or low in words.staff or low in self.knowledge.titles \
            or low in words.group_heads

    def _owner_of_someone(self, pos: int) -> bool:
        """Tell whether the name in the possessive seen at pos owns a person (``owns_someone``)."""
        m = _POSSESSIVE_AFTER.search(self.text, pos, pos + _NAME_REACH)
        return m is not None and self.owns_someone(m.end())

    def _sentence_pool(self, n: int, pos: int, want: str, gender: str | None,
                       content: tuple[Span, ...], subject: bool) -> list[Seen]:
        """Give the actors sentence n names before pos that a pronoun can point to: not in
        quotation marks, after a preposition, in the speaker's words or a picture's credit;
        for a ``subject`` he or she, no name in the possessive that owns a person ("Sam
        Cole's lawyer answered. '...,' he said" is the lawyer; "his office" after "Sam
        Cole's aides" is still Cole's); no name in the possessive where a "he" or "she" opens
        the sentence ("He is praised ... despite Trump's efforts": Trump is not its subject);
        for a ``subject``, an unnamed speaker described as one person (``_described_one``)."""
        pool = [f for s in self.memory.in_sentence(n, pos) if not s.quoted and not s.modifier
                and (not s.oblique or self._source_of_words(s))
                and not _within(s.pos, content) and not self._credited(s)
                and not (subject and s.possessive and self._owner_of_someone(s.pos))
                and (f := self._fitting(s, want, gender, subject))
                and not self._addressed(f.actor, want, pos)]
        if gender and any(s.possessive for s in pool):
            start = self.sentences[n][0]
            he = next((m.start() for m in _HE_OR_SHE.finditer(self.text, start, pos)
                       if self.knowledge.words.pronoun_genders.get(m[0].lower()) == gender
                       and not self._in_quote(m.start())), None)
            if he is not None:
                return [s for s in pool if not s.possessive or s.pos < he]
        return pool

    def _fronts(self, low: str) -> bool:
        """Tell whether a lower-case word may open an adverbial set off before a sentence's
        main clause: a preposition, a subordinator or one of _FRONTING_WORDS ("To Ann Roe, the
        plan seemed ...", "According to ...": her view, not an adverbial)."""
        words = self.knowledge.words
        return low not in ("to", "according") and (
            low in words.prepositions or low in words.subordinators or low in _FRONTING_WORDS)

    def _main_clause_pool(self, n: int, pool: list[Seen]) -> list[Seen]:
        """Give the actors of a sentence before the pronoun's that stand in its main clause,
        where it opens with an adverbial clause or phrase set off by a comma and names someone
        who fits on both sides: "Despite Cole's pressure to finish, Tom Reyes has refused. “…,”
        he told reporters" is Reyes, the subject, not Cole; the pool as it is otherwise."""
        start, end = self.sentences[n]
        m = _FRONTED.match(self.text, start, end)
        if m is None or not self._fronts(m["w"].lower()):
            return pool
        after = [s for s in pool if s.pos >= m.end()]
        if not after or len(after) == len(pool) \
                or not _SUBJECT_GAP.fullmatch(self.text, m.end(), after[0].pos):
            return pool
        # the main clause's subject right after the comma, then its verb: not a list's next
        # item ("While Reyes courts leaders like Cole, Vale and Pike, he ...")
        verb = _SUBJECT_THEN_WORD.match(self.text, after[0].pos)
        return after if verb is not None and verb["w"] not in ("and", "or") else pool

    def _source_of_words(self, s: Seen) -> bool:
        """Tell whether a person seen after a preposition is the speaker of the words
        "according to" gives them, named by a given name and a surname ("The river is low,
        according to Tom Reyes, a hydrologist ... “…,” he said"): whose words those are,
        not a name in passing."""
        return s.speaker and s.actor.kind == "person" and self._full_name(s.actor.name) \
            and _ACCORDING_BEFORE.search(self.text, max(0, s.pos - 14), s.pos) is not None

    def _opening_pronoun(self, n: int, pos: int, gender: str) -> int | None:
        """Give where a "he" or "she" of this gender opens sentence n as its subject, before
        pos and outside quotation marks, where no one the sentence names stands before it."""
        s, e = self.sentences[n]
        m = _OPENING_PRONOUN.match(self.text, s, min(e, pos))
        if m is None or m.start("p") >= pos or self._in_quote(m.start("p")) \
                or self.knowledge.words.pronoun_genders.get(m["p"].lower()) != gender:
            return None
        return m.start("p")

    def _plural_subject(self, n: int, pos: int) -> Actor | None:
        """Give the group a sentence opens with as its subject (before pos): "Top U.S.
        officials on Monday expressed optimism", "Many Democrats agreed", "But state
        officials would not"; a capital after an opener is the word's own ("For their part,
        Obama and Democrats")."""
        s, e = self.sentences[n]
        m = _PLURAL_SUBJECT.match(self.text, s, min(e, pos))
        if m is None:
            return None
        words = self.knowledge.words
        if m["past"] and not words.past_form(m["past"]) and not self._plain_verb(m["past"]) \
                and not (m["aux"] in ("are", "were") and m["past"].endswith("ing")):
            return None  # no verb: "Almost 200 players from 16 clubs" ("are defending" is)
        if any(w.lower().strip("’'") in words.settings or w.lower() in words.documents
               for w in m["np"].split()):
            return None  # no people: "Romney's remarks to supporters at the plant didn't"
        if self._addressed_after(m["head"], pos):
            return None  # "Prosecutors continue ... They told prosecutors": not those
        np = without_openers(m["np"], self.knowledge)  # "Just as Republicans have"
        first, *rest = np.split()
        if first.lower() in _CLAUSE_SUBJECTS and rest \
                and words.s_form(rest[0].lower()):
            return None  # "That suggests Democrats will": a clause's subject and its verb
        if " " in np and not self._proper_word(first) and m["opener"] is None \
                and not self._capitalised_within(first):
            np = np[0].lower() + np[1:]  # "Top officials": the capital only opens the sentence
        actor = self.read(np).actor
        if actor is None or actor.kind not in ("group", "anonymous") \
                or (not actor.name.endswith("s") and m["head"] not in actor.name.split()):
            return None
        self.note(m.end("np") - len(np), actor, mention=np)
        return actor

    def _addressed(self, actor: Actor, want: str, pos: int) -> bool:
        """Tell whether people a "they" at pos might stand for are the object of its verb
        (``_addressed_after``): "They told prosecutors" is no prosecutors."""
        return want == "plural" and actor.kind in ("group", "anonymous") \
            and self._addressed_after(actor.name.split()[-1], pos)

    def _addressed_after(self, head: str, pos: int) -> bool:
        """Tell whether the verb after a pronoun at pos takes as its object the people a
        plural noun names, so that they are not whom the pronoun stands for: "They told
        prosecutors", "they warned the senators" (not "they call themselves socialists")."""
        m = _PRONOUN_VERB_OBJECT.match(self.text, pos)
        return m is not None and m["object"].lower() == head.lower()

    def _plain_verb(self, low: str) -> bool:
        """Tell whether a lower-case word after a plural subject may be its verb in the
        present, the plain form: "oppose", "face", "support" ("Dairy farmers face ruin"); not
        an -s, -ing or -ly form, nor a preposition, adverb or other word that opens a phrase
        ("across", "near", "there", "now")."""
        words = self.knowledge.words
        return not (words.s_form(low) or low.endswith(("ing", "ly")) or low in words.openers
                    or low in words.prepositions or words.links_clauses(low)
                    or words.time_word(low) or low in words.determiners
                    or low in words.number_words or low in words.pronouns)

    def _reported_before(self, n: int, pos: int) -> bool:
        """Tell whether a pronoun at pos follows a comma that ends a main clause sentence n
        opens with, whose words the pronoun's cue reports ("These leaders don't face the
        same pressures, they note": not the leaders); not after a clause a subordinator
        opens ("While some Republicans sounded calm, they said")."""
        if not self.text[max(0, pos - 4):pos].rstrip().endswith(","):
            return False
        first = self.text[self.sentences[n][0]:pos].split(None, 1)
        word = first[0].strip("\"“‘'(").lower() if first else ""
        # "Only a few negotiators see a deal, they said": a focusing word opens no clause
        return bool(first) and (word not in self.knowledge.words.mention_openers
                                or word in _FOCUSING_WORDS)

    def _capitalised_within(self, word: str) -> bool:
        """Tell whether a capitalised word's capital is its own: one inside it
        ("Ocasio-Cortez", "McCain"), or the article writes it within a sentence ("Obama" in
        "For their part, Obama and Democrats"), where no full stop, question or exclamation
        mark, quotation mark or line stands before it."""
        return any(c.isupper() for c in word[1:]) or any(
            p > 0 and self.text[max(0, p - 8):p].rstrip(" \t")[-1:] not in _SENTENCE_ENDS
            for p in self._positions(word))

    def _oblique_person(self, n: int, pos: int, gender: str | None,
                        content: tuple[Span, ...]) -> Actor | None:
        """Give the one person sentence n names in full after a preposition (before pos),
        where it names no other person, and none that a "he" or "she" fits
        (``_sentence_pool`` found none): "The case is summed up by Tom Reyes, a columnist.
        He begins", "The paper spoke with Chief Deputy Tom Reyes. “…,” he said", "Voters
        agreed with Ann Roe when she said". None where a pronoun of the gender in the
        sentence stands for someone before ("On Monday, he met with Tom Reyes", "her
        disdain for Ann Roe"), nor for one of two, one named by a surname alone or not alone
        (``_full_and_alone``), one in an adverbial set
        off before the main clause ("Of Pratt, he said", "In a letter to Tom Reyes, the
        agency said"), nor in the pronoun's own sentence where a comma or dash stands
        between ("Forces loyal to Tom Reyes will win, he said": the words he reports)."""
        start, end = self.sentences[n]
        m = _FRONTED.match(self.text, start, end)
        main = m.end() if m is not None and self._fronts(m["w"].lower()) else start
        seen = [s for s in self.memory.in_sentence(n, pos) if s.actor.kind == "person"
                and not (s.quoted or s.modifier or _within(s.pos, content))]
        named = {s.actor: s for s in seen if not self._credited(s)}
        if len(named) != 1 or any(not s.oblique for s in seen) or any(
                self.knowledge.words.pronoun_genders.get(w[0].lower()) == gender
                and not self._in_quote(w.start())
                for w in _GENDERED_PRONOUN.finditer(self.text, start, pos)):
            return None
        actor, s = named.popitem()
        if " " not in actor.name or s.pos < main or s.possessive \
                or not self._full_and_alone(s.pos, surname_word(actor.name)) \
                or (n == self.sentence_of(pos) and _SET_OFF.search(self.text, s.pos, pos)):
            return None
        return actor if self._fits(s, "person", gender) else None

    def _full_and_alone(self, pos: int, surname: str) -> bool:
        """Tell whether a name seen at pos is written in full, not by its surname alone, and
        stands alone: no capitalised word runs it on into another's name ("George Mason
        University"), it is no one of a pair ("by Tom Reyes and the new left"), nor the
        subject of a verb in -ing ("with Tom Reyes nastily declaring")."""
        if self.text.startswith(surname, pos):
            return False
        at = self.text.find(surname, pos, pos + _NAME_REACH)
        return at >= 0 and not _RUN_ON.match(self.text, at + len(surname))

    def _described_person(self, n: int, pos: int, gender: str | None) -> Actor | None:
        """Give the one unnamed person a sentence (before pos) describes as its subject, or
        as whom its subject asked: "A senior official briefed reporters", "I once asked the
        city's police commissioner whether ..." (a "he" or "she" right after is that person,
        where the sentence names no one)."""
        s, e = self.sentences[n]
        found = [(m.start("np"), np) for m in _DESCRIBED.finditer(self.text, s, min(e, pos))
                 if (m.start("np") == s or m["asked"])
                 and (np := self._description_of(m["np"], m["rest"], gender))]
        if len(found) != 1:
            return None
        at, np = found[0]
        reading = self.read(np)
        actor = reading.actor
        if actor is None and reading.head:
            actor = self._definite(reading.head, reading.country, reading.party, pos) \
                or self._description(reading, np)
        if actor is None or actor.kind not in ("anonymous", "unknown", "person"):
            return None
        self.note(at, actor, mention=np)
        return actor

    def _description_of(self, opener: str, rest: str, gender: str | None) -> str | None:
        """Give the words of a description up to its first head that names one person of
        that gender ("The city's police commissioner", "An elderly woman"), if any."""
        words = self.knowledge.words
        run = rest.split()

        def head(w: str) -> bool:
            return w in self.knowledge.titles or w in words.anonymous_heads

        def person_noun(k: int) -> bool:
            # "A witness who", "A neighbor told": a noun for one person before a relative
            # pronoun or a verb (not "The local government")
            after = run[k + 1] if k + 1 < len(run) else ""
            return _one_of_people(run[k], words) and (
                after in ("", "who", "that") or after in self.knowledge.cues
                or after.endswith("ed"))

        # a relation right after a name in the possessive: "Sam Cole's son" (not "He's the
        # son", nor "The son", which the article names)
        kin = _POSSESSIVE_END.search(opener) is not None \
            and opener.split()[0].lower() not in words.pronouns
        for k, w in enumerate(run):
            if head(w) or person_noun(k) or (kin and k == 0 and w in words.relations):
                while k + 1 < len(run) and head(run[k + 1]):
                    k += 1  # "police commissioner", "executive director"
                w = run[k]
                if _plural(w, words) or words.gender_words.get(w, gender) != gender:
                    return None
                np = " ".join([opener, *run[:k + 1]])
                return np[0].lower() + np[1:] if opener in ("The", "A", "An", "One") else np
        return None

    def _proper_word(self, word: str) -> bool:
        """Tell whether a capitalised word opening a sentence keeps its capital anywhere: an
        acronym, a legislature ("House Republicans"), a place, country, demonym or party
        ("Iranian officials", "Democratic leaders")."""
        k, low = self.knowledge, word.lower()
        return word.isupper() or low in k.words.legislative or low in k.places \
            or low in k.countries or low in k.demonyms or low in k.parties

    def _nearest(self, pool: list[Seen], gender: str | None, before: bool = False) -> Seen:
        """Choose what a pronoun points to among the fitting actors of one sentence: the last
        speaker, else the first named of those known to have its gender ("Judge Zorbu Dale
        met Tom Reyes" -> he is Reyes), else the first named that is no verb's object; a
        name in the possessive only where the sentence names no one else who fits."""
        # a person named in an aside is no antecedent where the sentence names another
        pool = [s for s in pool if not self._in_aside(s.pos)] or pool
        if gender and any(s.actor.kind == "person" and self.gender.get(s.actor.name) == gender
                          for s in pool):
            # one described by a noun of no gender (``_described_one``) yields to a person
            # known to have the pronoun's: "When the clerk told Ann Roe the news, she said"
            pool = [s for s in pool if s.actor.kind not in ("anonymous", "unknown")
                    or self._one_unnamed(s.actor.name, s.actor.kind, gender)]
        speakers = [s for s in pool if s.speaker]
        if speakers:
            # in a sentence before the pronoun's, one quoted in a clause of its subject's
            # yields to that subject (``_quoted_in_passing``)
            if before and self._quoted_in_passing(pool[0], speakers[-1], pool):
                return pool[0]
            return speakers[-1]
        # a name in the possessive is no subject where the one it owns is named after it:
        # "Obama's nominee, John Brennan, has shown ... He claims" is Brennan
        pool = [s for s in pool if not (s.possessive and self._owned_named(s, pool))] or pool
        pool = [s for s in pool if not s.possessive] or pool
        known = [s for s in pool if gender and self.gender.get(s.actor.name) == gender]
        pool = known or pool
        # an object is no subject where one is named: "one Republican who never backed
        # Trump: John Kasich. He issued" is Kasich
        return ([s for s in pool if not s.object] or pool)[0]

    def _quoted_in_passing(self, first: Seen, last: Seen, pool: list[Seen]) -> bool:
        """Tell whether the last speaker a sentence names is quoted in a clause of the person
        it names first, its subject: after a relative pronoun on the subject ("Tom Reyes, who
        Sam Vale once called “a hired gun,” spoke"), after the subject's cue ("Tom Reyes said
        Sam Vale told him the plan was “dead”") or in a relative clause on the subject's
        object ("Tom Reyes called out Sam Vale, who called him “a hired gun”"): a he or she
        in a later sentence is the subject, not the one the subject's sentence quotes."""
        if first.pos >= last.pos or first.actor.name == last.actor.name \
                or first.actor.kind != "person" or last.actor.kind != "person" \
                or first.possessive or first.object or first.oblique or last.quoted:
            return False
        between = self.text[first.pos:last.pos]
        if "\n" in between or _CLAUSE_BREAK.search(between):
            return False
        at_relative = bool(_RELATIVE_AT.match(self.text, last.pos))
        if _RELATIVE_ON_NAME.fullmatch(between) \
                or (at_relative and _NAME_SET_OFF.fullmatch(between)):
            return True  # the speaker right after the relative pronoun, or read at it
        m = _CUE_AFTER_NAME.fullmatch(between)
        if m is not None and m["cue"] in self.knowledge.cues:
            return True
        # a relative clause on the object (the speaker named, or read, at the pronoun): only
        # where the subject speaks in the sentence too, so that it goes on past the clause
        # ("..., who called him “a hired gun,” calling the attack “a smear”"), not where the
        # clause ends it ("Tom Reyes introduced Sam Vale, who said the plan was “good.”")
        on_object = bool(_RELATIVE_AFTER_NAME.match(self.text, last.pos)) \
            or (at_relative and between.rstrip().endswith(","))
        return on_object and any(s.speaker and s.actor.name == first.actor.name for s in pool)

    def _in_credit(self, pos: int) -> bool:
        """Tell whether a mention at pos names a picture's photographer: "REUTERS/Tom Reyes",
        "(Reuters photo: Tom Reyes)", "Tom Reyes/AP"."""
        before, after = _credit_patterns(self.knowledge.words)
        return bool(before.search(self.text, max(0, pos - 30), pos)
                    or after.match(self.text, pos))

    def _credited(self, s: Seen) -> bool:
        """Tell whether a person seen is a picture's photographer (see ``_in_credit``)."""
        return s.actor.kind == "person" and self._in_credit(s.pos)

    def _in_aside(self, pos: int) -> bool:
        """Tell whether a mention at pos names whose words an aside gives, not a subject:
        "what Saul Kline called", "as Dale Voss put it", "according to Forbes"."""
        m = _ASIDE_BEFORE.search(self.text, max(0, pos - 14), pos)
        if m is None:
            return False
        return m[0].lower().startswith("according") \
            or bool(_aside_after(self.knowledge.words).match(self.text, pos))

    def _after_verb(self, pos: int) -> bool:
        """Tell whether a mention at pos stands right after a verb in the past, as its
        object: "who never backed Tom Reyes", "criticized the mayor", "met Ann Cole"."""
        m = _VERB_BEFORE.search(self.text, max(0, pos - 24), pos)
        if m is None:
            return False
        w = m["verb"]
        return w in self.knowledge.words.irregular_past or (
            len(w) > 4 and w.endswith("ed") and w not in self.knowledge.words.aux_passive)

    def _owned_named(self, owner: Seen, pool: list[Seen]) -> bool:
        """Tell whether the person a possessive name owns is named right after it, set off
        by a comma or right after one noun: "Obama's nominee to head the CIA, John Brennan",
        "Sam Cole's lawyer Tom Reyes"."""
        for s in pool:
            if s.pos > owner.pos and not s.possessive:
                return bool(_OWNED_NAMED.match(self.text[owner.pos:s.pos]))
        return False

    def _definite(self, head: str, country: str | None, party: str | None,
                  pos: int, below: bool = False, state: str | None = None) -> Actor | None:
        """Give whom a definite description with this head points to (``below``: its own
        words name a lower rank, "the vice president"; ``state``: the US state it names, "the
        Ohio senator", which no member of Congress of another state is)."""
        if head in self.knowledge.words.party_nouns:
            return self._party_member(head, party, pos, state)
        words = self.knowledge.words
        person = head not in words.org_heads
        kinds = (*BODIES, "person") if person else BODIES
        # "the congresswoman" is a woman named "Rep." before: the title's other name, its gender
        gender = words.gender_words.get(head)
        for s in self.memory.named_by(words.title_abbreviations.get(head, head), pos):
            a = s.actor
            if not s.quoted and a.kind in kinds and self._held_in(a, state) \
                    and (country is None or a.country in (None, country)) \
                    and (a.kind == "person" or _headed_by(a.name, head)) \
                    and (a.kind != "person" or self._lower_rank(a.role, head) == below) \
                    and not (gender and self.gender.get(a.name) not in (None, gender)):
                if a.kind != "person" and a.name[:1].islower() \
                        and (named := self._nearest_organisation_seen(head, pos)) is not None \
                        and named.pos > s.pos and (named.speaker or self._subject(named)):
                    return named.actor  # "the company" left unnamed, then "Acme said ...
                    # the company": Acme, which spoke since
                return a  # "the president" is not the Vice President named last
        if person and (kind := self._one_of_type(head, country, pos, subject=True)):
            return kind  # "the lawmaker": the one legislator named so far
        if person and party:
            # "the presumptive Republican nominee": the last person of that party
            for s in reversed(self.memory.last(pos, 12)):
                if s.actor.kind == "person" and s.actor.party == party and not s.quoted:
                    return s.actor
        if person and party and head in self.knowledge.titles:
            return self._salient_person(head, party, pos)  # "the Democratic nominee"
        return None

    def _last_subject(self, pos: int) -> Actor | None:
        """Give the person who opens the sentence before pos, or pos's own, as its subject,
        outside quotation marks; None where another person is joined to them by "and" ("Sen.
        Ann Cole and Sen. Tom Reyes spoke": both)."""
        first = self._sentences_back(pos, 2)
        seen = self.memory.last(pos, 12)
        for k in range(len(seen) - 1, -1, -1):
            s = seen[k]
            if s.sentence < first:
                break
            if s.quoted or s.actor.kind != "person" or not self._subject(s):
                continue
            after = next((t for t in seen[k + 1:] if t.pos > s.pos and t.actor.kind == "person"
                          and t.actor.name != s.actor.name), None)
            joined = after is not None and after.sentence == s.sentence \
                and _JOINED.fullmatch(self.text, s.pos, after.pos) is not None
            return None if joined else s.actor
        return None

    def _party_member(self, head: str, party: str | None, pos: int,
                      state: str | None = None) -> Actor | None:
        """Give the person "the Ohio Republican" describes: one named by the word before
        ("Republican Sen. Ann Cole"), else the one person just named who can be it."""
        for s in self.memory.named_by(head, pos):
            if s.actor.kind == "person" and not s.quoted and self._held_in(s.actor, state):
                return s.actor
        found = self._salient_person(head, party, pos)
        return found if found is None or self._held_in(found, state) else None

    def _of_state(self, state: str, head: str, party: str | None, pos: int) -> Actor | None:
        """Give the member of Congress of a state a description names ("the Kentucky
        Republican", "the New York senator"): the last person named before pos, outside
        quotation marks, whom the office-holder tables give a seat of that state (of the
        description's party, where it names one). None where the head is no legislator's or
        party's word ("the Ohio governor": the tables hold no governors)."""
        words = self.knowledge.words
        legislator = self.knowledge.titles.get(words.title_abbreviations.get(head, head))
        if head not in words.party_nouns and legislator != "legislator":
            return None
        seen: set[str] = set()
        for s in reversed(self.memory.last(pos, 40)):
            a = s.actor
            if s.quoted or a.kind != "person" or a.name in seen:
                continue
            seen.add(a.name)
            if any(h.state == state and h.type == "legislator"
                   and party in (None, h.party) for h in self._holders_named(a.name)):
                return a
        return None

    def _holders_named(self, name: str) -> list[Holder]:
        """Give the office holders the tables list under a person's name, and the one the
        article's own form of a name was identified as ("Charles E. Schumer")."""
        found = per_table("holders by name", self.roster, _holders_by_name).get(name, [])
        own = self._holder_of.get(name)
        return found if own is None or own in found else [*found, own]

    def _held_in(self, actor: Actor, state: str | None) -> bool:
        """Tell whether a person can be the one a description of a state's member of
        Congress names: no state named, or the tables give them no seat, or one of it."""
        if state is None or actor.kind != "person":
            return True
        states = {h.state for h in self._holders_named(actor.name) if h.state}
        return not states or state in states

    def _salient_person(self, head: str, party: str | None, pos: int) -> Actor | None:
        """Give the one person named in the last three sentences whom a description of a
        person can be ("Senator Pat Grove ... the Ohio Republican", "Romney said ... the
        presumptive nominee said"), where the article names no one of the description's
        type: no other party, type or gender than the description says, and no guess
        between two."""
        type_ = self.knowledge.titles.get(head) or "unknown"
        typed = type_ != "unknown"
        if typed and any(not s.quoted for s in self.memory.of_type(type_, pos)):
            return None  # people of that type are named: the typed rules decided
        gender = self.knowledge.words.gender_words.get(head)
        first = self._sentences_back(pos, 3)
        fits: list[Seen] = []
        for s in reversed(self.memory.last(pos, 12)):
            if s.sentence < first:
                break
            if self._can_be(s, party, typed, gender):
                fits.append(s)
        # a speaker among them first ("In an interview with Ann Lowe, Tom Reyes said")
        names = {s.actor.name for s in fits if s.speaker} or {s.actor.name for s in fits}
        if len(names) != 1:
            return None  # no one, or no guess between two
        return next(s.actor for s in fits if s.actor.name in names)

    def _can_be(self, s: Seen, party: str | None, typed: bool, gender: str | None) -> bool:
        """Tell whether someone seen can be whom a description of a person describes: a
        person or an unnamed source, of no other party, type or gender than it says (a
        person of its party may hold another office: "Sen. Ann Roe ... the GOP nominee")."""
        a = s.actor
        someone = a.kind in ("person", "anonymous") or (
            a.kind == "unknown" and s.speaker and not a.name.endswith("s"))
        same_party = party is not None and self._party_of(a) == party
        return not s.quoted and someone and party in (None, self._party_of(a) or party) \
            and not (typed and a.type != "unknown" and not same_party) \
            and not (gender and self.gender.get(a.name) not in (None, gender))

    def _sentences_back(self, pos: int, n: int) -> int:
        """Give the index of the sentence n sentences back from pos's (its own counted),
        not counting sentences wholly inside a quotation."""
        k = self.sentence_of(pos)
        while k > 0 and n > 1:
            k -= 1
            start, end = self.sentences[k]
            n -= 0 if self._in_quote(start + 1) and self._in_quote(end - 2) else 1
        return k

    def _party_of(self, actor: Actor) -> str | None:
        """Give a person's party, or the one a role names ("Tom Reyes, a Democrat")."""
        party = self.knowledge.parties.get((actor.role or "").lower())
        return actor.party or (party.name if party else None)

    def _one_of_type(self, head: str, country: str | None, pos: int,
                     fits: Fits | None = None, subject: bool = False) -> Actor | None:
        """Give the one person named so far whose type a title word names ("the lawmaker":
        a legislator), when there is exactly one such person (the last reading of them); of
        the gender the title gives, where it gives one ("the congresswoman": the one woman
        among the legislators, "Rep. Tom Reyes and Rep. Ann Roe ... the congresswoman"); one
        ``fits`` does not take counts as another ("Fox News host Tom Reyes ... the CNN host":
        no one). Of two or more, with ``subject``, the one the sentence before opens with
        alone (``_last_subject``)."""
        type_ = self.knowledge.titles.get(head)
        if type_ in (None, "unknown"):
            return None
        gender = self.knowledge.words.gender_words.get(head)
        found: Actor | None = None
        for s in self.memory.of_type(type_, pos):
            if s.quoted or not (country is None or s.actor.country in (None, country)) \
                    or (gender and self.gender.get(s.actor.name) not in (None, gender)):
                continue
            if fits is not None and not fits(s.actor):
                return None  # one of the type the description cannot be: no guess
            if found is None:
                found = s.actor
            elif s.actor.name != found.name:
                # two of that type: no one, or with ``subject``, the one the sentence before
                # opens with ("Reps. Tom Reyes and Ann Roe spoke. Reyes scolded her. The
                # lawmaker said")
                last = self._last_subject(pos) if subject else None
                return last if last is not None and last.type == type_ \
                    and (fits is None or fits(last)) else None
        # a country the description names must be the one's own: "the Cuban leader" is no
        # official whose country the article leaves open (though such one counts as another)
        return found if found is None or country is None or found.country == country else None

    def _author(self, document: str, pos: int, mention: str = "") -> Actor | None:
        """Give the author of "the letter" or "the ad", by these steps in order: for a bare
        document ("the report": ``_bare_document``), the organisation or outlet that spoke by
        name in the sentence just before it (``_maker_just_before``); the maker named where
        the document was introduced, in the same or an earlier sentence ("The Romney campaign
        retorted with an ad", "a letter from 12 Republicans", "The suit, filed by Nebraska and
        Oklahoma"), unless the mention introduces one itself ("a statement"); the maker right
        after the mention ("The study, led by Ann Cole, says", "said a statement from the
        panel"); for a bare document the article names first there, the nearest organisation
        or outlet that spoke or opened its sentence as subject, in the mention's sentence or
        the few before it (``_maker_before``); for a bare document, the maker written with the
        last one of its kind introduced further back (``_introduced_far``). A poll's author
        is an organisation or outlet, or no one."""
        if not self.sentences:
            return None
        new = mention.split(" ", 1)[0].lower() in self.knowledge.words.indefinites
        bare = self._bare_document(document, mention)
        far = bare or self._bare_document(document, mention, suit=True)
        author = (self._maker_just_before(document, pos) if bare else None) \
            or (None if new else self._introduced_before(document, pos)) \
            or self._issued_by(pos + len(mention), pos) \
            or (self._maker_before(pos) if bare and self._first_named(document, pos) else None) \
            or (self._introduced_far(document, pos, mention.split()[-1]) if far else None)
        if document == "poll" and author is not None and author.kind not in BODIES:
            return None  # "Trump trails in a new poll. The poll found": no pollster
        return author

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
        back to where no step before found one: the last document of that kind the article
        named before it otherwise than as "the", "that" or "this" one, whose maker is written
        with it, by name before its word ("A Marquette University poll ... The survey
        showed", "The Huffington Post-Morning Consult poll ... The poll shows") or after it
        from or by a name ("an investigative report by the Senate ... the report said", "a
        2013 study led by Ms. Lois James ... the 2013 study said"). None where that
        document's maker is not written so ("a new poll", "a release by the utility": a
        description, whoever it was read as; "a report from the State Department's inspector
        general": the owner of its maker), where its word is a title's ("the American
        Community Survey"), or where it stands inside a quotation. A suit is one named by
        the mention's own ``word`` ("the lawsuit" is no "complaint filed by" someone with a
        commission)."""
        for m in reversed(self._documents_before(document, pos)):
            if document == "suit" and _suit_word(m[0]) != _suit_word(word):
                continue
            before = self.text[max(0, m.start() - 80):m.start()]
            maker = _MAKER_NAMED.search(before)
            if maker is not None and maker["np"].split()[-1].lower() in _BACK_WORDS:
                maker = None  # "The report" opening a sentence names no maker
            if maker is not None and _NAME_GOES_BACK.search(before, 0, maker.start()):
                return None  # "the Center for Public Affairs Research poll": no name cut
            if self._in_quote(m.start()):
                continue
            if maker is None and _BACK_REFERENCE.search(before):
                # "the poll", "that report": the one named before it, unless its maker is
                # named after it in the passive ("The lawsuit was filed Monday in federal
                # court by Harbor Voices")
                if (a := self._issued_after(m)) is not None:
                    return a
                continue
            if not m[0][:1].islower():
                return None
            if maker is not None and document == "suit" \
                    and not maker["np"].rstrip().endswith(POSSESSIVE_ENDINGS):
                maker = None  # "a Lakeview lawsuit" is as often against Lakeview
            if maker is not None:
                a = self.read(maker["np"] + m[0]).actor
                if a is not None and a.kind in BODIES:
                    return a
                person = self._person_maker(maker["np"], a, m.start()) \
                    if document != "statement" else None
                if person is not None:
                    return person
            by = _ISSUED_BY.match(self.text, m.end())
            a = self._issued_by(m.end(), m.start()) if by is not None \
                and not re.match(r"the\s+[a-z]", by["by"]) \
                and not by["by"].endswith(POSSESSIVE_ENDINGS) else None
            return a if a is not None and a.kind in (*BODIES, "person") else self._issuer(m)
        return None

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

    def _issuer(self, document: re.Match[str]) -> Actor | None:
        """Give who issued a document named further back by a verb of issuing right before
        it, past an article or a possessive pronoun and up to three words that describe it,
        or by a verb of saying and "in": "The White House issued a statement", "the Harbor
        League released its 40-page report", "Ann Roe said in a written statement"; the
        issuer named right before the verb, by capitalised words (after "also", "later" or
        "then" at most) that open the sentence as its subject, or speak in it ("“We lost,”
        Ann Roe said in a statement"): the last actor the article found in them, else a
        body, or a person named in full, they read as. None where no such verb stands
        there, a description, a pronoun or an apposition stands before it ("The Carver camp
        issued a memo", "He issued a statement", "Tom Reyes, her lawyer, issued a
        statement"), or the name ends a longer phrase ("Ann Roe of the University of Harbor
        at Lakeview Springs published a study")."""
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
                and not (said and at and at[-1].speaker):
            return None  # "Ann Roe of the University of Harbor at Lakeview Springs published"
        if at:
            actor = None if at[-1].quoted or at[-1].possessive else at[-1].actor
        else:
            actor = self.read(named["np"].strip()).actor
            if actor is not None and actor.kind == "person" and " " not in actor.name:
                return None
        return actor if actor is not None and actor.kind in (*BODIES, "person") else None

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

    def _subject(self, s: Seen) -> bool:
        """Tell whether an actor seen opens its sentence, after an opening adverbial at most
        ("In February, the agency released ..."), and is not in the possessive: its
        subject."""
        if s.possessive or not 0 <= s.sentence < len(self.sentences):
            return False
        return bool(_SENTENCE_OPENING.fullmatch(self.text, self.sentences[s.sentence][0], s.pos))

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
            a = self.read(by["by"]).actor
            if a is not None:
                return a
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


# the Zipf frequency (wordfreq) from which a lower-case word is a common English word, as in
# the voice check (actors.voices.COMMON_ZIPF): "even" 5.9, "dozens" 4.5; "banner" 3.9
_COMMON_ZIPF = 4.0
# a name that opens its clause, or follows a cue, right before a comma and an apposition:
# "As Tom Reyes, ", "Since then, Ann Roe, the ", "And Roe, a ", "said Ann Roe, a "; the word
# before it, where one stands, is the resolver's to judge (``Resolver._apposition_to``)
_NAME_BEFORE_APPOSITION = re.compile(
    r"(?:^|(?<=[\n.!?,“\"])[^\S\n]*|(?:^|[\s“\"])(?P<word>As|And|But|[a-z]+)[^\S\n]+)"
    r"(?P<name>[A-Z][\w’'-]+(?:[^\S\n]+(?:[A-Z]\.|[A-Z][\w’'-]+)){0,3}),[^\S\n]+$")
# the end of an apposition right after a description: a comma, a dash or a parenthesis, or
# a prepositional phrase up to one ("senior director of tax policy at the institute,")
_APPOSITION_CLOSED = re.compile(
    r"(?:[^\S\n]+(?:of|at|for|in|with|on)[^\S\n]+[^,;:()“”\"\n.–—]{1,80}?)?"
    r"[^\S\n]*(?:,|[–—(]|[^\S\n]-[^\S\n])")
# what may stand before a word that opens a sentence or a clause
_QUOTES = frozenset("\"“”‘’'")
_OPENING = frozenset(".!?;:\"“”‘’'()[]—–-\n")


# An apposition right after a description, up to a comma, a parenthesis or a full stop after
# a word of four letters or more (not after an initial or "Rep."): ", Ann L. Roe.", ", nursing
# student Tom Reyes,", ", Rep. Ann Cole (Maine),"
_APPOSED_NAME = re.compile(r",[^\S\n]+(?P<app>(?P<first>[\w’'-]+)[^,;:()“”\"\n]{0,80}?)"
                           r"(?=[^\S\n]*(?:[,;:()“”\"\n]|$)|(?<=\w{4})\.(?:\s|$))")
# the prepositions after a description's head noun: "consul in Phoenix", "secretary of ..."
_DESCRIPTION_PREPOSITIONS = frozenset({"of", "in", "at", "for", "from", "with", "to", "on"})
# words that end a description read around a name: articles, prepositions, cues, "and" (not
# "former", a word of the description: "former assistant secretary")
_DESCRIPTION_STOPS = _DESCRIPTION_PREPOSITIONS | {"the", "a", "an", "by", "and", "or", "as",
                                                  "said", "says", "told", "this", "that"}
# an honorific right before a name or at its start: "Dr. ", "Mrs " (``_read_descriptions``)
_HONORIFIC_BEFORE = re.compile(r"\b(?P<word>[A-Z][a-z]{1,4})\.?[^\S\n]+$")
_HONORIFIC_AT = re.compile(r"(?P<word>[A-Z][a-z]{1,4})\.?[^\S\n]+(?=[A-Z])")
_HONORIFIC_REACH = 8
# An office of a body written before a name, in apposition: "the head of the FDA, Dr. Ann
# Roe,", "the new chairman of the CCRB, Tom Reyes," (the match ends where the name may start)
_HEAD_APPOSED = re.compile(
    r"\b(?:[Tt]he|[Ii]ts)\s+(?:(?P<former>former|ex-)\s+|(?:new|top|current|acting)\s+)?"
    r"(?:(?P<rank>[a-z]+)\s+)?(?P<head>[a-z-]+)\s+of\s+(?P<body>(?:the\s+)?"
    r"[A-Z][\w.&'’-]*(?:\s+(?:of|and|for|on|[A-Z][\w.&'’-]*))*),[^\S\n]+(?=[A-Z])")
_APPOSED_KEPT = 4  # the texts whose appositions are kept: a description asks again and again


@lru_cache(maxsize=_APPOSED_KEPT)
def _heads_apposed(text: str) -> tuple[re.Match[str], ...]:
    """Give every office of a body written before a name in a text (``_HEAD_APPOSED``), in
    text order: read once per article, not once per description that asks."""
    return tuple(_HEAD_APPOSED.finditer(text))
# the marks that close an apposition before the sentence goes on ("Ann Roe, a nurse, said")
_APPOSITION_ENDS = frozenset(",)–—")
# the words right before a name: "fired FBI agent [Ann Roe]", "board head [Tom Reyes]"
_WORDS_BEFORE_NAME = re.compile(r"(?P<words>(?:[A-Za-z][\w’'-]*[^\S\n]+){1,4})$")
# an apposition right after a name, up to a comma, a stop or a relative pronoun: ", the
# Guatemalan consul in Phoenix,", ", former assistant secretary of Indian affairs at ..."
_APPOSITION_WORDS = re.compile(r",[^\S\n]+(?:(?:the|a|an)[^\S\n]+)?"
                               r"(?P<words>[a-z][^,;:“”\"()\n]{0,80}?)"
                               r"(?=[^\S\n]+(?:who|and)\b|[,;:“”\"()\n]|\.(?:\s|$)|$)")


def _description_words(description: str) -> tuple[str, set[str]]:
    """Give a description's head noun (its last word before a preposition) and the words of
    it other than articles and prepositions: "former assistant secretary of Indian affairs"
    gives "secretary" and {"former", "assistant", "secretary", "indian", "affairs"}."""
    words = [w.lower() for w in description.split()]
    core = words[:next((n for n, w in enumerate(words) if w in _DESCRIPTION_PREPOSITIONS),
                       len(words))]
    head = core[-1] if core and core[-1].isalpha() else ""
    return head, {w for w in words if w not in _DESCRIPTION_STOPS}


def _seen_pos(entry: tuple[Seen, list[set[str]]]) -> int:
    return entry[0].pos


def _described_by(words: list[str], before: bool, closed: bool = False
                  ) -> tuple[str, set[str]]:
    """Give the head noun and the words of a description written with a name: before it,
    the words back to an article, a preposition or a cue, whose last is a lower-case noun
    ("fired FBI agent"); after it, the apposition's words, whose head is the last before a
    preposition ("consul" of "Guatemalan consul in Phoenix") or, in an apposition closed
    by a comma, a dash or a parenthesis, before a participle that takes one or an article
    ("pathologist" of ", a pathologist hired by the family,", "lawyer" of ", a lawyer
    representing the family,"; not "After Trump named Roe, the new chief admitted the
    error": a clause's subject and its verb). No head for a capitalised title
    ("President", "Sen.")."""
    if before:
        k = len(words)
        while k and words[k - 1].lower() not in _DESCRIPTION_STOPS:
            k -= 1
        words = words[k:]
        head = words[-1] if words else ""
    else:
        cut = next((n for n, w in enumerate(words) if w in _DESCRIPTION_PREPOSITIONS
                    or (closed and n and _participle_before_object(words, n))), len(words))
        head = words[cut - 1] if cut else ""
    if not head.isalpha() or not head.islower():
        return "", set()
    return head, {w.lower() for w in words}


def _participle_before_object(words: list[str], n: int) -> bool:
    """Tell whether the word at n is a participle that opens a post-modifier, by its ending
    and a preposition, an article or "by" right after it: "hired by", "representing the",
    "based in"; not an adjective before the head ("a former elected official")."""
    w = words[n]
    return len(w) > 4 and w.isalpha() and w.islower() and w.endswith(("ed", "ing")) \
        and n + 1 < len(words) and words[n + 1] in _DESCRIPTION_STOPS


def _named_in_full(actor: Actor | None, kind: str) -> bool:
    """Tell whether an actor is of a kind and named with capitalised words and the small
    words of a name ("for", "of"), a person by more than one word ("Lu Kang", "Concerned
    Veterans for America"; not "Trump", "Vale's aides")."""
    small = {"and", "for", "of", "the", "on", "in", "at"}
    return actor is not None and actor.kind == kind \
        and (kind != "person" or " " in actor.name) \
        and all(w[:1].isupper() or w in small for w in actor.name.split())


def _opens_sentence(low: str, words: Words) -> bool:
    """Tell whether a lower-case word is one that opens a sentence and names no one: a
    connective, an opener or a sentence adverb ("still", "however", "eventually", "first")."""
    return low in words.connectors or low in words.openers or low in words.sentence_adverbs


@cache
def _suit_word(word: str) -> str:
    """Give the word a suit is named by, "suit" for "lawsuit" and "suits" alike ("complaint"
    and "filing" stay themselves: often another document than the suit)."""
    low = word.lower().removesuffix("s")
    return "suit" if low in ("lawsuit", "suit") else low


@cache
def _introduced_as(head: str) -> re.Pattern[str]:
    """Give the pattern of someone unnamed introduced with a head noun: "one Clinton ally",
    "a former aide", "another Ohio-based Clinton ally"."""
    return re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'.-]+\s+){0,4}?"
                      rf"{re.escape(head)}\b")


@cache
def _states() -> re.Pattern[str]:
    """Match the name of a US state the office-holder tables give a seat of, whole words."""
    names = sorted(us_states(), key=len, reverse=True)
    alternatives = "|".join(map(re.escape, names))
    return re.compile(rf"\b(?:{alternatives})\b")


def _state_named(mention: str) -> str | None:
    """Give the US state a definite description names: "the Kentucky Republican",
    "the New York senator" (not "The New York Times": no description of a person)."""
    m = _states().search(mention)
    return m.group() if m else None


def _plural(low: str, words: Words) -> bool:
    """Tell whether a lower-case noun for people is plural: "officials", "people", "men";
    not "witness", "boss"."""
    return words.people(low) or low in _PLURAL_PEOPLE or (
        low.endswith("s") and not low.endswith("ss"))


def _one_of_people(low: str, words: Words) -> bool:
    """Tell whether a lower-case singular noun names one person by its plural: "witness"
    (witnesses), "neighbor" (neighbors), "farmer"; not "report", "statement"."""
    return not _plural(low, words) and (words.people(f"{low}s") or words.people(f"{low}es"))


def _common_word(low: str) -> bool:
    """Tell whether a lower-case word is a common English word."""
    return low.isascii() and low.isalpha() and zipf_at_least(low, _COMMON_ZIPF)


def _runs_back(text: str, pos: int, n: int) -> int:
    """Give where the n-th run of characters other than spaces back from pos starts (the
    one pos stands in counts), or 0 where fewer stand before it."""
    for _ in range(n):
        while pos and text[pos - 1].isspace():  # the spaces ``\s`` matches
            pos -= 1
        while pos and not text[pos - 1].isspace():
            pos -= 1
    return pos


def _opens(text: str, pos: int, short: frozenset[str] | set[str]) -> bool:
    """Tell whether the word at pos opens the text, a sentence, a line or a clause (a full
    stop after an honorific or a title's abbreviation, "Mr." or "Sen.", ends none)."""
    before = text[max(0, pos - 40):pos].rstrip(" \t")
    if not before:
        return pos < 40
    if before[-1] == "." and before[:-1].split()[-1:] and \
            before[:-1].split()[-1].lower() in short:
        return False
    if before[-1] in _QUOTES and len(before) > 1 and not before[-2].isspace():
        return False  # a closing quotation mark: '"It is dead," Smith said'
    return before[-1] in _OPENING


def _holders_by_name(roster: tuple[Holder, ...]) -> dict[str, list[Holder]]:
    """Give the office holders of a roster by name (built once per roster, ``per_table``)."""
    by_name: dict[str, list[Holder]] = {}
    for h in roster:
        by_name.setdefault(h.name, []).append(h)
    return by_name


@cache
def _head_owning(head: str) -> re.Pattern[str]:
    """Give the pattern of a body's name that ends in a capitalised head in the possessive,
    with one to three capitalised words before it ("the Harbor Widget Committee’s chairman";
    ``Resolver._body_of_head``: ``_head_named`` takes no possessive)."""
    return re.compile(rf"(?<![\w’'.-])(?P<name>(?:[A-Z][\w’'&-]*[^\S\n]+){{1,3}}{re.escape(head)})"
                      r"[’']s\b")


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


def _credit_patterns(words: Words) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Give the patterns of a picture's credit before a photographer's name ("REUTERS/",
    "Getty Images /", "Photo by", "Credit:") and after it ("/AP", "/ Getty"), with the
    agencies of ``Words.picture_agencies`` (after the name, a name's first word does), or
    after a given name and a surname, a slash that touches them and a capital: the
    publication's own credit ("Tom Reyes/The Harbor Gazette", "Ann Roe/Staff"), not "the
    Vale/Reyes ticket"; built once per word table."""
    def build(w: Words) -> tuple[re.Pattern[str], re.Pattern[str]]:
        names = sorted(w.picture_agencies)
        full = "|".join(n.replace("_", r"[ \t]+") for n in names)
        first = "|".join(sorted({n.split("_")[0] for n in names}))
        return (re.compile(rf"(?:\b(?:{full})[ \t]*/|\b(?:[Pp]hoto(?:graph)?|PHOTO|[Cc]redit)"
                           r"(?:[ \t]+by|[ \t]*:))[ \t]*$"),
                re.compile(rf"[\w.’' -]{{0,40}}?/[ \t]*(?:{first})\b"
                           r"|[A-Z][\w.’'-]*(?:[ \t][A-Z][\w.’'-]*){1,3}/[A-Z]"))
    return per_table("picture credits", words, build)


def _aside_after(words: Words) -> re.Pattern[str]:
    """Give the pattern of what follows a name in an aside after "what" or "as": the name's
    other words, then a verb of ``Words.aside_verbs`` ("Saul Kline called", "Dale Voss
    once put"), built once per word table."""
    return per_table("aside verbs", words, lambda w: re.compile(
        r"(?:[A-Z][\w.’'-]*\s+){1,5}(?:[a-z]+ly\s+|once\s+|later\s+|then\s+)?"
        rf"(?:{'|'.join(sorted(w.aside_verbs))})\b"))


_WORD_CHARACTER = re.compile(r"\w")


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
