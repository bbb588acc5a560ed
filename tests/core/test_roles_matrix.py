"""Issue 15, scope 3: what each role may do with the snippets the public reads and with the files
of each collection, checked through the admin's own views (core/migrations/0008_snippet_moderation.py,
core/moderation_admin.py). `-s` prints the matrix each role produced."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.urls import reverse
from wagtail.fields import RichTextField
from wagtail.models import Collection, Locale
from wagtail.test.utils.form_data import rich_text

from consent.models import ConsentTexts, CookieDeclaration
from core.models import CustomDocument, FooterText
from demo.files.pdf import build_pdf
from publications.models import Licence
from scenarios.models import Audience, Level, ThematicArea
from webinars.models import Speaker

ROLES = ["Redaktorzy", "Moderatorzy", "Tłumacze", "Administratorzy serwisu"]
SNIPPETS = [FooterText, ConsentTexts, CookieDeclaration, Licence, Speaker, ThematicArea, Audience, Level]
# The text field each check edits: one a visitor reads.
EDITED = {FooterText: "text", ConsentTexts: "banner_heading", CookieDeclaration: "purpose", Licence: "name",
          Speaker: "role", ThematicArea: "name", Audience: "name", Level: "name"}
SNIPPET_ACTIONS = ["add", "edit Polish", "edit English", "save draft", "publish"]
EXPECTED_SNIPPETS = {
    "Redaktorzy": {"add": True, "edit Polish": True, "edit English": True, "save draft": True, "publish": False},
    "Moderatorzy": {"add": True, "edit Polish": True, "edit English": True, "save draft": True, "publish": True},
    "Tłumacze": {"add": False, "edit Polish": False, "edit English": True, "save draft": False, "publish": False},
    "Administratorzy serwisu": {"add": True, "edit Polish": True, "edit English": True, "save draft": True,
                                "publish": True},
}
SECTIONS = ["Publikacje", "Scenariusze", "Webinaria", "Serwis"]
EXPECTED_FILES = {  # role -> {collection: (may upload, may choose)}
    "Redaktorzy": {**dict.fromkeys(SECTIONS, (True, True)), "Prywatne": (False, False)},
    "Moderatorzy": {**dict.fromkeys(SECTIONS, (True, True)), "Prywatne": (True, True)},
    "Tłumacze": {**dict.fromkeys(SECTIONS, (True, True)), "Prywatne": (False, False)},
    "Administratorzy serwisu": {**dict.fromkeys(SECTIONS, (True, True)), "Prywatne": (True, True)},
}
EXPECTED_OTHER = {  # role -> (site settings, cookie policy version, users, scenario import)
    "Redaktorzy": (False, False, False, False),
    "Moderatorzy": (False, False, False, False),
    "Tłumacze": (False, False, False, False),
    "Administratorzy serwisu": (True, True, True, True),
}


def member(role):
    user = get_user_model().objects.create_user(f"member-{ROLES.index(role)}", "m@example.org", "pass")
    user.groups.add(Group.objects.get(name=role))
    return user


def url(model, view, *args):
    return reverse(model.snippet_viewset.get_url_name(view), args=args)


def source(model):
    return model.objects.filter(locale=Locale.get_default()).first() or make_source(model)


def make_source(model):
    values = {"name": "Nowy", "slug": "nowy", "short_label": "CC0", "url": "https://example.org/",
              "text": "<p>Stopka</p>", "provider": "e-Mocni", "purpose": "Cel", "category": "necessary",
              "lifetime": "1 dzień", "banner_heading": "Nagłówek"}
    fields = {f.name for f in model._meta.get_fields()}
    return model.objects.create(locale=Locale.get_default(), **{k: v for k, v in values.items() if k in fields})


def translation(instance):
    english = Locale.objects.get(language_code="en")
    existing = type(instance).objects.filter(translation_key=instance.translation_key, locale=english).first()
    if existing is not None:
        return existing
    copy = instance.copy_for_translation(english)
    copy.save()
    return copy


def form_data(instance, **changes):
    """What the edit form posts for `instance`, with `changes` to some fields."""
    data = {}
    for name in type(instance).snippet_viewset.get_form_class().base_fields:
        field = instance._meta.get_field(name)
        value = changes.get(name, getattr(instance, field.attname))
        if isinstance(field, RichTextField):
            value = rich_text(value or "")
        elif isinstance(field, models.BooleanField):
            if not value:
                continue
            value = "on"
        data[name] = "" if value is None else value
    return data


def new_value(model):
    return "<p>Zmiana z testu ról</p>" if model is FooterText else "Zmiana z testu ról"


def snippet_rights(client, model):
    polish = source(model)
    english = translation(polish)
    field = EDITED[model]
    before = getattr(polish, field)
    answers = {
        "add": client.get(url(model, "add") + "?locale=pl").status_code == 200,
        "edit Polish": client.get(url(model, "edit", polish.pk)).status_code == 200,
        "edit English": client.get(url(model, "edit", english.pk)).status_code == 200,
    }
    client.post(url(model, "edit", polish.pk), form_data(polish, **{field: new_value(model)}))
    polish.refresh_from_db()
    draft = polish.get_latest_revision_as_object()
    answers["save draft"] = getattr(draft, field) != before
    assert getattr(polish, field) == before, "a draft changed what the public reads"
    client.post(url(model, "edit", polish.pk), {**form_data(polish, **{field: new_value(model)}),
                                                  "action-publish": "action-publish"})
    polish.refresh_from_db()
    answers["publish"] = getattr(polish, field) != before and polish.live
    return answers


def file_rights(client, name, user):
    collection = Collection.objects.get(name=name, depth=2)
    title = f"Plik testu ról w {name}"
    client.post("/admin/documents/add/", {
        "title": title, "collection": collection.pk, "tags": "",
        "file": SimpleUploadedFile("plik.pdf", build_pdf(title, [[("p", "Treść")]])),
    })
    uploaded = CustomDocument.objects.filter(title=title, collection=collection, uploaded_by_user=user).exists()
    other = CustomDocument.objects.create(title=f"Cudzy plik w {name}", collection=collection,
                                          file=SimpleUploadedFile("cudzy.pdf", build_pdf("x", [[("p", "y")]])))
    listed = client.get("/admin/documents/chooser/", {"collection_id": collection.pk})
    chosen = listed.status_code == 200 and other.title in listed.content.decode()
    return uploaded, chosen


def opens(client, path):
    """A generic setting's address redirects to its edit form; a refusal redirects to the dashboard."""
    response = client.get(path, follow=True)
    return response.status_code == 200 and response.request["PATH_INFO"].startswith(path)


