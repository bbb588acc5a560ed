"""Blocks of a scenario's plan. Each value fits on one line, so a spreadsheet can hold them
(see scenarios/transfer/schema.py: one step or exercise per line of a cell)."""

from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

# "|" separates the parts of a step in the spreadsheet, so names may not contain it.
NO_BAR = RegexValidator(r"^[^|]*$", _("The name cannot contain the character “|”."))


class StepBlock(blocks.StructBlock):
    minutes = blocks.IntegerBlock(
        label=_("duration (minutes)"), min_value=1, max_value=600, help_text=_("How many minutes this stage of the session takes.")
    )
    title = blocks.CharBlock(
        label=_("stage name"), max_length=200, validators=[NO_BAR], help_text=_("E.g. “Welcome and warm-up”.")
    )
    description = blocks.CharBlock(
        label=_("what we do"), max_length=1500, required=False,
        help_text=_("In short: what the trainer does and what the participants do."),
    )

    class Meta:
        icon = "time"
        label = _("Session stage")


class ExerciseBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("exercise name"), max_length=200, validators=[NO_BAR])
    instructions = blocks.CharBlock(
        label=_("instruction"), max_length=1500, help_text=_("The instruction for the participants, as you will read it out in the session.")
    )

    class Meta:
        icon = "tasks"
        label = _("Exercise")
