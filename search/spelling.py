"""Close spellings: the indexed words a word the index does not know may have meant.

Search looks for them where a query word matches nothing (typo tolerance), and "did you
mean" offers them. Three kinds of misspelling are common on the portal:

- a letter swapped, missing or extra (``kumppanuusohjlema``);
- the letters' marks left out (``paattajat`` for ``päättäjät``, ``forsok`` for ``försök``,
  ``tyoelama`` for ``työelämä``): many readers of an integration portal write on a
  keyboard, or a phone, without ``ä``, ``ö`` and ``å``;
- a compound written apart (``kotoutumis palvelut``, ``integrations tjänster``), a
  common slip in both languages, and more so for readers still learning them: made one
  word again before the search (``joined_apart``), not taken for a typo.

A word typed without marks is first given them back (``with_marks``) where that makes a
word of the language: ``paattajat`` is ``päättäjät``, which Voikko reads as ``päättäjä``,
so it finds the pages saying ``päättäjille``, whose spelling is far from it. Otherwise
words are compared with their marks left out, so the second kind is no misspelling at all
to the comparison, and the first is measured as before; of two equally close words, the
one closer as written comes first.
"""

import itertools
import math
import unicodedata

from rapidfuzz import fuzz, process

from . import finnish, swedish
from .models import SearchWord


def _unmarked(letter: str) -> str:
    """``letter`` without its marks (``ä`` -> ``a``), or as it is where it has none."""
    base = unicodedata.normalize("NFD", letter)[0]
    return base if base != letter and base.isascii() else letter


# The Latin letters with marks (Latin-1 and Latin Extended-A: Finnish, Swedish and the
# names of Europe) and the letter each is without them.
_MARKED = {c: _unmarked(c) for c in map(chr, range(0xC0, 0x180)) if _unmarked(c) != c}
WITHOUT_MARKS = str.maketrans(_MARKED)
# For each letter, the letters a word may start with for it: with marks or without.
SAME_LETTER: dict[str, set[str]] = {}
for _marked, _base in _MARKED.items():
    SAME_LETTER.setdefault(_base, {_base}).add(_marked)
for _marked, _base in _MARKED.items():
    SAME_LETTER[_marked] = SAME_LETTER[_base]


def without_marks(word: str) -> str:
    """``word`` with its letters' marks left out (``päättäjät`` -> ``paattajat``)."""
    return word.translate(WITHOUT_MARKS)


