# ruff: noqa: S608 - only table names (from model meta) and constants are formatted into
# the SQL; every value, the readers' words included, is a parameter.
"""The PostgreSQL side of the full text statement: the table ``TABLE`` of each entry's
``tsvector`` (title weight A, text D; kept in step with the text table by triggers, see
migration 0004; each word's terms at one position, migration 0006) with a GIN index, ranked
by ``ts_rank`` and, for the best, ``ts_rank_cd``, with the title weighing ``TITLE_WEIGHT``
times the text. The vectors hold our terms as stored, and queries are ``tsquery`` literals
of them: no text parser stands between."""

from django.db import connection, transaction
from django.db.backends.postgresql.psycopg_any import is_psycopg3

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

TABLE = "search_vector"  # entry_id, vector: a table of its own, narrow for scanning matches
INDEX = "search_vector_gin"
JOIN_IN_ORDER = "JOIN"  # (PostgreSQL plans the order itself)
WEIGHTS = f"'{{0.2, 0.2, 0.2, {0.2 * TITLE_WEIGHT}}}'::float4[]"


def match(
    groups, locale: str, name: str, mode: str, tables: dict, visible, least: int = 0
) -> tuple[str, list]:
    """The CTE ``name`` of ``locale``'s visible entries matching ``groups`` (see
    ``search.fulltext._match``), and ``q<name>``, the whole query (OR of every term), which
    ranks in every mode: ts_rank of an AND query differs."""
    score = f"ts_rank({WEIGHTS}, x.vector, q.q)"
    condition, sources, values = "q.q", "", []
    least = least or len(groups)
    if mode == UNRANKED:
        matched = words = held = score = "NULL"
    elif mode == EVERY and least == len(groups):
        matched, words = str(len(groups)), str(sum(1 << n for n, _group in groups))
        held = "NULL"
        condition, sources = "every", ", CAST(%s AS tsquery) AS every"
        values = [every_query(groups)]
    else:
        # Which groups an entry holds a term of (``words``; with one group every match
        # does) and which it holds the word itself of (``held``: compound words only; for
        # any other word the two are the same), counted in ``matched``.
        several = len(groups) > 1
        words = (
            " | ".join(f"((x.vector @@ w{n})::int << {n})" for n, _group in groups)
            if several
            else str(1 << groups[0][0])
        )
        compounds = [(n, group) for n, group in groups if group.compound]
        held = " | ".join(f"((x.vector @@ h{n})::int << {n})" for n, _g in compounds) or "0"
        matched = " + ".join(
            f"(({'held' if group.compound else 'words'} >> {n}) & 1)" for n, group in groups
        )
        sources = "".join(f", CAST(%s AS tsquery) AS w{n}" for n, _g in groups if several)
        sources += "".join(f", CAST(%s AS tsquery) AS h{n}" for n, _g in compounds)
        values = [_query(group.terms) for _n, group in groups if several]
        values += [_held(group) for _n, group in compounds]
        if mode == EVERY:
            condition = "every"
            sources = ", CAST(%s AS tsquery) AS every" + sources
            values = [every_query(groups, least), *values]
    visible_sql, visible_params = visible
    return (
        f"""q{name} AS (SELECT %s::tsquery AS q),
        {name} AS MATERIALIZED (
          SELECT id, locale, page_type, published_at, {matched} AS matched, words, score
          FROM (
            SELECT {COLUMNS}, {words} AS words, {held} AS held, {score} AS score
            FROM {TABLE} x JOIN {tables["entry"]} e ON e.id = x.entry_id
            CROSS JOIN q{name} q{sources}
            WHERE x.vector @@ {condition} AND e.locale = %s AND {visible_sql}) w)""",
        [any_term_query(groups), *values, locale, *visible_params],
    )


SYNTAX = Syntax(" | ", " & ", "'{}'")
every_query = SYNTAX.every  # the tsquery for entries holding every group (or ``least``)
any_term_query = SYNTAX.any_term  # the tsquery for entries holding any term of any group
_query = SYNTAX.terms
_held = SYNTAX.held


def phrase_held(words: list[tuple[str, ...]], tables: dict) -> tuple[str, list]:
    """The condition for an entry whose title or text holds the phrase ``words`` (each word
    as its alternative terms), on its vector row ``x`` in ``match``: a phrase query over
    the vector, whose words each hold their terms at one position (migration 0006), within
    the title or within the text (weights A and D: the text's positions follow the
    title's)."""
    within = [
        " <-> ".join(
            "(" + " | ".join(f"'{term}':{weight}" for term in word) + ")" for word in words
        )
        for weight in ("A", "D")
    ]
    return "x.vector @@ %s::tsquery", [" | ".join(f"({phrase})" for phrase in within)]


