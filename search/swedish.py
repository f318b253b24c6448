"""Swedish compounds split into their parts, by the Swedish Hunspell dictionary.

Swedish writes compounds as one word, as Finnish does: ``integrationstjänster``
(integration services), ``språkundervisning`` (language teaching). Snowball stems only
the whole word, so a reader typing ``tjänster`` would miss every page that says
``integrationstjänster``. The Swedish Hunspell dictionary (Debian's ``hunspell-sv``:
Finland Swedish, ``sv_FI``, else ``sv_SE``) marks which words may begin (flag X), stand
inside (U) or end (Y) a compound, and its affix file gives the form a word takes before
another (``integration`` -> ``integrations-``, ``arbete`` -> ``arbets-``, ``hälsa`` ->
``hälso-``). ``parts`` reads a word as such a chain: first parts and middle parts in
those forms, then a word that may end a compound, in any inflection. Each part is given as
the term the word standing alone gives (Snowball's stem): a first or middle part as its
dictionary word's (``hälso-`` meets ``hälsa``), the last as written (``-tjänsterna`` meets
``tjänsterna``, and ``tjänster``, as Snowball has it).

Not split: words whose first part would be a particle or preposition (``undervisning`` is
no ``under`` + ``visning``: Swedish fuses these into words of their own), parts shorter
than ``MIN_PART``, and a short last part without a linking ``s`` (see ``MIN_LAST``). Where
the dictionary is missing, nothing is split and Swedish search is Snowball alone.

Pure Python, no Django: rebuild worker processes load the dictionary themselves.
"""

import logging
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import Stemmer

logger = logging.getLogger(__name__)

# Where Debian's hunspell-sv puts its dictionaries: Finland Swedish first (the portal's).
DICTIONARIES = (Path("/usr/share/hunspell/sv_FI"), Path("/usr/share/hunspell/sv_SE"))
FIRST, MIDDLE, LAST = "X", "U", "Y"  # the dictionary's compound flags (COMPOUNDBEGIN...)
MIN_PART = 3  # letters; shorter parts are noise (``ek``, ``is``)
# A last part whose stem is shorter than this often ends a word of one part (``sökande`` is
# no ``sök`` + ``ande``, ``blanketten`` no ``blank`` + ``etten``): it counts only after a
# linking ``s`` (``ansökningstiden``: ``ansökning`` + ``tiden``).
MIN_LAST = 4
MAX_PARTS = 3
# First parts that are particles, prepositions or prefixes: words starting with them are
# words of their own (``undervisning`` is no ``under`` + ``visning``, ``bakgrund`` no
# ``bak`` + ``grund``, ``mottagning`` no ``mot`` + ``tagning``).
PARTICLES = frozenset(
    {"all", "and", "bak", "be", "bi", "efter", "er", "fram", "from", "för", "före", "genom"}
    | {"hel", "hem", "in", "inne", "med", "mellan", "mot", "ned", "ner", "om", "på", "sam"}
    | {"till", "tvär", "under", "upp", "ur", "ut", "utan", "vid", "å", "åter", "över"}
)
SFX_RULE = re.compile(r"SFX\s+(\S)\s+(\S+)\s+(\S+?)(?:/(\S+))?\s+(\S+)")


@dataclass(frozen=True)
class Lexicon:
    """What ``parts`` needs of the dictionary."""

    # A form a word takes as a compound's first part, or inside one -> the word's stem, and
    # whether the form ends in a linking ``s`` (``integrations``, not ``polis``).
    first: dict[str, tuple[str, bool]]
    middle: dict[str, tuple[str, bool]]
    last: frozenset[str]  # the words that may end a compound
    last_stems: frozenset[str]  # and their stems


@cache
def _stemmer():
    return Stemmer.Stemmer("swedish")


@cache
def lexicon() -> Lexicon | None:
    """The dictionary's compounding, or None where no Swedish dictionary is installed."""
    for path in DICTIONARIES:
        dic, aff = path.with_suffix(".dic"), path.with_suffix(".aff")
        if dic.exists() and aff.exists():
            try:
                return read_lexicon(dic.read_text("utf-8"), aff.read_text("utf-8"))
            except (OSError, UnicodeError, ValueError) as error:
                logger.warning("Swedish dictionary %s unreadable (%s)", dic, error)
    logger.info("No Swedish dictionary (hunspell-sv): Swedish compounds are not split.")
    return None


