"""The demo site is loaded once per test module, inside a transaction that is rolled back
at the end of the module; each test runs in its own savepoint within it."""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction

from scenarios.models import ScenarioIndexPage


@pytest.fixture(scope="module")
def demo_data(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            call_command("load_demo_content", verbosity=0)
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            cache.clear()


@pytest.fixture
def catalogue(demo_data, db):
    return ScenarioIndexPage.objects.get(slug="scenariusze", locale__language_code="pl")