def close_words(word: str, locale: str, n: int, cutoff: float) -> list[str]:
    """Up to ``n`` indexed words of ``locale`` spelt like ``word``, closest first: those
    whose similarity with the marks left out (the share of letters in common, in order:
    rapidfuzz's ``ratio``) is at least ``cutoff``; ties go to the one closer as written,
    then as difflib's ``get_close_matches`` orders them.

    Only words of a similar length starting with the word's first or second letter (with
    or without marks) are compared, so the first two letters swapped are still found:
    comparing every word of a large site's vocabulary would take longer than the search
    itself. Scoring the thousands of candidates a common initial gives (at 10,000 pages)
    took about 3 ms a word with difflib and takes under 0.1 ms with rapidfuzz."""
    spread = max(2, len(word) // 4)
    initials = set().union(*(SAME_LETTER.get(letter, {letter}) for letter in word[:2]))
    candidates = list(
        SearchWord.objects.filter(
            locale=locale,
            initial__in=initials,
            length__range=(len(word) - spread, len(word) + spread),
        ).values_list("word", flat=True)
    )
    close = process.extract(
        without_marks(word),
        [without_marks(candidate) for candidate in candidates],
        scorer=fuzz.ratio,
        score_cutoff=cutoff * 100,
        limit=None,
    )
    ranked = sorted(
        (
            (score, fuzz.ratio(word, candidates[index]), candidates[index])
            for _unmarked_form, score, index in close
        ),
        reverse=True,
    )
    return [candidate for _score, _as_written, candidate in ranked[:n]]


# The marked letters of each language a reader without its keyboard types unmarked.
MARKED_LETTERS = {"fi": {"a": "ä", "o": "ö"}, "sv": {"a": "äå", "o": "ö"}}
MAX_SPELLINGS = 128  # a word with more places for a mark is left as it is
MIN_MARKED = 3  # letters: a shorter word (``a``, ``o``) is no word typed without its marks


def spellings_with_marks(word: str, language: str) -> list[str]:
    """``word`` and every spelling of it with marks on the letters a reader of ``language``
    may have typed without them (``forsok``: ``försok``, ``forsök``, ``försök``); ``word``
    alone where that would make more than MAX_SPELLINGS, or the word is shorter than
    MIN_MARKED."""
    letters = MARKED_LETTERS.get(language, {})
    choices = [(letter, *letters.get(letter, "")) for letter in word]
    if len(word) < MIN_MARKED or math.prod(map(len, choices)) > MAX_SPELLINGS:
        return [word]
    return ["".join(letters) for letters in itertools.product(*choices)]


def with_marks(word: str, language: str) -> list[str]:
    """The spellings of ``word`` with marks put back (``paattajat`` -> ``päättäjät``,
    ``forsok`` -> ``försök``) that are words of ``language``: those on its pages (the
    vocabulary) first, then, in Finnish, those Voikko knows in any form."""
    spellings = spellings_with_marks(word, language)[1:]  # not the word itself
    if not spellings:
        return []
    on_pages = set(
        SearchWord.objects.filter(locale=language, word__in=spellings).values_list(
            "word", flat=True
        )
    )
    known = [spelling for spelling in spellings if spelling in on_pages]
    if language == "fi":
        known += [s for s in spellings if s not in on_pages and finnish.known(s)]
    return known


def respellings(word: str, language: str, n: int, cutoff: float) -> list[str]:
    """Up to ``n`` words ``word`` may have meant in ``language``: with its marks put back
    (``with_marks``), then the closest spellings (``close_words``)."""
    found = with_marks(word, language)[:n]
    if len(found) < n:
        found += [w for w in close_words(word, language, n, cutoff) if w not in found]
    return found[:n]


def joined_apart(words: list[str], language: str, kept=frozenset()) -> list[str]:
    """``words`` (in query order) with each compound written apart, or with a hyphen, made
    one word again (``kotoutumis palvelut`` -> ``kotoutumispalvelut``, ``integrations
    tjänster`` -> ``integrationstjänster``): a word that is only ever a compound's first
    part (``_first_part_only``) followed by one it makes a compound with. Words of ``kept``
    (a quoted phrase's) stay as written."""
    joined, position = [], 0
    while position < len(words):
        word, following = words[position], words[position + 1 : position + 2]
        if (
            following
            and not {word, following[0]} & set(kept)
            and _first_part_only(word, language)
            and _compound(word + following[0], language)
        ):
            joined.append(word + following[0])
            position += 2
        else:
            joined.append(word)
            position += 1
    return joined


def _first_part_only(word: str, language: str) -> bool:
    """Whether ``word`` is a form only a compound's first part takes: in Finnish a word
    Voikko does not know alone (``kotoutumis``, ``sosiaali``); in Swedish a first part's
    form with a linking ``s`` (``integrations``, ``arbets``). Without the language's
    dictionary, no word is."""
    if language == "fi":
        return finnish.available() and word.isalpha() and not finnish.known(word)
    if language == "sv":
        lexicon = swedish.lexicon()
        return bool(lexicon and lexicon.first.get(word, ("", False))[1])
    return False


def _compound(word: str, language: str) -> bool:
    """Whether ``word`` is a compound of the language (Voikko knows it; the Swedish
    dictionary splits it)."""
    return finnish.known(word) if language == "fi" else bool(swedish.parts(word))
