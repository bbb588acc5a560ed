"""The VCL's own rules, against a real varnishd in front of a stub app that answers each path with
the headers the real app sends (tests/edge/test_processes.py runs the real app behind it)."""

import http.client
import time
import uuid

import pytest

from deploy.procs import request

CONSENT_A = "emocni_consent=media-v3~payloadA:sig"
CONSENT_B = "emocni_consent=none-v3~payloadB:sig"


def unique(prefix="/page"):
    return f"{prefix}/{uuid.uuid4().hex}"


def fetch_number(body):
    return int(body.decode().split()[0].split("=")[1])


def test_anonymous_page_is_cached_with_the_apps_browser_lifetime(edge):
    path = unique()
    status, headers, first = edge.get(path)
    assert status == 200 and headers["x-cache"] == "MISS"
    status, headers, again = edge.get(path)
    assert headers["x-cache"] == "HIT" and again == first
    assert headers["cache-control"].startswith("public, max-age=60, s-maxage=600")
    assert "age" not in headers  # the browser keeps the page for the whole max-age
    assert "x-edge-host" not in headers and "x-edge-url" not in headers
    assert headers["vary"] == "Accept-Language, Accept-Encoding, Cookie"  # browsers revalidate on a new decision


def test_only_the_consent_cookie_reaches_the_app(edge, stub_app):
    path = unique()
    _, _, body = edge.get(path, {"Cookie": f"_ga=GA1.1; csrftoken=abc; {CONSENT_A}; theme=dark"})
    assert f"cookie={CONSENT_A} variant=media-v3 " in body.decode()
    _, _, body = edge.get(unique(), {"Cookie": "_ga=GA1.1; csrftoken=abc"})
    assert "cookie= variant=none " in body.decode()


def test_consent_variants_never_cross(edge):
    path = unique()
    _, _, none = edge.get(path)
    _, headers_a, a = edge.get(path, {"Cookie": CONSENT_A})
    _, headers_b, b = edge.get(path, {"Cookie": CONSENT_B})
    assert len({fetch_number(none), fetch_number(a), fetch_number(b)}) == 3
    assert headers_a["x-cache"] == headers_b["x-cache"] == "MISS"
    # Another visitor in the same state (another payload) shares the entry; no-cookie visitors keep theirs.
    _, headers, other_a = edge.get(path, {"Cookie": "emocni_consent=media-v3~otherVisitor:sig; _ga=1"})
    assert headers["x-cache"] == "HIT" and other_a == a
    assert edge.get(path)[2] == none
    assert edge.get(path, {"Cookie": CONSENT_B})[2] == b


def test_forged_consent_answers_are_never_stored(edge):
    path = unique()
    forged = {"Cookie": "emocni_consent=media-v3~forged"}
    first = fetch_number(edge.get(path, forged)[2])
    second = fetch_number(edge.get(path, forged)[2])
    assert second > first  # no-store: every forged request goes to the app
    _, headers, real = edge.get(path, {"Cookie": CONSENT_A})
    assert "~forged" not in real.decode()
    assert edge.get(path, {"Cookie": CONSENT_A})[1]["x-cache"] == "HIT"


@pytest.mark.parametrize("cookie", ["emocni_consent=../../etc~x", "emocni_consent=" + "a" * 40 + "~x",
                                    "emocni_consent=nodelimiter"])
def test_garbled_consent_cookie_gets_its_own_entry(edge, cookie):
    path = unique()
    _, _, body = edge.get(path, {"Cookie": cookie})
    assert "variant=invalid" in body.decode()
    assert edge.get(path)[1]["x-cache"] == "MISS"  # not the garbled one's entry


@pytest.mark.parametrize("prefix,headers", [
    ("/page", {"Cookie": "sessionid=s3cr3t; csrftoken=abc"}),
    ("/admin/pages", {}),
    ("/documents/12/handbook.pdf", {}),
    ("/stats/view/", {}),
    ("/django-admin/login", {}),
    ("/page", {"Authorization": "Basic dTpw"}),
])
def test_editors_admin_and_downloads_pass_uncached(edge, stub_app, prefix, headers):
    path = unique(prefix)
    one = fetch_number(edge.get(path, headers)[2])
    _, response_headers, body = edge.get(path, headers)
    assert response_headers["x-cache"] == "PASS" and fetch_number(body) > one
    if "Cookie" in headers:
        assert stub_app.seen[-1]["headers"]["Cookie"] == headers["Cookie"]  # cookies intact for editors


