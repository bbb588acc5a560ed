"""The eight demo webinars: summaries, what viewers learn, transcripts (all written for this project).

Each transcript is a list of (speaker key, text); the key None marks a note from the editors.
"""

EPISODES = [
    {
        "number": 1,
        "slug": "partnerstwo-zaczyna-sie-od-diagnozy",
        "title": "Partnerstwo zaczyna się od diagnozy",
        "starts_at": (2018, 4, 19, 11, 0),
        "minutes": 72,
        "speakers": ["anna", "marek"],
        "summary": "Zanim zaplanujecie szkolenia, sprawdźcie, kto w gminie nie korzysta z internetu i dlaczego. "
        "Pokazujemy, jak w kilka tygodni przygotować prosty profil gminy z danych, które już macie.",
        "learning": [
            "skąd wziąć dane o mieszkańcach bez zamawiania badań",
            "jak rozmawiać z mieszkańcami o ich potrzebach",
            "jak zapisać wnioski w jednostronicowym profilu gminy",
        ],
        "materials": ["diagnoza"],
        "transcript": [
            ("anna", "Dzień dobry, witamy na pierwszym webinarium z serii „Mocni w partnerstwie”. Dziś "
             "zaczynamy od podstaw, czyli od tego, co warto wiedzieć o gminie, zanim ktokolwiek usiądzie "
             "do planowania szkoleń."),
            ("marek", "Często słyszę pytanie, czy diagnoza to duże badanie. Nie musi. W większości gmin "
             "dane leżą w szufladach: w ośrodku pomocy społecznej, w bibliotece, w szkole, w urzędzie. "
             "Chodzi o to, żeby je zebrać w jednym miejscu."),
            ("anna", "Drugie źródło to rozmowy. Sołtys, bibliotekarka czy przewodnicząca koła gospodyń "
             "wiedzą, kto w miejscowości nie ma internetu albo boi się z niego korzystać. Zapiszcie ich "
             "słowa dokładnie, bo potem przydadzą się przy zapraszaniu na szkolenia."),
            ("marek", "Trzeci krok to profil gminy. Jedna strona: ilu jest mieszkańców, gdzie są miejsca "
             "z komputerami, jakie sprawy ludzie chcieliby załatwiać w sieci. Taki profil pokazujecie "
             "potem partnerom i wójtowi."),
            ("anna", "W materiałach pod nagraniem znajdziecie wzór karty diagnozy. Wypełnijcie ją razem "
             "na pierwszym spotkaniu partnerstwa: już sama rozmowa o niej wiele porządkuje."),
            (None, "Na końcu spotkania uczestnicy pytali o ochronę danych osobowych. Odpowiedź: do "
             "diagnozy wystarczą dane zbiorcze, bez nazwisk."),
        ],
    },
    {
        "number": 2,
        "slug": "mapa-zasobow-i-partnerow",
        "title": "Mapa zasobów i partnerów",
        "starts_at": (2018, 5, 24, 11, 0),
        "minutes": 68,
        "speakers": ["marek"],
        "summary": "Biblioteka, szkoła, dom kultury, straż pożarna, koło gospodyń wiejskich: każda z tych "
        "instytucji ma coś, czego potrzebuje partnerstwo. Uczymy, jak narysować mapę zasobów i kogo "
        "zaprosić do współpracy.",
        "learning": [
            "jak spisać zasoby gminy: sale, sprzęt, ludzi i kontakty",
            "kogo warto zaprosić do partnerstwa oprócz oczywistych instytucji",
            "jak zaprosić partnera tak, żeby chciał zostać",
        ],
        "materials": ["mapa"],
        "transcript": [
            ("marek", "Mapa zasobów to po prostu tabela. W wierszach instytucje i grupy, w kolumnach to, "
             "co mogą dać: salę, komputery, ludzi, kontakty z mieszkańcami albo zaufanie, które mają "
             "w swojej miejscowości."),
            ("marek", "Zacznijcie od oczywistych miejsc, czyli biblioteki, szkoły i domu kultury. Potem "
             "dopiszcie tych, o których łatwo zapomnieć: ochotniczą straż pożarną, parafię, klub seniora, "
             "lokalny sklep, w którym wszyscy się spotykają."),
            ("marek", "Koła gospodyń wiejskich to często najlepszy partner. Mają stałą grupę, regularne "
             "spotkania i wiedzą, jak zachęcić sąsiadki do udziału. Świetlica wiejska z jednym komputerem "
             "też jest zasobem, jeśli ktoś ma do niej klucz."),
            ("marek", "Przy każdym partnerze zapiszcie następny krok: kto zadzwoni, kiedy i z jaką "
             "propozycją. Mapa bez następnych kroków szybko trafia do szuflady."),
            ("marek", "Na koniec jedna rada: zapraszając, mówcie, co partner zyska. Szkoła może pokazać "
             "uczniom wolontariat, biblioteka nowych czytelników, a koło gospodyń ciekawe zajęcia dla "
             "członkiń."),
        ],
    },
    {
        "number": 3,
        "slug": "lider-partnerstwa",
        "title": "Lider partnerstwa, czyli kto to jest e-Mocarz",
        "starts_at": (2018, 6, 21, 11, 0),
        "minutes": 64,
        "speakers": ["anna", "tomasz"],
        "summary": "Każde partnerstwo potrzebuje osoby, która pilnuje terminów i łączy ludzi. Rozmawiamy "
        "o roli lidera, czyli e-Mocarza: czego od niego oczekiwać, a czego nie, i skąd brać wsparcie.",
        "learning": [
            "czym zajmuje się lider partnerstwa na co dzień",
            "jak dzielić zadania, żeby lider się nie wypalił",
            "jak korzystać z pomocy animatora regionalnego",
        ],
        "materials": [],
        "transcript": [
            ("tomasz", "e-Mocarz to nie szef partnerstwa. To osoba, która pamięta o terminach, zwołuje "
             "spotkania i wie, kto za co odpowiada. Najczęściej jest to bibliotekarka, nauczyciel albo "
             "pracownik domu kultury."),
            ("anna", "Lider nie musi znać się na komputerach najlepiej w gminie. Ważniejsze jest to, "
             "że ludzie go znają i lubią z nim pracować. Umiejętności techniczne mają trenerzy."),
            ("tomasz", "Największe ryzyko to sytuacja, w której lider robi wszystko sam. Dlatego od "
             "początku zapiszcie, kto prowadzi zapisy, kto rezerwuje salę, a kto rozmawia z urzędem."),
            ("anna", "Każda gmina w projekcie ma animatora regionalnego: dwie wizyty na miejscu i "
             "konsultacje przez telefon lub internet. Animator nie zrobi pracy za partnerstwo, ale pomoże "
             "spojrzeć na nią z boku."),
            ("tomasz", "Pytanie z czatu: co zrobić, gdy lider odchodzi z pracy? Wtedy przydaje się "
             "zapisany podział zadań i wspólna skrzynka e-mail partnerstwa, a nie prywatna skrzynka lidera."),
        ],
    },
    {
        "number": 4,
        "slug": "pierwsze-spotkanie-partnerstwa",
        "title": "Pierwsze spotkanie partnerstwa i podział zadań",
        "starts_at": (2018, 9, 13, 11, 0),
        "minutes": 58,
        "speakers": ["anna"],
        "summary": "Jak poprowadzić pierwsze spotkanie, żeby partnerzy wyszli z niego z konkretnymi zadaniami. "
        "Omawiamy program spotkania, porozumienie o współpracy i proste sposoby na zapisanie ustaleń.",
        "learning": [
            "jak ułożyć program pierwszego spotkania",
            "co zapisać w porozumieniu o współpracy",
            "jak prowadzić notatki, które ktoś przeczyta",
        ],
        "materials": [],
        "transcript": [
            ("anna", "Pierwsze spotkanie nie powinno trwać dłużej niż półtorej godziny. Przygotujcie "
             "kawę, listę obecności i jedną kartkę z programem: kim jesteśmy, co wiemy o gminie, co "
             "chcemy zrobić i kto się czym zajmie."),
            ("anna", "Zacznijcie od profilu gminy z diagnozy. Kiedy partnerzy widzą liczby i słowa "
             "mieszkańców, łatwiej im zrozumieć, po co się spotykają."),
            ("anna", "Porozumienie o współpracy może mieć dwie strony. Wystarczy cel partnerstwa, lista "
             "partnerów z osobami do kontaktu, podział zadań i sposób podejmowania decyzji."),
            ("anna", "Po spotkaniu w ciągu dwóch dni wyślijcie krótką notatkę: co ustaliliśmy, kto co "
             "robi i do kiedy, kiedy następne spotkanie. Jedna strona, bez protokołu na dziesięć stron."),
        ],
    },
    {
        "number": 5,
        "slug": "planowanie-szkolen",
        "title": "Planowanie szkoleń: od potrzeb do harmonogramu",
        "starts_at": (2018, 10, 18, 11, 0),
        "minutes": 81,
        "speakers": ["tomasz", "anna"],
        "summary": "Z diagnozy wiecie, czego potrzebują mieszkańcy. Teraz trzeba z tego zrobić plan szkoleń: "
        "tematy, grupy, terminy i miejsca. Pokazujemy, jak korzystać z ramowego katalogu kompetencji "
        "cyfrowych i gotowych scenariuszy.",
        "learning": [
            "jak dobrać tematy szkoleń do potrzeb z diagnozy",
            "jak korzystać z gotowych scenariuszy zajęć",
            "jak ułożyć harmonogram, który pasuje uczestnikom",
        ],
        "materials": [],
        "transcript": [
            ("tomasz", "Ramowy katalog kompetencji cyfrowych dzieli tematy na obszary: sprawy codzienne, "
             "finanse, zdrowie, relacje z bliskimi, praca, hobby i inne. To dobra ściąga, kiedy "
             "zastanawiacie się, od czego zacząć."),
            ("anna", "Nie zaczynajcie od tematu „obsługa komputera”. Ludzie przychodzą, żeby porozmawiać "
             "z wnukami przez wideo albo sprawdzić wyniki badań. Komputer jest narzędziem, nie celem."),
            ("tomasz", "W katalogu scenariuszy znajdziecie gotowe plany zajęć z opisem ćwiczeń. Trener "
             "może je dopasować do grupy, na przykład wydłużyć część praktyczną dla seniorów."),
            ("anna", "Harmonogram układajcie razem z uczestnikami. Rolnicy wiosną mają mało czasu, "
             "a w wielu miejscowościach najlepsze są przedpołudnia w tygodniu albo wieczory po pracy."),
            ("tomasz", "Liczcie czas realnie: od sześciu do kilkudziesięciu godzin na osobę, zależnie od "
             "tematu i grupy. Lepiej mniej tematów i spokojne tempo niż przegląd wszystkiego."),
        ],
    },
    {
        "number": 6,
        "slug": "jak-dotrzec-do-uczestnikow",
        "title": "Jak dotrzeć do osób, które nie korzystają z internetu",
        "starts_at": (2018, 11, 22, 11, 0),
        "minutes": 66,
        "speakers": ["marek", "tomasz"],
        "summary": "Osoby, które najbardziej potrzebują szkoleń, nie przeczytają ogłoszenia na stronie gminy. "
        "Podpowiadamy, jak zapraszać przez ludzi, miejsca i wydarzenia, które mieszkańcy już znają.",
        "learning": [
            "gdzie wieszać ogłoszenia i kogo prosić o przekazanie zaproszenia",
            "jak mówić o szkoleniu, żeby nie zniechęcić osób starszych",
            "jak ułatwić zapisy osobom bez internetu",
        ],
        "materials": [],
        "transcript": [
            ("marek", "Najskuteczniejsze zaproszenie to rozmowa z kimś, komu się ufa. Sołtys, "
             "listonosz, pielęgniarka środowiskowa, pani ze sklepu: poproście ich o przekazanie wiadomości."),
            ("tomasz", "Ogłoszenie powinno mówić o korzyści, a nie o technice. Zamiast „kurs obsługi "
             "internetu” lepiej napisać „nauczysz się zamawiać e-receptę i rozmawiać z rodziną przez "
             "wideo”."),
            ("marek", "Wykorzystajcie wydarzenia, na które ludzie i tak przychodzą: dożynki, zebranie "
             "wiejskie, festyn w szkole. Stolik z laptopem i krótki pokaz działają lepiej niż plakat."),
            ("tomasz", "Zapisy muszą być możliwe bez internetu: telefonicznie, osobiście w bibliotece "
             "albo przez sołtysa. Zapytajcie przy zapisie, czy uczestnik czegoś potrzebuje, na przykład "
             "dojazdu albo większego ekranu."),
        ],
    },
    {
        "number": 7,
        "slug": "szkolenia-dostepne",
        "title": "Szkolenia dostępne dla osób z niepełnosprawnościami i osób głuchych",
        "starts_at": (2018, 12, 13, 11, 0),
        "minutes": 88,
        "speakers": ["ewa", "anna"],
        "pjm": True,
        "summary": "Jak przygotować szkolenie, w którym mogą wziąć udział osoby niewidome, słabowidzące, "
        "słabosłyszące i głuche. Rozmawiamy o sali, sprzęcie, materiałach i tłumaczeniu na polski język "
        "migowy.",
        "learning": [
            "jak sprawdzić, czy sala i sprzęt są dostępne",
            "kiedy i jak zamówić tłumacza polskiego języka migowego",
            "jak przygotować materiały dla osób niewidomych i słabowidzących",
        ],
        "materials": ["dostepnosc"],
        "transcript": [
            ("ewa", "Dla wielu osób głuchych polski język migowy jest pierwszym językiem, a polski "
             "pisany drugim. Dlatego same napisy nie zawsze wystarczą. Na szkoleniu potrzebny jest "
             "tłumacz PJM albo trener, który zna ten język."),
            ("ewa", "Tłumacza zamawiajcie z wyprzedzeniem, najlepiej kilka tygodni wcześniej. Tłumacz "
             "powinien stać w dobrym świetle, obok ekranu, tak żeby uczestnicy widzieli jednocześnie "
             "jego i prezentację."),
            ("anna", "Osoby niewidome korzystają z czytników ekranu. Sprawdźcie przed szkoleniem, czy "
             "na komputerach jest zainstalowany czytnik i czy trener umie go włączyć. Osobom słabowidzącym "
             "pomoże powiększenie ekranu i kontrastowe materiały."),
            ("ewa", "Pytajcie uczestników o potrzeby przy zapisie, a nie w dniu szkolenia. Jedno pytanie "
             "w formularzu, na przykład „czy potrzebujesz tłumacza PJM lub innego wsparcia?”, "
             "oszczędza wielu kłopotów."),
            ("anna", "W materiałach pod nagraniem jest lista kontrolna dostępnego szkolenia. Przejdźcie "
             "ją punkt po punkcie razem z osobą, która zna salę."),
        ],
    },
    {
        "number": 8,
        "slug": "trwalosc-partnerstwa",
        "title": "Co po projekcie? Jak utrzymać partnerstwo",
        "starts_at": (2019, 2, 14, 11, 0),
        "minutes": 74,
        "speakers": ["marek", "anna", "tomasz"],
        "summary": "Projekt się kończy, potrzeby mieszkańców zostają. Mówimy o tym, jak partnerstwa mogą "
        "działać dalej: wspólne wydarzenia, wolontariusze, małe granty i włączenie zajęć do stałej oferty "
        "biblioteki lub domu kultury.",
        "learning": [
            "co zrobić, żeby zajęcia odbywały się także po projekcie",
            "gdzie szukać małych grantów i wolontariuszy",
            "jak pokazać wójtowi i radnym, co dało partnerstwo",
        ],
        "materials": [],
        "transcript": [
            ("marek", "Najtrwalsze są partnerstwa, które wpisały zajęcia w stały kalendarz instytucji. "
             "Jeśli biblioteka co czwartek ma godzinę pomocy cyfrowej, mieszkańcy przyzwyczajają się, "
             "że tam można przyjść z pytaniem."),
            ("anna", "Dobrym pomysłem są wolontariusze, na przykład uczniowie, którzy pomagają seniorom "
             "przy telefonie. Szkoła zyskuje wolontariat, a seniorzy cierpliwych pomocników."),
            ("tomasz", "Szukajcie małych grantów: lokalnych fundacji, programów dla seniorów, funduszy "
             "sołeckich. Nawet niewielka kwota wystarczy na kilka spotkań i drobny sprzęt."),
            ("marek", "Opowiadajcie o wynikach. Krótka informacja dla wójta i radnych, ile osób się "
             "nauczyło i co teraz potrafią, to najlepszy argument za dalszym wsparciem."),
            ("anna", "Dziękujemy za udział w całej serii. Nagrania i materiały zostają na stronie, "
             "możecie do nich wracać i pokazywać je nowym partnerom."),
        ],
    },
]
