"""Template tags of the consent app.

    {% load consent_tags %}
    {% consent_banner %}                                  base.html: the banner, consent.js, analytics
    {% consent_allows "external_media" as media_ok %}     True once the visitor allowed the category
    {% consent_grant_form "external_media" label %}       a one-button POST form (no CSRF token: the
                                                          page is cached; consent.origin checks posts): allow this category
                                                          (e.g. "Play and remember my choice for YouTube")
"""

from django import template

from consent import categories
from consent.context import (
    CONFIRM_PARAM,
    analytics_config,
    client_state,
    confirmation_for,
    current_path,
    settings_url,
    texts_for,
)
from consent.state import allows, get_decision

register = template.Library()


def _hide_query(request):
    """(name, value) pairs to keep when the no-JS "hide" button reloads the page without ?zgoda=1."""
    return [(name, value) for name, values in request.GET.lists() if name != CONFIRM_PARAM for value in values]


@register.inclusion_tag("consent/banner.html", takes_context=True)
def consent_banner(context):
    request = context.get("request")
    if request is None:  # e.g. a page rendered without a request: no banner, no script
        return {"consent_off": True}
    decision = get_decision(request)
    hidden_here = bool(context.get("consent_hide_banner"))
    show_question = decision is None and not hidden_here
    show_confirmation = (
        decision is not None and not hidden_here and request.GET.get(CONFIRM_PARAM) == "1"
    )
    result = {
        "request": request,
        "consent_state": client_state(decision),
        "show_question": show_question,
        "show_confirmation": show_confirmation,
        "analytics": analytics_config() if decision is not None and decision.allows(categories.ANALYTICS) else None,
    }
    if show_question or show_confirmation:
        next_url = current_path(request)
        result.update({
            "texts": texts_for(request),
            "next_url": next_url,
            "settings_link": settings_url(request, back=next_url),
            "hide_action": request.path,
            "hide_query": _hide_query(request),
            "confirmation": confirmation_for(decision) if decision is not None else "",
        })
    return result


@register.simple_tag(takes_context=True)
def consent_allows(context, category):
    return allows(context.get("request"), category)


@register.inclusion_tag("consent/includes/grant_form.html", takes_context=True)
def consent_grant_form(context, category, label, anchor=""):
    request = context["request"]
    next_url = current_path(request)
    if anchor:
        next_url = next_url.split("#", 1)[0] + "#" + anchor
    return {
        "category": category if category in categories.active() else "",
        "label": label,
        "next_url": next_url,
    }
