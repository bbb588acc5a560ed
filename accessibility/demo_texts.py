"""Demo texts of the accessibility statement, Polish and English side by side.

Each rich-text field is a list of blocks, ("p", text) or ("ul", [items]), in the same order in
both languages, so the English strings for wagtail-localize pair up with the Polish ones block
by block. The facts an editor must confirm (contact, dates, office) are listed in EDITOR_NOTE.
"""

EDITOR_NOTE = (
    "Dane przykładowe do zastąpienia przed publikacją serwisu: osoba lub zespół do kontaktu, "
    "e-mail (dostepnosc@example.org), telefon (+48 22 000 00 00), daty publikacji, aktualizacji "
    "i sporządzenia deklaracji oraz opis biura. Stan zgodności i listę niezgodności potwierdź "
    "wynikiem audytu serwisu."
)

FIELDS = {
    "pl": {
        "title": "Deklaracja dostępności",
        "podmiot": "Fundacja Aktywizacja",
        "nazwa_strony": "e-Mocni: cyfrowe umiejętności, realne korzyści",
    },
    "en": {
        "title": "Accessibility statement",
        "slug": "accessibility-statement",
        "podmiot": "Fundacja Aktywizacja",
        "nazwa_strony": "e-Mocni: digital skills, real benefits",
    },
}
# Contact data follow the Polish page; the English page names the team in English.
PERSON = {"pl": "zespół redakcji serwisu e-Mocni", "en": "the e-Mocni website team"}
EMAIL = "dostepnosc@example.org"
PHONE = "+48 22 000 00 00"

