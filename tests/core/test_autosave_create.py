"""Issue 15: "autosave while uploading a file created a draft and then 'the slug is already in use'".

Wagtail 8's autosave posts the create form to the create URL (Accept: application/json); only
when its answer arrives does the browser point the form at the new page's edit URL. A "Save
draft" pressed meanwhile (e.g. while a file was still uploading, which delays the answer) posts
the same form to the create URL a second time: without core/autosave_twin.py that second save
is refused because the autosaved draft already holds the slug, and what the editor typed since
the autosave is not saved."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Page, Revision
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage, StandardPage


def form(title, text, **extra):
    return nested_form_data({
        "title": title,
        "slug": "nowa-strona",
        "lead": "",
        "body": streamfield([("paragraph", rich_text(f"<p>{text}</p>"))]),
        **extra,
    })


@pytest.fixture
def create_url(demo):
    home = HomePage.objects.get(locale__language_code="pl")
    return f"/admin/pages/add/home/standardpage/{home.id}/", home


def autosave(client, url, data):
    response = client.post(url, data, HTTP_ACCEPT="application/json")
    assert response.status_code == 200, response.content.decode()[:1000]
    assert response.json()["success"] is True
    return response.json()


def test_save_after_an_autosave_to_the_create_url_updates_the_autosaved_draft(admin_client, create_url):
    url, home = create_url
    first = autosave(admin_client, url, form("Nowa strona", "Pierwsza wersja."))
    response = admin_client.post(url, {**form("Nowa strona", "Druga wersja, po przesłaniu pliku."),
                                       "action-draft": "draft"})
    assert response.status_code == 302, response.content.decode()[:3000]
    pages = StandardPage.objects.child_of(home).filter(slug="nowa-strona")
    assert [page.pk for page in pages] == [first["pk"]]
    assert response["Location"] == f"/admin/pages/{first['pk']}/edit/"
    draft = pages.get().get_latest_revision_as_object()
    assert "Druga wersja, po przesłaniu pliku." in str(draft.body)
    message = [str(m) for m in response.wsgi_request._messages]
    assert any("zapisana automatycznie" in m for m in message), message


def test_a_second_autosave_to_the_create_url_does_not_make_a_second_page(admin_client, create_url):
    url, home = create_url
    first = autosave(admin_client, url, form("Nowa strona", "Pierwsza wersja."))
    second = autosave(admin_client, url, form("Nowa strona", "Druga wersja."))
    assert second["pk"] == first["pk"]
    assert StandardPage.objects.child_of(home).filter(slug="nowa-strona").count() == 1


def test_an_older_or_published_page_with_the_slug_is_still_refused(admin_client, create_url):
    url, home = create_url
    first = autosave(admin_client, url, form("Nowa strona", "Pierwsza wersja."))
    Revision.page_revisions.filter(object_id=str(first["pk"])).update(
        created_at=timezone.now() - datetime.timedelta(hours=2))
    response = admin_client.post(url, {**form("Nowa strona", "Inna strona."), "action-draft": "draft"})
    assert response.status_code == 200
    assert "nowa-strona" in response.content.decode() and StandardPage.objects.child_of(home).filter(
        slug="nowa-strona").count() == 1


def test_another_editors_draft_is_never_taken_over(admin_client, client, create_url, django_user_model):
    url, home = create_url
    other = django_user_model.objects.create_superuser("inna", "inna@example.org", "pass")
    client.force_login(other)
    autosave(client, url, form("Nowa strona", "Cudzy szkic."))
    response = admin_client.post(url, {**form("Nowa strona", "Mój tekst."), "action-draft": "draft"})
    assert response.status_code == 200  # refused: the slug is taken, by someone else's draft
    page = StandardPage.objects.child_of(home).get(slug="nowa-strona")
    assert "Cudzy szkic." in str(page.get_latest_revision_as_object().body)
    assert Page.objects.filter(slug="nowa-strona").count() == 1
