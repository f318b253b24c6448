"""The form page for readers: open, submit, thank you; refusals keep what was typed."""

import datetime as dt

from django.utils import timezone

from forms_ext.models import ApplicationSubmission


def close(page, when=None):
    type(page).objects.filter(pk=page.pk).update(closes_at=when or timezone.now())


def test_open_form_shows_fields_window_privacy_link_and_csrf(client, form_page, site_pages):
    html = client.get(form_page.url).content.decode()
    assert 'name="full_name"' in html and 'name="email"' in html
    assert "csrfmiddlewaretoken" in html
    assert "window-open" in html and "Applications accepted from" in html
    assert f'href="{site_pages["privacy", "en"].url}"' in html
    # The honeypot is hidden from people and assistive technology.
    assert 'class="hp-field" aria-hidden="true"' in html


def test_submit_then_thank_you_page(client, form_page, answers):
    response = client.post(form_page.url, answers())
    assert response.status_code == 200
    assert 'role="status"' in response.content.decode()
    assert ApplicationSubmission.objects.filter(page=form_page).count() == 1


def test_csrf_is_enforced(form_page, answers):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    assert strict.post(form_page.url, answers()).status_code == 403
    assert not ApplicationSubmission.objects.exists()


def test_closed_form_refuses_in_the_page_language_and_keeps_the_data(client, site_pages, answers):
    form_page = site_pages["call", "sv"].application_form.specific
    html_before = client.get(form_page.url)  # loaded while open
    assert html_before.status_code == 200
    close(form_page)
    response = client.post(form_page.url, answers(full_name="Sara Sökande"))
    assert response.status_code == 409
    html = response.content.decode()
    assert 'role="alert"' in html
    assert 'value="Sara Sökande"' in html  # the reader's text is still there
    assert '<html lang="sv">' in html
    assert not ApplicationSubmission.objects.exists()


def test_validation_errors_are_shown_next_to_the_fields(client, form_page, answers):
    response = client.post(form_page.url, answers(email="not-an-address"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "errorlist" in html and 'aria-invalid="true"' in html
    assert 'value="Aino Applicant"' in html


def test_upcoming_form_shows_the_window_but_no_submit_button(client, form_page):
    type(form_page).objects.filter(pk=form_page.pk).update(
        opens_at=timezone.now() + dt.timedelta(days=2)
    )
    html = client.get(form_page.url).content.decode()
    assert "window-upcoming" in html
    assert "Send application" not in html


def test_honeypot_gets_the_thank_you_page_but_nothing_is_stored(client, form_page, answers):
    response = client.post(form_page.url, answers(hp_website="http://spam.example"))
    assert response.status_code == 200 and 'role="status"' in response.content.decode()
    assert not ApplicationSubmission.objects.exists()


def test_rate_limit_per_address(client, form_page, answers, settings):
    settings.FORM_RATE_LIMIT = (2, 60)
    for index in range(2):
        client.post(form_page.url, answers(f"r{index}@example.org"))
    response = client.post(form_page.url, answers("r9@example.org"))
    assert response.status_code == 429
    assert 'value="Aino Applicant"' in response.content.decode()
    assert ApplicationSubmission.objects.count() == 2
    other = client.post(form_page.url, answers("r8@example.org"), REMOTE_ADDR="10.9.9.9")
    assert other.status_code == 200


def test_expired_form_is_not_served(client, form_page):
    type(form_page).objects.filter(pk=form_page.pk).update(
        expire_at=timezone.now() - dt.timedelta(seconds=1)
    )
    assert client.get(form_page.url).status_code == 404


def test_form_without_its_own_notice_links_the_sites_privacy_page(client, form_page, site_pages):
    from cms.models import PortalSettings

    type(form_page).objects.filter(pk=form_page.pk).update(privacy_notice=None)
    portal = PortalSettings.objects.get()
    assert portal.privacy_page_id == site_pages["privacy", "fi"].pk
    html = client.get(form_page.url).content.decode()
    form_html = html.split('class="application-form"')[1].split("</form>")[0]
    assert f'href="{site_pages["privacy", "en"].url}"' in form_html
    data = client.get(f"/api/forms/{form_page.pk}/").json()
    assert data["privacy_notice"]["id"] == site_pages["privacy", "en"].pk
