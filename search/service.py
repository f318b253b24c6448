"""The one search service: the HTML search page and the API both call ``search()``.

Ranking: pages matching more of the query's words first, then by weight (title matches
count ``TITLE_WEIGHT`` times), then fresher pages. Only pages published at this moment are
returned: the index holds published pages only, and expiry, unpublishing and view
restrictions are checked again at query time.
"""

import datetime as dt
import difflib
import html
import re
from dataclasses import dataclass, field

from django.apps import apps
from django.core.cache import cache
from django.db.models import Count, F, Q, Sum
from django.utils import timezone, translation
from wagtail.contrib.search_promotions.models import Query as SearchQuery
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page, PageViewRestriction
from wagtail.search.utils import normalise_query_string

from .analysis import analyse, tokenize, word_terms
from .elasticsearch import ElasticsearchBackend, results_from_response, uses_elasticsearch
from .models import SearchAudience, SearchEntry, SearchTerm, UnansweredQuery

MAX_QUERY_LENGTH = 500
MAX_QUERY_TERMS = 32
SNIPPET_CHARS = 220
SCAN_CHARS = 4000
VOCABULARY_SECONDS = 300


class QueryError(ValueError):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


@dataclass
class Hit:
    page_id: int
    title: str
    url: str | None
    page_type: str
    locale: str
    published_at: object
    snippet: str
    score: float
    audiences: list[dict] = field(default_factory=list)


@dataclass
class Filters:
    """Narrowing a search: page type label, audience slug (in the search's language) and a
    publication date range (inclusive, local dates)."""

    page_type: str | None = None
    audience: str | None = None
    date_from: object = None
    date_to: object = None


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
    # {"type": [{"value", "label", "count"}], "audience": [...]} over all matches
    facets: dict = field(default_factory=lambda: {"type": [], "audience": []})


def _visible(entries):
    """Drop entries whose page stopped being published since it was indexed."""
    now = timezone.now()
    entries = entries.filter(page__live=True).filter(
        Q(page__expire_at__isnull=True) | Q(page__expire_at__gt=now)
    )
    for restriction in PageViewRestriction.objects.select_related("page"):
        restricted = Page.objects.descendant_of(restriction.page, inclusive=True)
        entries = entries.exclude(page__in=restricted)
    return entries


def _filtered(entries, filters: Filters):
    if filters.page_type:
        entries = entries.filter(page_type=filters.page_type)
    if filters.audience:
        entries = entries.filter(audiences__slug=filters.audience)
    tz = timezone.get_current_timezone()
    if filters.date_from:
        start = dt.datetime.combine(filters.date_from, dt.time.min, tzinfo=tz)
        entries = entries.filter(published_at__gte=start)
    if filters.date_to:
        end = dt.datetime.combine(filters.date_to + dt.timedelta(days=1), dt.time.min, tzinfo=tz)
        entries = entries.filter(published_at__lt=end)
    return entries


def _facets(matched_ids, locale: str) -> dict:
    types = (
        SearchEntry.objects.filter(page_id__in=matched_ids)
        .values("page_type")
        .annotate(count=Count("page_id"))
        .order_by("-count", "page_type")
    )
    audiences = (
        SearchAudience.objects.filter(entry_id__in=matched_ids)
        .values("slug", "name")
        .annotate(count=Count("entry_id", distinct=True))
        .order_by("-count", "name")
    )
    return {
        "type": [
            {
                "value": row["page_type"],
                "label": _type_label(row["page_type"], locale),
                "count": row["count"],
            }
            for row in types
        ],
        "audience": [
            {"value": row["slug"], "label": row["name"], "count": row["count"]} for row in audiences
        ],
    }


