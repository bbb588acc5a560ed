"""Read-only pieces of an edit form that render a template of their own.

`InstancePanel` is the frame: a heading, a name for the form's markup, a template, whether it is
shown for the object being edited and what its template reads. `ReadershipPanel` (BasePage's
Promote tab, core/models/pages.py) shows how often the page was read and its files downloaded;
only for a page that exists (not on the create view). Its numbers come from the stats app through
the page hook "page_readership" (core.page_hooks; stats/page_summary.py), so the models import no
statistics code.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from core.page_hooks import answer


class InstancePanel(Panel):
    """A panel showing something about the edited object: subclasses set `default_heading`,
    `default_name` and `template_name`, and may refine `shown_for` and `context_for`."""

    default_heading = ""
    default_name = ""
    template_name = ""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", self.default_heading)
        super().__init__(**kwargs)

    @property
    def clean_name(self):
        return super().clean_name or self.default_name

    def shown_for(self, instance):
        return bool(instance is not None and instance.pk)

    def context_for(self, instance, request):
        return {}

    class BoundPanel(Panel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.template_name = self.panel.template_name

        def is_shown(self):
            return self.panel.shown_for(self.instance)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context.update(self.panel.context_for(self.instance, self.request))
            return context


class ReadershipPanel(InstancePanel):
    default_heading = _("Readership")
    default_name = "readership"
    template_name = "core/admin/readership_panel.html"

    def context_for(self, instance, request):
        return answer("page_readership", instance, request)
