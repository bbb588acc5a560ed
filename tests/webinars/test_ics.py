"""iCalendar files for upcoming webinars: RFC 5545 structure, UTC times, CRLF, escaping, folding."""

import datetime
import zoneinfo

import pytest
from django.utils import timezone

from webinars.ics import Event, build_calendar, escape_text, fold

from .conftest import add_webinar

WARSAW = zoneinfo.ZoneInfo("Europe/Warsaw")


def unfold(text):
    """Content lines of an iCalendar text, after checking every line ends in CRLF."""
    assert text.endswith("\r\n")
    raw = text.split("\r\n")[:-1]
    assert not any("\n" in line or "\r" in line for line in raw), "bare LF or CR inside a line"
    for line in raw:
        assert len(line.encode("utf-8")) <= 75, f"line longer than 75 octets: {line!r}"
    lines = []
    for line in raw:
        if line.startswith(" "):
            lines[-1] += line[1:]
        else:
            lines.append(line)
    return lines


def properties(lines, component="VEVENT"):
    """Properties of the first `component` as {name: value}."""
    start = lines.index(f"BEGIN:{component}")
    end = lines.index(f"END:{component}", start)
    result = {}
    for line in lines[start + 1:end]:
        name, _, value = line.partition(":")
        result[name] = value
    return result


def unescape(value):
    out, i = [], 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            out.append({"n": "\n", "N": "\n"}.get(value[i + 1], value[i + 1]))
            i += 2
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


def test_escape_text():
    assert escape_text("a, b; c\\d\ne") == "a\\, b\\; c\\\\d\\ne"
    assert escape_text("x\r\ny") == "x\\ny"


def test_fold_keeps_utf8_characters_whole():
    line = "SUMMARY:" + "Zażółć gęślą jaźń, " * 10
    folded = fold(line)
    parts = folded.split("\r\n")
    assert len(parts) > 1
    assert all(len(part.encode("utf-8")) <= 75 for part in parts)
    assert all(part.startswith(" ") for part in parts[1:])
    assert "".join([parts[0]] + [p[1:] for p in parts[1:]]) == line


def test_calendar_structure():
    start = datetime.datetime(2019, 3, 14, 11, 0, tzinfo=WARSAW)
    text = build_calendar(
        [Event(uid="webinar-1@example.org", start=start, duration=datetime.timedelta(minutes=90),
               summary="Plan, budżet; partnerzy", description="Linia 1\nLinia 2, z przecinkiem; i średnikiem",
               url="https://example.org/webinaria/1/", location="online")],
        name="Seria, odcinek; próba",
    )
    lines = unfold(text)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    calendar = properties(lines, "VCALENDAR")
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    event = properties(lines)
    assert event["UID"] == "webinar-1@example.org"
    assert event["DTSTART"] == "20190314T100000Z"  # 11:00 in Warsaw (CET) is 10:00 UTC
    assert event["DTEND"] == "20190314T113000Z"
    assert event["DTSTAMP"].endswith("Z") and len(event["DTSTAMP"]) == 16
    assert event["SUMMARY"] == "Plan\\, budżet\\; partnerzy"
    assert unescape(event["DESCRIPTION"]) == "Linia 1\nLinia 2, z przecinkiem; i średnikiem"
    assert "X-WR-CALNAME:Seria\\, odcinek\\; próba" in lines


def test_summer_time_is_converted_too():
    start = datetime.datetime(2019, 6, 14, 11, 0, tzinfo=WARSAW)
    lines = unfold(build_calendar([Event(uid="u", start=start, duration=datetime.timedelta(hours=1), summary="x")]))
    assert properties(lines)["DTSTART"] == "20190614T090000Z"  # CEST is UTC+2


@pytest.fixture
def upcoming(series, speaker):
    starts = timezone.now().astimezone(WARSAW).replace(microsecond=0) + datetime.timedelta(days=10)
    return add_webinar(
        series, 9, starts_at=starts, youtube_id="", title="Zapowiedź: plan, budżet; harmonogram",
        summary="Omówimy plan działań, budżet; i harmonogram.", speakers=[speaker], duration_minutes=95,
    )


def test_webinar_calendar_route(client, upcoming):
    response = client.get(upcoming.url + "kalendarz/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="webinarium-9.ics"'
    lines = unfold(response.content.decode("utf-8"))
    event = properties(lines)
    assert event["DTSTART"] == upcoming.starts_at.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    end = upcoming.starts_at + datetime.timedelta(minutes=95)
    assert event["DTEND"] == end.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    assert event["SUMMARY"] == "Zapowiedź: plan\\, budżet\\; harmonogram"
    assert event["UID"].startswith(f"webinar-{upcoming.translation_key}-pl@")
    assert event["URL"] == "https://e-mocni.example.org/webinaria/webinarium-9/"
    assert "Omówimy plan działań\\, budżet\\; i harmonogram." in event["DESCRIPTION"]
    # The same UID every time: calendars update the event instead of adding a copy.
    again = properties(unfold(client.get(upcoming.url + "kalendarz/").content.decode()))
    assert again["UID"] == event["UID"]


def test_series_calendar_holds_only_upcoming_webinars(client, series, upcoming):
    add_webinar(series, 1)  # in 2018: a recording, not an event to come
    response = client.get(series.url + "kalendarz/")
    assert response.status_code == 200
    lines = unfold(response.content.decode())
    assert lines.count("BEGIN:VEVENT") == 1
    assert properties(lines)["SUMMARY"].startswith("Zapowiedź")


def test_upcoming_webinar_offers_the_calendar_file(client, series, upcoming):
    html = client.get(series.url).content.decode()
    assert f'href="{upcoming.url}kalendarz/" download' in html
    assert f'href="{series.url}kalendarz/" download' in html
    page = client.get(upcoming.url).content.decode()
    assert f'href="{upcoming.url}kalendarz/" download' in page
    # Date and time of the start, in Polish time.
    local = upcoming.starts_at.astimezone(WARSAW)
    assert local.strftime("%H:%M") in page
    assert "czasu polskiego" in page
    # No video yet: no player, no frame-src exception.
    assert "data-webinar-player" not in page
    assert "youtube-nocookie" not in client.get(upcoming.url)["Content-Security-Policy"]


def test_calendar_of_draft_webinar_is_not_served(client, upcoming):
    upcoming.unpublish()
    assert client.get(upcoming.url_path.replace("/strona-glowna", "") + "kalendarz/").status_code == 404


def test_dtstamp_is_the_last_publication_not_the_request_time():
    """Two visitors a second apart get the same calendar bytes (the page cache stores one copy)."""
    from datetime import UTC, datetime, timedelta

    from webinars.ics import Event, build_calendar

    published = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    event = Event(uid="x@example.org", start=published + timedelta(days=7), duration=timedelta(hours=1),
                  summary="Webinar", changed=published)
    assert "DTSTAMP:20260302T093000Z" in build_calendar([event])
