"""Admin: a dashboard reminder listing statements whose yearly review is overdue (the edit view
of such a statement shows the same reminder above its fields, see panels.py)."""

from wagtail import hooks
from wagtail.admin.ui.components import Component

from accessibility.models import AccessibilityStatementPage


class OverdueReviewPanel(Component):
    name = "accessibility_review"
    order = 50
    template_name = "accessibility/admin/dashboard_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        pages = AccessibilityStatementPage.objects.select_related("locale").order_by("path")
        overdue = [page for page in pages if page.review_overdue()]
        return {"overdue": overdue}


@hooks.register("construct_homepage_panels")
def add_review_panel(request, panels):
    if request.user.has_perm("wagtailadmin.access_admin"):
        panels.append(OverdueReviewPanel(request))
