"""An admin report is two things Wagtail registers apart: its address under the admin and its item
in the Reports menu (Raporty). register_report adds both from one call, so that a report is never
listed without its page, nor reachable only by typing its address."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem


def register_report(route, view, *, name, label, icon, order):
    """route: the path under /admin/ (e.g. "reports/zapytania/"); name: its URL name; label, icon
    and order: the menu item's."""
    hooks.register("register_admin_urls", lambda: [path(route, view, name=name)])
    hooks.register("register_reports_menu_item", lambda: MenuItem(label, reverse(name), icon_name=icon, order=order))
