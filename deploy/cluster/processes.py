"""Start a process in the background on a free port, wait until it answers, stop it by its PID.

Standard library only: `make cluster` runs this before anything else is known to work, and the
cluster tests import it to stop and restart single services.
"""

import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path


class StartError(RuntimeError):
    """A process did not come up; the message says which, and where its log is."""


def free_port(host="127.0.0.1", avoid=()):
    """A port nobody listens on now (the kernel's choice), not one of `avoid`."""
    while True:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            probe.bind((host, 0))
            port = probe.getsockname()[1]
        # weed derives nothing from its ports here (every gRPC port is given), so any free port will do
        if port not in avoid:
            return port


def port_is_free(port, host="127.0.0.1"):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def spawn(argv, log_path, env=None, cwd=None):
    """Start argv in its own session (it outlives `make`), output appended to log_path. Returns the PID."""
    log_path = Path(log_path)
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "ab") as log:
        process = subprocess.Popen(
            argv, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=cwd,
            start_new_session=True, close_fds=True,
        )
    return process.pid


def is_alive(pid, expect=None):
    """The PID runs and (when `expect` is given) its command line contains `expect`: a PID reused by
    another program after ours ended is never taken for ours."""
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return False
    try:
        status = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        if status == "Z":  # a zombie child of the starting process: ended
            reap(pid)
            return False
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return False
    return expect is None or expect in cmdline


def reap(pid):
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass


def stop(pid, expect=None, timeout=20.0, sig=signal.SIGTERM):
    """Ask the process to end (SIGTERM: gunicorn, nginx-quit etc. finish their requests), wait, then
    SIGKILL. Returns True when it had been running."""
    if not is_alive(pid, expect):
        return False
    try:
        os.kill(pid, sig)
    except ProcessLookupError:
        return False
    # Ours was checked above; from here on only whether the PID still runs (an exiting process has
    # an empty command line for a moment, which must not count as gone).
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        reap(pid)
        if not is_alive(pid):
            return True
        time.sleep(0.05)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    for _ in range(100):
        reap(pid)
        if not is_alive(pid):
            break
        time.sleep(0.05)
    return True


def http_status(url, timeout=2.0, headers=None):
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except (OSError, urllib.error.URLError):
        return None


def tcp_answers(port, host="127.0.0.1", timeout=0.5):
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def wait_until(check, what, pid=None, log_path=None, timeout=60.0, interval=0.1):
    """Poll `check()` until it is true; fail early when the process died, naming its log.

    `pid` is a child this process spawned, so it is judged by its PID alone: the PID cannot go to
    another program before we reap it. Its command line is no proof while it starts: redis-server
    rewrites its own (its process title), and a read in the middle of that found neither the old
    nor the new text, which once failed `make cluster` with a live Redis."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        if pid is not None and not is_alive(pid):
            raise StartError(f"{what} ended while starting; see {log_path}{tail(log_path)}")
        time.sleep(interval)
    raise StartError(f"{what} did not answer within {timeout:.0f} s; see {log_path}{tail(log_path)}")


def tail(log_path, lines=15):
    if not log_path or not Path(log_path).exists():
        return ""
    text = Path(log_path).read_text(errors="replace").splitlines()[-lines:]
    return "\n  " + "\n  ".join(text) if text else ""
