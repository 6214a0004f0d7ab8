"""Personal names: read one into its parts and tell whether two can be the same person.

"Rep. Pat Smith" and "Patrick Smith", "Mary K. Jones" and "Ms. Mary Jones", "Mohammad bin
Salman" and "Mohammed bin Salman" can be one person; "Tim Scott" and "Rick Scott", "Donald Trump
Jr." and "Donald Trump", "George H. W. Bush" and "George W. Bush" cannot. Pure functions: name
parsing is nameparser's, given-name variants come from the nicknames package (a curated table
shipped inside it), spelling distances from rapidfuzz and jellyfish. Nothing is downloaded.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import jellyfish
from nameparser import HumanName
from nameparser.config import CONSTANTS
from nicknames import NickNamer
from rapidfuzz.distance import Levenshtein

# The generational suffixes a name may end with, to their written forms. The readers of a
# suffix in running text, before a name is read (quotes.speakers._SUFFIX_WORDS, the same five
# as resolver._SUFFIX_AFTER), leave out "v": a "v." after a name there is more often the
# versus of a case ("Roe v. Wade") than a fifth generation.
SUFFIXES = {"jr": "Jr.", "sr": "Sr.", "ii": "II", "iii": "III", "iv": "IV", "v": "V"}
HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f",
                    "lord": "m", "lady": "f"}
# Titles of the titles table that are common surnames too: after a given name they end a
# person's name ("Rep. Steve King", "Angus King")
TITLE_SURNAMES = frozenset({"king", "queen"})
# Words nameparser counts as titles that are also common surnames: never stripped from the end
_SURNAME_TITLES = TITLE_SURNAMES | frozenset("bishop major marshal judge dean pope prince knight"
                                             .split())


@dataclass(frozen=True, slots=True)
class PersonName:
    """A personal name in parts; ``given`` and ``middle`` may be empty, ``surname`` never is."""

    given: str
    middle: tuple[str, ...]
    surname: str
    suffix: str  # "Jr.", "III" or ""
    gender: str | None = None  # from an honorific: "Mr." -> "m", "Ms." -> "f"

    @property
    def full(self) -> str:
        """Give the name in full: given name, middle names, surname and suffix."""
        parts = [self.given, *self.middle, self.surname, self.suffix]
        return " ".join(p for p in parts if p)


_APOSTROPHES = re.compile("['’`]")
_NON_LETTERS = re.compile(r"[^a-z]")


@lru_cache(maxsize=65_536)
def fold(text: str) -> str:
    """Give lower-case ASCII text: accents dropped, apostrophes removed ("O’Rourke" -> orourke).
    Kept per text: an article folds the same names over and over."""
    text = _APOSTROPHES.sub("", text)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _bare(word: str) -> str:
    return fold(word).strip(".,")


def _strip_titles(words: list[str]) -> tuple[list[str], str | None]:
    """Drop leading titles and honorifics ("Sen.", "Mr.", "Defense Secretary" is kept: not a
    title nameparser knows), returning the gender an honorific implies."""
    gender = None
    while len(words) > 1 and (_bare(words[0]) in CONSTANTS.titles or _abbreviated(words[0])):
        gender = gender or HONORIFIC_GENDER.get(_bare(words[0]))
        words = words[1:]
    return words, gender


def _abbreviated(word: str) -> bool:
    """Tell whether a word is an abbreviated title: "Sen.", "Rep.", "Gov.", "Lt." (not "J.")."""
    return word.endswith(".") and 3 <= len(word) <= 6 and word[:-1].isalpha() \
        and word[0].isupper()


def _split_suffix(words: list[str]) -> tuple[list[str], str]:
    if len(words) > 1 and _bare(words[-1]) in SUFFIXES:
        return words[:-1], SUFFIXES[_bare(words[-1])]
    return words, ""


@cache
def parse_name(text: str) -> PersonName:
    """Read a name into given name, middle names, surname and generational suffix.

    What follows a comma is dropped unless it is a suffix ("Tim Scott, R-S.C." -> Tim Scott);
    one word is a surname ("Mr. Jordan" -> surname Jordan).
    """
    head, _, tail = text.partition(",")
    words = head.replace(".", ". ").split()
    if tail.strip() and _bare(tail.split()[0]) in SUFFIXES:
        words.append(tail.split()[0])
    words, suffix = _split_suffix(words)  # first: "Abbot Jr." is no title and a suffix
    words, gender = _strip_titles(words)
    if not words:
        return PersonName("", (), head.strip(), suffix, gender)
    if len(words) == 1:
        return PersonName("", (), words[0].rstrip(","), suffix, gender)
    if len(words) == 2 and _bare(words[0]) in CONSTANTS.prefixes \
            and len(given_variants(words[0])) < 2:
        # a surname with its particle, no given name: "De Luca", "Vander Berg" (not "Van",
        # "Del": given names too)
        return PersonName("", (), " ".join(words), suffix, gender)
    if all(w[:1].isupper() and _bare(w) not in CONSTANTS.prefixes for w in words):
        # the common case, without nameparser's cost: given, middle names, surname
        return PersonName(words[0], tuple(words[1:-1]), words[-1], suffix, gender)
    parsed = HumanName(" ".join(words))
    surname = parsed.last or words[-1]
    given = parsed.first if parsed.last else " ".join(words[:-1])
    if parsed.title and not parsed.first:
        given = ""  # nameparser took a one-word given name for a title
    if parsed.title and _bare(parsed.title) in _SURNAME_TITLES:
        given = parsed.title  # "King" is a surname word here, not a title
    middle = tuple(parsed.middle.split()) if parsed.last else ()
    return PersonName(given, middle, surname, suffix or _suffix_of(parsed.suffix), gender)


def _suffix_of(text: str) -> str:
    return next((SUFFIXES[_bare(w)] for w in text.split() if _bare(w) in SUFFIXES), "")


@cache
def _nicknamer() -> NickNamer:
    return NickNamer()


@cache
def given_variants(given: str) -> frozenset[str]:
    """Give the folded forms a given name is also written in (Jim -> james, jimmy, ...): the
    nicknames package's, and knowledge/given_variants.tsv's (Jack -> jacob)."""
    g = fold(given).strip(".")
    if not g:
        return frozenset()
    nn = _nicknamer()
    canon = nn.canonicals_of(g)
    return frozenset({g, *canon, *nn.nicknames_of(g), *_extra_variants().get(g, ())})


_VOWELS = re.compile(r"[aeiouy]")


def _sound(name: str) -> str:
    """Give a folded given name's consonants after its first letter, "k" written "c" and a
    doubled one once: "bill" -> "l", "william" -> "lm", "mike" -> "c"."""
    return re.sub(r"(.)\1+", r"\1", _VOWELS.sub("", name[1:]).replace("k", "c"))


def formal_givens(short: str, gender: str, genders: Mapping[str, str]) -> tuple[str, ...]:
    """Give the formal names a short given name of a person of ``gender`` ("m" or "f") can
    stand for, folded: those the nicknames package gives it and lists it as a short form of,
    no short form of a longer name themselves, of that gender in ``genders`` (the census
    table), and holding its sound (``_sound``: its consonants in order): Bill -> william,
    willis (not robert, which the package also gives); Bob -> robert; Jim -> james; Lou of a
    man -> louis (not lucille)."""
    s = fold(short).strip(".")
    nn = _nicknamer()
    out = []
    for f in sorted(canonical_givens(s)):
        if len(f) <= len(s) or s not in nn.nicknames_of(f) or genders.get(f) != gender \
                or any(len(x) > len(f) for x in canonical_givens(f)):
            continue
        if _holds_sound(s, f):
            out.append(f)
    return tuple(out)


def _holds_sound(short: str, formal: str) -> bool:
    """Tell whether a folded short form holds a folded formal name's sound: its consonants
    after the first letter in order among the formal name's (``_sound``): Bill of William,
    Bob of Robert, Ted of Edward; not Bill of Robert."""
    rest = iter(_sound(formal))
    return all(c in rest for c in _sound(short))


def canonical_givens(given: str) -> frozenset[str]:
    """Give the folded formal names the nicknames package gives for a given name (Gabby ->
    gabrielle, gabriel, gabriella; Chuck -> charles)."""
    return frozenset(_nicknamer().canonicals_of(fold(given).strip(".")))


def given_gender(given: str, genders: Mapping[str, str],
                 unisex: frozenset[str] = frozenset()) -> str | None:
    """Give the gender a given name says: its own in ``genders`` (the census table), else the
    one gender of all the formal names the nicknames package gives for it that start with its
    letter (Bernie -> Bernard: m; Pat -> Patrick, Patricia: none; Tal -> Crystal is no such
    form); a name in ``unisex`` says none."""
    g = fold(given).strip(".")
    if g in genders:
        return genders[g]
    if not g or g in unisex:
        return None
    found = {genders[c] for c in _nicknamer().canonicals_of(g) if c in genders and c[0] == g[0]}
    return found.pop() if len(found) == 1 else None


@cache
def _extra_variants() -> dict[str, frozenset[str]]:
    from reportgen.knowledge.rows import folder_of, read_rows

    pairs: dict[str, set[str]] = {}
    for row in read_rows(folder_of(None), "given_variants.tsv", 2):
        short, formal = (fold(c).strip() for c in row.cells[:2])
        pairs.setdefault(short, set()).add(formal)
        pairs.setdefault(formal, set()).add(short)
    return {k: frozenset(v) for k, v in pairs.items()}


def _transliterated(a: str, b: str) -> bool:
    """Tell two spellings of one name apart from two names: Mohammad/Mohammed, Federica/
    Frederica, Zelensky/Zelenskyy; not Daniel/Danielle, Christina/Christine, Mario/Maria."""
    if a[0] != b[0] or min(len(a), len(b)) < 5:
        return False
    if a.endswith("a") != b.endswith("a"):
        return False  # Christina/Christine, Mario/Maria: a different name, often of a woman
    distance = Levenshtein.distance(a, b)
    if distance <= 1:
        return True
    return distance == 2 and len(a) == len(b) and jellyfish.metaphone(a) == jellyfish.metaphone(b)


def same_given(a: str, b: str) -> bool:
    """Tell whether two given names can name one person (an initial matches its name)."""
    fa, fb = fold(a).strip("."), fold(b).strip(".")
    if not fa or not fb:
        return True
    if len(fa) == 1 or len(fb) == 1:
        return fa[0] == fb[0]
    if fa == fb or _transliterated(fa, fb):
        return True
    # one is a short form of the other; two short forms of one name (Rick, Dick) are not
    # enough: the table links Peter and Pat through Patrick
    return _linked(fa, fb) or _short_of_spelling(fa, fb) or _short_of_spelling(fb, fa)


def _linked(a: str, b: str) -> bool:
    """Tell whether the tables give two folded given names as forms of one name: a row of
    knowledge/given_variants.tsv always, a link of the nicknames package where it can be one
    person's two names (``_one_name``)."""
    if b in _extra_variants().get(a, ()):
        return True
    return (a in given_variants(b) or b in given_variants(a)) and _one_name(a, b)


