"""`make cluster`: the production topology on one machine, each part its own process.

    Varnish (CLUSTER_PORT, the address)  ->  nginx  ->  gunicorn A, gunicorn B  ->  PostgreSQL
                                                                 |        \\->  Redis (cache, page cache, counters)
    task worker (run_worker) ------------------------------------+------->  SeaweedFS (S3 media)

    python -m deploy.cluster.cluster start | stop | status | stop-service NAME | start-service NAME

Everything it starts is written to .cluster/state.json (PIDs, ports, the database, the environment
of the app processes); logs are in .cluster/logs/. `stop` ends exactly those PIDs (each checked
against its command line, so a PID reused by another program is left alone), drops the database it
created, and is safe to run twice. The cluster tests use `stop-service` / `start-service`.
"""

import json
import os
import secrets
import shutil
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from deploy.cluster import processes  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
RUN = Path(os.environ.get("CLUSTER_DIR", ROOT / ".cluster"))
STATE = RUN / "state.json"
VENV_BIN = Path(sys.executable).parent
PYTHON = sys.executable
BUCKET = "emocni-media"
ORDER = ["redis", "weed", "worker", "app_a", "app_b", "nginx", "varnish"]  # started in this order
ADMIN_DATABASE_URL = os.environ.get("CLUSTER_ADMIN_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/postgres")


def say(message):
    print(f"cluster: {message}", flush=True)


def load_state():
    if STATE.exists():
        return json.loads(STATE.read_text())
    return None


def save_state(state):
    RUN.mkdir(parents=True, exist_ok=True)
    temporary = STATE.with_suffix(".tmp")
    temporary.write_text(json.dumps(state, indent=2))
    temporary.replace(STATE)


# ---- the pieces -------------------------------------------------------------------------------

def plan(public_port, secret_key):
    """Ports, names and the environment every app process shares."""
    taken = {public_port}

    def port():
        chosen = processes.free_port(avoid=taken)
        taken.add(chosen)
        return chosen

    ports = {name: port() for name in ("redis", "app_a", "app_b", "nginx")}
    ports.update({f"weed_{part}": port() for part in WEED_PORTS})
    ports["varnish"] = public_port
    access_key, secret = secrets.token_hex(10), secrets.token_urlsafe(30)
    database = f"cluster_{time.strftime('%Y%m%d_%H%M%S')}_{os.getpid()}"
    address = f"http://127.0.0.1:{public_port}"
    env = {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DJANGO_SECRET_KEY": secret_key,
        "DJANGO_HTTPS": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"{ADMIN_DATABASE_URL.rsplit('/', 1)[0]}/{database}",
        "REDIS_URL": f"redis://127.0.0.1:{ports['redis']}/0",
        "AWS_STORAGE_BUCKET_NAME": BUCKET,
        "AWS_S3_ENDPOINT_URL": f"http://127.0.0.1:{ports['weed_s3']}",
        "AWS_ACCESS_KEY_ID": access_key,
        "AWS_SECRET_ACCESS_KEY": secret,
        "AWS_S3_REGION_NAME": "us-east-1",
        "TASKS_BACKEND": "database",
        "EDGE_PURGE_URLS": f"http://127.0.0.1:{public_port}/",
        "EDGE_PURGE_TOKEN": secrets.token_urlsafe(24),
        "SITE_URL": address,
        "WAGTAILADMIN_BASE_URL": address,
        "DJANGO_LOG_LEVEL": "WARNING",
        "PYTHONUNBUFFERED": "1",
    }
    return {"address": address, "ports": ports, "database": database, "env": env, "services": {},
            "run": str(RUN)}


def render(template, values):
    text = Path(template).read_text()
    for key, value in values.items():
        text = text.replace("{{" + key + "}}", str(value))
    return text


def app_env(state):
    return {**os.environ, **state["env"]}


