"""Proof of consent: what was chosen, when, under which policy version. Nothing that identifies a person."""

import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ConsentRecord(models.Model):
    ACTIONS = [
        ("accept_all", _("accepted all")),
        ("reject_all", _("rejected all")),
        ("custom", _("own settings")),
        ("grant", _("consent to one category")),
    ]

    consent_id = models.UUIDField(
        _("consent ID"),
        default=uuid.uuid4,
        db_index=True,
        editable=False,
        help_text=_("A random number also stored in the decision cookie; it links the later decisions of the same browser."),
    )
    created_at = models.DateTimeField(_("time"), default=timezone.now, db_index=True, editable=False)
    action = models.CharField(_("kind of decision"), max_length=20, choices=ACTIONS, editable=False)
    policy_version = models.PositiveIntegerField(_("policy version"), editable=False)
    analytics = models.BooleanField(_("analytics"), editable=False)
    external_media = models.BooleanField(_("external media"), editable=False)
    language = models.CharField(_("page language"), max_length=10, blank=True, editable=False)

    class Meta:
        verbose_name = _("consent record")
        verbose_name_plural = _("consent records")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.consent_id} – {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def necessary(self):
        return True
