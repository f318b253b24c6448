"""What the statement and each database's SQL agree on."""

import itertools

TITLE_WEIGHT = 5.0  # a title term weighs this many times a text term

# What a match CTE ranks (see ``sqlite.match`` / ``postgresql.match``): every entry holding
# a term of any group, ranked; the same entries unranked (for counting); or only the
# entries holding every group (or at least ``least`` of them) themselves, ranked. An
# entry's rank is the same in RANKED and EVERY: both databases' ranks of an OR query add up
# each term's share.
RANKED, UNRANKED, EVERY = "ranked", "unranked", "every"

# The columns of every match CTE (``e`` is the entry).
COLUMNS = "e.id AS id, e.locale AS locale, e.page_type AS page_type, e.published_at AS published_at"


def any_of_all(groups, least: int, either: str, both: str, quoted) -> str:
    """A full text query for entries holding every group, or at least ``least`` of them:
    for each choice of that many groups, all of them (``both``, the database's AND), any
    choice (``either``, its OR); ``quoted`` writes a list of terms as alternatives."""
    return either.join(
        "(" + both.join(f"({held(group, either, both, quoted)})" for _n, group in some) + ")"
        for some in itertools.combinations(groups, least or len(groups))
    )


def held(group, either: str, both: str, quoted) -> str:
    """A full text query for entries holding the query word ``group`` itself (a
    ``search.analysis.QueryWord``): any of its readings, with every part of it."""
    return either.join(
        quoted(reading[0])
        if len(reading) == 1
        else "(" + both.join(f"({quoted(part)})" for part in reading) + ")"
        for reading in group.readings
    )
