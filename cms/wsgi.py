import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings")

application = get_wsgi_application()

# Before the first request, not during it: search's language analysers (Voikko, the Swedish
# dictionary) take a moment to start.
from search.analysis import warm_up  # noqa: E402 - needs the settings configured above

warm_up()
