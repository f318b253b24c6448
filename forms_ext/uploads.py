"""Files attached to applications: checked on the way in, kept out of public media.

Uploads go to PRIVATE_MEDIA_ROOT (never served by the web server); the admin streams them
to holders of the view-applications permission. The stored form data keeps only the original
name, size and the storage path.
"""

import uuid
from pathlib import PurePath

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.core.validators import FileExtensionValidator
from django.template.defaultfilters import filesizeformat
from django.utils.functional import LazyObject
from django.utils.text import get_valid_filename
from django.utils.translation import gettext_lazy as _


class PrivateStorage(LazyObject):
    def _setup(self):
        self._wrapped = FileSystemStorage(location=settings.PRIVATE_MEDIA_ROOT, base_url=None)


private_storage = PrivateStorage()


def validate_size(upload):
    limit = settings.FORM_UPLOAD_MAX_BYTES
    if upload.size > limit:
        raise ValidationError(
            _("The file is too large (%(size)s). The limit is %(limit)s."),
            code="file_too_large",
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
        )


def upload_field(**options) -> forms.FileField:
    extensions = settings.FORM_UPLOAD_EXTENSIONS
    field = forms.FileField(
        validators=[FileExtensionValidator(allowed_extensions=extensions), validate_size],
        **options,
    )
    field.widget.attrs["accept"] = ",".join(f".{extension}" for extension in extensions)
    hint = _("Allowed: %(types)s, at most %(limit)s.") % {
        "types": ", ".join(extensions),
        "limit": filesizeformat(settings.FORM_UPLOAD_MAX_BYTES),
    }
    field.help_text = f"{field.help_text} {hint}".strip()
    return field


def store_uploads(page_id: int, cleaned_data: dict) -> list[str]:
    """Save every uploaded file in ``cleaned_data`` privately and replace it with a record.

    Returns the stored paths so a failed transaction can remove them again.
    """
    stored = []
    for name, value in list(cleaned_data.items()):
        if not hasattr(value, "chunks"):
            continue
        original = PurePath(value.name).name
        path = private_storage.save(
            f"form-uploads/{page_id}/{uuid.uuid4().hex}/{get_valid_filename(original)}", value
        )
        stored.append(path)
        cleaned_data[name] = {"name": original, "size": value.size, "path": path}
    return stored


def delete_files(paths):
    for path in paths:
        private_storage.delete(path)


def stored_files(form_data: dict) -> list[tuple[str, dict]]:
    """(field name, file record) for every file in a submission's data."""
    return [
        (name, value)
        for name, value in form_data.items()
        if isinstance(value, dict) and {"name", "path"} <= set(value)
    ]
