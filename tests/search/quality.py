"""Labelled queries over the demo content: (query, language, url paths that must be found).

A result counts when its URL is one of the expected paths (a path ending in "*" matches
every URL that starts with it). Queries without Polish letters
are included on purpose; so are inflected forms that do not appear in the text as typed.
"""

# Where a webinar or a scenario answers the question as well as a text, it is expected too:
# the labels say what a visitor would accept as the right page, not what ranks first today.
POLISH = [
    ("szkolenia dla seniorow", ["/scenariusze/*", "/publikacje/mocni-w-partnerstwie/", "/webinaria/planowanie-szkolen/"]),
    ("szkolenia dla seniorów", ["/scenariusze/*", "/publikacje/mocni-w-partnerstwie/", "/webinaria/planowanie-szkolen/"]),
    ("poradnik partnerstwo gminne", ["/publikacje/mocni-w-partnerstwie/"]),
    ("mocni w partnerstwie", ["/publikacje/mocni-w-partnerstwie/"]),
    ("poradnik", ["/publikacje/mocni-w-partnerstwie/"]),
    ("e-recepta", ["/publikacje/mocni-w-partnerstwie/szkolenia/", "/scenariusze/*", "/webinaria/jak-dotrzec-do-uczestnikow/"]),
    ("lodz", ["/o-projekcie/", "/o-projekcie/partnerzy/"]),
    ("Łódź", ["/o-projekcie/", "/o-projekcie/partnerzy/"]),
    ("zwiazek gluchych", ["/o-projekcie/partnerzy/", "/o-projekcie/"]),
    ("szkolenia dla głuchych", ["/publikacje/mocni-w-partnerstwie/szkolenia/", "/o-projekcie/", "/webinaria/szkolenia-dostepne/", "/scenariusze/*"]),
    ("jezyk migowy", ["/o-projekcie/", "/publikacje/mocni-w-partnerstwie/szkolenia/", "/webinaria/szkolenia-dostepne/", "/scenariusze/*"]),
    ("finanse projektu", ["/o-projekcie/finansowanie/"]),
    ("finansowanie", ["/o-projekcie/finansowanie/"]),
    ("budzet", ["/o-projekcie/finansowanie/"]),
    ("dofinansowanie projektu", ["/o-projekcie/finansowanie/"]),
    ("fundusz rozwoju regionalnego", ["/o-projekcie/finansowanie/"]),
    ("polska cyfrowa", ["/o-projekcie/finansowanie/"]),
    ("umowa o dofinansowanie", ["/o-projekcie/finansowanie/"]),
    ("partnerzy projektu", ["/o-projekcie/partnerzy/"]),
    ("fundacja aktywizacja", ["/o-projekcie/partnerzy/"]),
    ("frsi", ["/o-projekcie/partnerzy/", "/publikacje/mocni-w-partnerstwie/", "/publikacje/partnerstwa-daja-moc/"]),
    ("instytut rozwoju regionalnego krakow", ["/o-projekcie/partnerzy/"]),
    ("diagnoza gminy", ["/publikacje/mocni-w-partnerstwie/diagnoza/"]),
    ("diagnozy", ["/publikacje/mocni-w-partnerstwie/diagnoza/", "/webinaria/partnerstwo-zaczyna-sie-od-diagnozy/"]),
    ("mapa zasobow", ["/publikacje/mocni-w-partnerstwie/partnerzy/", "/webinaria/mapa-zasobow-i-partnerow/"]),
    ("kola gospodyn wiejskich", ["/publikacje/mocni-w-partnerstwie/partnerzy/", "/o-projekcie/", "/webinaria/mapa-zasobow-i-partnerow/"]),
    ("straz pozarna", ["/publikacje/mocni-w-partnerstwie/partnerzy/", "/o-projekcie/", "/webinaria/mapa-zasobow-i-partnerow/"]),
    ("lider partnerstwa", ["/publikacje/mocni-w-partnerstwie/lider/", "/webinaria/lider-partnerstwa/"]),
    ("e-mocarz", ["/publikacje/mocni-w-partnerstwie/lider/", "/o-projekcie/", "/webinaria/lider-partnerstwa/"]),
    ("animatorzy", ["/publikacje/mocni-w-partnerstwie/lider/", "/o-projekcie/"]),
    ("plan dzialania", ["/publikacje/mocni-w-partnerstwie/plan/"]),
    ("rekomendacje", ["/publikacje/mocni-w-partnerstwie/plan/", "/publikacje/partnerstwa-daja-moc/"]),
    ("prowadzenie szkolen", ["/publikacje/mocni-w-partnerstwie/szkolenia/"]),
    ("partnerstwo po projekcie", ["/publikacje/mocni-w-partnerstwie/trwalosc/", "/webinaria/trwalosc-partnerstwa/"]),
    ("utrzymać partnerstwo", ["/publikacje/mocni-w-partnerstwie/trwalosc/", "/webinaria/trwalosc-partnerstwa/"]),
    ("partnerstwa daja moc", ["/publikacje/partnerstwa-daja-moc/"]),
    ("wnioski", ["/publikacje/partnerstwa-daja-moc/"]),
    ("kompetencje cyfrowe", ["/publikacje/ramowy-katalog-kompetencji-cyfrowych/"]),
    ("ramowy katalog", ["/publikacje/ramowy-katalog-kompetencji-cyfrowych/"]),
    ("Iwona Kusak", ["/publikacje/mocni-w-partnerstwie/"]),
    ("korekta Trebel-Bednarz", ["/publikacje/mocni-w-partnerstwie/"]),
    ("deklaracja dostepnosci", ["/deklaracja-dostepnosci/"]),
    ("cookies", ["/polityka-cookies/"]),
    ("certyfikaty", ["/o-projekcie/"]),
    ("koła gospodyń wiejskich", ["/publikacje/mocni-w-partnerstwie/partnerzy/", "/o-projekcie/", "/webinaria/mapa-zasobow-i-partnerow/"]),
    ("straż pożarna", ["/publikacje/mocni-w-partnerstwie/partnerzy/", "/o-projekcie/", "/webinaria/mapa-zasobow-i-partnerow/"]),
    ("mapa zasobów", ["/publikacje/mocni-w-partnerstwie/partnerzy/", "/webinaria/mapa-zasobow-i-partnerow/"]),
    ("prowadzenie szkoleń", ["/publikacje/mocni-w-partnerstwie/szkolenia/"]),
    ("partnerstwa dają moc", ["/publikacje/partnerstwa-daja-moc/"]),
    ("webinaria dla gmin", ["/webinaria/"]),
    ("pierwsze spotkanie partnerstwa", ["/webinaria/pierwsze-spotkanie-partnerstwa/"]),
    ("podzial zadan", ["/webinaria/pierwsze-spotkanie-partnerstwa/", "/publikacje/mocni-w-partnerstwie/lider/"]),
    ("harmonogram szkolen", ["/webinaria/planowanie-szkolen/"]),
    ("jak dotrzec do osob bez internetu", ["/webinaria/jak-dotrzec-do-uczestnikow/"]),
    ("szkolenia dostepne niepelnosprawnosci", ["/webinaria/szkolenia-dostepne/"]),
]

