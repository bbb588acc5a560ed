"""Migration steps that turn an existing inline model (an Orderable under a page) into a
translatable one: fields added as nullable, every existing row given its own translation
key and its page's locale, then the fields made required and unique together."""

import uuid

from django.db import migrations, models


def _fill(app_label, model_name):
    def forwards(apps, schema_editor):
        model = apps.get_model(app_label, model_name)
        for row in model.objects.select_related("page").iterator():
            row.translation_key = uuid.uuid4()
            row.locale_id = row.page.locale_id
            row.save(update_fields=["translation_key", "locale"])

    return forwards


def make_translatable(app_label, model_name):
    return [
        migrations.AddField(
            model_name=model_name,
            name="locale",
            field=models.ForeignKey(null=True, editable=False, on_delete=models.PROTECT, related_name="+",
                                    to="wagtailcore.locale", verbose_name="locale"),
        ),
        migrations.AddField(
            model_name=model_name, name="translation_key", field=models.UUIDField(null=True, editable=False),
        ),
        migrations.RunPython(_fill(app_label, model_name), migrations.RunPython.noop),
        migrations.AlterField(
            model_name=model_name,
            name="locale",
            field=models.ForeignKey(editable=False, on_delete=models.PROTECT, related_name="+",
                                    to="wagtailcore.locale", verbose_name="locale"),
        ),
        migrations.AlterField(
            model_name=model_name, name="translation_key", field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(name=model_name, unique_together={("translation_key", "locale")}),
    ]
