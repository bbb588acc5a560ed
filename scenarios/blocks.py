"""Blocks of a scenario's plan. Each value fits on one line, so a spreadsheet can hold them
(see scenarios/transfer/schema.py: one step or exercise per line of a cell)."""

from django.core.validators import RegexValidator
from wagtail import blocks

# "|" separates the parts of a step in the spreadsheet, so names may not contain it.
NO_BAR = RegexValidator(r"^[^|]*$", "Nazwa nie może zawierać znaku „|”.")


class StepBlock(blocks.StructBlock):
    minutes = blocks.IntegerBlock(
        label="czas (minuty)", min_value=1, max_value=600, help_text="Ile minut zajmuje ten etap zajęć."
    )
    title = blocks.CharBlock(
        label="nazwa etapu", max_length=200, validators=[NO_BAR], help_text="Np. „Powitanie i rozgrzewka”."
    )
    description = blocks.CharBlock(
        label="co robimy", max_length=1500, required=False,
        help_text="Krótko: co robi prowadzący i co robią uczestnicy.",
    )

    class Meta:
        icon = "time"
        label = "Etap zajęć"


class ExerciseBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="nazwa ćwiczenia", max_length=200, validators=[NO_BAR])
    instructions = blocks.CharBlock(
        label="polecenie", max_length=1500, help_text="Polecenie dla uczestników, tak jak je przeczytasz na zajęciach."
    )

    class Meta:
        icon = "tasks"
        label = "Ćwiczenie"
