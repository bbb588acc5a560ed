"""Tests against the running `make cluster` (make cluster-test): real HTTP to the edge, to each app
server and to nginx; the database, Redis and the object store are the cluster's own.

The test process reads .cluster/state.json, takes the app servers' environment (production
settings, the cluster's database, Redis, bucket and secret key) and sets Django up with it, so a
test can look at rows and objects directly. A cluster that is not running is a failure, not a skip.
"""

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # cluster_http

from deploy.cluster import cluster as control  # noqa: E402

STATE = control.load_state()
if not STATE or set(control.running(STATE)) != set(control.ORDER):
    raise pytest.UsageError("No complete cluster is running: start it with `make cluster`, then `make cluster-test`.")

os.environ.update(STATE["env"])
import django  # noqa: E402

django.setup()

from cluster_http import log_in, url  # noqa: E402


@pytest.fixture(scope="session")
def state():
    return STATE


@pytest.fixture(scope="session")
def edge(state):
    return url(state["ports"]["varnish"])


@pytest.fixture(scope="session")
def app_a(state):
    return url(state["ports"]["app_a"])


@pytest.fixture(scope="session")
def app_b(state):
    return url(state["ports"]["app_b"])


@pytest.fixture(scope="session")
def balancer(state):
    return url(state["ports"]["nginx"])


@pytest.fixture(scope="session")
def editor_credentials():
    from django.apps import apps
    from django.contrib.auth import get_user_model

    username, password = f"cluster-editor-{os.getpid()}", "cluster-test-" + os.urandom(8).hex()
    user = get_user_model().objects.create_superuser(username, f"{username}@example.org", password)
    if apps.is_installed("django_otp.plugins.otp_totp"):  # editors must have a second factor
        from django_otp.plugins.otp_totp.models import TOTPDevice

        TOTPDevice.objects.create(user=user, name="authenticator-app", confirmed=True)
    return username, password


@pytest.fixture(scope="session")
def editor_on_a(app_a, editor_credentials):
    return log_in(app_a, *editor_credentials)


@pytest.fixture
def restart_after(state):
    """Stop a service in a test and be sure it runs again afterwards, whatever the test did."""
    stopped = []

    def stop(name):
        control.stop_service(state, name)
        stopped.append(name)

    yield stop
    for name in stopped:
        if name not in control.running(state):
            control.start_service(state, name)
