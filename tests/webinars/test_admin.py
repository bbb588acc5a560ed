"""Editors create webinars in the Wagtail admin; bad input gives form errors and is never stored."""

import pytest
from django.core.files.base import ContentFile
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from core.models import CustomDocument
from demo.files.pdf import build_pdf
from home.models import StandardPage
from webinars.models import Speaker, WebinarPage

from .conftest import add_webinar


@pytest.fixture
def document(db):
    return CustomDocument.objects.create(
        title="Karta diagnozy", file=ContentFile(build_pdf("Karta", [[("p", "Treść")]]), name="karta.pdf")
    )


@pytest.fixture
def related(home):
    page = StandardPage(title="Rozdział: diagnoza", slug="diagnoza")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def form(speaker=None, document=None, related=None, **overrides):
    data = {
        "title": "Mapa zasobów i partnerów",
        "slug": "mapa-zasobow",
        "episode_number": "2",
        "starts_at": "2018-05-24 11:00",
        "duration_minutes": "68",
        "summary": "Jak narysować mapę zasobów gminy.",
        "learning_points": "jak spisać zasoby\nkogo zaprosić",
        "youtube_id": "https://youtu.be/dQw4w9WgXcQ?t=42",
        "youtube_id_is_placeholder": "",
        "has_captions": "on",
        "captions_language": "pl",
        "has_pjm": "on",
        "pjm_url": "",
        "transcript": rich_text("<p>Zapis rozmowy.</p>"),
        "speaker_links": inline_formset([{"speaker": speaker.pk}] if speaker else []),
        "materials": inline_formset([{"document": document.pk, "label": ""}] if document else []),
        "related_links": inline_formset([{"target": related.pk}] if related else []),
        "action-publish": "publish",
    }
    data.update(overrides)
    return nested_form_data(data)


def add_url(series):
    return f"/admin/pages/add/webinars/webinarpage/{series.pk}/"


def test_add_form_renders(admin_client, series):
    response = admin_client.get(add_url(series))
    assert response.status_code == 200
    html = response.content.decode().lower()
    for label in ("numer odcinka", "adres filmu w YouTube", "identyfikator zastępczy", "tłumaczenie na PJM",
                  "Materiały do pobrania", "Powiązane rozdziały i publikacje"):
        assert label.lower() in html, label


def test_create_webinar_through_admin_form(admin_client, series, speaker, document, related):
    response = admin_client.post(add_url(series), form(speaker, document, related))
    assert response.status_code == 302, response.content.decode()[:3000]
    page = WebinarPage.objects.get(slug="mapa-zasobow")
    assert page.live and page.get_parent().pk == series.pk
    assert page.youtube_id == "dQw4w9WgXcQ"  # the id only, from a youtu.be address with a timestamp
    assert page.duration_minutes == 68 and page.has_pjm and page.has_captions
    assert [link.speaker for link in page.speaker_links.all()] == [speaker]
    assert [m.document for m in page.materials.all()] == [document]
    assert [link.target.pk for link in page.related_links.all()] == [related.pk]

    html = admin_client.get(page.url).content.decode()
    assert "Mapa zasobów i partnerów" in html and "Zapis rozmowy." in html
    assert f'href="{document.url}"' in html and "(PDF," in html  # core's counted download link
    assert 'href="/diagnoza/"' in html
    # The edit form shows the editor a full address again.
    edit = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'value="https://www.youtube.com/watch?v=dQw4w9WgXcQ"' in edit


# webinars.youtube.INVALID_MESSAGE in Polish, the admin's language.
INVALID_MESSAGE = "To nie jest adres filmu w YouTube. Wklej adres z paska przeglądarki"


@pytest.mark.parametrize("field,value,message", [
    ("youtube_id", "https://vimeo.com/123456789", INVALID_MESSAGE),
    ("youtube_id", "dQw4w9WgXc", INVALID_MESSAGE),
    ("youtube_id", "dQw4w9WgXcQQ", INVALID_MESSAGE),
    ("youtube_id", "javascript:alert(document.cookie)", INVALID_MESSAGE),
    ("youtube_id", "https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ", INVALID_MESSAGE),
    ("duration_minutes", "-5", None),
    ("duration_minutes", "0", "co najmniej 1 minuta"),
    ("duration_minutes", "601", "najwyżej 600 minut"),
    ("duration_minutes", "100000", None),
    ("duration_minutes", "półtorej godziny", None),
    ("episode_number", "0", None),
    ("pjm_url", "javascript:alert(1)", None),
    ("starts_at", "jutro", None),
])
def test_bad_input_is_refused(admin_client, series, field, value, message):
    response = admin_client.post(add_url(series), form(**{field: value}))
    assert response.status_code == 200, "the form was accepted"
    errors = response.context["form"].errors
    assert field in errors, errors
    if message:
        assert any(message in error for error in errors[field]), errors[field]
    assert not WebinarPage.objects.filter(slug="mapa-zasobow").exists()


def test_pjm_link_needs_the_pjm_flag(admin_client, series):
    response = admin_client.post(add_url(series), form(has_pjm="", pjm_url="https://example.org/pjm"))
    assert response.status_code == 200
    assert "has_pjm" in response.context["form"].errors
    assert not WebinarPage.objects.filter(slug="mapa-zasobow").exists()


def test_episode_number_is_used_once_per_series(admin_client, series):
    add_webinar(series, 2, title="Pierwszy z numerem 2")
    response = admin_client.post(add_url(series), form())
    assert response.status_code == 200
    assert "Pierwszy z numerem 2" in response.context["form"].errors["episode_number"][0]


def test_webinar_cannot_be_added_outside_a_series(admin_client, home):
    response = admin_client.post(f"/admin/pages/add/webinars/webinarpage/{home.pk}/", form())
    assert response.status_code in (302, 403)  # Wagtail: "permission denied" redirect
    assert not WebinarPage.objects.child_of(home).exists()
    assert not WebinarPage.objects.filter(slug="mapa-zasobow").exists()


def test_webinar_listing_marks_placeholder_ids(admin_client, series):
    add_webinar(series, 1, title="Z zastępczym", youtube_id_is_placeholder=True)
    add_webinar(series, 2, title="Z prawdziwym", youtube_id="dQw4w9WgXcQ")
    response = admin_client.get("/admin/webinars/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Z zastępczym" in html and "Z prawdziwym" in html
    assert "identyfikator zastępczy" in html and "prawdziwy" in html


def test_speaker_snippet_is_translatable_and_marks_placeholders(admin_client, speaker):
    assert speaker.locale.language_code == "pl" and speaker.translation_key
    english = speaker.copy_for_translation(speaker.locale.__class__.objects.get(language_code="en"))
    english.role = "partnership facilitator"
    english.save()
    assert Speaker.objects.filter(translation_key=speaker.translation_key).count() == 2
    response = admin_client.get("/admin/snippets/webinars/speaker/")
    assert response.status_code == 200
    assert "Anna Przykładowa" in response.content.decode()
    assert "dane zastępcze" in response.content.decode()


def test_preview_of_a_new_webinar(admin_client, series, speaker):
    url = f"/admin/pages/add/webinars/webinarpage/{series.pk}/preview/"
    response = admin_client.post(url, form(speaker))
    assert response.status_code == 200 and response.json()["is_valid"], response.content[:500]
    preview = admin_client.get(url)
    assert preview.status_code == 200
    assert "Mapa zasobów i partnerów" in preview.content.decode()
