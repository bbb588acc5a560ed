"""What `make cluster` starts: the ports, the shared environment, each service's command line and
configuration files. deploy/cluster/cluster.py starts and stops them; tests/core/test_object_storage.py
starts a SeaweedFS of its own with the same command line."""

import json
import os
import secrets
import sys
import time
from pathlib import Path

from deploy import configs
from deploy.cluster import processes

VENV_BIN = Path(sys.executable).parent
PYTHON = sys.executable
BUCKET = "emocni-media"
ORDER = ["redis", "weed", "worker", "app_a", "app_b", "nginx", "varnish"]  # started in this order
ADMIN_DATABASE_URL = os.environ.get("CLUSTER_ADMIN_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/postgres")


def plan(run, public_port, secret_key):
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
            "run": str(run)}


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
    """The project's VCL (deploy/varnish/, rendered by deploy/configs.py) with nginx as its one backend."""
    vcl = run / "edge.vcl"
    configs.render_vcl(vcl, [("127.0.0.1", ports["nginx"])], purge_token, probe_host="127.0.0.1")
    if os.geteuid() == 0:  # varnishd's jailed child (user varnish) reads it; it holds the purge token
        import pwd

        try:
            os.chown(vcl, pwd.getpwnam("varnish").pw_uid, -1)
        except KeyError:
            vcl.chmod(0o644)
