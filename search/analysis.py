"""Language analysis for search, the same at index and at query time, on every backend.

``analyse(text, language)`` turns text into search terms:

- every language: Unicode-normalised, case-folded word tokens, each reduced by the Snowball
  stemmer of its language (PyStemmer): English plurals and Swedish definite forms meet
  their base form (``services`` ~ ``service``, ``kommunerna`` ~ ``kommun``);
- Finnish, where Voikko is installed: instead, the dictionary base form of each word and of
  each part of a compound (``kuntien`` -> ``kunta``; ``kotoutumispalvelut`` ->
  ``kotoutumispalvelu``, ``kotoutuminen``, ``palvelu``). Snowball alone cannot do this for
  Finnish. A word Voikko does not know (a name, a new coinage, another language) gets its
  Snowball stem, and without Voikko all of Finnish falls back to Snowball (weaker on
  inflection);
- Swedish, where the Swedish Hunspell dictionary is installed: a compound's stem and its
  parts' stems (``integrationstjänster`` -> ``integrationstjänst``, ``integration``,
  ``tjänst``; see ``search.swedish``), else the stem alone.

Pure Python, no database: the indexers of each backend store these terms, and the query
side analyses the reader's words the same way, so the two always meet.
"""

import itertools
import logging
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache

import Stemmer

from . import swedish

logger = logging.getLogger(__name__)

SNOWBALL = {"fi": "finnish", "sv": "swedish", "en": "english"}
MAX_TOKEN_LENGTH = 64  # longer "words" are noise (hashes, URLs) and are skipped
MAX_TERMS = 50_000  # per field of an index entry: a giant page stays in every backend's limits
MIN_WORD_LENGTH = 4  # shorter words are not looked up for typos
TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
WORDBASE_SEGMENT = re.compile(r"\+([^+(]*)(?:\(([^)]*)\))?")  # +surface(base), base optional
# A case ending after a colon, on an abbreviation or a number: EU:n, YK:ssa, 2021:n, FN:s.
# (Each pattern starts with its punctuation, which the regex engine finds fast.)
COLON_ENDING = re.compile(r":[^\W\d_]{1,5}(?![^\W_])")
WORD_BEFORE = re.compile(r"[^\W_]+$")
# After a word, a hyphen before a space or comma: the first part of a shared compound,
# ``sosiaali- ja terveyspalvelut`` (social and health services).
ELLIPSIS = re.compile(r"-[\s,]")
# What may stand between such a part and the word it shares the end of (other such parts
# aside): ``kotoutumis-, asumis- ja työllisyyspalvelut``.
LINKING_WORDS = frozenset({"ja", "tai", "sekä", "että", "kuin", "eli", "ynnä", "taikka"})
ELLIPSIS_REACH = 6  # words after the part: the word completing it comes before
ELLIPSIS_WINDOW = 400  # characters after the part read for them
SOFT_HYPHEN = "\xad"


def tokenize(text: str) -> list[str]:
    """Case-folded word tokens (letters and digits); hyphens and punctuation split words.

    Two Finnish (and Swedish) ways of writing are read as the words they stand for: an
    abbreviation's or a number's case ending after a colon is dropped (``EU:n`` -> ``eu``,
    not ``eu`` and ``n``), and the first part of a shared compound is completed with the
    end of the compound it shares (``sosiaali- ja terveyspalvelut`` -> ``sosiaalipalvelut``,
    ``ja``, ``terveyspalvelut``) where Voikko knows the completed word."""
    text = text or ""
    if not unicodedata.is_normalized("NFKC", text):  # a fast check; most text already is
        text = unicodedata.normalize("NFKC", text)
    if SOFT_HYPHEN in text:  # invisible, where a word may break: not between words
        text = text.replace(SOFT_HYPHEN, "")
    if "\u2010" in text:  # the Unicode hyphen (and, after NFKC, the non-breaking one)
        text = text.replace("\u2010", "-")
    if ":" in text:
        text = _without_case_endings(text)
    text = text.casefold()
    if "-" in text and ELLIPSIS.search(text) and _voikko() is not None:
        tokens = _completed_tokens(text)
    else:
        tokens = TOKEN.findall(text)
    if any(len(token) > MAX_TOKEN_LENGTH for token in tokens):
        tokens = [token for token in tokens if len(token) <= MAX_TOKEN_LENGTH]
    return tokens


