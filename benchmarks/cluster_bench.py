"""`make bench-cluster` (part of `make bench`): the running cluster under 64 connections.

Through the cluster's address (Varnish -> nginx -> two app servers) and through one app server
alone, in one run: a cached page (the home page) and an uncached render (a site search for a
different word on every request: searches with a query are never cached, at the edge or in the app).
Prints req/s, p50, p99 and errors for each, and the ratios the README quotes. wrk from Debian.
"""

import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from deploy.cluster import cluster as control  # noqa: E402

CONNECTIONS = 64
DURATION = "10s"
UNCACHED = """
local counter = 0
local thread_id = 0
setup = function(thread) thread:set("id", thread_id); thread_id = thread_id + 1 end
request = function()
  counter = counter + 1
  return wrk.format("GET", "/szukaj/?q=bench" .. id .. "x" .. counter)
end
"""
REPORT = """
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %.3f %.3f %.3f %d %d\\n", summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
"""


def run_wrk(base, script_text, path="/"):
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(script_text + REPORT)
    output = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{DURATION}", "--timeout", "30s", "-s", script.name, base + path],
        capture_output=True, text=True, timeout=120,
    ).stdout
    Path(script.name).unlink()
    match = re.search(r"RESULT (\d+) ([\d.]+) ([\d.]+) ([\d.]+) (\d+) (\d+)", output)
    if not match:
        raise SystemExit(f"wrk gave no result:\n{output}")
    requests, seconds, p50, p99, socket_errors, status_errors = match.groups()
    return {"rps": int(requests) / float(seconds), "p50": float(p50), "p99": float(p99),
            "errors": int(socket_errors) + int(status_errors)}


def main():
    state = control.load_state()
    if not state or set(control.running(state)) != set(control.ORDER):
        raise SystemExit("No complete cluster is running: make bench-cluster starts one.")
    edge = f"http://127.0.0.1:{state['ports']['varnish']}"
    app = f"http://127.0.0.1:{state['ports']['app_a']}"
    results = {}
    for label, base in (("cluster", edge), ("one app server", app)):
        run_wrk(base, "", "/")  # warm the caches on the way
        results[(label, "cached page /")] = run_wrk(base, "", "/")
        results[(label, "uncached render")] = run_wrk(base, UNCACHED)
    print(f"\nCluster benchmark: {CONNECTIONS} connections, {DURATION} each, one run (wrk)")
    print(f"{'through':16} {'request':18} {'req/s':>9} {'p50 ms':>9} {'p99 ms':>9} {'errors':>7}")
    for (label, kind), figures in results.items():
        print(f"{label:16} {kind:18} {figures['rps']:9.0f} {figures['p50']:9.1f} {figures['p99']:9.1f} "
              f"{figures['errors']:7d}")
    for kind in ("cached page /", "uncached render"):
        ratio = results[("cluster", kind)]["rps"] / max(results[("one app server", kind)]["rps"], 0.001)
        print(f"{kind}: the cluster serves {ratio:.1f}x the requests of one app server")
    errors = sum(figures["errors"] for figures in results.values())
    if errors:
        raise SystemExit(f"{errors} requests failed")


if __name__ == "__main__":
    main()
