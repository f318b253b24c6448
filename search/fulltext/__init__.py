# ruff: noqa: S608 - only table names (from model meta) and constants are formatted into
# the SQL; every value, the readers' words included, is a parameter.
"""Matching and ranking in the database's own full text index: one SQL statement a search.

The index holds our analysed terms (``SearchText.title_terms`` / ``text_terms``, from
``search.analysis``), so both databases match exactly the same words; only the storage
differs (created by migrations ``0002_fulltext_index``, ``0004_vector_table`` and
``0006_word_positions``), each kept in step with the text table by triggers:

- SQLite (``sqlite.py``): the FTS5 table ``search_fts`` over the text table, ranked by
  ``bm25``; a phrase is read in the stored terms of the entries holding its words;
- PostgreSQL (``postgresql.py``): the table ``search_vector`` of each entry's ``tsvector``
  with a GIN index, ranked by ``ts_rank`` and, for the best, ``ts_rank_cd``; each word's
  terms share a position, so a phrase is a phrase query;

each with the title weighing ``shared.TITLE_WEIGHT`` times the text. This module builds the
statement around their parts; they hold everything that differs between the databases.

One statement finds the matches once (a materialised CTE), keeps what is public right now
(live, unexpired, outside view restrictions; documents outside restricted collections),
and returns the page of hits, the total after filters, and the type and audience facet
counts, each after the filters but its own.
"""

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from functools import cache

from django.db import connection
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction

from ..models import SearchAudience, SearchEntry, SearchText
from . import postgresql, sqlite
from .shared import EVERY, RANKED, RERANK, UNRANKED, WEIGHED

TERM = re.compile(r"[^\W_]+")  # what search.analysis produces; nothing else reaches a query


def _safe(group):
    """The query word ``group`` (a ``search.analysis.QueryWord``) with only the terms that
    are plain words, so quoting them in a MATCH / tsquery string is safe; None if none is."""
    return group.keeping(term for term in group.terms if TERM.fullmatch(term))


@dataclass
class Row:
    """One hit as the statement returns it (enough to show it without another query)."""

    id: int
    page_id: int | None
    document_id: int | None
    title: str
    text: str
    page_type: str
    locale: str
    published_at: dt.datetime | None
    audience_list: list
    url_path: str | None
    score: float


@dataclass
class Found:
    total: int = 0
    # by language: how many of its entries matched (languages matching none are left out)
    totals: dict[str, int] = field(default_factory=dict)
    # by language: bit n set when group n of that language matched a visible entry
    words: dict[str, int] = field(default_factory=dict)
    hits: list[Row] = field(default_factory=list)
    # with ``least`` (see ``_run``): how many entries, holding at least that many groups,
    # the hits were ranked among
    ranked: int = 0
    types: list[tuple[str, int]] = field(default_factory=list)
    audiences: list[tuple[str, str, int]] = field(default_factory=list)


@cache
def _tables() -> dict:
    """The tables the statement reads, by role (fixed for the process: asked for several
    times a search)."""
    document = get_document_model()
    return {
        "entry": SearchEntry._meta.db_table,
        "text": SearchText._meta.db_table,
        "audience": SearchAudience._meta.db_table,
        "page": Page._meta.db_table,
        "page_restriction": PageViewRestriction._meta.db_table,
        "document": document._meta.db_table,
        "collection": Collection._meta.db_table,
        "collection_restriction": CollectionViewRestriction._meta.db_table,
    }


def _dialect():
    """The module holding this database's side of the statement."""
    if connection.vendor == "postgresql":
        return postgresql
    if connection.vendor == "sqlite":
        return sqlite
    raise NotImplementedError(f"search has no full text index for {connection.vendor}")


