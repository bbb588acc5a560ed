"""A scenario page's derived content: plan with times, attribution line, structured data."""

from django.utils.html import format_html, strip_tags
from django.utils.translation import gettext as _

from core.site_url import page_url

SOURCE_NAME = "e-Mocni: cyfrowe umiejętności, realne korzyści"
# The project's name in the language of the scenario (the attribution line is in that language).
SOURCE_NAMES = {"pl": SOURCE_NAME, "en": "e-Mocni: digital skills, real benefits"}


def source_name(language):
    return SOURCE_NAMES.get((language or "pl")[:2], SOURCE_NAME)


def lines(text):
    return [line.strip(" \t-•") for line in (text or "").splitlines() if line.strip(" \t-•")]


def clock(minutes):
    return f"{minutes // 60}:{minutes % 60:02d}"


def plan(page):
    """Steps with their start and end on the clock of the session ("0:15–0:45")."""
    steps, elapsed = [], 0
    for block in page.steps:
        value = block.value
        minutes = value.get("minutes") or 0
        steps.append({
            "minutes": minutes, "title": value.get("title", ""), "description": value.get("description", ""),
            "start": clock(elapsed), "end": clock(elapsed + minutes),
        })
        elapsed += minutes
    return steps, elapsed


def attribution_html(page, url):
    """Title, author, source with link, licence with link: TASL, as Creative Commons asks."""
    licence = page.licence if page.licence and page.licence.live else None
    link = format_html('<a href="{0}">{0}</a>', url)
    source = source_name(page.locale.language_code if page.locale_id else None)
    if licence is None:
        return format_html(_("“{title}”, {authors}. Source: {source}, {url}."),
                           title=page.title, authors=page.authors, source=source, url=link)
    return format_html(
        _("“{title}”, {authors}. Source: {source}, {url}. Licence: {licence}, {licence_url}."),
        title=page.title, authors=page.authors, source=source, url=link, licence=licence.short_label,
        licence_url=format_html('<a href="{0}" rel="license">{0}</a>', licence.url),
    )


def iso_duration(hours):
    minutes = int(round(hours * 60))
    hours_part, minutes_part = divmod(minutes, 60)
    return "PT" + (f"{hours_part}H" if hours_part else "") + (f"{minutes_part}M" if minutes_part else "")


def structured_data(page, url, attachments, attribution, audiences):
    return {
        "@context": "https://schema.org",
        "@type": "LearningResource",
        "name": page.title,
        "description": page.summary,
        "url": url,
        "inLanguage": page.locale.language_code,
        "learningResourceType": "lesson plan",
        "educationalLevel": page.level.name,
        "about": page.area.name,
        "timeRequired": iso_duration(page.duration_hours),
        "teaches": lines(page.objectives),
        "audience": [{"@type": "Audience", "audienceType": audience.name} for audience in audiences],
        "license": page.licence.url if page.licence and page.licence.live else None,
        "creditText": attribution,
        "isAccessibleForFree": True,
        "associatedMedia": [
            {"@type": "MediaObject", "name": item.label or item.document.title, "encodingFormat":
             item.document.format_label, "contentSize": item.document.file_size} for item in attachments
        ] or None,
    }


def scenario_context(page, request):
    url = page_url(page, request)
    attachments = list(page.attachments.select_related("document"))
    audiences = list(page.audiences.all())
    steps, planned = plan(page)
    attribution = attribution_html(page, url)
    index = page.get_parent().specific
    return {
        "index": index,
        "area_zip_url": index.get_url(request) + index.reverse_subpage(index.area_zip_route(), args=[page.area.slug]),
        "audiences": audiences,
        "attachments": attachments,
        "steps": steps,
        "planned_minutes": planned,
        "objectives": lines(page.objectives),
        "equipment": lines(page.equipment),
        "tips": lines(page.trainer_tips),
        "attribution": attribution,
        "json_ld": structured_data(page, url, attachments, strip_tags(attribution), audiences),
    }