# Relevance judged from the pages' content. Relabelled when the English demo grew from the
# about page alone to publications, webinars, scenarios and the statement (issue 8).
HANDBOOK_EN = "/en/publications/strong-in-partnership/*"
REPORT_EN = "/en/publications/partnerships-give-strength/"
ENGLISH = [
    ("municipalities", ["/en/about/", HANDBOOK_EN, REPORT_EN]),
    ("municipality", ["/en/about/", HANDBOOK_EN, REPORT_EN]),
    ("digital education", ["/en/about/", HANDBOOK_EN, REPORT_EN]),
    ("deaf people", ["/en/about/", "/en/scenarios/*", "/en/webinars/"]),
    ("sign language", ["/en/about/", "/en/scenarios/*", "/en/webinars/*"]),
    ("local trainers", ["/en/about/"]),
    ("rural women's circles", ["/en/about/", "/en/publications/strong-in-partnership/partners/", "/en/webinars/*"]),
    ("fire brigade", ["/en/about/", "/en/publications/strong-in-partnership/partners/", "/en/webinars/*"]),
    ("disabilities", ["/en/about/", "/en/scenarios/*"]),
    ("Polish Sign Language films", ["/en/about/"]),
    ("certificate", ["/en/about/"]),
    ("webinar recording", ["/en/webinars/*"]),
    ("handbook", [HANDBOOK_EN]),
    ("fake news", ["/en/scenarios/reliable-sources-and-fake-news/"]),
    ("online banking", ["/en/scenarios/your-bank-account-online/"]),
    ("cookies", ["/en/cookie-policy/"]),
    ("accessibility statement", ["/en/accessibility-statement/"]),
    ("partnerships give strength", [REPORT_EN]),
    ("diagnosis", ["/en/publications/strong-in-partnership/diagnosis/", "/en/webinars/a-partnership-starts-with-a-diagnosis/"]),
]


def is_expected(url, expected):
    return any(url.startswith(path[:-1]) if path.endswith("*") else url == path for path in expected)


