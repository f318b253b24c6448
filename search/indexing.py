"""Keeping the search index in step with what is published.

Entries are built from the saved live row (never a draft in memory), from the fields each
page type lists in Wagtail's ``search_fields`` (StreamField text included), and removed as
soon as a page stops being published. Documents are indexed by title, once per language.
No page class is imported: the page types come from Wagtail's own registry.
"""

import logging
from collections import defaultdict

from django.db import connection, transaction
from django.db.models.signals import post_save, pre_delete
from django.dispatch import receiver
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page
from wagtail.search import index
from wagtail.signals import page_published, page_unpublished, post_page_move

from blocks.text import searchable_text

from .analysis import SOFT_HYPHEN, IndexText, index_texts
from .elasticsearch import ElasticsearchBackend, uses_elasticsearch
from .models import (
    SearchAudience,
    SearchEntry,
    SearchText,
    SearchWord,
    restricted_collection_paths,
    view_restricted_paths,
)

logger = logging.getLogger(__name__)


def field_text(page, field) -> str:
    """The searchable text of one ``index.SearchField`` of ``page``."""
    value = getattr(page, field.field_name, None)
    if callable(value):
        value = value()
    if value is None:
        return ""
    stream_block = getattr(value, "stream_block", None)
    if stream_block is not None:
        text = " ".join(str(part) for part in stream_block.get_searchable_content(value))
    else:
        # A rich text field as the rich text blocks of a StreamField read (plain text
        # passes unchanged, but for its entities).
        text = searchable_text(str(value))
    # Soft hyphens (``&shy;``, pasted from word processors) would split words in snippets.
    return text.replace(SOFT_HYPHEN, "")


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


def analyse_entries(entries: list[SearchEntry], analysed: list[IndexText] | None = None):
    """Fill in each entry's analysed terms and typo words (``entry.words``): from
    ``analysed`` where a rebuild's worker computed them, else here."""
    if analysed is None:
        analysed = index_texts(entry_texts(entries))
    for entry, result in zip(entries, analysed, strict=True):
        entry.content.title_terms = result.title_terms
        entry.content.text_terms = result.text_terms
        entry.words = result.words
    return entries


def entry_texts(entries: list[SearchEntry]) -> list[tuple[str, str, str]]:
    return [(entry.title, entry.content.text, entry.locale) for entry in entries]


def published(page, now, restricted_paths) -> bool:
    """Live, unexpired, not under a view restriction (the batch form of ``is_published``)."""
    if page.depth <= 1 or not page.live or (page.expire_at and page.expire_at <= now):
        return False
    return not any(page.path.startswith(path) for path in restricted_paths)


def page_entry(page, language: str) -> tuple[SearchEntry, list]:
    """An unsaved entry for the specific, published ``page`` (not yet analysed: see
    ``analyse_entries``), and its audiences."""
    text = page_text(page)
    audiences = page_audiences(page)
    entry = SearchEntry(
        page_id=page.pk,
        locale=language,
        page_type=page._meta.label,
        title=page.title,
        audience_list=[{"slug": a.slug, "name": a.name} for a in audiences],
        published_at=getattr(page, "original_published_at", None) or page.first_published_at,
        expire_at=page.expire_at,
        path=page.path,
    )
    entry.content = SearchText(text=text)
    return entry, audiences


def document_entries(document, languages) -> list[SearchEntry]:
    entries = []
    for language in languages:
        entry = SearchEntry(
            document_id=document.pk,
            locale=language,
            page_type=document._meta.label,
            title=document.title,
            published_at=document.created_at,
        )
        entry.content = SearchText(text="")
        entries.append(entry)
    return analyse_entries(entries)


def _languages() -> list[str]:
    return list(Locale.objects.values_list("language_code", flat=True))


def _new_words(entries, seen: dict[str, set[str]] | None = None) -> dict[str, set[str]]:
    """The entries' words for the typo vocabulary (``entry.words``, see ``analyse_entries``) by
    language; less those in ``seen`` (the words a rebuild has written so far), which gains
    them."""
    words: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        words[entry.locale] |= entry.words
    if seen is not None:
        for locale, new in words.items():
            new -= seen[locale]
            seen[locale] |= new
    return words