def service_specs(state):
    """argv, readiness check and the string its command line must contain, for each service."""
    ports, run = state["ports"], Path(state["run"])
    weed = VENV_BIN / "weed"
    specs = {
        "redis": {
            "argv": ["redis-server", "--bind", "127.0.0.1", "--port", str(ports["redis"]), "--save", "",
                     "--appendonly", "no", "--dir", str(run / "data" / "redis"), "--maxmemory", "256mb",
                     "--maxmemory-policy", "allkeys-lru"],
            "expect": str(ports["redis"]),  # before and after redis renames its process title
            "ready": ("tcp", ports["redis"]),
        },
        "weed": {
            "argv": weed_argv(weed, run / "data" / "weed", run / "s3.json", ports),
            "expect": f"-s3.port={ports['weed_s3']}",
            "ready": ("http-any", f"http://127.0.0.1:{ports['weed_s3']}/"),
        },
        "worker": {
            "argv": [PYTHON, "manage.py", "run_worker"],
            "expect": "run_worker",
            "ready": None,
            "django": True,
        },
        "nginx": {
            "argv": ["nginx", "-p", str(run / "nginx"), "-c", str(run / "nginx" / "nginx.conf")],
            "expect": str(run / "nginx" / "nginx.conf"),
            "ready": ("http-any", f"http://127.0.0.1:{ports['nginx']}/healthz"),
        },
        "varnish": {
            "argv": ["varnishd", "-F", "-T", "none", "-a", f"127.0.0.1:{ports['varnish']}", "-f", str(run / "edge.vcl"),
                     "-n", str(run / "varnish"), "-s", "malloc,128m", "-p", "default_grace=60"],
            "expect": str(run / "varnish"),
            "ready": ("http-ok", f"http://127.0.0.1:{ports['varnish']}/healthz"),
        },
    }
    for name in ("app_a", "app_b"):
        specs[name] = {
            "argv": [str(VENV_BIN / "gunicorn"), "config.wsgi", "--bind", f"127.0.0.1:{ports[name]}",
                     "--workers", os.environ.get("CLUSTER_APP_WORKERS", "2"), "--worker-class", "gthread",
                     "--threads", "4", "--graceful-timeout", "20", "--timeout", "60",
                     # The app loads in the master: a wrong variable stops the start with its one line,
                     # instead of workers failing to boot over and over.
                     "--preload",
                     "--access-logfile", str(run / "logs" / f"{name}-access.log"), "--name", f"emocni-{name}"],
            "expect": f"127.0.0.1:{ports[name]}",
            "ready": ("http-ok", f"http://127.0.0.1:{ports[name]}/readyz"),
            "django": True,
        }
    return specs


WEED_PORTS = ("master", "master_grpc", "volume", "volume_grpc", "filer", "filer_grpc", "s3", "s3_grpc")


def weed_argv(weed, data_dir, s3_config, ports):
    """`weed server -s3` on the given ports (ports["weed_<part>"] for each of WEED_PORTS), the S3
    gateway's identities in s3_config. Every port is given: weed's defaults would add 10000 for gRPC."""
    return [
        str(weed), "server", "-ip=127.0.0.1", "-ip.bind=127.0.0.1", f"-dir={data_dir}",
        f"-master.port={ports['weed_master']}", f"-master.port.grpc={ports['weed_master_grpc']}",
        f"-volume.port={ports['weed_volume']}", f"-volume.port.grpc={ports['weed_volume_grpc']}",
        "-filer", f"-filer.port={ports['weed_filer']}", f"-filer.port.grpc={ports['weed_filer_grpc']}",
        "-s3", f"-s3.port={ports['weed_s3']}", f"-s3.port.grpc={ports['weed_s3_grpc']}", f"-s3.config={s3_config}",
        "-s3.port.iceberg=0", "-s3.port.lance=0", "-s3.iam=false",
        # No statistics sent anywhere; small volumes; stop at once when asked.
        "-master.telemetry=false", "-volume.max=8", "-master.volumeSizeLimitMB=128", "-volume.preStopSeconds=0",
    ]


def s3_identities(access_key, secret_key):
    return json.dumps({"identities": [{
        "name": "emocni-app",
        "credentials": [{"accessKey": access_key, "secretKey": secret_key}],
        "actions": ["Admin", "Read", "Write", "List", "Tagging"],
    }]})


def is_ready(ready):
    kind, target = ready
    if kind == "tcp":
        return processes.tcp_answers(target)
    status = processes.http_status(target, headers={"Host": "127.0.0.1"})
    return status == 200 if kind == "http-ok" else status is not None


def start_service(state, name, timeout=60):
    spec = service_specs(state)[name]
    log = Path(state["run"]) / "logs" / f"{name}.log"
    env = app_env(state) if spec.get("django") else {**os.environ}
    pid = processes.spawn(spec["argv"], log, env=env, cwd=ROOT)
    state["services"][name] = {"pid": pid, "expect": spec["expect"], "log": str(log)}
    save_state(state)
    if spec["ready"]:
        processes.wait_until(lambda: is_ready(spec["ready"]), name, pid=pid, expect=spec["expect"],
                             log_path=log, timeout=timeout)
    elif not processes.is_alive(pid, spec["expect"]):
        raise processes.StartError(f"{name} ended at once; see {log}{processes.tail(log)}")
    return pid