# Issue 18: what visitors type that the sets above hardly contain. Each query has its one
# expected page (a path, or a path ending in "*" for "anything under it"), written from the
# visitor's point of view, not from what ranks first today. Kinds: typo, question (questions
# and long requests), family (other forms and derivations of the words in the text),
# synonym (other words for the same thing), english (the English site, every kind).
LABELLED = [
    # typos
    ("typo", "pl", "poczta elektorniczna", "/scenariusze/poczta-elektroniczna-na-co-dzien/"),
    ("typo", "pl", "webinaira", "/webinaria/"),
    ("typo", "pl", "bankowsc internetowa", "/scenariusze/bankowosc-internetowa-od-podstaw/"),
    ("typo", "pl", "profil zaufny", "/scenariusze/profil-zaufany-pierwsze-kroki/"),
    ("typo", "pl", "genealgia", "/scenariusze/genealogia-szukanie-przodkow-w-archiwach-cyfrowych/"),
    ("typo", "pl", "teleporda", "/scenariusze/teleporada-jak-sie-przygotowac/"),
    ("typo", "pl", "finansownie projektu", "/o-projekcie/finansowanie/"),
    ("typo", "pl", "deklaracja dostepnosic", "/deklaracja-dostepnosci/"),
    ("typo", "pl", "arkusz kalkulacyjy w pracy", "/scenariusze/arkusz-kalkulacyjny-w-pracy/"),
    ("typo", "pl", "wolontarait", "/scenariusze/wolontariat-jak-znalezc-i-oglosic/"),
    ("typo", "pl", "rozmowy wideo z rodizną", "/scenariusze/rozmowy-wideo-z-rodzina/"),
    ("typo", "pl", "dziennik elektorniczny", "/scenariusze/dziennik-elektroniczny-bez-tajemnic/"),
    # questions and long requests
    ("question", "pl", "zakupy przez internet bezpiecznie", "/scenariusze/bezpieczne-zakupy-w-sieci/"),
    ("question", "pl", "jak bezpiecznie robić zakupy w sieci", "/scenariusze/bezpieczne-zakupy-w-sieci/"),
    ("question", "pl", "jak zapisać się do lekarza przez internet", "/scenariusze/rejestracja-do-lekarza-przez-internet/"),
    ("question", "pl", "jak odebrać e-receptę i wykupić leki", "/scenariusze/e-recepta-odbieranie-i-wykupienie-lekow/"),
    ("question", "pl", "czy można głosować na budżet obywatelski przez internet", "/scenariusze/budzet-obywatelski-glosowanie-przez-internet/"),
    ("question", "pl", "jak rozpoznać oszustwo w internecie i je zgłosić", "/scenariusze/oszustwa-internetowe-rozpoznawanie-i-zglaszanie/"),
    ("question", "pl", "jak utrzymać partnerstwo kiedy projekt się skończy", "/publikacje/mocni-w-partnerstwie/trwalosc/"),
    ("question", "pl", "od czego zacząć diagnozę w gminie", "/publikacje/mocni-w-partnerstwie/diagnoza/"),
    ("question", "pl", "kogo zaprosić do współpracy w partnerstwie", "/publikacje/mocni-w-partnerstwie/partnerzy/"),
    ("question", "pl", "jak napisać cv i list motywacyjny na komputerze", "/scenariusze/cv-i-list-motywacyjny-w-edytorze-tekstu/"),
    ("question", "pl", "jak się przygotować do teleporady u lekarza", "/scenariusze/teleporada-jak-sie-przygotowac/"),
    ("question", "pl", "gdzie w telefonie sprawdzić rozkład jazdy autobusu", "/scenariusze/rozklad-jazdy-i-bilety-w-telefonie/"),
    # word families
    ("family", "pl", "przypomnienie o lekach", "/scenariusze/aplikacje-ktore-przypominaja-o-lekach/"),
    ("family", "pl", "bankowość dla seniorami", "/scenariusze/bankowosc-internetowa-od-podstaw-zajecia-dla-seniorow/"),
    ("family", "pl", "głosować przez internet", "/scenariusze/budzet-obywatelski-glosowanie-przez-internet/"),
    ("family", "pl", "rejestrować się do lekarza", "/scenariusze/rejestracja-do-lekarza-przez-internet/"),
    ("family", "pl", "sprzedawać rękodzieło", "/scenariusze/sprzedaz-rekodziela-w-internecie/"),
    ("family", "pl", "planować wycieczkę", "/scenariusze/planowanie-wycieczki-w-sieci/"),
    ("family", "pl", "porządkować zdjęcia z telefonu", "/scenariusze/zdjecia-z-telefonu-robienie-porzadkowanie-wysylanie/"),
    ("family", "pl", "wyszukiwać informacje w internecie", "/scenariusze/wyszukiwanie-informacji-w-internecie/"),
    ("family", "pl", "zwiedzać muzea wirtualnie", "/scenariusze/wirtualne-muzea-i-spacery/"),
    ("family", "pl", "oszuści internetowi", "/scenariusze/oszustwa-internetowe-rozpoznawanie-i-zglaszanie/"),
    # synonyms (the demo's synonym list, see demo/content/search/synonyms.toml)
    ("synonym", "pl", "bankowość dla osób starszych", "/scenariusze/bankowosc-internetowa-od-podstaw-zajecia-dla-seniorow/"),
    ("synonym", "pl", "cyberbezpieczeństwo", "/scenariusze/oszustwa-internetowe-rozpoznawanie-i-zglaszanie/"),
    ("synonym", "pl", "BIP", "/scenariusze/strona-gminy-i-biuletyn-informacji-publicznej/"),
    ("synonym", "pl", "zakupy online", "/scenariusze/zakupy-w-internecie-bez-ryzyka/"),
    ("synonym", "pl", "darmowe e-booki", "/scenariusze/katalog-biblioteki-i-bezplatne-e-booki/"),
    ("synonym", "pl", "wideorozmowa z wnukami", "/scenariusze/rozmowy-wideo-z-rodzina/"),
    ("synonym", "pl", "bilety na komórkę", "/scenariusze/rozklad-jazdy-i-bilety-w-telefonie/"),
    ("synonym", "pl", "urząd online", "/scenariusze/sprawy-urzedowe-przez-internet/"),
    ("synonym", "pl", "fake newsy", "/scenariusze/wiarygodne-zrodla-i-falszywe-wiadomosci/"),
    ("synonym", "pl", "mail dla początkujących", "/scenariusze/poczta-elektroniczna-na-co-dzien/"),
    # English: typos, questions, families, synonyms
    ("english", "en", "fake nwes", "/en/scenarios/reliable-sources-and-fake-news/"),
    ("english", "en", "handbok", "/en/publications/strong-in-partnership/"),
    ("english", "en", "how to protect yourself from financial scams", "/en/scenarios/financial-scams-how-to-protect-yourself/"),
    ("english", "en", "how do I make a video call with my family", "/en/scenarios/video-calls-with-the-family/"),
    ("english", "en", "booking doctor appointments", "/en/scenarios/booking-a-doctors-appointment-online-a-session-for-people-with-disabilities/"),
    ("english", "en", "internet banking", "/en/scenarios/your-bank-account-online/"),
    ("english", "en", "e-mail for beginners", "/en/scenarios/email-for-everyday-use/"),
    ("english", "en", "where to start in the municipality", "/en/publications/strong-in-partnership/diagnosis/"),
    ("english", "en", "virtual museum walk", "/en/scenarios/virtual-museums-and-walks/"),
    ("english", "en", "whom to invite as partners", "/en/publications/strong-in-partnership/partners/"),
]


