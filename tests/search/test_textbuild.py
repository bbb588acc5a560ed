"""Issue 15: snippets without block settings ("Poziom 2") and with transcript turns apart."""

from search.models import SearchEntry
from search.textbuild import html_to_text


def test_rich_text_paragraphs_stay_apart():
    assert html_to_text("<p>decyzji.</p><p>Anna: Tak.</p>") == "decyzji.\nAnna: Tak."
    assert html_to_text("<ul><li>jeden</li><li>dwa</li></ul>a&amp;b") == "jeden\ndwa\na&b"


def test_no_block_settings_in_the_indexed_text(demo):
    assert not SearchEntry.objects.filter(text__contains="Poziom 2").exists()
    about = SearchEntry.objects.get(url="/o-projekcie/", document=None)
    assert "Dla kogo był projekt" in about.text


def test_transcript_turns_do_not_run_together(demo, client):
    entry = SearchEntry.objects.get(url="/webinaria/pierwsze-spotkanie-partnerstwa/", document=None)
    assert "decyzji.Anna" not in entry.text and "decyzji.\nAnna" in entry.text
    html = client.get("/szukaj/", {"q": "sposób podejmowania decyzji"}).content.decode()
    assert "decyzji.Anna" not in html and "Poziom 2" not in html


def test_headings_weigh_more_than_text(demo):
    from search.models import SearchPosting

    about = SearchEntry.objects.get(url="/o-projekcie/", document=None)
    assert SearchPosting.objects.filter(entry=about, field=SearchPosting.HEADING).exists()
