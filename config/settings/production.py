import sys

from .base import *  # noqa: F401,F403
from .base import SECRET_KEY, env_bool

if not SECRET_KEY:
    # One line that says what to do, not a traceback.
    sys.exit("DJANGO_SECRET_KEY is not set: export DJANGO_SECRET_KEY=<a long random string> and start again.")

DEBUG = False

# DJANGO_HTTPS=0 turns off only what needs TLS, so the site can be tried over plain http.
HTTPS = env_bool("DJANGO_HTTPS", default=True)
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = 31_536_000 if HTTPS else 0
# Both reach beyond this site (every subdomain; browsers' built-in lists, hard to leave again),
# so an operator opts in: DJANGO_HSTS_INCLUDE_SUBDOMAINS=1, DJANGO_HSTS_PRELOAD=1.
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS and env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS")
SECURE_HSTS_PRELOAD = HTTPS and env_bool("DJANGO_HSTS_PRELOAD")
# check --deploy would warn about each one left off; leaving them off is the deliberate default.
SILENCED_SYSTEM_CHECKS = [
    *([] if SECURE_HSTS_INCLUDE_SUBDOMAINS or not HTTPS else ["security.W005"]),
    *([] if SECURE_HSTS_PRELOAD or not HTTPS else ["security.W021"]),
]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("DJANGO_BEHIND_PROXY") else None

# On a single machine the app may serve user media itself (make serve does this).
SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA", default=False)
