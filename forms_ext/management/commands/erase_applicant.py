from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from forms_ext.retention import erase_applicant


class Command(BaseCommand):
    help = "Erase every application (and its mail records) sent from one e-mail address."

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--dry-run", action="store_true", help="Only count what would go.")

    def handle(self, *args, email, dry_run, **options):
        try:
            validate_email(email.strip())
        except ValidationError as error:
            raise CommandError(f"Not an e-mail address: {email!r}") from error
        counts = erase_applicant(email, dry_run=dry_run)
        verb = "would erase" if dry_run else "erased"
        self.stdout.write(
            f"{verb.capitalize()} {sum(counts.values())} application(s) from {len(counts)} form(s)."
        )
