"""The editorial team's roles (issue 15, scope 3): four groups with the permissions each needs,
and a document and image collection per section. Idempotent: running it on a site where the
groups or collections exist changes only the permissions of these four groups.

Redaktorzy       write pages and submit them for moderation; upload and choose files
Moderatorzy      the same, and approve, publish, lock and unlock pages; delete files
Tłumacze         translate (edit translations, submit pages for translation), never publish
Administratorzy  everything above, plus snippets (footer, cookie texts and table, licences,
serwisu          speakers, taxonomies), site and consent settings, scenario import, redirects
                 and user accounts
"""

from django.contrib.auth.management import create_permissions
from django.contrib.contenttypes.management import create_contenttypes
from django.db import migrations

SECTIONS = ["Publikacje", "Scenariusze", "Webinaria", "Serwis", "Prywatne"]
# Wagtail checks file permissions on its own base models, whatever the custom models are.
FILES = ["wagtaildocs.document", "wagtailimages.image"]
PAGE_RIGHTS = {
    "Redaktorzy": ["add_page", "change_page"],
    "Moderatorzy": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    "Tłumacze": ["change_page"],
    "Administratorzy serwisu": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page", "bulk_delete_page"],
}
FILE_RIGHTS = {
    "Redaktorzy": ["add", "change", "choose"],
    "Moderatorzy": ["add", "change", "choose", "delete"],
    "Tłumacze": ["choose"],
    "Administratorzy serwisu": ["add", "change", "choose", "delete"],
}
SNIPPETS = ["publications.licence", "webinars.speaker", "scenarios.thematicarea", "scenarios.audience",
            "scenarios.level", "consent.cookiedeclaration", "consent.consenttexts", "core.footertext"]
ADMIN_MODEL_RIGHTS = [f"{label.split('.')[0]}.{action}_{label.split('.')[1]}"
                      for label in SNIPPETS for action in ("add", "change", "delete")] + [
    "core.change_sitesettings", "consent.change_consentsettings", "consent.view_consentrecord",
    "auth.add_user", "auth.change_user", "auth.delete_user", "auth.view_group",
    "wagtailredirects.add_redirect", "wagtailredirects.change_redirect", "wagtailredirects.delete_redirect",
    "scenarios.import_scenarios",
]
EXTRA = {
    "Redaktorzy": [],
    "Moderatorzy": ["wagtail_localize.submit_translation"],
    "Tłumacze": ["wagtail_localize.submit_translation"],
    "Administratorzy serwisu": ["wagtail_localize.submit_translation", *ADMIN_MODEL_RIGHTS],
}


def permission(apps, dotted):
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    app_label, codename = dotted.split(".")
    if codename == "import_scenarios":
        content_type = ContentType.objects.get(app_label="scenarios", model="scenariopage")
        return Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": "Can import and export scenarios"})[0]
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def create_roles(apps, schema_editor):
    # Permissions are made after migrations run; these need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_contenttypes(app_config, apps=apps, verbosity=0)
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        existing = set(Collection.objects.filter(depth=2).values_list("name", flat=True))
        for name in SECTIONS:
            if name not in existing:
                # Treebeard's API is not available on historical models: add the child by hand.
                last = Collection.objects.filter(depth=2).order_by("-path").first()
                step = int(last.path[-4:], 36) + 1 if last else 1
                path = root_collection.path + _base36(step)
                Collection.objects.create(name=name, path=path, depth=2, numchild=0)
                root_collection.numchild += 1
        root_collection.save()
    access_admin = permission(apps, "wagtailadmin.access_admin")
    for name, page_rights in PAGE_RIGHTS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.set([access_admin, *(permission(apps, dotted) for dotted in EXTRA[name])])
        if root_page is not None:
            GroupPagePermission.objects.filter(group=group).delete()
            for codename in page_rights:
                GroupPagePermission.objects.create(group=group, page=root_page,
                                                   permission=permission(apps, f"wagtailcore.{codename}"))
        if root_collection is not None:
            GroupCollectionPermission.objects.filter(group=group).delete()
            for label in FILES:
                app_label, model = label.split(".")
                for action in FILE_RIGHTS[name]:
                    GroupCollectionPermission.objects.create(
                        group=group, collection=root_collection,
                        permission=permission(apps, f"{app_label}.{action}_{model}"))


def _base36(number):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out = ""
    while number:
        number, rest = divmod(number, 36)
        out = digits[rest] + out
    return out.rjust(4, "0")


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0005_document_accessibility_problems"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("publications", "0006_accessible_version_on_request"),
        ("webinars", "0002_translatable_inline_models"),
        ("scenarios", "0004_accessible_version_on_request"),
        ("consent", "0002_translatable_table_cells"),
    ]
    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
