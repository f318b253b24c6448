import pytest

from forms_ext.models import ApplicationFormPage


@pytest.fixture
def form_page(site_pages) -> ApplicationFormPage:
    """The open English application form of the demo call (no cap, one per e-mail)."""
    return site_pages["call", "en"].application_form.specific


@pytest.fixture
def answers():
    def make(email="applicant@example.org", **extra):
        return {"full_name": "Aino Applicant", "email": email, "consent": "on", **extra}

    return make
