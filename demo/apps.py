from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo site: its loader, texts, file builders and the records of what it loaded (README "Demo content")."""

    name = "demo"
    verbose_name = "e-Mocni: treści demonstracyjne"
    default_auto_field = "django.db.models.BigAutoField"
