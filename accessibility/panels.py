"""An edit-view reminder: the statement must be reviewed at least once a year."""

from django.utils.translation import gettext_lazy as _

from core.panels import InstancePanel


class ReviewReminderPanel(InstancePanel):
    """Shown above the fields of a statement whose last review (or, before the first review,
    its preparation) is more than a year old; invisible otherwise."""

    default_heading = _("Review of the statement")
    default_name = "review-reminder"
    template_name = "accessibility/admin/review_reminder.html"

    def shown_for(self, instance):
        return super().shown_for(instance) and instance.review_overdue()

    def context_for(self, instance, request):
        return {"last_review": instance.last_review, "reviewed": instance.data_przegladu is not None}
