"""What a publication page shows beside its body: people, files, citation, JSON-LD, Open Graph."""

from django.utils.translation import gettext as _


def publication_metadata(page, request):
    authors = list(page.authors.all())
    files = list(page.files.select_related("document"))
    absolute_url = request.build_absolute_uri(page.get_url(request))
    cover_url = None
    if page.cover:
        rendition = page.cover.get_rendition("fill-1200x630|format-jpeg")
        cover_url = request.build_absolute_uri(rendition.url)
    return {
        "authors": authors,
        "files": files,
        "citation": citation(page, authors, absolute_url),
        "json_ld": json_ld(page, authors, files, absolute_url, cover_url, request),
        "og_image": cover_url,
        "absolute_url": absolute_url,
    }


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
        # "Title, czyli …" reads on; a capitalised subtitle is a sentence of its own.
        title += (", " if page.subtitle[0].islower() else ". ") + page.subtitle
    parts.append(title if title[-1:] in ".!?" else f"{title}.")
    where = ": ".join(p for p in (page.place, page.publisher) if p)
    if where:
        parts.append(f"{where}.")
    if page.isbn:
        parts.append(f"ISBN {page.isbn}.")
    if page.licence:
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
    if page.licence:
        data["license"] = page.licence.url
    if cover_url:
        data["image"] = cover_url
    if files:
        data["encoding"] = [
            {
                "@type": "MediaObject",
                "name": f.label or f.document.title,
                "contentUrl": request.build_absolute_uri(f.document.url),
                "encodingFormat": f.document.format_label,
                "contentSize": f"{f.document.file_size} B" if f.document.file_size else None,
                "inLanguage": f.language,
            }
            for f in files
        ]
    return data
