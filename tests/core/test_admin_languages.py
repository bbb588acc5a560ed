"""The admin in the editor's language: English labels for an editor who chose English, correct Polish
(the accusative after "Dodaj"/"Wybierz", three plural forms) for a Polish one."""

import json

import pytest
from django.apps import apps
from django.urls import reverse
from django.utils import translation
from django.utils.functional import Promise

from publications.models import Licence, PublicationPage
from scenarios.admin_views import import_summary
from webinars.models import Speaker

# Declarations another change moves into shared page mixins; their labels change with that move.
LEFT_FOR_THE_PAGE_MIXINS = {"editor_note", "accessible_version_on_request", "cover", "cover_image", "cover_alt_text",
                            "hero_image", "hero_alt_text", "thumbnail"}
# site_search is left out: its index tables (English help texts for developers) never show in the admin.
CONVERTED_APPS = ["accessibility", "consent", "core", "home", "publications", "scenarios", "webinars"]


def choose_language(client, language):
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    # pytest-django's admin_client signs in its "admin" user (tests/conftest.py passes the second factor).
    profile = UserProfile.get_for_user(get_user_model().objects.get(username="admin"))
    profile.preferred_language = language
    profile.save()
    return client


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode().replace("\xa0", " ")


def licence_index():
    return reverse(Licence.snippet_viewset.get_url_name("list"))


def licence_chooser():
    return reverse(Licence.snippet_viewset.chooser_viewset.get_url_name("choose"))


@pytest.mark.django_db
def test_snippet_index_in_english(admin_client):
    html = page(choose_language(admin_client, "en"), licence_index())
    assert "Add licence" in html and "Licences" in html
    assert "Dodaj" not in html and "licencj" not in html


@pytest.mark.django_db
def test_snippet_index_declines_the_noun_in_polish(admin_client):
    choose_language(admin_client, "pl")
    assert "Dodaj licencję" in page(admin_client, licence_index())
    speakers = page(admin_client, reverse(Speaker.snippet_viewset.get_url_name("list")))
    assert "Dodaj prelegenta" in speakers and "Dodaj prelegent<" not in speakers


@pytest.mark.django_db
@pytest.mark.parametrize("language,title,wrong", [
    ("pl", "Wybierz licencję", "Wybierz licencja"),
    ("en", "Choose a licence", "Wybierz"),
])
def test_chooser_modal_title(admin_client, language, title, wrong):
    html = json.loads(page(choose_language(admin_client, language), licence_chooser()))["html"]
    assert title in html and wrong not in html


@pytest.mark.django_db
@pytest.mark.parametrize("language,expected,absent", [
    ("en", ["Publication details", "Authors and contributors", "Place of publication", "Publication date",
            "Only the year is known", "Choose another licence"],
     ["Dane wydawnicze", "Autorzy i współpracownicy", "Miejsce wydania", "Data wydania", "Znany tylko rok",
      "Wybierz", "Jeśli znasz tylko rok"]),
    ("pl", ["Dane wydawnicze", "Autorzy i współpracownicy", "Miejsce wydania", "Data wydania",
            "Wybierz inną licencję", "Jeśli znasz tylko rok"],
     ["Publication details", "Place of publication", "Wybierz inną licencja", "Choose another licence"]),
])
def test_page_edit_form(demo, admin_client, language, expected, absent):
    publication = PublicationPage.objects.filter(licence__isnull=False, locale__language_code="pl").first()
    html = page(choose_language(admin_client, language), reverse("wagtailadmin_pages:edit", args=[publication.id]))
    assert [text for text in expected if text not in html] == []
    assert [text for text in absent if text in html] == []


@pytest.mark.parametrize("number,new,changed", [
    (1, "1 nowy scenariusz", "1 zmieniony"),
    (2, "2 nowe scenariusze", "2 zmienione"),
    (5, "5 nowych scenariuszy", "5 zmienionych"),
    (22, "22 nowe scenariusze", "22 zmienione"),
    (12, "12 nowych scenariuszy", "12 zmienionych"),
])
def test_import_counts_in_polish_plural_forms(number, new, changed):
    with translation.override("pl"):
        summary = import_summary({"create": number, "update": number, "unchanged": number})
    assert summary == f"{new}, {changed}, {number} bez zmian"


@pytest.mark.parametrize("number,expected", [(1, "1 new scenario, 1 changed, 1 unchanged"),
                                             (22, "22 new scenarios, 22 changed, 22 unchanged")])
def test_import_counts_in_english(number, expected):
    with translation.override("en"):
        assert import_summary({"create": number, "update": number, "unchanged": number}) == expected


def test_model_labels_are_translatable():
    """Every label and help text our models declare is a gettext_lazy msgid (Wagtail's own fields
    come with Wagtail's translations), apart from the declarations the page mixins take over."""
    plain = []
    for app in CONVERTED_APPS:
        for model in apps.get_app_config(app).get_models():
            if not isinstance(model._meta.verbose_name, Promise) and "verbose_name" in model._meta.original_attrs:
                plain.append(f"{model.__name__}: verbose_name {model._meta.verbose_name!r}")
            for field in [*model._meta.local_fields, *model._meta.local_many_to_many]:
                if field.auto_created or not field.editable or field.name in LEFT_FOR_THE_PAGE_MIXINS:
                    continue
                if field.name in {"translation_key", "locale"}:  # TranslatableMixin's, Wagtail's labels
                    continue
                for what in ("verbose_name", "help_text"):
                    value = getattr(field, what)
                    if what == "verbose_name" and value == field.name.replace("_", " "):
                        continue  # not declared: Django's English default from the field's name
                    if value and not isinstance(value, Promise):
                        plain.append(f"{model.__name__}.{field.name}: {what} {value!r}")
    assert plain == []


