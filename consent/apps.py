from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsentConfig(AppConfig):
    name = "consent"
    verbose_name = _("e-Mocni: cookie consent")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from consent import config
        from consent.models import ConsentSettings, ConsentTexts, CookiePolicyPage

        # Cached policy version, texts and policy URL (consent.config) are dropped on every edit.
        for model in (ConsentSettings, ConsentTexts, CookiePolicyPage):
            post_save.connect(config.invalidate, sender=model, dispatch_uid=f"consent-{model.__name__}-save")
            post_delete.connect(config.invalidate, sender=model, dispatch_uid=f"consent-{model.__name__}-delete")
        page_published.connect(config.invalidate, sender=CookiePolicyPage, dispatch_uid="consent-page-published")
        page_unpublished.connect(config.invalidate, sender=CookiePolicyPage, dispatch_uid="consent-page-unpublished")
        post_page_move.connect(config.invalidate, dispatch_uid="consent-page-moved")
