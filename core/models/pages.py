"""The abstract page every page type of the site inherits."""

from wagtail.models import Page

from core.panels import ReadershipPanel

from .mixins import SeoMixin


class BasePage(SeoMixin, Page):
    """A page of the e-Mocni site: Wagtail's page with the site's Promote tab (SeoMixin), the page's
    readership at its end (core/panels.py). Page types add the mixins of core.models.mixins for the
    fields they share."""

    content_panels = Page.content_panels
    # Below the search-engine fields: how often this page was read, its files downloaded.
    promote_panels = [*SeoMixin.promote_panels, ReadershipPanel()]

    class Meta:
        abstract = True
