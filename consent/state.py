"""The visitor's decision, kept in one signed cookie.

The cookie value is `<variant>~<signed payload>`. The payload holds the choices, the policy
version and a random consent id, signed with django.core.signing (so it cannot be forged or
edited) and time-stamped (so an old one expires on the server too, whatever the browser does).
The variant in front, e.g. `p3-m1` (policy version 3, external media allowed), names exactly the
page variant the decision renders: caches (the app's page cache, Varnish) key pages on it
without reading the signature. The app checks that the variant matches the signed payload; a
cookie that fails any check counts as no decision (and its page is never stored by a cache,
see core.page_cache), one given under an older policy version counts as no decision as well.

For other apps:

    from consent.state import allows
    if allows(request, "external_media"): ...

Reading the decision marks the request, and ConsentMiddleware then adds `Vary: Cookie`
to the response, so a shared cache never hands one visitor's page to another.
"""

import re
import uuid
from dataclasses import dataclass, field

from django.conf import settings
from django.core import signing

from consent import categories, config

SALT = "consent.decision"
DEFAULT_COOKIE_NAME = "emocni_consent"
DEFAULT_COOKIE_AGE = 182 * 24 * 60 * 60  # six months
_ID = re.compile(r"^[0-9a-f]{32}$")
VARIANT = re.compile(r"^[a-z0-9-]{1,32}$")
SEPARATOR = "~"
# What a request's consent cookie is, for caches (consent_variant).
NO_COOKIE, VALID, INVALID = "none", "valid", "invalid"


def cookie_name():
    return getattr(settings, "CONSENT_COOKIE_NAME", DEFAULT_COOKIE_NAME)


def cookie_age():
    return getattr(settings, "CONSENT_COOKIE_AGE", DEFAULT_COOKIE_AGE)


@dataclass(frozen=True)
class Decision:
    consent_id: str
    version: int
    choices: dict = field(default_factory=dict)  # {category: bool} for categories.active()

    def allows(self, category):
        if category == categories.NECESSARY:
            return True
        return bool(self.choices.get(category, False))

    @property
    def accepted_all(self):
        return all(self.allows(c) for c in categories.active())

    @property
    def rejected_all(self):
        return not any(self.allows(c) for c in categories.active())

    def as_dict(self):
        return {category: self.allows(category) for category in categories.active()}


def new_consent_id():
    return uuid.uuid4().hex


def variant(decision):
    """The page variant a decision renders: `p<policy version>` and one `-<letter><0|1>` per active
    category, e.g. "p3-m1" or "p3-a0-m1"."""
    parts = [f"p{decision.version}"]
    parts += [f"{categories.LETTERS[category]}{int(decision.allows(category))}" for category in categories.active()]
    return "-".join(parts)


def encode(decision):
    payload = {
        "i": decision.consent_id,
        "v": decision.version,
        "c": {category: int(decision.allows(category)) for category in categories.active()},
    }
    return variant(decision) + SEPARATOR + signing.dumps(payload, salt=SALT)


def decode(value):
    """The Decision in a cookie value, or None if it is forged, garbled, expired, of the old
    format (no variant in front) or its variant does not match the signed payload.
    (The policy version is not checked here.)"""
    if not value or not isinstance(value, str) or len(value) > 1024:
        return None
    token, separator, signed = value.partition(SEPARATOR)
    if not separator or not VARIANT.match(token):
        return None
    try:
        payload = signing.loads(signed, salt=SALT, max_age=cookie_age())
    except (signing.BadSignature, ValueError, TypeError, UnicodeError):
        return None
    if not isinstance(payload, dict) or set(payload) != {"i", "v", "c"}:
        return None
    consent_id, version, choices = payload["i"], payload["v"], payload["c"]
    if not isinstance(consent_id, str) or not _ID.match(consent_id):
        return None
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        return None
    active = categories.active()
    if not isinstance(choices, dict) or set(choices) != set(active):
        return None
    if any(choice not in (0, 1) or isinstance(choice, bool) for choice in choices.values()):
        return None
    decision = Decision(consent_id, version, {category: bool(choices[category]) for category in active})
    if variant(decision) != token:
        return None
    return decision


def consent_variant(request):
    """(NO_COOKIE, "none"), (VALID, "<variant>") or (INVALID, None) for the request's consent
    cookie: what the page cache keys on. Checks the signature, not the policy version (a cookie
    of an older version is a variant of its own that renders as "no decision")."""
    if cookie_name() not in request.COOKIES:
        return NO_COOKIE, "none"
    decision = _stored(request)
    if decision is None:
        return INVALID, None
    return VALID, variant(decision)


def _stored(request):
    """The signed decision in the request, whatever its policy version (memoised)."""
    if "_consent_stored" not in request.__dict__:
        request._consent_stored = decode(request.COOKIES.get(cookie_name()))
    return request._consent_stored


def get_decision(request):
    """The visitor's valid decision for the current policy version, or None."""
    if request is None:
        return None
    request._consent_vary = True
    decision = _stored(request)
    if decision is None or decision.version != config.policy_version(request):
        return None
    return decision


def has_decided(request):
    return get_decision(request) is not None


def allows(request, category):
    """Whether the visitor has allowed `category` ("necessary", "analytics", "external_media").
    False for unknown categories and before any decision."""
    if category == categories.NECESSARY:
        return True
    if category not in categories.active():
        return False
    decision = get_decision(request)
    return decision is not None and decision.allows(category)


def consent_id_for(request):
    """Keep the consent id of an earlier signed decision (even of an older policy version), so
    the records show the history of one browser; otherwise a new random id."""
    stored = _stored(request)
    return stored.consent_id if stored is not None else new_consent_id()


def set_cookie(response, request, decision):
    response.set_cookie(
        cookie_name(),
        encode(decision),
        max_age=cookie_age(),
        path="/",
        secure=request.is_secure() or getattr(settings, "SESSION_COOKIE_SECURE", False),
        httponly=True,
        samesite="Lax",
    )
    request._consent_stored = decision
