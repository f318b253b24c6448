"""News translations share one original publication date; each keeps its own."""

import datetime as dt

from django.utils import timezone

from cms.models import NewsPage


def test_original_date_is_set_on_first_publication(site_pages):
    index = site_pages["forum", "fi"].get_parent()
    page = NewsPage(title="Uusi", slug="uusi", lead="Lyhyesti")
    index.add_child(instance=page)
    assert page.original_published_at is None
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.original_published_at == page.first_published_at


def test_changing_the_original_updates_every_translation(site_pages):
    fi, en = site_pages["forum", "fi"], site_pages["forum", "en"]
    new = timezone.make_aware(dt.datetime(2021, 7, 5, 9, 0))
    fi.original_published_at = new
    fi.save_revision().publish()
    en.refresh_from_db()
    assert en.original_published_at == new
    # Its own publication moment is untouched.
    assert en.first_published_at == timezone.make_aware(dt.datetime(2021, 7, 12, 15, 21))


def test_a_translation_cannot_diverge_even_from_a_stale_revision(site_pages):
    fi, en = site_pages["forum", "fi"], site_pages["forum", "en"]
    en.original_published_at = timezone.make_aware(dt.datetime(2030, 1, 1))
    revision = en.save_revision()
    revision.publish()
    en.refresh_from_db()
    assert en.original_published_at == fi.original_published_at


def test_admin_form_locks_the_shared_date_on_translations(admin_client, site_pages):
    en = site_pages["forum", "en"]
    fi = site_pages["forum", "fi"]
    html = admin_client.get(f"/admin/pages/{en.pk}/edit/").content.decode()
    field = html.split('name="original_published_at"')[0].rsplit("<input", 1)[1]
    assert html.count('name="original_published_at"') == 1
    assert "disabled" in html.split('name="original_published_at"')[1].split(">")[0] or (
        "disabled" in field
    )
    html = admin_client.get(f"/admin/pages/{fi.pk}/edit/").content.decode()
    assert "disabled" not in html.split('name="original_published_at"')[1].split(">")[0]


def test_call_page_is_always_typed_as_a_call(site_pages):
    call = site_pages["call", "en"]
    call.news_type = "news"
    call.save_revision().publish()
    call.refresh_from_db()
    assert call.news_type == "call"
    assert call.news_type_label == "Call for applications"
