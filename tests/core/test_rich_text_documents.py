def test_a_document_linked_in_rich_text_states_format_and_size(demo):
    from wagtail.rich_text import expand_db_html

    from core.models import CustomDocument

    document = CustomDocument.objects.filter(file_size__gt=0).first()
    html = expand_db_html(f'<p>Zobacz <a linktype="document" id="{document.pk}">raport</a>.</p>')
    assert f'href="{document.url}"' in html
    assert f'data-file-details=" ({document.format_label}, ' in html and ('kB' in html or 'KB' in html or 'MB' in html)
    assert expand_db_html('<p><a linktype="document" id="999999">gone</a></p>') == "<p><a>gone</a></p>"


def test_the_stylesheet_shows_the_details():
    from pathlib import Path

    css = (Path(__file__).resolve().parents[2] / "static/css/site.css").read_text()
    assert ".download-inline[data-file-details]::after" in css and "attr(data-file-details)" in css
