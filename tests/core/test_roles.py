"""Issue 15, scope 3: the editorial roles made by core/migrations/0006_editorial_roles.py,
checked as a permission matrix, and the scenario import shown and usable only where allowed."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.documents.models import Document
from wagtail.models import Collection, Page
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy

ROLES = ["Redaktorzy", "Moderatorzy", "Tłumacze", "Administratorzy serwisu"]

# role -> expected answer, per right
MATRIX = {
    "add pages":            {"Redaktorzy": True, "Moderatorzy": True, "Tłumacze": False, "Administratorzy serwisu": True},
    "edit pages":           {"Redaktorzy": True, "Moderatorzy": True, "Tłumacze": True, "Administratorzy serwisu": True},
    "publish pages":        {"Redaktorzy": False, "Moderatorzy": True, "Tłumacze": False, "Administratorzy serwisu": True},
    "submit translations":  {"Redaktorzy": False, "Moderatorzy": True, "Tłumacze": True, "Administratorzy serwisu": True},
    # Translators upload English versions of files (0008); only section collections, see test_roles_matrix.
    "upload documents":     {"Redaktorzy": True, "Moderatorzy": True, "Tłumacze": True, "Administratorzy serwisu": True},
    # Translators' "change" is limited to translations by core/moderation_admin.py (test_roles_matrix).
    "edit footer text":     {"Redaktorzy": True, "Moderatorzy": True, "Tłumacze": True, "Administratorzy serwisu": True},
    "publish footer text":  {"Redaktorzy": False, "Moderatorzy": True, "Tłumacze": False, "Administratorzy serwisu": True},
    "edit cookie texts":    {"Redaktorzy": True, "Moderatorzy": True, "Tłumacze": True, "Administratorzy serwisu": True},
    "edit licences":        {"Redaktorzy": True, "Moderatorzy": True, "Tłumacze": True, "Administratorzy serwisu": True},
    "edit site settings":   {"Redaktorzy": False, "Moderatorzy": False, "Tłumacze": False, "Administratorzy serwisu": True},
    "import scenarios":     {"Redaktorzy": False, "Moderatorzy": False, "Tłumacze": False, "Administratorzy serwisu": True},
    "manage users":         {"Redaktorzy": False, "Moderatorzy": False, "Tłumacze": False, "Administratorzy serwisu": True},
}
MODEL_RIGHTS = {
    "submit translations": "wagtail_localize.submit_translation",
    "edit footer text": "core.change_footertext",
    "publish footer text": "core.publish_footertext",
    "edit cookie texts": "consent.change_consenttexts",
    "edit licences": "publications.change_licence",
    "edit site settings": "core.change_sitesettings",
    "import scenarios": "scenarios.import_scenarios",
    "manage users": "auth.change_user",
}


def member(role):
    user = get_user_model().objects.create_user(f"user-{ROLES.index(role)}", "u@example.org", "pass")
    user.groups.add(Group.objects.get(name=role))
    return get_user_model().objects.get(pk=user.pk)  # fresh: no cached permissions


def right(user, name, page):
    if name in MODEL_RIGHTS:
        return user.has_perm(MODEL_RIGHTS[name])
    rights = page.permissions_for_user(user)
    if name == "add pages":
        return rights.can_add_subpage()
    if name == "edit pages":
        return rights.can_edit()
    if name == "publish pages":
        return rights.can_publish()
    if name == "upload documents":
        policy = CollectionOwnershipPermissionPolicy(get_document_model(), auth_model=Document,
                                                     owner_field_name="uploaded_by_user")
        return policy.user_has_permission(user, "add")
    raise AssertionError(name)


@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix(demo, role):
    user = member(role)
    page = Page.objects.filter(depth=3, locale__language_code="pl").first().specific
    actual = {name: right(user, name, page) for name in MATRIX}
    expected = {name: answers[role] for name, answers in MATRIX.items()}
    assert actual == expected
    assert user.has_perm("wagtailadmin.access_admin")


def test_a_collection_per_section(db):
    names = set(Collection.objects.filter(depth=2).values_list("name", flat=True))
    assert {"Publikacje", "Scenariusze", "Webinaria", "Serwis", "Prywatne"} <= names


@pytest.mark.parametrize("role", ROLES)
def test_import_is_shown_and_usable_only_for_site_administrators(demo, role):
    client = Client()
    client.force_login(member(role))
    allowed = role == "Administratorzy serwisu"
    response = client.get("/admin/scenariusze/import/")
    assert (response.status_code == 200) is allowed
    if not allowed:  # Wagtail answers a permission error with the dashboard and a message
        assert response.status_code in (302, 403)
    menu = client.get("/admin/").content.decode()
    assert ("/admin/scenariusze/import/" in menu) is allowed


@pytest.mark.django_db
def test_moderators_may_approve_what_editors_submit(demo):
    """Publishing rights are not enough in a workflow: the approval task must name the group
    (core/migrations/0008_snippet_moderation.py, page_workflow_approvers)."""
    page = Page.objects.live().filter(depth=3).first().specific
    workflow = page.get_workflow()
    assert workflow is not None and workflow.active
    editor, moderator = member("Redaktorzy"), member("Moderatorzy")
    assert not page.permissions_for_user(editor).can_publish()
    state = workflow.start(page, editor)
    task = state.current_task_state.task.specific
    assert [action for action, _label, _modal in task.get_actions(page, moderator)][:2] == ["reject", "approve"]
    assert task.get_actions(page, editor) == []
    assert not task.locked_for_user(page, moderator) and task.locked_for_user(page, editor)
