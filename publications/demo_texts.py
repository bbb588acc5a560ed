"""Texts of the demo publications, written for this site from shared/content-facts.md."""

HANDBOOK_TITLE = "Mocni w partnerstwie"
HANDBOOK_SUBTITLE = "czyli jak budować gminne partnerstwo na rzecz edukacji cyfrowej"
HANDBOOK_LEAD = (
    "Praktyczny poradnik dla gmin, które chcą wspólnie z lokalnymi instytucjami uczyć dorosłych korzystania "
    "z internetu: od diagnozy potrzeb po utrzymanie partnerstwa po zakończeniu projektu."
)

# (slug, title, lead, [(heading, [paragraphs])])
CHAPTERS = [
    ("diagnoza", "Diagnoza: od czego zacząć w gminie",
     "Zanim zaprosisz partnerów, sprawdź, kto w gminie potrzebuje wsparcia i co już jest na miejscu.",
     [("Po co robić diagnozę", [
         "Dobra diagnoza oszczędza czas. Pokazuje, którzy mieszkańcy nie korzystają jeszcze z internetu, "
         "gdzie mieszkają i co mogłoby ich zachęcić do nauki.",
         "W projekcie e-Mocni animatorzy partnerstw pomagali gminom przygotować analizę sytuacji lokalnej "
         "i profil gminy. Te dokumenty stały się punktem wyjścia dla całej dalszej pracy."]),
      ("Jakie dane zebrać", [
         "Przyda się liczba mieszkańców w poszczególnych sołectwach, informacja o dostępie do internetu, "
         "lista miejsc, w których można prowadzić zajęcia, oraz rozmowy z osobami, które znają potrzeby "
         "seniorów i osób z niepełnosprawnościami.",
         "Nie trzeba wielkich badań. Wystarczy kilka rozmów z sołtysami, bibliotekarkami i pracownikami "
         "ośrodka pomocy społecznej."])]),
    ("partnerzy", "Partnerzy: kogo zaprosić do współpracy",
     "Partnerstwo jest silne różnorodnością: każda instytucja wnosi innych ludzi, miejsca i doświadczenia.",
     [("Mapa zasobów i partnerów", [
         "Narysuj mapę: kto w gminie już uczy dorosłych, kto ma salę z komputerami, kto zna mieszkańców, "
         "do których trudno dotrzeć. Zapisz obecnych i potencjalnych partnerów.",
         "W gminach e-Mocni w partnerstwach działały szkoły, biblioteki, domy kultury, świetlice, ochotnicze "
         "straże pożarne, stowarzyszenia, fundacje i koła gospodyń wiejskich."]),
      ("Jak rozmawiać z partnerami", [
         "Zacznij od korzyści dla partnera: nowi uczestnicy jego zajęć, lepsze wykorzystanie sprzętu, "
         "wspólne działania z innymi instytucjami. Umówcie się na konkretny, niewielki pierwszy krok."])]),
    ("lider", "Lider partnerstwa: rola e-Mocarza",
     "Każde partnerstwo potrzebuje osoby, która pilnuje ustaleń, łączy ludzi i dba o dobrą atmosferę.",
     [("Czym zajmuje się lider", [
         "Lider, w projekcie nazywany e-Mocarzem, zwołuje spotkania, prowadzi listę zadań i pilnuje terminów. "
         "Nie musi być ekspertem od technologii: ważniejsze jest to, że zna gminę i ludzie mu ufają.",
         "Regionalny animator wspierał lidera podczas dwóch wizyt konsultacyjnych, każdej po około cztery "
         "godziny, oraz przez około osiem godzin konsultacji telefonicznych i online."]),
      ("Jak nie wypalić lidera", [
         "Podzielcie zadania między partnerów i zapiszcie je. Lider koordynuje, ale nie robi wszystkiego sam."])]),
    ("plan", "Plan działania partnerstwa",
     "Wspólny plan zamienia dobre chęci w konkretne szkolenia z terminami i odpowiedzialnymi osobami.",
     [("Co zawiera plan", [
         "Plan odpowiada na pytania: kogo szkolimy, z czego, gdzie, kiedy i kto prowadzi zajęcia. "
         "Zawiera też sposób informowania mieszkańców i to, jak sprawdzimy, czy się udało.",
         "Animatorzy pomagali przygotować rekomendacje dla gminy. Warto je wpisać do planu jako zadania."]),
      ("Tematy szkoleń", [
         "Tematy dobierzcie do potrzeb z diagnozy. Ramowy katalog kompetencji cyfrowych opisuje dziewięć "
         "obszarów, od spraw codziennych i zdrowia po zaangażowanie obywatelskie."])]),
    ("szkolenia", "Prowadzenie szkoleń dla dorosłych",
     "Dorośli uczą się najlepiej wtedy, gdy od razu widzą, do czego przyda im się nowa umiejętność.",
     [("Zajęcia blisko ludzi", [
         "Szkolenia prowadźcie tam, gdzie mieszkańcy i tak bywają: w bibliotece, świetlicy, remizie. "
         "W projekcie każdy uczestnik miał od 6 do 44 godzin zajęć.",
         "Lokalni trenerzy znali uczestników i ich sprawy. Dzięki temu łatwiej było zacząć od konkretów: "
         "e-recepty, przelewu czy rozmowy wideo z rodziną."]),
      ("Uczestnicy ze szczególnymi potrzebami", [
         "Zapytajcie wcześniej o potrzeby: tłumacza polskiego języka migowego, powiększony tekst, czytnik "
         "ekranu, dostępną salę. Polski Związek Głuchych Oddział Łódzki prowadził w projekcie szkolenia "
         "dla osób Głuchych."])]),
    ("trwalosc", "Jak utrzymać partnerstwo po projekcie",
     "Partnerstwo, które działa tylko w czasie projektu, niewiele zmienia. Zaplanujcie, co zostanie potem.",
     [("Co pomaga przetrwać", [
         "Stałe, choć rzadkie spotkania partnerów, wspólny kalendarz zajęć i lider, który ma na to czas "
         "w ramach swojej pracy.",
         "Scenariusze szkoleń z projektu są na wolnej licencji: możecie je dalej wykorzystywać i zmieniać."]),
      ("Pierwszy krok po projekcie", [
         "Umówcie datę następnego spotkania partnerstwa, zanim skończy się ostatnie szkolenie."])]),
]

