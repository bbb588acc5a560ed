import os

import pytest
from django.core.management import call_command

from tests.helpers import pass_second_factor
from tests.longest_first import DurationRecorder, longest_first


@pytest.fixture(scope="session")
def django_db_setup(request, django_test_environment, django_db_blocker, django_db_modify_db_settings):
    """The demo site in the test database, once per test process; each test then runs inside a
    transaction that is rolled back, so it sees the same fresh demo.

    SQLite (the default): the migrated, demo-loaded database and its media are built once for the
    code as it is (tests/db_snapshot.py) and copied into this process's in-memory database.
    PostgreSQL: pytest-django's own set-up (migrations), then the demo loader and the renditions
    its pages use (db_snapshot.warm_renditions)."""
    from django.conf import settings
    from django.db import connection
    from django.test.utils import setup_databases, teardown_databases

    from tests import db_snapshot

    if connection.vendor == "sqlite" and connection.creation.is_in_memory_db(
        connection.creation._get_test_db_name()
    ):
        snapshot = db_snapshot.ensure()
        with django_db_blocker.unblock():
            db_snapshot.restore(snapshot, connection, settings.MEDIA_ROOT)
        yield
        return
    with django_db_blocker.unblock():
        databases = setup_databases(verbosity=request.config.option.verbose, interactive=False,
                                    keepdb=bool(request.config.getvalue("reuse_db")),
                                    serialized_aliases=set())  # no test asks for a serialized rollback
        call_command("load_demo_content", verbosity=0)
        db_snapshot.warm_renditions()  # as the SQLite snapshot has them
    yield
    if not request.config.getvalue("reuse_db"):
        with django_db_blocker.unblock():
            try:
                teardown_databases(databases, verbosity=request.config.option.verbose)
            except Exception as error:  # noqa: BLE001
                # As pytest-django's own set-up does: the browser tests' live server may still hold a
                # connection at the very end, and PostgreSQL then refuses to drop the database. The
                # tests have all run; .ci/run drops what is left.
                request.node.warn(pytest.PytestWarning(f"The test database was not dropped: {error!r}"))


@pytest.fixture(autouse=True)
def _fresh_site_data():
    """The site, menus and footer are cached (core.site_data); the test database is rolled back
    without signals, so every test starts (and leaves) with a new generation."""
    from core import site_data

    site_data.invalidate()
    yield
    site_data.invalidate()


@pytest.fixture
def demo(db):
    """The demo site, as `make run` builds it."""
    from wagtail.models import Site

    from home.models import HomePage

    if not HomePage.objects.exists():  # emptied by a transactional test
        call_command("load_demo_content", verbosity=0)
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def page_cache(settings):
    """The page store switched on (it is off in test settings) and empty, before and after."""
    from django.core.cache import caches

    settings.PAGE_CACHE_ENABLED = True
    caches[settings.PAGE_CACHE_ALIAS].clear()
    yield caches[settings.PAGE_CACHE_ALIAS]
    caches[settings.PAGE_CACHE_ALIAS].clear()


@pytest.fixture(autouse=True)
def _force_login_includes_second_factor(monkeypatch):
    """`client.force_login(user)` already skips the password; in tests it skips the admin's second
    factor too, so tests of other features get a fully signed-in editor. Tests of the sign-in
    itself (tests/security/) post to the real login and use `force_login_first_factor_only`."""
    from django.test import Client

    original = Client.force_login

    def force_login(self, user, backend=None):
        original(self, user, backend)
        pass_second_factor(self, user)

    monkeypatch.setattr(Client, "force_login", force_login)
    monkeypatch.setattr(Client, "force_login_first_factor_only", original, raising=False)


_durations = DurationRecorder()


def pytest_collection_modifyitems(items):
    longest_first(items)


def pytest_runtest_logreport(report):
    _durations.add(report)


def pytest_sessionfinish(session):
    if not hasattr(session.config, "workerinput"):  # xdist workers report to the controller
        _durations.save()


# tests/cluster/ runs against a running `make cluster` (make cluster-test), never in make test.
collect_ignore = [] if os.environ.get("CLUSTER_TESTS") == "1" else ["cluster"]
