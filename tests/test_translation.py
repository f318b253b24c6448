"""Editors copy pages into another language; translations stay linked."""

from wagtail.models import Locale, Page

from cms.models import NewsPage


def test_simple_translation_copies_a_news_item_into_swedish(admin_client, site_pages):
    fi = site_pages["forum", "fi"]
    sv = Locale.objects.get(language_code="sv")
    response = admin_client.post(f"/admin/translation/submit/page/{fi.pk}/", {"locales": [sv.pk]})
    assert response.status_code == 302
    copy = NewsPage.objects.get(translation_key=fi.translation_key, locale=sv)
    assert not copy.live  # a draft for the translator
    assert copy.get_parent().locale == sv
    # Same audiences and the shared original date, without re-tagging.
    assert copy.original_published_at == fi.original_published_at
    copy.title = "Forum på svenska"
    copy.save_revision().publish()
    audience_page = site_pages["decision-makers", "sv"]
    assert "Forum på svenska" in [item.title for item in audience_page.feed_items()]
    # The English and Finnish pages now offer the Swedish one.
    html = admin_client.get(site_pages["forum", "en"].url).content.decode()
    assert copy.url in html


def test_translate_a_whole_section_subtree(admin_client, site_pages):
    section = site_pages["services", "fi"]
    child = section.add_child(
        instance=type(section)(title="Alasivu", slug="alasivu", intro="Alasivun johdanto")
    )
    child.save_revision().publish()
    # Delete the existing Swedish copy so the whole subtree is copied fresh.
    site_pages["services", "sv"].delete()
    sv = Locale.objects.get(language_code="sv")
    response = admin_client.post(
        f"/admin/translation/submit/page/{section.pk}/",
        {"locales": [sv.pk], "include_subtree": "on"},
    )
    assert response.status_code == 302
    assert Page.objects.filter(translation_key=child.translation_key, locale=sv).exists()
