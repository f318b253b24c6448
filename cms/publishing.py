"""What "published" means for readers and API consumers, in one place.

A page is published when it is live, not expired at this moment (``expire_at`` is checked
here, not only by the ``publish_scheduled`` job) and neither it nor an ancestor carries a
view restriction. Every reader-facing query goes through ``published_pages``.
"""

from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from blocks.references import is_expired, is_published

__all__ = ["is_expired", "is_published", "not_expired_q", "published_pages"]


def not_expired_q(now=None) -> Q:
    now = now or timezone.now()
    return Q(expire_at__isnull=True) | Q(expire_at__gt=now)


def published_pages(queryset=None):
    """Filter a page queryset down to what an anonymous reader may see right now."""
    queryset = Page.objects.all() if queryset is None else queryset
    queryset = queryset.live().filter(not_expired_q())
    for restricted in PageViewRestriction.objects.select_related("page"):
        queryset = queryset.not_descendant_of(restricted.page, inclusive=True)
    return queryset
