"""Admin views over applications: Wagtail's submissions list with safe CSV and an audit trail."""

import django_filters
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.utils import get_forms_for_user
from wagtail.contrib.forms.views import SubmissionsListFilterSet, SubmissionsListView
from wagtail.log_actions import log

from .models.records import ApplicationSubmission
from .uploads import private_storage, stored_files

# A spreadsheet treats a cell starting with one of these as a formula (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def escape_csv_cell(value):
    """Prefix text a spreadsheet would run as a formula with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


class ApplicationFilterSet(SubmissionsListFilterSet):
    language = django_filters.ChoiceFilter(
        label=_("Language"),
        field_name="language",
        choices=[("fi", "Suomi"), ("sv", "Svenska"), ("en", "English")],
    )


class ApplicationSubmissionsListView(SubmissionsListView):
    filterset_class = ApplicationFilterSet

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV:
            value = escape_csv_cell(value)
        return value

    def render_to_response(self, context, **response_kwargs):
        if self.is_export:
            # Who took applicants' data out, when and how much: kept in the page's history.
            log(
                instance=self.form_page,
                action="forms_ext.export",
                user=self.request.user,
                data={
                    "format": self.request.GET.get("export"),
                    "count": len(context["submissions"]),
                },
            )
        return super().render_to_response(context, **response_kwargs)


def download_file(request, submission_id: int, field: str):
    """Stream one attachment to someone allowed to read the form's applications."""
    submission = get_object_or_404(ApplicationSubmission, pk=submission_id)
    if not get_forms_for_user(request.user).filter(pk=submission.page_id).exists():
        raise PermissionDenied
    record = dict(stored_files(submission.form_data)).get(field)
    if record is None or not private_storage.exists(record["path"]):
        raise Http404
    log(
        instance=submission.page.specific,
        action="forms_ext.download",
        user=request.user,
        data={"submission": submission.pk, "field": field},
    )
    return FileResponse(
        private_storage.open(record["path"], "rb"), as_attachment=True, filename=record["name"]
    )
