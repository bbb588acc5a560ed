"""Building blocks of the demo scenarios: audiences and levels (with what they change in a
scenario), and the shared wording of steps and adaptations. Written for this site."""

FRSI = "Fundacja Rozwoju Społeczeństwa Informacyjnego"
FIRR = "Fundacja Instytut Rozwoju Regionalnego"
AKTYWIZACJA = "Fundacja Aktywizacja"
PZG = "Polski Związek Głuchych Oddział Łódzki"

AUDIENCES = {
    "dorosli-poczatkujacy": {
        "keywords": "dorosłych początkujących, osoby dorosłe",
        "name": "Dorośli, którzy zaczynają korzystać z internetu", "suffix": "", "group": (8, 12),
        "summary": "Scenariusz dla dorosłych, którzy dopiero zaczynają załatwiać codzienne sprawy przez internet.",
        "intro": "Prowadzący przedstawia plan zajęć i zapewnia, że każde pytanie jest dobre.",
        "tips": ("Mów prostym językiem i wyjaśniaj każde nowe słowo, na przykład „przeglądarka” czy „link”.",
                 "Pozwól uczestnikom klikać samodzielnie; pomagaj słowem, nie przejmuj myszy."),
        "equipment": (), "authors": (FRSI, FIRR),
    },
    "seniorzy": {
        "keywords": "seniorów, seniorek, osoby starsze, starszych",
        "name": "Seniorzy", "suffix": " – zajęcia dla seniorów", "group": (6, 10),
        "summary": "Wersja dla seniorów: spokojne tempo, powiększony tekst na ekranach i dużo czasu na ćwiczenia "
                   "w parach.",
        "intro": "Prowadzący powiększa tekst na ekranach i zaprasza do zadawania pytań w dowolnej chwili.",
        "tips": ("Przed zajęciami powiększ tekst w przeglądarkach i ustaw wyraźny kursor myszy.",
                 "Rozdaj kartki z najważniejszymi krokami zapisanymi dużą czcionką: uczestnicy zabiorą je do domu."),
        "equipment": ("wydrukowane instrukcje dużą czcionką",), "authors": (FIRR, FRSI),
    },
    "osoby-z-niepelnosprawnosciami": {
        "keywords": "niepełnosprawnych, niepełnosprawność, niepełnosprawnościami",
        "name": "Osoby z niepełnosprawnościami", "suffix": " – zajęcia dla osób z niepełnosprawnościami",
        "group": (6, 8),
        "summary": "Wersja dla osób z różnymi niepełnosprawnościami: dostępna sala, elastyczne tempo i ułatwienia "
                   "dostępu ustawione w komputerze i telefonie.",
        "intro": "Prowadzący pyta każdego uczestnika, jakich ułatwień potrzebuje, i razem z nim ustawia sprzęt.",
        "tips": ("Zapytaj uczestników o ich potrzeby przed zajęciami, zamiast zgadywać.",
                 "Zaplanuj dłuższe przerwy i możliwość pracy we własnym tempie."),
        "equipment": ("sala bez progów, ze stołami dostępnymi dla osób na wózkach",
                      "klawiatura z dużymi klawiszami i mysz kulkowa dla osób z niepełnosprawnością rąk"),
        "authors": (AKTYWIZACJA,),
    },
    "osoby-gluche": {
        "keywords": "głuchych, niesłyszących, język migowy, tłumacz PJM",
        "name": "Osoby głuche (PJM)", "suffix": " – zajęcia z tłumaczem PJM", "group": (6, 8),
        "summary": "Wersja dla osób głuchych: zajęcia z tłumaczem polskiego języka migowego, materiały wizualne "
                   "i filmy z napisami.",
        "intro": "Tłumacz PJM przedstawia się grupie, a prowadzący ustala z uczestnikami, jak sygnalizować pytania.",
        "tips": ("Mów do uczestników, nie do tłumacza, i rób przerwy, gdy pokazujesz coś na ekranie.",
                 "Zapisuj najważniejsze słowa i adresy stron na tablicy."),
        "equipment": ("dobrze oświetlone miejsce dla tłumacza PJM, widoczne dla wszystkich", "tablica lub flipchart"),
        "authors": (PZG,),
    },
    "osoby-niewidome-i-slabowidzace": {
        "keywords": "niewidomych, słabowidzących, czytnik ekranu",
        "name": "Osoby niewidome i słabowidzące", "suffix": " – zajęcia dla osób niewidomych i słabowidzących",
        "group": (4, 6),
        "summary": "Wersja dla osób niewidomych i słabowidzących: praca z czytnikiem ekranu i powiększeniem, "
                   "skróty klawiszowe zamiast myszy.",
        "intro": "Prowadzący sprawdza z każdym uczestnikiem ustawienia czytnika ekranu lub powiększenia.",
        "tips": ("Opisuj słowami wszystko, co pokazujesz, i podawaj skróty klawiszowe.",
                 "Przygotuj materiały w wersji elektronicznej i w druku powiększonym."),
        "equipment": ("komputery z czytnikiem ekranu (np. NVDA) i słuchawkami", "program powiększający ekran"),
        "authors": (AKTYWIZACJA,), "duration_factor": 1.5,
    },
}
# Who the second version of each stationary topic is for, in turn.
VARIANT_AUDIENCES = ("seniorzy", "osoby-gluche", "osoby-niewidome-i-slabowidzace", "osoby-z-niepelnosprawnosciami")

