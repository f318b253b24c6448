from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FormsExtConfig(AppConfig):
    name = "forms_ext"
    verbose_name = _("Application forms")
