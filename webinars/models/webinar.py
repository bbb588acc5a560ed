from datetime import timedelta

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from core.models import BasePage, searchable, synchronised
from core.models.fields import optional_image, tick_box
from core.seo import ShareImage
from webinars import ics
from webinars.forms import WebinarPageForm
from webinars.structured_data import video_object
from webinars.youtube import EMBED_ORIGIN, YouTubeVideoIdField, embed_url, watch_url

MAX_MINUTES = 600  # 10 hours: anything longer is a typing mistake
CAPTION_LANGUAGES = [("pl", "polski"), ("en", "angielski")]
PLAYER_SPEC = "fill-960x540|format-webp|webpquality-70"


class WebinarPage(RoutablePageMixin, BasePage):
    """One webinar of a series: a recording, or an announcement of one still to come."""

    episode_number = models.PositiveSmallIntegerField(
        _("episode number"),
        validators=[MinValueValidator(1, _("The episode number starts at 1.")), MaxValueValidator(999)],
        help_text=_("The order in the series: 1, 2, 3 … Each number only once in a series."),
    )
    starts_at = models.DateTimeField(_("date and time"), help_text=_("A recording: when the webinar took place. An announcement: the planned start (Polish time)."))
    duration_minutes = models.PositiveSmallIntegerField(
        _("length (minutes)"),
        validators=[
            MinValueValidator(1, _("The length is at least 1 minute.")),
            MaxValueValidator(MAX_MINUTES, _("The length is at most 600 minutes (10 hours).")),
        ],
        help_text=_("In whole minutes, e.g. 85 for a 1:25:00 recording. An announcement: the planned length."),
    )
    summary = models.TextField(_("summary"), help_text=_("Two or three sentences: what the webinar is about and whom it is for. They are also shown in the list of episodes."))
    learning_points = models.TextField(_("what you will learn"), blank=True, help_text=_("One thing per line, e.g. “how to prepare a map of the municipality's resources”. They are shown as a list."))
    youtube_id = YouTubeVideoIdField(_("YouTube video address"), blank=True, help_text=_("Paste the video's address in any form (watch?v=, youtu.be/, embed/, shorts/, live/). Only the id is saved. Empty in an announcement until there is a recording."))
    youtube_start = models.PositiveIntegerField(_("video start (seconds)"), null=True, blank=True, validators=[MaxValueValidator(24 * 3600)], help_text=_("The second to start playing from, e.g. 90 for 1:30. Filled in by itself when the pasted address has a time (t=1m30s). Empty: from the beginning."))
    youtube_id_is_placeholder = tick_box(_("placeholder id"), _("Ticked in the demo content: the video id is made up and leads to no recording. Paste the real address and untick the box."))
    thumbnail = optional_image(
        "miniatura",
        "Obraz z biblioteki serwisu (nie z YouTube), w proporcjach 16:9. Widać go przed odtworzeniem "
        "filmu i na liście odcinków.",
    )
    has_captions = tick_box(_("captions"), _("The recording has captions."))
    captions_language = models.CharField(_("caption language"), max_length=5, choices=CAPTION_LANGUAGES, default="pl")
    has_pjm = tick_box(_("Polish Sign Language interpretation"), _("The recording shows a Polish Sign Language interpreter in the picture or has a separate version in PJM."))
    pjm_url = models.URLField(_("address of the Polish Sign Language version"), blank=True, help_text=_("Optional: a separate recording with Polish Sign Language interpretation."))
    transcript = RichTextField(_("transcript"), blank=True, features=["h3", "bold", "italic", "ul", "ol", "link"], help_text=_("A full record of what was said, for people who cannot hear or prefer to read."))

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("episode_number"), FieldPanel("starts_at"), FieldPanel("duration_minutes")]),
        FieldPanel("summary"),
        FieldPanel("learning_points"),
        InlinePanel("speaker_links", heading=_("Presenters"), label=_("speaker")),
        MultiFieldPanel(
            [
                FieldPanel("youtube_id"),
                FieldPanel("youtube_start"),
                FieldPanel("youtube_id_is_placeholder"),
                FieldPanel("thumbnail"),
            ],
            heading=_("Recording"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("has_captions"), FieldPanel("captions_language")]),
                FieldRowPanel([FieldPanel("has_pjm"), FieldPanel("pjm_url")]),
            ],
            heading=_("Accessibility"),
        ),
        FieldPanel("transcript"),
        InlinePanel("materials", heading=_("Materials to download"), label=_("material")),
        InlinePanel("related_links", heading=_("Related chapters and publications"), label=_("link")),
    ]
    search_fields = BasePage.search_fields + [
        *searchable("summary", "learning_points", "transcript"),
    ]
    base_form_class = WebinarPageForm

    parent_page_types = ["webinars.WebinarSeriesPage"]
    subpage_types = []
    # The recording, the date and the numbers are the same in every language version and
    # follow the Polish source; texts (summary, transcript) are translated.
    override_translatable_fields = [
        *synchronised(
            "youtube_id", "youtube_start", "episode_number", "starts_at", "duration_minutes",
            "youtube_id_is_placeholder",
        ),
    ]

    class Meta:
        verbose_name = _("webinar")
        verbose_name_plural = _("webinars")

    def clean(self):
        super().clean()
        if self.pjm_url and not self.has_pjm:
            raise ValidationError({"has_pjm": _("An address of the version in Polish Sign Language is given: tick this field too.")})

    # Derived values --------------------------------------------------------------

    @property
    def is_upcoming(self):
        return self.starts_at is not None and self.starts_at > timezone.now()

    @property
    def duration(self):
        return timedelta(minutes=self.duration_minutes or 0)

    @property
    def duration_hours(self):
        return divmod(self.duration_minutes or 0, 60)

    @property
    def duration_label(self):
        hours, minutes = self.duration_hours
        if not hours:
            return gettext("%(minutes)s min") % {"minutes": minutes}
        if not minutes:
            return gettext("%(hours)s h") % {"hours": hours}
        return gettext("%(hours)s h %(minutes)s min") % {"hours": hours, "minutes": minutes}

    @property
    def iso_duration(self):
        hours, minutes = self.duration_hours
        return "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes or not hours else "")

    @property
    def has_recording(self):
        """A video to play: an address alone is not enough before the webinar took place."""
        return bool(self.youtube_id) and not self.is_upcoming

    @property
    def watch_url(self):
        return watch_url(self.youtube_id, self.youtube_start) if self.youtube_id else ""

    @property
    def embed_url(self):
        return embed_url(self.youtube_id, self.locale_language, self.youtube_start) if self.youtube_id else ""

    @property
    def og_type(self):
        return "video.other" if self.youtube_id else "article"

    @property
    def thumbnail_alt(self):
        return self.thumbnail.alt_text if self.thumbnail else ""

    @property
    def locale_language(self):
        return self.locale.language_code

    @property
    def video_id_status(self):
        """For the admin listing."""
        if not self.youtube_id:
            return _("no video")
        return _("placeholder id") if self.youtube_id_is_placeholder else _("real")

    @property
    def learning_list(self):
        return [line.strip(" -–•\t") for line in self.learning_points.splitlines() if line.strip(" -–•\t")]

    def related_pages_in_my_language(self):
        """The live related pages, each in this page's language where it has a live translation
        (a translated webinar keeps the source's links): the template marks those still in
        another language."""
        targets = [link.target for link in self.related_links.select_related("target__locale")]
        foreign_keys = [target.translation_key for target in targets if target.locale_id != self.locale_id]
        translations = {}
        if foreign_keys:  # one query, however many links
            translations = {
                page.translation_key: page
                for page in Page.objects.filter(translation_key__in=foreign_keys, locale_id=self.locale_id).live()
            }
        pages = [translations.get(target.translation_key, target) for target in targets]
        return [page for page in pages if page.live]

    def get_siblings_in_order(self, parent):
        return (
            WebinarPage.objects.child_of(parent).live().public()
            .order_by("episode_number", "starts_at", "path")
            .only("id", "title", "url_path", "slug", "locale_id", "episode_number", "starts_at")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        parent = self.get_parent()
        siblings = list(self.get_siblings_in_order(parent))
        position = next((i for i, page in enumerate(siblings) if page.pk == self.pk), None)
        if position is not None:
            context["previous_webinar"] = siblings[position - 1] if position > 0 else None
            context["next_webinar"] = siblings[position + 1] if position + 1 < len(siblings) else None
        context["series"] = parent
        # A speaker entry added but not yet published is not named on the public page.
        context["speaker_links"] = list(self.speaker_links.filter(speaker__live=True)
                                        .select_related("speaker", "speaker__photo"))
        context["materials"] = list(self.materials.select_related("document"))
        context["related_pages"] = self.related_pages_in_my_language()
        context["player_image"] = self.thumbnail.get_rendition(PLAYER_SPEC) if self.thumbnail else None
        # The player's own picture for link previews: no second rendition, no extra query.
        context["share_image"] = ShareImage.from_rendition(context["player_image"], self.thumbnail_alt)
        context["structured_data"] = video_object(
            self, request, context["player_image"], context["speaker_links"], parent
        )
        return context

    # Routes ----------------------------------------------------------------------

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if self.youtube_id and response.get("Content-Type", "").startswith("text/html"):
            # Only this page may frame the privacy-enhanced YouTube player, and only from that host.
            # Replace, not update: the site-wide value is 'none', which must stand alone in a source list.
            response._csp_replace = {"frame-src": [EMBED_ORIGIN]}
        return response

    @path("kalendarz/", name="calendar")
    def calendar(self, request):
        """The webinar as an iCalendar file. (Wagtail page paths cannot contain a dot, so the
        file name comes from Content-Disposition.)"""
        return ics.calendar_response(
            [ics.webinar_event(self, request)], f"webinarium-{self.episode_number}.ics", name=self.title
        )


__all__ = ["WebinarPage"]
