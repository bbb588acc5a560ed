"""The abstract page every page type of the site inherits."""

from wagtail.models import Page
from wagtail.search import index

from core.panels import ReadershipPanel

from .mixins import SeoMixin


def searchable(*names):
    """The site search's declarations of a page's text fields (wagtail.search.index.SearchField)."""
    return [index.SearchField(name) for name in names]


class BasePage(SeoMixin, Page):
    """A page of the e-Mocni site: Wagtail's page with the site's Promote tab (SeoMixin), the page's
    readership at its end (core/panels.py). Page types add the mixins of core.models.mixins for the
    fields they share."""

    content_panels = Page.content_panels
    # Below the search-engine fields: how often this page was read, its files downloaded.
    promote_panels = [*SeoMixin.promote_panels, ReadershipPanel()]

    class Meta:
        abstract = True


class HomeSectionMixin:
    """A section each language has once, right under its home page: the publication list, the
    scenario catalogue, the cookie policy, the accessibility statement."""

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1
