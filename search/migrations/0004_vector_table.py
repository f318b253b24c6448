"""PostgreSQL: the full text vectors move out of ``search_searchtext`` into a table of their
own, ``search_vector`` (entry id and vector, GIN index), kept in step by triggers as SQLite's
FTS5 table is.

A search reads the vector of every match: to match it, count it and rank it. In
``search_searchtext`` each vector shared its row with the entry's text and terms (about 8 KB a
row, kept uncompressed so the vector stayed inline), so a search read three times the data it
needed: at 50,000 pages the table was 390 MB, three times PostgreSQL's default shared buffers.
The vector table is half that, and the text table may now compress its texts, which only the
page of hits reads. The vectors are copied over: no rebuild is needed. SQLite is unchanged.
"""

from django.db import migrations

# The vector of a text row: its title terms weigh A, its text terms D (as the generated
# column it replaces).
VECTOR = (
    "setweight(to_tsvector('simple', title_terms), 'A') "
    "|| setweight(to_tsvector('simple', text_terms), 'D')"
)

POSTGRESQL = [
    """CREATE TABLE search_vector (
        entry_id bigint PRIMARY KEY,
        vector tsvector NOT NULL
    ) WITH (toast_tuple_target = 8160)""",
    # Every search reads the vector of each match several times, and PostgreSQL would
    # decompress a compressed one on every read: it stays plain, inline while it fits a page.
    "ALTER TABLE search_vector ALTER COLUMN vector SET STORAGE MAIN",
    "INSERT INTO search_vector (entry_id, vector) SELECT entry_id, search_vector "
    "FROM search_searchtext",
    "CREATE INDEX search_vector_gin ON search_vector USING gin (vector)",
    # Statement triggers with transition tables: a batch of a rebuild is one INSERT here too.
    f"""CREATE FUNCTION search_vector_write() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO search_vector (entry_id, vector)
        SELECT entry_id, {VECTOR} FROM written
        ON CONFLICT (entry_id) DO UPDATE SET vector = EXCLUDED.vector;
        RETURN NULL;
    END $$""",
    """CREATE FUNCTION search_vector_remove() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        DELETE FROM search_vector WHERE entry_id IN (SELECT entry_id FROM removed);
        RETURN NULL;
    END $$""",
    """CREATE FUNCTION search_vector_empty() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        TRUNCATE search_vector;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER search_vector_insert AFTER INSERT ON search_searchtext
        REFERENCING NEW TABLE AS written FOR EACH STATEMENT
        EXECUTE FUNCTION search_vector_write()""",
    """CREATE TRIGGER search_vector_update AFTER UPDATE ON search_searchtext
        REFERENCING NEW TABLE AS written FOR EACH STATEMENT
        EXECUTE FUNCTION search_vector_write()""",
    """CREATE TRIGGER search_vector_delete AFTER DELETE ON search_searchtext
        REFERENCING OLD TABLE AS removed FOR EACH STATEMENT
        EXECUTE FUNCTION search_vector_remove()""",
    # Django's flush (between transactional tests) truncates the tables it knows.
    """CREATE TRIGGER search_vector_truncate AFTER TRUNCATE ON search_searchtext
        FOR EACH STATEMENT EXECUTE FUNCTION search_vector_empty()""",
    "DROP INDEX search_text_vector",
    "ALTER TABLE search_searchtext DROP COLUMN search_vector",
    "ALTER TABLE search_searchtext RESET (toast_tuple_target)",
    # Planner statistics for the new table now (autovacuum would come later): without them
    # every word looks rare and a common one's search is planned as such.
    "ANALYZE search_vector",
]
POSTGRESQL_REVERSE = [
    f"ALTER TABLE search_searchtext ADD COLUMN search_vector tsvector GENERATED ALWAYS AS "
    f"({VECTOR}) STORED",
    "CREATE INDEX search_text_vector ON search_searchtext USING gin (search_vector)",
    "ALTER TABLE search_searchtext ALTER COLUMN search_vector SET STORAGE MAIN",
    "ALTER TABLE search_searchtext SET (toast_tuple_target = 8160)",
    "DROP TABLE search_vector",
    "DROP FUNCTION search_vector_write, search_vector_remove, search_vector_empty CASCADE",
]


def _on_postgresql(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_search_words"),
    ]

    operations = [
        migrations.RunPython(
            _on_postgresql(POSTGRESQL), _on_postgresql(POSTGRESQL_REVERSE)
        ),
    ]
