"""E-mail settings from the environment, read once by config/settings/base.py.

Either one URL, `EMAIL_URL`:
    smtp://user:password@host:587         STARTTLS (the default on 587; add ?tls=0 to switch it off)
    smtps://user:password@host:465        TLS from the first byte (SSL)
    smtp://host:25?tls=0                  plain SMTP, e.g. a relay on the same machine
    console://                            print messages to the server log (trying things out)
Percent-encode special characters in the user and password (`@` is `%40`).
Or the separate variables EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD,
EMAIL_USE_TLS, EMAIL_USE_SSL. Nothing set means "not configured": base.py then writes mail to the
log and the admin dashboard shows a warning.
"""

from urllib.parse import parse_qs, unquote, urlsplit

SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
CONSOLE_BACKEND = "django.core.mail.backends.console.EmailBackend"
TRUE = {"1", "true", "yes", "on"}


class EmailURLError(ValueError):
    pass


def _flag(value):
    return str(value).strip().lower() in TRUE


def parse_email_url(url):
    """{setting name: value} for one EMAIL_URL; EmailURLError says what is wrong with it."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme == "console":
        return {"EMAIL_BACKEND": CONSOLE_BACKEND}
    if scheme not in {"smtp", "smtps", "submission"}:
        raise EmailURLError(f"EMAIL_URL must start with smtp://, smtps:// or console:// (got {scheme or 'nothing'}://)")
    if not parts.hostname:
        raise EmailURLError("EMAIL_URL has no host name, e.g. smtp://user:password@mail.example.org:587")
    try:
        port = parts.port
    except ValueError as error:
        raise EmailURLError(f"EMAIL_URL has a port that is not a number: {error}") from None
    options = {key.lower(): values[-1] for key, values in parse_qs(parts.query).items()}
    use_ssl = scheme == "smtps" or _flag(options.get("ssl", "0"))
    port = port or (465 if use_ssl else 587)
    use_tls = not use_ssl and _flag(options.get("tls", "1" if port == 587 else "0"))
    settings = {
        "EMAIL_BACKEND": SMTP_BACKEND,
        "EMAIL_HOST": parts.hostname,
        "EMAIL_PORT": port,
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_USE_TLS": use_tls,
        "EMAIL_USE_SSL": use_ssl,
    }
    if "timeout" in options:
        try:
            settings["EMAIL_TIMEOUT"] = int(options["timeout"])
        except ValueError:
            raise EmailURLError("EMAIL_URL: timeout must be a number of seconds") from None
    return settings


def email_settings(environ):
    """(settings, configured): what EMAIL_URL or the EMAIL_* variables say, with a 10 s timeout
    so that a mail server that does not answer never holds a worker for long."""
    if environ.get("EMAIL_URL", "").strip():
        settings = {"EMAIL_TIMEOUT": 10, **parse_email_url(environ["EMAIL_URL"])}
        return settings, True
    if environ.get("EMAIL_HOST", "").strip():
        use_ssl = _flag(environ.get("EMAIL_USE_SSL", "0"))
        port = int(environ.get("EMAIL_PORT") or (465 if use_ssl else 587))
        return {
            "EMAIL_BACKEND": SMTP_BACKEND,
            "EMAIL_HOST": environ["EMAIL_HOST"].strip(),
            "EMAIL_PORT": port,
            "EMAIL_HOST_USER": environ.get("EMAIL_HOST_USER", ""),
            "EMAIL_HOST_PASSWORD": environ.get("EMAIL_HOST_PASSWORD", ""),
            "EMAIL_USE_SSL": use_ssl,
            "EMAIL_USE_TLS": not use_ssl and _flag(environ.get("EMAIL_USE_TLS", "1" if port == 587 else "0")),
            "EMAIL_TIMEOUT": int(environ.get("EMAIL_TIMEOUT") or 10),
        }, True
    # Nothing configured: Django would try an SMTP server on localhost:25 and fail (or lose the
    # mail). The log at least keeps the message, and the dashboard tells the administrator.
    return {"EMAIL_BACKEND": CONSOLE_BACKEND}, False
