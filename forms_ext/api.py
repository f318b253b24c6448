"""Forms API: read a form's fields and window, submit an application.

A ``Router`` that ``cms.api`` mounts at ``/api/forms/``. Errors are ``ninja.errors.HttpError``
with a machine ``code``; cms renders them in the portal's problem format. Checks run in the
order 415/413 -> 429 -> 409 -> 400, so a closed form always answers ``form_closed``.
"""

import datetime as dt
import json
from typing import Annotated, Any

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from ninja import Path, Router, Schema, Status
from ninja.errors import HttpError

from blocks.references import is_expired, page_reference

from . import ratelimit
from .builder import HONEYPOT_FIELD
from .models import ApplicationFormPage
from .refusals import SubmissionRefused
from .submissions import refuse_unless_open, submit
from .window import seconds_until_transition

router = Router(tags=["forms"])

# Page ids are database integers: anything larger is a client error, not a query.
PageId = Annotated[int, Path(ge=1, le=2**31 - 1)]


class ApiError(HttpError):
    """An HttpError carrying the portal's machine-readable ``code`` and per-field errors."""

    def __init__(self, status: int, code: str, message: str, errors=None, headers=None):
        super().__init__(status, message)
        self.code = code
        self.errors = errors or []
        self.headers = headers or {}


class FormFieldOut(Schema):
    clean_name: str
    type: str
    label: str
    help_text: str
    required: bool
    choices: list[str]
    default_value: str


class WindowOut(Schema):
    opens_at: dt.datetime | None
    closes_at: dt.datetime | None
    max_submissions: int | None
    text: str


class PageRef(Schema):
    id: int
    title: str
    url: str | None
    locale: str


class FormOut(Schema):
    id: int
    title: str
    locale: str
    url: str | None
    intro: str
    fields: list[FormFieldOut]
    window: WindowOut
    state: str
    state_message: str
    server_time: dt.datetime
    remaining_capacity: int | None
    privacy_notice: PageRef | None


class SubmissionOut(Schema):
    id: int
    submitted_at: dt.datetime
    message: str


def _published_form(page_id: int) -> ApplicationFormPage:
    page = ApplicationFormPage.objects.live().public().filter(pk=page_id).first()
    if page is None or is_expired(page):
        raise Http404
    return page


def _local(moment):
    return timezone.localtime(moment) if moment else None


def _choices(field) -> list[str]:
    if not field.choices:
        return []
    lines = field.choices.strip().splitlines()
    parts = lines if len(lines) > 1 else field.choices.split(",")
    return [part.strip().rstrip(",").strip() for part in parts if part.strip()]


@router.get(
    "/{int:page_id}/",
    response=FormOut,
    summary="A form's fields, window and current state",
)
def get_form(request: HttpRequest, page_id: PageId, response: HttpResponse):
    """Fields in the form's own language, the window in ISO 8601 with offset, and the state
    at ``server_time``. Cacheable, but never past the next opening or closing moment."""
    page = _published_form(page_id)
    with translation.override(page.locale.language_code):
        return _form_description(request, page, response)


def _form_description(request, page, response):
    now = timezone.now()
    state = page.current_state(now)
    cap = 10 if page.max_submissions is not None else 60
    response["Cache-Control"] = f"public, max-age={seconds_until_transition(page, now, cap)}"
    return {
        "id": page.pk,
        "title": page.title,
        "locale": page.locale.language_code,
        "url": page.get_url(request=request),
        "intro": page.intro,
        "fields": [
            {
                "clean_name": field.clean_name,
                "type": field.field_type,
                "label": field.label,
                "help_text": field.help_text,
                "required": field.required,
                "choices": _choices(field),
                "default_value": field.default_value,
            }
            for field in page.get_form_fields()
        ],
        "window": {
            "opens_at": _local(page.opens_at),
            "closes_at": _local(page.closes_at),
            "max_submissions": page.max_submissions,
            "text": page.window_text(),
        },
        "state": state.value,
        "state_message": page.state_message(state),
        "server_time": timezone.localtime(now),
        "remaining_capacity": page.remaining_capacity(),
        "privacy_notice": page_reference(page.privacy_page(request), request),
    }


SUBMISSION_BODY = {
    "required": True,
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "description": "Answers keyed by each field's `clean_name`.",
                "additionalProperties": True,
            }
        },
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "description": "The same answers as form fields; `file` fields as file parts.",
                "additionalProperties": True,
            }
        },
    },
}