def _match(groups, locale: str, now, name: str, mode: str = RANKED, least: int = 0, phrases=()):
    """Common table expressions ending in ``name`` (id, locale, page_type, published_at,
    matched, words, score): the visible entries of ``locale`` holding a term of any group
    (one group per query word, numbered), the number of groups each holds itself (a
    compound word: the compound or all its parts, see ``search.analysis.QueryWord``), which
    groups it holds a term of (bit n for group n), and the database's full text rank
    (higher is better; titles weigh ``shared.TITLE_WEIGHT`` times the text). On PostgreSQL
    also ``q<name>``, the whole query.

    ``mode``: ``RANKED`` as above; ``UNRANKED`` the same entries with matched, words and
    score left NULL (for counting); ``EVERY`` only the entries holding every group itself
    (or at least ``least`` of them), ranked. The rank of an entry is the same in ``RANKED`` and
    ``EVERY``. With ``phrases`` (see ``_phrases``), only the entries holding every one."""
    visible_sql, visible_params = _visible(now)
    phrase_sql, phrase_params = _phrases(groups, phrases)
    condition = (f"{visible_sql} AND {phrase_sql}", visible_params + phrase_params)
    return _dialect().match(groups, locale, name, mode, _tables(), condition, least)


def _phrases(groups, phrases) -> tuple[str, list]:
    """The condition for entries ``e`` whose title or text holds each of ``phrases``: the
    query words numbered in each (``groups`` as numbered by ``_numbered``) one after the
    other, each as a word of its own holding the word itself (``QueryWord.whole``; each
    database checks it its way). A phrase naming a word without safe terms is not checked."""
    numbered = dict(groups)
    clauses, params = ["1 = 1"], []
    for phrase in phrases:
        if all(n in numbered for n in phrase):
            words = [numbered[n].whole for n in phrase]
            sql, values = _dialect().phrase_held(words, _tables())
            clauses.append(sql)
            params += values
    return " AND ".join(clauses), params


def _matches(
    by_language: dict, now, mode: str = RANKED, target: str = "matched", least=0, phrases=None
):
    """The CTE ``target``: the matches (see ``_match``) of each language's groups among
    its own entries (one language, or several for a search across languages), holding
    each of the language's ``phrases`` ({locale: [phrase]}) where given."""
    names = _match_names(len(by_language), target)
    parts, params = [], []
    for name, (locale, groups) in zip(names, by_language.items(), strict=True):
        sql, values = _match(
            groups, locale, now, name, mode, least, (phrases or {}).get(locale, ())
        )
        parts.append(sql)
        params += values
    if names == [target]:
        return parts[0], params
    union = " UNION ALL ".join(f"SELECT * FROM {name}" for name in names)
    return ",\n".join([*parts, f"{target} AS MATERIALIZED ({union})"]), params


def _match_names(languages: int, target: str = "matched") -> list[str]:
    """The CTE of each language's matches: ``target`` itself for one language."""
    return [target] if languages == 1 else [f"{target}{n}" for n in range(languages)]


def _scored(by_language: dict, source: str = "matched") -> tuple[str, list]:
    """The CTEs ``scored``, the entries of ``chosen`` (the hits of ``source`` the filters
    keep) with their final score (the best ``RERANK`` scored once more, above the rest),
    and ``scored_top``, those best alone."""
    names = _match_names(len(by_language), source)
    return _dialect().scored(by_language, names, _tables())


def _visible(now) -> tuple[str, list]:
    """The condition for entries ``e`` a reader may see at ``now``.

    Pages: unexpired (the expiry indexed with the page) and not under a view restriction
    of this moment (by the indexed tree path; moves re-index). Documents: not in a
    collection under a view restriction. Whether each shown page is still live and
    unexpired is checked once more on the page row itself (``_still_published``).

    Without any view restriction (the usual case) the per-page check is skipped: the
    databases evaluate the first, uncorrelated NOT EXISTS once a statement."""
    t = _tables()
    return (
        f"""(
          (e.page_id IS NOT NULL
           AND (e.expire_at IS NULL OR e.expire_at > %s)
           AND (NOT EXISTS (SELECT 1 FROM restricted) OR NOT EXISTS (
             SELECT 1 FROM restricted WHERE substr(e.path, 1, length(restricted.path))
             = restricted.path)))
          OR (e.document_id IS NOT NULL AND NOT EXISTS (
             SELECT 1 FROM {t["collection_restriction"]} cr
             JOIN {t["collection"]} rc ON rc.id = cr.collection_id
             JOIN {t["document"]} d ON d.id = e.document_id
             JOIN {t["collection"]} c ON c.id = d.collection_id
             WHERE substr(c.path, 1, length(rc.path)) = rc.path))
        )""",
        [connection.ops.adapt_datetimefield_value(now)],
    )


