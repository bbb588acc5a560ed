import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def fresh_cache():
    """No beacon rate counts left from another test."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def editor_client(client, db):
    """A member of the editors' group (Redaktorzy), signed in."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user("redaktorka", "redaktorka@example.org", "pass")
    user.groups.add(Group.objects.get(name="Redaktorzy"))
    client.force_login(user)
    return client


@pytest.fixture
def moderator_client(client, db):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user("moderator", "moderator@example.org", "pass")
    user.groups.add(Group.objects.get(name="Moderatorzy"))
    client.force_login(user)
    return client