@pytest.mark.django_db
def test_admin_shows_the_project_name_and_logo(admin_client):
    html = page(choose_language(admin_client, "pl"), reverse("wagtailadmin_home"))
    assert "- Panel e-Mocni</title>" in html and "icons/favicon" in html
    login = page(admin_client.__class__(), reverse("wagtailadmin_login"))
    assert 'alt="e-Mocni"' in login and "icons/favicon" in login


@pytest.mark.django_db
@pytest.mark.parametrize("language,model,title,wrong", [
    ("pl", Licence, "Nowa licencja", ["Nowy: ", "Nowy: licencja", "Nowa: licencja"]),
    ("en", Licence, "New licence", ["New: licence", "Nowa", "licencja"]),
    ("pl", Speaker, "Nowy prelegent", ["Nowy: prelegent"]),
    ("en", Speaker, "New speaker", ["New: speaker"]),
    ("pl", "consent.ConsentTexts", "Nowe teksty zgody na cookies", ["Nowy: teksty"]),
    ("pl", "consent.CookieDeclaration", "Nowy plik cookie", ["Nowy: plik"]),
    ("pl", "core.FooterText", "Nowy tekst stopki", ["Nowy: tekst"]),
    ("en", "core.FooterText", "New footer text", ["New: footer text"]),
])
def test_snippet_create_view_is_titled_with_an_agreeing_adjective(admin_client, language, model, title, wrong):
    model = apps.get_model(model) if isinstance(model, str) else model
    html = page(choose_language(admin_client, language), reverse(model.snippet_viewset.get_url_name("add")))
    assert f"<title>{title} - " in html
    assert f"<span>{title}</span>" in html  # the heading above the form
    assert f'aria-current="page">{title}' in html or f">{title}</" in html  # the last breadcrumb
    assert [text for text in wrong if text in html] == []


@pytest.mark.django_db
def test_snippet_copy_view_has_the_same_title(admin_client):
    licence = Licence.objects.create(name="Uznanie autorstwa 4.0", short_label="CC BY 4.0",
                                     url="https://creativecommons.org/licenses/by/4.0/")
    choose_language(admin_client, "pl")
    html = page(admin_client, reverse(Licence.snippet_viewset.get_url_name("copy"), args=[licence.pk]))
    assert "<title>Nowa licencja - " in html and "Nowy: " not in html


@pytest.mark.parametrize("language,expected", [
    ("pl", "To nie jest poprawny numer ISBN"),
    ("en", "This is not a valid ISBN"),
])
def test_validation_messages_follow_the_language(language, expected):
    from django.core.exceptions import ValidationError

    from publications.isbn import validate_isbn
    from publications.models.publication import validate_content_language

    with translation.override(language):
        with pytest.raises(ValidationError) as isbn:
            validate_isbn("978-83-01-00000-5")
        with pytest.raises(ValidationError) as content_language:
            validate_content_language("de")
        assert expected in str(isbn.value.messages[0])
        assert ("Nieznany język" if language == "pl" else "Unknown language") in content_language.value.messages[0]


@pytest.mark.django_db
@pytest.mark.parametrize("language,expected", [
    ("pl", {"online_url": "Szkolenie online potrzebuje adresu materiału.",
            "group_max": "Górna granica grupy jest mniejsza niż dolna."}),
    ("en", {"online_url": "An online training needs the address of the material.",
            "group_max": "The upper limit of the group is smaller than the lower one."}),
])
def test_scenario_clean_messages_follow_the_language(language, expected):
    from django.core.exceptions import ValidationError

    from scenarios.models import ScenarioPage

    scenario = ScenarioPage(title="x", slug="x", format="online", online_url="", group_min=9, group_max=3)
    with translation.override(language):
        with pytest.raises(ValidationError) as error:
            scenario.clean()
        messages = error.value.message_dict
        assert {field: str(messages[field][0]) for field in expected} == expected


@pytest.mark.parametrize("language,expected", [
    ("pl", ["To nie jest adres filmu w YouTube.", "Podano adres wersji z PJM: zaznacz też to pole."]),
    ("en", ["This is not the address of a YouTube video.",
            "An address of the version in Polish Sign Language is given: tick this field too."]),
])
def test_webinar_messages_follow_the_language(db, language, expected):
    from django.core.exceptions import ValidationError

    from webinars.models import WebinarPage
    from webinars.youtube import validate_video_id

    webinar = WebinarPage(title="x", slug="x", pjm_url="https://example.org/pjm", has_pjm=False)
    with translation.override(language):
        with pytest.raises(ValidationError) as video:
            validate_video_id("https://example.org/not-youtube")
        with pytest.raises(ValidationError) as pjm:
            webinar.clean()
        assert str(video.value.messages[0]).startswith(expected[0])
        assert pjm.value.message_dict["has_pjm"] == [expected[1]]
