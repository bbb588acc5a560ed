"""ISBN-10 and ISBN-13 with their checksums."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


def normalise_isbn(value):
    return re.sub(r"[\s-]", "", value or "").upper().removeprefix("ISBN")


def is_valid_isbn(value):
    digits = normalise_isbn(value)
    if re.fullmatch(r"\d{9}[\dX]", digits):
        total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(digits))
        return total % 11 == 0
    if re.fullmatch(r"97[89]\d{10}", digits):
        total = sum((1 if i % 2 == 0 else 3) * int(c) for i, c in enumerate(digits))
        return total % 10 == 0
    return False


def validate_isbn(value):
    if value and not is_valid_isbn(value):
        raise ValidationError(
            _("This is not a valid ISBN (check the digits and the check digit). Example: 978-83-01-00000-4."),
            code="invalid_isbn",
        )
