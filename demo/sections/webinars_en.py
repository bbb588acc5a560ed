"""English demo webinars, translated through wagtail-localize (core.translation).

The speakers of episodes 1 and 2, the series page and those two episodes. The recording, the
date and the duration are synchronised fields: they follow the Polish source. The other episodes
exist only in Polish; the English series page says so (core.i18n.more_in_default_language).
Idempotent: what is already translated is left as it is (editors' changes are kept).
"""

import re

from wagtail.models import Locale

from core.translation import MissingStrings, ensure_translated
from demo.sections.webinars_texts import EPISODES, content, en_texts
from webinars.models import Speaker, WebinarPage

EPISODES_BY_NUMBER = {episode["number"]: episode for episode in EPISODES}


def load(command, series):
    """Translate the demo series `series` (the Polish page) and its first episodes into English."""
    pl, en = series.locale, Locale.objects.get(language_code="en")
    speakers = {}
    for key, (role, organisation) in en_texts.SPEAKERS.items():
        name, pl_role, pl_organisation = content.SPEAKERS[key]
        speaker = Speaker.objects.filter(locale=pl, name=name).first()
        if speaker is not None:
            speakers[key] = speaker
            # Snippets first: a translated webinar points to its speakers' English versions.
            _translate(command, speaker, en, {name: name, pl_role: role, pl_organisation: organisation})
    en_series = _translate(command, series, en, series_strings())
    if en_series is None:
        return
    for number, texts in en_texts.EPISODES.items():
        episode = EPISODES_BY_NUMBER[number]
        page = WebinarPage.objects.child_of(series).filter(slug=episode["slug"]).first()
        if page is None:
            continue
        _with_material_labels(command, page, en)
        _translate(command, page, en, episode_strings(page, episode, texts))


def _translate(command, instance, en, strings):
    """ensure_translated; a page or snippet an editor has changed since the demo was written
    stays untranslated, with a warning, rather than stopping the whole demo."""
    try:
        return ensure_translated(instance, en, strings)
    except MissingStrings as error:
        command.stderr.write(f"English demo skipped: {error}")
        return None


def series_strings():
    paragraphs = re.findall(r"<p>(.*?)</p>", content.SERIES["intro"])
    strings = dict(zip(paragraphs, en_texts.SERIES["intro"], strict=True))
    strings.update({
        content.SERIES["title"]: en_texts.SERIES["title"],
        content.SERIES["lead"]: en_texts.SERIES["lead"],
        "webinaria": en_texts.SERIES["slug"],
    })
    return strings


def _with_material_labels(command, page, en):
    """Materials shown under their document's (Polish) title get that title as their label, so
    that the label is translated with the page. Only before the first translation."""
    materials = list(page.materials.select_related("document"))
    if page.get_translation_or_none(en) is None and any(not material.label for material in materials):
        for material in materials:
            material.label = material.label or material.document.title
        page.materials = materials  # in the page's cluster: saved with the revision
        command.publish(page)


def episode_strings(page, episode, texts):
    strings = {
        episode["title"]: texts["title"],
        episode["slug"]: texts["slug"],
        episode["summary"]: texts["summary"],
        # Learning points are lines of one text field: wagtail-localize joins them with <br/>.
        "<br/>".join(episode["learning"]): "<br/>".join(texts["learning"]),
    }
    names = dict((key, values[0]) for key, values in content.SPEAKERS.items())
    for (key, text), english in zip(episode["transcript"], texts["transcript"], strict=True):
        if key is None:  # an editors' note, in italics
            strings[text] = english
        else:
            strings[f"<b>{names[key]}:</b> {text}"] = f"<b>{names[key]}:</b> {english}"
    for material_key in episode["materials"]:
        title = content.MATERIALS[material_key][0]
        strings[title] = en_texts.MATERIALS[material_key]
    return strings