def labelled_by_kind():
    """Every labelled query as (kind, language, query, expected paths), the old sets as kinds
    "pl" and "en" (they may name several acceptable pages)."""
    items = [("pl", "pl", query, expected) for query, expected in POLISH]
    items += [("en", "en", query, expected) for query, expected in ENGLISH]
    items += [(kind, language, query, [path]) for kind, language, query, path in LABELLED]
    return items


def measure(search_urls):
    """recall@10 and MRR per kind and overall. `search_urls(query, language)` returns the
    result URLs in rank order. Returns {kind: (recall, mrr, n)}, with "all" for everything."""
    per_kind = {}
    for kind, language, query, expected in labelled_by_kind():
        urls = search_urls(query, language)[:10]
        rank = next((i for i, url in enumerate(urls, start=1) if is_expected(url, expected)), None)
        per_kind.setdefault(kind, []).append(1.0 / rank if rank else 0.0)
    figures = {}
    everything = [value for values in per_kind.values() for value in values]
    for kind, values in [*per_kind.items(), ("all", everything)]:
        recall = sum(1 for value in values if value) / len(values)
        figures[kind] = (round(recall, 3), round(sum(values) / len(values), 3), len(values))
    return figures


def misses(search_urls):
    """(kind, query, rank or None) for every labelled query not found first."""
    out = []
    for kind, language, query, expected in labelled_by_kind():
        urls = search_urls(query, language)[:10]
        rank = next((i for i, url in enumerate(urls, start=1) if is_expected(url, expected)), None)
        if rank != 1:
            out.append((kind, query, rank))
    return out
