"""Template data for the banner, the settings form and the policy page."""

import json
from urllib.parse import urlencode, urlsplit, urlunsplit

from django.conf import settings
from django.http import QueryDict
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _

from consent import categories, config
from consent.models import CookieDeclaration
from consent.state import get_decision

# ?zgoda=1 on the page a no-JS visitor is sent back to: show the confirmation once.
CONFIRM_PARAM = "zgoda"
# ?wroc=/some/page/ on the policy page: where the visitor came from (a same-site path).
BACK_PARAM = "wroc"
SETTINGS_ANCHOR = "ustawienia"

DEFAULT_TEXTS = {
    "banner_heading": _("Cookies on the e-Mocni website"),
    "banner_text": _(
        "<p>We use one cookie that the website needs to work: it remembers your choice. With your consent "
        "we would also like to show webinar recordings from YouTube, which sets its own cookies.</p>"
    ),
    "settings_intro": _(
        "<p>Choose which cookies you allow. Nothing is switched on until you choose, and you can change "
        "your choice here at any time.</p>"
    ),
    "necessary_description": _(
        "They make the website work: they remember your cookie choice and keep editors signed in to the "
        "admin. The website cannot work without them, so they are always on."
    ),
    "analytics_description": _(
        "They tell us how the website is used, for example which pages are read most, so that we can "
        "improve it. We use our own statistics tool; the data do not go to other companies."
    ),
    "external_media_description": _(
        "The webinar recordings are hosted on YouTube. When a video is shown, YouTube (Google) receives "
        "your IP address and may set its own cookies. We show the videos only if you allow it."
    ),
}

# With an analytics integration configured the banner asks about statistics too.
BANNER_TEXT_WITH_ANALYTICS = _(
    "<p>We use a few cookies that the website needs to work. With your consent we would also like to "
    "measure how the website is used, with our own statistics tool, and to show webinar recordings "
    "from YouTube, which sets its own cookies.</p>"
)

CONFIRMATIONS = {
    "accept_all": _("You have accepted additional cookies."),
    "reject_all": _("You have rejected additional cookies."),
    "custom": _("Your cookie settings have been saved."),
}


def language():
    return translation.get_language() or settings.LANGUAGE_CODE


def texts_for(request, lang=None):
    stored = config.texts(request, lang or language())
    defaults = dict(DEFAULT_TEXTS)
    if categories.analytics_configured():
        defaults["banner_text"] = BANNER_TEXT_WITH_ANALYTICS
    return {name: stored.get(name) or str(default) for name, default in defaults.items()}


def confirmation_for(decision):
    if decision.accepted_all:
        return CONFIRMATIONS["accept_all"]
    if decision.rejected_all:
        return CONFIRMATIONS["reject_all"]
    return CONFIRMATIONS["custom"]


def safe_path(request, value):
    """`value` as a same-site path (with its query and fragment), or None. Refuses other hosts,
    other schemes (javascript:, data:), protocol-relative and backslash tricks."""
    if not value or not isinstance(value, str) or len(value) > 2000:
        return None
    value = value.strip()
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in value) or "\\" in value:
        return None
    if not url_has_allowed_host_and_scheme(value, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return None
    parts = urlsplit(value)
    path = parts.path
    if not path.startswith("/") or path.startswith("//"):
        return None
    return urlunsplit(("", "", path, parts.query, parts.fragment))


def without_param(path_with_query, name):
    parts = urlsplit(path_with_query)
    query = QueryDict(parts.query, mutable=True)
    query.pop(name, None)
    return urlunsplit(("", "", parts.path, query.urlencode(), parts.fragment))


def with_param(path, name, value):
    parts = urlsplit(path)
    query = QueryDict(parts.query, mutable=True)
    query[name] = value
    return urlunsplit(("", "", parts.path, query.urlencode(), parts.fragment))


def current_path(request):
    """The page being shown, without our one-off confirmation parameter."""
    return without_param(request.get_full_path(), CONFIRM_PARAM)


def settings_url(request, back=None):
    url = config.policy_url(request, language()) or reverse("consent_settings")
    if back:
        url += "?" + urlencode({BACK_PARAM: back})
    return f"{url}#{SETTINGS_ANCHOR}"


def analytics_config():
    """The optional self-hosted analytics script: CONSENT_ANALYTICS_SCRIPT is its URL, or a dict
    {"src": url, "attrs": {"data-…": "…"}}. None when unset."""
    value = getattr(settings, "CONSENT_ANALYTICS_SCRIPT", None)
    if not value:
        return None
    if isinstance(value, str):
        value = {"src": value}
    attrs = {
        str(name): str(val)
        for name, val in (value.get("attrs") or {}).items()
        if str(name).startswith("data-") or str(name) in {"crossorigin", "integrity", "referrerpolicy"}
    }
    return {"src": str(value["src"]), "attrs": attrs}


def client_state(decision):
    """What consent.js knows: no consent id, only the choices."""
    state = {
        "decided": decision is not None,
        "categories": {c: bool(decision and decision.allows(c)) for c in categories.active()},
    }
    analytics = analytics_config()
    if analytics:
        state["analytics"] = analytics
    return json.dumps(state, separators=(",", ":"))


def category_rows(request, decision, lang=None):
    texts = texts_for(request, lang)
    rows = []
    for category in categories.active():
        rows.append({
            "key": category,
            "label": categories.LABELS[category],
            "description": texts[f"{category}_description"],
            "question": categories.QUESTIONS[category],
            "yes_label": categories.YES_LABELS[category],
            "no_label": categories.NO_LABELS[category],
            "value": None if decision is None else decision.allows(category),
        })
    return rows


def settings_form_context(request, decision, next_url):
    texts = texts_for(request)
    return {
        "consent_categories": category_rows(request, decision),
        "necessary_label": categories.LABELS[categories.NECESSARY],
        "necessary_description": texts["necessary_description"],
        "settings_intro": texts["settings_intro"],
        "consent_decision": decision,
        "consent_next": next_url,
        "consent_action": reverse("consent:decide"),
    }


def cookie_groups(locale_id):
    """The cookie table of a language (else of the default language), grouped by category; only the
    categories the site really uses (no statistics group without an analytics integration)."""
    published = CookieDeclaration.objects.filter(live=True)  # rows added but not yet approved stay out
    rows = list(published.filter(locale_id=locale_id))
    if not rows:
        rows = list(published.filter(locale__language_code=settings.LANGUAGE_CODE))
    groups = []
    for category in categories.shown():
        items = [row for row in rows if row.category == category]
        if items:
            groups.append({"key": category, "label": categories.LABELS[category], "cookies": items})
    return groups


def policy_page_context(request, page):
    decision = get_decision(request)
    own_path = page.get_url(request) or "/"
    back = safe_path(request, request.GET.get(BACK_PARAM))
    if back and urlsplit(back).path == urlsplit(own_path).path:
        back = None
    next_url = (with_param(own_path, BACK_PARAM, back) if back else own_path) + f"#{SETTINGS_ANCHOR}"
    policy = config.policy(request)
    context = settings_form_context(request, decision, next_url)
    context.update({
        "cookie_groups": cookie_groups(page.locale_id),
        "policy_version": policy["version"],
        "policy_updated": policy["updated"],
        "consent_saved": request.GET.get(CONFIRM_PARAM) == "1" and decision is not None,
        "consent_back": back,
        "consent_hide_banner": True,
    })
    return context
