"""YouTube addresses: turn whatever an editor pastes into the 11-character video id.

Pure string work: no network call (no oEmbed), so saving and rendering work offline.
"""

import re
from urllib.parse import parse_qs, urlencode, urlsplit

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

VIDEO_ID_RE = re.compile(r"^[A-Za-z0-9_-]{11}$")

# Hosts whose path or query carries the video id. Nothing else is accepted: a look-alike
# host (youtube.com.example.org) or a bare IP address is refused.
YOUTUBE_HOSTS = {
    "youtube.com", "www.youtube.com", "m.youtube.com", "music.youtube.com",
    "youtube-nocookie.com", "www.youtube-nocookie.com",
}
SHORT_HOSTS = {"youtu.be", "www.youtu.be"}
# /<prefix>/<id> paths on the YouTube hosts.
PATH_PREFIXES = {"embed", "shorts", "live", "v", "e"}

WATCH_URL = "https://www.youtube.com/watch?v={}"
EMBED_URL = "https://www.youtube-nocookie.com/embed/{}"
EMBED_ORIGIN = "https://www.youtube-nocookie.com"

INVALID_MESSAGE = _(
    "This is not the address of a YouTube video. Paste the address from the browser's address bar, e.g. "
    "https://www.youtube.com/watch?v=abcdefghijk, https://youtu.be/abcdefghijk "
    "or just the video's 11-character id."
)


def parse_video_id(value):
    """Return the 11-character video id in `value` (a YouTube address or a bare id), or None."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if VIDEO_ID_RE.match(text):
        return text
    if not text or any(char.isspace() for char in text) or len(text) > 500:
        return None
    lowered = text.lower()
    if not lowered.startswith(("http://", "https://")):
        # "www.youtube.com/watch?v=…" or "youtu.be/…" copied without the scheme.
        if "://" in lowered or ":" in lowered.split("/", 1)[0]:
            return None  # javascript:, data:, ftp://, host:port without a scheme …
        text = "https://" + text
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return None
    if parts.username is not None or parts.password is not None or port not in (None, 80, 443):
        return None
    host = (parts.hostname or "").rstrip(".")
    segments = [segment for segment in parts.path.split("/") if segment]

    if host in SHORT_HOSTS:
        candidate = segments[0] if len(segments) == 1 else None
    elif host in YOUTUBE_HOSTS:
        if segments == ["watch"] or not segments:
            values = parse_qs(parts.query).get("v", [])
            candidate = values[0] if len(values) == 1 else None
        elif len(segments) == 2 and segments[0] in PATH_PREFIXES:
            candidate = segments[1]
        else:
            candidate = None
    else:
        candidate = None
    if candidate and VIDEO_ID_RE.match(candidate):
        return candidate
    return None


# t=42, t=42s, t=1m2s, t=1h2m3s (YouTube's "share at" links), start=62 (embed addresses).
START_RE = re.compile(r"^(?:(?P<h>\d{1,2})h)?(?:(?P<m>\d{1,4})m)?(?:(?P<s>\d{1,6})s?)?$")
MAX_START = 24 * 3600


def parse_start_seconds(value):
    """The start time in a YouTube address (t= or start=, in the query or after #), in
    seconds; None when the address has none (or one that is not a time)."""
    if not isinstance(value, str) or len(value) > 500:
        return None
    try:
        parts = urlsplit(value.strip() if "://" in value else "https://" + value.strip())
    except ValueError:
        return None
    for source in (parts.query, parts.fragment):
        params = parse_qs(source)
        for name in ("t", "start"):
            values = params.get(name, [])
            if len(values) != 1:
                continue
            match = START_RE.match(values[0].strip().lower())
            if match and any(match.groupdict().values()):
                seconds = sum(int(match[unit] or 0) * factor for unit, factor in (("h", 3600), ("m", 60), ("s", 1)))
                return seconds if 0 < seconds <= MAX_START else None
    return None


def validate_video_id(value):
    if not (isinstance(value, str) and VIDEO_ID_RE.match(value)):
        raise ValidationError(INVALID_MESSAGE, code="invalid_youtube_id")


def watch_url(video_id, start=None):
    url = WATCH_URL.format(video_id)
    return f"{url}&t={start}s" if start else url


def embed_url(video_id, language, start=None):
    """The privacy-enhanced player, started by the visitor's click, captions on in the page
    language, from the start time the editor's address gave (t=42 → start=42)."""
    params = {"autoplay": 1, "cc_load_policy": 1, "cc_lang_pref": language, "hl": language, "rel": 0}
    if start:
        params["start"] = int(start)
    return f"{EMBED_URL.format(video_id)}?{urlencode(params)}"


class YouTubeURLFormField(forms.CharField):
    """Accepts any usual YouTube address and cleans it to the bare video id."""

    default_error_messages = {"invalid": INVALID_MESSAGE}

    def __init__(self, *, max_length=None, **kwargs):
        # The model stores 11 characters; the form takes a whole pasted address.
        kwargs.setdefault("widget", forms.URLInput(attrs={"inputmode": "url", "spellcheck": "false"}))
        super().__init__(max_length=500, **kwargs)

    def prepare_value(self, value):
        # Show editors a working address, not a bare id.
        if isinstance(value, str) and VIDEO_ID_RE.match(value):
            return watch_url(value)
        return value

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return ""
        video_id = parse_video_id(value)
        if video_id is None:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return video_id


class YouTubeVideoIdField(models.CharField):
    """Stores a YouTube video id; its form field takes a full address."""

    def __init__(self, *args, **kwargs):
        kwargs["max_length"] = 11
        super().__init__(*args, **kwargs)
        self.validators.append(validate_video_id)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs.pop("max_length", None)
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        kwargs["form_class"] = YouTubeURLFormField
        kwargs.pop("widget", None)
        return super().formfield(**kwargs)
