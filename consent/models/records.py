"""Proof of consent: what was chosen, when, under which policy version. Nothing that identifies a person."""

import uuid

from django.db import models
from django.utils import timezone


class ConsentRecord(models.Model):
    ACTIONS = [
        ("accept_all", "akceptacja wszystkich"),
        ("reject_all", "odrzucenie wszystkich"),
        ("custom", "własne ustawienia"),
        ("grant", "zgoda na jedną kategorię"),
    ]

    consent_id = models.UUIDField(
        "identyfikator zgody",
        default=uuid.uuid4,
        db_index=True,
        editable=False,
        help_text="Losowy numer zapisany też w pliku cookie z decyzją; łączy kolejne decyzje tej samej przeglądarki.",
    )
    created_at = models.DateTimeField("czas", default=timezone.now, db_index=True, editable=False)
    action = models.CharField("rodzaj decyzji", max_length=20, choices=ACTIONS, editable=False)
    policy_version = models.PositiveIntegerField("wersja polityki", editable=False)
    analytics = models.BooleanField("analityczne", editable=False)
    external_media = models.BooleanField("media zewnętrzne", editable=False)
    language = models.CharField("język strony", max_length=10, blank=True, editable=False)

    class Meta:
        verbose_name = "zapis zgody"
        verbose_name_plural = "rejestr zgód"
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.consent_id} – {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def necessary(self):
        return True
