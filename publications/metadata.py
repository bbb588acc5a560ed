"""What a publication page shows beside its body: people, files, citation, JSON-LD, the share image."""

from django.utils.translation import gettext as _

from core.seo import SHARE_IMAGE_SPEC, ShareImage
from core.site_url import absolute_url, page_url


def publication_metadata(page, request):
    authors = list(page.authors.all())
    files = list(page.files.select_related("document"))
    page_address = page_url(page, request)
    cover_url = share_image = None
    if page.cover:
        rendition = page.cover.get_rendition(SHARE_IMAGE_SPEC)
        cover_url = absolute_url(rendition.url)
        share_image = ShareImage.from_rendition(rendition, page.cover_alt)
    return {
        "authors": authors,
        "files": files,
        "citation": citation(page, authors, page_address),
        "json_ld": json_ld(page, authors, files, page_address, cover_url, request),
        "share_image": share_image,  # og:image (core/seo.py)
    }


SENTENCE_ENDS = (".", "!", "?", "…")


def citation(page, authors, url):
    """A ready reference in a common Polish style: Authors (year). Title. Place: Publisher."""
    names = [a.name for a in authors if a.role == "author"] or [a.name for a in authors if a.role == "editor"]
    parts = []
    if names:
        parts.append(", ".join(names))
    if page.publication_date:
        parts.append(f"({page.publication_date.year}).")
    title = page.title
    if page.subtitle:
        # "Title, czyli …" reads on; a capitalised subtitle is a sentence of its own, after the
        # title's own ! or ? where it has one ("…dają moc! Tworzenie…", never "moc!.").
        if page.subtitle[0].islower():
            title += ", "
        elif not title.endswith(SENTENCE_ENDS):
            title += ". "
        else:
            title += " "
        title += page.subtitle
    parts.append(title if title.endswith(SENTENCE_ENDS) else f"{title}.")
    where = ": ".join(p for p in (page.place, page.publisher) if p)
    if where:
        parts.append(f"{where}.")
    if page.isbn:
        parts.append(f"ISBN {page.isbn}.")
    if page.licence and page.licence.live:
        parts.append(_("Licence: %(licence)s.") % {"licence": page.licence.short_label})
    parts.append(_("Available at: %(url)s") % {"url": url})
    return " ".join(parts)


SCHEMA_TYPES = {"report": "Report", "handbook": "Book", "guide": "Book", "catalogue": "Book"}


def json_ld(page, authors, files, url, cover_url, request):
    data = {
        "@context": "https://schema.org",
        "@type": SCHEMA_TYPES.get(page.publication_type, "CreativeWork"),
        "name": page.title,
        "description": page.lead,
        "url": url,
        "inLanguage": page.language,
    }
    if page.subtitle:
        data["alternativeHeadline"] = page.subtitle
    if page.publication_date:
        data["datePublished"] = (
            str(page.publication_date.year) if page.year_only else page.publication_date.isoformat()
        )
    people = [{"@type": "Person", "name": a.name} for a in authors if a.role == "author"]
    if people:
        data["author"] = people
    editors = [{"@type": "Person", "name": a.name} for a in authors if a.role == "editor"]
    if editors:
        data["editor"] = editors
    if page.publisher:
        data["publisher"] = {"@type": "Organization", "name": page.publisher}
    if page.isbn:
        data["isbn"] = page.isbn
    if page.licence and page.licence.live:
        data["license"] = page.licence.url
    if cover_url:
        data["image"] = cover_url
    if files:
        data["encoding"] = [
            {
                "@type": "MediaObject",
                "name": f.label or f.document.title,
                "contentUrl": absolute_url(f.document.url),
                "encodingFormat": f.document.format_label,
                "contentSize": f"{f.document.file_size} B" if f.document.file_size else None,
                "inLanguage": f.language,
            }
            for f in files
        ]
    return data
