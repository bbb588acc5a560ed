"""The search endpoints' limit per client (core.ratelimit counts it): over the limit the view
answers 429 with a page that says when to try again."""

from functools import wraps

from django.conf import settings
from django.template.response import TemplateResponse

from core.ratelimit import parse_limit, seconds_to_wait


def rate_limited(name, setting, default):
    """Decorate a view: at most N requests per client per window (setting "N/seconds")."""

    def decorate(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            retry = seconds_to_wait(name, request, parse_limit(getattr(settings, setting, None), default))
            if retry:
                response = TemplateResponse(request, "search/too_many.html", {"retry_after": retry}, status=429)
                response["Retry-After"] = str(retry)
                response["Cache-Control"] = "no-store"
                return response
            return view(request, *args, **kwargs)

        return wrapper

    return decorate
