"""Refuse an oversized upload from its Content-Length, before a byte of the body is read.

Django's own limits apply while it reads the body (and Wagtail's size check only after the whole
file sits in a temporary file), so a 200 MB post used to be received in full and then refused as
"this image is too big", even for a document. This middleware sits before anything that reads the
body (CSRF, sessions' form handling, the views) and answers 413 with a message that names what was
being uploaded. The proxy in front has its own `client_max_body_size` (the largest limit below).
"""

import json
import re

from django.conf import settings
from django.http import HttpResponse
from django.template.defaultfilters import filesizeformat
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

# Room for the form's other fields and the multipart boundaries around the file.
FORM_OVERHEAD = 256 * 1024


def upload_rules():
    """(path pattern, kind, limit of the file) for each admin endpoint that takes a file."""
    return [
        (re.compile(r"^/admin/documents/(?:add/|multiple/add/|edit/\d+/|chooser/create/)$"), "document",
         settings.WAGTAILDOCS_MAX_UPLOAD_SIZE),
        (re.compile(r"^/admin/images/(?:add/|multiple/add/|\d+/|chooser/create/)$"), "image",
         settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE),
        (re.compile(r"^/admin/scenariusze/import/$"), "scenario_import", settings.SCENARIO_IMPORT_MAX_UPLOAD_SIZE),
    ]


def limit_for(path):
    """(kind, limit of the whole request body) for a path."""
    rules = upload_rules()
    for pattern, kind, limit in rules:
        if pattern.match(path):
            return kind, limit + FORM_OVERHEAD
    if path.startswith("/admin/"):
        # Other admin forms (translations' PO files, redirects' import): the largest file limit.
        return "request", max(limit for _pattern, _kind, limit in rules) + FORM_OVERHEAD
    return "request", settings.DATA_UPLOAD_MAX_MEMORY_SIZE  # the public site takes no files


def message(kind, size, limit):
    values = {"size": filesizeformat(size), "limit": filesizeformat(limit)}
    if kind == "document":
        return _("This document is too big (%(size)s). A document can be at most %(limit)s.") % values
    if kind == "image":
        return _("This image is too big (%(size)s). An image can be at most %(limit)s.") % values
    if kind == "scenario_import":
        return _("The spreadsheet and attachments are too big together (%(size)s). An import can send at "
                 "most %(limit)s: split the attachments into several ZIP files.") % values
    return _("This request is too big (%(size)s). The limit is %(limit)s.") % values


def refusal(request, status, text):
    if request.headers.get("x-requested-with") == "XMLHttpRequest" or "json" in request.headers.get("accept", ""):
        # Wagtail's multiple uploader reads this shape of answer.
        response = HttpResponse(json.dumps({"success": False, "error_message": text}), status=status,
                                content_type="application/json")
    else:
        html = render_to_string("core/upload_refused.html", {"message": text, "back": request.path})
        response = HttpResponse(html, status=status)
    response["Cache-Control"] = "no-store"
    return response


def preferred_language(request):
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and request.path.startswith("/admin/"):
        from wagtail.users.models import UserProfile

        return UserProfile.get_for_user(user).get_preferred_language()
    return translation.get_language()


class UploadSizeLimitMiddleware:
    """Place after authentication (for the editor's language) and before anything reads the body."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in ("POST", "PUT", "PATCH"):
            refused = self.check(request)
            if refused is not None:
                return refused
        return self.get_response(request)

    def check(self, request):
        kind, limit = limit_for(request.path_info)
        raw_length = request.META.get("CONTENT_LENGTH") or ""
        with translation.override(preferred_language(request)):
            if not raw_length:
                if request.META.get("HTTP_TRANSFER_ENCODING"):
                    return refusal(request, 411, _("Send the file with its size (a Content-Length header): "
                                                   "uploads of unknown length are refused."))
                return None
            try:
                length = int(raw_length)
            except ValueError:
                return refusal(request, 400, _("The request's Content-Length is not a number."))
            if length > limit:
                return refusal(request, 413, message(kind, length, limit - FORM_OVERHEAD if kind != "request"
                                                     else limit))
        return None
