"""What the form stores: submissions, the per-form counter row and mail deliveries."""

from django.db import connection, models, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.models import AbstractFormSubmission

from ..uploads import delete_files, stored_files


class FormCounter(models.Model):
    """One row per form page: the lock every submission takes, and the number stored.

    Submissions serialise on this row, not on Wagtail's page row, so editors saving the page
    never wait on applicants and vice versa. ``count`` changes only in the transaction that
    inserts (``claim``) or deletes (post_delete signal) a submission.
    """

    page = models.OneToOneField(
        "wagtailcore.Page", primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    count = models.PositiveIntegerField(default=0)

    @classmethod
    def stored(cls, page_id: int) -> int | None:
        """The number of stored submissions, without locking (None before the first one)."""
        return cls.objects.filter(page_id=page_id).values_list("count", flat=True).first()

    @classmethod
    def claim(cls, page_id: int) -> int:
        """Lock the form's row for this transaction and count one more submission.

        One statement: ``UPDATE ... RETURNING`` takes the same row lock as
        ``SELECT ... FOR UPDATE`` (on SQLite the immediate transaction already holds the
        write lock) and returns the new count. A refused submission rolls the count back
        with everything else. Returns how many were stored *before* this one.
        """
        table = connection.ops.quote_name(cls._meta.db_table)
        # The table name is our own model's, quoted; the page id is a bound parameter.
        sql = f'UPDATE {table} SET "count" = "count" + 1 WHERE "page_id" = %s RETURNING "count"'  # noqa: S608
        with connection.cursor() as cursor:
            cursor.execute(sql, [page_id])
            row = cursor.fetchone()
            if row is None:
                # First submission ever: create the row (a racing twin makes get_or_create
                # fall back to a get), then claim it.
                existing = ApplicationSubmission.objects.filter(page_id=page_id).count()
                with transaction.atomic():
                    cls.objects.get_or_create(page_id=page_id, defaults={"count": existing})
                cursor.execute(sql, [page_id])
                row = cursor.fetchone()
        return row[0] - 1

    class Meta:
        verbose_name = _("form lock")

    def __str__(self):
        return f"lock for form {self.page_id}"


class SubmissionManager(models.Manager):
    def create(self, **kwargs):
        # Wagtail's FormMixin creates the row with only form_data and page; the values the
        # locked transaction decided (time, language, e-mail) ride along on the page.
        page = kwargs.get("page")
        pending = getattr(page, "_pending_submission", None)
        if pending is not None:
            kwargs.update(pending["values"])
        submission = super().create(**kwargs)
        if pending is not None:
            pending["instance"] = submission
        return submission


class ApplicationSubmission(AbstractFormSubmission):
    """A stored application; ``submit_time`` is the very moment checked against the window."""

    submit_time = models.DateTimeField(_("submit time"), db_index=True)
    language = models.CharField(_("language"), max_length=8, blank=True)
    applicant_email = models.EmailField(_("applicant e-mail"), blank=True)
    # Filled only on forms that allow one submission per e-mail; NULLs never collide.
    dedupe_key = models.CharField(max_length=254, null=True, blank=True, editable=False)

    objects = SubmissionManager()

    class Meta(AbstractFormSubmission.Meta):
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        constraints = [
            models.UniqueConstraint(fields=["page", "dedupe_key"], name="one_application_per_email")
        ]
        permissions = [("view_applications", _("Can view and export applications"))]

    def get_data(self):
        """For the admin list and exports: attachments as their name and download link."""
        data = {**super().get_data(), "language": self.language}
        for name, record in stored_files(self.form_data):
            url = reverse("forms_ext_file", args=[self.pk, name])
            data[name] = f"{record['name']} ({url})"
        return data


class MailDelivery(models.Model):
    """One e-mail about one submission; failures stay visible and are retried."""

    class Kind(models.TextChoices):
        NOTIFICATION = "notification", _("Notification to the organiser")
        CONFIRMATION = "confirmation", _("Confirmation to the applicant")

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    submission = models.ForeignKey(
        ApplicationSubmission, on_delete=models.CASCADE, related_name="deliveries"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    recipients = models.TextField(_("recipients"))
    from_address = models.CharField(_("from address"), max_length=255, blank=True)
    subject = models.CharField(_("subject"), max_length=255)
    body = models.TextField(_("body"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("mail delivery")
        verbose_name_plural = _("mail deliveries")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.get_kind_display()} → {self.recipients} ({self.get_status_display()})"


@receiver(post_delete, sender=ApplicationSubmission)
def _uncount_deleted_submission(sender, instance, **kwargs):
    """Deleting (purge, erasure, the admin) frees the place, in the same transaction."""
    FormCounter.objects.filter(page_id=instance.page_id, count__gt=0).update(
        count=models.F("count") - 1
    )
    # Its attachments go with it, once the deletion is committed.
    paths = [record["path"] for _name, record in stored_files(instance.form_data)]
    if paths:
        transaction.on_commit(lambda: delete_files(paths))
