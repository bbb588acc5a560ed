"""Snippets the public reads have drafts and approval (core/moderation.py): visitors see only the
published version, a moderator's approval in the "Moderacja" workflow publishes it and purges
the page cache, and the footer and cookie texts have a preview."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import Locale, TaskState, WorkflowContentType

from consent.models import CookieDeclaration
from core.models import FooterText
from tests.core.test_roles_matrix import SNIPPETS, form_data, url


def member(role, name):
    user = get_user_model().objects.create_user(name, f"{name}@example.org", "pass")
    user.groups.add(Group.objects.get(name=role))
    return user


def logged_in(role, name):
    client = Client()
    client.force_login(member(role, name))
    return client


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def polish_footer():
    return FooterText.objects.get(locale=Locale.get_default())


def test_existing_rows_are_live_and_every_type_has_the_workflow(demo):
    for model in SNIPPETS:
        assert model._meta.get_field("live").default is True
        assert not model.objects.filter(live=False).exists(), model
        workflow = WorkflowContentType.objects.get(content_type__model=model._meta.model_name).workflow
        assert workflow.name == "Moderacja"


def test_a_submitted_footer_shows_only_after_a_moderator_approves_it(demo, page_cache, committed):
    anonymous = Client()
    anonymous.get("/")
    assert anonymous.get("/")["X-Page-Cache"] == "hit"
    footer = polish_footer()
    editor = logged_in("Redaktorzy", "redaktorka")
    response = editor.post(url(FooterText, "edit", footer.pk),
                           {**form_data(footer, text="<p>Stopka po akceptacji</p>"), "action-submit": "1"})
    assert response.status_code == 302
    footer.refresh_from_db()
    assert footer.workflow_in_progress
    page = anonymous.get("/")
    assert page["X-Page-Cache"] == "hit" and "Stopka po akceptacji" not in page.content.decode()

    task_state = TaskState.objects.get(workflow_state=footer.current_workflow_state, status="in_progress")
    approve = url(FooterText, "workflow_action", footer.pk, "approve", task_state.pk)
    assert logged_in("Tłumacze", "tlumacz").post(approve).status_code == 302
    footer.refresh_from_db()
    assert footer.workflow_in_progress  # a translator cannot approve
    with committed():
        assert logged_in("Moderatorzy", "moderator").post(approve).status_code == 302
    footer.refresh_from_db()
    assert not footer.workflow_in_progress and footer.live
    page = anonymous.get("/")
    assert page["X-Page-Cache"] == "miss"
    assert "Stopka po akceptacji" in page.content.decode()


def test_a_cookie_row_added_by_an_editor_is_listed_only_once_published(demo):
    editor = logged_in("Redaktorzy", "redaktor")
    response = editor.post(url(CookieDeclaration, "add") + "?locale=pl", {
        "name": "testowe_ciasteczko", "provider": "e-Mocni", "purpose": "Próba", "category": "necessary",
        "lifetime": "1 dzień"})
    assert response.status_code == 302
    row = CookieDeclaration.objects.get(name="testowe_ciasteczko")
    assert not row.live
    assert "testowe_ciasteczko" not in Client().get("/polityka-cookies/").content.decode()
    revision = row.latest_revision
    revision.publish(user=member("Moderatorzy", "moderatorka"))
    assert "testowe_ciasteczko" in Client().get("/polityka-cookies/").content.decode()


@pytest.mark.parametrize("model, changes, shown", [
    (FooterText, {"text": "<p>Podgląd stopki</p>"}, "Podgląd stopki"),
    ("consent.ConsentTexts", {"banner_heading": "Podgląd banera"}, "Podgląd banera"),
])
def test_previews_render_the_unsaved_text(demo, model, changes, shown):
    if isinstance(model, str):
        from django.apps import apps

        model = apps.get_model(model)
    instance = model.objects.get(locale=Locale.get_default())
    client = logged_in("Redaktorzy", "podglad")
    preview = url(model, "preview_on_edit", instance.pk)
    assert client.post(preview, form_data(instance, **changes)).json()["is_valid"]
    response = client.get(preview)
    assert response.status_code == 200
    body = response.content.decode()
    assert shown in body and body.count("<h1") == 1
