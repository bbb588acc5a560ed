"""Demo consent content, called by `load_demo_content` (`load_app_demos`) before the
loader's own site pages, so a fresh database gets a CookiePolicyPage at /polityka-cookies/.

Idempotent: each piece is created only when missing. An older database that already has a plain
page at that slug keeps it (nothing is converted); the banner then links to /zgoda/ustawienia/
(/en/cookie-settings/ in English).
"""

import datetime

from wagtail.models import Locale

from consent.models import ConsentSettings, ConsentTexts, CookieDeclaration, CookiePolicyPage
from demo.content import read

_texts = read("consent/cookies")
SLUG = _texts["slug"]
PAGE = _texts["page"]  # language -> the cookie policy page's fields
TEXTS = _texts["texts"]  # language -> the banner's and settings' texts (ConsentTexts)
# name, provider, category, {language: (purpose, lifetime)}
COOKIES = [(cookie["name"], cookie["provider"], cookie["category"],
            {language: (purpose, cookie["lifetime"][language]) for language, purpose in cookie["purpose"].items()})
           for cookie in _texts["cookies"]]


def load(command, home, en_home):
    pl = Locale.objects.get(language_code="pl")
    en = Locale.objects.get(language_code="en")
    ensure_settings()
    ensure_texts(command, pl, en)
    ensure_cookies(command, pl, en)
    ensure_page(command, home, en)


def ensure_settings():
    if not ConsentSettings.objects.exists():
        ConsentSettings.objects.create(policy_version=1, policy_updated=datetime.date(2026, 1, 1))


def ensure_texts(command, pl, en):
    source = ConsentTexts.objects.filter(locale=pl).first() or ConsentTexts.objects.create(locale=pl, **TEXTS["pl"])
    command.ensure_snippet_translation(source, en, TEXTS["en"])


def ensure_cookies(command, pl, en):
    for name, provider, category, texts in COOKIES:
        purpose, lifetime = texts["pl"]
        source = CookieDeclaration.objects.filter(locale=pl, name=name).first()
        if source is None:
            source = CookieDeclaration.objects.create(
                locale=pl, name=name, provider=provider, category=category, purpose=purpose, lifetime=lifetime
            )
        purpose, lifetime = texts["en"]
        provider_en = provider.replace("ten serwis", "this website").replace("własne statystyki", "own statistics")
        command.ensure_snippet_translation(
            source, en, {"name": name, "provider": provider_en, "purpose": purpose, "lifetime": lifetime}
        )


def ensure_page(command, home, en):
    existing = home.get_children().filter(slug=SLUG).first()
    if existing is None:
        fields = {key: value for key, value in PAGE["pl"].items()}
        page = CookiePolicyPage(slug=SLUG, show_in_menus=False, locale=home.locale, **fields)
        home.add_child(instance=page)
        command.publish(page)
    else:
        page = existing.specific
        if not isinstance(page, CookiePolicyPage):
            return  # an older database keeps its plain page
    command.ensure_translation(page, en, PAGE["en"])
