"""The one search service: the HTML search page and the API both call ``search()``.

Ranking (``search.fulltext``): pages holding more of the query's words first (a compound
word counts where a page holds it or all its parts, see ``analysis.QueryWord``), then the
database's full text score (title matches weigh ``fulltext.shared.TITLE_WEIGHT`` times the
text), then fresher pages. Only pages published at this moment are returned: the index holds
published pages only, and expiry, unpublishing and view restrictions are checked again at
query time.
"""

import logging
import re
from dataclasses import dataclass, field, replace

from django.apps import apps
from django.conf import settings
from django.utils import timezone, translation
from django.utils.text import capfirst
from wagtail.documents import get_document_model
from wagtail.models import Site

from . import fulltext
from .analysis import (
    QUOTES,
    TOKEN,
    QueryWord,
    query_phrases,
    query_word,
    query_words,
    tokenize,
)
from .elasticsearch import ElasticsearchBackend, results_from_response, uses_elasticsearch
from .hits import Hit, hit_of
from .languages import ALL, languages
from .models import SearchAudience, SearchEntry, view_restricted_paths
from .promotions import promotions
from .query import searched_words
from .snippets import snippet
from .spelling import respellings

logger = logging.getLogger(__name__)
MAX_QUERY_LENGTH = 500
MAX_QUERY_TERMS = 32


SLUG = re.compile(r"[-\w]+")  # as Django's unicode slugs
TYPE_LABEL = re.compile(r"\w+\.\w+")  # app_label.ModelName


class QueryError(ValueError):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


@dataclass
class Filters:
    """Narrowing a search: page type label, audience slug (in the search's language; across
    languages, in any) and a publication date range (inclusive, local dates)."""

    page_type: str | None = None
    audience: str | None = None
    date_from: object = None
    date_to: object = None
    # Across languages: the audience's slug in each language (set by ``search``).
    same_audience: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        """Whether any filter narrows the search."""
        return any((self.page_type, self.audience, self.date_from, self.date_to))

    @property
    def possible(self) -> bool:
        """Whether the type and audience are written as a page type label and a slug are:
        others name nothing (a URL edited by hand, a fuzzer's bytes)."""
        return not (
            (self.page_type and not TYPE_LABEL.fullmatch(self.page_type))
            or (self.audience and not SLUG.fullmatch(self.audience))
        )

    @property
    def audience_slugs(self) -> tuple[str, ...]:
        """The slugs an entry's audience may have to pass the audience filter."""
        return self.same_audience or ((self.audience,) if self.audience else ())


def first_look(page: int, filters: Filters, sort: str) -> bool:
    """Whether a request is a reader's new search, for the query log: the first page, with
    no filter (a zero there is the filter's, not a miss) and the default order (a sort
    click repeats a search already logged)."""
    return page == 1 and not filters and sort == "relevance"


@dataclass
class SearchResults:
    query: str
    locale: str
    total: int
    page: int
    per_page: int
    hits: list[Hit] = field(default_factory=list)
    promoted: list[dict] = field(default_factory=list)
    did_you_mean: str | None = None
    # The query as searched, where a misspelt word was searched with its closest spelling
    # too (the database path) or instead (the cluster): "showing results for ..."
    corrected_query: str | None = None
    # Where nothing matched in the search's one language: each other language's pages the
    # same words find ({"locale", "name", "total"}; the language's name in itself), most
    # first ("3 results in Suomi")
    other_languages: list[dict] = field(default_factory=list)
    # {"type": [{"value", "label", "count"}], "audience": [...]} over all matches
    facets: dict = field(default_factory=lambda: {"type": [], "audience": []})
    filters: Filters = field(default_factory=Filters)  # as applied (see ``Filters``)


def _type_label(label: str, locale: str) -> str:
    """A page type's (or the document model's) name in the search's language."""
    try:
        with translation.override(locale):
            return str(apps.get_model(label)._meta.verbose_name).capitalize()
    except (LookupError, ValueError):
        return label


