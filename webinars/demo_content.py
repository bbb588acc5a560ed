"""Texts of the demo webinar series, written for this project (facts: shared/content-facts.md).

Titles, speakers, dates and video ids of the real webinars are unknown: the topics follow the
partnership method, the speakers and video ids are placeholders and marked as such in the admin.
"""

SERIES = {
    "title": "Webinaria „Mocni w partnerstwie”",
    "lead": "Osiem nagranych spotkań dla gmin, które budują lokalne partnerstwo na rzecz edukacji cyfrowej.",
    "intro": (
        "<p>Seria powstała w latach 2018–2019 jako wsparcie dla gminnych partnerstw w projekcie e-Mocni, "
        "obok wizyt animatorów i poradnika „Mocni w partnerstwie”. Każde spotkanie omawia jeden krok: "
        "od diagnozy gminy po to, jak utrzymać współpracę po zakończeniu projektu.</p>"
        "<p>Nagrania mają napisy, a pod każdym znajdziesz pełną transkrypcję. Spotkanie o szkoleniach "
        "dla osób głuchych ma też tłumaczenie na polski język migowy (PJM).</p>"
        "<p>Możesz obejrzeć webinaria samodzielnie albo razem z partnerami, na przykład na początku "
        "spotkania partnerstwa. Na dole strony jest lista wszystkich linków do skopiowania lub wydruku.</p>"
    ),
}

# key -> (name, role, organisation): invented people, marked "dane zastępcze" in the admin.
SPEAKERS = {
    "anna": ("Anna Przykładowa", "animatorka partnerstw lokalnych",
             "Fundacja Rozwoju Społeczeństwa Informacyjnego"),
    "tomasz": ("Tomasz Przykładowy", "koordynator szkoleń", "Fundacja Aktywizacja"),
    "ewa": ("Ewa Przykładowa", "trenerka i tłumaczka PJM", "Polski Związek Głuchych Oddział Łódzki"),
    "marek": ("Marek Przykładowy", "ekspert rozwoju lokalnego", "Fundacja Instytut Rozwoju Regionalnego"),
}

# Materials: key -> (document title, file name, PDF pages as [(style, text)])
MATERIALS = {
    "diagnoza": (
        "Karta diagnozy gminy – wzór do wypełnienia",
        "karta-diagnozy-gminy.pdf",
        [[
            ("h", "Karta diagnozy gminy"),
            ("p", "Wzór z webinarium „Partnerstwo zaczyna się od diagnozy”. Wypełnijcie go razem, "
                  "na pierwszym spotkaniu partnerstwa."),
            ("h", "1. Mieszkańcy"),
            ("p", "Ile osób mieszka w gminie? Ile z nich ma ponad 60 lat? Gdzie mieszkają osoby, "
                  "które nie korzystają z internetu?"),
            ("h", "2. Miejsca"),
            ("p", "Gdzie jest dostęp do komputerów i internetu: biblioteka, szkoła, świetlica, dom kultury?"),
            ("h", "3. Potrzeby"),
            ("p", "Jakie sprawy mieszkańcy chcieliby załatwiać przez internet? Zapiszcie ich własne słowa."),
        ]],
    ),
    "mapa": (
        "Mapa zasobów i partnerów – arkusz roboczy",
        "mapa-zasobow-i-partnerow.pdf",
        [[
            ("h", "Mapa zasobów i partnerów"),
            ("p", "Arkusz z webinarium „Mapa zasobów i partnerów”. Jeden wiersz to jedna instytucja "
                  "lub grupa."),
            ("p", "Kolumny: nazwa; co może dać partnerstwu (sala, sprzęt, ludzie, kontakty); "
                  "kto jest osobą do kontaktu; czy już z nami współpracuje; następny krok."),
            ("p", "Pamiętajcie o kołach gospodyń wiejskich, ochotniczej straży pożarnej, parafii, "
                  "klubach seniora i lokalnych firmach."),
        ]],
    ),
    "dostepnosc": (
        "Lista kontrolna: dostępne szkolenie",
        "lista-kontrolna-dostepne-szkolenie.pdf",
        [[
            ("h", "Dostępne szkolenie – lista kontrolna"),
            ("p", "Sala: wejście bez schodów lub z podjazdem, toaleta dostępna dla osób na wózku, "
                  "dobre oświetlenie."),
            ("p", "Osoby głuche: tłumacz PJM zamówiony z wyprzedzeniem, miejsce dla tłumacza w dobrym "
                  "świetle, materiały z napisami."),
            ("p", "Osoby niewidome i słabowidzące: czytnik ekranu na komputerze, powiększony druk, "
                  "opisy zdjęć w materiałach."),
            ("p", "Zapisy: kilka sposobów zgłoszenia (telefon, SMS, e-mail, osobiście) i pytanie "
                  "o potrzeby uczestnika."),
        ]],
    ),
}
