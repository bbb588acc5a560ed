"""The catalogue filters audiences on the many-to-many table now: drop the copied audience ids,
and rebuild the stored search text from each scenario's own columns only (it used to carry the
taxonomy names too, which went stale when a taxonomy changed without a save of every scenario)."""

from django.db import migrations


def own_text_only(apps, schema_editor):
    from scenarios.indexing import own_text_fields

    ScenarioPage = apps.get_model("scenarios", "ScenarioPage")
    changed = []
    for page in ScenarioPage.objects.select_related("locale").iterator(chunk_size=500):
        for name, value in own_text_fields(page).items():
            setattr(page, name, value)
        changed.append(page)
        if len(changed) >= 500:
            ScenarioPage.objects.bulk_update(changed, ["search_text", "title_text", "sort_title"])
            changed = []
    if changed:
        ScenarioPage.objects.bulk_update(changed, ["search_text", "title_text", "sort_title"])


class Migration(migrations.Migration):
    dependencies = [
        ("scenarios", "0004_accessible_version_on_request"),
    ]

    operations = [
        migrations.RemoveField(model_name="scenariopage", name="audience_keys"),
        migrations.RunPython(own_text_only, migrations.RunPython.noop),
    ]
