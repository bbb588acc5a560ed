from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from core.admin_wording import SnippetWording, WordedSnippetViewSet
from core.moderation_admin import ModeratedSnippetViewSet, register_policies
from publications.feeds import PublicationFeed
from publications.listing import publication_listing
from publications.models import Licence

register_policies(Licence)


class LicenceViewSet(ModeratedSnippetViewSet, WordedSnippetViewSet):
    model = Licence
    icon = "doc-full"
    wording = SnippetWording(
        _("Add licence"), _("New licence"), _("Choose a licence"), _("Choose another licence"), _("Edit this licence"),
    )


register_snippet(LicenceViewSet)


# What the publication list page answers (publications.models.PublicationIndexPage's routes).
hooks.register("publication_listing", publication_listing)


@hooks.register("publication_feed")
def publication_feed(index_page, request):
    return PublicationFeed(index_page)(request)