def _one_name(a: str, b: str) -> bool:
    """Tell whether two folded given names the nicknames package links can name one person.

    The package, gathered from genealogies, also links names that are two people's in the
    news: of two genders in the census table, neither beginning the other (Andrew and
    Andrea, William and Wilma, Frederick and Frederica; not Sam and Samantha), and names of
    two first letters where the shorter holds no sound of the longer (``_holds_sound``: Bill
    of Robert, Fred of Bill, Ivan of John, Gretchen of Margaret; not Bill of William, Ted of
    Edward, Tony of Anthony)."""
    genders = _census_genders()
    ga, gb = genders.get(a), genders.get(b)
    if ga and gb and ga != gb and not (a.startswith(b) or b.startswith(a)):
        return False
    return a[0] == b[0] or any(_holds_sound(s, f) for s, f in ((a, b), (b, a))
                               if len(s) <= len(f))


@cache
def _census_genders() -> dict[str, str]:
    from reportgen.knowledge import load_knowledge

    return load_knowledge().given_names


def _short_of_spelling(short: str, formal: str) -> bool:
    """Tell whether ``short`` is a short form of another spelling of ``formal`` (folded):
    Tony of Antony (the table has Anthony), Kate of Katharine (Katherine), Liz of Elisabeth
    (Elizabeth): one letter apart from a formal name the table gives it, where the table
    knows ``formal`` under no form at all (Kirsten is no spelling of Chris's Kristen, nor
    Marian of Mary's Marion: the table holds both as names of their own)."""
    if len(short) >= len(formal) or len(formal) < 5:
        return False
    nn = _nicknamer()
    if nn.nicknames_of(formal) or nn.canonicals_of(formal):
        return False
    return any(c[0] == formal[0] and Levenshtein.distance(c, formal) <= 1
               and c.endswith("a") == formal.endswith("a") for c in canonical_givens(short))