PARTNERSHIPS_LEAD = (
    "Wnioski i rekomendacje z tworzenia gminnych partnerstw na rzecz edukacji cyfrowej w projekcie e-Mocni: "
    "jaki model partnerstwa przyjęliśmy, jak go wspieraliśmy i czego się nauczyliśmy."
)
PARTNERSHIPS_BODY = [
    ("Model partnerstwa", "W każdej ze 125 gmin powstało jedno partnerstwo instytucji i organizacji, "
     "którym kierował lokalny lider. Wsparcie obejmowało animatora, poradnik i serię webinariów."),
    ("Wnioski", "Najlepiej działały partnerstwa, w których zadania rozdzielono między kilka instytucji "
     "i od początku zaplanowano, co stanie się po zakończeniu projektu."),
]

FRAMEWORK_LEAD = (
    "Opis kompetencji cyfrowych potrzebnych w codziennym życiu, podzielony na dziewięć obszarów. "
    "Na nim oparliśmy tematy szkoleń w projekcie."
)
FRAMEWORK_AUTHORS = [
    "J. Jasiewicz", "M. Filiciak", "A. Mierzecka", "K. Śliwowski", "A. Klimczuk", "M. Kisilowska",
    "A. Tarkowski", "J. Zadrożny",
]
FRAMEWORK_AREAS = [
    "edukacja", "sprawy codzienne", "finanse", "relacje z bliskimi", "praca i rozwój zawodowy", "zdrowie",
    "odpoczynek i hobby", "zaangażowanie obywatelskie", "religia i potrzeby duchowe",
]
