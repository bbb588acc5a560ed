from django.db import models
from django.utils.translation import gettext_lazy as _


class DailyDownloadCount(models.Model):
    """Downloads of one document on one day. No cookies, no IP, no user agent: a number."""

    document = models.ForeignKey(
        "core.CustomDocument", on_delete=models.CASCADE, related_name="daily_downloads", verbose_name=_("document")
    )
    day = models.DateField(_("day"), db_index=True)
    count = models.PositiveIntegerField(_("downloads"), default=0)

    class Meta:
        verbose_name = _("daily downloads")
        verbose_name_plural = _("daily downloads")
        constraints = [models.UniqueConstraint(fields=["document", "day"], name="one_download_row_per_day")]

    def __str__(self):
        return f"{self.document_id} {self.day}: {self.count}"