def _without_case_endings(text: str) -> str:
    """``text`` without the case endings after a colon (``EU:n`` -> ``EU``): those follow
    an abbreviation read letter by letter (capitals) or a number, in lower case; any other
    colon (``Huom:lue``, ``HUOM:Uusi``) stays as it is."""
    kept, done = [], 0
    for ending in COLON_ENDING.finditer(text):
        colon = ending.start()
        word = WORD_BEFORE.search(text, max(0, colon - MAX_TOKEN_LENGTH), colon)
        if word and (word.group().isupper() or word.group().isdigit()) and ending.group().islower():
            kept.append(text[done:colon])
            done = ending.end()
    return "".join(kept) + text[done:] if kept else text


def _completed_tokens(text: str) -> list[str]:
    """The tokens of (case-folded) ``text``, each first part of a shared compound completed
    (see ``tokenize``). Only the text after each such part is looked at word by word."""
    tokens: list[str] = []
    done = 0
    for hint in ELLIPSIS.finditer(text):
        hyphen = hint.start()
        if hyphen == 0 or not TOKEN.match(text, hyphen - 1, hyphen):  # no word before it
            continue
        tokens += TOKEN.findall(text, done, hyphen)
        done = hyphen
        after = list(TOKEN.finditer(text, hyphen, hyphen + ELLIPSIS_WINDOW))
        if tokens and (word := _sharing_word(text, after)):
            part = tokens[-1]
            tokens[-1] = completed_part(part, word) or part
            if tokens[-1] == part + word == part + after[0].group():
                done = after[0].end()  # a word broken at a line end: its tail is no word
    return tokens + TOKEN.findall(text, done)


def _sharing_word(text: str, after: list[re.Match]) -> str | None:
    """Of the words ``after`` a shared compound's first part, the one whose end it shares:
    the first that is neither a linking word nor such a part itself; None where that is
    hyphenated (``Keski- ja Pohjois-Pohjanmaa`` shares ``-Pohjanmaa``, no part of it)."""

    def hyphen_after(n: int) -> bool:
        return text.startswith("-", after[n].end())

    def shared(n: int) -> bool:
        end = after[n].end()
        return bool(ELLIPSIS.match(text, end)) or (hyphen_after(n) and end + 1 == len(text))

    for n in range(min(ELLIPSIS_REACH, len(after))):
        if shared(n) or after[n].group() in LINKING_WORDS:
            continue
        if hyphen_after(n):  # a hyphenated word (``Keski- ja Pohjois-Pohjanmaa``): none
            return None
        return after[n].group()
    return None


@lru_cache(maxsize=10_000)
def completed_part(part: str, word: str) -> str | None:
    """``part`` (``sosiaali``, written ``sosiaali-``) completed with the end of the
    compound ``word`` it shares (``terveyspalvelut`` -> ``sosiaalipalvelut``), or with all
    of ``word`` where that is no compound (a word broken at a line end: ``kotou-
    tuminen``); None where Voikko does not know the result."""
    if not (part.isalpha() and word.isalpha()):  # a range of numbers: ``2020- 2021``
        return None
    endings = [_last_part(wordbases, word) for _baseform, wordbases in _analyses(word)]
    for ending in [*endings, word]:
        if ending and _analyses(part + ending):
            return part + ending
    return None


def _last_part(wordbases: str, word: str) -> str | None:
    """The last part of the compound ``word`` as written there (Voikko's ``wordbases``:
    ``+terve(terve)+ys(+ys)+palvel(palvella)+u(+u)`` -> ``palvelut``), or None for a word of
    one part. A part begins at every segment but a derivational suffix (base ``+...``)."""
    segments = WORDBASE_SEGMENT.findall(wordbases)
    starts = [n for n, (_surface, base) in enumerate(segments) if not base.startswith("+")]
    if len(starts) < 2:
        return None
    prefix = "".join(surface for surface, _base in segments[: starts[-1]]).casefold()
    if not word.startswith(prefix) or len(word) == len(prefix):
        return None
    return word[len(prefix) :]


