"""What editors steer and see of search: the pages they pin for a query (Wagtail's search
promotions, per language) and the query log (Wagtail's search terms report, and our list of
searches that found nothing)."""

import re

from django.core.cache import cache
from django.db.models import F
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.contrib.search_promotions.models import Query as SearchQuery
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.utils import normalise_query_string

from .analysis import QUOTES
from .languages import ALL
from .models import SearchEntry, UnansweredQuery

PROMOTED_KEY = "search-promoted-queries"
PROMOTED_SECONDS = 60


def promotions(query: str, locale: str) -> list[dict]:
    """Pages editors pinned for this query (Wagtail's search promotions), in ``locale`` only
    (in every language for ``ALL``). A query in quotation marks (a phrase) is the same
    query without them here: editors pin pages for words."""
    pinned = promoted_queries()
    keys = (query_key(query), query_key(QUOTES.sub(" ", query)))
    normalised = next((key for key in keys if key in pinned), None)
    if normalised is None:
        return []
    picks = SearchPromotion.objects.filter(query__query_string=normalised)
    if locale != ALL:
        picks = picks.filter(page__locale__language_code=locale)
    picks = list(picks.select_related("page").order_by("sort_order"))
    visible = set(
        SearchEntry.objects.filter(page_id__in=[p.page_id for p in picks])
        .visible()
        .values_list("page_id", flat=True)
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


def promoted_queries() -> frozenset[str]:
    """The query strings editors pinned pages for (cached; editing a promotion clears it)."""
    queries = cache.get(PROMOTED_KEY)
    if queries is None:
        queries = frozenset(
            SearchPromotion.objects.values_list("query__query_string", flat=True).distinct()
        )
        cache.set(PROMOTED_KEY, queries, PROMOTED_SECONDS)
    return queries


@receiver([post_save, post_delete], sender=SearchPromotion)
@receiver([post_save, post_delete], sender=SearchQuery)
def _promotions_changed(sender, created=False, **kwargs):
    # Every new search string creates a Query (record_query); a new one has no promotions.
    if not (sender is SearchQuery and created):
        cache.delete(PROMOTED_KEY)


CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def query_key(query: str) -> str:
    """A query as editors' promotions and the query log store it: Wagtail's normalised form,
    without control characters (PostgreSQL cannot store NUL), at most 255 characters."""
    return normalise_query_string(CONTROL.sub(" ", query))[:255]


def record_query(query: str, locale: str, total: int):
    """Log a search for editors: Wagtail's search terms report, and our list of misses."""
    normalised = query_key(query)
    if not normalised:
        return
    SearchQuery.get(normalised).add_hit()
    if total == 0:
        logged, _created = UnansweredQuery.objects.get_or_create(
            query_string=normalised, locale=locale
        )
        UnansweredQuery.objects.filter(pk=logged.pk).update(count=F("count") + 1)
