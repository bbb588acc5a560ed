"""Issue 15, scope 2: translations wait for approval like any other edit.

- "Translate this page" makes an English draft, not a live page in Polish;
- a user without publish permission cannot publish a translation (only save or submit it);
- "Sync translated pages" with "Publish immediately" never publishes untranslated sentences:
  a translation with new, untranslated strings stays as it was until it is finished, and only
  users who may publish publish it.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from publications.models import PublicationIndexPage, PublicationPage


def polish_only_publication():
    english = Locale.objects.get(language_code="en")
    for page in PublicationPage.objects.live().filter(locale__language_code="pl"):
        if not page.get_translations().filter(locale=english).exists():
            return page
    raise AssertionError("the demo has no Polish-only publication")


def user_in(group_name, username):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pass", is_staff=True)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def superuser_client(client, demo):
    client.force_login(get_user_model().objects.create_superuser("chief", "chief@example.org", "pass"))
    return client


def test_a_new_translation_is_a_draft_not_a_live_page(superuser_client):
    page = polish_only_publication()
    english = Locale.objects.get(language_code="en")
    response = superuser_client.post(f"/admin/localize/submit/page/{page.id}/", {"locales": [english.id]})
    assert response.status_code == 302
    translated = page.get_translation(english)
    assert translated.live is False and translated.has_unpublished_changes
    index = PublicationIndexPage.objects.get(locale=english)
    listing = superuser_client.get(index.url).content.decode()
    assert page.title not in listing
    # Logged out, the public sees nothing at the English address either.
    superuser_client.logout()
    assert superuser_client.get(translated.url).status_code == 404


def test_an_editor_without_publish_permission_cannot_publish_a_translation(superuser_client):
    page = polish_only_publication()
    english = Locale.objects.get(language_code="en")
    superuser_client.post(f"/admin/localize/submit/page/{page.id}/", {"locales": [english.id]})
    translated = page.get_translation(english)
    editor = Client()
    editor.force_login(user_in("Editors", "redaktor"))
    response = editor.post(f"/admin/pages/{translated.id}/edit/", {"action": "publish"})
    # Refused: Wagtail answers a permission error by sending the user to the dashboard with a message.
    assert response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/")
    translated.refresh_from_db()
    assert translated.live is False


def test_sync_with_publish_keeps_unfinished_translations_unpublished(superuser_client, django_capture_on_commit_callbacks):
    english = Locale.objects.get(language_code="en")
    translation = Translation.objects.filter(target_locale=english, source__specific_content_type__model="publicationpage").first()
    source_page = translation.source.get_source_instance()
    target = translation.get_target_instance()
    old_english_title = target.title
    # The Polish page gets a new title: a new string nobody has translated yet.
    source_page.title = source_page.title + " (wydanie poprawione)"
    source_page.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        response = superuser_client.post(f"/admin/localize/update/{translation.source_id}/",
                                         {"publish_translations": "on"}, follow=True)
    assert response.status_code == 200
    assert "Nie opublikowano, czeka na tłumaczenie" in response.content.decode()
    target.refresh_from_db()
    assert target.title == old_english_title, "untranslated Polish text was published in the English page"
    assert "wydanie poprawione" not in Page.objects.get(pk=target.pk).title


def test_sync_with_publish_publishes_a_complete_translation(superuser_client, django_capture_on_commit_callbacks):
    english = Locale.objects.get(language_code="en")
    for translation in Translation.objects.filter(target_locale=english):
        translation.source.update_from_db()  # what the sync does first: the source as it is now
        total, done = translation.get_progress()
        if total and total == done and isinstance(translation.get_target_instance(), Page):
            break
    else:
        raise AssertionError("no complete page translation in the demo")
    target = translation.get_target_instance()
    revision_before = target.live_revision_id
    # wagtail-localize publishes a page once the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        response = superuser_client.post(f"/admin/localize/update/{translation.source_id}/",
                                         {"publish_translations": "on"})
    assert response.status_code == 302
    target.refresh_from_db()
    assert target.live and target.live_revision_id != revision_before


def test_a_moderator_may_publish_what_an_editor_may_not(demo):
    page = polish_only_publication()
    from core.translation_workflow import may_publish

    assert may_publish(user_in("Moderators", "moderator"), page)
    assert not may_publish(user_in("Editors", "editor2"), page)
    assert TranslationSource.objects.exists()
