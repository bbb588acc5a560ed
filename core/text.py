import unicodedata

from django.utils.text import slugify

# Letters that Unicode does not decompose into a base letter plus a mark.
EXTRA_FOLDS = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "đ": "d", "ß": "ss"})


def fold(text):
    """Lower case, without diacritics; ł becomes l ("Łódź" -> "lodz")."""
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(EXTRA_FOLDS))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def anchor(text):
    """An id for a heading: "Śródtytuł" -> "srodtytul" (Django's slugify alone drops "ł")."""
    return slugify(fold(text))
