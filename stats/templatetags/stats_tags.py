from django import template
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import get_language
from wagtail.models import Page

register = template.Library()


@register.simple_tag(takes_context=True)
def view_beacon_attributes(context):
    """Attributes for <body> that let site.js count a view of this page (stats.beacon): the
    endpoint, the page id and its language, the same for every visitor, so the cached page stays
    one page. Nothing on previews, and nothing on views that are not a page (search, errors)."""
    page = context.get("page")
    request = context.get("request")
    if not isinstance(page, Page) or not page.pk or getattr(request, "is_preview", False):
        return ""
    return format_html(
        ' data-view-count="{}" data-view-page="{}" data-view-language="{}"',
        # The page is served in its own language (the path decides it), so no query for its locale;
        # the beacon checks the pair against the page anyway.
        reverse("stats_page_view"), page.pk, get_language(),
    )
