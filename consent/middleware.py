from django.utils.cache import patch_cache_control, patch_vary_headers


class ConsentMiddleware:
    """Keeps caches honest about consent.

    A response that read the visitor's decision (the banner, `consent.state.allows`) varies on
    the Cookie header, so a shared cache never shows one visitor's consent state to another;
    one that carries the banner's forms (a CSRF token for this visitor) is private as well."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "_consent_vary", False):
            patch_vary_headers(response, ("Cookie",))
        if getattr(request, "_consent_private", False):
            patch_cache_control(response, private=True)
        return response
