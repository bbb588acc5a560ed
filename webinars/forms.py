from django.apps import apps
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm

from webinars.youtube import parse_start_seconds


class WebinarPageForm(WagtailAdminPageForm):
    """Adds the one check that needs the parent page: an episode number is used once per series."""

    def clean(self):
        cleaned_data = super().clean()
        if "youtube_start" in self.fields and not cleaned_data.get("youtube_start"):
            # The video field keeps only the id; a time in the pasted address (t=1m2s) is kept here.
            start = parse_start_seconds(self.data.get(self.add_prefix("youtube_id"), ""))
            if start and cleaned_data.get("youtube_id"):
                cleaned_data["youtube_start"] = start
        number = cleaned_data.get("episode_number")
        parent = self.parent_page
        if number and parent is not None:
            WebinarPage = apps.get_model("webinars", "WebinarPage")
            taken = WebinarPage.objects.child_of(parent).filter(episode_number=number)
            if self.instance.pk:
                taken = taken.exclude(pk=self.instance.pk)
            existing = taken.only("title").first()
            if existing is not None:
                self.add_error(
                    "episode_number",
                    _("The episode “%(title)s” already has this number. Choose another number.")
                    % {"title": existing.title},
                )
        return cleaned_data
