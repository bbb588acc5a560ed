"""`make bench`: requests per second of the production setup under load (issue 13).

Starts it itself on free ports: gunicorn with 2 sync workers (the app), nginx in front of it
(`make serve`) and Varnish in front of nginx (`make serve-edge`), on a copy of the demo database,
then measures with wrk at 8 connections: a static CSS file, the home page, a publication and the
filtered catalogue, each straight from gunicorn, through nginx and through Varnish. Pages are
compared with the static file in the same layer in this one run (the machine is noisy).
Targets: pages from the app's cache >= 50 % of static (make serve: nginx -> gunicorn); through
Varnish >= 90 % of static through Varnish. Straight to gunicorn is printed for comparison.
"""

import os
import re
import subprocess

import pytest

from deploy import testing
from deploy.procs import Procs, find_program, free_port, request
from deploy.serve import upload_limit_mb
from deploy.stack import start_gunicorn, start_nginx, start_varnish

CONNECTIONS = 8
SECONDS = int(os.environ.get("BENCH_WRK_SECONDS", "5"))
APP_TARGET = 0.50
EDGE_TARGET = 0.90


def wrk(address, path):
    """(requests per second, p50 latency in ms, errors) from one wrk run."""
    command = [find_program("wrk", "wrk"), "-t2", f"-c{CONNECTIONS}", f"-d{SECONDS}s", "--latency",
               f"http://{address[0]}:{address[1]}{path}"]
    output = subprocess.run(command, capture_output=True, text=True, timeout=SECONDS + 30, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([0-9.]+)", output).group(1))
    p50 = re.search(r"50%\s+([0-9.]+)(us|ms|s)\b", output)
    p50_ms = float(p50.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[p50.group(2)] if p50 else float("nan")
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    socket_errors = re.search(r"Socket errors: (.*)", output)
    return rate, p50_ms, int(errors.group(1)) if errors else 0, socket_errors.group(1) if socket_errors else ""


@pytest.fixture(scope="module")
def production(django_db_setup, django_db_blocker):
    from django.core.management import call_command
    from django.db import connection

    with testing.run_dirs() as run_dirs, django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)
        with testing.copied_database(connection, run_dirs("bench-db")) as database_url:
            run_dir = run_dirs("bench")
            app = ("127.0.0.1", free_port())
            nginx = ("127.0.0.1", free_port())
            edge = ("127.0.0.1", free_port())
            token = "bench-" + os.urandom(12).hex()
            env = testing.served_env(database_url, run_dir, EDGE_PURGE_URLS=f"http://{edge[0]}:{edge[1]}",
                                     EDGE_PURGE_TOKEN=token)
            with Procs() as procs:
                start_gunicorn(procs, run_dir, app, env, workers=2, access_log=False)
                start_nginx(procs, run_dir, nginx, app, upload_limit_mb(), access_log="off")
                start_varnish(procs, run_dir, edge, [nginx], token)
                yield {"gunicorn": app, "nginx (make serve)": nginx, "Varnish (make serve-edge)": edge}


def bench_urls():
    from publications.models import PublicationPage
    from scenarios.models import ScenarioIndexPage

    publication = PublicationPage.objects.live().filter(locale__language_code="pl").first()
    catalogue = ScenarioIndexPage.objects.live().filter(locale__language_code="pl").first()
    return [
        ("static CSS", "/static/css/site.css"),
        ("home page", "/"),
        ("publication", publication.url),
        ("catalogue, filtered", f"{catalogue.url}?area=zdrowie&audience=seniorzy"),
    ]


@pytest.mark.django_db
def test_requests_per_second_from_the_caches(production):
    urls = bench_urls()
    misses = []
    print(f"\nwrk -c{CONNECTIONS} -d{SECONDS}s, load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    for layer, address in production.items():
        for _label, path in urls:  # warm every cache (and both workers' templates)
            for _ in range(6):
                status, _, _ = request(address, "GET", path, {"Host": "127.0.0.1"}, timeout=60)
                assert status == 200, (layer, path, status)
        static_rate = None
        target = EDGE_TARGET if "Varnish" in layer else APP_TARGET
        print(f"{layer}:", flush=True)
        for label, path in urls:
            rate, p50, errors, socket_errors = wrk(address, path)
            static_rate = static_rate or rate
            ratio = rate / static_rate
            note = f"  {errors} non-2xx" if errors else ""
            note += f"  socket errors: {socket_errors}" if socket_errors else ""
            print(f"  {label:22} {rate:8.0f} req/s  p50 {p50:7.2f} ms  {ratio:6.1%} of static{note}", flush=True)
            # The targets hold for what is served: make serve (nginx in front) and make serve-edge.
            # Straight to gunicorn (sync workers, no keep-alive) is printed for comparison only.
            if label != "static CSS" and ratio < target and layer != "gunicorn":
                misses.append(f"{layer} {label}: {ratio:.1%} < {target:.0%}")
            assert errors == 0, f"{layer} {label}: {errors} responses were not 2xx/3xx"
    assert not misses, misses
