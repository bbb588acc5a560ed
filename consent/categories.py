"""The cookie categories. "necessary" is always on; the others need a choice."""

from django.utils.translation import gettext_lazy as _

NECESSARY = "necessary"
ANALYTICS = "analytics"
EXTERNAL_MEDIA = "external_media"

# The categories a visitor chooses, in the order the settings form shows them.
OPTIONAL = (ANALYTICS, EXTERNAL_MEDIA)
ALL = (NECESSARY, *OPTIONAL)

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

# Model choices (Polish: shown only in the admin).
CHOICES = [
    (NECESSARY, "niezbędne"),
    (ANALYTICS, "analityczne"),
    (EXTERNAL_MEDIA, "media zewnętrzne (np. YouTube)"),
]
