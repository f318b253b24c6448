"""Every block the API returns has the shape published in the OpenAPI document."""

import jsonschema
import pytest

from blocks.schemas import BLOCK_VALUES
from tests.contract import openapi_document


@pytest.fixture(autouse=True)
def _fresh_document():
    openapi_document.cache_clear()


def validate(block_type: str, value):
    document = openapi_document()
    name = BLOCK_VALUES[block_type].__name__
    schema = {"$ref": f"#/components/schemas/{name}", "components": document["components"]}
    jsonschema.validate(value, schema, cls=jsonschema.Draft202012Validator)


def stream_fields(item: dict):
    for key in ("body", "teasers", "further_information"):
        yield from item.get(key) or []


def test_all_block_shapes_are_openapi_components(client, db):
    components = openapi_document()["components"]["schemas"]
    for model in BLOCK_VALUES.values():
        assert model.__name__ in components
    assert "BlockStreamItem" in components


def test_every_block_in_the_api_matches_its_published_shape(client, site_pages):
    seen = set()
    for model in ("SectionPage", "AudiencePage", "NewsPage", "CallPage"):
        listing = client.get("/api/v2/pages/", {"type": f"cms.{model}", "fields": "*"}).json()
        for item in listing["items"]:
            if item.get("hero"):
                validate("image", item["hero"])
            for block in stream_fields(item):
                assert set(block) == {"type", "value", "id"}
                if block["type"] == "paragraph":
                    assert isinstance(block["value"], str)
                else:
                    validate(block["type"], block["value"])
                seen.add(block["type"])
    # The small demo site uses most block types; all of them are checked above.
    assert {"heading", "image", "table", "link_list", "quote", "fact_box", "teaser", "link"} <= seen
