# ruff: noqa: S608 - only table names (from model meta) and constants are formatted into
# the SQL; every value, the readers' words included, is a parameter.
"""The SQLite side of the full text statement: the FTS5 table ``search_fts`` over the
entry table (kept in step by triggers), ranked by ``bm25`` with the title weighing
``TITLE_WEIGHT`` times the text."""

from django.db import connection

from ..analysis import TERM_SEPARATOR, phrase_pattern
from .shared import (
    ABOVE_THE_REST,
    COLUMNS,
    EVERY,
    RERANK,
    TITLE_SHARE,
    TITLE_WEIGHT,
    UNRANKED,
    WEIGHED,
    Syntax,
    best,
)

BM25 = f"-bm25(search_fts, {TITLE_WEIGHT}, 1.0)"
# A join SQLite keeps in the order written. The audience facet looks each match's
# audiences up by key: left to itself SQLite indexed all the matches first (10-15 % of a
# statement at 10k pages, with or without audiences).
JOIN_IN_ORDER = "CROSS JOIN"


def match(
    groups, locale: str, name: str, mode: str, tables: dict, visible, least: int = 0
) -> tuple[str, list]:
    """The CTE ``name`` of ``locale``'s visible entries matching ``groups`` (see
    ``search.fulltext._match``), ``visible`` being the (sql, params) condition on ``e``.

    FTS5's bm25 of an OR query is the sum over its terms, so the sum of each word's bm25 is
    the bm25 of the whole query (bm25 needs the FTS5 table's own cursor). CROSS JOIN keeps
    this order: each match looks its entry up by key."""
    bits = sum(1 << n for n, _group in groups)
    least = least or len(groups)
    if mode == UNRANKED:
        source = """(SELECT rowid AS id, NULL AS matched, NULL AS words, NULL AS score
          FROM search_fts WHERE search_fts MATCH %s)"""
        params = [any_term_query(groups)]
    elif mode == EVERY and least == len(groups) and _each_term_once(groups):
        source = f"""(SELECT rowid AS id, {len(groups)} AS matched, {bits} AS words,
          {BM25} AS score FROM search_fts WHERE search_fts MATCH %s)"""
        params = [every_query(groups)]
    elif mode == EVERY:
        # Ranked with the OR query's own bm25 (in an OR of ANDs, FTS5 counts a term once
        # for each branch that matches, which differs from row to row), among the entries
        # the "at least" query finds. Which groups a match holds a term of, and the word
        # itself of: a lookup in each group's matches, built once (where the entries hold
        # every group itself, nothing to look up).
        lookups = [] if least == len(groups) else groups
        words = " + ".join(f"({_lookup()} << {n})" for n, _group in lookups) or str(bits)
        compound = [(n, group) for n, group in lookups if group.compound]
        held = " + ".join(f"({_lookup()} << {n})" for n, _group in compound) or "0"
        matched = " + ".join(
            "1" if not lookups else f"(({'held' if group.compound else 'words'} >> {n}) & 1)"
            for n, group in groups
        )
        source = f"""(SELECT id, {matched} AS matched, words, score FROM (
          SELECT rowid AS id, {words} AS words, {held} AS held, {BM25} AS score
          FROM search_fts WHERE search_fts MATCH %s AND +rowid IN (
            SELECT rowid FROM search_fts WHERE search_fts MATCH %s)))"""
        params = [
            *(_query(group.terms) for _n, group in lookups),
            *(_held(group) for _n, group in compound),
            any_term_query(groups),
            every_query(groups, least),
        ]
    elif len(groups) == 1:
        ((n, group),) = groups
        source = f"""(SELECT rowid AS id, {_lookup() if group.compound else 1} AS matched,
          {bits} AS words, {BM25} AS score FROM search_fts WHERE search_fts MATCH %s)"""
        params = [*([_held(group)] if group.compound else []), _query(group.terms)]
    else:
        # Each word's own matches, with whether the entry holds the word itself (see
        # ``search.analysis.QueryWord``: compound words only; any other word's matches do).
        union = " UNION ALL ".join(
            f"SELECT rowid AS id, {1 << n} AS word, {_lookup() if group.compound else 1} AS "
            f"held, {BM25} AS score FROM search_fts WHERE search_fts MATCH %s"
            for n, group in groups
        )
        source = f"""(SELECT id, SUM(held) AS matched, SUM(word) AS words,
          SUM(score) AS score FROM ({union}) GROUP BY id)"""
        params = [
            value
            for _n, group in groups
            for value in ([_held(group)] if group.compound else []) + [_query(group.terms)]
        ]
    visible_sql, visible_params = visible
    return (
        f"""{name} AS MATERIALIZED (
          SELECT {COLUMNS}, m.matched AS matched, m.words AS words, m.score AS score
          FROM {source} m CROSS JOIN {tables["entry"]} e
          WHERE e.id = m.id AND e.locale = %s AND {visible_sql})""",
        [*params, locale, *visible_params],
    )


