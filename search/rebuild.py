"""Rebuilding the whole search index: every page and document again, in batches.

Each batch replaces its own entries in one transaction, so searches keep finding the old
ones meanwhile. The text is analysed in worker processes while this one reads the next pages
and writes the analysed ones; the cluster (if any) is loaded at the end and switched to in
one step; the tables are tidied for the searches that follow.
"""

import logging
import os
import time
from collections import defaultdict, deque
from concurrent.futures import ProcessPoolExecutor

from django.db import connection
from django.db.models import Max
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page

from .analysis import index_texts
from .elasticsearch import ElasticsearchBackend, uses_elasticsearch
from .fulltext import postgresql
from .indexing import (
    analyse_entries,
    document_entries,
    document_public,
    entry_texts,
    page_entry,
    published,
    store,
)
from .models import (
    SearchAudience,
    SearchEntry,
    SearchText,
    SearchWord,
    restricted_collection_paths,
    view_restricted_paths,
)

logger = logging.getLogger(__name__)
BATCH = 200
MAX_WORKERS = 2  # analysis processes of a rebuild; this one's reading and writing limit it
AHEAD = 3  # batches in flight per worker


def rebuild(progress=None, workers: int | None = None) -> dict:
    """Index every page and document again, in batches, and report pages per second.

    Each batch replaces its own entries in one transaction, so searches keep finding the
    old entries until the new ones are committed. ``workers``: processes that analyse
    the text meanwhile (0: all in this one; default: one per spare core, at most
    ``MAX_WORKERS``, for more than two batches of pages).
    """
    started = time.perf_counter()
    ids = list(Page.objects.filter(depth__gt=1).order_by("path").values_list("pk", flat=True))
    if workers is None:
        workers = _spare_cores() if len(ids) > 2 * BATCH else 0
    now, restricted = timezone.now(), view_restricted_paths()
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    indexed, seen = 0, defaultdict(set)
    last_word = SearchWord.objects.aggregate(last=Max("pk"))["last"] or 0
    # Statistics are refreshed as the index doubles: a first build starts from tables the
    # planner believes empty, and each batch's lookups then scan what is there (at 50,000
    # pages a batch took three times as long at the end as at the start).
    analysed_at = max(SearchEntry.objects.count(), BATCH)

    def batches():
        for offset in range(0, len(ids), BATCH):
            batch = ids[offset : offset + BATCH]
            yield (
                batch,
                [
                    page_entry(page, languages[page.locale_id])
                    for page in Page.objects.filter(pk__in=batch).specific()
                    if published(page, now, restricted)
                ],
            )

    pool = _pool(workers)
    workers = workers if pool else 0
    done = 0
    for batch, entries in _analysed_batches(batches(), pool, workers):
        store(entries, SearchEntry.objects.filter(page_id__in=batch), seen)
        indexed += len(entries)
        if indexed >= 2 * analysed_at:
            _refresh_statistics()
            analysed_at = indexed
        done += len(batch)
        if progress:
            progress(done, len(ids))
    # A subquery, not the ids: NOT IN over a list of 50,000 compares every row with each.
    pages = Page.objects.filter(depth__gt=1).values("pk")
    SearchEntry.objects.filter(page__isnull=False).exclude(page_id__in=pages).delete()
    documents = get_document_model().objects.select_related("collection")
    restricted_collections = restricted_collection_paths()
    public = [d for d in documents if document_public(d, restricted_collections)]
    store(
        [(entry, []) for d in public for entry in document_entries(d, languages.values())],
        SearchEntry.objects.filter(document__isnull=False),
        seen,
    )
    _forget_all_but(seen, last_word)
    _tidy()
    if uses_elasticsearch():
        _rebuild_cluster(languages.values())
    seconds = time.perf_counter() - started
    return {
        "pages": len(ids),
        "indexed": indexed,
        "documents": len(public),
        "per_second": len(ids) / max(seconds, 1e-9),
        "workers": workers,
    }


