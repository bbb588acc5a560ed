"""The cached site, menu and footer (core.site_data) are never stale after an edit."""

from wagtail.models import Page

from core.models import FooterText, SiteSettings
from home.models import HomePage


def test_a_footer_text_edit_shows_on_the_next_request(demo, client):
    client.get("/")
    footer = FooterText.objects.get(locale__language_code="pl")
    footer.text = "<p>Nowy tekst stopki od redakcji.</p>"
    footer.save()
    assert "Nowy tekst stopki od redakcji." in client.get("/o-projekcie/").content.decode()


def test_a_site_settings_edit_shows_on_the_next_request(demo, client):
    client.get("/")
    settings = SiteSettings.load()
    settings.contact_email = "redakcja@example.org"
    settings.save()
    assert "redakcja@example.org" in client.get("/").content.decode()


def test_a_renamed_menu_page_shows_in_the_menu_at_once(demo, client):
    client.get("/")
    home = HomePage.objects.get(locale__language_code="pl")
    item = Page.objects.child_of(home).live().in_menu().first().specific
    item.title = "Zupełnie nowa nazwa"
    item.save_revision().publish()
    assert ">Zupełnie nowa nazwa</a>" in client.get("/").content.decode()
    item.unpublish()
    assert ">Zupełnie nowa nazwa</a>" not in client.get("/").content.decode()


def test_the_footer_and_menu_are_cached_per_language(demo, client):
    polish = client.get("/").content.decode()
    english = client.get("/en/").content.decode()
    assert 'href="/en/about/"' in english and 'href="/o-projekcie/"' in polish
    assert 'href="/en/about/"' not in polish
