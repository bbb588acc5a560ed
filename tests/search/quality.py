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