@cache
def _stemmer(language: str):
    return Stemmer.Stemmer(SNOWBALL.get(language, "english"))


def stem(token: str, language: str) -> str:
    return _stemmer(language).stemWord(token)


@cache
def _voikko():
    """The Finnish morphological analyser, or None where libvoikko/voikko-fi are missing."""
    try:
        import libvoikko

        return libvoikko.Voikko("fi")
    except (ImportError, OSError) as error:
        logger.info("Voikko is not available (%s): Finnish search uses Snowball only.", error)
        return None
    except Exception as error:  # noqa: BLE001 - libvoikko raises its own error types
        logger.info("Voikko could not start (%s): Finnish search uses Snowball only.", error)
        return None


def voikko_available() -> bool:
    return _voikko() is not None


def finnish_word(word: str) -> bool:
    """Whether Voikko knows ``word`` as a Finnish word (in any form); False without Voikko."""
    voikko = _voikko()
    return bool(voikko and voikko.spell(word))


def _analyses(word: str) -> list[tuple[str, str]]:
    """Voikko's (BASEFORM, WORDBASES) for each reading of ``word``; a pronoun's base form
    is ``word`` itself.

    Pronouns keep their own form because their inflections are not one search word: a
    reader means the form (or an abbreviation spelt the same), and read as their base forms
    every ``teidän``, ``teille`` and ``teitä`` of a page addressing its readers met the query
    ``TE-palvelut`` (``TE`` is the pronoun ``te`` to Voikko), as every ``niiden`` met ``ne``."""
    return [
        (word.casefold() if word_class == PRONOUN else baseform, wordbases)
        for baseform, wordbases, word_class in _readings(word)
    ]


PRONOUN = "asemosana"  # Voikko's CLASS of a pronoun


def _readings(word: str) -> list[tuple[str, str, str]]:
    """Voikko's (BASEFORM, WORDBASES, CLASS) for each reading of ``word``.

    libvoikko's ``analyze()`` fetches every property of every reading through ctypes, which
    costs as much again as the analysis itself; indexing a large site analyses tens of
    thousands of distinct words, so only the properties search uses are fetched, through
    the same C calls. Falls back to ``analyze()`` if the binding changes shape."""
    voikko = _voikko()
    if not word or "\x00" in word:  # what the binding refuses, too
        return []
    lib = getattr(voikko, "_Voikko__lib", None)
    handle = getattr(voikko, "_Voikko__handle", None)
    if lib is None or handle is None:
        return [
            (a.get("BASEFORM") or "", a.get("WORDBASES") or "", a.get("CLASS") or "")
            for a in voikko.analyze(word)
        ]
    readings = lib.voikkoAnalyzeWordUcs4(handle, word)
    found = []
    if not bool(readings):
        return found
    try:
        index = 0
        while bool(readings[index]):
            reading = readings[index]
            found.append(
                tuple(
                    lib.voikko_mor_analysis_value_ucs4(reading, key) or ""
                    for key in (b"BASEFORM", b"WORDBASES", b"CLASS")
                )
            )
            index += 1
    finally:
        lib.voikko_free_mor_analysis(readings)
    return found


def _compound_parts(wordbases: str, baseform: str) -> list[tuple[str, ...]]:
    """The parts of a Finnish compound, from Voikko's WORDBASES, each as its base forms.

    ``+kotoutumis(kotoutua)+palvel(palvella)+u(+u)`` -> ``[("kotoutuminen",), ("palvelu",)]``:
    derivational suffixes (a base starting with "+") belong to the part before them, and a
    bound form without a base (``+yhteis+työ(työ)``) to the part after it (``yhteistyö``).
    Parts shorter than three letters are left out (``yö``, ``uu``: noise on their own)."""
    parts: list[list[str]] = []
    bound = ""
    for surface, base in WORDBASE_SEGMENT.findall(wordbases):
        if not base:
            bound += surface
        elif base.startswith("+") and parts:
            parts[-1][0] += bound + surface
            bound = ""
        else:
            parts.append([bound + surface, base])
            bound = ""
    if bound and parts:
        parts[-1][0] += bound
    if len(parts) < 2:
        return []
    found = [_part_lemmas(surface, base) for surface, base in parts[:-1]]
    prefix = "".join(surface for surface, _base in parts[:-1])
    if baseform.startswith(prefix) and len(baseform) > len(prefix):
        found.append((baseform[len(prefix) :],))
    lemmas = (tuple(lemma for lemma in part if len(lemma) >= 3) for part in found)
    return [part for part in lemmas if part]


