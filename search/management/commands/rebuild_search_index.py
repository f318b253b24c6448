import sys

from django.core.management.base import BaseCommand

from search.indexing import rebuild


class Command(BaseCommand):
    help = "Rebuild the portal's language-aware search index from published pages and documents."

    def handle(self, *args, **options):
        def progress(done, total):
            if sys.stdout.isatty() or done == total or done % 100 == 0:
                self.stdout.write(f"\r{done}/{total} pages", ending="")

        summary = rebuild(progress)
        self.stdout.write("")
        self.stdout.write(
            f"Indexed {summary['indexed']} of {summary['pages']} pages "
            f"({summary['per_second']:.0f} pages/s) and {summary['documents']} documents."
        )
