import pytest

from cms.demo.loader import DemoLoader
from tests import mini_content


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the small demo site (rolled back after each test)."""
    from django.db import connection

    with django_db_blocker.unblock():
        DemoLoader(mini_content).load()
        # Transactional tests marked serialized_rollback start from this site, too.
        connection._test_serialized_contents = connection.creation.serialize_db_to_string()


@pytest.fixture
def site_pages(db):
    """The demo pages by (key, language), e.g. ``site_pages["forum", "en"]``."""
    loader = DemoLoader(mini_content)
    loader.load()
    return loader.pages


@pytest.fixture
def api(client, db):
    def get(url, status=200, **params):
        response = client.get(url, params)
        assert response.status_code == status, (url, response.status_code, response.content[:500])
        return response.json()

    return get


@pytest.fixture(autouse=True)
def _clear_cache():
    """Wagtail caches site root paths; a rolled-back test must not leave them behind."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
