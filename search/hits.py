"""A search hit as the service gives it, built from an index entry without loading its page."""

from dataclasses import dataclass, field
from functools import lru_cache

from django.conf import settings
from django.db.models.base import ModelState
from django.urls import get_urlconf
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.models import Page, Site


@dataclass
class Hit:
    id: int  # the page's, or the document's
    kind: str  # "page" or "document"
    title: str
    url: str | None
    page_type: str
    locale: str
    published_at: object
    snippet: str
    score: float
    audiences: list[dict] = field(default_factory=list)


def _url(entry, site_roots=None, documents=None) -> str | None:
    """The reader's URL of an entry's page or document (without fetching the whole page;
    ``documents`` are the hits' documents by id, fetched together)."""
    if entry.page_id is not None:
        url_path = getattr(entry, "url_path", None)
        return _page_url(url_path, site_roots) if url_path else entry.page.url
    if documents is None:
        documents = get_document_model().objects.in_bulk([entry.document_id])
    document = documents.get(entry.document_id)
    return document.url if document is not None else None


def _page_url(url_path: str, site_roots=None) -> str | None:
    """``Page.url`` from the column it needs: Wagtail's URL routing reads only ``url_path``
    (and the site roots, fetched once per search), and building a full ``Page`` for each
    hit costs more than the rest of the search."""
    if site_roots is None:
        site_roots = Site.get_site_root_paths()
    return _routed_url(
        url_path, tuple(site_roots), translation.get_language(), get_urlconf(settings.ROOT_URLCONF)
    )


@lru_cache(maxsize=20_000)
def _routed_url(url_path: str, site_roots: tuple, language: str | None, urlconf) -> str | None:
    """The URL Wagtail routes ``url_path`` to, for the site roots, the active language and
    the URL configuration it depends on: a page's URL changes only with its path (a move
    or a new slug), so the hits of popular pages are routed once, not on every search."""
    page = Page.__new__(Page)
    page._state = ModelState()
    page.url_path = url_path
    page._wagtail_cached_site_root_paths = list(site_roots)
    return page.url


def hit_of(entry, score: float, excerpt: str, site_roots=None, documents=None) -> Hit:
    """A result from an index entry (a ``SearchEntry`` or a ``fulltext`` row)."""
    return Hit(
        id=entry.page_id if entry.page_id is not None else entry.document_id,
        kind="page" if entry.page_id is not None else "document",
        title=entry.title,
        url=_url(entry, site_roots, documents),
        page_type=entry.page_type,
        locale=entry.locale,
        published_at=entry.published_at,
        snippet=excerpt,
        score=score,
        audiences=list(entry.audience_list),
    )
