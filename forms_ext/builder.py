"""The public form class: Wagtail's FormBuilder plus a honeypot and the window check."""

import django.forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from .uploads import upload_field
from .window import WindowState, window_state

HONEYPOT_FIELD = "hp_website"


class DeadlineForm(BaseForm):
    """Refuses a closed, upcoming or full window in ``clean()``.

    This is the first of two checks: it gives the reader a message while the form is shown.
    The authoritative one runs again under the lock in ``process_form_submission``.
    """

    required_css_class = "required"

    def clean(self):
        cleaned = super().clean()
        # Never stored nor mailed: it only tells bots apart.
        cleaned.pop(HONEYPOT_FIELD, None)
        if self.page is not None:
            # The clock only: counting for the cap is done once, under the lock.
            state = window_state(self.page, timezone.now())
            if state not in (WindowState.OPEN, WindowState.FULL):
                raise django.forms.ValidationError(
                    self.page.state_message(state), code=f"window_{state.value}"
                )
        return cleaned

    @property
    def is_spam(self) -> bool:
        """True when the hidden honeypot field was filled (only bots see it)."""
        return bool(self.data.get(HONEYPOT_FIELD))


class DeadlineFormBuilder(FormBuilder):
    def create_file_field(self, field, options):
        return upload_field(**options)

    def get_form_class(self):
        fields = dict(self.formfields)
        fields[HONEYPOT_FIELD] = django.forms.CharField(
            required=False,
            label=_("Leave this field empty"),
            widget=django.forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        return type("DeadlineForm", (DeadlineForm,), fields)