def search(
    query: str,
    locale: str,
    page: int = 1,
    per_page: int = 10,
    filters: Filters | None = None,
    sort: str = "relevance",
) -> SearchResults:
    """Published pages (and public documents) in ``locale`` (or in every language, for
    ``ALL``) matching ``query``, best first (or newest first), with facet counts and
    highlighted snippets. Each language's pages are matched with the query analysed in
    that language."""
    query = (query or "").strip()
    if not query:
        raise QueryError("empty_query", "Type something to search for.")
    if len(query) > MAX_QUERY_LENGTH:
        raise QueryError("query_too_long", f"Use at most {MAX_QUERY_LENGTH} characters.")
    words = query_words(query)
    # The words each language looks for (``search.query``): function words left out,
    # compounds written apart joined.
    searched = {language: searched_words(query, language) for language in languages(locale)}
    analysed = {language: query_groups(searched[language], language) for language in searched}
    results = SearchResults(query=query, locale=locale, total=0, page=page, per_page=per_page)
    results.promoted = promotions(query, locale)
    if not any(groups for groups, _owner in analysed.values()):
        return results
    filters = filters or Filters()
    if not filters.possible:
        return results  # no page has such a type or audience (and the database takes no NUL)
    if locale == ALL and filters.audience:
        filters = replace(filters, same_audience=_same_audience(filters.audience))
    results.filters = filters
    if not (
        uses_elasticsearch()
        and _search_elasticsearch(results, _respelled(query, words, analysed), filters, sort)
    ):
        _search_database(results, words, searched, analysed, filters, sort)
    if results.total == 0 and page == 1:
        results.did_you_mean = did_you_mean(query, locale, filters)
        if locale != ALL and not filters:
            results.other_languages = in_other_languages(query, locale)
    return results


def in_other_languages(query: str, locale: str) -> list[dict]:
    """How many published pages (and documents) of each language but ``locale`` the query
    finds, analysed in that language, most first; languages finding none are left out. For
    a search that found nothing: the reader may have searched in the wrong language, or the
    page may not be translated. (From the database index, which is always kept, on either
    backend. Not under filters: an audience is named differently in each language.)"""
    groups, phrases = {}, {}
    for language in languages(ALL):
        if language == locale:
            continue
        found, owner = query_groups(searched_words(query, language), language)
        if found:
            groups[language] = found
            phrases[language] = _phrase_groups(query, owner)
    if not groups:
        return []
    totals = fulltext.search(groups, Filters(), limit=1, facets=False, phrases=phrases).totals
    counted = [(language, total) for language, total in totals.items() if total]
    return [
        {
            "locale": language,
            "name": capfirst(translation.get_language_info(language)["name_local"]),
            "total": total,
        }
        for language, total in sorted(counted, key=lambda item: -item[1])
    ]


def _reader_language() -> str | None:
    """The language the reader reads the site in (a search across languages puts its
    pages first among those holding as many of the words)."""
    try:
        return translation.get_supported_language_variant(translation.get_language() or "")
    except LookupError:
        return None


