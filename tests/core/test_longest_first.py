"""tests/longest_first.py: files ordered by their recorded time, the longest first, each file's
tests kept together and in their own order; no record, no change."""

from types import SimpleNamespace

from tests import longest_first as order


def items(*nodeids):
    return [SimpleNamespace(nodeid=nodeid) for nodeid in nodeids]


def test_longest_recorded_file_first_and_a_file_keeps_its_own_order(tmp_path, monkeypatch):
    monkeypatch.setattr(order, "RECORD", tmp_path / "durations.json")
    recorder = order.DurationRecorder()
    for nodeid, seconds in [("a.py::one", 1.0), ("b.py::one", 20.0), ("b.py::two", 15.0), ("c.py::one", 3.0)]:
        recorder.add(SimpleNamespace(nodeid=nodeid, duration=seconds))
    recorder.save()
    collected = items("a.py::one", "new.py::x", "c.py::one", "b.py::two", "b.py::one")
    order.longest_first(collected)
    assert [item.nodeid for item in collected] == ["b.py::two", "b.py::one", "c.py::one", "a.py::one", "new.py::x"]
    # A later run of one of b.py's tests changes that test's time only: b.py still sums both.
    recorder = order.DurationRecorder()
    recorder.add(SimpleNamespace(nodeid="b.py::two", duration=0.5))
    recorder.save()
    collected = items("c.py::one", "b.py::one", "b.py::two")
    order.longest_first(collected)
    assert [item.nodeid for item in collected] == ["b.py::one", "b.py::two", "c.py::one"]


def test_without_a_record_the_order_stays(tmp_path, monkeypatch):
    monkeypatch.setattr(order, "RECORD", tmp_path / "missing.json")
    collected = items("b.py::one", "a.py::one")
    order.longest_first(collected)
    assert [item.nodeid for item in collected] == ["b.py::one", "a.py::one"]
    (tmp_path / "missing.json").write_text("not json")
    order.longest_first(collected)
    assert [item.nodeid for item in collected] == ["b.py::one", "a.py::one"]
