from django.core.management.base import BaseCommand

from forms_ext.mail import retry_unsent


class Command(BaseCommand):
    help = "Send again every form e-mail that failed or was never sent (run it from cron)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--max-attempts",
            type=int,
            default=10,
            help="Give up on a delivery after this many attempts (default 10).",
        )

    def handle(self, *args, max_attempts, **options):
        sent, failed = retry_unsent(max_attempts=max_attempts)
        self.stdout.write(f"Form mail: {sent} sent, {failed} still failing.")
        if failed:
            self.stderr.write("Some deliveries failed again; see Forms → Mail deliveries.")
