"""A read-only piece of the page editor: how often the page was read and its files downloaded.

Placed in BasePage's Promote tab (core/models/pages.py), so every page type has it; shown only
for a page that exists (not on the create view). The numbers come from the stats app through the
page hook "page_readership" (core.page_hooks; stats/page_summary.py), so the models import no
statistics code.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from core.page_hooks import answer


class ReadershipPanel(Panel):
    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Readership"))
        super().__init__(**kwargs)

    @property
    def clean_name(self):
        return super().clean_name or "readership"

    class BoundPanel(Panel.BoundPanel):
        template_name = "core/admin/readership_panel.html"

        def is_shown(self):
            return bool(self.instance is not None and self.instance.pk)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context.update(answer("page_readership", self.instance, self.request))
            return context
