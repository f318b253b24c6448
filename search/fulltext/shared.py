"""What the statement and each database's SQL agree on."""

TITLE_WEIGHT = 5.0  # a title term weighs this many times a text term

# What a match CTE ranks (see ``sqlite.match`` / ``postgresql.match``): every entry holding
# a term of any group, ranked; the same entries unranked (for counting); or only the
# entries holding a term of every group, ranked. An entry's rank is the same in RANKED and
# EVERY: both databases' ranks of an OR query add up each term's share.
RANKED, UNRANKED, EVERY = "ranked", "unranked", "every"

# The columns of every match CTE (``e`` is the entry).
COLUMNS = "e.id AS id, e.locale AS locale, e.page_type AS page_type, e.published_at AS published_at"
