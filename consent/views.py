"""The decision endpoint (/zgoda/) and a fallback settings page.

Every decision is one POST: from the banner (accept / reject), the settings form (save) or a
placeholder such as the webinar player's (grant one category). Without JavaScript the answer
is a 303 back to the page the visitor was on, with ?zgoda=1 to show the confirmation once;
with JavaScript (Accept: application/json) it is JSON and the page stays where it is.
"""

import logging
from fnmatch import fnmatchcase

from django.conf import settings
from django.http import HttpResponseNotAllowed, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import get_language_from_path
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from consent import categories, config
from consent.context import (
    CONFIRM_PARAM,
    confirmation_for,
    cookie_groups,
    safe_path,
    settings_form_context,
    settings_url,
    with_param,
)
from consent.models import ConsentRecord, CookieDeclaration
from consent.origin import cross_site_reason
from consent.state import Decision, consent_id_for, get_decision, set_cookie

logger = logging.getLogger(__name__)

RECORD_ACTIONS = {"accept": "accept_all", "reject": "reject_all", "save": "custom", "grant": "grant"}
# csrfmiddlewaretoken: pages cached in browsers before the forms lost their token still send one.
COMMON_FIELDS = {"csrfmiddlewaretoken", "decision", "next"}
YES, NO = "yes", "no"


class BadInput(Exception):
    pass


def wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


def request_language(request):
    """The language of the page the form was on (the forms post outside the language prefix)."""
    next_value = request.POST.get("next", "") if request.method == "POST" else ""
    path = safe_path(request, next_value) or ""
    return get_language_from_path(path) or settings.LANGUAGE_CODE


def home_path(language):
    return "/" if language == settings.LANGUAGE_CODE else f"/{language}/"


def error_response(request, status, message):
    if wants_json(request):
        return JsonResponse({"ok": False, "error": str(message)}, status=status)
    language = request_language(request)
    with translation.override(language):
        back = safe_path(request, request.POST.get("next")) if request.method == "POST" else None
        return render(
            request,
            "consent/error.html",
            {
                "message": message,
                "back_url": back or home_path(language),
                "settings_link": settings_url(request),
                "consent_hide_banner": True,
            },
            status=status,
        )


def refuse_cross_site(view):
    """The forms carry no per-visitor token (the pages are the same for every visitor and cached);
    a post is refused when the browser says it comes from another site (consent.origin)."""

    def wrapped(request, *args, **kwargs):
        if request.method == "POST":
            reason = cross_site_reason(request)
            if reason:
                logger.warning("Consent form refused (cross-site post): %s", reason)
                with translation.override(request_language(request)):
                    return error_response(
                        request,
                        403,
                        _(
                            "Your choice was not saved: the form was sent from another website, not from "
                            "a page of this one. Go back to our page and choose again there."
                        ),
                    )
        return view(request, *args, **kwargs)

    return wrapped


def action_fields(action):
    return {"accept": set(), "reject": set(), "save": set(categories.active()), "grant": {"category"}}.get(action)


def parse_choices(request):
    """{category: bool} from the POST, or BadInput with a message for the visitor."""
    data = request.POST
    action = data.get("decision")
    allowed = action_fields(action) if isinstance(action, str) else None
    if allowed is None:
        raise BadInput(_("The form sent an action we do not recognise. Nothing was saved."))
    if set(data.keys()) - COMMON_FIELDS - allowed:
        raise BadInput(_("The form sent a choice we do not recognise. Nothing was saved."))
    if any(len(data.getlist(key)) > 1 for key in data.keys()):
        raise BadInput(_("The form sent the same choice twice. Nothing was saved."))

    active = categories.active()
    if action == "accept":
        return action, dict.fromkeys(active, True)
    if action == "reject":
        return action, dict.fromkeys(active, False)
    if action == "grant":
        category = data.get("category")
        if category not in active:
            raise BadInput(_("The form sent a choice we do not recognise. Nothing was saved."))
        current = get_decision(request)
        choices = current.as_dict() if current else dict.fromkeys(active, False)
        choices[category] = True
        return action, choices

    choices, missing = {}, []
    for category in active:
        value = data.get(category)
        if value is None or value == "":
            missing.append(str(categories.LABELS[category]))
        elif value in (YES, NO):
            choices[category] = value == YES
        else:
            raise BadInput(_("The form sent a choice we do not recognise. Nothing was saved."))
    if missing:
        raise BadInput(
            _("Choose yes or no for each kind of cookie. Missing: %(missing)s. Nothing was saved.")
            % {"missing": ", ".join(missing)}
        )
    return action, choices


def analytics_cookie_names(request):
    """Names of the analytics cookies the visitor has, as declared in the cookie table
    (a trailing * matches any ending)."""
    patterns = set(
        CookieDeclaration.objects.filter(category=categories.ANALYTICS).values_list("name", flat=True)
    )
    patterns.update(getattr(settings, "CONSENT_ANALYTICS_COOKIES", ()))
    present = []
    for name in request.COOKIES:
        if any(fnmatchcase(name, pattern.strip()) for pattern in patterns if pattern.strip()):
            present.append(name)
    return present


@csrf_exempt  # no per-visitor token: refuse_cross_site checks where the post comes from
@refuse_cross_site
def decide(request):
    if request.method == "GET":
        return HttpResponseRedirect(settings_url(request))
    if request.method != "POST":
        return HttpResponseNotAllowed(["GET", "POST"])

    language = request_language(request)
    with translation.override(language):
        try:
            action, choices = parse_choices(request)
        except BadInput as error:
            return error_response(request, 400, error.args[0])

        decision = Decision(consent_id_for(request), config.policy_version(request), choices)
        ConsentRecord.objects.create(
            consent_id=decision.consent_id,
            action=RECORD_ACTIONS[action],
            policy_version=decision.version,
            analytics=decision.allows(categories.ANALYTICS),
            external_media=decision.allows(categories.EXTERNAL_MEDIA),
            language=language,
        )
        if wants_json(request):
            response = JsonResponse({
                "ok": True,
                "decided": True,
                "categories": decision.as_dict(),
                "message": str(confirmation_for(decision)),
            })
        else:
            target = safe_path(request, request.POST.get("next")) or home_path(language)
            response = HttpResponseRedirect(with_param(target, CONFIRM_PARAM, "1"), status=303)
        set_cookie(response, request, decision)
        if not decision.allows(categories.ANALYTICS):
            # Withdrawal: analytics cookies the site set go as well.
            for name in analytics_cookie_names(request):
                response.delete_cookie(name, path="/", samesite="Lax")
        response["Cache-Control"] = "no-store"
        return response


def settings_page(request):
    """The settings form on its own, for sites without a cookie policy page."""
    decision = get_decision(request)
    from wagtail.models import Locale

    locale = Locale.objects.filter(language_code=translation.get_language()).first()
    context = settings_form_context(request, decision, request.path + "#ustawienia")
    context.update({
        "cookie_groups": cookie_groups(locale.pk if locale else None),
        "consent_saved": request.GET.get(CONFIRM_PARAM) == "1" and decision is not None,
        "consent_hide_banner": True,
    })
    return render(request, "consent/settings_page.html", context)