def read_lexicon(dic: str, aff: str) -> Lexicon:
    """The compounding of a Hunspell dictionary's ``.dic`` and ``.aff`` texts (one-letter
    flags, as the Swedish dictionary has)."""
    # The affixes that make a word's form inside compounds: flag -> (strip, add, where, flags).
    forms: dict[str, list[tuple[str, str, re.Pattern, str]]] = {}
    for line in aff.splitlines():
        rule = SFX_RULE.match(line)
        if rule and (FIRST in (rule[4] or "") or MIDDLE in (rule[4] or "")):
            flag, strip, add, flags, condition = rule.groups()
            strip, add = ("" if part == "0" else part for part in (strip, add))
            forms.setdefault(flag, []).append((strip, add, re.compile(f"(?:{condition})$"), flags))
    stem = _stemmer().stemWord
    first: dict[str, tuple[str, bool]] = {}
    middle: dict[str, tuple[str, bool]] = {}
    bound: list[tuple[str, str]] = []  # forms listed only as compound parts (``arbets``)
    words, last = set(), set()
    for line in dic.splitlines()[1:]:  # the first line is the count
        entry = line.split(maxsplit=1)
        word, _slash, flags = entry[0].partition("/") if entry else ("", "", "")
        word = word.casefold()
        if not word.isalpha():
            continue
        if "Z" in flags:  # ONLYINCOMPOUND: a form, no word of its own
            bound.append((word, flags))
            continue
        words.add(word)
        if FIRST in flags:
            first[word] = (stem(word), False)
        if MIDDLE in flags:
            middle[word] = (stem(word), False)
        if LAST in flags:
            last.add(word)
        for flag in flags:
            for strip, add, condition, made in forms.get(flag, ()):
                if word.endswith(strip) and condition.search(word):
                    form = (word[: len(word) - len(strip)] + add, (stem(word), add.endswith("s")))
                    if FIRST in made:
                        first.setdefault(*form)
                    if MIDDLE in made:
                        middle.setdefault(*form)
    for form, flags in bound:  # after the forms made from words: those know their word
        known = (stem(_bound_word(form, words)), form.endswith("s"))
        if FIRST in flags:
            first.setdefault(form, known)
        if MIDDLE in flags:
            middle.setdefault(form, known)
    if not (first and last):
        raise ValueError("no compound flags")
    return Lexicon(first, middle, frozenset(last), frozenset(map(stem, last)))


def _bound_word(form: str, words: set[str]) -> str:
    """The word a form listed only for compounds stands for (``arbets`` -> ``arbete``,
    ``hälso`` -> ``hälsa``), or the form itself where none is found."""
    base = form[:-1] if form.endswith("s") else form
    for word in (base, base + "e", base + "a", base[:-1] + "a", base[:-1] + "e"):
        if word in words:
            return word
    return form


# Endings of Swedish nouns and adjectives (definite, plural, genitive): a last part
# inflected (``marknaden``) whose stem is not its word's (Snowball: ``markn``) is still
# known by its word.
INFLECTED = ("a", "e", "n", "t", "r", "en", "et", "na", "er", "ar", "or")
INFLECTED += ("rna", "erna", "arna", "orna")
ENDINGS = ("s", *(ending + genitive for ending in INFLECTED for genitive in ("", "s")))


def _ends_word(found: Lexicon, rest: str) -> str | None:
    """The stem of ``rest`` if it is a word that may end a compound, in any inflection."""
    last = _stemmer().stemWord(rest)
    if last in found.last_stems or rest in found.last:
        return last
    for ending in ENDINGS:
        if rest.endswith(ending) and rest[: -len(ending)] in found.last:
            return last
    return None


def available() -> bool:
    return lexicon() is not None


@lru_cache(maxsize=100_000)
def parts(word: str) -> tuple[str, ...]:
    """The stems of the parts of the compound ``word`` (case-folded), first to last:
    ``integrationstjänsterna`` -> ``("integration", "tjänst")``; empty for a word of one
    part or where no dictionary is installed. Of several readings, the one of fewest parts,
    and of those the one whose last part is longest."""
    found = lexicon()
    if found is None or len(word) < 2 * MIN_PART or not word.isalpha():
        return ()
    readings = [
        (head[0], *rest)
        for end in range(MIN_PART, len(word) - MIN_PART + 1)
        if word[:end] not in PARTICLES and (head := found.first.get(word[:end]))
        for rest in _ends(found, word[end:], MAX_PARTS - 1, head[1])
    ]
    if not readings:
        return ()
    return min(readings, key=len)  # the first found of the fewest: the longest last part


def _ends(found: Lexicon, rest: str, most: int, linked: bool) -> list[tuple[str, ...]]:
    """The ways ``rest`` ends a compound: a word that may end one (in any inflection: its
    stem; a short one only after a linking ``s``, ``linked``), or middle parts before such
    a word; at most ``most`` parts."""
    ends = []
    last = _ends_word(found, rest)
    if last and len(last) >= (MIN_PART if linked else MIN_LAST):
        ends.append((last,))
    if most > 1:
        for end in range(MIN_PART, len(rest) - MIN_PART + 1):
            if middle := found.middle.get(rest[:end]):
                ends += [
                    (middle[0], *after) for after in _ends(found, rest[end:], most - 1, middle[1])
                ]
    return ends
