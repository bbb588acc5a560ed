"""iCalendar (RFC 5545) files for upcoming webinars, written by hand: the format is small."""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.http import HttpResponse
from django.utils import timezone

from core.site_url import page_url, site_hostname

PRODID = "-//e-Mocni//Webinaria//PL"


@dataclass
class Event:
    uid: str
    start: datetime
    duration: timedelta
    summary: str
    description: str = ""
    url: str = ""
    location: str = ""
    # When the event's text last changed (the page's last publication). DTSTAMP takes it, so two
    # visitors get the same bytes and the page cache keeps one copy; "now" only when it is unknown.
    changed: datetime | None = None


def escape_text(value):
    """TEXT values: backslash, semicolon and comma escaped, line breaks as \\n."""
    value = str(value).replace("\r\n", "\n").replace("\r", "\n")
    return (
        value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    )


def utc_stamp(moment):
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def fold(line):
    """Lines longer than 75 octets continue on the next line after CRLF and a space,
    never splitting a UTF-8 character."""
    out, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        limit = 75 if not out else 74  # continuation lines start with one space
        if size + width > limit:
            out.append(current)
            current, size = "", 0
        current += char
        size += width
    out.append(current)
    return "\r\n ".join(out)


def build_calendar(events, name=""):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    if name:
        lines.append(f"X-WR-CALNAME:{escape_text(name)}")
    now = timezone.now()
    for event in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event.uid}",
            f"DTSTAMP:{utc_stamp(event.changed or now)}",
            f"DTSTART:{utc_stamp(event.start)}",
            f"DTEND:{utc_stamp(event.start + event.duration)}",
            f"SUMMARY:{escape_text(event.summary)}",
        ]
        if event.description:
            lines.append(f"DESCRIPTION:{escape_text(event.description)}")
        if event.location:
            lines.append(f"LOCATION:{escape_text(event.location)}")
        if event.url:
            lines.append(f"URL:{event.url}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def calendar_response(events, filename, name=""):
    response = HttpResponse(build_calendar(events, name), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def webinar_event(page, request):
    """The Event for one WebinarPage (duck-typed: no model import here)."""
    url = page_url(page, request)
    lines = [page.summary.strip()] if page.summary else []
    if url:
        lines.append(url)
    return Event(
        uid=f"webinar-{page.translation_key}-{page.locale_language}@{site_hostname()}",
        start=page.starts_at,
        duration=page.duration,
        summary=page.title,
        description="\n\n".join(lines),
        url=url,
        location=url or "online",
        changed=page.last_published_at,
    )
