"""Blocks validate editor input and render clean HTML and JSON."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.blocks import StructBlockValidationError
from wagtail.images import get_image_model

from blocks.images import ImageBlock, image_alt
from blocks.links import LinkBlock, TeaserCardBlock
from blocks.media import TableBlock
from blocks.text import HeadingBlock


@pytest.fixture
def image(db):
    return get_image_model().objects.first()


def test_image_alt_falls_back_to_the_description_never_the_file_name(image):
    assert image_alt(image, "Written alt") == "Written alt"
    image.description = "Described"
    assert image_alt(image, "  ") == "Described"
    image.description = ""
    assert image_alt(image, "") == ""


def test_image_block_requires_alt_text_when_the_image_has_no_description(image):
    block = ImageBlock()
    image.description = ""
    image.save()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"image": image.pk, "alt_text": "", "caption": ""}))
    value = block.clean(block.to_python({"image": image.pk, "alt_text": "Alt", "caption": ""}))
    assert value["alt_text"] == "Alt"


def test_image_block_html_has_alt_size_and_caption(image):
    block = ImageBlock()
    html = block.render(block.to_python({"image": image.pk, "alt_text": "A map", "caption": "Map"}))
    assert 'alt="A map"' in html and "<figcaption>Map</figcaption>" in html
    assert 'width="' in html and 'height="' in html and "srcset=" in html


@pytest.mark.parametrize(
    "value",
    [
        {"title": "", "page": None, "document": None, "url": ""},
        {"title": "", "page": None, "document": None, "url": "https://example.org/", "extra": 1},
    ],
)
def test_link_block_needs_exactly_one_target(site_pages, value):
    block = LinkBlock()
    value = {k: v for k, v in value.items() if k != "extra"}
    if value["url"]:
        value["page"] = site_pages["services", "fi"].pk  # two targets
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python(value))


def test_link_to_a_page_resolves_in_the_page_language(site_pages):
    block = LinkBlock()
    value = block.to_python(
        {"title": "", "page": site_pages["services", "fi"].pk, "document": None, "url": ""}
    )
    with translation.override("sv"):
        data = block.get_api_representation(value)
    assert data["kind"] == "page"
    assert data["page"]["id"] == site_pages["services", "sv"].pk
    assert data["url"] == site_pages["services", "sv"].url
    assert data["text"] == "services sv"


def test_teaser_defaults_to_page_title_and_intro(site_pages):
    block = TeaserCardBlock()
    value = block.to_python({"page": site_pages["services", "en"].pk, "title": "", "text": ""})
    with translation.override("en"):
        html = block.render(value)
    assert "services en" in html and "services intro en" in html
    override = block.to_python({"page": site_pages["services", "en"].pk, "title": "T", "text": "X"})
    assert block.get_api_representation(override)["title"] == "T"
    assert block.get_api_representation(override)["text"] == "X"


def test_heading_level_is_a_number_in_the_api():
    block = HeadingBlock()
    assert block.get_api_representation({"text": "Hi", "level": "h3"}) == {"text": "Hi", "level": 3}


def test_table_html_has_caption_and_header_scope():
    block = TableBlock()
    value = {
        "data": [["Act", "Year"], ["Integration Act", "2023"]],
        "first_row_is_table_header": True,
        "first_col_is_header": False,
        "table_caption": "Acts",
    }
    html = block.render(value)
    assert "<caption>Acts</caption>" in html
    assert '<th scope="col">Act</th>' in html
    assert "<td>Integration Act</td>" in html
    assert html.count("<thead>") == 1 and html.count("<tbody>") == 1


def test_empty_table_is_an_empty_shape():
    assert TableBlock().get_api_representation(None) == {
        "caption": "",
        "header": [],
        "rows": [],
        "first_col_is_header": False,
    }


def test_validation_error_type_is_django(site_pages):
    # StructBlockValidationError is a Django ValidationError: the admin shows it per field.
    assert issubclass(StructBlockValidationError, ValidationError)
