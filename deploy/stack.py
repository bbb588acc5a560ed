"""The single-machine production processes, each started the same way everywhere:
gunicorn (the app), nginx (buffers slow clients), varnishd (the edge cache).

    with Procs() as procs:
        app = start_gunicorn(procs, run_dir, bind=run_dir / "gunicorn.sock", env=env)
        start_nginx(procs, run_dir, listen=("127.0.0.1", 8000), upstream=run_dir / "gunicorn.sock")

Every function starts one process, waits until it listens and returns it; Procs stops them
all by PID. Used by deploy/serve.py (make serve, make serve-edge), benchmarks/ and tests/edge/.
"""

import os
import pwd
import sys
from pathlib import Path

from deploy import configs
from deploy.procs import Proc, find_program

ROOT = Path(__file__).resolve().parent.parent


def _log(run_dir, name, to_terminal):
    return None if to_terminal else Path(run_dir) / "logs" / f"{name}.log"


def _others_can_enter(folder):
    """Whether a jailed user can reach files in `folder` (pytest's temp folders are private)."""
    folder = Path(folder).resolve()
    return all(os.stat(part).st_mode & 0o001 for part in [folder, *folder.parents])


def start_gunicorn(procs, run_dir, bind, env, workers=2, to_terminal=False, timeout=60, access_log=True):
    """gunicorn on a unix socket path or (host, port), sync workers; its access log on stdout unless
    nginx in front keeps one."""
    bind_arg = f"unix:{Path(bind).resolve()}" if isinstance(bind, (str, Path)) else f"{bind[0]}:{int(bind[1])}"
    if isinstance(bind, (str, Path)) and Path(bind).exists():
        Path(bind).unlink()  # left over from a killed run
    argv = [sys.executable, "-m", "gunicorn", "config.wsgi", "--bind", bind_arg, "--workers", str(workers),
            *(["--access-logfile", "-"] if access_log else []), "--graceful-timeout", "10",
            # As in the cluster: the app loads once, in the master, and the workers fork from it. A wrong
            # variable stops the start with its one line, and the workers share the loaded code's memory.
            # Before, each worker imported Django itself (2.5 s of CPU each), and until the second had,
            # only the first answered.
            "--preload",
            # nginx, in front, talks to us over this socket: anyone who may use nginx may use it.
            "--umask", "0"]
    proc = procs.add(Proc("gunicorn", argv, _log(run_dir, "gunicorn", to_terminal), env=env, cwd=ROOT))
    return proc.wait_listening(str(Path(bind).resolve()) if isinstance(bind, (str, Path)) else tuple(bind), timeout)


def start_worker(procs, run_dir, env, to_terminal=False):
    """`manage.py run_worker`: queued tasks with TASKS_BACKEND=database, and in any case Wagtail's
    scheduled publishing every minute (go-live and expiry of pages and snippets, no cron line). It
    listens on nothing; it is started when it has printed its first line or is still running."""
    argv = [sys.executable, "manage.py", "run_worker"]
    proc = procs.add(Proc("worker", argv, _log(run_dir, "worker", to_terminal), env=env, cwd=ROOT))
    if not proc.running():
        raise RuntimeError(f"worker exited with {proc.popen.returncode}:\n{proc.log_tail()}")
    return proc


def start_nginx(procs, run_dir, listen, upstream, max_body_mb, to_terminal=False, access_log=None, media_root=None):
    """nginx with its configuration, pid and temp files in `run_dir`; nothing in /etc/nginx is touched
    (only Debian's mime.types is read)."""
    nginx = find_program("nginx", "nginx-light")
    run_dir = Path(run_dir).resolve()
    if access_log is None:
        access_log = "/dev/stdout" if to_terminal else str(run_dir / "logs" / "nginx-access.log")
    conf = configs.render_nginx(run_dir / "nginx", listen, upstream, max_body_mb, access_log=access_log,
                                media_root=media_root)
    argv = [nginx, "-p", conf.parent, "-c", conf, "-e", "stderr", "-g", "daemon off;"]
    proc = procs.add(Proc("nginx", argv, _log(run_dir, "nginx", to_terminal), cwd=conf.parent))
    return proc.wait_listening(str(Path(listen).resolve()) if isinstance(listen, (str, Path)) else tuple(listen))


def start_varnish(procs, run_dir, listen, backends, purge_token, probe_host=None, storage="malloc,256m",
                  to_terminal=False, extra_listen=()):
    """varnishd in the foreground with the rendered VCL; its working folder is in `run_dir`.

    As root it runs its child in Varnish's own jail (user vcache), so the VCL (which holds the purge
    token and is readable by its owner only) is given to the varnish user; otherwise no jail."""
    varnishd = find_program("varnishd", "varnish")
    run_dir = Path(run_dir).resolve()
    vcl = configs.render_vcl(run_dir / "varnish" / "emocni.vcl", backends, purge_token, probe_host=probe_host)
    jail = ["-j", "none"]
    if os.geteuid() == 0 and _others_can_enter(run_dir):
        try:
            os.chown(vcl, pwd.getpwnam("varnish").pw_uid, -1)
            jail = []
        except KeyError:  # a varnish without Debian's users
            pass
    addresses = [listen, *extra_listen]
    argv = [varnishd, "-F", *jail, "-T", "none", "-f", vcl, "-n", run_dir / "varnish" / "work", "-s", storage,
            "-p", "thread_pool_min=20"]
    for host, port in addresses:
        argv += ["-a", f"{host}:{int(port)}"]
    proc = procs.add(Proc("varnishd", argv, _log(run_dir, "varnishd", to_terminal), cwd=run_dir))
    return proc.wait_listening(tuple(listen))