def _type_label(label: str, locale: str) -> str:
    """A page type's name in the search's language."""
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
    """Published pages in ``locale`` matching ``query``, best first (or newest first)."""
    query = (query or "").strip()
    if not query:
        raise QueryError("empty_query", "Type something to search for.")
    if len(query) > MAX_QUERY_LENGTH:
        raise QueryError("query_too_long", f"Use at most {MAX_QUERY_LENGTH} characters.")
    terms = list(dict.fromkeys(analyse(query, locale) + typo_terms(query, locale)))
    terms = terms[:MAX_QUERY_TERMS]
    results = SearchResults(query=query, locale=locale, total=0, page=page, per_page=per_page)
    results.promoted = promotions(query, locale)
    if not terms:
        return results
    if uses_elasticsearch():
        _search_elasticsearch(results, terms, filters or Filters(), sort)
        if results.total == 0 and page == 1:
            results.did_you_mean = did_you_mean(query, locale)
        return results
    entries = _visible(SearchEntry.objects.filter(locale=locale))
    matches = SearchTerm.objects.filter(term__in=terms, entry__in=entries)
    results.facets = _facets(matches.values("entry_id"), locale)
    entries = _filtered(entries, filters or Filters())
    ranked = (
        SearchTerm.objects.filter(term__in=terms, entry__in=entries)
        .values("entry_id")
        .annotate(matched=Count("term", distinct=True), score=Sum("weight"))
    )
    if sort == "newest":
        ranked = ranked.order_by("-entry__published_at", "-matched", "-score", "entry_id")
    else:
        ranked = ranked.order_by("-matched", "-score", "-entry__published_at", "entry_id")
    results.total = ranked.count()
    start = (page - 1) * per_page
    rows = list(ranked[start : start + per_page])
    found = {
        entry.page_id: entry
        for entry in SearchEntry.objects.filter(page_id__in=[r["entry_id"] for r in rows])
        .select_related("page")
        .prefetch_related("audiences")
    }
    for row in rows:
        entry = found[row["entry_id"]]
        excerpt = snippet(entry.text or entry.title, set(terms), locale)
        results.hits.append(_hit(entry, row["score"], excerpt))
    if results.total == 0 and page == 1:
        results.did_you_mean = did_you_mean(query, locale)
    return results


def _hit(entry, score: float, excerpt: str) -> Hit:
    """A result from an index entry (its page and audiences already fetched)."""
    return Hit(
        page_id=entry.page_id,
        title=entry.title,
        url=entry.page.url,
        page_type=entry.page_type,
        locale=entry.locale,
        published_at=entry.published_at,
        snippet=excerpt,
        score=score,
        audiences=[{"slug": a.slug, "name": a.name} for a in entry.audiences.all()],
    )


def _search_elasticsearch(results: SearchResults, terms, filters: Filters, sort: str):
    """The same search on the cluster; the database still decides what is published now."""
    answer = results_from_response(
        ElasticsearchBackend().search(
            results.query,
            results.locale,
            filters=filters,
            sort=sort,
            page=results.page,
            per_page=results.per_page,
        )
    )
    ids = [hit["page_id"] for hit in answer["hits"]]
    found = {
        entry.page_id: entry
        for entry in _visible(SearchEntry.objects.filter(page_id__in=ids))
        .select_related("page")
        .prefetch_related("audiences")
    }
    results.total = answer["total"]
    for hit in answer["hits"]:
        entry = found.get(hit["page_id"])
        if entry is None:
            continue  # expired or unpublished since it was indexed
        excerpt = hit["highlight"] or snippet(entry.text or entry.title, set(terms), results.locale)
        results.hits.append(_hit(entry, hit["score"], excerpt))
    names = dict(
        SearchAudience.objects.filter(
            entry__locale=results.locale, slug__in=[slug for slug, _n in answer["audience"]]
        ).values_list("slug", "name")
    )
    results.facets = {
        "type": [
            {"value": v, "label": _type_label(v, results.locale), "count": n}
            for v, n in answer["type"]
        ],
        "audience": [
            {"value": v, "label": names.get(v, v), "count": n} for v, n in answer["audience"]
        ],
    }


def promotions(query: str, locale: str) -> list[dict]:
    """Pages editors pinned for this query (Wagtail's search promotions), in ``locale`` only."""
    picks = list(
        SearchPromotion.objects.filter(
            query__query_string=normalise_query_string(query)[:255],
            page__locale__language_code=locale,
        )
        .select_related("page")
        .order_by("sort_order")
    )
    if not picks:
        return []
    visible = set(
        _visible(SearchEntry.objects.filter(page_id__in=[p.page_id for p in picks])).values_list(
            "page_id", flat=True
        )
    )
    return [
        {
            "id": pick.page_id,
            "title": pick.page.title,
            "url": pick.page.url,
            "description": pick.description,
        }
        for pick in picks
        if pick.page_id in visible
    ]


