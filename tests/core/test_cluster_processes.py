"""deploy/cluster/processes.py: processes are stopped by their PID, and only when the PID still
belongs to the program that was started (a reused PID is never signalled)."""

import subprocess
import sys

import pytest

from deploy.cluster import cluster, processes


def test_a_process_is_stopped_by_its_pid_and_only_if_it_is_ours(tmp_path):
    pid = processes.spawn([sys.executable, "-c", "import time; time.sleep(60)", "cluster-test-sleeper"],
                          tmp_path / "sleeper.log")
    try:
        processes.wait_until(lambda: processes.is_alive(pid, expect="cluster-test-sleeper"), "sleeper", timeout=10)
        assert processes.stop(pid, expect="another-program") is False  # not ours: left alone
        assert processes.is_alive(pid)
        assert processes.stop(pid, expect="cluster-test-sleeper") is True
        assert not processes.is_alive(pid)
        assert processes.stop(pid, expect="cluster-test-sleeper") is False  # safe twice
    finally:
        if processes.is_alive(pid, expect="cluster-test-sleeper"):
            processes.stop(pid, expect="cluster-test-sleeper", timeout=1)


def test_a_service_whose_command_line_changes_while_it_starts_is_waited_for(tmp_path, monkeypatch):
    # redis-server rewrites its command line (its process title) while it starts; a read of
    # /proc/PID/cmdline in the middle of that once failed `make cluster` with "redis ended while
    # starting" although Redis ran. This child shows its final command line only after an exec
    # (same PID), 0.3 s in, and then listens on its port. (The text is split so that the first command
    # line does not hold it.)
    port = processes.free_port()
    listener = (f"import socket, time; s = socket.socket(); s.bind(('127.0.0.1', {port})); s.listen(); "
                f"time.sleep(30)")
    code = (f"import os, sys, time; time.sleep(0.3); "
            f"os.execv(sys.executable, [sys.executable, '-c', {listener!r}, 'cluster-test-' + 'renamed'])")
    spec = {"argv": [sys.executable, "-c", code], "expect": "cluster-test-renamed", "ready": ("tcp", port)}
    monkeypatch.setattr(cluster, "service_specs", lambda state: {"renaming": spec})
    monkeypatch.setattr(cluster, "RUN", tmp_path)
    monkeypatch.setattr(cluster, "STATE", tmp_path / "state.json")
    state = {"run": str(tmp_path), "services": {}}
    try:
        pid = cluster.start_service(state, "renaming", timeout=20)
        assert processes.is_alive(pid, expect="cluster-test-renamed")
        assert processes.tcp_answers(port)
        assert cluster.stop_service(state, "renaming", timeout=2) is True
    finally:
        # Also when starting failed: the child is ours (start_service noted its PID before waiting),
        # whatever its command line says at that moment.
        started = state["services"].get("renaming") or {}
        processes.stop(started.get("pid"), timeout=2)


def test_waiting_for_a_process_that_ends_names_its_log(tmp_path):
    log = tmp_path / "failing.log"
    pid = processes.spawn([sys.executable, "-c", "print('bind: address in use'); raise SystemExit(1)"], log)
    with pytest.raises(processes.StartError) as error:
        processes.wait_until(lambda: False, "failing", pid=pid, log_path=log, timeout=20)
    assert "failing ended while starting" in str(error.value) and "bind: address in use" in str(error.value)


def test_a_program_that_ignores_sigterm_is_killed_after_the_timeout(tmp_path):
    code = "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); print('ready', flush=True); time.sleep(60)"
    pid = processes.spawn([sys.executable, "-c", code, "cluster-test-stubborn"], tmp_path / "stubborn.log")
    processes.wait_until(lambda: "ready" in (tmp_path / "stubborn.log").read_text(), "stubborn", timeout=20)
    assert processes.stop(pid, expect="cluster-test-stubborn", timeout=0.5) is True
    # SIGKILL is delivered at once, but on a loaded machine the kernel may take a moment to reap it.
    processes.wait_until(lambda: not processes.is_alive(pid), "stubborn gone", timeout=10)


def test_cluster_stop_without_a_cluster_is_safe(tmp_path):
    env = {"CLUSTER_DIR": str(tmp_path / "none"), "PATH": "/usr/bin:/bin"}
    for _ in range(2):
        result = subprocess.run([sys.executable, "-m", "deploy.cluster.cluster", "stop"], env=env,
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 0 and "no cluster is running" in result.stdout


def test_cluster_refuses_to_start_without_a_shared_secret_key(tmp_path):
    env = {"CLUSTER_DIR": str(tmp_path / "none"), "PATH": "/usr/bin:/bin", "DJANGO_SECRET_KEY": ""}
    result = subprocess.run([sys.executable, "-m", "deploy.cluster.cluster", "start"], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "none").exists()