def other_rights(client):
    return (
        opens(client, "/admin/settings/core/sitesettings/"),
        opens(client, "/admin/settings/consent/consentsettings/"),
        client.get("/admin/users/").status_code == 200,
        client.get("/admin/scenariusze/import/").status_code == 200,
    )


def show(role, snippets, files, other):
    lines = [f"\n{role}", "  " + " | ".join(["snippet", *SNIPPET_ACTIONS])]
    for model, answers in snippets.items():
        lines.append("  " + " | ".join([model.__name__, *("yes" if answers[a] else "no" for a in SNIPPET_ACTIONS)]))
    lines.append("  files (upload, choose): " + ", ".join(f"{n} {'/'.join('yes' if x else 'no' for x in v)}"
                                                      for n, v in files.items()))
    lines.append("  site settings, policy version, users, import: " + ", ".join("yes" if x else "no" for x in other))
    print("\n".join(lines))


@pytest.mark.parametrize("role", ROLES)
def test_the_matrix_of_each_role(demo, client, role):
    user = member(role)
    client.force_login(user)
    snippets = {model: snippet_rights(client, model) for model in SNIPPETS}
    files = {name: file_rights(client, name, user) for name in EXPECTED_FILES[role]}
    other = other_rights(client)
    show(role, snippets, files, other)
    assert snippets == dict.fromkeys(SNIPPETS, EXPECTED_SNIPPETS[role])
    assert files == EXPECTED_FILES[role]
    assert other == EXPECTED_OTHER[role]
