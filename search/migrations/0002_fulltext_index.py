"""The search index on each database's own full text index (replaces the term table).

The index is derived data: entries are dropped and rebuilt (``rebuild_search_index`` runs
after migrating, see the README). SQLite gets an FTS5 table over the entry table, kept in
step by triggers; PostgreSQL a generated tsvector column with a GIN index.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

SQLITE = [
    """CREATE VIRTUAL TABLE search_fts USING fts5(
        title_terms, text_terms, content='search_searchtext', content_rowid='entry_id',
        tokenize="unicode61 remove_diacritics 0")""",
    "CREATE VIRTUAL TABLE search_fts_vocab USING fts5vocab(search_fts, 'row')",
    """CREATE TRIGGER search_fts_insert AFTER INSERT ON search_searchtext BEGIN
        INSERT INTO search_fts(rowid, title_terms, text_terms)
        VALUES (new.entry_id, new.title_terms, new.text_terms);
    END""",
    """CREATE TRIGGER search_fts_delete AFTER DELETE ON search_searchtext BEGIN
        INSERT INTO search_fts(search_fts, rowid, title_terms, text_terms)
        VALUES ('delete', old.entry_id, old.title_terms, old.text_terms);
    END""",
    """CREATE TRIGGER search_fts_update AFTER UPDATE ON search_searchtext BEGIN
        INSERT INTO search_fts(search_fts, rowid, title_terms, text_terms)
        VALUES ('delete', old.entry_id, old.title_terms, old.text_terms);
        INSERT INTO search_fts(rowid, title_terms, text_terms)
        VALUES (new.entry_id, new.title_terms, new.text_terms);
    END""",
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS search_fts_update",
    "DROP TRIGGER IF EXISTS search_fts_delete",
    "DROP TRIGGER IF EXISTS search_fts_insert",
    "DROP TABLE IF EXISTS search_fts_vocab",
    "DROP TABLE IF EXISTS search_fts",
]
POSTGRESQL = [
    """ALTER TABLE search_searchtext ADD COLUMN search_vector tsvector
        GENERATED ALWAYS AS (
            setweight(to_tsvector('simple', title_terms), 'A')
            || setweight(to_tsvector('simple', text_terms), 'D')
        ) STORED""",
    "CREATE INDEX search_text_vector ON search_searchtext USING gin (search_vector)",
    # A search reads the vector of every match several times, and PostgreSQL decompresses
    # a compressed value on every read: let it compress the texts first and keep the vector
    # plain while the row fits a page.
    "ALTER TABLE search_searchtext ALTER COLUMN search_vector SET STORAGE MAIN",
    "ALTER TABLE search_searchtext SET (toast_tuple_target = 8160)",
]
POSTGRESQL_REVERSE = [
    "DROP INDEX IF EXISTS search_text_vector",
    "ALTER TABLE search_searchtext DROP COLUMN IF EXISTS search_vector",
]


def _run(statements):
    def run(apps, schema_editor):
        vendor = schema_editor.connection.vendor
        for sql in statements.get(vendor, []):
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.DeleteModel(name="SearchTerm"),
        migrations.DeleteModel(name="SearchAudience"),
        migrations.DeleteModel(name="SearchEntry"),
        migrations.CreateModel(
            name='SearchEntry',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('page', models.OneToOneField(null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.WAGTAIL_PAGE_MODEL)),
                ('document', models.ForeignKey(null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtaildocs.document')),
                ('locale', models.CharField(max_length=8, verbose_name='language')),
                ('page_type', models.CharField(max_length=100, verbose_name='type')),
                ('published_at', models.DateTimeField(null=True, verbose_name='published')),
                ('expire_at', models.DateTimeField(null=True)),
                ('path', models.CharField(blank=True, max_length=255)),
                ('indexed_at', models.DateTimeField(auto_now=True, verbose_name='indexed')),
                ('title', models.CharField(max_length=255, verbose_name='title')),
                ('audience_list', models.JSONField(default=list)),
            ],
            options={
                'verbose_name': 'search entry',
                'verbose_name_plural': 'search entries',
            },
        ),
        migrations.CreateModel(
            name='SearchText',
            fields=[
                ('entry', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='content', serialize=False, to='search.searchentry')),
                ('title_terms', models.TextField()),
                ('text_terms', models.TextField()),
                ('text', models.TextField(verbose_name='text')),
            ],
        ),
        migrations.CreateModel(
            name='SearchAudience',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('key', models.CharField(max_length=64)),
                ('slug', models.CharField(max_length=80)),
                ('name', models.CharField(max_length=120)),
                ('entry', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='audiences', to='search.searchentry')),
            ],
        ),
        migrations.AddIndex(
            model_name='searchentry',
            index=models.Index(fields=['locale'], name='search_entry_locale'),
        ),
        migrations.AddConstraint(
            model_name='searchentry',
            constraint=models.UniqueConstraint(fields=('document', 'locale'), name='search_document_once'),
        ),
        migrations.AddConstraint(
            model_name='searchentry',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('document__isnull', True), ('page__isnull', False)), models.Q(('document__isnull', False), ('page__isnull', True)), _connector='OR'), name='search_entry_one_target'),
        ),
        migrations.AddIndex(
            model_name='searchaudience',
            index=models.Index(fields=['slug', 'entry'], name='search_audience_lookup'),
        ),
        migrations.RunPython(
            _run({"sqlite": SQLITE, "postgresql": POSTGRESQL}),
            _run({"sqlite": SQLITE_REVERSE, "postgresql": POSTGRESQL_REVERSE}),
        ),
    ]