def _analysed_batches(batches, pool: ProcessPoolExecutor | None, workers: int):
    """Each of ``batches`` (page ids, [(entry, audiences)]) with its entries analysed, in
    order.

    With a ``pool`` of ``workers`` processes, the analysis (a third of a rebuild's time,
    most of it Voikko's the first time it meets a word) runs there while this one reads the
    next pages and writes the analysed ones; the pool is shut down at the end."""
    if pool is None:
        for batch, entries in batches:
            analyse_entries([entry for entry, _a in entries])
            yield batch, entries
        return
    pending = deque()
    try:
        for batch, entries in batches:
            texts = entry_texts([entry for entry, _a in entries])
            pending.append((batch, entries, pool.submit(index_texts, texts)))
            # A few batches a worker in flight: this process reads ahead while the first,
            # coldest batch is analysed, and memory stays a few batches' worth.
            while len(pending) > AHEAD * workers or (pending and pending[0][2].done()):
                yield _with_analysis(*pending.popleft())
        while pending:
            yield _with_analysis(*pending.popleft())
    finally:
        pool.shutdown(cancel_futures=True)


def _with_analysis(batch, entries, future):
    analyse_entries([entry for entry, _a in entries], future.result())
    return batch, entries


def _pool(workers: int) -> ProcessPoolExecutor | None:
    if workers < 1:
        return None
    try:
        return ProcessPoolExecutor(workers)
    except (ImportError, OSError, NotImplementedError) as error:  # e.g. no semaphores
        logger.warning("Rebuilding in one process: no worker processes (%s).", error)
        return None


def _spare_cores() -> int:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(0, min(MAX_WORKERS, (cores or 1) - 1))


def _rebuild_cluster(languages) -> dict[str, int]:
    """Load every entry into a new index per language on the cluster and switch to it.

    Entries written meanwhile (a page published during the load) went to the old index:
    they are written again after the switch, and entries removed meanwhile are removed."""
    backend = ElasticsearchBackend()
    loaded = {}
    for language in languages:
        entries = SearchEntry.objects.filter(locale=language).select_related("content")
        read = set()

        def reading(entries=entries, read=read):
            for entry in entries.order_by("id").iterator(chunk_size=BATCH):
                read.add(entry.id)
                yield entry

        loaded[language] = backend.replace_all(language, reading())
        now = set(SearchEntry.objects.filter(locale=language).values_list("id", flat=True))
        for entry_id in read - now:
            backend.delete(language, entry_id)
        for entry in entries.filter(id__in=now - read):
            backend.put(entry)
    return loaded


def _forget_all_but(seen: dict[str, set[str]], last: int):
    """After a rebuild, drop the words no longer on any indexed page or document, of those
    up to id ``last`` (the table's last when it began): a page published meanwhile, after
    its batch was read, may have added others."""
    stale = [
        pk
        for pk, locale, word in SearchWord.objects.filter(pk__lte=last)
        .values_list("pk", "locale", "word")
        .iterator()
        if word not in seen[locale]
    ]
    for start in range(0, len(stale), 1000):
        SearchWord.objects.filter(pk__in=stale[start : start + 1000]).delete()


def _tidy():
    """After a rebuild: the full text index merged into one piece (SQLite FTS5 keeps each
    batch as a segment of its own; PostgreSQL's GIN index keeps new entries in a pending
    list until vacuum) and fresh planner statistics.

    On PostgreSQL the tables are vacuumed too: a rebuild replaces every row, and until
    the old ones are vacuumed the index still points at them, so each search reads them
    again (at 10,000 pages searches took three times as long; autovacuum may come much
    later). VACUUM cannot run inside a transaction; there only the pending list is merged."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql" and not connection.in_atomic_block:
            for table in _index_tables():
                cursor.execute(f"VACUUM (ANALYZE) {table}")
            return
        if connection.vendor == "postgresql":
            cursor.execute(f"SELECT gin_clean_pending_list('{postgresql.INDEX}'::regclass)")
        elif connection.vendor == "sqlite":
            cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
    _refresh_statistics()


def _refresh_statistics():
    """ANALYZE the index tables (PostgreSQL's autovacuum would get there later; until then
    it plans for the sizes it saw last)."""
    with connection.cursor() as cursor:
        for table in _index_tables():
            cursor.execute(f"ANALYZE {table}")


def _index_tables() -> list[str]:
    """The index's tables: the models', and PostgreSQL's vector table (SQLite's FTS5 table
    has its own statistics)."""
    tables = [model._meta.db_table for model in _INDEX_MODELS]
    return tables + ([postgresql.TABLE] if connection.vendor == "postgresql" else [])


_INDEX_MODELS = (SearchEntry, SearchText, SearchAudience, SearchWord)
