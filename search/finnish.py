"""Finnish words as Voikko (libvoikko with the voikko-fi dictionary) reads them: the
dictionary base forms of a word and of its compound parts (``kotoutumispalveluista`` ->
``kotoutumispalvelu``, ``kotoutuminen``, ``palvelu``), the ways a page holds a compound
itself, and the completion of a shared compound's first part (``sosiaali- ja
terveyspalvelut``). Without Voikko every function answers as for a word it does not know,
and ``search.analysis`` falls back to Snowball."""

import itertools
import logging
import re
from functools import cache, lru_cache

logger = logging.getLogger(__name__)

WORDBASE_SEGMENT = re.compile(r"\+([^+(]*)(?:\(([^)]*)\))?")  # +surface(base), base optional


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


def available() -> bool:
    return _voikko() is not None


def known(word: str) -> bool:
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
def lemmas(word: str) -> frozenset[str]:
    """Dictionary base forms of ``word`` and of its compound parts (empty without Voikko),
    and of the place a ``-lainen`` word is made from (``ukrainalaiset``: ``ukraina``, so
    ``Ukraina`` finds the pages about Ukrainians, and the other way round)."""
    voikko = _voikko()
    if voikko is None:
        return frozenset()
    found = set()
    for baseform, wordbases, parts in _word_readings(word):
        found.add(baseform)
        for part in parts:
            found.update(part)
        if place := OF_A_PLACE.fullmatch(wordbases):
            found.add(place[1].casefold())
    return frozenset(found)


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
    stems = [_stems(wordbases) if wordbases else None for _base, wordbases, _parts in readings]
    fewest = min((n for n in stems if n is not None), default=None)
    return [
        reading
        for reading, n in zip(readings, stems, strict=True)
        if n is None or n == fewest or len(reading[2]) < 2
    ]


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
def readings(word: str) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """The ways a text holds ``word`` itself, by Voikko (empty without it): each reading's
    base form and, for a compound, its parts together (see ``QueryWord``)."""
    if _voikko() is None:
        return ()
    found = []
    for baseform, _wordbases, parts in _word_readings(word):
        found.append(((baseform,),))
        if len(parts) > 1:
            found.append(tuple(parts))
    return joined_readings(found)


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


def clear_caches():
    """Forget every word read so far (for tests that switch Voikko off)."""
    lemmas.cache_clear()
    readings.cache_clear()
    _part_lemmas.cache_clear()
    completed_part.cache_clear()
