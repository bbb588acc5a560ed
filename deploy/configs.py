"""Render the VCL and the nginx configuration from their templates into a run folder.

The templates in deploy/varnish/ and deploy/nginx/ hold `@@NAME@@` placeholders; nothing secret
or machine-specific is committed. The rendered files live in an ignored folder (var/…), the
VCL readable by its owner only (it holds the purge token).
"""

import os
import re
import secrets
from pathlib import Path

from core.media_paths import nginx_media_locations

DEPLOY = Path(__file__).resolve().parent
VCL_TEMPLATE = DEPLOY / "varnish" / "emocni.vcl"
NGINX_TEMPLATE = DEPLOY / "nginx" / "nginx.conf"
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,128}$")
_HOST = re.compile(r"^[A-Za-z0-9.-]{1,253}$")


def new_purge_token():
    return secrets.token_urlsafe(32)


def _fill(template, values):
    text = Path(template).read_text()
    for name, value in values.items():
        text = text.replace(f"@@{name}@@", value)
    left = re.findall(r"@@[A-Z_]+@@", text)
    if left:
        raise ValueError(f"{template}: no value for {', '.join(sorted(set(left)))}")
    return text


def _write(path, text, mode=0o644):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "w") as handle:
        handle.write(text)
    os.chmod(path, mode)
    return path


def _address(backend):
    """A backend as VCL: a unix socket path, or (host, port)."""
    if isinstance(backend, (str, Path)):
        return f'    .path = "{Path(backend).resolve()}";'
    host, port = backend
    return f'    .host = "{host}";\n    .port = "{int(port)}";'


def render_vcl(path, backends, purge_token, purge_acl=("127.0.0.1", "::1"), probe_host=None,
               probe_path="/robots.txt", healthy_grace="10s"):
    """Write the VCL for `backends` (one or more: a round-robin director) to `path`.

    `probe_host` switches on a health probe (GET `probe_path` with that Host every 5 s): while
    no backend is healthy, stale objects are served for as long as their stale-if-error allows.
    Cluster setups pass their nginx balancer as the one backend or each app server."""
    if not _TOKEN.match(purge_token or ""):
        raise ValueError("the purge token must be 16-128 characters of A-Z, a-z, 0-9, _ and -")
    if probe_host is not None and not _HOST.match(probe_host):
        raise ValueError(f"not a host name: {probe_host!r}")
    if not re.match(r"^[0-9]+[smh]$", healthy_grace):
        raise ValueError(f"not a VCL duration: {healthy_grace!r}")
    blocks, adds = [], []
    timeouts = ["    .connect_timeout = 2s;", "    .first_byte_timeout = 60s;", "    .between_bytes_timeout = 30s;"]
    for number, backend in enumerate(backends, start=1):
        blocks.append("\n".join([f"backend app_{number} {{", _address(backend), *timeouts, "}"]))
        adds.append(f"    app.add_backend(app_{number});")
        if probe_host:
            # The same address again, with the probe: it only tells vcl_recv whether the app answers.
            # Traffic never depends on it (a slow probe under load must not turn misses into 503s).
            blocks.append("\n".join([
                f"backend health_{number} {{", _address(backend), *timeouts,
                "    .probe = {",
                f'        .request = "GET {probe_path} HTTP/1.1" "Host: {probe_host}" '
                '"X-Forwarded-Proto: https" "User-Agent: varnish-probe" "Connection: close";',
                "        .interval = 5s; .timeout = 10s; .window = 5; .threshold = 2; .initial = 2;",
                "    }", "}",
            ]))
            adds.append(f"    health.add_backend(health_{number});")
    acl = "\n".join(f'    "{_acl_entry(entry)[0]}"{_acl_entry(entry)[1]};' for entry in purge_acl)
    text = _fill(VCL_TEMPLATE, {
        "BACKENDS": "\n\n".join(blocks), "DIRECTOR_ADDS": "\n".join(adds), "PURGE_ACL": acl,
        "PURGE_TOKEN": purge_token, "HEALTHY_GRACE": healthy_grace,
        "HEALTH_DIRECTOR": "    new health = directors.round_robin();" if probe_host else "",
        "APP_HEALTHY": "std.healthy(health.backend())" if probe_host else "true",
    })
    return _write(path, text, mode=0o600)


def _acl_entry(entry):
    address, _, bits = str(entry).partition("/")
    if not re.match(r"^[0-9a-fA-F.:]+$", address) or (bits and not bits.isdigit()):
        raise ValueError(f"not an address or network: {entry!r}")
    return address, f"/{bits}" if bits else ""


def render_nginx(run_dir, listen, upstream, max_body_mb, access_log="/dev/stdout", user=None, media_root=None):
    """Write nginx.conf into `run_dir` (pid, temp files and logs there too) and return its path.

    `listen` and `upstream` are (host, port) or a unix socket path; nginx buffers whole requests
    and responses, so a slow client only ever holds an nginx connection, not a gunicorn worker.
    With `media_root`, nginx serves the public media files itself, exactly the paths the app's own
    allow-list serves (core.media_paths); otherwise /media/ goes to the app like everything else."""
    run_dir = Path(run_dir).resolve()
    for sub in ("tmp", "logs"):
        (run_dir / sub).mkdir(parents=True, exist_ok=True)
    if user is None and os.geteuid() == 0:
        user = "nobody nogroup"  # workers never run as root; the master only binds and reads config
    text = _fill(NGINX_TEMPLATE, {
        "USER": f"user {user};" if user else "# user: the master is not root, workers run as the same user",
        "RUN_DIR": str(run_dir),
        "ERRORS_DIR": str(DEPLOY / "nginx" / "errors"),
        "LISTEN": _nginx_address(listen, "listen"),
        "UPSTREAM": _nginx_address(upstream, "server"),
        "MAX_BODY": f"{int(max_body_mb)}m",
        "ACCESS_LOG": access_log,
        "MEDIA_LOCATIONS": _media_locations(media_root),
    })
    return _write(run_dir / "nginx.conf", text)


def _media_locations(media_root):
    if media_root is None:
        return "# /media/ goes to the app (it serves only the public paths)."
    return nginx_media_locations(Path(media_root).resolve()).replace("\n", "\n        ")


def _nginx_address(address, kind):
    if isinstance(address, (str, Path)):
        return f"unix:{Path(address).resolve()}"
    host, port = address
    return f"{host}:{int(port)}"


def traversable(folder, top):
    """Let other users pass through `folder` and each parent up to `top` (o+x, nothing listed or
    written): nginx workers run as nobody and must reach the gunicorn socket. Another part may have
    made a parent owner-only first (Django's file cache makes its folders 0700, e.g. var/)."""
    folder, top = Path(folder).resolve(), Path(top).resolve()
    for path in [folder, *folder.parents]:
        if path == top.parent or top not in [path, *path.parents]:
            break
        path.chmod(path.stat().st_mode | 0o011)
