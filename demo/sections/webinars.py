"""Demo webinar series, called by `load_demo_content` (see its `load_app_demos`).

Idempotent: the series is built once, at /webinaria/ under the Polish home page; if a page with
that slug already exists (of whatever type), nothing is changed. Its English version (the series
page and the first episodes) comes from demo/sections/webinars_en.py; the texts from demo/content/webinars/.
"""

import datetime
import zoneinfo

from django.conf import settings

from demo.files.images import abstract_image
from demo.files.pdf import build_pdf
from demo.sections import webinars_en as demo_en
from demo.sections.webinars_texts import EPISODES, content
from webinars.models import (
    Speaker,
    WebinarMaterial,
    WebinarPage,
    WebinarRelatedPage,
    WebinarSeriesPage,
    WebinarSpeaker,
)

SLUG = "webinaria"
HANDBOOK_PATH = "publikacje/mocni-w-partnerstwie/"
# Episode number -> handbook chapter slugs (pages of the publications app, linked when present).
RELATED_CHAPTERS = {
    1: ["diagnoza"], 2: ["partnerzy"], 3: ["lider"], 4: ["plan"], 5: ["szkolenia"],
    6: ["szkolenia"], 7: ["szkolenia"], 8: ["trwalosc"],
}


def placeholder_video_id(number):
    """Eleven characters, valid in form, leading nowhere: marked as placeholders in the admin."""
    return f"eMocniWeb{number:02d}"


def load(command, home, en_home):
    existing = home.get_children().filter(slug=SLUG).first()
    if existing is None:
        existing = build(command, home)
    if isinstance(existing.specific, WebinarSeriesPage):
        demo_en.load(command, existing.specific)


def build(command, home):
    series = WebinarSeriesPage(
        title=content.SERIES["title"],
        slug=SLUG,
        lead=content.SERIES["lead"],
        intro=content.SERIES["intro"],
        show_in_menus=True,
        locale=home.locale,
    )
    home.add_child(instance=series)
    command.publish(series)

    speakers = {
        key: Speaker.objects.get_or_create(
            locale=home.locale, name=name,
            defaults={"role": role, "organisation": organisation, "is_placeholder": True},
        )[0]
        for key, (name, role, organisation) in content.SPEAKERS.items()
    }
    documents = {
        key: command.document(title, build_pdf(title, pages, author="e-Mocni"), filename)
        for key, (title, filename, pages) in content.MATERIALS.items()
    }
    for episode in EPISODES:
        add_episode(command, home, series, episode, speakers, documents)
        series = WebinarSeriesPage.objects.get(pk=series.pk)  # fresh tree counters for the next child
    return series


def add_episode(command, home, series, episode, speakers, documents):
    number = episode["number"]
    warsaw = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    thumbnail = command.image(
        f"Miniatura webinarium {number}: {episode['title']}",
        abstract_image(f"webinar-{number}", 1280, 720),
        "Abstrakcyjna ilustracja: kolorowe koła i prostokąty.",
        f"webinarium-{number}.png",
    )
    transcript = "".join(
        f"<p><b>{speakers[key].name}:</b> {text}</p>" if key else f"<p><i>{text}</i></p>"
        for key, text in episode["transcript"]
    )
    page = WebinarPage(
        title=episode["title"],
        slug=episode["slug"],
        episode_number=number,
        starts_at=datetime.datetime(*episode["starts_at"], tzinfo=warsaw),
        duration_minutes=episode["minutes"],
        summary=episode["summary"],
        learning_points="\n".join(episode["learning"]),
        youtube_id=placeholder_video_id(number),
        youtube_id_is_placeholder=True,
        thumbnail=thumbnail,
        has_captions=True,
        captions_language="pl",
        has_pjm=episode.get("pjm", False),
        transcript=transcript,
        search_description=episode["summary"][:255],
        locale=series.locale,
    )
    for order, key in enumerate(episode["speakers"]):
        page.speaker_links.add(WebinarSpeaker(speaker=speakers[key], sort_order=order))
    for order, key in enumerate(episode["materials"]):
        page.materials.add(WebinarMaterial(document=documents[key], sort_order=order))
    for order, chapter in enumerate(RELATED_CHAPTERS.get(number, [])):
        target = home.get_descendants().filter(url_path=f"{home.url_path}{HANDBOOK_PATH}{chapter}/").first()
        if target is not None:
            page.related_links.add(WebinarRelatedPage(target=target, sort_order=order))
    series.add_child(instance=page)
    command.publish(page)
    return page
