"""An edit-view reminder: the statement must be reviewed at least once a year."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel


class ReviewReminderPanel(Panel):
    """Shown above the fields of a statement whose last review (or, before the first review,
    its preparation) is more than a year old; invisible otherwise."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Review of the statement"))
        super().__init__(**kwargs)

    @property
    def clean_name(self):
        return super().clean_name or "review-reminder"

    class BoundPanel(Panel.BoundPanel):
        template_name = "accessibility/admin/review_reminder.html"

        def is_shown(self):
            instance = self.instance
            return bool(instance is not None and instance.pk and instance.review_overdue())

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["last_review"] = self.instance.last_review
            context["reviewed"] = self.instance.data_przegladu is not None
            return context
