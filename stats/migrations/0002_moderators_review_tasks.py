"""The dashboard's "Awaiting your review" panel lists the workflow tasks a user may review. Wagtail's
default workflow ("Moderators approval") asks only Wagtail's own "Moderators" group, which the team
does not use (README "Roles"): pages submitted by Redaktorzy waited for nobody. This adds the groups
that may publish (Moderatorzy, Administratorzy serwisu) to every approval task that asks
"Moderators". Idempotent; reversing removes only what this added."""

from django.db import migrations

REVIEWERS = ["Moderatorzy", "Administratorzy serwisu"]


def tasks_asking_moderators(apps):
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    return GroupApprovalTask.objects.filter(groups__name="Moderators")


def add_reviewers(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    reviewers = list(Group.objects.filter(name__in=REVIEWERS))
    for task in tasks_asking_moderators(apps):
        task.groups.add(*reviewers)


def remove_reviewers(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    reviewers = list(Group.objects.filter(name__in=REVIEWERS))
    for task in tasks_asking_moderators(apps):
        task.groups.remove(*reviewers)


class Migration(migrations.Migration):
    dependencies = [
        ("stats", "0001_initial"),
        ("core", "0006_editorial_roles"),
        ("wagtailcore", "0048_add_default_workflows"),
    ]

    operations = [migrations.RunPython(add_reviewers, remove_reviewers)]
