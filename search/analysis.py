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
  inflection); see ``search.finnish``;
- Swedish, where the Swedish Hunspell dictionary is installed: a compound's stem and its
  parts' stems (``integrationstjänster`` -> ``integrationstjänst``, ``integration``,
  ``tjänst``; see ``search.swedish``), else the stem alone.

Pure Python, no database: the indexers of each backend store these terms, and the query
side analyses the reader's words the same way, so the two always meet.
"""

import logging
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

import Stemmer

from . import finnish, swedish

logger = logging.getLogger(__name__)

SNOWBALL = {"fi": "finnish", "sv": "swedish", "en": "english"}
MAX_TOKEN_LENGTH = 64  # longer "words" are noise (hashes, URLs) and are skipped
MAX_TERMS = 50_000  # per field of an index entry: a giant page stays in every backend's limits
MIN_WORD_LENGTH = 4  # shorter words are not looked up for typos
TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
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
    if "-" in text and ELLIPSIS.search(text) and finnish.available():
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
            tokens[-1] = finnish.completed_part(part, word) or part
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


@cache
def _stemmer(language: str):
    return Stemmer.Stemmer(SNOWBALL.get(language, "english"))


def stem(token: str, language: str) -> str:
    return _stemmer(language).stemWord(token)


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
        lemmas = finnish.lemmas(token)
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
    finnish.available()
    swedish.lexicon()


def clear_caches():
    """Forget every word analysed so far (for tests that switch Voikko off)."""
    _known_terms.clear()
    _stored_words.clear()
    finnish.clear_caches()
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
    read = {"fi": finnish.readings, "sv": swedish_readings}.get(language)
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
    processes: it needs no Django (this module, ``search.finnish`` and ``search.swedish``
    alone), so any start method works."""
    return [index_text(*item) for item in items]
