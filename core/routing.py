"""Routing a request to its page in two queries, whatever its depth.

Wagtail's own routing walks the tree: for every level one query for the child by slug and one
for its specific object (a scenario, three levels down, costs five). A page's `url_path` is its
parents' slugs joined, so the pages along a request's path are the pages whose `url_path` is a
prefix of it: one query finds them all, one more reads the deepest one's specific object (with
the relations its page type names in `route_select_related`, which its template reads anyway).

The result is the one Wagtail's walk gives: a page on the way that routes on its own (a
RoutablePageMixin page whose sub-views match the rest of the path, or a page type with its own
`route()`) gets the rest of the path as Wagtail would hand it over; the deepest page found
routes the remainder itself (its sub-views, or a 404 for a missing child); a page that is not
live answers 404 there, as in Wagtail; view restrictions are checked by Wagtail's serve hook.
"""

from django.http import Http404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page


def _routes_on_its_own(model, remaining, live=True):
    """Would Wagtail's walk stop at a (live or not) page of `model` with `remaining` components left?"""
    if model is None:
        return True
    if issubclass(model, RoutablePageMixin):
        if model.route is not RoutablePageMixin.route:
            return True
        return live and _resolves(model, remaining)  # Wagtail resolves the sub-views of live pages only
    return model.route is not Page.route


def _resolves(model, remaining):
    try:
        model.get_resolver().resolve("/" + "".join(f"{part}/" for part in remaining))
    except Http404:  # Resolver404: no sub-view for this path, the walk goes on to a child
        return False
    return True


def specific_for_route(page):
    """The specific object of `page` in one query, with its type's `route_select_related`."""
    model = page.specific_class
    if model is None:
        return page.specific
    related = getattr(model, "route_select_related", ())
    return model._base_manager.select_related(*related).get(pk=page.pk)


def direct_route(root, request, components):
    """RouteResult for `components` under `root` (a specific site root page), as Page.route."""
    prefixes = []
    for end in range(1, len(components) + 1):
        prefixes.append(root.url_path + "".join(f"{part}/" for part in components[:end]))
    found = {page.depth: page for page in Page.objects.filter(url_path__in=prefixes, path__startswith=root.path)}
    parent = root
    for depth in range(root.depth + 1, root.depth + 1 + len(components)):
        page = found.get(depth)
        if page is None or page.url_path != prefixes[depth - root.depth - 1]:
            break
        remaining = components[depth - root.depth:]
        is_last = not remaining or found.get(depth + 1) is None
        if is_last or _routes_on_its_own(page.specific_class, remaining, page.live):
            specific = specific_for_route(page)
            specific._cached_parent_obj = parent
            return specific.route(request, list(remaining))
        parent = page
    raise Http404  # the first component names no child of the root: Wagtail's walk says the same


class DirectRouteMixin:
    """For the page type at the root of a site (HomePage): route in two queries (see above)."""

    def route(self, request, path_components):
        if not path_components or (isinstance(self, RoutablePageMixin) and self.live
                                   and _resolves(type(self), path_components)):
            return super().route(request, path_components)
        return direct_route(self, request, path_components)
