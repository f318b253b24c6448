"""The indexed words by language, for typo tolerance (filled here from the existing index).

Until now each process built that vocabulary from all indexed text, again after every
change to the index: 2.4 s at 10,000 pages on the first typo query after each publish. The
SQLite fts5vocab table that the earlier typo check read is no longer used.
"""

from django.db import migrations, models

MIN_WORD_LENGTH = 4  # as the app's (search.analysis) at the time of this migration


def fill(apps, schema_editor):
    from search.analysis import tokenize

    SearchText = apps.get_model("search", "SearchText")
    SearchWord = apps.get_model("search", "SearchWord")
    words = set()
    rows = SearchText.objects.values_list("entry__locale", "entry__title", "text")
    for locale, title, text in rows.iterator(chunk_size=500):
        words.update(
            (locale, word)
            for word in tokenize(f"{title} {text}")
            if len(word) >= MIN_WORD_LENGTH and not word.isdigit()
        )
    SearchWord.objects.bulk_create(
        [SearchWord(locale=l, word=w, initial=w[0], length=len(w)) for l, w in words],
        ignore_conflicts=True,
        batch_size=1000,
    )


def _on_sqlite(statement):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "sqlite":
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_fulltext_index"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchWord",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("locale", models.CharField(max_length=8)),
                ("word", models.CharField(max_length=64)),
                ("initial", models.CharField(max_length=1)),
                ("length", models.PositiveSmallIntegerField()),
            ],
            options={
                "indexes": [
                    models.Index(
                        fields=["locale", "initial", "length"], name="search_word_bucket"
                    )
                ],
                "constraints": [
                    models.UniqueConstraint(fields=("locale", "word"), name="search_word_once")
                ],
            },
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
        migrations.RunPython(
            _on_sqlite("DROP TABLE IF EXISTS search_fts_vocab"),
            _on_sqlite(
                "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts_vocab "
                "USING fts5vocab(search_fts, 'row')"
            ),
        ),
    ]
