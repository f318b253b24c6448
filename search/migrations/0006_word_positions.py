"""PostgreSQL: each word's terms share one position in the full text vectors.

The stored terms keep each word's terms together (``koti|kotona suomi``, see
``search.analysis.IndexText``). ``to_tsvector`` gave every term a position of its own, so
how far apart two words stood depended on how many terms each had. ``search_word_vector``
gives all the terms of a word its position: a phrase is then a plain phrase query over the
GIN index (``'koti' | 'kotona') <-> 'suomi'``), and cover density (``ts_rank_cd``) measures
words. The terms are taken as they are (they are our own analysis: letters and digits,
case folded), and queries are ``tsquery`` literals likewise, with no parser between.

The vectors of stored rows are rebuilt from their stored terms here; rows stored before the
terms kept their words together get a position a term, as before, until the index is rebuilt.
SQLite is unchanged (its FTS5 table has a position a term; phrases are checked on the
terms).
"""

from django.db import migrations

FUNCTION = """CREATE FUNCTION search_word_vector(terms text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT COALESCE(
        string_agg('''' || term || ''':' || LEAST(word.n, 16383), ' ')::tsvector,
        ''::tsvector)
    FROM unnest(string_to_array(terms, ' ')) WITH ORDINALITY AS word(terms, n),
        unnest(string_to_array(word.terms, '|')) AS term
    WHERE term <> ''
$$"""

WORDS = (
    "setweight(search_word_vector(title_terms), 'A') "
    "|| setweight(search_word_vector(text_terms), 'D')"
)
TERMS = (
    "setweight(to_tsvector('simple', title_terms), 'A') "
    "|| setweight(to_tsvector('simple', text_terms), 'D')"
)


def _writer(vector: str) -> list[str]:
    """The trigger function writing each written text row's vector, and every stored row's
    vector rewritten the same way."""
    return [
        f"""CREATE OR REPLACE FUNCTION search_vector_write() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO search_vector (entry_id, vector)
            SELECT entry_id, {vector} FROM written
            ON CONFLICT (entry_id) DO UPDATE SET vector = EXCLUDED.vector;
            RETURN NULL;
        END $$""",
        f"""UPDATE search_vector v SET vector = {vector}
        FROM search_searchtext t WHERE t.entry_id = v.entry_id""",
        "ANALYZE search_vector",
    ]


POSTGRESQL = [FUNCTION, *_writer(WORDS)]
POSTGRESQL_REVERSE = [*_writer(TERMS), "DROP FUNCTION search_word_vector"]


def _on_postgresql(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0005_audience_key"),
    ]

    operations = [
        migrations.RunPython(_on_postgresql(POSTGRESQL), _on_postgresql(POSTGRESQL_REVERSE)),
    ]
