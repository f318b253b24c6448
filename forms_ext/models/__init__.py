from .pages import (
    ApplicationFormField,
    ApplicationFormPage,
    DeadlineFormPage,
    DeadlineFormPageForm,
    applicant_email,
)
from .records import ApplicationSubmission, FormCounter, MailDelivery

__all__ = [
    "ApplicationFormField",
    "ApplicationFormPage",
    "ApplicationSubmission",
    "DeadlineFormPage",
    "DeadlineFormPageForm",
    "FormCounter",
    "MailDelivery",
    "applicant_email",
]
