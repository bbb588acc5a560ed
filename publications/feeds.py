from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

from core.site_url import absolute_url, page_url
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

    # Absolute from SITE_URL: Django would otherwise prefix the request's Host (and port).
    def link(self):
        return page_url(self.index_page, self.request)

    def feed_url(self):
        return absolute_url(self.request.path)

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
        return page_url(item, self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at