LEVELS = {
    "P": {
        "slug": "podstawowy", "name": "Podstawowy", "hours": (2, 2.5, 3, 4), "online_hours": (0.5, 1),
        "prerequisites": "",
        "objective": "Uczestnik wykonuje ćwiczenie z pomocą prowadzącego i wie, gdzie szukać pomocy po zajęciach.",
        "tip": "Zaplanuj czas na włączenie komputerów i logowanie: na tym poziomie zawsze trwa to dłużej, "
               "niż się wydaje.",
    },
    "S": {
        "slug": "sredniozaawansowany", "name": "Średniozaawansowany", "hours": (3, 4, 5, 6),
        "online_hours": (1, 1.5),
        "prerequisites": "Uczestnicy umieją włączyć komputer lub smartfon, korzystać z przeglądarki i mają własny "
                         "adres e-mail.",
        "objective": "Uczestnik wykonuje ćwiczenie samodzielnie i umie powtórzyć je w domu.",
        "tip": "Poproś osoby, które skończą wcześniej, o pomoc sąsiadom: utrwalą w ten sposób to, czego się "
               "nauczyły.",
    },
    "Z": {
        "slug": "zaawansowany", "name": "Zaawansowany", "hours": (4, 6, 8, 12), "online_hours": (1.5, 2),
        "prerequisites": "Uczestnicy swobodnie korzystają z przeglądarki, poczty elektronicznej i telefonu; "
                         "najlepiej, jeśli mają za sobą zajęcia z tego obszaru na poziomie średniozaawansowanym.",
        "objective": "Uczestnik potrafi wyjaśnić innym, jak wykonać zadanie, i radzi sobie z typowymi problemami.",
        "tip": "Zostaw czas na pytania z życia uczestników: na tym poziomie przynoszą własne sprawy, które warto "
               "rozwiązać przy grupie.",
    },
}

STATIONARY_EQUIPMENT = ("komputer lub laptop z internetem dla każdego uczestnika albo dla każdej pary",
                        "rzutnik i ekran")
ONLINE_EQUIPMENT = ("komputer, tablet lub smartfon z dostępem do internetu", "słuchawki lub głośniki")
ONLINE_PREREQUISITES = "Uczestnicy umieją otworzyć stronę w przeglądarce i mają własny adres e-mail."
ONLINE_SUMMARY = "Kurs online do samodzielnej nauki we własnym tempie, z filmami i ćwiczeniami."

