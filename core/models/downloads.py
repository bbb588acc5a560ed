from django.db import models


class DailyDownloadCount(models.Model):
    """Downloads of one document on one day. No cookies, no IP, no user agent: a number."""

    document = models.ForeignKey(
        "core.CustomDocument", on_delete=models.CASCADE, related_name="daily_downloads", verbose_name="dokument"
    )
    day = models.DateField("dzień", db_index=True)
    count = models.PositiveIntegerField("pobrania", default=0)

    class Meta:
        verbose_name = "pobrania dziennie"
        verbose_name_plural = "pobrania dziennie"
        constraints = [models.UniqueConstraint(fields=["document", "day"], name="one_download_row_per_day")]

    def __str__(self):
        return f"{self.document_id} {self.day}: {self.count}"