def test_post_passes_with_its_cookies(edge, stub_app):
    path = unique("/zgoda/decyzja")
    status, headers, _ = edge.get(path, {"Cookie": "csrftoken=abc; emocni_consent=x~y"}, method="POST", body=b"a=1")
    assert headers["x-cache"] == "PASS"
    assert stub_app.seen[-1]["method"] == "POST"
    assert stub_app.seen[-1]["headers"]["Cookie"] == "csrftoken=abc; emocni_consent=x~y"


def test_page_view_beacon_post_reaches_the_app(edge, stub_app):
    """Each beacon is counted by the app: the edge never answers it itself."""
    for _ in range(2):
        _, headers, _ = edge.get("/stats/view/", {}, method="POST", body=b"page=3&lang=pl")
        assert headers["x-cache"] == "PASS"
        assert stub_app.seen[-1]["method"] == "POST" and stub_app.seen[-1]["path"].startswith("/stats/view/")


@pytest.mark.parametrize("prefix", ["/private", "/nocc", "/setcookie"])
def test_what_the_app_does_not_call_public_is_not_stored(edge, prefix):
    path = unique(prefix)
    one = fetch_number(edge.get(path)[2])
    assert fetch_number(edge.get(path)[2]) > one


def test_tracking_parameters_and_order_do_not_split_the_cache(edge, stub_app):
    path = unique()
    _, _, first = edge.get(f"{path}?page=2&typ=raport&utm_source=newsletter&fbclid=abc")
    assert stub_app.seen[-1]["path"] == f"{path}?page=2&typ=raport"
    for variant in (f"{path}?typ=raport&page=2", f"{path}?utm_medium=x&typ=raport&gclid=1&page=2"):
        _, headers, body = edge.get(variant)
        assert headers["x-cache"] == "HIT" and body == first
    edge.get(f"{path}?utm_campaign=x")
    assert stub_app.seen[-1]["path"] == path


def test_client_no_cache_neither_bypasses_nor_reaches_the_app(edge, stub_app):
    path = unique()
    _, _, first = edge.get(path)
    for headers in ({"Cache-Control": "no-cache"}, {"Pragma": "no-cache", "Cache-Control": "max-age=0"}):
        _, response_headers, body = edge.get(path, headers)
        assert response_headers["x-cache"] == "HIT" and body == first
    edge.get(unique(), {"Cache-Control": "no-cache"})
    assert "Cache-Control" not in stub_app.seen[-1]["headers"]


def test_accept_language_is_kept_to_two_values(edge):
    path = unique()
    _, _, first = edge.get(path, {"Accept-Language": "pl-PL,pl;q=0.9,en;q=0.8"})
    assert "lang=pl " in first.decode()
    assert edge.get(path, {"Accept-Language": "de-DE,de;q=0.9"})[2] == first
    assert edge.get(path)[1]["x-cache"] == "MISS"  # no header at all is its own (Django's default)
    assert "lang=en " in edge.get(path, {"Accept-Language": "en-GB,en;q=0.9"})[2].decode()


def test_ban_and_purge_without_the_token_are_refused_and_purge_nothing(edge):
    path = unique()
    edge.get(path)
    for method, headers in [("BAN", {}), ("BAN", {"X-Purge-Token": "wrong-token-wrong-token"}),
                            ("PURGE", {}), ("BAN", {"X-Purge-Token": edge.token[:-1]}),
                            ("BAN", {"X-Purge-Token": ""})]:
        status, _, _ = edge.get(path, headers, method=method)
        assert status == 403, (method, headers)
    assert edge.get(path)[1]["x-cache"] == "HIT"


def test_ban_from_an_address_outside_the_acl_is_refused_even_with_the_token(edge):
    path = unique()
    edge.get(path)
    conn = http.client.HTTPConnection(*edge.address, timeout=5, source_address=("127.0.0.2", 0))
    conn.request("BAN", "/", headers={"X-Purge-Token": edge.token})
    assert conn.getresponse().status == 403
    conn.close()
    assert edge.get(path)[1]["x-cache"] == "HIT"


def test_ban_with_the_token_empties_every_variant(edge):
    paths = [unique(), unique("/en/page")]
    for path in paths:
        edge.get(path)
        edge.get(path, {"Cookie": CONSENT_A})
        assert edge.get(path, {"Cookie": CONSENT_A})[1]["x-cache"] == "HIT"
    status, _, body = edge.get("/", {"X-Purge-Token": edge.token, "X-Ban-Host": ""}, method="BAN")
    assert status == 200, body
    for path in paths:
        assert edge.get(path)[1]["x-cache"] == "MISS"
        assert edge.get(path, {"Cookie": CONSENT_A})[1]["x-cache"] == "MISS"


