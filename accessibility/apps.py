from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccessibilityConfig(AppConfig):
    name = "accessibility"
    verbose_name = _("e-Mocni: accessibility statement")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Page, Site
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from accessibility import statement
        from accessibility.models import AccessibilityStatementPage

        # The cached statement (footer link, contact for "accessible version on request") is
        # dropped whenever a page is published, unpublished, moved or deleted, or a site changes:
        # any of these can change the statement's URL or contact data.
        page_published.connect(statement.invalidate, dispatch_uid="accessibility-published")
        page_unpublished.connect(statement.invalidate, dispatch_uid="accessibility-unpublished")
        post_page_move.connect(statement.invalidate, dispatch_uid="accessibility-moved")
        for model in (Page, AccessibilityStatementPage, Site):
            post_delete.connect(statement.invalidate, sender=model, dispatch_uid=f"accessibility-del-{model.__name__}")
        post_save.connect(statement.invalidate, sender=Site, dispatch_uid="accessibility-site-saved")
