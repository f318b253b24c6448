"""A fixed-window rate limit per client address, kept in the shared cache.

With several app servers, set REDIS_URL so they count together.
"""

from django.conf import settings
from django.core.cache import cache


def client_address(request) -> str:
    """The client's IP; behind the TLS proxy, the address the proxy saw (last hop)."""
    if getattr(settings, "BEHIND_TLS_PROXY", False):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def allow(request, scope: str, rate: tuple[int, int] | None = None) -> bool:
    """Count one request of this client in ``scope``; False once over ``rate``
    (count, seconds; the form submission limit by default)."""
    limit, period = rate or settings.FORM_RATE_LIMIT
    if limit <= 0:
        return True
    key = f"ratelimit:{scope}:{client_address(request)}"
    if cache.add(key, 1, timeout=period):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=period)
        return True
    return count <= limit
