from django.contrib.contenttypes.models import ContentType
from django.db import models


class DemoRecord(models.Model):
    """One thing the demo loader did: a section it loaded ("section:scenarios") or an object it
    created ("object:core.customdocument:12"). A section is loaded only while it has no record, so
    the loader never makes again what an editor deleted, renamed or changed."""

    key = models.CharField("klucz", max_length=200, unique=True)
    content_type = models.ForeignKey(ContentType, null=True, blank=True, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField(null=True, blank=True)
    adopted = models.BooleanField(
        "przejęty", default=False,
        help_text="Zapisany przy pierwszym uruchomieniu nowego ładowania na bazie wypełnionej wcześniej: "
                  "nic nie zostało zmienione.",
    )
    created_at = models.DateTimeField("kiedy", auto_now_add=True)

    class Meta:
        verbose_name = "wpis ładowania demo"
        verbose_name_plural = "wpisy ładowania demo"

    def __str__(self):
        return self.key
