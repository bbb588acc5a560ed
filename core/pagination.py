"""What a listing makes of ?page= in its address (the publication list, the site search)."""

from django.utils.translation import gettext as _


def requested_page_number(request, notices):
    """The number in ?page= (1 without one). Not a number: 1, and a notice saying so; whether the
    number is in range is the listing's to judge."""
    try:
        return int(request.GET.get("page", "1"))
    except ValueError:
        notices.append(_("The page number in the address was not valid; showing the first page."))
        return 1
