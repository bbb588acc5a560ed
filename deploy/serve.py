"""`make serve` and `make serve-edge`: the single-machine production setup in the foreground.

    python -m deploy.serve --port 8000          nginx on :8000 -> gunicorn (2 workers) on a unix socket
    python -m deploy.serve --port 8000 --edge   varnishd on :8000 -> nginx (internal port) -> gunicorn

Beside them `manage.py run_worker` publishes and unpublishes what editors scheduled, every minute.

It starts processes and nothing else: no migrations, no demo content. When the database is not
migrated or the static files are not collected it refuses with one line that names `make release`.
Configuration, sockets, pid files, temp files and logs go to var/serve-<port>/ (git-ignored).
Ctrl-C (or SIGTERM) stops every process it started, by PID.
"""

import argparse
import os
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def upload_limit_mb():
    """The largest upload the app accepts, in MB, plus one for the multipart form around it."""
    from django.conf import settings

    largest = max(getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", 0) or 0,
                  getattr(settings, "WAGTAILIMAGES_MAX_UPLOAD_SIZE", 0) or 0, 10 * 1024 * 1024)
    return -(-largest // (1024 * 1024)) + 1


def check_ready():
    """Django set up with the serving settings; exits with one line when the site is not ready."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
    import django

    django.setup()
    from deploy.readiness import RELEASE_HINT, problems

    found = problems()
    if found:
        sys.exit(f"Not starting: {'; '.join(found)}: {RELEASE_HINT}.")
    from django.core.management import call_command, get_commands

    if "purge_page_cache" in get_commands():
        # The app's page store outlives a restart; pages rendered by the previous code must not.
        call_command("purge_page_cache", verbosity=0)


def public_media_root():
    """MEDIA_ROOT when nginx may serve the public media files itself (files on this machine, the
    app's allow-list available), else None: /media/ then goes to the app."""
    from django.conf import settings
    from django.core.files.storage import FileSystemStorage, default_storage

    if not getattr(settings, "SERVE_MEDIA", False) or not isinstance(default_storage, FileSystemStorage):
        return None
    return settings.MEDIA_ROOT


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--edge", action="store_true", help="Varnish in front (make serve-edge)")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    check_ready()
    from deploy import configs
    from deploy.procs import Procs, free_port
    from deploy.stack import start_gunicorn, start_nginx, start_varnish, start_worker

    run_dir = ROOT / "var" / f"serve-{args.port}"
    (run_dir / "logs").mkdir(parents=True, exist_ok=True)
    configs.traversable(run_dir, ROOT)
    public = (args.host, args.port)
    env = dict(os.environ)
    if args.edge:
        env.setdefault("EDGE_PURGE_TOKEN", configs.new_purge_token())
        env.setdefault("EDGE_PURGE_URLS", f"http://127.0.0.1:{args.port}")

    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    with Procs() as procs:
        try:
            socket_path = run_dir / "gunicorn.sock"
            start_gunicorn(procs, run_dir, socket_path, env, workers=args.workers, to_terminal=True,
                           access_log=False)
            # Scheduled publishing (and queued tasks with TASKS_BACKEND=database): no cron line.
            start_worker(procs, run_dir, env, to_terminal=True)
            nginx_listen = ("127.0.0.1", free_port()) if args.edge else public
            start_nginx(procs, run_dir, nginx_listen, socket_path, upload_limit_mb(), to_terminal=True,
                        media_root=public_media_root())
            chain = f"nginx -> gunicorn ({args.workers} workers), and the task worker"
            if args.edge:
                start_varnish(procs, run_dir, public, [nginx_listen], env["EDGE_PURGE_TOKEN"],
                              probe_host=_probe_host(env), to_terminal=True)
                chain = f"Varnish -> {chain}"
        except (RuntimeError, ValueError) as error:
            sys.exit(f"Not started: {error}")
        print(f"Serving http://{args.host}:{args.port}/ ({chain}); logs and config in {run_dir}. Ctrl-C stops.",
              flush=True)
        try:
            while not stopping:
                exited = procs.first_exited()
                if exited:
                    print(f"{exited.name} (pid {exited.pid}) exited with {exited.popen.returncode}; stopping.",
                          file=sys.stderr)
                    return 1
                time.sleep(0.5)
        except KeyboardInterrupt:
            pass
        print("Stopping.", flush=True)
    return 0


def _probe_host(env):
    """The Host the health probe sends: one the app accepts (SITE_URL's, else the first allowed host)."""
    from urllib.parse import urlsplit

    host = urlsplit(env.get("SITE_URL", "")).hostname
    if not host:
        host = next((h for h in env.get("DJANGO_ALLOWED_HOSTS", "127.0.0.1").split(",") if h.strip()), "127.0.0.1")
    host = host.strip().lstrip(".")
    return "127.0.0.1" if host in ("", "*") else host


if __name__ == "__main__":
    sys.exit(main())
