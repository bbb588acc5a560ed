"""Slugs for scenario pages, shared by the catalogue import and the demo loader: the same title
always gives the same slug, so an import finds the page the demo (or an earlier import) made."""

from django.utils.text import slugify

from search.normalise import fold


def slug_for(title):
    """"Bezpieczeństwo w sieci – podstawy" -> "bezpieczenstwo-w-sieci-podstawy" (at most 80 characters)."""
    return slugify(fold(title))[:80].strip("-")