def _still_published(now) -> tuple[str, list]:
    """The page row's own word on a hit (``e`` with page ``p``), in case the index is late."""
    return (
        "(e.page_id IS NULL OR (p.live = %s AND (p.expire_at IS NULL OR p.expire_at > %s)))",
        [True, connection.ops.adapt_datetimefield_value(now)],
    )


def _filters(filters, table: str, facet: str = "") -> tuple[str, list]:
    """The filters' condition on the entries of ``table``; for the counts of the ``facet``
    (``page_type`` or ``audience``), all but that facet's own."""
    clauses, params = ["1 = 1"], []
    if filters.page_type and facet != "page_type":
        clauses.append(f"{table}.page_type = %s")
        params.append(filters.page_type)
    if (slugs := filters.audience_slugs) and facet != "audience":
        clauses.append(
            f"EXISTS (SELECT 1 FROM {_tables()['audience']} fa "
            f"WHERE fa.entry_id = {table}.id AND fa.slug IN ({', '.join(['%s'] * len(slugs))}))"
        )
        params += slugs
    if filters.date_from:
        start = _local_midnight(filters.date_from, 0)
        if start is not None:  # else before anything that can be stored: no bound
            clauses.append(f"{table}.published_at >= %s")
            params.append(connection.ops.adapt_datetimefield_value(start))
    if filters.date_to:
        end = _local_midnight(filters.date_to, 1)
        if end is not None:  # else after anything that can be stored: no bound
            clauses.append(f"{table}.published_at < %s")
            params.append(connection.ops.adapt_datetimefield_value(end))
    return " AND ".join(clauses), params


def _local_midnight(day: dt.date, days_after: int):
    """The start of ``day`` plus ``days_after`` days in the current time zone, in UTC; None
    at the ends of the calendar (0001-01-01, 9999-12-31), which no stored time passes."""
    try:
        start = dt.datetime.combine(day, dt.time.min) + dt.timedelta(days=days_after)
        return timezone.make_aware(start).astimezone(dt.UTC)
    except OverflowError:
        return None


COLUMNS = 13
TOTAL = "'total'"
RANKED_COUNT = "'ranked'"


def _padded(*values: str) -> str:
    return ", ".join(list(values) + ["NULL"] * (COLUMNS - len(values)))


def _order(newest: bool, prefer: bool = False) -> str:
    """The order of hits: best first (the words held, then, with ``prefer``, the entries of
    the language given as its parameter, then the score, then the fresher), or newest first
    (then best)."""
    best = "matched DESC, (locale = %s) DESC, score DESC" if prefer else "matched DESC, score DESC"
    if newest:
        return f"(published_at IS NULL), published_at DESC, {best}, id"
    return f"{best}, (published_at IS NULL), published_at DESC, id"


