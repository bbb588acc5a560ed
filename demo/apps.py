from django.apps import AppConfig


class DemoConfig(AppConfig):
    """What the demo loader has done (issue 17 gathers all demo code here later)."""

    name = "demo"
    verbose_name = "e-Mocni: treści demonstracyjne"
    default_auto_field = "django.db.models.BigAutoField"
