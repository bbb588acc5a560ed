import pytest
from django.core.management import call_command


@pytest.fixture
def demo(db):
    """The demo site, as `make run` builds it."""
    call_command("load_demo_content", verbosity=0)
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True)


@pytest.fixture
def admin_client(client, db):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.create_superuser("editor", "editor@example.org", "pass"))
    return client
