from django.conf import settings


def portal(request):
    """Site-wide values every template needs."""
    return {"site_name": settings.WAGTAIL_SITE_NAME}