def stop_service(state, name, timeout=25):
    entry = state["services"].get(name)
    if not entry:
        return False
    stopped = processes.stop(entry["pid"], entry["expect"], timeout=timeout)
    entry["pid"] = None
    save_state(state)
    return stopped


def manage(state, *args, timeout=900):
    import subprocess

    log = Path(state["run"]) / "logs" / "manage.log"
    with open(log, "ab") as handle:
        handle.write(f"\n$ manage.py {' '.join(args)}\n".encode())
        handle.flush()
        result = subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=app_env(state), stdout=handle,
                                stderr=subprocess.STDOUT, timeout=timeout)
    if result.returncode:
        raise processes.StartError(f"manage.py {' '.join(args)} failed; see {log}{processes.tail(log)}")


# ---- database and object store ----------------------------------------------------------------

def admin_connection():
    import psycopg

    return psycopg.connect(ADMIN_DATABASE_URL, autocommit=True, connect_timeout=5)


def create_database(name):
    with admin_connection() as connection:
        connection.execute(f'CREATE DATABASE "{name}"')


def drop_database(name):
    try:
        with admin_connection() as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    except Exception as error:  # the server may be gone already; say so and go on stopping
        say(f"could not drop database {name}: {error}")


def create_bucket(state):
    make_bucket(state["env"])


def make_bucket(env, bucket=BUCKET):
    import boto3
    from botocore.config import Config

    client = boto3.client("s3", endpoint_url=env["AWS_S3_ENDPOINT_URL"], aws_access_key_id=env["AWS_ACCESS_KEY_ID"],
                          aws_secret_access_key=env["AWS_SECRET_ACCESS_KEY"], region_name=env["AWS_S3_REGION_NAME"],
                          config=Config(s3={"addressing_style": "path"}, retries={"max_attempts": 10}))
    deadline = time.monotonic() + 30
    while True:  # the S3 gateway answers before its filer is ready to take a bucket
        try:
            client.create_bucket(Bucket=bucket)
            return
        except client.exceptions.BucketAlreadyOwnedByYou:
            return
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def purge_caches(state):
    """Pages asked for while the demo was loading may be cached empty-handed: start from a clean cache."""
    import urllib.request

    request = urllib.request.Request(f"http://127.0.0.1:{state['ports']['varnish']}/", method="BAN",
                                     headers={"X-Purge-Token": state["env"]["EDGE_PURGE_TOKEN"]})
    try:
        urllib.request.urlopen(request, timeout=5).close()
    except OSError as error:
        say(f"could not empty the edge cache: {error}")
    import redis

    redis.Redis(host="127.0.0.1", port=state["ports"]["redis"]).flushdb()


def write_configs(state):
    run, ports, env = Path(state["run"]), state["ports"], state["env"]
    for folder in ("logs", "data/redis", "data/weed", "nginx", "varnish"):
        (run / folder).mkdir(parents=True, exist_ok=True)
    (run / "s3.json").write_text(s3_identities(env["AWS_ACCESS_KEY_ID"], env["AWS_SECRET_ACCESS_KEY"]))
    values = {"run": run, "app_a_port": ports["app_a"], "app_b_port": ports["app_b"], "nginx_port": ports["nginx"],
              "purge_token": env["EDGE_PURGE_TOKEN"]}
    (run / "nginx" / "nginx.conf").write_text(render(Path(__file__).resolve().parent / "nginx.conf.template", values))
    write_vcl(run, ports, env["EDGE_PURGE_TOKEN"], values)


def write_vcl(run, ports, purge_token, values):
    """The project's VCL (deploy/varnish/, rendered by deploy/configs.py) with nginx as its one backend;
    the small one beside this file only where that is missing."""
    vcl = run / "edge.vcl"
    try:
        from deploy import configs
    except ImportError:
        vcl.write_text(render(Path(__file__).resolve().parent / "edge.vcl.template", values))
        return
    configs.render_vcl(vcl, [("127.0.0.1", ports["nginx"])], purge_token, probe_host="127.0.0.1")
    if os.geteuid() == 0:  # varnishd's jailed child (user varnish) reads it; it holds the purge token
        import pwd

        try:
            os.chown(vcl, pwd.getpwnam("varnish").pw_uid, -1)
        except KeyError:
            vcl.chmod(0o644)


