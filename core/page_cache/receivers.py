"""What purges the page cache: every change an anonymous visitor could see.

Pages: published, unpublished (by an editor or when they expire), moved, renamed, deleted,
scheduled publishing (`publish_scheduled` publishes a revision: page_published), a translation
created, synced or published (wagtail-localize creates and publishes pages the same way), any
save of a page that is not only a draft. Everything else the site shows is a model of the
project's apps (snippets: footer text, consent texts, cookie table, licences, speakers,
taxonomies; settings; documents and images) or of Wagtail (sites, locales, collections, view
restrictions, redirects, tags): any save or delete of one purges. Records the site writes while
serving (consent records, download counts, renditions, the search index) never do, or a busy
day would empty the cache with every visit.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import (
    copy_for_translation_done,
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from core.page_cache.invalidation import purge_all
from core.signals import connect_to_models

CONTENT_APPS = {"core", "home", "publications", "webinars", "scenarios", "consent", "accessibility"}
CONTENT_MODELS = {
    "wagtailcore.page", "wagtailcore.site", "wagtailcore.locale", "wagtailcore.collection",
    "wagtailcore.pageviewrestriction", "wagtailcore.collectionviewrestriction",
    "wagtailredirects.redirect", "taggit.tag",
}
# Written while serving the site, not by editors.
NOT_CONTENT = {"consent.consentrecord", "core.dailydownloadcount", "core.customrendition"}
# A save of only these fields is a draft (save_revision, locking): nothing visible changed.
DRAFT_FIELDS = {
    "latest_revision", "latest_revision_created_at", "draft_title", "has_unpublished_changes",
    "wagtail_admin_comments", "locked", "locked_by", "locked_at",
}


def is_content(model):
    label = model._meta.label_lower
    if label in NOT_CONTENT:
        return False
    return model._meta.app_label in CONTENT_APPS or label in CONTENT_MODELS


def _label(instance):
    return f"{instance._meta.label_lower} {getattr(instance, 'pk', '')}"


def on_save(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not is_content(sender):
        return
    if update_fields is not None and set(update_fields) <= DRAFT_FIELDS:
        return
    purge_all(f"saved {_label(instance)}")


def on_delete(sender, instance, **kwargs):
    if is_content(sender):
        purge_all(f"deleted {_label(instance)}")


def on_publishing(sender, instance=None, **kwargs):
    what = _label(instance) if instance is not None else sender._meta.label_lower
    purge_all(f"{kwargs.get('signal_name', 'published/unpublished')} {what}")


def on_translation(sender, source_obj=None, target_obj=None, **kwargs):
    purge_all(f"translation of {_label(source_obj) if source_obj is not None else 'an object'}")


def connect():
    connect_to_models(is_content, "page-cache", ((post_save, on_save), (post_delete, on_delete)))
    for name, signal in (
        ("page published", page_published),
        ("page unpublished", page_unpublished),
        ("page moved", post_page_move),
        ("page slug changed", page_slug_changed),
        ("published", published),
        ("unpublished", unpublished),
    ):
        signal.connect(_named(name), dispatch_uid=f"page-cache-{name}", weak=False)
    copy_for_translation_done.connect(on_translation, dispatch_uid="page-cache-translation")


def _named(name):
    def receiver(sender, **kwargs):
        on_publishing(sender, signal_name=name, **{k: v for k, v in kwargs.items() if k != "signal"})

    return receiver
