"""Every page type is a BasePage, and the fields they share are declared once (core.models.mixins)."""

import ast

import pytest
from django.apps import apps
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.utils import translation
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, get_translatable_fields

from core.models import AccessibleVersionMixin, BasePage, CoverImageMixin, EditorNoteMixin
from core.page_hooks import answer
from tests.core.test_import_graph import product_files

PROJECT_APPS = {"home", "publications", "webinars", "scenarios", "consent", "accessibility", "search", "core"}


def project_page_types():
    return [model for model in apps.get_models()
            if issubclass(model, Page) and model._meta.app_label in PROJECT_APPS]


def test_every_page_type_of_the_site_is_a_base_page():
    page_types = project_page_types()
    assert len(page_types) >= 10
    assert [model.__name__ for model in page_types if not issubclass(model, BasePage)] == []


def test_every_page_type_has_the_sites_promote_tab():
    with translation.override("en"):
        for model in project_page_types():
            tabs = {str(tab.heading): tab for tab in model.get_edit_handler().children}
            headings = [str(child.heading) for child in tabs["Promote"].children]
            assert headings == ["For search engines and sharing", "For site menus", "Readership"], model


@pytest.mark.parametrize(("mixin", "names"), [
    (EditorNoteMixin, {"editor_note"}),
    (AccessibleVersionMixin, {"accessible_version_on_request"}),
    (CoverImageMixin, {"cover", "cover_alt_text"}),
])
def test_shared_fields_come_from_their_mixin_with_one_label(mixin, names):
    users = [model for model in project_page_types() if issubclass(model, mixin)]
    assert users
    for name in names:
        declared = mixin._meta.get_field(name)
        for model in users:
            field = model._meta.get_field(name)
            assert (str(field.verbose_name), str(field.help_text)) == (
                str(declared.verbose_name), str(declared.help_text))


@pytest.mark.parametrize(("model_name", "synchronised"), [
    ("publications.PublicationPage", {"editor_note", "accessible_version_on_request"}),
    ("publications.HandbookPage", {"editor_note", "accessible_version_on_request"}),
    ("scenarios.ScenarioPage", {"editor_note", "accessible_version_on_request"}),
    ("accessibility.AccessibilityStatementPage", {"editor_note"}),
])
def test_shared_fields_follow_the_source_language_in_translations(model_name, synchronised):
    fields = {field.field_name: field for field in get_translatable_fields(apps.get_model(model_name))}
    for name in synchronised:
        # Synchronised and not overridable: a translation always carries the source page's value.
        assert isinstance(fields[name], SynchronizedField) and not fields[name].overridable, name


def test_the_shared_labels_are_translated_into_polish():
    field = EditorNoteMixin._meta.get_field("editor_note")
    with translation.override("pl"):
        assert str(field.verbose_name) == "uwaga dla redakcji"
        assert str(AccessibleVersionMixin._meta.get_field("accessible_version_on_request").verbose_name) == (
            "wersja dostępna na prośbę")
    with translation.override("en"):
        assert str(field.verbose_name) == "note for editors"


@pytest.mark.django_db
def test_a_cover_without_any_text_alternative_is_refused(demo):
    from publications.models import PublicationPage

    page = PublicationPage.objects.filter(cover__isnull=False).first()
    page.cover.alt_text = ""
    page.cover_alt_text = ""
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert list(error.value.message_dict) == ["cover_alt_text"]
    page.cover_alt_text = "Okładka: ludzie przy stole"
    page.clean()
    assert page.cover_alt == "Okładka: ludzie przy stole"


def _page_hook_names():
    """The hook names product code hands to core.page_hooks.answer(), directly or as a page's
    listing_hook (core.page_hooks.AnsweredListingMixin)."""
    names = set()
    for path in product_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "answer" and node.args
                    and isinstance(node.args[0], ast.Constant)):
                names.add(node.args[0].value)
            elif (isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == ["listing_hook"]
                  and isinstance(node.value, ast.Constant) and node.value.value):
                names.add(node.value.value)
    return names


def test_each_page_hook_a_model_asks_for_has_exactly_one_function():
    from wagtail import hooks

    names = _page_hook_names()
    assert {"publication_listing", "publication_feed", "scenario_catalogue", "scenario_area_zip",
            "cookie_policy_context"} <= names
    assert {name: len(hooks.get_hooks(name)) for name in names} == dict.fromkeys(names, 1)


def test_a_page_hook_nobody_registered_is_a_configuration_error():
    with pytest.raises(ImproperlyConfigured, match="no_such_page_hook"):
        answer("no_such_page_hook", None, None)
