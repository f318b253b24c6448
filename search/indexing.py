"""Keeping the search index in step with what is published.

Entries are built from the saved live row (never a draft in memory), from the fields each
page type lists in Wagtail's ``search_fields`` (StreamField text included), and removed as
soon as a page stops being published. No page class is imported: the page types come from
Wagtail's own registry.
"""

import logging
import time
from collections import Counter

from django.db import transaction
from django.dispatch import receiver
from django.utils.html import strip_tags
from wagtail.models import Page
from wagtail.search import index
from wagtail.signals import page_published, page_unpublished, post_page_move

from blocks.references import is_published

from .analysis import analyse
from .elasticsearch import ElasticsearchBackend, uses_elasticsearch
from .models import SearchAudience, SearchEntry, SearchTerm

logger = logging.getLogger(__name__)
TITLE_WEIGHT = 5.0


def field_text(page, field) -> str:
    """The searchable text of one ``index.SearchField`` of ``page``."""
    value = getattr(page, field.field_name, None)
    if callable(value):
        value = value()
    if value is None:
        return ""
    stream_block = getattr(value, "stream_block", None)
    if stream_block is not None:
        return " ".join(str(part) for part in stream_block.get_searchable_content(value))
    return strip_tags(str(value))


def page_text(page) -> str:
    parts = []
    for field in page.search_fields:
        if type(field) is index.SearchField and field.field_name != "title":
            text = field_text(page, field)
            if text:
                parts.append(text)
    return "\n".join(parts)


def page_audiences(page) -> list:
    """The audiences a page is tagged with, named in its language (page types that have them).

    Duck-typed so this app imports no page class: ``local_audiences()`` where a type offers
    it, else an ``audiences`` relation.
    """
    if callable(getattr(page, "local_audiences", None)):
        return list(page.local_audiences())
    related = getattr(page, "audiences", None)
    return list(related.all()) if hasattr(related, "all") else []


def index_page(page_id: int) -> bool:
    """Index the saved page ``page_id`` if it is published, else drop it. True if indexed."""
    page = Page.objects.filter(pk=page_id).select_related("locale").first()
    if page is None or page.depth <= 1 or not is_published(page):
        removed = SearchEntry.objects.filter(page_id=page_id).first()
        if removed is not None:
            removed.delete()
            if uses_elasticsearch():
                ElasticsearchBackend().delete(removed.locale, page_id)
        return False
    page = page.specific
    language = page.locale.language_code
    text = page_text(page)
    weights = Counter()
    for term in analyse(page.title, language):
        weights[term] += TITLE_WEIGHT
    for term in analyse(text, language):
        weights[term] += 1
    with transaction.atomic():
        entry, _created = SearchEntry.objects.update_or_create(
            page_id=page.pk,
            defaults={
                "locale": language,
                "page_type": page._meta.label,
                "title": page.title,
                "text": text,
                "published_at": getattr(page, "original_published_at", None)
                or page.first_published_at,
            },
        )
        entry.terms.all().delete()
        SearchTerm.objects.bulk_create(
            [SearchTerm(entry=entry, term=term, weight=weight) for term, weight in weights.items()]
        )
        entry.audiences.all().delete()
        SearchAudience.objects.bulk_create(
            [
                SearchAudience(entry=entry, key=str(a.translation_key), slug=a.slug, name=a.name)
                for a in page_audiences(page)
            ]
        )
    if uses_elasticsearch():
        slugs = entry.audiences.values_list("slug", flat=True)
        ElasticsearchBackend().put(entry, list(slugs), page.url)
    return True


def rebuild(progress=None) -> dict:
    """Index every page again; returns counts and pages per second."""
    started = time.perf_counter()
    ids = list(Page.objects.filter(depth__gt=1).order_by("path").values_list("pk", flat=True))
    indexed = 0
    for number, page_id in enumerate(ids, 1):
        indexed += index_page(page_id)
        if progress:
            progress(number, len(ids))
    SearchEntry.objects.exclude(page_id__in=ids).delete()
    seconds = time.perf_counter() - started
    return {"pages": len(ids), "indexed": indexed, "per_second": len(ids) / max(seconds, 1e-9)}


def _after_commit(page_ids):
    transaction.on_commit(lambda: [index_page(page_id) for page_id in page_ids])


@receiver(page_published)
@receiver(page_unpublished)
def _on_publish_change(sender, instance, **kwargs):
    _after_commit([instance.pk])


@receiver(post_page_move)
def _on_move(sender, instance, **kwargs):
    _after_commit(
        list(Page.objects.descendant_of(instance, inclusive=True).values_list("pk", flat=True))
    )
