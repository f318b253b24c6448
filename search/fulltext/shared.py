"""What the statement and each database's SQL agree on."""

import itertools
from dataclasses import dataclass

TITLE_WEIGHT = 5.0  # a title term weighs this many times a text term
# The best this many by the full text score are scored once more, with their title's share
# (see ``postgresql.scored``, ``sqlite.scored``): a title that is the query itself adds
# TITLE_SHARE.
RERANK = 100
TITLE_SHARE = 2.0
# Added to the score of those best: they stay above the rest, so a page of hits within them
# is taken from them alone (``scored_top``), without ordering every match once more.
ABOVE_THE_REST = 1000000
# The best this many weigh the query's words for the title's share (BM25's IDF among them).
# Ranking only the entries holding every word ranks as ranking all only where as many hold
# them: the weights depend on which entries the best are.
WEIGHED = 50

# What a match CTE ranks (see ``sqlite.match`` / ``postgresql.match``): every entry holding
# a term of any group, ranked; the same entries unranked (for counting); or only the
# entries holding every group (or at least ``least`` of them) themselves, ranked. An
# entry's rank is the same in RANKED and EVERY: both databases' ranks of an OR query add up
# each term's share.
RANKED, UNRANKED, EVERY = "ranked", "unranked", "every"

# The columns of every match CTE (``e`` is the entry).
COLUMNS = "e.id AS id, e.locale AS locale, e.page_type AS page_type, e.published_at AS published_at"


@dataclass(frozen=True)
class Syntax:
    """How a database's full text query language writes OR (``either``), AND (``both``) and
    a quoted term (``quote``, a format with one ``{}``); each dialect has one."""

    either: str
    both: str
    quote: str

    def terms(self, terms) -> str:
        """A query for entries holding any of ``terms``."""
        return self.either.join(self.quote.format(term) for term in terms)

    def any_term(self, groups) -> str:
        """A query for entries holding any term of any of the numbered ``groups``."""
        return self.terms(term for _n, group in groups for term in group.terms)

    def held(self, group) -> str:
        """A query for entries holding the query word ``group`` (a
        ``search.analysis.QueryWord``) itself: any of its readings, with every part of it."""
        return self.either.join(
            self.terms(reading[0])
            if len(reading) == 1
            else "(" + self.both.join(f"({self.terms(part)})" for part in reading) + ")"
            for reading in group.readings
        )

    def every(self, groups, least: int = 0) -> str:
        """A query for entries holding every group itself, or at least ``least`` of them:
        for each choice of that many groups, all of them; any choice."""
        return self.either.join(
            "(" + self.both.join(f"({self.held(group)})" for _n, group in some) + ")"
            for some in itertools.combinations(groups, least or len(groups))
        )


def best(rerank: int, weighed: int) -> str:
    """The CTEs ``top``, the ``rerank`` best of ``chosen`` (scored once more, with their
    title's share; with the columns the order of hits reads), ``weighed``, the ``weighed``
    best of those, in one order on both databases (ties by id: the cut and the whole must
    pick the same), and ``weights``: each query word's (``query_words``: locale, n) share
    of its language's query, by how rare it is among the ``weighed`` (BM25's IDF, from
    which groups each holds a term of)."""
    return f"""top AS MATERIALIZED (
      SELECT id, locale, page_type, published_at, words, matched, score FROM chosen
      ORDER BY matched DESC, score DESC, id LIMIT {rerank}),
    weighed AS (
      SELECT locale, words FROM top ORDER BY matched DESC, score DESC, id LIMIT {weighed}),
    weights AS MATERIALIZED (
      SELECT locale, n, rarity / SUM(rarity) OVER (PARTITION BY locale) AS weight FROM (
        SELECT w.locale, w.n, ln(1 + (COUNT(*) - SUM((t.words >> w.n) & 1) + 0.5)
          / (SUM((t.words >> w.n) & 1) + 0.5)) AS rarity
        FROM query_words w JOIN weighed t ON t.locale = w.locale
        GROUP BY w.locale, w.n) f)"""  # noqa: S608 - two ints