@lru_cache(maxsize=50_000)
def _part_lemmas(surface: str, base: str) -> tuple[str, ...]:
    """A non-final compound part as words: ``kotoutumis`` -> ``kotoutuminen``, ``kotoutua``.

    The part's own form is tried first, then the ``-s`` -> ``-nen`` nominative that compounds
    shorten (kotoutumis-, asumis-); the recognised word and its dictionary form both count,
    so the part meets the same word standing alone, whichever form Voikko reports for it.
    """
    for candidate in (surface, surface[:-1] + "nen" if surface.endswith("s") else None):
        if not candidate:
            continue
        analyses = _analyses(candidate)
        if analyses:
            forms = [candidate.casefold()]
            forms += [baseform.casefold() for baseform, _bases in analyses if baseform]
            return tuple(dict.fromkeys(forms))
    return (base.replace("=", "").casefold(),) if base and not base.startswith("+") else ()


# Voikko's word bases of an adjective or noun made from a place name with -lainen/-läinen:
# ``ukrainalaisille`` is ``+ukraina(Ukraina)+lai+nen(+nen)``.
OF_A_PLACE = re.compile(r"\+[^(+]+\(([A-ZÅÄÖ][^()+]*)\)\+l[aä]i\+nen\(\+nen\)")


@lru_cache(maxsize=100_000)
def finnish_lemmas(word: str) -> frozenset[str]:
    """Dictionary base forms of ``word`` and of its compound parts (empty without Voikko),
    and of the place a ``-lainen`` word is made from (``ukrainalaiset``: ``ukraina``, so
    ``Ukraina`` finds the pages about Ukrainians, and the other way round)."""
    voikko = _voikko()
    if voikko is None:
        return frozenset()
    lemmas = set()
    for baseform, wordbases, parts in _word_readings(word):
        lemmas.add(baseform)
        for part in parts:
            lemmas.update(part)
        if place := OF_A_PLACE.fullmatch(wordbases):
            lemmas.add(place[1].casefold())
    return frozenset(lemmas)


def _word_readings(word: str) -> list[tuple[str, str, list[tuple[str, ...]]]]:
    """Voikko's readings of ``word`` as (base form, word bases, compound parts), keeping of
    its segmented readings only those of the fewest parts (see ``_stems``): the reading a
    reader means.

    Voikko reads many common words as unlikely compounds besides what they are: ``voimaan``
    (into force) also as ``voi`` + ``maa`` (butter, land), ``maailma`` as ``maa`` + ``ilma``,
    ``kuuluvat`` as ``kuu`` + ``lupa``, ``työvoimaa`` as ``työ`` + ``voi`` + ``maa``,
    ``kokonaisvaltainen`` as ``koko`` + ``nainen`` + ``valtainen`` beside ``kokonainen`` +
    ``valtainen``. Taken as parts, every page saying ``voimaan`` held ``maa`` and matched
    ``lähtömaa`` (country of origin) wherever it also said ``lähtö``, and ``naiset`` found
    every page saying ``kokonaisvaltainen``. A real compound has no reading of fewer parts:
    ``kotoutumispalvelut`` reads only as its two, and a compound in Voikko's own lexicon
    counts its parts there (``vertaistuki``, ``vertais=tuki``: two, as ``vertais`` +
    ``tuki``). A reading without word bases (a proper name Voikko knows as a whole:
    ``Maahanmuuttovirasto``) says nothing of the parts and is kept beside the others."""
    readings = []
    for baseform, wordbases in _analyses(word):
        if baseform := baseform.casefold():
            readings.append((baseform, wordbases, _compound_parts(wordbases, baseform)))
    counted = [_stems(wordbases) for _baseform, wordbases, _parts in readings if wordbases]
    if counted:
        fewest = min(counted)
        readings = [
            reading
            for reading in readings
            if not reading[1] or len(reading[2]) < 2 or _stems(reading[1]) == fewest
        ]
    return readings


