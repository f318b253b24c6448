#!/usr/bin/env python
import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings")
    if not os.environ.get("SECRET_KEY"):
        # No secret given: a developer's machine, so management commands run as local
        # development. The WSGI application (cms/wsgi.py) never does this: it refuses to
        # start without SECRET_KEY unless DEBUG=1 is set explicitly.
        os.environ.setdefault("DEBUG", "1")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
