"""schema.org VideoObject for a webinar page, as JSON-LD safe to put inside <script>."""

import json

from django.conf import settings
from django.utils.safestring import mark_safe

from core.site_url import absolute_url, page_url
from webinars.youtube import EMBED_URL

# What django.utils.html.json_script escapes: a value can never close the <script> element.
_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def dumps_for_script(data):
    return mark_safe(json.dumps(data, ensure_ascii=False, sort_keys=False).translate(_ESCAPES))


def video_object(page, request, image=None, speaker_links=(), series=None):
    """The JSON-LD text, or "" when the page has no video (an announcement, even one whose
    stream address is known already)."""
    if not page.has_recording:
        return ""
    data = {
        "@context": "https://schema.org",
        "@type": "VideoObject",
        "name": page.title,
        "description": page.summary,
        "uploadDate": page.starts_at.isoformat(),
        "duration": page.iso_duration,
        # The recording is the same in every language version of the page: Polish.
        "inLanguage": settings.LANGUAGE_CODE,
        "url": page_url(page, request),
        "embedUrl": EMBED_URL.format(page.youtube_id),
        "sameAs": page.watch_url,
    }
    if image is not None:
        data["thumbnailUrl"] = [absolute_url(image.url)]
    features = []
    if page.has_captions:
        features.append("captions")
    if page.has_pjm:
        features.append("signLanguage")
    if page.transcript:
        features.append("transcript")
    if features:
        data["accessibilityFeature"] = features
    if series is not None:
        data["isPartOf"] = {"@type": "CreativeWorkSeries", "name": series.title, "url": page_url(series, request)}
    people = []
    for link in speaker_links:
        person = {"@type": "Person", "name": link.speaker.name}
        if link.speaker.role:
            person["jobTitle"] = link.speaker.role
        if link.speaker.organisation:
            person["affiliation"] = {"@type": "Organization", "name": link.speaker.organisation}
        people.append(person)
    if people:
        data["contributor"] = people
    return dumps_for_script(data)
