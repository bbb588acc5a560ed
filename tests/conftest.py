import os

import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Build the demo site once per test run; each test then runs inside a transaction
    that is rolled back, so it sees the same fresh demo. (Browser tests, which need a
    live server and so a flushed database, load it again themselves.)"""
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)


@pytest.fixture
def demo(db):
    """The demo site, as `make run` builds it."""
    from wagtail.models import Site

    from home.models import HomePage

    if not HomePage.objects.exists():  # emptied by a transactional test
        call_command("load_demo_content", verbosity=0)
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def admin_client(client, db):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.create_superuser("editor", "editor@example.org", "pass"))
    return client


# tests/cluster/ runs against a running `make cluster` (make cluster-test), never in make test.
collect_ignore = [] if os.environ.get("CLUSTER_TESTS") == "1" else ["cluster"]
