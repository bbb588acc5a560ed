vcl 4.1;
# The edge cache in front of the e-Mocni app (Varnish 7.1, Debian's `varnish`).
#
# A template: deploy/configs.py renders it into the run folder (var/…) with the backends, the
# purge token and the addresses allowed to purge. Never load this file as it is.
#
# What it does, in order of importance:
# - Anonymous GET/HEAD pages are cached by URL, host and consent variant only. The consent
#   cookie `emocni_consent` (`<variant>~<signed payload>`) is the only cookie the app sees for
#   them; every other cookie is dropped. The app checks the signature and answers
#   `private, no-store` for a forged cookie, which is never stored.
# - Editors, admin pages, downloads (/documents/, counted by the app) and every other method
#   go straight to the app, uncached, cookies intact; so does /stats/ (the page view beacon).
# - The app bans the whole site (or one host) on any content change: `BAN /` with the token
#   in X-Purge-Token, from an address in the `purgers` ACL. Anyone else gets 403.
# - Lifetime is the app's: s-maxage here, max-age in the browser; grace for
#   stale-while-revalidate, and for stale-if-error while the app is down.

import std;
import cookie;
import directors;

@@BACKENDS@@

acl purgers {
@@PURGE_ACL@@
}

sub vcl_init {
    new app = directors.round_robin();
@@HEALTH_DIRECTOR@@
@@DIRECTOR_ADDS@@
}

sub vcl_recv {
    set req.backend_hint = app.backend();
    # Our own headers come only from here, never from a client.
    unset req.http.X-Consent-Variant;
    unset req.http.X-Edge-Pass;

    if (req.method == "BAN" || req.method == "PURGE") {
        if (client.ip !~ purgers || req.http.X-Purge-Token != "@@PURGE_TOKEN@@") {
            return (synth(403, "Forbidden"));
        }
        if (req.method == "PURGE") {
            # One URL on this host, in every consent variant (a ban: the variants are separate hashes).
            if (std.ban("obj.http.X-Edge-Url == " + req.url + " && obj.http.X-Edge-Host == "
                        + regsub(std.tolower(req.http.Host), ":[0-9]+$", ""))) {
                return (synth(200, "Purged"));
            }
            return (synth(500, "Purge failed: " + std.ban_error()));
        }
        if (!req.http.X-Ban-Host || req.http.X-Ban-Host == "") {
            if (std.ban("obj.http.X-Edge-Host ~ .")) {
                return (synth(200, "Banned"));
            }
        } elsif (req.http.X-Ban-Host ~ "^[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?$") {
            if (std.ban("obj.http.X-Edge-Host == " + std.tolower(regsub(req.http.X-Ban-Host, ":[0-9]+$", "")))) {
                return (synth(200, "Banned"));
            }
        } else {
            return (synth(400, "Bad X-Ban-Host"));
        }
        return (synth(500, "Ban failed: " + std.ban_error()));
    }
    unset req.http.X-Purge-Token;
    unset req.http.X-Ban-Host;

    if (req.method !~ "^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)$") {
        return (synth(405, "Method Not Allowed"));
    }
    if (req.http.Host) {
        set req.http.Host = std.tolower(req.http.Host);
    }

    # Never cached: other methods, the admin, downloads and the page view beacon (both counted by
    # the app), logged-in editors, HTTP authentication.
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|django-admin|documents|stats|_util)(/|\?|$)") {
        set req.http.X-Edge-Pass = "path";
        return (pass);
    }
    if (req.http.Cookie ~ "(^|;)\s*sessionid=" || req.http.Authorization) {
        set req.http.X-Edge-Pass = "session";
        return (pass);
    }

    # Anonymous from here on: only the consent cookie reaches the app.
    if (req.http.Cookie) {
        cookie.parse(req.http.Cookie);
        if (cookie.isset("emocni_consent")) {
            set req.http.Cookie = "emocni_consent=" + cookie.get("emocni_consent");
        } else {
            unset req.http.Cookie;
        }
    }
    if (!req.http.Cookie) {
        set req.http.X-Consent-Variant = "none";
    } elsif (cookie.get("emocni_consent") ~ "^[a-z0-9-]{1,32}~") {
        set req.http.X-Consent-Variant = regsub(cookie.get("emocni_consent"), "~.*$", "");
    } else {
        # Garbled: the app treats it as no decision; kept apart so it can never share an entry.
        set req.http.X-Consent-Variant = "invalid";
    }

    # A client's reload does not bypass the caches (ours or the app's).
    unset req.http.Cache-Control;
    unset req.http.Pragma;
    # The language is in the path; Django still reads Accept-Language, so keep it to two values.
    if (req.http.Accept-Language) {
        if (req.http.Accept-Language ~ "(?i)^\s*en") {
            set req.http.Accept-Language = "en";
        } else {
            set req.http.Accept-Language = "pl";
        }
    }
    # Tracking parameters never change a page; the rest in one order (?b&a is ?a&b).
    if (req.url ~ "\?") {
        set req.url = regsuball(req.url, "(?i)([?&])(utm_[a-z0-9_]*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|_gl)(=[^&]*)?(?=&|$)", "\1");
        set req.url = std.querysort(req.url);
        set req.url = regsuball(req.url, "&{2,}", "&");
        set req.url = regsub(req.url, "\?&+", "?");
        set req.url = regsub(req.url, "[?&]+$", "");
    }

    # Stale objects are served while a fresh one is fetched (stale-while-revalidate) for a short
    # while; while the app is down, for as long as it allowed (stale-if-error, the object's grace).
    if (@@APP_HEALTHY@@) {
        set req.grace = @@HEALTHY_GRACE@@;
    }
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    hash_data(req.http.Host);
    hash_data(req.http.X-Consent-Variant);
    return (lookup);
}

