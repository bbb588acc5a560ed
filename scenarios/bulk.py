"""Adding many scenario pages at once (demo, benchmarks), without one tree update per page.

`add_scenarios` saves each page normally (signals, search index) but skips per-page validation
and tree bookkeeping; `insert_scenarios` writes rows directly and is for test data only."""

from contextlib import contextmanager

from django.db import transaction
from django.db.models import F
from django.db.models.signals import post_save
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.signal_handlers import disable_reference_index_auto_update

from scenarios.indexing import own_text_fields
from scenarios.models import ScenarioPage


def child_paths(parent, count):
    """Tree paths for `count` new last children of `parent`."""
    last = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).order_by("-path").first()
    start = Page._str2int(last.path[-Page.steplen:]) + 1 if last else 1
    return [Page._get_path(parent.path, parent.depth + 1, start + number) for number in range(count)]


def place(parent, pages):
    """Tree fields, locale and text columns of new pages under `parent`."""
    for page, path in zip(pages, child_paths(parent, len(pages)), strict=True):
        page.path, page.depth, page.numchild = path, parent.depth + 1, 0
        page.locale_id = parent.locale_id
        page.draft_title = page.title
        page.url_path = f"{parent.url_path}{page.slug}/"
        page._cached_parent_obj = parent
        for name, value in own_text_fields(page).items():
            setattr(page, name, value)


def link_audiences(pages, audiences):
    through = ScenarioPage.audiences.through
    through.objects.bulk_create([through(scenariopage_id=page.pk, audience_id=audience.pk)
                                 for page, chosen in zip(pages, audiences, strict=True) for audience in chosen])


@contextmanager
def search_index_in_bulk(model, objects):
    """Index `objects` in one go afterwards instead of once per save (Wagtail's own index)."""
    try:
        from modelsearch.signal_handlers import post_save_signal_handler
    except ImportError:  # another search package: keep its per-save indexing
        yield
        return
    disconnected = post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        yield
    finally:
        if disconnected:
            post_save.connect(post_save_signal_handler, sender=model)
    get_search_backend().add_bulk(model, objects)


@transaction.atomic
def add_scenarios(parent, pages, audiences):
    """Save new pages as children of `parent`; `audiences` = a list per page. Field values are
    validated here; tree and cross-page checks are the caller's (unique slugs, external ids)."""
    place(parent, pages)
    for page in pages:
        page.clean_fields()
    with disable_reference_index_auto_update(), search_index_in_bulk(ScenarioPage, pages):
        for page in pages:
            page.save(clean=False)  # the caller built valid pages; skips a query or two per page
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    parent.numchild += len(pages)
    link_audiences(pages, audiences)


@transaction.atomic
def insert_scenarios(parent, pages, audiences, batch_size=500):
    """Test data in bulk: base rows with bulk_create, scenario rows one plain INSERT each, no signals."""
    place(parent, pages)
    base_fields = [field.attname for field in Page._meta.concrete_fields if not field.primary_key]
    for start in range(0, len(pages), batch_size):
        batch = pages[start:start + batch_size]
        bases = Page.objects.bulk_create([Page(**{name: getattr(page, name) for name in base_fields})
                                          for page in batch])
        for page, base in zip(batch, bases, strict=True):
            page.pk = page.page_ptr_id = base.pk
            page.save_base(raw=True, force_insert=True)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    parent.numchild += len(pages)
    link_audiences(pages, audiences)
