"""Sign-in and response-header settings that no environment variable changes (base.py imports them).

What an operator may tune (failed-login limits, session lengths, the proxy) stays in base.py, which
reads the environment; production.py adds the HTTPS-only parts.
"""

# Sign-in: django-axes counts failed logins (admin and /_util/login/ alike, both go through
# authenticate()) per username *and* IP address together. An attacker elsewhere can then lock
# only the pair they are trying, never an editor working from their own address.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "security.lockout.lockout_response"
AXES_SENSITIVE_PARAMETERS = ["password", "otp_token"]
# The client's address: REMOTE_ADDR, or behind our own proxy (DJANGO_BEHIND_PROXY=1) the address
# that proxy added last to X-Forwarded-For (security/lockout.py).
AXES_CLIENT_IP_CALLABLE = "security.lockout.client_ip"

# Second factor (TOTP from an authenticator app, plus one-time recovery codes) for everyone who
# can use the admin. Only dev.py lists accounts that may skip it.
SECOND_FACTOR_REQUIRED = True
SECOND_FACTOR_EXEMPT_USERNAMES = []
OTP_TOTP_ISSUER = "e-Mocni"
RECOVERY_CODE_COUNT = 10

LOGIN_URL = "wagtailadmin_login"
WAGTAIL_FRONTEND_LOGIN_TEMPLATE = "security/frontend_login.html"
WAGTAILADMIN_USER_LOGIN_FORM = "security.forms.AdminLoginForm"
# After /_util/login/ without ?next=: the admin (Django's default /accounts/profile/ does not exist).
LOGIN_REDIRECT_URL = "wagtailadmin_home"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Security headers (production.py adds HTTPS-only parts).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), interest-cohort=()"
)

# Content-Security-Policy: no inline scripts or styles on the public site. The Wagtail admin
# gets ADMIN_CONTENT_SECURITY_POLICY instead (security/csp.py).
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/django-admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'"],
        "object-src": ["'none'"],
        "frame-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}
# The admin, as strict as Wagtail 8 allows (measured by tests/browser/test_admin_csp.py): nothing
# from other origins, no eval, no plugins. Wagtail still writes inline <script> elements (inline
# panels, date pickers) and inline style attributes, so those two need 'unsafe-inline'.
ADMIN_CSP_PATH_PREFIX = "/admin/"
ADMIN_CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "media-src": ["'self'", "blob:"],
    "worker-src": ["'self'", "blob:"],
    "object-src": ["'none'"],
    "frame-src": ["'self'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    # The page editor shows its preview in a frame of the admin itself.
    "frame-ancestors": ["'self'"],
}
