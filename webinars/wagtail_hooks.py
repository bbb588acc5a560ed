"""Admin: a listing of all webinars that shows which video ids are placeholders, and the speakers."""

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column, StatusTagColumn
from wagtail.admin.views.pages.listing import IndexView
from wagtail.admin.viewsets.pages import PageListingViewSet

from core.admin_wording import SnippetWording, WordedSnippetViewSet
from core.moderation_admin import ModeratedSnippetViewSet, register_policies
from webinars.models import Speaker, WebinarPage

register_policies(Speaker)


def _base_column(name):
    return next(column for column in IndexView.base_columns if column.name == name)


def _starts_at(page):
    return date_format(timezone.localtime(page.starts_at), "j E Y, H:i") if page.starts_at else ""


class WebinarListingViewSet(PageListingViewSet):
    model = WebinarPage
    icon = "media"
    menu_label = _("Webinars")
    add_to_admin_menu = True
    menu_order = 210
    name = "webinars"
    ordering = "-starts_at"
    columns = [
        _base_column("bulk_actions"),
        _base_column("title"),
        Column("episode_number", label=_("no."), sort_key="episode_number", width="6%"),
        # The date itself, not "5 years ago": announcements lie in the future.
        Column("starts_at", label=_("date"), sort_key="starts_at", accessor=_starts_at, width="14%"),
        StatusTagColumn(
            "video_id_status",
            label=_("YouTube video"),
            accessor="video_id_status",
            primary=lambda page: page.youtube_id and not page.youtube_id_is_placeholder,
            width="18%",
        ),
        _base_column("parent"),
        _base_column("status"),
    ]


class SpeakerViewSet(ModeratedSnippetViewSet, WordedSnippetViewSet):
    model = Speaker
    icon = "user"
    menu_label = _("Speakers")
    wording = SnippetWording(
        _("Add speaker"), _("New speaker"), _("Choose a speaker"), _("Choose another speaker"), _("Edit this speaker"),
    )
    add_to_settings_menu = False
    list_display = ["name", "role", "organisation", "placeholder_status"]
    search_fields = ["name", "organisation"]


@hooks.register("register_admin_viewset")
def register_webinar_listing():
    return WebinarListingViewSet()


@hooks.register("register_admin_viewset")
def register_speakers():
    return SpeakerViewSet()