def _search_database(
    results: SearchResults, words, searched: dict, analysed: dict, filters, sort: str
):
    """The search in the database's full text index (``search.fulltext``): one statement,
    with close spellings for words no searched language knows (``words``: the query's;
    ``searched``: those each language looks for; ``analysed``: their groups)."""

    phrases = {}  # by language: each phrase of the query as its words' group numbers

    def run(groups, owners, seen=None):
        phrases.update(
            (language, _phrase_groups(results.query, owner)) for language, owner in owners.items()
        )
        return fulltext.search(
            groups,
            filters,
            newest=sort == "newest",
            limit=results.per_page,
            offset=(results.page - 1) * results.per_page,
            seen=seen,
            prefer=_reader_language(),
            phrases=phrases,
        )

    spelt = {}  # by misspelt word, its closest spelling (from the last ``retyped``)
    respelt = {}  # those of the close spellings searched

    def retyped(typos):
        spelt.clear()
        again = {
            language: query_groups(searched[language], language, typos, spelt)
            for language in groups
        }
        return (
            {language: found for language, (found, _owner) in again.items()},
            {language: owner for language, (_found, owner) in again.items()},
        )

    groups = {language: found for language, (found, _owner) in analysed.items() if found}
    owners = {language: owner for language, (_found, owner) in analysed.items()}
    # Words on no page of any searched language are probably misspelt: search with close
    # spellings of them too. For several words, the look at the index that precedes the
    # search finds them, so a misspelt query is still one search statement.
    seen, typos = None, frozenset()
    if any(len(language_groups) > 1 for language_groups in groups.values()):
        seen = fulltext.look(groups, results.page * results.per_page)
        typos = _unmatched(words, analysed, seen.held)
        if typos and (corrected := retyped(typos))[0] != groups:
            (groups, owners), seen = corrected, None
            respelt = dict(spelt)
    found = run(groups, owners, seen)
    # A single word's own search tells (cheaply, when it matched nothing), and so does a
    # word only pages hidden from readers hold: then search again with close spellings.
    # (Not with a phrase: a word well spelt but never in the phrase matches nothing.)
    late = not typos and not any(phrases.values()) and _unmatched(words, analysed, found.words)
    if late and (corrected := retyped(late))[0] != groups:
        (groups, owners), found = corrected, run(*corrected)
        respelt = dict(spelt)
    results.total = found.total
    # "Showing results for" names a close spelling only where the word's search found pages.
    shown = {
        word: spelling for word, spelling in respelt.items() if _found(word, owners, found.words)
    }
    results.corrected_query = _with_spellings(results.query, shown)
    marks = {
        language: _marks(language_groups, phrases.get(language, []))
        for language, language_groups in groups.items()
    }
    site_roots = Site.get_site_root_paths()
    document_ids = [row.document_id for row in found.hits if row.document_id is not None]
    documents = get_document_model().objects.in_bulk(document_ids) if document_ids else {}
    for row in found.hits:
        terms, shown, whole = marks.get(row.locale, (set(), [], set()))
        excerpt = snippet(row.text or row.title, terms, row.locale, shown, whole)
        results.hits.append(hit_of(row, row.score, excerpt, site_roots, documents))
    results.facets = _facet_values(found.types, found.audiences, results.locale)


def _marks(words: list[QueryWord], phrases) -> tuple[set[str], list, set[str]]:
    """What a snippet looks for, for the query ``words`` of one language and its
    ``phrases`` (numbers of those words): every term of the words, each phrase as its words'
    own terms, and the words' own terms (a compound's own, not its parts')."""
    return (
        {term for word in words for term in word.terms},
        [[set(words[n].whole) for n in phrase] for phrase in phrases],
        {term for word in words for term in word.whole},
    )


def _query_marks(query: str, locale: str) -> tuple[set[str], list, set[str]]:
    """``_marks`` for ``query`` analysed in ``locale`` (every term of it: the cluster
    matched them all)."""
    words = searched_words(query, locale)
    return _marks(
        [query_word(word, locale) for word in words],
        _phrase_groups(query, {word: n for n, word in enumerate(words)}),
    )


def _phrase_groups(query: str, owner: dict[str, int]) -> list[tuple[int, ...]]:
    """The query's phrases (``analysis.query_phrases``) as the numbers of their words'
    groups (``owner``, from ``query_groups``); a phrase with a word search dropped (past
    ``analysis.MAX_QUERY_WORDS``) is left out."""
    return [
        tuple(owner[word] for word in phrase)
        for phrase in query_phrases(query)
        if all(word in owner for word in phrase)
    ]


def _label_language(locale: str) -> str:
    """The language to name page types in: the search's, or the reader's across languages."""
    if locale == ALL:
        return translation.get_language() or settings.LANGUAGE_CODE
    return locale


def _same_audience(slug: str) -> tuple[str, ...]:
    """The slugs, in every language, of the audience with ``slug`` in one of them (the
    indexed pages' audiences, by their translation key)."""
    key = SearchAudience.objects.filter(slug=slug).values("key")[:1]
    same = SearchAudience.objects.filter(key__in=key).values_list("slug", flat=True).distinct()
    return tuple(sorted({slug, *same}))