def every_count(tables: dict) -> str:
    """How many entries of a locale (second parameter) the every-group query (first)
    matches, counting no further than the third."""
    return f"""(SELECT COUNT(*) FROM (SELECT 1 FROM {TABLE} x
      JOIN {tables["entry"]} e ON e.id = x.entry_id
      WHERE x.vector @@ %s::tsquery AND e.locale = %s LIMIT %s) n)"""


def words_found(groups: int) -> str:
    """An aggregate over a match CTE: the groups (bits) that matched anything."""
    return "COALESCE(bit_or(words), 0)"


def scored(by_language: dict, names: list[str], tables: dict) -> tuple[str, list]:
    """The CTEs ``scored``, the ``chosen`` entries with their final score, and
    ``scored_top``, the RERANK best of them alone.

    The RERANK best by ts_rank (each with its language's query, from the match CTEs
    ``names``) are re-ranked, and stay above the rest. ts_rank counts every occurrence and
    knows neither how long a title is nor how common a word is, so a long section saying a
    word fourteen times outranked the page named by it. The re-rank scores as BM25 does, in
    two parts:

    - the title: the share of the query's words it holds (each word weighing by how rare it
      is among the WEIGHED best, so a word most of them say counts little: BM25's IDF
      over them), divided by the square root of the title's length (a title that is the
      query itself scores highest), times TITLE_SHARE;
    - the text: ln(1 + ts_rank_cd), cover density with the title weighing more, growing
      ever slower with more occurrences.

    (ts_rank_cd alone costs several times more per row than ts_rank with the many terms our
    analysis gives a query: hence only the best.)"""
    queries = " UNION ALL ".join(f"SELECT %s AS locale, q FROM q{name}" for name in names)
    words, params = [], []
    for locale, groups in by_language.items():
        for n, group in groups:
            words.append("(%s, %s::int, %s::tsquery)")
            params += [locale, n, _held(group)]
    return (
        f"""queries AS ({queries}),
    query_words (locale, n, q) AS (VALUES {", ".join(words)}),
    {best(RERANK, WEIGHED)},
    reranked AS MATERIALIZED (
      SELECT top.id, top.locale, top.page_type, top.published_at, top.matched, top.words,
        ts_rank_cd({WEIGHTS}, x.vector, queries.q) AS cd,
        search_word_vector(t.title_terms) AS title
      FROM top JOIN {TABLE} x ON x.entry_id = top.id
      JOIN {tables["text"]} t ON t.entry_id = top.id
      JOIN queries ON queries.locale = top.locale),
    scored_top AS MATERIALIZED (
      SELECT r.id, r.locale, r.page_type, r.published_at, r.matched, r.words,
        {ABOVE_THE_REST} + ln(1 + r.cd) + {TITLE_SHARE} * COALESCE(
          (SELECT SUM(f.weight) FROM query_words w JOIN weights f ON f.locale = w.locale
           AND f.n = w.n WHERE w.locale = r.locale AND r.title @@ w.q), 0)
          / sqrt(GREATEST(length(r.title), 1)) AS score
      FROM reranked r),
    scored AS (
      SELECT c.id, c.locale, c.page_type, c.published_at, c.matched, c.words,
        COALESCE(t.score, c.score) AS score
      FROM chosen c LEFT JOIN scored_top t ON t.id = c.id)""",
        [*by_language, *params],
    )


# JIT off for the statement, and the setting as it was afterwards (``SET LOCAL`` would last
# to the end of an enclosing transaction); the setting before is kept in a custom variable.
JIT_OFF = (
    "SELECT set_config('search.jit', current_setting('jit'), true), set_config('jit', 'off', true)"
)
JIT_BACK = "SELECT set_config('jit', current_setting('search.jit'), true)"


def rows(sql: str, params: list) -> list:
    """The statement's rows, run without JIT compilation: the planner's estimate for a
    common word's many matches passes ``jit_above_cost``, and compiling then took longer
    (44 ms at 10,000 pages) than running the statement.

    Django binds parameters on the client by default, so the setting, the statement and
    the restore go to the server in one round trip (the server plans each statement of it
    in turn, after the one before has run). With ``server_side_binding`` (one statement
    per round trip), or psycopg2 (which returns only a round trip's last result), they go
    one by one."""
    one_trip = is_psycopg3 and not connection.settings_dict["OPTIONS"].get("server_side_binding")
    with connection.cursor() as cursor:
        if one_trip:
            cursor.execute(f"{JIT_OFF}; {sql}; {JIT_BACK}", params)
            cursor.nextset()
            return cursor.fetchall()
        with transaction.atomic():
            cursor.execute(JIT_OFF)
            cursor.execute(sql, params)
            result = cursor.fetchall()
            cursor.execute(JIT_BACK)
        return result
