"""Behaviour every portal page type shares."""

from collections import defaultdict
from functools import lru_cache

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.utils.translation import gettext_lazy as _
from wagtail.api import APIField
from wagtail.models import Locale, Page

from cms.publishing import is_expired, published_pages


@lru_cache(maxsize=64)
def language_code_of(locale_id: int) -> str:
    """A locale's language code without a query per page (a locale id never changes code)."""
    return Locale.objects.get(pk=locale_id).language_code


def _language_order(page) -> int:
    codes = [code for code, _name in settings.LANGUAGES]
    return codes.index(page.locale.language_code)


def prefetch_translations(pages) -> None:
    """Look up the published translations of many pages in one query (API listings)."""
    keys = {page.translation_key for page in pages}
    found = published_pages(Page.objects.filter(translation_key__in=keys)).select_related("locale")
    by_key = defaultdict(list)
    for page in found:
        by_key[page.translation_key].append(page)
    for page in pages:
        page._published_translations = sorted(by_key[page.translation_key], key=_language_order)


def _ancestor_paths(page) -> list[str]:
    """Tree paths of the page's ancestors from its language's home page down to its parent."""
    step = Page.steplen
    return [page.path[: step * level] for level in range(2, page.depth)]


def prefetch_breadcrumbs(pages) -> None:
    """Look up the published ancestors of many pages in one query (API listings)."""
    paths = {path for page in pages for path in _ancestor_paths(page)}
    found = {page.path: page for page in published_pages(Page.objects.filter(path__in=paths))}
    for page in pages:
        page._breadcrumb_pages = [found[p] for p in _ancestor_paths(page) if p in found]


class PortalPage(Page):
    """Base of all page types: expiry is enforced at request time, translations are linked."""

    api_fields = [
        APIField("translations"),
        APIField("breadcrumbs"),
    ]

    class Meta:
        abstract = True

    @property
    def language_code(self) -> str:
        return language_code_of(self.locale_id)

    @property
    def teaser_text(self) -> str:
        """Short text a teaser card shows when the editor wrote none."""
        return getattr(self, "intro", "") or self.search_description or ""

    @property
    def preview_modes(self):
        """Wagtail's own preview, plus the decoupled front end's when one is configured.

        Only saved pages: the front end reads the preview by page id.
        """
        modes = list(super().preview_modes)
        if settings.FRONTEND_PREVIEW_URL and self.pk:
            modes.append(("headless", _("Front end")))
        return modes

    def serve_preview(self, request, mode_name):
        if mode_name == "headless" and settings.FRONTEND_PREVIEW_URL:
            from cms.preview import create_token, frontend_url

            response = HttpResponseRedirect(frontend_url(self, create_token(self)))
            response["Cache-Control"] = "private, no-store"
            return response
        return super().serve_preview(request, mode_name)

    def serve(self, request, *args, **kwargs):
        # ``publish_scheduled`` runs only once a minute: never serve a page past its expiry.
        if is_expired(self) and not getattr(request, "is_preview", False):
            raise Http404
        return super().serve(request, *args, **kwargs)

    def published_translations(self):
        """This page in every language where it is published, in the site's language order."""
        prefetched = getattr(self, "_published_translations", None)
        if prefetched is not None:
            return prefetched
        pages = published_pages(self.get_translations(inclusive=True)).select_related("locale")
        return sorted(pages, key=_language_order)

    @property
    def breadcrumbs(self):
        """API: the way from the language's home page to this page's parent (published only)."""
        pages = getattr(self, "_breadcrumb_pages", None)
        if pages is None:
            pages = list(published_pages(Page.objects.filter(path__in=_ancestor_paths(self))))
            pages.sort(key=lambda page: page.depth)
        return [{"id": page.pk, "title": page.title, "url": page.url} for page in pages]

    @property
    def translations(self):
        """API: the page's published translations (including itself) as locale + URL."""
        return [
            {
                "id": page.pk,
                "locale": page.locale.language_code,
                "title": page.title,
                "url": page.url,
            }
            for page in self.published_translations()
        ]
