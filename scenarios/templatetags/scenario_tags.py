from decimal import Decimal

from django import template
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

register = template.Library()


@register.filter
def hours(value):
    """1.50 -> "1,5 h" in Polish ("1,5 godz."), in the reader's number format."""
    if value in (None, ""):
        return ""
    number = Decimal(value).normalize()
    number = number.quantize(Decimal(1)) if number == number.to_integral() else number
    # A context of our own: another app's "%(hours)s h" must not decide our spacing.
    return pgettext("scenario duration", "%(hours)s h") % {"hours": number_format(number)}


@register.filter
def group_size(page):
    low, high = page.group_min, page.group_max
    if low and high and low != high:
        return _("%(low)s to %(high)s people") % {"low": low, "high": high}
    if high or low:
        return _("up to %(count)s people") % {"count": high or low} if high else _("from %(count)s people") % {
            "count": low}
    return ""