def given_among(given: str, forms: Iterable[str]) -> bool:
    """Tell whether a given name is one of a person's written forms (``forms``: a roster row's
    own list of given names and short forms, the name the person goes by first): "Bobby" is
    among Roger's forms, "Robert" is not, though it shares the short form; a full name is no
    form of an initial ("Charles" against "C."); an initial fits a form it begins ("J." and
    "Jim"); a transliteration or misspelling fits (Mohammad, Mohammed; Lindsay, Lindsey;
    Willam, William). A given name of its own (``_real_given``) is no misspelling of a form
    the row derives from an earlier one (``_own_forms``): a "John" row lists "Johnathan" as a
    formal name John may stand for, and "Jonathan" is one letter from it, but a Jonathan is no
    John; two hops, a spelling and a nickname, link another person. A short form the name
    tables give for one of the person's own names is no other person ("Johnny" for a John
    whose row lists "Johny")."""
    g = fold(given).strip(".")
    if not g:
        return True
    folded = tuple(f for f in (fold(x).strip(".") for x in forms) if f)
    if len(g) == 1:
        return any(f[0] == g for f in folded)
    if g in folded:
        return True
    own = _own_forms(folded)
    short = any(g in _nicknamer().nicknames_of(f) for f in own)  # Johnny of a John
    spelt = own if _real_given(g) and not short else folded
    return any(len(f) > 1 and _transliterated(g, f) and not _another_sound(g, f) for f in spelt)


