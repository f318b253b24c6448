"""Draft preview for the decoupled front end.

When the editor picks the "Front end" preview mode, the page as it stands in the editor
(unsaved changes included) is stored as a ``PagePreview`` and the preview panel is sent to
``FRONTEND_PREVIEW_URL`` with a signed token. The front end exchanges the token at
``GET /api/preview/?token=...`` for the page in the same shape as the v2 detail endpoint.

A token names one snapshot of one page, expires after ``PREVIEW_TOKEN_SECONDS`` (10 minutes
by default) and cannot be altered without the SECRET_KEY; answers are never cached.
"""

import datetime as dt
from urllib.parse import urlencode

from django.conf import settings
from django.core import signing
from django.utils import timezone

from cms.models.preview import PagePreview

SALT = "cms.preview"


class PreviewError(Exception):
    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def create_token(page) -> str:
    """Snapshot ``page`` (an in-memory, possibly unsaved version of a saved page)."""
    cutoff = timezone.now() - dt.timedelta(seconds=settings.PREVIEW_TOKEN_SECONDS)
    PagePreview.objects.filter(created_at__lt=cutoff).delete()
    snapshot = PagePreview.objects.create(page_id=page.pk, content=page.serializable_data())
    return signing.dumps({"snapshot": str(snapshot.pk), "page": page.pk}, salt=SALT)


def frontend_url(page, token: str) -> str:
    query = urlencode(
        {
            "token": token,
            "page_id": page.pk,
            "type": page._meta.label,
            "locale": page.locale.language_code,
        }
    )
    return f"{settings.FRONTEND_PREVIEW_URL}?{query}"


def load_preview(token: str):
    """The previewed page behind ``token``, rebuilt in memory (never saved)."""
    try:
        payload = signing.loads(token, salt=SALT, max_age=settings.PREVIEW_TOKEN_SECONDS)
    except signing.SignatureExpired as error:
        raise PreviewError("token_expired") from error
    except signing.BadSignature as error:
        raise PreviewError("invalid_token") from error
    snapshot = (
        PagePreview.objects.filter(pk=payload.get("snapshot"), page_id=payload.get("page"))
        .select_related("page")
        .first()
    )
    if snapshot is None:
        raise PreviewError("not_found")
    model = snapshot.page.specific_class
    page = model.from_serializable_data(snapshot.content)
    # Identity comes from the stored page, never from the snapshot's content.
    page.pk = page.id = snapshot.page_id
    return page, snapshot
