"""Interface text in each reader's language; catalogues complete and compiled."""

import os
from pathlib import Path

import polib
import pytest
from django.utils import translation

from cms.models import AudiencePage, NewsPage

LOCALE_DIR = Path(__file__).resolve().parent.parent / "cms" / "locale"


@pytest.mark.parametrize("code", ["fi", "sv"])
def test_catalogue_is_complete_and_without_fuzzy_entries(code):
    po = polib.pofile(str(LOCALE_DIR / code / "LC_MESSAGES" / "django.po"))
    # A missing Swedish string would fall back to Finnish, not English.
    assert [e.msgid for e in po.untranslated_entries()] == []
    assert [e.msgid for e in po.fuzzy_entries()] == []


@pytest.mark.parametrize("code", ["fi", "sv", "en"])
def test_compiled_catalogue_matches_its_source(code):
    folder = LOCALE_DIR / code / "LC_MESSAGES"
    po = polib.pofile(str(folder / "django.po"))
    mo = polib.mofile(str(folder / "django.mo"))
    expected = {e.msgid: e.msgstr for e in po.translated_entries() if not e.msgid_plural}
    compiled = {e.msgid: e.msgstr for e in mo if e.msgid and not e.msgid_plural}
    assert compiled == expected, "run `make messages` to recompile"


@pytest.mark.parametrize(
    ("code", "skip_link", "news_label"),
    [("fi", "Siirry sisältöön", "Uutinen"), ("sv", "Hoppa till innehållet", "Nyhet")],
)
def test_pages_show_interface_text_in_their_language(
    client, site_pages, code, skip_link, news_label
):
    home = client.get(f"/{code}/").content.decode()
    assert skip_link in home
    news = site_pages["call", code]
    assert client.get(news.url).status_code == 200
    index_html = client.get(news.get_parent().url).content.decode()
    assert skip_link in index_html


def test_news_type_label_follows_the_page_language_not_the_request(site_pages):
    with translation.override("en"):
        assert site_pages["forum", "fi"].news_type_label == "Uutinen"
        assert site_pages["only-sv", "sv"].news_type_label == "Meddelande"
        assert site_pages["forum", "en"].news_type_label == "News item"


def test_translated_news_says_when_it_appeared_in_its_own_language(client, site_pages):
    from wagtail.models import Locale

    fi = site_pages["forum", "fi"]
    sv = fi.copy_for_translation(Locale.objects.get(language_code="sv"))
    sv.save_revision().publish()  # published today, years after the original
    html = client.get(sv.url).content.decode()
    assert "Publiceringsdatum" in html and "6.7.2021 kl. 10.00" in html
    assert "Publicerad på svenska" in html
    assert "Published in English on" in client.get(site_pages["forum", "en"].url).content.decode()
    # The original shows one date only.
    assert "Julkaistu suomeksi" not in client.get(fi.url).content.decode()


def test_model_labels_are_translated():
    with translation.override("fi"):
        assert str(NewsPage._meta.verbose_name) != "news page"
        assert str(AudiencePage._meta.verbose_name) != "audience page"
    with translation.override("sv"):
        assert str(NewsPage._meta.verbose_name) != "news page"


def test_every_interface_string_in_the_code_has_a_translation(tmp_path):
    """`makemessages` on a copy of the project finds no string the catalogues lack (the
    checks above only see strings already in the .po files)."""
    import shutil
    import subprocess
    import sys

    root = LOCALE_DIR.parent.parent
    copy = tmp_path / "project"
    shutil.copytree(
        root,
        copy,
        ignore=shutil.ignore_patterns(
            ".venv",
            ".git",
            "media",
            "private-media",
            "staticfiles",
            "bench-results",
            "*.pyc",
            "db.sqlite3*",
            "node_modules",
        ),
    )
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "-l",
            "fi",
            "-l",
            "sv",
            "--no-obsolete",
            "--ignore=tests",
            "--ignore=cms/demo",
        ],
        cwd=copy,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings", "DEBUG": "1"},
        check=True,
        capture_output=True,
    )
    for code in ("fi", "sv"):
        po = polib.pofile(str(copy / "cms" / "locale" / code / "LC_MESSAGES" / "django.po"))
        assert [e.msgid for e in po.untranslated_entries()] == [], code