_VOWEL_LETTERS = frozenset("aeiouy")


def _another_sound(a: str, b: str) -> bool:
    """Tell whether two folded given names of one length differ in one consonant that makes
    them sound otherwise: Ja'Ron and Jason, Darin and Davin are two names, not a misspelling
    of one, whether or not the name tables know the first (Lindsay, Lindsey; Nicolas,
    Nikolas; Elisabeth, Elizabeth are one)."""
    if len(a) != len(b):
        return False
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(diff) == 1 and not set(diff[0]) & _VOWEL_LETTERS \
        and jellyfish.metaphone(a) != jellyfish.metaphone(b)


@lru_cache(maxsize=16_384)
def _own_forms(folded: tuple[str, ...]) -> tuple[str, ...]:
    """Give the forms of a row's list (folded, in order) that are the person's own, not one
    the name tables give for an earlier form: of ("john", "johnathan", "johnathon", "johny")
    only "john"; of ("jerry", "jerrold") both (no table links Jerrold to Jerry: the row's
    own upstream name)."""
    return tuple(f for i, f in enumerate(folded)
                 if not any(f in given_variants(e) for e in folded[:i]))


def _real_given(g: str) -> bool:
    """Tell whether a folded given name is a name of its own: in the census table or known to
    the name tables (Jonathan, Garrett), not a misspelling of one (Willam, Barck)."""
    nn = _nicknamer()
    return g in _census_genders() or g in _extra_variants() \
        or bool(nn.canonicals_of(g) or nn.nicknames_of(g))