def vocabulary(locale: str) -> list[str]:
    """The words of the indexed pages of ``locale`` (titles and text), cached briefly."""
    key = f"search-vocabulary:{locale}:{SearchEntry.objects.filter(locale=locale).count()}"
    words = cache.get(key)
    if words is None:
        words = set()
        for title, text in SearchEntry.objects.filter(locale=locale).values_list("title", "text"):
            words.update(word for word in tokenize(f"{title} {text}") if len(word) > 3)
        words = sorted(words)
        cache.set(key, words, VOCABULARY_SECONDS)
    return words


def typo_terms(query: str, locale: str) -> list[str]:
    """Terms of close spellings for query words the index does not know (typo tolerance)."""
    words = [word for word in tokenize(query) if len(word) > 3 and not word.isdigit()][:8]
    if not words:
        return []
    known = set(
        SearchTerm.objects.filter(
            term__in=[term for word in words for term in word_terms(word, locale)],
            entry__locale=locale,
        ).values_list("term", flat=True)
    )
    extra = []
    for word in words:
        if known & set(word_terms(word, locale)):
            continue
        for candidate in difflib.get_close_matches(word, vocabulary(locale), n=2, cutoff=0.8):
            extra.extend(word_terms(candidate, locale))
    return extra


def did_you_mean(query: str, locale: str) -> str | None:
    """A nearby spelling made of words from the pages, if it finds something."""
    words = tokenize(query)
    corrected = [
        (difflib.get_close_matches(word, vocabulary(locale), n=1, cutoff=0.75) or [word])[0]
        for word in words
    ]
    if corrected == words:
        return None
    suggestion = " ".join(corrected)
    terms = list(dict.fromkeys(analyse(suggestion, locale)))
    found = SearchTerm.objects.filter(
        term__in=terms, entry__in=_visible(SearchEntry.objects.filter(locale=locale))
    ).exists()
    return suggestion if found else None


def record_query(query: str, locale: str, total: int):
    """Log a search for editors: Wagtail's search terms report, and our list of misses."""
    normalised = normalise_query_string(query)[:255]
    if not normalised:
        return
    SearchQuery.get(normalised).add_hit()
    if total == 0:
        logged, _created = UnansweredQuery.objects.get_or_create(
            query_string=normalised, locale=locale
        )
        UnansweredQuery.objects.filter(pk=logged.pk).update(count=F("count") + 1)


WORD = re.compile(r"[^\W_]+", re.UNICODE)


def snippet(text: str, terms: set[str], locale: str) -> str:
    """An HTML-escaped excerpt around the first matching word, matches in ``<mark>``."""
    # Analysing every word is costly: only words sharing a 3-letter start with a term are
    # analysed, and only near the start of the text.
    starts = {term[:3] for term in terms if len(term) >= 3}

    def hit(word: str) -> bool:
        folded = word.casefold()
        if folded[:3] not in starts:
            return False
        return bool(set(word_terms(tokenize(folded)[0], locale)) & terms)

    matches = [match for match in WORD.finditer(text[:SCAN_CHARS]) if hit(match.group())]
    if not matches:
        excerpt = text[:SNIPPET_CHARS]
        return html.escape(excerpt) + ("…" if len(text) > SNIPPET_CHARS else "")
    start = max(0, matches[0].start() - SNIPPET_CHARS // 3)
    end = min(len(text), start + SNIPPET_CHARS)
    out, cursor = [], start
    for match in matches:
        if match.start() < start or match.end() > end:
            continue
        out.append(html.escape(text[cursor : match.start()]))
        out.append(f"<mark>{html.escape(match.group())}</mark>")
        cursor = match.end()
    out.append(html.escape(text[cursor:end]))
    return ("…" if start > 0 else "") + "".join(out) + ("…" if end < len(text) else "")


def suggest(prefix: str, locale: str, limit: int = 8) -> list[Hit]:
    """Published pages in ``locale`` with a title word starting with each typed word."""
    words = tokenize(prefix)[:5]
    if not words:
        return []
    entries = _visible(SearchEntry.objects.filter(locale=locale))
    for word in words:
        entries = entries.filter(title__icontains=word)
    hits = []
    for entry in entries.select_related("page").order_by("-published_at", "title")[: limit * 5]:
        title_words = tokenize(entry.title)
        if all(any(t.startswith(word) for t in title_words) for word in words):
            hits.append(
                Hit(
                    page_id=entry.page_id,
                    title=entry.title,
                    url=entry.page.url,
                    page_type=entry.page_type,
                    locale=entry.locale,
                    published_at=entry.published_at,
                    snippet="",
                    score=0,
                )
            )
        if len(hits) == limit:
            break
    return hits
