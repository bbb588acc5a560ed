"""Editors cannot easily publish inaccessible content: headings h2-h4 only in rich text, and
images need a description or an explicit "decorative" choice."""

import io

import pytest
from django.apps import apps
from django.conf import settings
from PIL import Image as PILImage
from wagtail.blocks import RichTextBlock, StreamBlock, StructBlock
from wagtail.blocks.list_block import ListBlock
from wagtail.fields import RichTextField, StreamField

PROJECT_APPS = {"core", "home", "publications", "webinars", "scenarios", "consent", "accessibility"}
FORBIDDEN = {"h1", "h5", "h6", "image", "embed"}


def rich_text_blocks(block):
    if isinstance(block, RichTextBlock):
        yield block
    children = []
    if isinstance(block, StreamBlock | StructBlock):
        children = block.child_blocks.values()
    elif isinstance(block, ListBlock):
        children = [block.child_block]
    for child in children:
        yield from rich_text_blocks(child)


def features_of(editor_features):
    default = settings.WAGTAILADMIN_RICH_TEXT_EDITORS["default"]["OPTIONS"]["features"]
    return set(editor_features if editor_features is not None else default)


def all_rich_text():
    for model in apps.get_models():
        if model._meta.app_label not in PROJECT_APPS:
            continue
        for field in model._meta.get_fields():
            if isinstance(field, RichTextField):
                yield f"{model._meta.label}.{field.name}", field.features
            elif isinstance(field, StreamField):
                for block in rich_text_blocks(field.stream_block):
                    yield f"{model._meta.label}.{field.name}:{block.name}", block.features


def test_rich_text_allows_only_h2_to_h4_and_no_inline_media():
    found = list(all_rich_text())
    assert len(found) >= 10
    offending = {name: sorted(features_of(features) & FORBIDDEN) for name, features in found
                 if features_of(features) & FORBIDDEN}
    assert offending == {}


def png_upload(name="photo.png"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "#3366aa").save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


@pytest.mark.django_db
@pytest.mark.parametrize("alt_text,decorative,saved", [
    ("", False, False),
    ("   ", False, False),
    ("Trenerka pokazuje uczestnikom e-receptę na ekranie.", False, True),
    ("", True, True),
    ("Opis", True, False),
])
def test_image_needs_alt_text_or_a_decorative_choice(admin_client, alt_text, decorative, saved):
    from django.urls import reverse
    from wagtail.models import Collection

    from core.models import CustomImage

    # The site has collections per section, so the form asks for one.
    data = {"title": "Zdjęcie", "file": png_upload(), "alt_text": alt_text, "editor_note": "",
            "collection": Collection.get_first_root_node().pk}
    if decorative:
        data["decorative"] = "on"
    response = admin_client.post(reverse("wagtailimages:add"), data)
    assert CustomImage.objects.filter(title="Zdjęcie").exists() is saved
    if saved:
        assert response.status_code == 302
    else:
        assert response.status_code == 200
        assert "dekoracyjny" in response.content.decode()


@pytest.mark.django_db
def test_the_accessibility_checker_runs_our_extra_rules_in_the_preview(demo, admin_client):
    import json
    import re

    from home.models import StandardPage

    page = StandardPage.objects.get(url_path__endswith="/o-projekcie/")
    # The userbar an editor sees on the page is the one the preview's "Checks" panel runs.
    response = admin_client.get(page.url)
    html = response.content.decode()
    match = re.search(r'<script id="checker-axe-configuration" type="application/json">(.*?)</script>', html, re.S)
    assert match, "the preview carries no accessibility checker"
    rules = json.loads(match.group(1))["options"]["runOnly"]
    assert {"image-alt", "heading-order", "valid-lang", "list"} <= set(rules)
