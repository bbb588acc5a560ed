from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

from publications.models import PublicationPage


class PublicationFeed(Feed):
    """Atom feed of the newest publications under one index page."""

    feed_type = Atom1Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return f"{self.index_page.title} – e-Mocni"

    def link(self):
        return self.index_page.get_url(self.request)

    def subtitle(self):
        return self.index_page.intro

    def items(self):
        return (
            PublicationPage.objects.child_of(self.index_page).live().public()
            .select_related("locale").order_by("-publication_date", "-first_published_at")[:30]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at
