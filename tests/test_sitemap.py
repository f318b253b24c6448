"""sitemap.xml lists every published page in every language with hreflang alternates."""

import xml.etree.ElementTree as ET

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def parse(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)


def test_sitemap_lists_all_languages_with_alternates(client, site_pages):
    root = parse(client)
    urls = {url.find("s:loc", NS).text: url for url in root.findall("s:url", NS)}
    for code in ("fi", "sv", "en"):
        assert f"http://testserver/{code}/" in urls
    forum_en = urls[f"http://testserver{site_pages['forum', 'en'].url}"]
    alternates = {link.get("hreflang"): link.get("href") for link in forum_en.findall("x:link", NS)}
    assert alternates == {
        "fi": f"http://testserver{site_pages['forum', 'fi'].url}",
        "en": f"http://testserver{site_pages['forum', 'en'].url}",
    }
    only_sv = urls[f"http://testserver{site_pages['only-sv', 'sv'].url}"]
    assert only_sv.findall("x:link", NS) == []
    assert only_sv.find("s:lastmod", NS) is not None


def test_robots_txt_points_at_the_sitemap(client, db):
    text = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text