def search(
    by_language,
    filters,
    newest=False,
    limit=10,
    offset=0,
    facets=True,
    seen=None,
    prefer=None,
    phrases=None,
) -> Found:
    """Hits ``offset``..``offset + limit`` for the query words' term groups of each
    language (``by_language``: {locale: groups}, each language's groups matched among its
    own entries), best first (or newest first), the total, facets, and which groups matched
    anything (so the caller can look for typos). With ``phrases`` ({locale: [phrase]},
    each phrase the numbers of its query words in order), only the entries holding every
    phrase of their language match (see ``_phrases``).

    Ranking: entries holding more of the query's words first (a compound word where the
    entry holds it or all of its parts: one part alone only adds to the score), then, in a
    search across languages, those in the language ``prefer`` (the reader's), then the
    database's full text score (titles weigh more), then the fresher.

    Ranking is most of a search's cost, so where the entries holding every word (or, in
    one language, all but one or two of up to four words; a compound word alone: the
    entries holding it itself) fill the page and the best scored once more (``_enough``: a
    cheap ``look`` first, or ``seen``, the caller's look at these groups for this page;
    then the statement's own count after the filters), only they are ranked: they come
    first in any case. Otherwise every match is ranked."""
    by_language = _numbered(by_language)
    if not by_language:
        return Found()
    now = timezone.now()
    needed = offset + limit
    least = 0 if newest or not _levels(by_language) else (seen or _look(by_language, needed)).least
    prefer = prefer if len(by_language) > 1 and prefer in by_language and not newest else None
    choices = {"prefer": prefer, "phrases": phrases}
    if least:
        found = _run(by_language, filters, now, newest, limit, offset, facets, least, **choices)
        if found.ranked >= _enough(needed) and _words_complete(found, by_language, least):
            return found
    return _run(by_language, filters, now, newest, limit, offset, facets, 0, **choices)


def _enough(needed: int) -> int:
    """How many entries holding enough groups make ranking only them rank as ranking every
    match does: the page's end, and the best that weigh the words (``shared.WEIGHED``)."""
    return max(needed, WEIGHED)


@dataclass
class Look:
    """What the index holds, public or not (an upper bound of what a reader may see)."""

    # by language: bit n set when some entry of the language holds a term of group n
    held: dict[str, int]
    # the most groups that at least enough entries hold (the page's end and the best scored
    # once more, see ``_enough`` and ``_levels``): only the entries holding as many need
    # ranking; 0 where every match does
    least: int


def look(by_language, needed: int) -> Look:
    """One cheap look at the index for ``search`` (``by_language`` as there), ranking
    nothing: which groups some entry of each language holds (a word whose group nothing
    holds is on no page of the language: a typo suspect), and how many groups at least
    enough entries for ``needed`` hold (see ``_enough`` and ``_levels``)."""
    return _look(_numbered(by_language), needed)


def _look(by_language: dict, needed: int) -> Look:
    """``look`` for numbered groups (see ``_numbered``)."""
    dialect = _dialect()
    one = dialect.every_count(_tables())
    keys, parts, params = [], [], []
    for locale, groups in by_language.items():
        for n, group in groups:
            keys.append((locale, n))
            parts.append(one)
            params += [dialect.any_term_query([(n, group)]), locale, 1]
    levels = _levels(by_language)
    for least in levels:
        parts.append(" + ".join([one] * len(by_language)))
        for locale, groups in by_language.items():
            params += [dialect.every_query(groups, least), locale, _enough(needed)]
    if not parts:
        return Look(held={}, least=0)
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(parts), params)
        counts = cursor.fetchone()
    held = dict.fromkeys(by_language, 0)
    for (locale, n), count in zip(keys, counts, strict=False):
        held[locale] |= (1 << n) if count else 0
    counted = zip(levels, counts[len(keys) :], strict=True)
    filling = [least for least, count in counted if count >= _enough(needed)]
    return Look(held=held, least=filling[0] if filling else 0)


def _levels(by_language: dict) -> list[int]:
    """How many groups ranking may be cut to the entries holding, most first: every group
    where there are several, as many in each language (else an entry holding fewer in one
    language could rank with those holding all in another); in one language with three or
    four groups, also down to two (the query for "at least k of n" grows with n choose k).
    A compound word alone (whose parts alone rank below it, see ``QueryWord``): the entries
    holding it itself. (Cutting several words to the entries holding any word itself was
    tried: a common word among them leaves most matches to rank, and the cut costs more.)"""
    counts = {len(groups) for groups in by_language.values()}
    total = counts.pop() if len(counts) == 1 else 0
    if total < 2:
        compound = any(group.compound for groups in by_language.values() for _n, group in groups)
        return [1] if total == 1 and compound else []
    fewest = 2 if len(by_language) == 1 and total <= MOST_GROUPS_CUT else total
    return list(range(total, fewest - 1, -1))


