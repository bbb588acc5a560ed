"""What search engines and link previews read in a page's <head>, for every page type at once.

The editor's field is Wagtail's own "search description" (Promote tab, core.models.SeoMixin); without it the page's
own lead, summary or intro stands in, so no page goes out without a description. A page type
with a picture of its own (publication cover, webinar thumbnail, home hero) hands it over as a
ShareImage through the context (`share_image`) or a `share_image()` method, built from a
rendition the page renders anyway: the tags add no database queries.
"""

import re
from dataclasses import dataclass

from django.templatetags.static import static
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from core.site_url import absolute_url

SITE_NAME = "e-Mocni"
# Open Graph's own size (1.91 : 1); Facebook, LinkedIn and Mastodon crop to it.
SHARE_IMAGE_SPEC = "fill-1200x630|format-jpeg"
DEFAULT_SHARE_IMAGE = "images/share-default.png"
DEFAULT_SHARE_IMAGE_SIZE = (1200, 630)
# Fields a description may fall back to, in this order (the first that a page has and fills).
DESCRIPTION_FALLBACKS = ("search_description", "lead", "summary", "hero_lead", "intro")
DESCRIPTION_LENGTH = 160  # what results pages show; longer is cut at a word
OG_LOCALES = {"pl": "pl_PL", "en": "en_GB"}


@dataclass(frozen=True)
class ShareImage:
    url: str
    width: int
    height: int
    alt: str = ""

    @classmethod
    def from_rendition(cls, rendition, alt=""):
        if rendition is None:
            return None
        return cls(absolute_url(rendition.url), rendition.width, rendition.height, alt)


def default_share_image():
    width, height = DEFAULT_SHARE_IMAGE_SIZE
    return ShareImage(
        absolute_url(static(DEFAULT_SHARE_IMAGE)), width, height, _("e-Mocni: digital skills, real benefits")
    )


def site_description():
    """For views without a page of their own (search, cookie settings) and empty pages."""
    return _(
        "e-Mocni: publications, webinars and training scenarios on digital skills from a project "
        "that trained over 17,000 adults in 125 Polish municipalities."
    )


def plain(text):
    """One line of plain text from a text or rich-text field."""
    return re.sub(r"\s+", " ", strip_tags(str(text or ""))).strip()


def shorten(text, length=DESCRIPTION_LENGTH):
    """At most `length` characters, cut after a whole word, with an ellipsis when cut."""
    if len(text) <= length:
        return text
    cut = text[: length - 1]
    if " " in cut and not text[length - 1].isspace():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:–-") + "…"


def description_for(page):
    for name in DESCRIPTION_FALLBACKS:
        text = plain(getattr(page, name, ""))
        if text:
            return shorten(text)
    return ""


def title_for(page):
    """The page's own title for the <title> element and og:title: the SEO title when the editor
    set one, the home page as the site's full name."""
    if page is None:
        return ""
    if getattr(page, "seo_title", ""):
        return page.seo_title
    if getattr(page, "depth", None) == 2:  # a language's home page
        return _("e-Mocni: digital skills, real benefits")
    return page.title


def document_title(title):
    """"Title – e-Mocni", without naming the site twice when the title names it already."""
    if not title:
        return _("e-Mocni: digital skills, real benefits")
    return title if SITE_NAME.lower() in title.lower() else f"{title} – {SITE_NAME}"


def share_image_for(context, page):
    image = context.get("share_image")
    if image is None and page is not None and hasattr(page, "share_image"):
        image = page.share_image()
    return image or default_share_image()