def _stems(wordbases: str) -> int:
    """How many words Voikko's word bases join: each stem (``+palvel(palvella)``; the
    derivational suffixes after it, ``+u(+u)``, are its own), each compound boundary inside
    a lexicalised base (``vertais=tuki``: two), and a bound part before a stem
    (``+vertais+tuki(tuki)``: two). ``+kuulu(kuulua)+v+a(+a)`` is one."""
    stems, bound = 0, False
    for _surface, base in WORDBASE_SEGMENT.findall(wordbases):
        if not base:
            bound = True
        elif not base.startswith("+"):
            stems += 1 + base.count("=") + int(bound)
            bound = False
    return stems


@lru_cache(maxsize=10_000)
def finnish_readings(word: str) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """The ways a text holds ``word`` itself, by Voikko (empty without it): each reading's
    base form and, for a compound, its parts together (see ``QueryWord``)."""
    if _voikko() is None:
        return ()
    readings = []
    for baseform, _wordbases, parts in _word_readings(word):
        readings.append(((baseform,),))
        if len(parts) > 1:
            readings.append(tuple(parts))
    return joined_readings(readings)


def joined_readings(readings) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """``readings`` with those that differ in one part only joined there: (A and B) or
    (A and C) is A and (B or C), which names each term once (``kotoutumispalveluista``:
    ``kotoutuminen`` before ``palvelu`` or ``palveluinen``). Full text ranks count a term
    as often as a query names it."""
    readings = list(dict.fromkeys(readings))
    joined = True
    while joined:
        joined = False
        for (i, one), (j, other) in itertools.combinations(enumerate(readings), 2):
            if len(one) != len(other):
                continue
            differ = [
                k for k, (a, b) in enumerate(zip(one, other, strict=True)) if set(a) != set(b)
            ]
            if len(differ) <= 1:  # none: the same reading twice
                k = differ[0] if differ else 0
                both = tuple(dict.fromkeys(one[k] + other[k]))
                readings[i] = one[:k] + (both,) + one[k + 1 :]
                del readings[j]
                joined = True
                break
    return tuple(readings)


def word_terms(token: str, language: str) -> tuple[str, ...]:
    """The terms one word contributes: its Finnish base forms where Voikko knows the word,
    else its stem. (The stem of a known Finnish word adds nothing the base forms do not
    match, but makes the index and every search over it half as large again.)

    Cached: real text repeats its words (Zipf), so indexing a page mostly hits the cache.
    A plain dict per language (bounded): a page has hundreds of words, and ``lru_cache``'s
    lookups took twice as long."""
    known = _known_terms[language]
    found = known.get(token)
    if found is None:
        if len(known) >= KNOWN_TERMS:
            known.clear()
        found = known[token] = _word_terms(token, language)
    return found


KNOWN_TERMS = 200_000
_known_terms: dict[str, dict[str, tuple[str, ...]]] = defaultdict(dict)


def _word_terms(token: str, language: str) -> tuple[str, ...]:
    if language == "fi":
        lemmas = finnish_lemmas(token)
        if lemmas:
            return tuple(sorted(lemmas))
    if language == "sv" and (parts := swedish.parts(token)):
        return tuple(dict.fromkeys((stem(token, language), *parts)))
    return (stem(token, language),)


def swedish_readings(token: str) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """The ways a text holds the Swedish ``token`` itself (see ``QueryWord``): its stem,
    and for a compound (``search.swedish``) all its parts together."""
    whole = ((stem(token, "sv"),),)
    parts = swedish.parts(token)
    return (whole, tuple((part,) for part in parts)) if parts else (whole,)


def warm_up():
    """Start the analysers a first search or index update would otherwise wait for: Voikko,
    and the Swedish dictionary (about half a second to read). The WSGI module calls this, so
    a web server's processes do it before their first request."""
    _voikko()
    swedish.lexicon()


