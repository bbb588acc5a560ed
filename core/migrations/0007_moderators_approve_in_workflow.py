"""Our Moderatorzy and Administratorzy serwisu approve pages in the moderation workflow.

Wagtail's own migration makes the default workflow ("Moderators approval", on the root page) with
one approval task for its English "Moderators" group. Publish permission alone does not let anyone
approve a submitted page: only the task's groups may. Without this, what Redaktorzy submit would
wait for a superuser. Every group-approval task that names Wagtail's "Moderators" gets our two
groups too (added, nothing removed), so a workflow an administrator built stays as it is.
"""

from django.db import migrations

APPROVERS = ["Moderatorzy", "Administratorzy serwisu"]


def add_approvers(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    approvers = list(Group.objects.filter(name__in=APPROVERS))
    for task in GroupApprovalTask.objects.filter(groups__name="Moderators").distinct():
        task.groups.add(*approvers)


def remove_approvers(apps, schema_editor):
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Group = apps.get_model("auth", "Group")
    approvers = list(Group.objects.filter(name__in=APPROVERS))
    for task in GroupApprovalTask.objects.filter(groups__name="Moderators").distinct():
        task.groups.remove(*approvers)


class Migration(migrations.Migration):
    dependencies = [("core", "0006_editorial_roles")]
    operations = [migrations.RunPython(add_approvers, remove_approvers)]
