from django.core.management.base import BaseCommand

from forms_ext.retention import purge


class Command(BaseCommand):
    help = (
        "Delete applications older than their form's retention (N days after the form closed; "
        "for forms that never close, N days after submission). Run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count what would go.")

    def handle(self, *args, dry_run, **options):
        deleted = purge(dry_run=dry_run)
        verb = "would delete" if dry_run else "deleted"
        total = sum(deleted.values())
        self.stdout.write(f"Purge {verb} {total} application(s) from {len(deleted)} form(s).")