RICH = {
    "niezgodnosci": {
        "pl": [
            ("ul", [
                "Część scenariuszy zajęć przygotowanych przez partnerów lokalnych ma załączniki (pliki DOCX "
                "i PDF) bez pełnej struktury nagłówków. Poprawiamy je przy kolejnych wydaniach; do tego czasu "
                "prześlemy Ci treść wybranego pliku w dostępnej formie.",
                "Lista gmin uczestniczących w projekcie jest dostępna także jako arkusz kalkulacyjny, w którym "
                "nie wszystkie kolumny mają opisane nagłówki. Ta sama lista jest na stronie jako tabela.",
            ]),
        ],
        "en": [
            ("ul", [
                "Some of the lesson plans prepared by local partners have attachments (DOCX and PDF files) "
                "without a full heading structure. We fix them as we publish new editions; until then we will "
                "send you the content of any file in an accessible form.",
                "The list of municipalities taking part in the project is also available as a spreadsheet in "
                "which not every column has a described header. The same list is on the website as a table.",
            ]),
        ],
    },
    "wylaczenia": {
        "pl": [
            ("p", "Ustawa nie obejmuje nagrań webinariów z serii „Mocni w partnerstwie” (lata 2018–2019), "
                  "bo opublikowano je przed 23 września 2020 r., ani poradnika „Mocni w partnerstwie” "
                  "w formacie PDF z 2017 r. Mimo to na prośbę przygotujemy transkrypcję wybranego nagrania "
                  "albo tekst poradnika w dostępnej formie."),
        ],
        "en": [
            ("p", "The Act does not cover the recordings of the “Mocni w partnerstwie” webinar series "
                  "(2018–2019), published before 23 September 2020, nor the 2017 PDF of the “Mocni "
                  "w partnerstwie” handbook. Even so, on request we will prepare a transcript of any "
                  "recording or the text of the handbook in an accessible form."),
        ],
    },
    "udogodnienia": {
        "pl": [
            ("ul", [
                "Tekst jest złożony krojem Atkinson Hyperlegible, zaprojektowanym dla osób słabowidzących; "
                "możesz go powiększyć do 200% bez utraty treści.",
                "Na początku każdej strony jest odnośnik „Przejdź do treści”, a całym serwisem można się "
                "posługiwać samą klawiaturą.",
                "Serwis działa także bez JavaScriptu, a filmy z YouTube włączają się dopiero na Twoje życzenie.",
                "Przy plikach do pobrania podajemy format, rozmiar i liczbę stron.",
                "Każdą zmianę serwisu sprawdzamy automatycznie według WCAG 2.2 na poziomie AA: regułami "
                "axe-core, pomiarem wielkości elementów do klikania, widocznością fokusu przy poruszaniu się "
                "klawiaturą i w trybie wysokiego kontrastu. Nie zastępuje to badania z udziałem użytkowników.",
                "Każdy wgrywany plik PDF, DOCX i ODT sprawdzamy pod kątem znaczników, języka, tytułu, warstwy "
                "tekstowej i osadzonych czcionek; pliki z problemami poprawiamy albo udostępniamy na prośbę.",
            ]),
        ],
        "en": [
            ("ul", [
                "The text is set in Atkinson Hyperlegible, a typeface designed for people with low vision; "
                "you can zoom it to 200% without losing content.",
                "Every page starts with a “Skip to main content” link, and the whole website can be used "
                "with a keyboard alone.",
                "The website also works without JavaScript, and YouTube videos load only when you ask for them.",
                "Next to each download we give its format, size and number of pages.",
                "Every change to the website is checked automatically against WCAG 2.2 at level AA: with the "
                "axe-core rules, by measuring the size of click targets, and by checking that the focus stays "
                "visible when moving with a keyboard and in high-contrast mode. This does not replace testing "
                "with users.",
                "Every PDF, DOCX and ODT file uploaded is checked for tags, language, title, a text layer and "
                "embedded fonts; files with problems are corrected or provided on request.",
            ]),
        ],
    },
    "procedura": {
        "pl": [
            ("p", "Masz prawo zażądać, abyśmy zapewnili dostępność cyfrową strony, jej części lub pliku, "
                  "albo udostępnili Ci informację w innej formie, na przykład odczytali niedostępny dokument "
                  "lub opisali film bez audiodeskrypcji."),
            ("p", "W żądaniu podaj swoje dane kontaktowe, adres strony lub opis elementu, o który chodzi, "
                  "a jeśli prosisz o informację w innej formie, także formę, która Ci odpowiada."),
            ("p", "Odpowiemy niezwłocznie, najpóźniej w ciągu 7 dni. Jeśli nie zdążymy, napiszemy, kiedy "
                  "spełnimy żądanie; nowy termin nie przekroczy 2 miesięcy od dnia złożenia żądania. Jeśli "
                  "zapewnienie dostępności nie będzie możliwe, zaproponujemy inny sposób dostępu do informacji."),
            ("p", "Jeśli odmówimy, nie dotrzymamy terminu albo nie zgodzisz się na zaproponowany sposób "
                  "dostępu, możesz złożyć skargę na adres podany wyżej. Gdy i to nie pomoże, możesz zwrócić "
                  "się do <a href=\"https://bip.brpo.gov.pl/\">Rzecznika Praw Obywatelskich</a>."),
        ],
        "en": [
            ("p", "You have the right to ask us to make the website, a part of it or a file accessible, or "
                  "to give you the information in another form, for example by reading out a document that "
                  "is not accessible or describing a video that has no audio description."),
            ("p", "In your request give your contact details, the address of the page or a description of "
                  "the element concerned, and, if you ask for information in another form, the form that "
                  "suits you."),
            ("p", "We will answer without delay, within 7 days at the latest. If we cannot manage that, we "
                  "will tell you when we will do it; the new deadline will not be later than 2 months from "
                  "your request. If the content cannot be made accessible, we will offer you another way of "
                  "getting the information."),
            ("p", "If we refuse, miss the deadline or you do not accept the other way we offer, you can "
                  "make a complaint to the address given above. If that does not help either, you can turn "
                  "to the <a href=\"https://bip.brpo.gov.pl/\">Commissioner for Human Rights</a> (Rzecznik "
                  "Praw Obywatelskich)."),
        ],
    },
    "architektura": {
        "pl": [
            ("p", "Serwis prowadzi Fundacja Aktywizacja. Opis dostępności jej biura (wejście, winda, toalety, "
                  "miejsca parkingowe, pętla indukcyjna, wstęp z psem asystującym) jeszcze przygotowujemy."),
            ("p", "Jeśli chcesz spotkać się z nami osobiście, napisz lub zadzwoń przed wizytą: umówimy się "
                  "w miejscu dostępnym dla Ciebie."),
        ],
        "en": [
            ("p", "The website is run by Fundacja Aktywizacja. We are still preparing a description of the "
                  "accessibility of its office (entrance, lift, toilets, parking, induction loop, entry with an "
                  "assistance dog)."),
            ("p", "If you would like to meet us in person, write or call before your visit and we will "
                  "arrange to meet in a place that is accessible to you."),
        ],
    },
    "komunikacja": {
        "pl": [
            ("p", "Osoby Głuche i słabosłyszące mogą się z nami kontaktować e-mailem lub SMS-em na numer "
                  "podany wyżej. Na spotkanie możesz przyjść z wybraną przez siebie osobą przybraną."),
            ("p", "Jeśli potrzebujesz tłumacza polskiego języka migowego (PJM), systemu językowo-migowego "
                  "(SJM) lub sposobu komunikowania się osób głuchoniewidomych (SKOGN), poinformuj nas co "
                  "najmniej 3 dni robocze przed spotkaniem. W projekcie e-Mocni Polski Związek Głuchych "
                  "Oddział Łódzki przygotował filmy w PJM; znajdziesz je przy materiałach szkoleniowych."),
        ],
        "en": [
            ("p", "Deaf and hard of hearing people can contact us by e-mail or by text message to the number "
                  "given above. You may bring a person of your choice to help you communicate at a meeting."),
            ("p", "If you need an interpreter of Polish Sign Language (PJM), of signed Polish (SJM) or of "
                  "the communication methods of deafblind people (SKOGN), let us know at least 3 working days "
                  "before the meeting. In the e-Mocni project the Łódź branch of the Polish Association of "
                  "the Deaf made films in PJM; you will find them with the training materials."),
        ],
    },
}


def html(blocks):
    parts = []
    for kind, content in blocks:
        if kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{item}</li>" for item in content) + "</ul>")
        else:
            parts.append(f"<p>{content}</p>")
    return "".join(parts)


def segments(blocks):
    """The block-level texts of a field, in order, as wagtail-localize extracts them."""
    for kind, content in blocks:
        if kind == "ul":
            yield from content
        else:
            yield content
