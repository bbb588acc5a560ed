"""The per-client limit (core.ratelimit) on a clock the test moves: a window is the client's own,
so it never restarts between two quick requests, and Retry-After says when it really ends."""

import pytest
from django.core.cache import cache
from django.test import RequestFactory

from core import ratelimit


@pytest.fixture
def clock(monkeypatch):
    cache.clear()
    now = [0.0]
    monkeypatch.setattr(ratelimit, "clock", lambda: now[0])
    return now


def spend(address="192.0.2.7", limit=(2, 60)):
    return ratelimit.seconds_to_wait("test", RequestFactory().get("/", REMOTE_ADDR=address), limit)


def test_a_clock_minute_passing_between_two_requests_does_not_restart_the_count(clock):
    clock[0] = 1_800_000_059.999  # the last millisecond of a clock minute
    assert [spend(), spend()] == [0, 0]
    clock[0] = 1_800_000_060.001  # the next minute has begun; the client's window has not ended
    assert spend() == 60


def test_the_window_ends_its_length_after_the_first_request(clock):
    clock[0] = 1_000.0
    assert spend() == 0
    clock[0] = 1_030.0
    assert spend() == 0
    clock[0] = 1_050.2
    assert spend() == 10  # 9.8 seconds left, rounded up: a client that waits that long gets through
    clock[0] = 1_060.0
    assert spend() == 0
    assert spend() == 0
    assert spend() == 60


def test_refused_requests_count_so_hammering_does_not_open_a_gap(clock):
    clock[0] = 500.0
    results = [spend() for _ in range(50)]
    assert results[:2] == [0, 0] and set(results[2:]) == {60}
    clock[0] = 559.5
    assert spend() == 1


def test_each_client_and_each_scope_counts_apart(clock):
    clock[0] = 10.0
    assert [spend(), spend(), spend()] == [0, 0, 60]
    assert spend("192.0.2.8") == 0
    request = RequestFactory().get("/", REMOTE_ADDR="192.0.2.7")
    assert ratelimit.seconds_to_wait("other", request, (2, 60)) == 0


@pytest.mark.parametrize("value,expected", [("3/60", (3, 60)), ("0/0", (1, 1)), ("many", (5, 9)),
                                            ("1/2/3", (5, 9)), (None, (5, 9))])
def test_a_malformed_limit_setting_falls_back_to_the_default(value, expected):
    assert ratelimit.parse_limit(value, (5, 9)) == expected
