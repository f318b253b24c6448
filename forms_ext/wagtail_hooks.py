from django.contrib.contenttypes.models import ContentType
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Page, get_page_models

from .admin_views import download_file
from .models import ApplicationSubmission, DeadlineFormPage, MailDelivery


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(
        "forms_ext.export", _("Export applications"), _("Applications exported")
    )
    actions.register_action(
        "forms_ext.erase", _("Erase an applicant's data"), _("Applicant's applications erased")
    )
    actions.register_action(
        "forms_ext.purge", _("Purge old applications"), _("Old applications purged")
    )
    actions.register_action(
        "forms_ext.download", _("Download an attachment"), _("Application attachment downloaded")
    )


@hooks.register("register_admin_urls")
def register_file_download_url():
    return [
        path(
            "forms/files/<int:submission_id>/<str:field>/",
            download_file,
            name="forms_ext_file",
        )
    ]


@hooks.register("filter_form_submissions_for_user")
def applications_need_their_own_permission(user, editable_forms):
    """Reading applications is its own permission, not a side effect of editing the page.

    Holders of ``forms_ext.view_applications`` see every deadline form's applications; other
    users see none of them (other form types keep Wagtail's rule).
    """
    deadline_types = [model for model in get_page_models() if issubclass(model, DeadlineFormPage)]
    type_ids = [ContentType.objects.get_for_model(model).pk for model in deadline_types]
    others = editable_forms.exclude(content_type_id__in=type_ids)
    if user.has_perm(f"{ApplicationSubmission._meta.app_label}.view_applications"):
        return others | Page.objects.filter(content_type_id__in=type_ids)
    return others


class MailDeliveryViewSet(ModelViewSet):
    model = MailDelivery
    icon = "mail"
    menu_label = _("Form mail")
    menu_order = 710
    add_to_admin_menu = True
    list_display = ["kind", "recipients", "status", "attempts", "created_at", "sent_at"]
    list_filter = ["status", "kind"]
    inspect_view_enabled = True
    exclude_form_fields = []
    form_fields = ["status"]


@hooks.register("register_admin_viewset")
def register_mail_viewset():
    return MailDeliveryViewSet("form_mail")
