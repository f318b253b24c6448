"""How blocks point at pages and documents, in HTML and in the API.

A chosen page is shown in the language being read: a Finnish teaser copied into the Swedish
tree still links to the Swedish section page when one is live.
"""

from django.utils import timezone
from wagtail.models import Page


def is_expired(page: Page, now=None) -> bool:
    """True once ``expire_at`` has passed, even before ``publish_scheduled`` unpublishes it."""
    now = now or timezone.now()
    return page.expire_at is not None and page.expire_at <= now


def is_published(page: Page) -> bool:
    """Live, not expired and not behind a view restriction at this moment."""
    if not page.live or is_expired(page):
        return False
    return not page.get_view_restrictions().exists()


def localized_page(page: Page | None) -> Page | None:
    """The published translation of ``page`` in the active language, else ``page`` itself.

    Returns ``None`` when nothing publishable is left, so templates and the API simply omit
    links to drafts, private or expired pages.
    """
    if page is None:
        return None
    page = page.specific
    translated = page.localized
    if translated.pk != page.pk and is_published(translated):
        return translated.specific
    return page if is_published(page) else None


def page_reference(page: Page | None, request=None) -> dict | None:
    """A chosen page as the API shows it: id, title, URL and locale, never internal paths."""
    page = localized_page(page)
    if page is None:
        return None
    return {
        "id": page.pk,
        "title": page.title,
        "url": page.get_url(request=request),
        "locale": page.locale.language_code,
    }