def _across_languages(audiences: list[tuple[str, str, int]], language: str) -> list:
    """Audience facet counts (slug, name, count) of several languages, one per audience
    (by its translation key): counts added, named as in ``language`` where its pages have
    it (else as the language counting most), best first."""
    slugs = {slug for slug, _name, _count in audiences}
    known = {  # by slug and name: a slug may be the same in two languages (``eu``)
        (slug, name): (key, locale)
        for slug, name, key, locale in SearchAudience.objects.filter(slug__in=slugs)
        .values_list("slug", "name", "key", "entry__locale")
        .distinct()
    }
    merged: dict[str, list] = {}
    for slug, name, count in sorted(audiences, key=lambda row: -row[2]):
        key, locale = known.get((slug, name), (slug, None))
        if key not in merged:
            merged[key] = [slug, name, 0]
        elif locale == language:
            merged[key][:2] = [slug, name]
        merged[key][2] += count
    return sorted(map(tuple, merged.values()), key=lambda row: (-row[2], row[1]))


def _facet_values(types, audiences, locale) -> dict:
    """Facet counts as the API and the page show them: value, label in the search's
    language (across languages, the reader's: see ``_label_language``), count."""
    language = _label_language(locale)
    if locale == ALL:
        audiences = _across_languages(audiences, language)
    return {
        "type": [
            {"value": value, "label": _type_label(value, language), "count": count}
            for value, count in types
        ],
        "audience": [
            {"value": value, "label": label, "count": count} for value, label, count in audiences
        ],
    }


def _respelled(query: str, words: list[str], analysed: dict) -> str:
    """``query`` as the cluster gets it: each word no searched language's index holds (a
    typo suspect, found as the database path finds them, in the database index, which is
    always kept) replaced by its closest respelling (``spelling.respellings``) in the first
    language that has one. The cluster has no vocabulary of its own to look in."""
    groups = {language: found for language, (found, _owner) in analysed.items() if found}
    typos = _unmatched(words, analysed, fulltext.look(groups, 1).held) if groups else ()
    replaced = {}
    for word in typos:
        for language in analysed:
            found = respellings(word, language, n=1, cutoff=0.8)
            if found and _held(found[0], language):
                replaced[word] = found[0]
                break
    return _with_spellings(query, replaced) or query


def _held(word: str, language: str) -> bool:
    """Whether some entry of ``language`` in the database index holds ``word`` (a close
    spelling may be a word only Voikko knows)."""
    groups, _owner = query_groups([word], language)
    return bool(groups and fulltext.look({language: groups}, 1).held.get(language))


def _with_spellings(query: str, spellings: dict[str, str]) -> str | None:
    """``query`` with each of its words (case-folded) in ``spellings`` replaced by the
    spelling given; None where none is."""
    if not spellings:
        return None
    return TOKEN.sub(lambda token: spellings.get(token.group().casefold(), token.group()), query)


def _search_elasticsearch(results: SearchResults, query: str, filters: Filters, sort: str) -> bool:
    """The same search on the cluster, for ``query`` (the reader's, respelled: see
    ``_respelled``); the database still decides what is published now. False if the
    cluster could not answer: the database index (always kept) answers then."""
    try:
        response = ElasticsearchBackend().search(
            query,
            results.locale,
            filters=filters,
            sort=sort,
            page=results.page,
            per_page=results.per_page,
            now=timezone.now(),
            restricted_paths=view_restricted_paths(),
            prefer=_reader_language(),
        )
    except Exception:  # noqa: BLE001 - any client or transport error
        logger.exception("Search cluster did not answer; searching the database index.")
        return False
    answer = results_from_response(response)
    marks = {}  # by language, what our own snippets look for (see ``_query_marks``)
    ids = [hit["entry_id"] for hit in answer["hits"]]
    found = {
        entry.id: entry
        for entry in SearchEntry.objects.filter(id__in=ids)
        .visible()
        .select_related("page", "content")
    }
    results.total = answer["total"]
    results.corrected_query = query if query != results.query else None
    for hit in answer["hits"]:
        entry = found.get(hit["entry_id"])
        if entry is None:
            continue  # expired or unpublished since it was indexed
        # Our own snippet, as on the database path: the cluster's highlighter would mark
        # the words its own language analyzer finds, not the terms search matched.
        if entry.locale not in marks:
            marks[entry.locale] = _query_marks(query, entry.locale)
        terms, shown, whole = marks[entry.locale]
        excerpt = snippet(entry.content.text or entry.title, terms, entry.locale, shown, whole)
        results.hits.append(hit_of(entry, hit["score"], excerpt))
    names = dict(
        SearchAudience.objects.filter(
            entry__locale__in=languages(results.locale),
            slug__in=[slug for slug, _n in answer["audience"]],
        ).values_list("slug", "name")
    )
    results.facets = _facet_values(
        answer["type"], [(v, names.get(v, v), n) for v, n in answer["audience"]], results.locale
    )
    return True