MOST_GROUPS_CUT = 4


def _words_complete(found: Found, by_language: dict, least: int) -> bool:
    """Whether the words found among the entries ranked are those of every match: all of
    them where the ranked hold every group; otherwise (one language) when every group is
    held by some ranked entry, or the caller's typo check would see a word missing."""
    if least == max(len(groups) for groups in by_language.values()):
        return True
    ((locale, groups),) = by_language.items()
    return found.words.get(locale, 0) == sum(1 << n for n, _group in groups)


def _numbered(by_language: dict) -> dict:
    """Each language's groups numbered in query order, each keeping its safe terms (a
    group left without any is dropped; its number is not reused)."""
    return {
        locale: numbered
        for locale, groups in by_language.items()
        if (numbered := [(n, safe) for n, safe in enumerate(map(_safe, groups)) if safe])
    }


def _run(
    by_language, filters, now, newest, limit, offset, facets, least, prefer=None, phrases=None
) -> Found:
    """One statement of ``search``; with ``least``, only the entries holding at least
    that many groups are ranked (``Found.ranked`` says how many the filters kept)."""
    t = _tables()
    every = bool(least)
    if every:
        match_sql, match_params = _matches(by_language, now, UNRANKED, phrases=phrases)
        best_sql, best_params = _matches(by_language, now, EVERY, "best", least, phrases)
        match_sql, match_params = f"{match_sql},\n{best_sql}", match_params + best_params
    else:
        match_sql, match_params = _matches(by_language, now, phrases=phrases)
    source = "best" if every else "matched"
    scored_sql, scored_params = _scored(by_language, source)
    live_sql, live_params = _still_published(now)
    filter_sql, filter_params = _filters(filters, source)
    order = _order(newest, bool(prefer))
    chosen = (
        f"chosen AS MATERIALIZED (SELECT * FROM {source} WHERE {filter_sql})"
        if filter_params
        # Without filters ``chosen`` is ``source`` itself: read in place, not copied (both
        # databases would copy a CTE named twice, every match once more).
        else f"chosen AS NOT MATERIALIZED (SELECT * FROM {source})"
    )
    # The matches the filters keep, for the total: ``chosen`` unless only the best are.
    counted, counted_params = "chosen", []
    if every and filter_params:
        counted_sql, counted_params = _filters(filters, "matched")
        chosen += f",\n    counted AS MATERIALIZED (SELECT * FROM matched WHERE {counted_sql})"
        counted = "counted"
    # The total and the words found, per language when there are several. Without
    # filters the total is the matches' count, taken with the words they hold (with
    # ``least``, the words the ranked hold: see ``_words_complete``).
    bits = _dialect().words_found(1 + max(n for groups in by_language.values() for n, _g in groups))
    if len(by_language) == 1:
        total = f"(SELECT COUNT(*) FROM {counted})" if filter_params else "COUNT(*)"
        if every:  # the words from the best, the count from all: two subqueries, one row
            bits = f"(SELECT {bits} FROM best)"
            total = f"(SELECT COUNT(*) FROM {counted if filter_params else 'matched'})"
        totals = f"SELECT {_padded(TOTAL, 'NULL', 'NULL', 'NULL', total, bits)}"
        totals += "" if every else " FROM matched"
    else:
        total = (
            f"(SELECT COUNT(*) FROM {counted} c WHERE c.locale = matched.locale)"
            if filter_params
            else "COUNT(*)"
        )
        if every:
            bits = f"(SELECT {bits} FROM best WHERE best.locale = matched.locale)"
        totals = (
            f"SELECT {_padded(TOTAL, 'NULL', 'locale', 'NULL', total, bits)} "
            "FROM matched GROUP BY locale"
        )
    if every:
        ranked = _padded(RANKED_COUNT, "NULL", "NULL", "NULL", "COUNT(*)")
        totals += f" UNION ALL SELECT {ranked} FROM chosen"
    # The page of hits is cut before it is numbered: numbering every match costs a sort.
    # Best first, a page within the best scored once more is theirs alone (they rank above
    # the rest); with the reader's language first among as many words, it need not be.
    ordered = "scored_top" if not (newest or prefer) and offset + limit <= RERANK else "scored"
    sql = f"""
    WITH restricted AS MATERIALIZED (
      SELECT rp.path FROM {t["page_restriction"]} r JOIN {t["page"]} rp ON rp.id = r.page_id
    ),
    {match_sql},
    {chosen},
    {scored_sql}
    SELECT 'hit', e.id, e.page_type, e.title, h.position, h.score, x.text, e.locale,
           e.published_at, e.audience_list, e.page_id, e.document_id, p.url_path
    FROM (
      SELECT id, score, ROW_NUMBER() OVER (ORDER BY {order}) AS position
      FROM (SELECT * FROM {ordered} ORDER BY {order} LIMIT %s OFFSET %s) r
    ) h
    JOIN {t["entry"]} e ON e.id = h.id
    JOIN {t["text"]} x ON x.entry_id = h.id
    LEFT JOIN {t["page"]} p ON p.id = e.page_id
    WHERE {live_sql}
    UNION ALL {totals}
    """
    params = [
        *match_params,
        *filter_params,
        *counted_params,
        *scored_params,
        *[prefer] * 2 * bool(prefer),  # the order, in the numbering and in the cut
        limit,
        offset,
        *live_params,
    ]
    if facets:
        # Each facet counts the matches the other filters keep: what choosing its value gives.
        types_sql, types_params = _filters(filters, "matched", "page_type")
        audiences_sql, audiences_params = _filters(filters, "matched", "audience")
        sql += f"""
        UNION ALL SELECT {_padded("'type'", "NULL", "page_type", "NULL", "COUNT(*)")}
        FROM matched WHERE {types_sql} GROUP BY page_type
        UNION ALL SELECT {_padded("'audience'", "NULL", "a.slug", "a.name", "COUNT(*)")}
        FROM matched {_dialect().JOIN_IN_ORDER} {t["audience"]} a ON a.entry_id = matched.id
        WHERE {audiences_sql} GROUP BY a.slug, a.name
        """
        params += types_params + audiences_params
    found = Found()
    rows = _dialect().rows(sql, params)
    hits = []
    for kind, entry_id, value, label, number, score, *rest in rows:
        if kind == "hit":
            text, language, published_at, audiences, page_id, document_id, url_path = rest
            row = Row(
                id=entry_id,
                page_id=page_id,
                document_id=document_id,
                title=label,
                text=text,
                page_type=value,
                locale=language,
                published_at=_datetime(published_at),
                audience_list=json.loads(audiences) if isinstance(audiences, str) else audiences,
                url_path=url_path,
                score=float(score),
            )
            hits.append((number, row))
        elif kind == "total":
            (locale,) = [value] if value is not None else by_language
            found.total += number
            found.totals[locale] = number
            found.words[locale] = int(score or 0)
        elif kind == "ranked":
            found.ranked = number
        elif kind == "type":
            found.types.append((value, number))
        else:
            found.audiences.append((value, label, number))
    found.hits = [row for _position, row in sorted(hits, key=lambda item: item[0])]
    found.types.sort(key=lambda item: (-item[1], item[0]))
    found.audiences.sort(key=lambda item: (-item[2], item[1]))
    return found


def _datetime(value):
    """An aware datetime from the statement's column. SQLite gives naive UTC, as text or,
    when it knows the column's declared type, already parsed (not in every union branch)."""
    if value is None:
        return None
    parsed = value if isinstance(value, dt.datetime) else parse_datetime(value)
    return parsed if timezone.is_aware(parsed) else parsed.replace(tzinfo=dt.UTC)
