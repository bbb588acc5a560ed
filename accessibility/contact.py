"""Who answers requests about accessibility, as the statement page and the "accessible version
on request" notes show it (a value, no database: the statement page builds it from its fields)."""

import re
from dataclasses import dataclass

from django.utils.html import format_html


def phone_href(number):
    """A tel: URI from a number as people write it: "+48 22 123-45-67" -> "tel:+48221234567"."""
    digits = re.sub(r"\D", "", number or "")
    if not digits:
        return ""
    return "tel:" + ("+" if (number or "").strip().startswith("+") else "") + digits


@dataclass(frozen=True)
class Contact:
    """Who answers requests about accessibility, with ready-made links."""

    person: str
    email: str
    phone: str
    url: str  # of the statement page ("" when not needed)

    @property
    def phone_href(self):
        return phone_href(self.phone)

    @property
    def email_link(self):
        return format_html('<a href="mailto:{}">{}</a>', self.email, self.email)

    @property
    def phone_link(self):
        href = self.phone_href
        if not href:
            return format_html("{}", self.phone)
        return format_html('<a href="{}">{}</a>', href, self.phone)
