"""A stored page: the body as sent (plain, and gzip and Brotli when worth it), its headers and
an ETag. Compressed once when stored, so a hit costs no CPU for compression; the same bytes for
every visitor of one key.
"""

import gzip
import hashlib
import re

from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_vary_headers

try:  # Brotli from PyPI (requirements.txt); without it, gzip only.
    import brotli
except ImportError:  # pragma: no cover - the pinned package is installed everywhere
    brotli = None

COMPRESS_MIN_BYTES = 512
COMPRESSIBLE = re.compile(r"^(text/|application/(xml|json|rss\+xml|atom\+xml|javascript))")
# Headers that belong to one exchange, not to the stored page.
SKIPPED_HEADERS = {"set-cookie", "date", "content-length", "content-encoding", "etag", "expires", "x-page-cache"}
_QVALUE = re.compile(r"^\s*q\s*=\s*([0-9.]+)\s*$")


class Entry:
    __slots__ = ("status", "headers", "bodies", "etag")

    def __init__(self, status, headers, bodies, etag):
        self.status = status
        self.headers = headers  # [(name, value)], including Cache-Control and Vary
        self.bodies = bodies  # {"identity": bytes, "gzip": bytes, "br": bytes}
        self.etag = etag

    @classmethod
    def from_response(cls, response):
        body = response.content
        headers = [(name, value) for name, value in response.items() if name.lower() not in SKIPPED_HEADERS]
        bodies = {"identity": body}
        content_type = response.get("Content-Type", "")
        if len(body) >= COMPRESS_MIN_BYTES and COMPRESSIBLE.match(content_type):
            # mtime=0: the same bytes every time (no time stamp in the gzip header).
            bodies["gzip"] = gzip.compress(body, compresslevel=6, mtime=0)
            if brotli is not None:
                bodies["br"] = brotli.compress(body, quality=6)
        # Weak: the plain and the compressed bytes are the same page.
        etag = 'W/"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        return cls(response.status_code, headers, bodies, etag)

    def response_for(self, request, state):
        """The response for this request: 304 when its ETag matches, else the body in the best
        encoding the client accepts (the HEAD answer has the same headers and no body)."""
        encoding = choose_encoding(request.headers.get("Accept-Encoding", ""), self.bodies)
        body = self.bodies[encoding]
        response = HttpResponse(b"" if request.method == "HEAD" else body, status=self.status)
        for name, value in self.headers:
            response[name] = value
        response["Content-Length"] = str(len(body))
        if encoding != "identity":
            response["Content-Encoding"] = encoding
        if len(self.bodies) > 1:
            patch_vary_headers(response, ("Accept-Encoding",))
        response["ETag"] = self.etag
        response["X-Page-Cache"] = state
        if self.status == 200:
            conditional = get_conditional_response(request, etag=self.etag, response=response)
            if conditional is not response:
                conditional["X-Page-Cache"] = state
                return conditional
        return response


def _accepted(header):
    """{coding: q} from an Accept-Encoding header."""
    accepted = {}
    for item in header.split(",")[:20]:
        coding, _sep, params = item.strip().partition(";")
        coding = coding.strip().lower()
        if not coding:
            continue
        q = 1.0
        match = _QVALUE.match(params) if params else None
        if match:
            try:
                q = float(match.group(1))
            except ValueError:
                q = 0.0
        accepted[coding] = q
    return accepted


def choose_encoding(header, bodies):
    accepted = _accepted(header or "")
    for coding in ("br", "gzip"):
        q = accepted.get(coding, accepted.get("*", 0.0) if coding == "gzip" else 0.0)
        if coding in bodies and q > 0:
            return coding
    return "identity"
