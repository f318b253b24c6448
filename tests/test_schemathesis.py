"""Property-based checks of the portal API against its own OpenAPI document.

Schemathesis generates requests from /api/openapi.json (a bounded number per operation) and
checks every answer: no 5xx, and status codes, content types and bodies as documented.
"""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from cms.wsgi import application

schema = schemathesis.openapi.from_wsgi("/api/openapi.json", application)


@pytest.fixture
def keep_test_connection():
    """Calls go straight to the WSGI app: keep it from closing the test's database
    connection at the end of each request (Django's test client does the same)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_api_matches_its_openapi_document(case, site_pages, keep_test_connection):
    # Each form's questions are its editors' own: the document describes the answers as one
    # open object, so a body it allows (``{}``) can still lack a required answer and get its
    # documented 400. Everywhere else, what the document allows must be accepted.
    form_answers = case.method == "POST" and case.path.endswith("/submissions/")
    case.call_and_validate(excluded_checks=[positive_data_acceptance] if form_answers else None)
