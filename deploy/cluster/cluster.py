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
import shutil
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from deploy.cluster import processes, topology  # noqa: E402
from deploy.cluster.topology import ORDER, app_env, service_specs, write_configs  # noqa: E402,F401

ROOT = Path(__file__).resolve().parents[2]
RUN = Path(os.environ.get("CLUSTER_DIR", ROOT / ".cluster"))
STATE = RUN / "state.json"
PYTHON = sys.executable
ADMIN_DATABASE_URL = topology.ADMIN_DATABASE_URL


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
        processes.wait_until(lambda: is_ready(spec["ready"]), name, pid=pid, log_path=log, timeout=timeout)
    elif not processes.is_alive(pid):  # our own child: its PID is proof enough (see wait_until)
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
    topology.make_bucket(state["env"])


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
    state = topology.plan(RUN, public_port, secret_key)
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
