from django.utils.cache import patch_vary_headers


class ConsentMiddleware:
    """Keeps caches honest about consent.

    A response that read the visitor's decision (the banner, `consent.state.allows`) varies on
    the Cookie header, so a generic shared cache never shows one visitor's consent state to
    another. The pages themselves are the same for every visitor in one consent state (the forms
    carry no per-visitor token), so they stay public; core.page_cache and the edge key them on
    the consent variant."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "_consent_vary", False):
            patch_vary_headers(response, ("Cookie",))
        return response
