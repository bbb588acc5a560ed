"""Issue 15: the page editor's snippet chooser offered snippets nobody had published yet, which
the public site then left out. Choosers of moderated snippets (core/moderation_chooser.py) offer
only published ones, through the real chooser URLs the editor's modal loads."""

import json

import pytest
from django.urls import reverse

from publications.models import Licence
from scenarios.models import Level
from search.models import Synonym
from webinars.models import Speaker


def chooser_url(model, name="choose", *args):
    return reverse(model.snippet_viewset.chooser_viewset.get_url_name(name), args=args)


def modal_html(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    body = response.content.decode()
    return json.loads(body)["html"] if body.startswith("{") else body


def licence(name, live):
    return Licence.objects.create(name=name, short_label=name[:30], url="https://example.org/licence", live=live)


@pytest.mark.django_db
def test_the_licence_chooser_offers_published_licences_only(admin_client):
    published = licence("Licencja opublikowana", live=True)
    draft = licence("Licencja w szkicu", live=False)
    html = modal_html(admin_client, chooser_url(Licence))
    assert published.name in html
    assert draft.name not in html
    results = modal_html(admin_client, chooser_url(Licence, "choose_results"), q="Licencja")
    assert published.name in results and draft.name not in results


@pytest.mark.django_db
def test_a_draft_cannot_be_chosen_by_its_id(admin_client):
    published = licence("Licencja opublikowana", live=True)
    draft = licence("Licencja w szkicu", live=False)
    assert admin_client.get(chooser_url(Licence, "chosen", draft.pk)).status_code == 404
    chosen = admin_client.get(chooser_url(Licence, "chosen", published.pk))
    assert chosen.status_code == 200 and published.name in chosen.content.decode()
    several = admin_client.get(chooser_url(Licence, "chosen_multiple"), {"id": [published.pk, draft.pk]})
    result = json.loads(several.content)["result"]
    assert [item["id"] for item in result] == [str(published.pk)] or [item["id"] for item in result] == [published.pk]


@pytest.mark.django_db
def test_speakers_and_taxonomies_too(admin_client, demo):
    draft_speaker = Speaker.objects.create(name="Prelegentka Szkicowa", live=False)
    draft_level = Level.objects.create(name="Poziom szkicowy", slug="poziom-szkicowy", live=False)
    assert draft_speaker.name not in modal_html(admin_client, chooser_url(Speaker))
    assert draft_level.name not in modal_html(admin_client, chooser_url(Level))
    live_speaker = Speaker.objects.filter(live=True).first()
    assert live_speaker.name in modal_html(admin_client, chooser_url(Speaker), q=live_speaker.name)


@pytest.mark.django_db
def test_snippets_without_drafts_are_offered_as_before(admin_client):
    # Listed by language and terms: this one comes first, before the demo's groups.
    synonym = Synonym.objects.create(terms="aaa elders, aaa seniors", language="en")
    assert "aaa elders" in modal_html(admin_client, chooser_url(Synonym))
    assert admin_client.get(chooser_url(Synonym, "chosen", synonym.pk)).status_code == 200