@router.post(
    "/{int:page_id}/submissions/",
    response={201: SubmissionOut},
    summary="Submit an application",
    openapi_extra={
        "requestBody": SUBMISSION_BODY,
        "responses": {
            400: {"description": "Invalid answers (`invalid_request`, per-field `errors`)"},
            404: {"description": "No such published form (`not_found`)"},
            409: {
                "description": "`form_closed`, `form_not_open`, `form_full` or `duplicate`",
            },
            413: {"description": "Body too large (`payload_too_large`)"},
            415: {"description": "Neither JSON nor multipart (`unsupported_media_type`)"},
            429: {"description": "Too many submissions from this client (`rate_limited`)"},
        },
    },
)
def submit_application(request: HttpRequest, page_id: PageId, response: HttpResponse):
    """Store one application. Send a flat JSON object keyed by the fields' ``clean_name``."""
    page = _published_form(page_id)
    # Messages and errors in the language of the form being filled in.
    with translation.override(page.locale.language_code):
        return _submit(request, page, response)


def _submit(request, page, response):
    content_type = request.content_type or ""
    if content_type not in ACCEPTED_TYPES:
        raise ApiError(
            415,
            "unsupported_media_type",
            _("Send the answers as application/json (or multipart/form-data with files)."),
        )
    if _declared_length(request) > _size_limit(page, content_type):
        raise ApiError(413, "payload_too_large", _("The submission is too large."))
    if not ratelimit.allow(request, f"form:{page.pk}"):
        raise ApiError(
            429,
            "rate_limited",
            _("Too many submissions from your address. Wait a minute and try again."),
            headers={"Retry-After": str(settings.FORM_RATE_LIMIT[1])},
        )
    try:
        refuse_unless_open(page, count=False)
        try:
            payload, files = _parse(request, content_type)
            _reject_unknown_fields(page, [*payload, *files])
        except ApiError:
            refuse_unless_open(page)  # a full form answers form_full, even to bad data
            raise
        result = submit(page, payload, files)
    except SubmissionRefused as refusal:
        raise ApiError(409, refusal.code, refusal.message) from refusal
    if not result.stored and not result.spam:
        raise ApiError(
            400,
            "invalid_request",
            _("Some answers are missing or invalid."),
            errors=_form_errors(result.form),
        )
    submission = result.submission  # None for a honeypot hit, which must look like success
    response["Cache-Control"] = "no-store"
    return Status(
        201,
        {
            "id": submission.pk if submission else 0,
            "submitted_at": timezone.localtime(
                submission.submit_time if submission else timezone.now()
            ),
            "message": _("Thank you. Your application has been received."),
        },
    )


ACCEPTED_TYPES = ("application/json", "multipart/form-data")


def _declared_length(request) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


def _size_limit(page, content_type: str) -> int:
    """The body limit: answers only, plus one file's allowance per upload field."""
    limit = settings.FORM_MAX_BODY_BYTES
    if content_type == "multipart/form-data":
        uploads = sum(1 for field in page.get_form_fields() if field.field_type == "file")
        limit += uploads * settings.FORM_UPLOAD_MAX_BYTES
    return limit


def _parse(request, content_type: str) -> tuple[dict[str, Any], dict]:
    """The answers (and files) from a JSON object or a multipart form."""
    if content_type == "multipart/form-data":
        try:
            return request.POST, request.FILES
        except Exception as error:  # noqa: BLE001 - Django's parser errors are client errors
            raise ApiError(400, "invalid_request", _("The multipart body is malformed.")) from error
    if len(request.body) > settings.FORM_MAX_BODY_BYTES:  # no Content-Length was declared
        raise ApiError(413, "payload_too_large", _("The submission is too large."))
    try:
        payload = json.loads(request.body or b"null")
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ApiError(400, "invalid_json", _("The body is not valid JSON.")) from error
    if not isinstance(payload, dict):
        raise ApiError(400, "invalid_request", _("Send a JSON object keyed by field name."))
    return payload, {}


def _reject_unknown_fields(page, names):
    known = {field.clean_name for field in page.get_form_fields()} | {HONEYPOT_FIELD}
    unknown = sorted(set(names) - known)
    if unknown:
        raise ApiError(
            400,
            "unknown_field",
            _("Unknown fields in the submission."),
            errors=[
                {"loc": ["body", name], "msg": _("Unknown field."), "type": "unknown_field"}
                for name in unknown
            ],
        )


def _form_errors(form) -> list[dict]:
    return [
        {
            "loc": ["body", name] if name != "__all__" else ["body"],
            "msg": str(error.message % error.params if error.params else error.message),
            "type": error.code or "invalid",
        }
        for name, errors in form.errors.as_data().items()
        for error in errors
    ]
