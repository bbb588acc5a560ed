"""Every link to a document on the demo site says the file's format and size (WCAG 2.4.4,
issue 9): publication files, webinar materials, scenario attachments and document blocks,
in Polish and in English."""

import re
from html.parser import HTMLParser

from wagtail.models import Page

FORMAT = re.compile(r"\b(PDF|DOCX?|XLSX?|PPTX?|ODT|ODS|ODP|ZIP|TXT|CSV|EPUB|RTF)\b")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
SIZE = re.compile(r"\d+(?:[.,]\d+)?\s?(?:bytes|bajt\w*|KB|kB|MB|GB)\b")


class DocumentLinks(HTMLParser):
    """The links to /documents/ of a page: (href, text, aria-describedby), plus each element's text by id."""

    def __init__(self):
        super().__init__()
        self.links, self.open_links, self.by_id, self.open_ids = [], [], {}, []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id") and tag not in VOID:
            self.open_ids.append([tag, attrs["id"], ""])
        if tag == "a":
            href = attrs.get("href") or ""
            wanted = "/documents/" in href
            self.open_links.append([href, "", attrs.get("aria-describedby", "")] if wanted else None)

    def handle_endtag(self, tag):
        if tag == "a" and self.open_links:
            link = self.open_links.pop()
            if link:
                self.links.append(tuple(link))
        if self.open_ids and self.open_ids[-1][0] == tag:
            _tag, name, text = self.open_ids.pop()
            self.by_id[name] = text

    def handle_data(self, data):
        for link in self.open_links:
            if link:
                link[1] += data
        for element in self.open_ids:
            element[2] += data


def document_links(html):
    parser = DocumentLinks()
    parser.feed(html)
    for href, text, described_by in parser.links:
        described = " ".join(parser.by_id.get(name, "") for name in described_by.split())
        yield href, " ".join(f"{text} {described}".split())


def test_every_document_link_states_format_and_size(client, demo):
    found, missing = {}, []
    for page in Page.objects.live().specific():
        url = page.url
        if not url:
            continue
        response = client.get(url)
        assert response.status_code == 200, url
        for href, text in document_links(response.content.decode()):
            language = "en" if url.startswith("/en/") else "pl"
            found.setdefault((type(page).__name__, language), []).append(href)
            if not (FORMAT.search(text) and SIZE.search(text)):
                missing.append((url, href, text))
    assert not missing, missing
    # every kind of page that links documents was seen, in both languages
    for kind in ("PublicationPage", "HandbookPage", "ScenarioPage", "WebinarPage", "StandardPage"):
        for language in ("pl", "en"):
            assert found.get((kind, language)), (kind, language)
    assert sum(len(links) for links in found.values()) > 200


def test_the_parser_catches_a_bare_link():
    html = ('<p><a href="/documents/1/a.pdf">Poradnik</a> <a href="/documents/2/b.pdf" aria-describedby="m">B</a>'
            ' <span id="m">PDF, 1,2 MB</span></p>')
    links = dict(document_links(html))
    assert links["/documents/1/a.pdf"] == "Poradnik"
    assert not (FORMAT.search(links["/documents/1/a.pdf"]) and SIZE.search(links["/documents/1/a.pdf"]))
    assert FORMAT.search(links["/documents/2/b.pdf"]) and SIZE.search(links["/documents/2/b.pdf"])