# Zelenskyy, Zelenskiy, Zelensky; Mikhail, Mihail (doubled letters are no variant: Fox, Foxx)
_TRANSLIT = ((re.compile(r"(?:yy|iy|ii|yi|y)$"), "i"), (re.compile(r"kh"), "h"))


def last_word(text: str) -> str:
    """Give the last word of a text, or "" when it has none."""
    words = text.split()
    return words[-1] if words else ""


_INITIALS = re.compile(r"[A-Z](?:\.[A-Z]){0,2}")


def initials(word: str) -> bool:
    """Tell whether a word is one initial or initials run together, as the tokenizer leaves
    them before their last period: "R" of "Michael R. Turner", "H.R" of "H.R. McMaster"."""
    return _INITIALS.fullmatch(word) is not None


@lru_cache(maxsize=65_536)
def surname_word(name: str) -> str:
    """Give the word a person's name is indexed by: its last word before a generational
    suffix ("Ned Norris Jr." -> Norris, "Martin Luther King III" -> King), or "" for none.
    Kept per name: asked of each person noted, again and again."""
    words = name.split()
    while len(words) > 1 and _bare(words[-1]) in SUFFIXES:
        words = words[:-1]
    return words[-1] if words else ""


_JOINED_ARTICLE = re.compile(r"(?:[Aa]l|[Ee]l)[-‑](?=[A-Z])")


def surname_index(surname: str) -> str:
    """Give the form a surname is looked up by within an article: without the Arabic article
    joined to it, which a later mention often drops ("Nouri al-Maliki ... Mr. Maliki said",
    "Hadi Al-Amari ... Amari said"). Asked of every token of an article: a word with no
    hyphen third is given back before any lower-casing (for speed)."""
    if surname[2:3] != "-" or surname[:3].lower() not in ("al-", "el-"):
        return surname
    return _JOINED_ARTICLE.sub("", surname, count=1)


def written_suffix(name: str) -> str:
    """Give a name with its generational suffix written one way ("Ned Norris Jr" -> "Ned
    Norris Jr.", "Al Roe sr." -> "Al Roe Sr."), so that one person keeps one name."""
    words = name.split()
    if len(words) > 1 and _bare(words[-1]) in SUFFIXES:
        words[-1] = SUFFIXES[_bare(words[-1])]
    return " ".join(words)


@lru_cache(maxsize=65_536)
def surname_key(surname: str) -> str:
    """Give a surname's folded form with common transliteration variants made one (kept per
    surname: each comparison of two names asks it of both)."""
    key = _NON_LETTERS.sub("", fold(surname))
    for pattern, repl in _TRANSLIT:
        key = pattern.sub(repl, key)
    return key


def same_surname(a: str, b: str) -> bool:
    """Tell whether two surnames are one (the last word of a compound one suffices)."""
    ka, kb = surname_key(a), surname_key(b)
    if not ka or not kb:
        return False  # no letters: no name to compare
    if ka == kb:
        return True
    la, lb = surname_key(last_word(a)), surname_key(last_word(b))
    if (la == kb and " " in a) or (lb == ka and " " in b):
        return True  # "bin Salman" / "Salman", "Wasserman Schultz" / "Schultz"
    return min(len(ka), len(kb)) >= 7 and Levenshtein.distance(ka, kb) <= 1 \
        and jellyfish.metaphone(ka) == jellyfish.metaphone(kb)


def _initials(middle: Sequence[str]) -> tuple[str, ...]:
    return tuple(fold(m)[0] for m in middle if fold(m))


def compatible(a: PersonName, b: PersonName) -> bool:
    """Tell whether two parsed names can be one person."""
    if a.suffix != b.suffix:
        return False  # "Donald Trump Jr." is not "Donald Trump"
    if a.gender and b.gender and a.gender != b.gender:
        return False
    if not _surnames_match(a, b):
        return False
    if a.given and b.given and not (same_given(a.given, b.given) or _goes_by_middle(a, b)
                                    or _goes_by_middle(b, a)):
        return False
    ia, ib = _initials(a.middle), _initials(b.middle)
    # "George H. W. Bush" is not "George W. Bush"; "Mary K. Jones" is "Mary Jones"
    return not (ia and ib and ia != ib)


