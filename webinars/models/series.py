from django.db import models
from django.db.models import Prefetch
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.search import index

from core.i18n import more_in_default_language
from core.models import BasePage, CustomRendition
from core.site_url import page_url
from webinars import ics

from .webinar import WebinarPage
from .webinar_links import WebinarSpeaker

CARD_SPEC = "fill-480x270|format-webp|webpquality-70"


class WebinarSeriesPage(RoutablePageMixin, BasePage):
    """A series of webinars: introduction, the episodes in order, and every link in one list."""

    lead = models.TextField(_("introduction"), blank=True, help_text=_("One or two sentences under the title: who the series is for."))
    intro = RichTextField(
        _("series description"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "ul", "ol", "link", "document-link"],
        help_text=_("Who prepared the webinars, how to use them, how they are made accessible (captions, Polish Sign Language)."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("lead"), FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("lead"), index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["webinars.WebinarPage"]

    class Meta:
        verbose_name = _("webinar series")
        verbose_name_plural = pgettext_lazy("plural", "webinar series")

    def get_webinars(self):
        """The live episodes in order, with all a listing shows: the same number of queries
        for 8 webinars or 80."""
        return (
            WebinarPage.objects.child_of(self)
            .live()
            .public()
            .defer("transcript", "learning_points")
            .select_related("thumbnail", "locale")
            .prefetch_related(
                Prefetch(
                    "speaker_links",
                    queryset=WebinarSpeaker.objects.filter(speaker__live=True).select_related("speaker")
                    .order_by("sort_order"),
                ),
                Prefetch(
                    "thumbnail__renditions",
                    queryset=CustomRendition.objects.filter(filter_spec=CARD_SPEC),
                ),
            )
            .order_by("episode_number", "starts_at", "path")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        webinars = list(self.get_webinars())
        context["upcoming_webinars"] = [w for w in webinars if w.starts_at > now]
        context["recorded_webinars"] = [w for w in webinars if w.starts_at <= now]
        context["linked_webinars"] = [w for w in webinars if w.youtube_id]
        context["card_spec"] = CARD_SPEC
        # On a translated series: how many episodes exist only in the default language.
        context["more"] = more_in_default_language(self, WebinarPage)
        return context

    @path("kalendarz/", name="calendar")
    def calendar(self, request):
        """Every upcoming webinar of the series in one iCalendar file."""
        upcoming = [w for w in self.get_webinars() if w.is_upcoming]
        events = [ics.webinar_event(webinar, request) for webinar in upcoming]
        return ics.calendar_response(events, f"{self.slug}.ics", name=self.title)

    @path("linki/", name="links")
    def links(self, request):
        """Plain text: every recording's title and YouTube address, to paste into an e-mail."""
        lines = [self.title, ""]
        for webinar in self.get_webinars():
            if webinar.youtube_id:
                lines.append(f"{webinar.episode_number}. {webinar.title}")
                lines.append(webinar.watch_url)
                lines.append("")
        lines.append(page_url(self, request))
        response = HttpResponse("\r\n".join(lines) + "\r\n", content_type="text/plain; charset=utf-8")
        response["Content-Disposition"] = f'inline; filename="{self.slug}-linki.txt"'
        return response
