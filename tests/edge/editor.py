"""An editor in a process of its own, for tests/edge/test_processes.py: it changes content through
Wagtail's own APIs (the signals the app's invalidation listens to fire as in the admin), with the
same settings and database as the served gunicorn, so its purge reaches the shared store and Varnish.

Reads one JSON command a line on stdin, ["name", arg, ...]; answers one JSON line on stdout.
"""

import json
import os
import sys
import traceback

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.served_test")

import django  # noqa: E402

django.setup()

from wagtail.models import Locale, Page  # noqa: E402

from consent import categories  # noqa: E402
from consent import state as consent_state  # noqa: E402
from consent.models.settings import ConsentSettings  # noqa: E402
from core.models.site import FooterText  # noqa: E402
from home.models import HomePage, StandardPage  # noqa: E402
from publications.models import PublicationIndexPage, PublicationPage  # noqa: E402


def polish():
    return Locale.objects.get(language_code="pl")


def info():
    """The demo pages the test changes, one of each kind it needs."""
    home = HomePage.objects.get(locale=polish())
    publications = list(PublicationPage.objects.live().filter(locale=polish()).order_by("pk"))
    standard = list(StandardPage.objects.live().child_of(home).filter(locale=polish()).order_by("pk"))
    return {
        "home": home.url,
        "publication_index": PublicationIndexPage.objects.get(locale=polish()).url,
        "publications": [{"id": p.pk, "url": p.url, "title": p.title} for p in publications[:3]],
        "standard": [{"id": p.pk, "url": p.url, "title": p.title, "slug": p.slug} for p in standard[:3]],
    }


def publish_title(page_id, title):
    page = Page.objects.get(pk=page_id).specific
    page.title = title
    page.save_revision().publish()
    return page.url


def unpublish(page_id):
    Page.objects.get(pk=page_id).specific.unpublish()


def move(page_id, new_parent_id):
    page = Page.objects.get(pk=page_id).specific
    page.move(Page.objects.get(pk=new_parent_id), pos="last-child")
    return Page.objects.get(pk=page_id).specific.url


def delete(page_id):
    Page.objects.get(pk=page_id).specific.delete()


def footer(text):
    item = FooterText.objects.get(locale=polish())
    item.text = f"<p>{text}</p>"
    item.save()


def policy_version():
    return ConsentSettings.load().policy_version


def bump_policy_version():
    settings_row = ConsentSettings.load()
    settings_row.policy_version += 1
    settings_row.save()
    return settings_row.policy_version


def consent_cookie(allow_all):
    """A consent cookie value as the site sets it for a visitor who decided (signed like the app's)."""
    decision = consent_state.Decision(
        consent_id=consent_state.new_consent_id(), version=policy_version(),
        choices={category: bool(allow_all) for category in categories.OPTIONAL},
    )
    return consent_state.encode(decision)


def main():
    for line in sys.stdin:
        name, *args = json.loads(line)
        try:
            result = {"ok": globals()[name](*args)}
        except Exception:  # reported to the test, which fails with it
            result = {"error": traceback.format_exc()}
        print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