def _each_term_once(groups) -> bool:
    """Whether the every-group query names each term of the groups as often as the any-term
    query does. FTS5's bm25 is a sum over the phrases a query names (each phrase's instances
    in the row count whichever branch matched), so the two rank alike then; a term named
    twice (in two readings of a compound) would count twice."""
    return all(sorted(group.named) == sorted(group.terms) for _n, group in groups)


def _lookup() -> str:
    """1 where the FTS5 row is among the matches of a query (a parameter), else 0."""
    return "(rowid IN (SELECT rowid FROM search_fts WHERE search_fts MATCH %s))"


SYNTAX = Syntax(" OR ", " AND ", '"{}"')
every_query = SYNTAX.every  # the MATCH query for entries holding every group (or ``least``)
any_term_query = SYNTAX.any_term  # the MATCH query for entries holding any term of any group
_query = SYNTAX.terms
_held = SYNTAX.held


def phrase_held(words: list[tuple[str, ...]], tables: dict) -> tuple[str, list]:
    """The condition for an entry ``e`` whose title or text holds the phrase ``words``
    (each word as its alternative terms). FTS5 gives each term a position of its own, so
    the phrase is read in the stored terms, where each word's terms stand together
    (``search.analysis.phrase_pattern``); the index first keeps the entries holding every
    word, and only their terms are read."""
    pattern = phrase_pattern(words)
    every = SYNTAX.both.join(f"({SYNTAX.terms(word)})" for word in words)
    return (
        f"""e.id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH %s)
      AND EXISTS (SELECT 1 FROM {tables["text"]} pt WHERE pt.entry_id = e.id
        AND (pt.title_terms REGEXP %s OR pt.text_terms REGEXP %s))""",
        [every, pattern, pattern],
    )


def every_count(tables: dict) -> str:
    """How many entries of a locale (second parameter) the every-group query (first)
    matches, counting no further than the third."""
    return f"""(SELECT COUNT(*) FROM (SELECT 1 FROM search_fts CROSS JOIN {tables["entry"]} e
      WHERE search_fts MATCH %s AND e.id = search_fts.rowid AND e.locale = %s LIMIT %s))"""


def words_found(groups: int) -> str:
    """An aggregate over a match CTE: the ``groups`` (bits) that matched anything."""
    return " + ".join(f"COALESCE(MAX(words & {1 << n}), 0)" for n in range(groups))


def scored(by_language: dict, names: list[str], tables: dict) -> tuple[str, list]:
    """The CTEs ``scored``, the ``chosen`` entries with their final score, and
    ``scored_top``, the RERANK best of them alone.

    FTS5's bm25 adds a title term's weighted count to the text's and divides by the length
    of the whole entry, so a long page's title counts for little: a short form page saying
    a word once outranked the page named by it. The RERANK best (which stay above the rest)
    gain the title's share, as on PostgreSQL (``postgresql.scored``): the query's words the
    title holds, each weighing by how rare it is among the WEIGHED best, over the square root
    of the title's length, times TITLE_SHARE. (A correlated lookup of each entry's share:
    SQLite scanned all of them for each entry in a join.)"""
    words, holds, params = [], [], []
    for locale, groups in by_language.items():
        for n, _group in groups:
            words.append(f"(%s, {n})")
            params.append(locale)
    for locale, groups in by_language.items():
        for n, group in groups:
            condition, values = _title_holds(group)
            holds.append(
                f"CASE WHEN t.locale = %s AND ({condition}) THEN (SELECT weight FROM weights "
                f"WHERE locale = %s AND n = {n}) ELSE 0 END"
            )
            params += [locale, *values, locale]
    return (
        f"""query_words (locale, n) AS (VALUES {", ".join(words)}),
    {best(RERANK, WEIGHED)},
    scored_top AS MATERIALIZED (
      SELECT t.id, t.locale, t.page_type, t.published_at, t.matched, t.words,
        {ABOVE_THE_REST} + t.score + {TITLE_SHARE} * ({" + ".join(holds)})
        / sqrt(max(1, length(t.terms) - length(replace(t.terms, ' ', '')) - 1)) AS score
      FROM (SELECT top.*, ' ' || replace(x.title_terms, '{TERM_SEPARATOR}', ' ') || ' ' AS terms
            FROM top JOIN {tables["text"]} x ON x.entry_id = top.id) t),
    scored AS (
      SELECT c.id, c.locale, c.page_type, c.published_at, c.matched, c.words,
        COALESCE((SELECT t.score FROM scored_top t WHERE t.id = c.id), c.score) AS score
      FROM chosen c)""",
        params,
    )


def _title_holds(group) -> tuple[str, list]:
    """The condition for a title (``t.terms``: its terms, each with a space on either side)
    holding the query word ``group`` itself: any reading, with every part of it."""
    readings, params = [], []
    for reading in group.readings:
        parts = []
        for part in reading:
            parts.append("(" + " OR ".join(["instr(t.terms, %s) > 0"] * len(part)) + ")")
            params += [f" {term} " for term in part]
        readings.append("(" + " AND ".join(parts) + ")")
    return " OR ".join(readings), params


def rows(sql: str, params: list) -> list:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()
