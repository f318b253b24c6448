"""Configuration comes from the environment; production values pass check --deploy."""

import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent

PRODUCTION_ENV = {
    "SECRET_KEY": "x7!Qm2#vL9@pR4$tW8^zK1&nB6*cF3(hJ5)dG0-sA2+eY7=uI9",
    "DEBUG": "0",
    "ALLOWED_HOSTS": "portal.example.fi",
    "DATABASE_URL": "sqlite:////tmp/portal-deploy-check.sqlite3",
    "WAGTAILADMIN_BASE_URL": "https://portal.example.fi",
    "BEHIND_TLS_PROXY": "1",
}


def manage(*args, env):
    base = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    base.pop("SECRET_KEY", None)
    base.pop("DEBUG", None)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**base, "DJANGO_SETTINGS_MODULE": "cms.settings", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_with_production_values():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_missing_secret_key_in_production_is_refused_clearly():
    env = {**PRODUCTION_ENV, "SECRET_KEY": ""}
    result = manage("check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_unknown_search_backend_is_refused_clearly():
    result = manage("check", env={**PRODUCTION_ENV, "SEARCH_BACKEND": "solr"})
    assert result.returncode != 0
    assert "SEARCH_BACKEND must be" in result.stderr


def test_elasticsearch_backend_needs_its_url():
    result = manage("check", env={**PRODUCTION_ENV, "SEARCH_BACKEND": "elasticsearch"})
    assert result.returncode != 0
    assert "ELASTICSEARCH_URL" in result.stderr


def test_sqlite_uses_immediate_transactions_busy_timeout_and_wal(tmp_path):
    database = tmp_path / "wal.sqlite3"
    code = (
        "import django; django.setup();"
        "from django.conf import settings; from django.db import connection;"
        "o = settings.DATABASES['default']['OPTIONS'];"
        "c = connection.cursor(); c.execute('PRAGMA journal_mode');"
        "print(o['transaction_mode'], o['timeout'], c.fetchone()[0])"
    )
    base = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={
            **base,
            "DJANGO_SETTINGS_MODULE": "cms.settings",
            "DEBUG": "1",
            "DATABASE_URL": f"sqlite:///{database}",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["IMMEDIATE", "20", "wal"]


def test_postgres_url_is_parsed_from_the_environment():
    result = manage(
        "shell",
        "--verbosity",
        "0",
        "-c",
        "from django.conf import settings; d = settings.DATABASES['default'];"
        "print(d['ENGINE'], d['HOST'], d['NAME'])",
        env={**PRODUCTION_ENV, "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/portal"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["django.db.backends.postgresql", "127.0.0.1", "portal"]


def test_languages_and_time_zone():
    assert [code for code, _name in settings.LANGUAGES] == ["fi", "sv", "en"]
    assert settings.LANGUAGE_CODE == "fi"
    assert settings.WAGTAIL_I18N_ENABLED
    assert settings.USE_TZ and settings.TIME_ZONE == "Europe/Helsinki"
    assert "Europe/Helsinki" in settings.WAGTAIL_USER_TIME_ZONES
    assert settings.WAGTAILAPI_RICH_TEXT_FORMAT == "html"


def test_bare_manage_py_runs_as_local_development_but_wsgi_stays_strict():
    base = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    base.pop("SECRET_KEY", None)
    base.pop("DEBUG", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "makemigrations", "--check", "--dry-run"],
        cwd=ROOT,
        env=base,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    wsgi = subprocess.run(
        [sys.executable, "-c", "import cms.wsgi"],
        cwd=ROOT,
        env=base,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert wsgi.returncode != 0 and "SECRET_KEY must be set" in wsgi.stderr
