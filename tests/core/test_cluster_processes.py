"""deploy/cluster/processes.py: processes are stopped by their PID, and only when the PID still
belongs to the program that was started (a reused PID is never signalled)."""

import subprocess
import sys

from deploy.cluster import processes


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
