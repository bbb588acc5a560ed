"""Demo synonyms for the site search (search.models.Synonym); editors change them in the admin."""

from search.models import Synonym

SYNONYMS = {
    "pl": [
        "osoby starsze, seniorzy, emeryci",
        "online, internet, w sieci",
        "BIP, Biuletyn Informacji Publicznej",
        "cyberbezpieczeństwo, bezpieczeństwo w internecie, oszustwa internetowe",
        "darmowy, bezpłatny",
        "wideorozmowa, rozmowa wideo",
        "komórka, telefon, smartfon",
        "mail, e-mail, poczta elektroniczna",
        "fake news, fałszywe wiadomości",
        "urząd, sprawy urzędowe, e-urząd",
        "wnuki, rodzina",
        "początkujący, od podstaw, pierwsze kroki",
    ],
    "en": [
        "online, internet",
        "elderly, seniors, older people",
        "e-mail, email",
        "scam, fraud",
        "doctor, GP",
        "beginners, first steps, everyday use",
    ],
}


def load(command, home, en_home):
    """Add the demo groups that are not there yet (an editor's change or deletion of a group
    is not undone: only a language with no groups at all gets them)."""
    for language, groups in SYNONYMS.items():
        if Synonym.objects.filter(language=language).exists():
            continue
        Synonym.objects.bulk_create([Synonym(language=language, terms=terms) for terms in groups])
