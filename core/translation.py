"""Translate pages and snippets through wagtail-localize, the way an editor's work is stored.

The demo content and the tests use this instead of copying pages by hand, so every English
page has a TranslationSource and a Translation record: the localize editor in the admin
shows it as a translation, synchronised fields follow the Polish source when it changes, and
"Sync translated pages" works on it.

Translations are given as a mapping from each Polish source string (exactly as wagtail-localize
extracts it: rich text is split per block-level element, inline tags become <b>, <a id="a1">
and so on) to its English text. Every source string must have a translation: a missing one
is an error that lists them, so no Polish sentence leaks into an English page unnoticed.
"""

import json

from django.db import transaction
from wagtail.models import Page
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


class MissingStrings(Exception):
    def __init__(self, instance, missing):
        self.missing = missing
        listing = "\n".join(f"  {text!r}" for text in missing)
        super().__init__(f"{len(missing)} string(s) of {instance!r} have no translation:\n{listing}")


def source_for(instance):
    """The TranslationSource of an instance, refreshed from its current content."""
    if isinstance(instance, Page):
        instance = instance.specific
    return TranslationSource.update_or_create_from_instance(instance)[0]


def source_strings(instance):
    """Every translatable string of an instance, in order: what a translation must cover."""
    source = source_for(instance)
    segments = StringSegment.objects.filter(source=source).select_related("string").order_by("order")
    seen, strings = set(), []
    for segment in segments:
        if segment.string.data not in seen:
            seen.add(segment.string.data)
            strings.append(segment.string.data)
    return strings


@transaction.atomic
def translate(instance, locale, strings, overrides=None, publish=True):
    """Translate `instance` into `locale` with the `strings` mapping and save the target.

    `overrides` maps a field path (as wagtail-localize names overridable segments, e.g.
    "cover" or "files.<translation key>.document") to the value the translation uses instead
    of the source's (e.g. the id of an English PDF). Returns the translated instance.
    """
    source = source_for(instance)
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    missing = []
    for segment in segments:
        text = segment.string.data
        if text not in strings:
            if text not in missing:
                missing.append(text)
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": strings[text], "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
    if missing:
        raise MissingStrings(instance, missing)
    for path, value in (overrides or {}).items():
        segment = OverridableSegment.objects.select_related("context").filter(
            source=source, context__path=path
        ).first()
        if segment is None:
            raise KeyError(f"{instance!r} has no overridable field {path!r}")
        SegmentOverride.objects.update_or_create(
            locale=locale, context=segment.context, defaults={"data_json": _json(value)}
        )
    if not isinstance(instance, Page):
        target, _ = source.create_or_update_translation(locale, publish=publish, fallback=False)
        return target
    # wagtail-localize publishes a page in an on_commit hook with the object it had in hand;
    # inside a longer transaction (the demo loader) that stale object would later overwrite
    # the page's tree counters. Save a draft, then publish it now from a fresh copy.
    target, _ = source.create_or_update_translation(locale, publish=False, fallback=False)
    target = Page.objects.get(pk=target.pk).specific
    if publish:
        target.get_latest_revision().publish()
        target = Page.objects.get(pk=target.pk).specific
    return target


def _json(value):
    return json.dumps(value)


def ensure_translated(instance, locale, strings, overrides=None):
    """Translate `instance` unless wagtail-localize already holds a translation of it into
    `locale` (the demo loader runs again and again; editors' later changes are kept).
    A translation made outside wagtail-localize (an older demo) is taken over."""
    if isinstance(instance, Page):
        instance = instance.specific
    source = TranslationSource.objects.get_for_instance_or_none(instance)
    existing = instance.get_translation_or_none(locale)
    if source is not None and existing is not None and Translation.objects.filter(
        source=source, target_locale=locale
    ).exists():
        return existing.specific if isinstance(existing, Page) else existing
    return translate(instance, locale, strings, overrides=overrides)


def strings_from_example(source, example):
    """Pair the strings of `source` with those of `example`, an unsaved instance of the same
    model holding the translated content in the same shape (same blocks, same paragraphs).

    For demo content written as parallel Polish and English structures. Paths are compared
    with block ids left out; a difference in shape is an error naming the first mismatch.
    """
    import re

    from wagtail_localize.segments import StringSegmentValue
    from wagtail_localize.segments.extract import extract_segments

    def strings(instance):
        return [s for s in extract_segments(instance) if isinstance(s, StringSegmentValue)]

    def shape(path):
        return re.sub(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "*", path)

    if isinstance(source, Page):
        source = source.specific
    originals, translations = strings(source), strings(example)
    # Pair in order within each path shape, so that a field empty on one side does not shift
    # every later pair.
    queues = {}
    for translated in translations:
        queues.setdefault(shape(translated.path), []).append(translated)
    mapping = {}
    for original in originals:
        queue = queues.get(shape(original.path))
        if not queue:
            raise ValueError(f"{source!r}: the example has nothing for {original.path} ({original.string.data!r})")
        mapping[original.string.data] = queue.pop(0).string.data
    return mapping