def _goes_by_middle(a: PersonName, b: PersonName) -> bool:
    """Tell whether a's given name is b's middle name: "Mitt Romney", "Willard Mitt Romney"."""
    return not a.middle and bool(b.middle) and len(b.middle[0].strip(".")) > 1 \
        and same_given(a.given, b.middle[0])


def _surnames_match(a: PersonName, b: PersonName) -> bool:
    if same_surname(a.surname, b.surname):
        return True
    # "Debbie Wasserman Schultz" parsed with Wasserman as a middle name
    return (bool(a.middle) and same_surname(f"{a.middle[-1]} {a.surname}", b.surname)) or (
        bool(b.middle) and same_surname(a.surname, f"{b.middle[-1]} {b.surname}"))


@lru_cache(maxsize=65_536)
def same_person(a: str, b: str) -> bool:
    """Tell whether two names can be the same person (a surname alone fits any full name).
    Kept per pair of names: an article compares each person it names again with the people
    named before at every mention."""
    return compatible(parse_name(a), parse_name(b))


_FEMININE = re.compile(r"(?:a|ette|ine|elle)$")


def canonical_given(given: str) -> str:
    """Give one spelling for a short given name and its formal name (Jim, Jimmy -> james).

    Heuristic, for a blocking key only: names of five letters or more are taken as formal; a
    short form names the formal name (one that is no short form itself) with the most short
    forms, preferring one that begins with the same letter and one of the same gender ending.
    """
    g = fold(given).strip(".")
    nn = _nicknamer()
    canon = nn.canonicals_of(g)
    if len(g) < 2 or len(g) >= 5 or not canon:
        return g
    formal = [c for c in canon if not any(len(x) > len(c) for x in nn.canonicals_of(c))]

    def formality(c: str) -> tuple[int, str]:
        # spelling variants ("miguell" of "miguel") are no short forms
        score = sum(n[:4] != c[:4] for n in nn.nicknames_of(c)) + 3 * (c[0] == g[0])
        score -= 10 * (bool(_FEMININE.search(c)) != bool(_FEMININE.search(g)))
        return (-score, c)

    return min(formal or canon, key=formality)


def canonical_key(name: str) -> str:
    """Give a key that names of one person usually share: "smith|patrick" for "Rep. Pat Smith".

    Only a blocking key: ``same_person`` decides (a surname alone gives "smith|").
    """
    p = parse_name(name)
    given = canonical_given(p.given) if p.given else ""
    suffix = f"|{fold(p.suffix).strip('.')}" if p.suffix else ""
    return f"{surname_key(last_word(p.surname))}|{given}{suffix}"


def group_names(names: Iterable[str]) -> dict[str, str]:
    """Map each name to the fullest name of the person it names, merging only safe pairs.

    A full name joins another full name it is compatible with; a bare surname joins a full name
    only when exactly one person of that surname is in the list (so "Scott" stays apart when
    both "Tim Scott" and "Rick Scott" are named). Names are compared within their surname only.
    """
    by_surname: dict[str, list[str]] = {}
    for name in sorted(set(names)):
        key = surname_key(last_word(parse_name(name).surname))
        by_surname.setdefault(key, []).append(name)
    out: dict[str, str] = {}
    for group in by_surname.values():
        out.update(_group_one_surname(group))
    return out


def _group_one_surname(names: list[str]) -> dict[str, str]:
    ordered = sorted(names, key=lambda n: (-len(parse_name(n).full.split()), n))
    people: list[list[str]] = []
    for name in ordered:
        homes = [p for p in people if all(same_person(name, other) for other in p)]
        if len(homes) == 1:
            homes[0].append(name)
        elif not homes:
            people.append([name])
        # a name fitting several people ("Scott" beside Tim and Rick Scott) stays unmerged
    out = {n: p[0] for p in people for n in p}
    out.update({n: n for n in ordered if n not in out})
    return out
