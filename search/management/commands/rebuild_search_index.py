import sys

from django.core.management.base import BaseCommand, CommandError

from search.rebuild import MAX_WORKERS, rebuild


class Command(BaseCommand):
    help = "Rebuild the portal's language-aware search index from published pages and documents."

    def add_arguments(self, parser):
        parser.add_argument(
            "--workers",
            type=int,
            default=None,
            help=(
                "Processes that analyse text while this one reads and writes (0: none). "
                f"Default: one per spare CPU core, at most {MAX_WORKERS}."
            ),
        )

    def handle(self, *args, workers=None, **options):
        if workers is not None and workers < 0:
            raise CommandError("--workers must be 0 or more.")

        def progress(done, total):
            if sys.stdout.isatty() or done == total or done % 100 == 0:
                self.stdout.write(f"\r{done}/{total} pages", ending="")

        summary = rebuild(progress, workers=workers)
        self.stdout.write("")
        self.stdout.write(
            f"Indexed {summary['indexed']} of {summary['pages']} pages "
            f"({summary['per_second']:.0f} pages/s, {summary['workers']} worker processes) "
            f"and {summary['documents']} documents."
        )
