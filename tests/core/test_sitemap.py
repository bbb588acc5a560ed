import xml.etree.ElementTree as ET

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def test_sitemap_lists_both_languages_with_alternates(demo, client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    urls = {u.find("s:loc", NS).text.replace("https://e-mocni.example.org", ""): u for u in root.findall("s:url", NS)}
    assert "/o-projekcie/" in urls and "/en/about/" in urls and "/publikacje/" in urls
    links = {link.get("hreflang"): link.get("href") for link in urls["/en/about/"].findall("x:link", NS)}
    assert links["pl"].endswith("/o-projekcie/") and links["en"].endswith("/en/about/")
    assert links["x-default"].endswith("/o-projekcie/")
    assert not urls["/o-projekcie/partnerzy/"].findall("x:link", NS)  # exists in Polish only


def test_robots_txt_points_to_sitemap(client, db):
    text = client.get("/robots.txt").content.decode()
    assert "Sitemap: https://e-mocni.example.org/sitemap.xml" in text and "Disallow: /admin/" in text
