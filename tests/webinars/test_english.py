"""The English webinars of the demo: speakers, series page and first episodes translated through
wagtail-localize; recording, date and duration follow the Polish source."""

import datetime
import re
import zoneinfo

import pytest
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from publications.models import HandbookChapterPage
from tests.helpers import h1, html_of
from webinars.models import Speaker, WebinarPage, WebinarRelatedPage, WebinarSeriesPage

WARSAW = zoneinfo.ZoneInfo("Europe/Warsaw")


@pytest.fixture
def en(demo):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def series(demo):
    return WebinarSeriesPage.objects.get(slug="webinaria", locale__language_code="pl")


def episode(series, number):
    return WebinarPage.objects.child_of(series).get(episode_number=number)


def sync(page, locale):
    """What "Sync translated pages" does: refresh the source, then save the translation again."""
    page.save_revision().publish()
    source, _created = TranslationSource.update_or_create_from_instance(page)
    Translation.objects.get(source=source, target_locale=locale).save_target()
    return page.get_translation(locale)


def test_english_series_lists_english_episodes_and_counts_the_rest(client, en, series):
    english = series.get_translation(en)
    assert english.url == "/en/webinars/"
    html = html_of(client, english.url)
    assert '<html lang="en"' in html and h1(html) == "Webinars “Strong in partnership”"
    titles = re.findall(r'<h3 class="card__title"><a href="[^"]+">(.*?)</a></h3>', html)
    assert titles == ["A partnership starts with a diagnosis", "A map of resources and partners"]

    polish = WebinarPage.objects.child_of(series).live()
    missing = sum(1 for page in polish if page.get_translation_or_none(en) is None)
    assert missing == polish.count() - 2 == 6
    note = re.search(r'<div class="notice notice--info more-in-language"><p>(.*?)</p></div>', html, re.S).group(1)
    assert f"{missing} more items exist only in Polish." in note
    assert f'<a href="{series.url}" hreflang="pl">' in note
    assert "more-in-language" not in html_of(client, series.url)


def test_english_episode_is_in_english_with_english_speakers(client, en, series):
    polish = episode(series, 1)
    english = polish.get_translation(en)
    assert english.url == "/en/webinars/a-partnership-starts-with-a-diagnosis/"
    html = html_of(client, english.url)
    assert '<html lang="en"' in html and h1(html) == "A partnership starts with a diagnosis"
    assert "What you will learn" in html and "how to talk to residents about their needs" in html
    assert "<b>Anna Przykładowa:</b> Good morning and welcome" in html
    assert "Dzień dobry" not in html and "Karta diagnozy" not in html
    assert "Municipal diagnosis sheet: a template to fill in (in Polish)" in html

    links = list(english.speaker_links.select_related("speaker__locale"))
    assert [link.speaker.locale for link in links] == [en, en]
    for link in links:
        polish_speaker = link.speaker.get_translation(Locale.objects.get(language_code="pl"))
        assert link.speaker.name == polish_speaker.name and link.speaker.role != polish_speaker.role
    speakers = re.search(r'<ul class="webinar-speakers">.*?</ul>', html, re.S).group(0)
    assert "Anna Przykładowa" in speakers and "local partnership animator" in speakers
    assert "Marek Przykładowy" in speakers and "local development expert" in speakers
    assert "animatorka" not in html and "ekspert" not in html
    # Only the speakers of the translated episodes have English versions.
    assert Speaker.objects.filter(locale=en).count() == 2


def test_recording_date_and_duration_are_the_polish_ones(en, series):
    for number in (1, 2):
        polish = episode(series, number)
        english = polish.get_translation(en).specific
        assert (english.youtube_id, english.starts_at, english.duration_minutes, english.episode_number) == (
            polish.youtube_id, polish.starts_at, polish.duration_minutes, polish.episode_number)


def test_changes_to_the_recording_reach_the_english_page(client, en, series):
    polish = episode(series, 2)
    polish.youtube_id = "eMocniTest1"
    polish.starts_at = datetime.datetime(2018, 6, 7, 12, 30, tzinfo=WARSAW)
    polish.duration_minutes = 95
    english = sync(polish, en)
    html = html_of(client, english.url)
    assert h1(html) == "A map of resources and partners"  # the English title stays
    assert "https://www.youtube.com/watch?v=eMocniTest1" in html and "eMocniWeb02" not in html
    assert '<time datetime="2018-06-07T12:30:00+02:00">' in html
    assert '<time datetime="PT1H35M">' in html
    series_html = html_of(client, english.get_parent().url)
    assert ('2. A map of resources and partners (7 June 2018): <a href="https://www.youtube.com/watch?v=eMocniTest1">'
            in series_html)


def test_related_pages_point_to_their_english_version_when_there_is_one(client, en, series):
    polish = episode(series, 1)
    diagnosis = HandbookChapterPage.objects.get(slug="diagnoza")
    leader = HandbookChapterPage.objects.get(slug="lider")  # exists only in Polish
    assert leader.get_translation_or_none(en) is None
    polish.related_links.add(WebinarRelatedPage(target=leader, sort_order=1))
    english = sync(polish, en)
    html = html_of(client, english.url)
    related = re.search(r'<ul class="webinar-related">(.*?)</ul>', html, re.S).group(1)
    english_diagnosis = diagnosis.get_translation(en)
    assert f'<a href="{english_diagnosis.url}">{english_diagnosis.title}</a>' in related
    assert f'<a href="{leader.url}" hreflang="pl" lang="pl">{leader.title}</a> (in Polish)' in related
    assert diagnosis.url not in related


def test_english_pager_stays_among_english_episodes(client, en, series):
    first, second = (episode(series, number).get_translation(en) for number in (1, 2))
    first_html, second_html = html_of(client, first.url), html_of(client, second.url)
    assert re.search(r'<a href="([^"]+)" rel="next"', first_html).group(1) == second.url
    assert re.search(r'<a href="([^"]+)" rel="prev"', second_html).group(1) == first.url
    assert 'rel="next"' not in second_html  # the Polish third episode has no English page
    assert 'rel="next"' in html_of(client, episode(series, 2).url)