STEPS = {
    "intro": "Powitanie i rozmowa na start",
    "show": "Pokaz prowadzącego",
    "exercise": "Ćwiczenie: {exercise}",
    "exercise_text": "Uczestnicy wykonują ćwiczenie w parach lub samodzielnie; prowadzący podchodzi do każdego "
                     "stanowiska.",
    "break": "Przerwa",
    "break_text": "Czas na herbatę i na pytania, które ktoś woli zadać na osobności.",
    "safety": "Bezpieczeństwo",
    "solo": "Zadanie samodzielne",
    "solo_text": "Każdy uczestnik wykonuje całość jeszcze raz, tym razem bez podpowiedzi, na przykładzie "
                 "z własnego życia.",
    "summary": "Podsumowanie i pytania",
    "summary_text": "Każdy mówi, czego się nauczył i co zrobi w domu; prowadzący rozdaje instrukcję do zabrania.",
}
ONLINE_STEPS = (
    ("Wprowadzenie", "Krótki film: czego dowiesz się z kursu i co będzie Ci potrzebne."),
    ("Film instruktażowy", None),  # the topic's demonstration
    ("Ćwiczenie: {exercise}", "Wykonaj ćwiczenie na swoim urządzeniu; w razie kłopotu wróć do filmu."),
    ("Sprawdź się", "Krótki test z pięciu pytań z odpowiedziami od razu po zaznaczeniu."),
    ("Podsumowanie", "Lista najważniejszych kroków do pobrania i wskazówki, co ćwiczyć dalej."),
)
HOMEWORK = ("Zadanie do domu",
            "Powtórz ćwiczenie „{exercise}” w domu na przykładzie z własnego życia i zanotuj pytania na kolejne "
            "spotkanie.")

ADAPTATION_DEAF = (
    "Zapewnij tłumacza PJM albo napisy do filmów. Gdy pokazujesz coś na ekranie, daj uczestnikom chwilę na "
    "przeniesienie wzroku z tłumacza na ekran."
)
ADAPTATION_DEAF_EXERCISE = "Polecenie ćwiczenia „{exercise}” zapisz na tablicy lub rozdaj na kartce."
ADAPTATION_DEAF_FULL = (
    "Zajęcia prowadzi tłumacz PJM razem z prowadzącym albo głuchy trener. Uczestnicy siedzą w półkolu, tak aby "
    "widzieć siebie nawzajem, tłumacza i ekran. Filmy pokazywane na zajęciach mają napisy."
)
ADAPTATION_BLIND = (
    "Opisuj słowami to, co dzieje się na ekranie, i podawaj skróty klawiszowe zamiast „kliknij tutaj”. Polecenie "
    "ćwiczenia „{exercise}” przygotuj w pliku tekstowym, który odczyta czytnik ekranu, i w druku powiększonym. "
    "Osobom słabowidzącym pomóż ustawić powiększenie i kontrast."
)
ADAPTATION_BLIND_FULL = (
    "Każdy uczestnik pracuje na komputerze z czytnikiem ekranu lub programem powiększającym, najlepiej na "
    "sprzęcie, którego używa na co dzień. Zaplanuj jednego asystenta na dwie, trzy osoby i sprawdź przed "
    "zajęciami, czy strony z ćwiczeń działają z czytnikiem ekranu."
)
ONLINE_DEAF = "Filmy kursu mają napisy; przy każdym filmie jest też wersja z tłumaczeniem na PJM."
ONLINE_DEAF_SHORT = "Filmy kursu mają napisy, a najważniejsze kroki są też opisane pod filmem."
ONLINE_BLIND = ("Kurs działa z czytnikiem ekranu: filmy mają opis tego, co dzieje się na ekranie, a wszystkie "
                "ćwiczenia można wykonać z klawiatury.")
EDITOR_NOTE = ("Dane demonstracyjne: treść złożona z materiałów tematycznych, autorstwo przypisane przykładowo. "
               "Sprawdź przed publikacją.")
ONLINE_NOTE = " Adres materiału online jest zastępczy (example.org): podmień go na właściwy."