def _remember(words: dict[str, set[str]]):
    """Add words (by language) to the typo vocabulary; those it has already are skipped by
    the database.

    In one statement on PostgreSQL (arrays), one prepared statement on SQLite: a model
    instance per word (``bulk_create``) took a third of a rebuild's time at 1,000 pages."""
    rows = [
        (locale, word, word[0], len(word))
        for locale in sorted(words)
        for word in sorted(words[locale])
    ]
    if not rows:
        return
    table = SearchWord._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                f"INSERT INTO {table} (locale, word, initial, length) "  # noqa: S608
                "SELECT * FROM unnest(%s::varchar[], %s::varchar[], %s::varchar[], "
                "%s::smallint[]) ON CONFLICT DO NOTHING",
                [list(column) for column in zip(*rows, strict=True)],
            )
        else:
            cursor.executemany(
                f"INSERT INTO {table} (locale, word, initial, length) "  # noqa: S608
                "VALUES (%s, %s, %s, %s) ON CONFLICT DO NOTHING",
                rows,
            )


def store(entries_with_audiences, stale, seen=None):
    """Replace the entries of the pages/documents in ``stale`` (a queryset) with these.

    ``seen``: the words a rebuild has written so far, written only once; a rebuild loads
    the cluster (if any) once at the end instead of entry by entry."""
    words = _new_words((entry for entry, _a in entries_with_audiences), seen)
    cluster = uses_elasticsearch() and seen is None
    with transaction.atomic():
        _remember(words)
        removed = list(stale.values_list("locale", "id")) if cluster else []
        stale.delete()
        created = SearchEntry.objects.bulk_create([entry for entry, _a in entries_with_audiences])
        for entry in created:
            entry.content.entry = entry
        SearchText.objects.bulk_create([entry.content for entry in created])
        SearchAudience.objects.bulk_create(
            [
                SearchAudience(entry=entry, key=str(a.translation_key), slug=a.slug, name=a.name)
                for entry, audiences in entries_with_audiences
                for a in audiences
            ]
        )
    if cluster:
        _update_cluster(removed, created)
    return created


def _update_cluster(removed, created):
    """Mirror one change on the search cluster. The database index is the record: if the
    cluster fails, the editor's action still succeeds, the failure is logged, and
    ``rebuild_search_index`` brings the cluster back in step."""
    try:
        backend = ElasticsearchBackend()
        for locale, entry_id in removed:  # new entries always get new ids
            backend.delete(locale, entry_id)
        for entry in created:
            backend.put(entry)
    except Exception:  # noqa: BLE001 - any client or transport error
        logger.exception(
            "Search cluster not updated (entries %s removed, %s added); run rebuild_search_index.",
            [entry_id for _locale, entry_id in removed],
            [entry.id for entry in created],
        )


def index_page(page_id: int) -> bool:
    """Index the saved page ``page_id`` if it is published, else drop it. True if indexed."""
    page = Page.objects.filter(pk=page_id).select_related("locale").first()
    stale = SearchEntry.objects.filter(page_id=page_id)
    if page is None or not published(page, timezone.now(), view_restricted_paths()):
        store([], stale)
        return False
    entry, audiences = page_entry(page.specific, page.locale.language_code)
    store([(analyse_entries([entry])[0], audiences)], stale)
    return True


def document_public(document, restricted_paths) -> bool:
    """Not in a collection under a view restriction (the batch form of Wagtail's check)."""
    return not any(document.collection.path.startswith(path) for path in restricted_paths)


def index_document(document_id: int) -> bool:
    """Index a document's title in every language (documents have none of their own)."""
    document = get_document_model().objects.filter(pk=document_id).first()
    stale = SearchEntry.objects.filter(document_id=document_id)
    if document is None or not document_public(document, restricted_collection_paths()):
        store([], stale)
        return False
    store([(entry, []) for entry in document_entries(document, _languages())], stale)
    return True


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


@receiver(pre_delete)
def _on_deleted(sender, instance, **kwargs):
    """A page or document deleted: its entries go with it (a cascade in the database),
    and from the cluster once the deletion commits. Each page's base row is deleted with
    ``sender`` Page, however it was deleted."""
    if not uses_elasticsearch() or sender not in (Page, get_document_model()):
        return
    field = "page_id" if sender is Page else "document_id"
    removed = list(SearchEntry.objects.filter(**{field: instance.pk}).values_list("locale", "id"))
    if removed:
        transaction.on_commit(lambda: _update_cluster(removed, []))


@receiver(post_save)
def _on_document_saved(sender, instance, **kwargs):
    if sender is get_document_model():
        transaction.on_commit(lambda: index_document(instance.pk))