# ---- commands ---------------------------------------------------------------------------------

def running(state):
    return {name: entry for name, entry in state.get("services", {}).items()
            if processes.is_alive(entry.get("pid"), entry.get("expect"))}


def start():
    started = time.monotonic()
    secret_key = os.environ.get("DJANGO_SECRET_KEY", "")
    if len(secret_key) < 32:
        sys.exit("cluster: DJANGO_SECRET_KEY is not set (or shorter than 32 characters): every server of a "
                 "cluster must share one key. export DJANGO_SECRET_KEY=... (make cluster makes one in .cluster/).")
    public_port = int(os.environ.get("CLUSTER_PORT", "8080"))
    state = load_state()
    if state and running(state):
        if set(running(state)) == set(ORDER):
            say(f"already running at {state['address']}/ (make cluster-stop stops it)")
            return
        say("a cluster is partly running: stopping it first")
        stop()
    if not processes.port_is_free(public_port):
        sys.exit(f"cluster: CLUSTER_PORT={public_port} is in use by another program: choose another port.")
    for tool in ("redis-server", "nginx", "varnishd"):
        if not shutil.which(tool):
            sys.exit(f"cluster: {tool} is missing (make cluster installs it with apt-get when run as root).")
    if RUN.exists():
        for leftover in ("data", "nginx", "varnish", "logs"):
            shutil.rmtree(RUN / leftover, ignore_errors=True)
    state = plan(public_port, secret_key)
    write_configs(state)
    save_state(state)
    try:
        create_database(state["database"])
        state["database_created"] = True
        save_state(state)
        say(f"database {state['database']}; starting Redis and SeaweedFS while the release step runs")
        with ThreadPoolExecutor(max_workers=2) as pool:
            release = pool.submit(manage, state, "release")
            start_service(state, "redis")
            start_service(state, "weed")
            create_bucket(state)
            release.result()
        say(f"release step done ({time.monotonic() - started:.0f} s); loading the demo content while the "
            "servers start")
        with ThreadPoolExecutor(max_workers=1) as pool:
            demo = pool.submit(manage, state, "load_demo_content")
            for name in ("worker", "app_a", "app_b", "nginx", "varnish"):
                start_service(state, name)
            demo.result()
        purge_caches(state)
    except (processes.StartError, Exception) as error:
        say(f"start failed: {error}")
        stop()
        sys.exit(1)
    state["started_in"] = round(time.monotonic() - started, 1)
    save_state(state)
    say(f"running at {state['address']}/ (started in {state['started_in']} s)")
    say(f"  app servers :{state['ports']['app_a']} and :{state['ports']['app_b']}, nginx :{state['ports']['nginx']}, "
        f"Redis :{state['ports']['redis']}, S3 :{state['ports']['weed_s3']}, database {state['database']}")
    say(f"  logs and PIDs in {RUN}/ ; make cluster-test tests it, make cluster-stop stops it")


def stop():
    state = load_state()
    if not state:
        say("no cluster is running")
        return
    stopped = []
    for name in reversed(ORDER):
        if name in state.get("services", {}) and stop_service(state, name):
            stopped.append(name)
    if state.get("database_created"):
        drop_database(state["database"])
    for leftover in ("data",):
        shutil.rmtree(Path(state["run"]) / leftover, ignore_errors=True)
    STATE.unlink(missing_ok=True)
    say(f"stopped {', '.join(stopped) or 'nothing (no process was running)'}; logs kept in {RUN}/logs/")


def status():
    state = load_state()
    if not state:
        say("no cluster is running")
        return 1
    alive = running(state)
    for name in ORDER:
        entry = state["services"].get(name, {})
        say(f"  {name:8} {'running' if name in alive else 'stopped'}  pid {entry.get('pid')}")
    say(f"address {state['address']}/")
    return 0 if set(alive) == set(ORDER) else 1


def main(argv):
    command = argv[1] if len(argv) > 1 else "status"
    if command == "start":
        start()
    elif command == "stop":
        stop()
    elif command == "status":
        sys.exit(status())
    elif command in ("stop-service", "start-service") and len(argv) == 3:
        state = load_state() or sys.exit("cluster: no cluster is running")
        (stop_service if command == "stop-service" else start_service)(state, argv[2])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
