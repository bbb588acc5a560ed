"""An object store that is down: a clear 503 for the upload, never a traceback."""

import logging

from django.http import HttpResponse
from django.utils.html import escape
from django.utils.translation import gettext as _

from core.storage import StorageUnavailable


class StorageUnavailableMiddleware:
    """An upload or a file read while the object store is down: a clear 503, never a traceback.

    Nothing is half-saved: Django writes the file to the store before it inserts the row, so a
    failed upload leaves no document or image behind (tests/cluster/test_faults.py)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, StorageUnavailable):
            return None
        logging.getLogger("core.storage").error("File store unavailable on %s %s: %s", request.method,
                                                request.path, exception)
        message = _("The file store is not available at the moment, so nothing was saved. "
                    "Please try again in a few minutes.")
        title = _("Files cannot be saved right now")
        body = (f'<!DOCTYPE html><html lang="{escape(request.LANGUAGE_CODE if hasattr(request, "LANGUAGE_CODE") else "pl")}">'
                f"<head><meta charset=\"utf-8\"><title>{escape(title)}</title></head>"
                f"<body><main><h1>{escape(title)}</h1><p>{escape(message)}</p></main></body></html>")
        response = HttpResponse(body, status=503)
        response["Retry-After"] = "60"
        response["Cache-Control"] = "no-store"
        return response