def test_ban_for_one_host_leaves_the_others(edge):
    path = unique()
    edge.get(path, {"Host": "e-mocni.example"})
    edge.get(path, {"Host": "other.example:8080"})
    status, _, _ = edge.get("/", {"X-Purge-Token": edge.token, "X-Ban-Host": "E-Mocni.example:8000"}, method="BAN")
    assert status == 200
    assert edge.get(path, {"Host": "e-mocni.example"})[1]["x-cache"] == "MISS"
    assert edge.get(path, {"Host": "other.example:8080"})[1]["x-cache"] == "HIT"
    assert edge.get("/", {"X-Purge-Token": edge.token, "X-Ban-Host": "a b\"; obj.status"}, method="BAN")[0] == 400


def test_purge_with_the_token_removes_one_url(edge):
    path, other = unique(), unique()
    edge.get(path)
    edge.get(other)
    assert edge.get(path, {"X-Purge-Token": edge.token}, method="PURGE")[0] == 200
    assert edge.get(path)[1]["x-cache"] == "MISS"
    assert edge.get(other)[1]["x-cache"] == "HIT"


def test_the_purge_token_never_reaches_the_app(edge, stub_app):
    edge.get(unique(), {"X-Purge-Token": edge.token, "X-Ban-Host": "x"})
    assert "X-Purge-Token" not in stub_app.seen[-1]["headers"]
    assert "X-Ban-Host" not in stub_app.seen[-1]["headers"]


def test_a_client_cannot_choose_its_variant_by_header(edge, stub_app):
    path = unique()
    edge.get(path, {"Cookie": CONSENT_A})
    _, headers, body = edge.get(path, {"X-Consent-Variant": "media-v3"})
    assert headers["x-cache"] == "MISS" and "variant=none" in body.decode()


def test_unknown_methods_are_refused_not_piped(edge):
    assert edge.get("/", method="TRACE")[0] == 405
    assert edge.get("/", method="PROPFIND")[0] == 405


def test_a_failed_refresh_keeps_serving_the_stale_copy(edge, stub_app):
    path = unique("/short")
    _, _, first = edge.get(path)
    time.sleep(1.5)  # past s-maxage=1, inside stale-while-revalidate
    stub_app.failing = True
    try:
        for _ in range(3):
            status, _, body = edge.get(path)
            assert status == 200 and body == first
            time.sleep(0.2)
    finally:
        stub_app.failing = False


def test_app_down_gives_a_clear_page_not_a_stack_trace(tmp_path):
    from deploy import configs
    from deploy.procs import Procs, free_port
    from deploy.stack import start_varnish

    listen = ("127.0.0.1", free_port())
    with Procs() as procs:
        start_varnish(procs, tmp_path, listen, [("127.0.0.1", free_port())], configs.new_purge_token(),
                      storage="malloc,16m")
        status, headers, body = request(listen, "GET", "/")
    assert status == 503
    assert headers["cache-control"] == "no-store" and headers["retry-after"] == "30"
    assert "Serwis chwilowo niedostępny" in body.decode()


def test_with_a_health_probe_traffic_does_not_depend_on_it(stub_app, run_dirs):
    """The probe (stale-if-error while the app is down) is a separate backend: a probe that fails
    (the stub answers its Host 200, but the probed path is slow or missing) never refuses traffic."""
    from deploy import configs
    from deploy.procs import Procs, free_port
    from deploy.stack import start_varnish

    listen = ("127.0.0.1", free_port())
    run_dir = run_dirs("probe")
    with Procs() as procs:
        start_varnish(procs, run_dir, listen, [stub_app.server_address], configs.new_purge_token(),
                      probe_host="e-mocni.example", storage="malloc,16m")
        vcl = (run_dir / "varnish" / "emocni.vcl").read_text()
        assert "backend health_1" in vcl and '"Host: e-mocni.example"' in vcl
        path = unique()
        assert request(listen, "GET", path)[0] == 200
        assert request(listen, "GET", path)[1]["x-cache"] == "HIT"
    probe_requests = [seen for seen in stub_app.seen if seen["headers"].get("User-Agent") == "varnish-probe"]
    assert probe_requests and probe_requests[0]["path"] == "/robots.txt"
