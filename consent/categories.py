"""The cookie categories. "necessary" is always on; the others need a choice."""

from django.utils.translation import gettext_lazy as _

NECESSARY = "necessary"
ANALYTICS = "analytics"
EXTERNAL_MEDIA = "external_media"

# Every category the code knows, in the order the settings form shows them.
OPTIONAL = (ANALYTICS, EXTERNAL_MEDIA)
ALL = (NECESSARY, *OPTIONAL)

# One letter per optional category in the consent variant (consent.state.variant), e.g. "p3-m1".
LETTERS = {ANALYTICS: "a", EXTERNAL_MEDIA: "m"}


def analytics_configured():
    """Statistics are a category only when the site really has an analytics integration."""
    from django.conf import settings

    return bool(getattr(settings, "CONSENT_ANALYTICS_SCRIPT", None))


def active():
    """The optional categories a visitor is asked about on this site: YouTube always (the webinar
    recordings), statistics only when CONSENT_ANALYTICS_SCRIPT is set. The banner, the settings
    form, the cookie table and the decision cookie name only these."""
    if analytics_configured():
        return OPTIONAL
    return (EXTERNAL_MEDIA,)


def shown():
    """Categories named on the cookie policy page: the necessary ones and the active ones."""
    return (NECESSARY, *active())

LABELS = {
    NECESSARY: _("Necessary cookies"),
    ANALYTICS: _("Analytics cookies"),
    EXTERNAL_MEDIA: _("External media (YouTube)"),
}

# The settings form: one question per optional category, answered yes or no.
QUESTIONS = {
    ANALYTICS: _("Do you allow analytics cookies?"),
    EXTERNAL_MEDIA: _("Do you allow videos from YouTube?"),
}
YES_LABELS = {
    ANALYTICS: _("Yes, allow analytics cookies"),
    EXTERNAL_MEDIA: _("Yes, show videos from YouTube"),
}
NO_LABELS = {
    ANALYTICS: _("No, do not allow analytics cookies"),
    EXTERNAL_MEDIA: _("No, do not show videos from YouTube"),
}

# Model choices (shown only in the admin).
CHOICES = [
    (NECESSARY, _("necessary")),
    (ANALYTICS, _("analytics")),
    (EXTERNAL_MEDIA, _("external media (e.g. YouTube)")),
]
