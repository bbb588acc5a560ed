# Inline models become translatable (wagtail-localize translates their labels and lets a
# translation carry its own document or speaker in its own language).
from django.db import migrations

from core.migration_ops import make_translatable


class Migration(migrations.Migration):
    dependencies = [
        ("webinars", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        *make_translatable("webinars", "webinarmaterial"),
        *make_translatable("webinars", "webinarspeaker"),
    ]