sub vcl_backend_response {
    # Every object says whose it is, so bans on obj.* can be run by the ban lurker.
    set beresp.http.X-Edge-Host = regsub(std.tolower(bereq.http.Host), ":[0-9]+$", "");
    set beresp.http.X-Edge-Url = bereq.url;

    if (bereq.uncacheable) {
        return (deliver);
    }
    # A failed background refresh keeps the stale copy (stale-if-error).
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }
    # Only what the app calls public is stored; private, no-store, cookies: never.
    if (beresp.http.Cache-Control ~ "(?i)(^|[,\s])(private|no-store|no-cache)" || beresp.http.Set-Cookie
        || beresp.http.Vary ~ "\*" || beresp.http.Cache-Control !~ "(?i)(s-maxage|max-age)=[1-9]") {
        set beresp.uncacheable = true;
        set beresp.ttl = 5s;
        return (deliver);
    }
    # The consent variant is in the hash, so a Vary on the whole Cookie header (which differs for
    # every visitor) would only split the entry; browsers get it back in vcl_deliver.
    if (beresp.http.Vary ~ "(?i)(^|,)\s*cookie\s*(,|$)") {
        set beresp.http.X-Edge-Vary-Cookie = "1";
        set beresp.http.Vary = regsub(regsuball(beresp.http.Vary, "(?i)\s*\bcookie\b\s*(,|$)", ""), ",\s*$", "");
        if (beresp.http.Vary == "") {
            unset beresp.http.Vary;
        }
    }
    # Varnish takes the TTL from s-maxage (else max-age); grace is the longer stale window.
    if (beresp.http.Cache-Control ~ "(?i)stale-while-revalidate=[0-9]+") {
        set beresp.grace = std.duration(regsub(beresp.http.Cache-Control, "(?i)^.*stale-while-revalidate=([0-9]+).*$", "\1s"), 0s);
    } else {
        set beresp.grace = 0s;
    }
    if (beresp.http.Cache-Control ~ "(?i)stale-if-error=[0-9]+") {
        if (std.duration(regsub(beresp.http.Cache-Control, "(?i)^.*stale-if-error=([0-9]+).*$", "\1s"), 0s) > beresp.grace) {
            set beresp.grace = std.duration(regsub(beresp.http.Cache-Control, "(?i)^.*stale-if-error=([0-9]+).*$", "\1s"), 0s);
        }
    }
    if (beresp.http.Content-Type ~ "(?i)^(text/|application/(json|xml|atom\+xml|rss\+xml|javascript)|image/svg)"
        && !beresp.http.Content-Encoding) {
        set beresp.do_gzip = true;
    }
    return (deliver);
}

sub vcl_backend_error {
    # The app is down and nothing stale is left: one clear page, never cached.
    set beresp.http.Content-Type = "text/html; charset=utf-8";
    set beresp.http.Cache-Control = "no-store";
    set beresp.http.Retry-After = "30";
    synthetic({"<!doctype html>
<html lang="pl"><head><meta charset="utf-8"><title>Serwis chwilowo niedostępny</title></head>
<body><main><h1>Serwis chwilowo niedostępny</h1><p>Spróbuj ponownie za chwilę.</p>
<p lang="en">The site is temporarily unavailable. Please try again in a moment.</p></main></body></html>
"});
    return (deliver);
}

sub vcl_deliver {
    if (req.http.X-Edge-Pass || req.method !~ "^(GET|HEAD)$") {
        set resp.http.X-Cache = "PASS";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    if (resp.http.X-Edge-Vary-Cookie) {
        if (resp.http.Vary) {
            set resp.http.Vary = resp.http.Vary + ", Cookie";
        } else {
            set resp.http.Vary = "Cookie";
        }
    }
    # Bans keep cached pages current, so the browser gets the app's whole max-age, not max-age - Age.
    if (resp.http.Cache-Control ~ "(?i)s-maxage") {
        unset resp.http.Age;
    }
    unset resp.http.X-Edge-Host;
    unset resp.http.X-Edge-Url;
    unset resp.http.X-Edge-Vary-Cookie;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}

sub vcl_synth {
    set resp.http.Content-Type = "text/plain; charset=utf-8";
    set resp.http.Cache-Control = "no-store";
    set resp.body = resp.reason + {"
"};
    return (deliver);
}
