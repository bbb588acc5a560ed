"""Readership counted without cookies and without personal data: a number per page, language
and day. Downloads are counted the same way in core (core.models.DailyDownloadCount)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DailyPageViewCount(models.Model):
    """Views of one page in one language on one day. Nothing about the visitor: no address,
    no cookie, no browser details."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="daily_view_counts", verbose_name=_("page")
    )
    language = models.CharField(_("language"), max_length=8)
    day = models.DateField(_("day"), db_index=True)
    count = models.PositiveIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("daily page views")
        verbose_name_plural = _("daily page views")
        constraints = [
            models.UniqueConstraint(fields=["page", "language", "day"], name="one_view_row_per_page_language_day")
        ]

    def __str__(self):
        return f"{self.page_id} {self.language} {self.day}: {self.count}"
