import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def fresh_cache():
    """Each search test starts with no cached corrections, suggestions or rate counts."""
    cache.clear()
    yield
    cache.clear()
