"""Demo consent content, called by `load_demo_content` (home's `load_app_demos`) before the home
loader's own sections, so a fresh database gets a CookiePolicyPage at /polityka-cookies/.

Idempotent: each piece is created only when missing. An older database that already has a plain
page at that slug keeps it (nothing is converted); the banner then links to /zgoda/ustawienia/
(/en/cookie-settings/ in English).
"""

import datetime

from wagtail.models import Locale

from consent import categories
from consent.models import ConsentSettings, ConsentTexts, CookieDeclaration, CookiePolicyPage
from home.demo_content import h, p

SLUG = "polityka-cookies"

PAGE = {
    "pl": {
        "title": "Polityka cookies",
        "lead": "Jakich plików cookies używa serwis e-Mocni, po co, i jak w każdej chwili zmienić swoją decyzję.",
        "body": [
            h("Czym są pliki cookies"),
            p("Pliki cookies to małe pliki tekstowe, które strona internetowa zapisuje na Twoim komputerze "
              "lub telefonie. Dzięki nim strona może na przykład zapamiętać Twój wybór."),
            h("Na co nie prosimy o zgodę"),
            p("Bez pytania zapisujemy tylko jeden plik, niezbędny do działania serwisu: zapamiętanie Twojej "
              "decyzji w sprawie cookies, i to dopiero wtedy, gdy ją podejmiesz. Osobom redagującym serwis "
              "zapisujemy też pliki logowania do panelu redakcji."),
            h("Co liczymy bez pytania o zgodę"),
            p("Liczymy, ile razy przeczytano każdą stronę i pobrano każdy plik. Zapisujemy tylko stronę "
              "lub plik, dzień i język strony: bez adresu IP, bez informacji o przeglądarce i bez plików "
              "cookies, więc z tych liczb nie da się ustalić, kto co czytał."),
            h("O co prosimy"),
            p("<b>Media zewnętrzne</b> – nagrania webinariów są w serwisie YouTube. Gdy włączysz film, "
              "YouTube (Google) otrzyma Twój adres IP i może zapisać własne pliki cookies. Nie używamy "
              "zewnętrznych narzędzi statystycznych; gdybyśmy zaczęli, najpierw zapytamy o zgodę."),
            p("Dopóki nie wyrazisz zgody, nie łączymy się z YouTube. "
              "Odmowa jest tak samo prosta jak zgoda i nie ogranicza dostępu do treści: filmy możesz "
              "zawsze otworzyć bezpośrednio w YouTube."),
            h("Jak zmienić decyzję"),
            p("W każdej chwili zmienisz ją w formularzu na dole tej strony. Link „Ustawienia cookies” "
              "jest w stopce każdej strony."),
            h("Jak długo pamiętamy decyzję"),
            p("Twoją decyzję zapisujemy w pliku cookie na 6 miesięcy. Gdy zmienimy zasady, zapytamy ponownie. "
              "Na potrzeby rozliczalności przechowujemy zapis decyzji: losowy identyfikator, czas, wybór "
              "i numer wersji polityki. Nie zapisujemy adresu IP ani informacji o przeglądarce."),
        ],
    },
    "en": {
        "title": "Cookie policy",
        "slug": "cookie-policy",
        "lead": "Which cookies the e-Mocni website uses, why, and how to change your choice at any time.",
        "body": [
            h("What cookies are"),
            p("Cookies are small text files that a website stores on your computer or phone. They let the "
              "website remember things such as your choices."),
            h("What we do not ask about"),
            p("Without asking, we store only one cookie, which the website needs to work: it remembers your "
              "cookie choice, once you have made one. People who edit the website also get login cookies "
              "for the admin."),
            h("What we count without asking"),
            p("We count how often each page is read and each file is downloaded. We store only the page "
              "or file, the day and the page's language: no IP address, no browser details and no "
              "cookies, so nobody can tell from these numbers who read what."),
            h("What we ask about"),
            p("<b>External media</b>: the webinar recordings are on YouTube. When you play one, YouTube "
              "(Google) receives your IP address and may set its own cookies. We use no outside "
              "statistics tools; if we ever do, we will ask you first."),
            p("Until you agree, we make no connection to YouTube. Saying no "
              "is as easy as saying yes and does not limit access to the content: you can always open a "
              "video on YouTube directly."),
            h("How to change your choice"),
            p("Use the form at the bottom of this page at any time; the “Cookie settings” link is in the "
              "footer of every page."),
            h("How long we remember your choice"),
            p("Your choice is kept in a cookie for 6 months. When our policy changes, we ask again. To be "
              "able to show that you agreed, we keep a record of each choice: a random identifier, the time, "
              "the choice and the policy version. We do not record your IP address or browser details."),
        ],
    },
}

