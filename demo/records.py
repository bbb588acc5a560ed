"""The demo loader's memory (DemoRecord): which sections it loaded and which objects it created.

The rule: a section of the demo is loaded only while it has no record. So `make demo` (and
`make run`) load everything into an empty database, add a section that a newer version of the
demo brings, and otherwise change nothing: nothing an editor deleted comes back, nothing an
editor renamed is made again, nothing an editor changed is overwritten. A database filled before
the records existed is adopted on the first run: every section is recorded as loaded and nothing
is touched.
"""

from contextlib import contextmanager

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_save

from demo.models import DemoRecord

# Models whose new rows during a load are recorded as the demo's: what an editor sees and edits.
RECORDED_APPS = {"core", "home", "publications", "webinars", "scenarios", "consent", "accessibility",
                 "wagtailcore"}
NOT_RECORDED = {"core.customrendition", "core.dailydownloadcount", "consent.consentrecord",
                "wagtailcore.revision", "wagtailcore.pagelogentry", "wagtailcore.modellogentry",
                "wagtailcore.referenceindex", "wagtailcore.pagesubscription", "wagtailcore.workflowstate",
                "wagtailcore.taskstate", "wagtailcore.groupcollectionpermission", "wagtailcore.grouppagepermission"}


def section_key(name):
    return f"section:{name}"


def loaded_sections():
    prefix = section_key("")
    return {key[len(prefix):] for key in DemoRecord.objects.filter(key__startswith=prefix).values_list("key", flat=True)}


def has_records():
    return DemoRecord.objects.exists()


def mark_loaded(name, adopted=False):
    DemoRecord.objects.get_or_create(key=section_key(name), defaults={"adopted": adopted})


def _recorded(model):
    label = model._meta.label_lower
    return model._meta.app_label in RECORDED_APPS and label not in NOT_RECORDED


@contextmanager
def recording():
    """Record every content object created inside the block (pages, documents, images, snippets)."""
    created = []

    def on_save(sender, instance, raw=False, **kwargs):
        if kwargs.get("created") and not raw and _recorded(sender):
            created.append(instance)

    post_save.connect(on_save, dispatch_uid="demo-recording", weak=False)
    try:
        yield
    finally:
        post_save.disconnect(dispatch_uid="demo-recording")
    rows = {}
    for instance in created:
        model = type(instance)
        key = f"object:{model._meta.label_lower}:{instance.pk}"
        rows[key] = DemoRecord(key=key, content_type=ContentType.objects.get_for_model(model, for_concrete_model=True),
                               object_id=instance.pk)
    DemoRecord.objects.bulk_create(rows.values(), ignore_conflicts=True)
