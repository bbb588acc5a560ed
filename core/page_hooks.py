"""How a page model reaches the code above it without importing it.

Views, listings, feeds and archives import the page models; a page model never imports them
(tests/core/test_import_graph.py). Where a page's own route or context needs such code -- the
publication list and its feed, the scenario catalogue and its area ZIPs, the cookie settings on
the policy page -- the app's ``wagtail_hooks.py`` registers the function under a hook name and
the page calls ``answer(name, self, request, ...)``. Wagtail imports every app's
``wagtail_hooks`` before the first hook is read, so the function is always there.
"""

from django.core.exceptions import ImproperlyConfigured
from wagtail import hooks
from wagtail.contrib.routable_page.models import path


def answer(hook_name, page, request, *args, **kwargs):
    """What the one function registered under `hook_name` returns for this page and request."""
    handlers = hooks.get_hooks(hook_name)
    if len(handlers) != 1:
        raise ImproperlyConfigured(
            f"Exactly one function must be registered for the page hook {hook_name!r}, found {len(handlers)}."
        )
    return handlers[0](page, request, *args, **kwargs)


class AnsweredListingMixin:
    """An index page (with RoutablePageMixin) whose own address shows a list built above the
    models: the publication list, the scenario catalogue. Its app registers the function that
    gives the list's context under `listing_hook`."""

    listing_hook = None

    @path("")
    def listing_view(self, request):
        return self.render(request, context_overrides=answer(self.listing_hook, self, request))
