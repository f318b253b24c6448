from django.core.management.base import BaseCommand

from cms.webhooks import retry_due


class Command(BaseCommand):
    help = (
        "Send publish notifications that are due: new ones not yet sent and failed ones whose "
        "backoff has passed. Run it every minute from cron."
    )

    def handle(self, *args, **options):
        sent, failed = retry_due()
        self.stdout.write(f"Webhooks: {sent} delivered, {failed} failed (will retry).")
