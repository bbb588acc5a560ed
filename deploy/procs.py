"""Start, watch and stop the serving processes (gunicorn, nginx, varnishd), one way for everyone.

`make serve`, `make serve-edge`, the benchmarks and the tests that need real processes all start
them through this module: on a port that was free a moment ago (or a unix socket), wait until
they listen, keep their output in a log file, and stop them by the PID they were started with,
never by name. Standard library only, so it runs before Django is set up.
"""

import http.client
import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

# Debian puts varnishd and nginx in /usr/sbin, which is not on every user's PATH.
_SBIN = ("/usr/sbin", "/usr/local/sbin", "/sbin")


def find_program(name, package):
    """The program's path, or a RuntimeError that says which Debian package to install."""
    path = shutil.which(name) or shutil.which(name, path=os.pathsep.join(_SBIN))
    if not path:
        raise RuntimeError(f"{name} is missing: install Debian's {package} (make edge-tools does it as root).")
    return path


def free_port(host="127.0.0.1"):
    """A TCP port nobody listened on a moment ago (the kernel picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def _connects(address):
    family = socket.AF_UNIX if isinstance(address, str) else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        try:
            sock.connect(address)
            return True
        except OSError:
            return False


class Proc:
    """One started process: its PID, its log file, and a way to stop it."""

    def __init__(self, name, argv, log_path, env=None, cwd=None):
        self.name = name
        self.argv = [str(arg) for arg in argv]
        # No log file: the output goes to our own terminal (make serve).
        self.log_path = Path(log_path) if log_path else None
        self._log = None
        if self.log_path:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            self._log = open(self.log_path, "ab")
        self.popen = subprocess.Popen(
            self.argv, stdout=self._log, stderr=subprocess.STDOUT if self._log else None, stdin=subprocess.DEVNULL,
            env=env, cwd=cwd, start_new_session=True,  # Ctrl-C in a terminal reaches us, not them
        )
        self.pid = self.popen.pid

    def running(self):
        return self.popen.poll() is None

    def log_tail(self, lines=30):
        if not self.log_path:
            return "(output above)"
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def wait_listening(self, address, timeout=30.0):
        """Wait until `address` ((host, port) or a unix socket path) accepts connections."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.running():
                raise RuntimeError(f"{self.name} exited with {self.popen.returncode}:\n{self.log_tail()}")
            if _connects(address):
                return self
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"{self.name} did not listen on {address} within {timeout:.0f} s:\n{self.log_tail()}")

    def stop(self, timeout=10.0, sig=signal.SIGTERM):
        """Stop this process by its PID: `sig`, then SIGKILL if it is still there after `timeout`."""
        if self.running():
            try:
                os.kill(self.pid, sig)
                self.popen.wait(timeout)
            except subprocess.TimeoutExpired:
                os.kill(self.pid, signal.SIGKILL)
                self.popen.wait(5)
            except ProcessLookupError:
                pass
        if self._log:
            self._log.close()
        return self.popen.returncode


class Procs:
    """Several processes stopped together, the last started first (varnish, nginx, gunicorn)."""

    def __init__(self):
        self.started = []

    def add(self, proc):
        self.started.append(proc)
        return proc

    def first_exited(self):
        return next((proc for proc in self.started if not proc.running()), None)

    def stop(self):
        while self.started:
            self.started.pop().stop()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


class UnixHTTPConnection(http.client.HTTPConnection):
    """http.client over a unix socket (gunicorn and nginx listen on one in `make serve`)."""

    def __init__(self, path, timeout=10):
        super().__init__("localhost", timeout=timeout)
        self.socket_path = path

    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(self.timeout)
        self.sock.connect(self.socket_path)


def request(address, method, path, headers=None, body=None, timeout=10):
    """One HTTP request to (host, port) or a unix socket; returns (status, headers dict, body bytes).
    Header names are lower-cased; repeated headers (Set-Cookie) are joined with a newline."""
    if isinstance(address, str):
        conn = UnixHTTPConnection(address, timeout=timeout)
    else:
        conn = http.client.HTTPConnection(*address, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        data = response.read()
        merged = {}
        for name, value in response.getheaders():
            key = name.lower()
            merged[key] = f"{merged[key]}\n{value}" if key in merged else value
        return response.status, merged, data
    finally:
        conn.close()