def query_groups(
    words: list[str], locale: str, typos=frozenset(), spelt: dict | None = None
) -> tuple[list[QueryWord], dict[str, int]]:
    """Each word as search looks for it (its analysis; for the ``typos``, also close
    spellings from the indexed vocabulary, the closest of each noted in ``spelt``), and
    which group each word went to.

    Ranking counts the words a page holds (``search.fulltext``), so each word's terms
    stay together; words with the same terms share a group."""
    groups, owner, total = [], {}, 0
    for word in words:
        group = query_word(word, locale)
        if word in typos:
            candidates = respellings(word, locale, n=2, cutoff=0.8)
            for candidate in candidates:
                group += query_word(candidate, locale)
            if candidates and spelt is not None:
                spelt.setdefault(word, candidates[0])
        group = group.keeping(group.terms[: MAX_QUERY_TERMS - total])
        if group is None:
            continue
        if group not in groups:
            groups.append(group)
            total += len(group.terms)
        owner[word] = groups.index(group)
    return groups, owner


def _matched(word: str, owner: dict[str, int], found_words: int) -> bool:
    """Whether the group of ``word`` (see ``query_groups``) matched a visible entry, by the
    bitmask ``fulltext.search`` returns for the group's language."""
    return bool(found_words & (1 << owner[word]))


def _found(word: str, owners: dict[str, dict[str, int]], found_words: dict[str, int]) -> bool:
    """Whether the group of ``word`` matched a visible entry in any searched language
    (``owners``: each language's word -> group, from ``query_groups``)."""
    return any(
        word in owner and _matched(word, owner, found_words.get(language, 0))
        for language, owner in owners.items()
    )


def _unmatched(words: list[str], analysed: dict, found_words: dict[str, int]) -> frozenset[str]:
    """The words (long enough to misspell) whose terms matched nothing in any of the
    searched languages (``analysed``: {language: (groups, owner)}): typo suspects."""
    owners = {language: owner for language, (_groups, owner) in analysed.items()}
    return frozenset(
        word
        for word in words
        if len(word) > 3
        and not word.isdigit()
        and any(word in owner for owner in owners.values())
        and not _found(word, owners, found_words)
    )


def did_you_mean(query: str, locale: str, filters: Filters | None = None) -> str | None:
    """A nearby spelling made of words from the pages, if it finds something under the same
    ``filters`` (in the first language that has one, across languages): the reader's link
    keeps them, and a zero that is the filters' is no misspelling."""
    if query_phrases(query) and (unquoted := _unquoted(query, locale, filters or Filters())):
        return unquoted
    words = tokenize(query)
    for language in languages(locale):
        corrected = [(respellings(word, language, n=1, cutoff=0.75) or [word])[0] for word in words]
        if corrected == words:
            continue
        suggestion = " ".join(corrected)
        groups, owner = query_groups(searched_words(suggestion, language), language)
        found = fulltext.search({language: groups}, filters or Filters(), limit=1, facets=False)
        # Each replacement must itself be on a page the reader may see now: the vocabulary
        # keeps the words of pages unpublished, expired or made private since (until a
        # rebuild), and suggesting one would tell that it was there.
        changed = {new for old, new in zip(words, corrected, strict=True) if new != old}
        bits = found.words.get(language, 0)
        if found.total and all(w in owner and _matched(w, owner, bits) for w in changed):
            return suggestion
    return None


def _unquoted(query: str, locale: str, filters: Filters) -> str | None:
    """``query`` without its quotation marks, if its words find something so (a phrase no
    page says, of words pages do say)."""
    unquoted = " ".join(QUOTES.sub(" ", query).split())
    groups = {
        language: query_groups(searched_words(unquoted, language), language)[0]
        for language in languages(locale)
    }
    found = fulltext.search(
        {code: g for code, g in groups.items() if g}, filters, limit=1, facets=False
    )
    return unquoted if found.total else None
