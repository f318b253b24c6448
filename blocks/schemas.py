"""The API shapes of the blocks, as pydantic models.

Published as components of the OpenAPI document (``Block*`` schemas) so front-end teams can
generate types, and used by the tests to check that every block's ``get_api_representation``
really returns this shape.
"""

from typing import Literal

from pydantic import BaseModel, ConfigDict


class _Shape(BaseModel):
    model_config = ConfigDict(extra="forbid")


class BlockPageRef(_Shape):
    """A chosen page, in the language being read."""

    id: int
    title: str
    url: str | None
    locale: str


class BlockDocumentRef(_Shape):
    id: int
    title: str
    url: str
    file_extension: str


class BlockRendition(_Shape):
    url: str
    width: int
    height: int


class BlockImageRenditions(_Shape):
    small: BlockRendition
    medium: BlockRendition
    large: BlockRendition


class BlockImage(_Shape):
    """``image`` blocks and page images (e.g. an audience page's ``hero``)."""

    alt: str
    caption: str
    width: int
    height: int
    renditions: BlockImageRenditions


class BlockHeading(_Shape):
    text: str
    level: Literal[2, 3, 4]


class BlockQuote(_Shape):
    text: str
    attribution: str


class BlockFactBox(_Shape):
    title: str
    body: str  # HTML


class BlockLink(_Shape):
    kind: Literal["page", "document", "external"]
    text: str
    url: str
    page: BlockPageRef | None = None
    document: BlockDocumentRef | None = None


class BlockLinkList(_Shape):
    title: str
    links: list[BlockLink]


class BlockTable(_Shape):
    caption: str
    header: list[str]
    rows: list[list[str]]
    first_col_is_header: bool


class BlockEmbed(_Shape):
    url: str
    title: str


class BlockTeaser(_Shape):
    title: str
    text: str
    page: BlockPageRef | None


# The ``value`` of each block ``type`` (a paragraph's value is an HTML string).
BLOCK_VALUES = {
    "heading": BlockHeading,
    "image": BlockImage,
    "quote": BlockQuote,
    "fact_box": BlockFactBox,
    "link": BlockLink,
    "link_list": BlockLinkList,
    "table": BlockTable,
    "embed": BlockEmbed,
    "teaser": BlockTeaser,
}

SCHEMA_MODELS = [
    BlockPageRef,
    BlockDocumentRef,
    BlockRendition,
    BlockImageRenditions,
    *BLOCK_VALUES.values(),
]


def openapi_components() -> dict:
    """JSON schemas of every block shape, keyed by component name."""
    components = {}
    for model in SCHEMA_MODELS:
        schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
        for name, definition in schema.pop("$defs", {}).items():
            components.setdefault(name, definition)
        components[model.__name__] = schema
    components["BlockStreamItem"] = {
        "type": "object",
        "description": "One block of a StreamField: `value`'s shape depends on `type` "
        "(paragraph: an HTML string; others: the Block* schema of that name).",
        "required": ["type", "value", "id"],
        "properties": {
            "type": {"type": "string", "enum": ["paragraph", *BLOCK_VALUES]},
            "value": {},
            "id": {"type": "string"},
        },
    }
    return components
