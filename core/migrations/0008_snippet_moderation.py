"""Issue 15, scope 3, second part: the public snippets go through approval, and files are
kept per section collection.

Snippets (footer text, consent texts, cookie table, licences, speakers, the three taxonomies):
  Redaktorzy               add, change: drafts and "submit for moderation", never publish
  Moderatorzy              add, change, delete, publish, lock, unlock
  Tłumacze                 change, limited by core/moderation_admin.py to the translations
  Administratorzy serwisu  add, change, delete, publish, lock, unlock (as before, plus publishing)
Workflow "Moderacja": one approval task for Moderatorzy and Administratorzy serwisu, assigned
to every one of these snippet types. The pages' workflow (Wagtail's "Moderators approval" on the
root page) gets the same two groups as approvers: pages submitted for moderation, e.g. imported
scenarios saved as drafts, reach the people of these roles, not only Wagtail's old "Moderators".

Documents and images: the rights of 0006 on the root collection (which reached Prywatne too)
become rights on each section collection: add, change, choose for every role on Publikacje,
Scenariusze, Webinaria and Serwis (delete for Moderatorzy and Administratorzy serwisu); Prywatne
only for Moderatorzy and Administratorzy serwisu. Idempotent like 0006.
"""

from django.contrib.auth.management import create_permissions
from django.contrib.contenttypes.management import create_contenttypes
from django.db import migrations

SNIPPETS = ["publications.licence", "webinars.speaker", "scenarios.thematicarea", "scenarios.audience",
            "scenarios.level", "consent.cookiedeclaration", "consent.consenttexts", "core.footertext"]
SNIPPET_RIGHTS = {
    "Redaktorzy": ["add", "change"],
    "Moderatorzy": ["add", "change", "delete", "publish", "lock", "unlock"],
    "Tłumacze": ["change"],
    "Administratorzy serwisu": ["add", "change", "delete", "publish", "lock", "unlock"],
}
# Wagtail makes "publish", "lock" and "unlock" after migrations (wagtail.snippets.models); needed now.
MADE_BY_WAGTAIL = {"publish", "lock", "unlock"}
SECTIONS = ["Publikacje", "Scenariusze", "Webinaria", "Serwis"]
PRIVATE = "Prywatne"
FILES = ["wagtaildocs.document", "wagtailimages.image"]
SECTION_FILE_RIGHTS = {
    "Redaktorzy": ["add", "change", "choose"],
    "Moderatorzy": ["add", "change", "choose", "delete"],
    "Tłumacze": ["add", "change", "choose"],
    "Administratorzy serwisu": ["add", "change", "choose", "delete"],
}
PRIVATE_FILE_RIGHTS = {
    "Moderatorzy": ["add", "change", "choose", "delete"],
    "Administratorzy serwisu": ["add", "change", "choose", "delete"],
}
WORKFLOW = "Moderacja"
TASK = "Akceptacja moderatora"
APPROVERS = ["Moderatorzy", "Administratorzy serwisu"]


def snippet_permission(apps, label, action):
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    app_label, model = label.split(".")
    content_type = ContentType.objects.get(app_label=app_label, model=model)
    codename = f"{action}_{model}"
    if action in MADE_BY_WAGTAIL:
        return Permission.objects.get_or_create(
            content_type=content_type, codename=codename,
            defaults={"name": f"Can {action} {apps.get_model(app_label, model)._meta.verbose_name_raw}"})[0]
    return Permission.objects.get(content_type=content_type, codename=codename)


def file_permission(apps, label, action):
    Permission = apps.get_model("auth", "Permission")
    app_label, model = label.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=f"{action}_{model}")


def snippet_rights(apps, groups):
    Group = apps.get_model("auth", "Group")
    for name, actions in SNIPPET_RIGHTS.items():
        group = groups[name]
        for label in SNIPPETS:
            app_label, model = label.split(".")
            wanted = {snippet_permission(apps, label, action) for action in actions}
            current = set(group.permissions.filter(content_type__app_label=app_label,
                                                   content_type__model=model))
            group.permissions.remove(*(current - wanted))
            group.permissions.add(*wanted)
    return Group


def collection_rights(apps, groups):
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = Collection.objects.filter(depth=1).first()
    if root is None:
        return
    sections = {collection.name: collection for collection in Collection.objects.filter(depth=2)}
    for name, group in groups.items():
        GroupCollectionPermission.objects.filter(group=group).delete()
        grants = [(sections.get(section), SECTION_FILE_RIGHTS[name]) for section in SECTIONS]
        grants.append((sections.get(PRIVATE), PRIVATE_FILE_RIGHTS.get(name, [])))
        for collection, actions in grants:
            if collection is None:
                continue
            for label in FILES:
                for action in actions:
                    GroupCollectionPermission.objects.create(
                        group=group, collection=collection, permission=file_permission(apps, label, action))


def moderation_workflow(apps, groups):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        task_type = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")[0]
        task = GroupApprovalTask.objects.create(name=TASK, content_type=task_type, active=True)
    task.groups.set([groups[name] for name in APPROVERS])
    if not WorkflowTask.objects.filter(workflow=workflow, task_id=task.pk).exists():
        WorkflowTask.objects.create(workflow=workflow, task_id=task.pk,
                                    sort_order=WorkflowTask.objects.filter(workflow=workflow).count())
    for label in SNIPPETS:
        app_label, model = label.split(".")
        content_type = ContentType.objects.get(app_label=app_label, model=model)
        WorkflowContentType.objects.update_or_create(content_type=content_type, defaults={"workflow": workflow})


def page_workflow_approvers(apps, groups):
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    workflows = WorkflowPage.objects.filter(page__depth=1).values_list("workflow_id", flat=True)
    tasks = WorkflowTask.objects.filter(workflow_id__in=workflows).values_list("task_id", flat=True)
    for task in GroupApprovalTask.objects.filter(pk__in=tasks):
        task.groups.add(*(groups[name] for name in APPROVERS))


def apply(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_contenttypes(app_config, apps=apps, verbosity=0)
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in SNIPPET_RIGHTS}
    snippet_rights(apps, groups)
    collection_rights(apps, groups)
    moderation_workflow(apps, groups)
    page_workflow_approvers(apps, groups)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0007_moderated_snippets"),
        ("consent", "0003_moderated_snippets"),
        ("publications", "0007_moderated_snippets"),
        ("scenarios", "0006_moderated_snippets"),
        ("webinars", "0004_moderated_snippets"),
    ]
    operations = [migrations.RunPython(apply, migrations.RunPython.noop)]