TEXTS = {
    "pl": {
        "banner_heading": "Pliki cookies w serwisie e-Mocni",
        "banner_text": "<p>Używamy jednego pliku cookie, bez którego serwis nie działa: pamięta on Twoją "
        "decyzję. Za Twoją zgodą chcielibyśmy też pokazywać nagrania webinariów z YouTube, który zapisuje "
        "własne pliki cookies.</p>",
        "settings_intro": "<p>Wybierz, na które pliki cookies się zgadzasz. Nic nie jest włączone, dopóki "
        "nie wybierzesz, a decyzję możesz tu zmienić w każdej chwili.</p>",
        "necessary_description": "Dzięki nim serwis działa: pamiętają Twoją decyzję w sprawie cookies, "
        "a osobom redagującym serwis pozwalają pozostać zalogowanym. Bez nich serwis nie działa, dlatego "
        "są zawsze włączone.",
        "analytics_description": "Mówią nam, jak serwis jest używany, np. które strony są czytane najczęściej, "
        "żebyśmy mogli go ulepszać. Korzystamy z własnego narzędzia statystycznego; dane nie trafiają do "
        "innych firm.",
        "external_media_description": "Nagrania webinariów są w serwisie YouTube. Gdy film się wyświetla, "
        "YouTube (Google) otrzymuje Twój adres IP i może zapisać własne pliki cookies. Pokazujemy filmy "
        "tylko wtedy, gdy się na to zgodzisz.",
    },
    "en": {
        "banner_heading": "Cookies on the e-Mocni website",
        "banner_text": "<p>We use one cookie that the website needs to work: it remembers your choice. With "
        "your consent we would also like to show webinar recordings from YouTube, which sets its own "
        "cookies.</p>",
        "settings_intro": "<p>Choose which cookies you allow. Nothing is switched on until you choose, and "
        "you can change your choice here at any time.</p>",
        "necessary_description": "They make the website work: they remember your cookie choice and keep "
        "editors signed in. The website cannot work without them, so they are always on.",
        "analytics_description": "They tell us how the website is used, for example which pages are read "
        "most, so that we can improve it. We use our own statistics tool; the data do not go to other "
        "companies.",
        "external_media_description": "The webinar recordings are hosted on YouTube. When a video is shown, "
        "YouTube (Google) receives your IP address and may set its own cookies. We show the videos only "
        "if you allow it.",
    },
}

# name, provider, category, {language: (purpose, lifetime)}
COOKIES = [
    ("emocni_consent", "e-Mocni (ten serwis)", categories.NECESSARY, {
        "pl": ("Pamięta Twoją decyzję w sprawie cookies (bez danych osobowych).", "6 miesięcy"),
        "en": ("Remembers your cookie choice (no personal data).", "6 months"),
    }),
    ("csrftoken", "e-Mocni (ten serwis)", categories.NECESSARY, {
        "pl": ("Chroni formularze panelu redakcji przed wysłaniem z innej strony (atak CSRF); tylko dla osób "
               "redagujących serwis.", "1 rok"),
        "en": ("Protects the admin's forms from being sent from another website (CSRF attacks); only for "
               "people who edit the website.", "1 year"),
    }),
    ("sessionid", "e-Mocni (ten serwis)", categories.NECESSARY, {
        "pl": ("Logowanie do panelu redakcji; tylko dla osób redagujących serwis.", "2 tygodnie"),
        "en": ("Signs editors in to the admin; only for people who edit the website.", "2 weeks"),
    }),
    ("_pk_id*", "e-Mocni (własne statystyki)", categories.ANALYTICS, {
        "pl": ("Odróżnia kolejne wizyty tej samej przeglądarki w statystykach; tylko gdy statystyki są włączone.",
               "13 miesięcy"),
        "en": ("Tells repeat visits of the same browser apart in our statistics; only when statistics are on.",
               "13 months"),
    }),
    ("_pk_ses*", "e-Mocni (własne statystyki)", categories.ANALYTICS, {
        "pl": ("Łączy strony odwiedzone podczas jednej wizyty.", "30 minut"),
        "en": ("Links the pages seen during one visit.", "30 minutes"),
    }),
    ("YSC", "Google (YouTube)", categories.EXTERNAL_MEDIA, {
        "pl": ("Zapisywany przez YouTube po włączeniu filmu; liczy odtworzenia.", "do zamknięcia przeglądarki"),
        "en": ("Set by YouTube when a video is played; counts views.", "until the browser is closed"),
    }),
    ("VISITOR_INFO1_LIVE", "Google (YouTube)", categories.EXTERNAL_MEDIA, {
        "pl": ("Zapisywany przez YouTube po włączeniu filmu; ocenia przepustowość łącza.", "6 miesięcy"),
        "en": ("Set by YouTube when a video is played; estimates your bandwidth.", "6 months"),
    }),
]


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
