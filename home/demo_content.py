"""Texts of the demo site, written for this project from the facts in shared/content-facts.md."""


def h(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def p(*paragraphs):
    return {"type": "paragraph", "value": "".join(f"<p>{text}</p>" for text in paragraphs)}


def ul(*items):
    return {"type": "paragraph", "value": "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"}


HOME = {
    "pl": {
        "title": "e-Mocni",
        "hero_title": "e-Mocni: cyfrowe umiejętności, realne korzyści",
        "hero_alt_text": "Abstrakcyjna ilustracja: kolorowe koła i prostokąty połączone jak sieć.",
        "hero_lead": "W latach 2016–2019 dorośli ze 125 gmin uczyli się korzystać z internetu w codziennych "
        "sprawach: od e-recepty po rozmowę wideo z wnukami. Tu znajdziesz poradniki, nagrania webinariów "
        "i ponad 120 scenariuszy szkoleń, które możesz wykorzystać u siebie.",
        "stats_heading": "Projekt w liczbach",
        "stats": [
            ("125", "gmin w projekcie"),
            ("17 266", "osób przeszkolonych stacjonarnie"),
            ("1 401", "uczestników z niepełnosprawnościami"),
            ("160", "lokalnych trenerów i trenerek"),
            ("92%", "uczestników z certyfikatem"),
        ],
        "featured_heading": "Od czego zacząć",
        "featured": [
            ("publikacje", "Publikacje", "Raporty i poradniki projektu do czytania w przeglądarce i do pobrania."),
            ("publikacje/mocni-w-partnerstwie", "Poradnik „Mocni w partnerstwie”", "Jak zbudować gminne partnerstwo na rzecz edukacji cyfrowej, krok po kroku."),
            ("webinaria", "Webinaria dla gmin", "Osiem nagranych spotkań o lokalnych partnerstwach, z napisami."),
            ("scenariusze", "Katalog scenariuszy szkoleń", "Gotowe scenariusze zajęć stacjonarnych i online na licencji CC BY."),
        ],
    },
    "en": {
        "title": "e-Mocni",
        "hero_title": "e-Mocni: digital skills, real benefits",
        "hero_alt_text": "An abstract illustration: coloured circles and rectangles joined like a network.",
        "hero_lead": "Between 2016 and 2019, adults in 125 Polish municipalities learned to use the internet "
        "for everyday matters, from e-prescriptions to video calls with their grandchildren. Here you will "
        "find the project's handbooks, webinar recordings and more than 120 training scenarios to reuse.",
        "stats_heading": "The project in figures",
        "stats": [
            ("125", "municipalities taking part"),
            ("17,266", "people trained in classrooms"),
            ("1,401", "participants with disabilities"),
            ("160", "local trainers"),
            ("92%", "participants who earned a certificate"),
        ],
        "featured_heading": "Where to start",
        "featured": [
            ("publikacje", "Publications", "The project's reports and handbooks, to read online or download (in Polish)."),
            ("o-projekcie", "About the project", "Who ran e-Mocni, who funded it and what it achieved."),
            ("webinaria", "Webinars for municipalities", "Eight recorded sessions on local partnerships (in Polish)."),
            ("scenariusze", "Training scenario catalogue", "Ready-made lesson plans under a CC BY licence (in Polish)."),
        ],
    },
}

ABOUT = {
    "pl": {
        "title": "O projekcie",
        "lead": "e-Mocni pomagał dorosłym, którzy dotąd nie korzystali z internetu, załatwiać w sieci "
        "codzienne sprawy. Szkolenia prowadziły lokalne instytucje, żeby mogły je kontynuować po projekcie.",
        "body": [
            h("Dla kogo był projekt"),
            p(
                "Uczestnikami byli dorośli, którzy nie używali jeszcze internetu do spraw codziennych: "
                "płacenia rachunków, umawiania wizyt u lekarza, kontaktu z rodziną czy szukania pracy. "
                "Projekt objął 125 gmin, z których prawie 80% liczy do 20 000 mieszkańców.",
                "Szczególną uwagę poświęciliśmy osobom z niepełnosprawnościami. Polski Związek Głuchych "
                "Oddział Łódzki prowadził szkolenia dla osób Głuchych i przygotował filmy w polskim języku migowym.",
            ),
            h("Jak pracowaliśmy"),
            p(
                "W każdej gminie powstało partnerstwo na rzecz edukacji cyfrowej: szkoły, biblioteka, dom kultury, "
                "świetlice, ochotnicza straż pożarna, stowarzyszenia, fundacje i koła gospodyń wiejskich. "
                "Pracą partnerstwa kierował lokalny lider, nazywany e-Mocarzem.",
                "Regionalni animatorzy odwiedzali każdą gminę dwa razy, na około cztery godziny, i udzielali "
                "około ośmiu godzin konsultacji telefonicznych i online. Pomagali przeanalizować sytuację "
                "w gminie, przygotować jej profil, mapę zasobów i partnerów oraz rekomendacje.",
            ),
            {"type": "quote", "value": {
                "text": "Szkolenie trwało od 6 do 44 godzin na osobę, a prowadzili je trenerzy, "
                "których uczestnicy znali z biblioteki czy domu kultury.",
                "author": "Z podsumowania projektu", "role": "",
            }},
            h("Wyniki"),
            {"type": "table", "value": {
                "caption": "Najważniejsze wyniki projektu e-Mocni",
                "table": {
                    "first_row_is_table_header": True,
                    "first_col_is_header": True,
                    "data": [
                        ["Wskaźnik", "Wartość"],
                        ["Gminy w projekcie", "125"],
                        ["Lokalni trenerzy", "160"],
                        ["Osoby przeszkolone stacjonarnie", "17 266"],
                        ["W tym osoby z niepełnosprawnościami", "1 401"],
                        ["W tym osoby ze szczególnymi potrzebami szkoleniowymi", "385"],
                        ["Uczestnicy z certyfikatem", "92%"],
                    ],
                },
            }},
            p(
                "Źródła podają różne liczby: w niektórych materiałach mowa o ponad 18 500 przeszkolonych "
                "i około 1 400 osobach z niepełnosprawnościami. W tabeli podajemy dane z rozliczenia szkoleń stacjonarnych."
            ),
        ],
    },
    "en": {
        "title": "About the project",
        "slug": "about",
        "lead": "e-Mocni helped adults who had never used the internet to handle everyday matters online. "
        "Local institutions ran the training so that they could carry it on after the project ended.",
        "body": [
            h("Who the project was for"),
            p(
                "Participants were adults who did not yet use the internet for everyday tasks such as paying "
                "bills, booking a doctor's appointment, keeping in touch with family or looking for work. "
                "The project reached 125 municipalities, almost 80% of them with up to 20,000 residents.",
                "We paid particular attention to people with disabilities. The Łódź branch of the Polish Association "
                "of the Deaf ran training for Deaf people and produced films in Polish Sign Language (PJM).",
            ),
            h("How we worked"),
            p(
                "Each municipality formed a partnership for digital education: schools, the library, the cultural "
                "centre, community rooms, the volunteer fire brigade, associations, foundations and rural women's "
                "circles. A local leader, called an e-Mocarz, guided the partnership's work.",
                "Regional animators visited each municipality twice for about four hours and gave about eight "
                "hours of phone and online advice, helping with a local analysis, a municipal profile, a map of "
                "resources and partners, and recommendations.",
            ),
            {"type": "quote", "value": {
                "text": "Each person spent between 6 and 44 hours in training, and the trainers were people "
                "the participants already knew from their library or cultural centre.",
                "author": "From the project summary", "role": "",
            }},
            h("Results"),
            {"type": "table", "value": {
                "caption": "Key results of the e-Mocni project",
                "table": {
                    "first_row_is_table_header": True,
                    "first_col_is_header": True,
                    "data": [
                        ["Indicator", "Value"],
                        ["Municipalities", "125"],
                        ["Local trainers", "160"],
                        ["People trained in classrooms", "17,266"],
                        ["of whom people with disabilities", "1,401"],
                        ["of whom people with special training needs", "385"],
                        ["Participants with a certificate", "92%"],
                    ],
                },
            }},
            p(
                "Sources give different figures: some documents mention more than 18,500 people trained and about "
                "1,400 people with disabilities. The table shows the figures from the settlement of classroom training."
            ),
        ],
    },
}

PARTNERS = [
    ("Fundacja Aktywizacja", "lider projektu"),
    ("Fundacja Rozwoju Społeczeństwa Informacyjnego (FRSI)", "partner"),
    ("Polski Związek Głuchych Oddział Łódzki (PZG OŁ)", "partner"),
    ("Fundacja Instytut Rozwoju Regionalnego (FIRR), Kraków", "partner"),
]

FUNDING_LOGOS = [
    "Fundusze Europejskie – Program Operacyjny Polska Cyfrowa",
    "Rzeczpospolita Polska",
    "Unia Europejska – Europejski Fundusz Rozwoju Regionalnego",
]

# Polish child pages of the home page: slug -> (title, lead, body, show in menu)
SECTIONS = {
    "publikacje": ("Publikacje", "Raporty, poradniki i katalogi wydane w projekcie e-Mocni.", [
        p("Wkrótce znajdziesz tu wszystkie publikacje projektu z plikami do pobrania, w tym poradnik "
          "„Mocni w partnerstwie” i raport „Partnerstwa dają moc!”."),
    ], True),
    "webinaria": ("Webinaria", "Seria ośmiu webinariów „Mocni w partnerstwie” dla gmin.", [
        p("Webinaria nagraliśmy w latach 2018–2019. Opowiadają o budowaniu i prowadzeniu gminnych partnerstw "
          "na rzecz edukacji cyfrowej."),
    ], True),
    "scenariusze": ("Scenariusze szkoleń", "Ponad 100 scenariuszy zajęć stacjonarnych i ponad 20 szkoleń online.", [
        p("Wszystkie scenariusze są na licencji Creative Commons Uznanie autorstwa: możesz je wykorzystać "
          "i przerobić, podając autorów i źródło."),
        ul("edukacja", "sprawy codzienne", "finanse", "relacje z bliskimi", "praca i rozwój zawodowy",
           "zdrowie", "odpoczynek i hobby", "zaangażowanie obywatelskie", "religia i potrzeby duchowe"),
    ], True),
    "polityka-cookies": ("Polityka cookies", "Jakich plików cookies używa serwis i jak zmienić swoją decyzję.", [
        p("Serwis zapisuje na Twoim urządzeniu tylko pliki niezbędne do działania, dopóki nie wyrazisz "
          "zgody na inne. Szczegółowe ustawienia pojawią się na tej stronie."),
    ], False),
    "deklaracja-dostepnosci": ("Deklaracja dostępności", "Jak dbamy o dostępność serwisu e-Mocni.", [
        p("Chcemy, aby serwis był dostępny dla wszystkich, zgodnie z ustawą z dnia 4 kwietnia 2019 r. "
          "o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych."),
        h("Stan dostępności"),
        p("Serwis jest projektowany zgodnie z WCAG 2.1 na poziomie AA. Każda zmiana przechodzi "
          "automatyczne testy dostępności. Data sporządzenia deklaracji i wyniki audytu zewnętrznego: "
          "do uzupełnienia przez redakcję."),
        h("Informacje zwrotne"),
        p("Jeśli coś jest dla Ciebie niedostępne, napisz do nas – adres znajdziesz w stopce strony."),
    ], False),
    "polityka-prywatnosci": ("Polityka prywatności", "Jakie dane przetwarzamy i w jakim celu.", [
        p("Serwis nie zbiera danych osobowych bez Twojej wiedzy. Nie korzystamy z zewnętrznych czcionek "
          "ani skryptów. Treść polityki uzupełni administrator danych."),
    ], False),
}

ABOUT_CHILDREN = {
    "partnerzy": ("Partnerzy", "Cztery organizacje, które wspólnie prowadziły projekt."),
    "finansowanie": ("Finansowanie", "Projekt współfinansowała Unia Europejska."),
}

FUNDING_BODY = [
    p(
        "Projekt był współfinansowany ze środków Europejskiego Funduszu Rozwoju Regionalnego w ramach "
        "Programu Operacyjnego Polska Cyfrowa, oś priorytetowa III „Cyfrowe kompetencje społeczeństwa”, "
        "działanie 3.1 „Działania szkoleniowe na rzecz rozwoju kompetencji cyfrowych”.",
        "Umowę o dofinansowanie nr POPC.03.01.00-00-0013/16-00 zawarto 30 grudnia 2016 r. z Centrum "
        "Projektów Polska Cyfrowa. Projekt trwał od 1 grudnia 2016 r. do 30 grudnia 2019 r.",
    ),
    {"type": "table", "value": {
        "caption": "Budżet projektu",
        "table": {
            "first_row_is_table_header": True,
            "first_col_is_header": True,
            "data": [["Pozycja", "Kwota"], ["Wartość projektu", "15 956 128,28 zł"],
                     ["Dofinansowanie", "14 545 523,78 zł"]],
        },
    }},
]

FOOTER = {
    "pl": "<p>Projekt „e-Mocni: cyfrowe umiejętności, realne korzyści” był współfinansowany ze środków "
    "Europejskiego Funduszu Rozwoju Regionalnego w ramach Programu Operacyjnego Polska Cyfrowa.</p>",
    "en": "<p>The project “e-Mocni: digital skills, real benefits” was co-financed by the European Regional "
    "Development Fund under the Digital Poland Operational Programme.</p>",
}

SUMMARY_PDF = [
    [
        ("h", "e-Mocni: cyfrowe umiejętności, realne korzyści"),
        ("p", "Projekt w skrócie. Lata 2016–2019, 125 gmin, 17 266 osób przeszkolonych stacjonarnie, "
              "160 lokalnych trenerów i trenerek."),
        ("h", "Partnerzy"),
        ("p", "Fundacja Aktywizacja (lider), Fundacja Rozwoju Społeczeństwa Informacyjnego, Polski Związek "
              "Głuchych Oddział Łódzki, Fundacja Instytut Rozwoju Regionalnego."),
    ],
    [
        ("h", "Finansowanie"),
        ("p", "Europejski Fundusz Rozwoju Regionalnego, Program Operacyjny Polska Cyfrowa, działanie 3.1. "
              "Wartość projektu 15 956 128,28 zł, dofinansowanie 14 545 523,78 zł."),
    ],
]
