from wagtail import hooks
from wagtail.snippets.models import register_snippet

from core.moderation_admin import ModeratedSnippetViewSet, register_policies
from publications.feeds import PublicationFeed
from publications.listing import publication_listing
from publications.models import Licence

register_policies(Licence)


class LicenceViewSet(ModeratedSnippetViewSet):
    model = Licence
    icon = "doc-full"


register_snippet(LicenceViewSet)


# What the publication list page answers (publications.models.PublicationIndexPage's routes).
hooks.register("publication_listing", publication_listing)


@hooks.register("publication_feed")
def publication_feed(index_page, request):
    return PublicationFeed(index_page)(request)
