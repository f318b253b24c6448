from django.core.management.base import BaseCommand

from cms.demo.loader import DemoLoader


class Command(BaseCommand):
    help = (
        "Load the demo site in Finnish, Swedish and English. Safe to run again: objects that "
        "already exist are kept as they are."
    )

    def handle(self, *args, **options):
        report = DemoLoader().load()
        if report.created:
            self.stdout.write(
                self.style.SUCCESS(f"Demo content: created {len(report.created)} objects.")
            )
        else:
            self.stdout.write("Demo content already loaded: nothing changed.")
        if report.editor_password:
            self.stdout.write(
                self.style.WARNING(
                    "Admin account created at /admin/ -- username: editor  password: "
                    f"{report.editor_password}\n(Shown once. Change it with "
                    "`manage.py changepassword editor`.)"
                )
            )
