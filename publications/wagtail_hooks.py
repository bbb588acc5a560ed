from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from core.admin_wording import WordedSnippetViewSet
from core.moderation_admin import ModeratedSnippetViewSet, register_policies
from publications.feeds import PublicationFeed
from publications.listing import publication_listing
from publications.models import Licence

register_policies(Licence)


class LicenceViewSet(ModeratedSnippetViewSet, WordedSnippetViewSet):
    model = Licence
    icon = "doc-full"
    add_item_label = _("Add licence")
    new_item_title = _("New licence")
    choose_one_text = _("Choose a licence")
    choose_another_text = _("Choose another licence")
    edit_item_text = _("Edit this licence")


register_snippet(LicenceViewSet)


# What the publication list page answers (publications.models.PublicationIndexPage's routes).
hooks.register("publication_listing", publication_listing)


@hooks.register("publication_feed")
def publication_feed(index_page, request):
    return PublicationFeed(index_page)(request)
