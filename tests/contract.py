"""Check API responses against the published OpenAPI document."""

import re
from functools import cache

import jsonschema
from django.test import Client


@cache
def openapi_document() -> dict:
    return Client().get("/api/openapi.json").json()


def _operation(path: str, method: str) -> dict:
    for template, operations in openapi_document()["paths"].items():
        pattern = "^" + re.sub(r"\{[^}]+\}", r"[^/]+", template) + "$"
        if re.match(pattern, path) and method in operations:
            return operations[method]
    raise AssertionError(f"{method.upper()} {path} is not in the OpenAPI document")


def assert_matches_openapi(response, method: str = "get"):
    """The response's status is documented for this operation and its body fits the schema."""
    path = response.wsgi_request.path
    operation = _operation(path, method)
    responses = operation["responses"]
    spec = responses.get(str(response.status_code)) or responses.get("default")
    assert spec is not None, f"{response.status_code} undocumented for {method.upper()} {path}"
    media_type = response["Content-Type"].split(";")[0]
    content = spec.get("content", {})
    assert media_type in content, f"{media_type} undocumented for {response.status_code} {path}"
    schema = {**content[media_type]["schema"], "components": openapi_document()["components"]}
    jsonschema.validate(response.json(), schema, cls=jsonschema.Draft202012Validator)