def clear_caches():
    """Forget every word analysed so far (for tests that switch Voikko off)."""
    _known_terms.clear()
    _stored_words.clear()
    finnish_lemmas.cache_clear()
    finnish_readings.cache_clear()
    _part_lemmas.cache_clear()
    completed_part.cache_clear()
    swedish.parts.cache_clear()


@dataclass(frozen=True)
class QueryWord:
    """A word of a query (or several spellings of one) as search looks for it.

    ``terms``: every term that matches it at all (base forms, compound parts, or a stem).
    ``readings``: the ways a page holds the word itself, each a tuple of parts that must
    all be on the page, each part as its alternative terms. For most words that is any of
    the terms; a Finnish compound is held by the compound itself or its parts together:
    ``kotoutumispalvelut`` by a page saying ``kotoutumispalvelu`` or ``kotoutumisen
    palvelut``, not by one saying only ``palvelu``. Ranking puts the pages holding the words
    themselves first (``search.fulltext``); a page holding one part still matches, below."""

    terms: tuple[str, ...]
    readings: tuple[tuple[tuple[str, ...], ...], ...]

    @property
    def compound(self) -> bool:
        """Whether holding a term is not yet holding the word (some reading has parts)."""
        return any(len(reading) > 1 for reading in self.readings)

    def __add__(self, other: "QueryWord") -> "QueryWord":
        """This word or ``other`` (a close spelling of it)."""
        return QueryWord(
            tuple(dict.fromkeys(self.terms + other.terms)),
            tuple(dict.fromkeys(self.readings + other.readings)),
        )

    def keeping(self, terms) -> "QueryWord | None":
        """The word with only ``terms`` (a reading losing every term of a part is dropped),
        or None when no term is left."""
        kept = set(terms)
        readings = tuple(
            reading
            for reading in (
                tuple(tuple(term for term in part if term in kept) for part in reading)
                for reading in self.readings
            )
            if all(reading)
        )
        left = tuple(term for term in self.terms if term in kept)
        if not left:
            return None
        # Terms of dropped readings still match, as themselves.
        return QueryWord(left, _every_term_read(left, readings))

    @property
    def whole(self) -> tuple[str, ...]:
        """The terms a single word holding this word itself has: those of its readings of
        one part (a compound's own base form, not its parts), for phrases."""
        whole = tuple(term for reading in self.readings if len(reading) == 1 for term in reading[0])
        return tuple(dict.fromkeys(whole)) or self.terms

    @property
    def named(self) -> list[str]:
        """The terms as the readings name them, a term once for each time it is named (a
        full text rank counts it as often)."""
        return [term for reading in self.readings for part in reading for term in part]


def _every_term_read(terms, readings) -> tuple:
    """``readings`` and, for each of ``terms`` none of them names, a reading of its own."""
    named = {term for reading in readings for part in reading for term in part}
    return readings + tuple(((term,),) for term in terms if term not in named)


MAX_QUERY_WORDS = 12


def query_words(query: str) -> list[str]:
    """The words of a query that search uses (each once, at most ``MAX_QUERY_WORDS``)."""
    return list(dict.fromkeys(tokenize(query)))[:MAX_QUERY_WORDS]


# Quotation marks a reader may type around a phrase: the straight one, and the typographic
# ones of Finnish and Swedish (” ”, » ») and English (“ ”), and „.
QUOTES = re.compile('["\u201c\u201d\u201e\u00ab\u00bb]')


def query_phrases(query: str) -> list[list[str]]:
    """The phrases of a query: the words between quotation marks (``"kotona suomessa"``),
    as ``tokenize`` gives them, where there are at least two (one quoted word is a word). A
    quotation left open runs to the end of the query, as the reader's eye reads it."""
    parts = QUOTES.split(query or "")
    return [words for words in map(tokenize, parts[1::2]) if len(words) > 1]


def phrase_words(query: str) -> set[str]:
    """The words of the query's phrases (``query_phrases``): they stay as written."""
    return {word for phrase in query_phrases(query) for word in phrase}


