from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import BodyBlock
from core.models import BasePage, HomeSectionMixin
from core.page_hooks import answer


class CookiePolicyPage(HomeSectionMixin, BasePage):
    """The cookie policy: the editors' text, then the cookie table and the settings form.

    The table comes from the "Pliki cookies (tabela)" snippets and the form from the consent
    app, so this page holds only the policy text itself."""

    lead = models.TextField(_("introduction"), blank=True, help_text=_("One or two sentences under the title."))
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("policy text"),
        help_text=_("Who the controller is, what the cookies are for, how to change the decision. The table of cookies and the settings form appear under this text by themselves."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("lead"),
        FieldPanel("body"),
        HelpPanel(
            content=_("You change the cookie table and the texts by the form in the menu “Cookies”, and the policy "
                    "version number in Settings → “Cookie consent”.")
        ),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("lead"), index.SearchField("body")]

    subpage_types = []
    template = "consent/cookie_policy_page.html"

    class Meta:
        verbose_name = _("cookie policy")
        verbose_name_plural = _("cookie policies")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The cookie table and the settings form (consent/context.py, registered in
        # consent/wagtail_hooks.py: core/page_hooks.py says why).
        context.update(answer("cookie_policy_context", self, request))
        return context