def phrase_pattern(words: list[tuple[str, ...]]) -> str:
    """A regular expression (the same in Python and PostgreSQL) for stored terms (see
    ``IndexText``) holding the phrase ``words``, each word given as its alternative terms:
    consecutive words, each holding one of its terms. It starts at a term of the first word
    (a term's own start: after a space, a separator or nothing) and ends at one of the last
    (before them or nothing)."""
    sep = re.escape(TERM_SEPARATOR)
    outside = f"[^ {sep}]"  # neither a space nor the separator
    held = [f"(?:{'|'.join(map(re.escape, terms))})" for terms in words]
    between = f"(?:{sep}{outside}+)* (?:{outside}+{sep})*"  # the rest of a word, the next's start
    return f"(?<!{outside}){between.join(held)}(?!{outside})"


def query_word(token: str, language: str) -> QueryWord:
    """``token`` (from ``tokenize``) as search looks for it (see ``QueryWord``)."""
    terms = word_terms(token, language)
    read = {"fi": finnish_readings, "sv": swedish_readings}.get(language)
    readings = read(token) if read else ()
    # Any term no reading covers (none today: the same analysis gives both) stands alone.
    return QueryWord(terms, _every_term_read(terms, readings))


def analyse(text: str, language: str) -> list[str]:
    """All search terms of ``text`` in ``language`` (fi, sv or en), in text order."""
    return token_terms(tokenize(text), language)


def token_terms(tokens: list[str], language: str) -> list[str]:
    """The search terms of already ``tokenize``d text, in order."""
    known = _known_terms[language]
    terms = []
    for token in tokens:
        terms += known.get(token) or word_terms(token, language)
    return terms


# Between the terms of one word in the stored terms (``IndexText``); words are separated by
# spaces. Both databases' full text tokenizers (and the Elasticsearch analyzer
# ``portal_terms``) read it as a break between terms; a phrase (``phrase_pattern``) reads
# it to tell the words apart.
TERM_SEPARATOR = "|"


@dataclass(frozen=True)
class IndexText:
    """An index entry's title and text as the index stores them: the analysed terms in text
    order, the words separated by spaces and the terms of one word by ``TERM_SEPARATOR``
    (``kotona suomessa`` -> ``koti|kotona suomi``), and the words typo tolerance looks among
    (at least ``MIN_WORD_LENGTH`` letters; numbers are not misspelt)."""

    title_terms: str
    text_terms: str
    words: frozenset[str]


def stored_terms(tokens: list[str], language: str) -> str:
    """The terms of ``tokens`` as the index stores them (see ``IndexText``), at most
    ``MAX_TERMS``, whole words only. Each word's stored form is cached with its terms (a
    rebuild stores every word of the site; joining each anew cost a third more time)."""
    stored = _stored_words[language]
    if len(stored) >= KNOWN_TERMS:
        stored.clear()
    words = [stored.get(token) or _stored_word(token, language) for token in tokens]
    text = " ".join(words)
    if text.count(" ") + text.count(TERM_SEPARATOR) < MAX_TERMS:
        return text
    kept, count = [], 0
    for word in words:
        count += word.count(TERM_SEPARATOR) + 1
        if count > MAX_TERMS:
            break
        kept.append(word)
    return " ".join(kept)


_stored_words: dict[str, dict[str, str]] = defaultdict(dict)


def _stored_word(token: str, language: str) -> str:
    word = _stored_words[language][token] = TERM_SEPARATOR.join(word_terms(token, language))
    return word


def stored_term_list(stored: str) -> list[str]:
    """The terms of stored terms (see ``IndexText``), in text order."""
    return stored.replace(TERM_SEPARATOR, " ").split()


def index_text(title: str, text: str, language: str) -> IndexText:
    """What the index stores for an entry with this ``title`` and ``text``."""
    title_tokens, text_tokens = tokenize(title), tokenize(text)
    words = frozenset(
        word
        for word in {*title_tokens, *text_tokens}
        if len(word) >= MIN_WORD_LENGTH and not word.isdigit()
    )
    return IndexText(
        title_terms=stored_terms(title_tokens, language),
        text_terms=stored_terms(text_tokens, language),
        words=words,
    )


def index_texts(items: list[tuple[str, str, str]]) -> list[IndexText]:
    """``index_text`` of each (title, text, language). A rebuild runs this in worker
    processes: it needs nothing but this module (no Django), so any start method works."""
    return [index_text(*item) for item in items]
