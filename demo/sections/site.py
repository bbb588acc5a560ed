"""Texts of the site's own pages (home, about, the pages under the home page, settings, footer),
read from demo/content/site/ for the `load_demo_content` command."""

from demo.content import read

LANGUAGES = ("pl", "en")

HOME = {language: read(f"site/home.{language}") for language in LANGUAGES}
ABOUT = {language: read(f"site/about.{language}") for language in LANGUAGES}
# The PDF "e-Mocni w skrócie" linked from the Polish about page (not a field of the page).
SUMMARY_PDF = ABOUT["pl"].pop("summary_pdf")
FOOTER = {language: read(f"site/footer.{language}")["text"] for language in LANGUAGES}

_children = read("site/about-children.pl")
ABOUT_CHILDREN = _children["about_children"]  # slug -> [title, lead]
PARTNERS = _children["partners"]  # [name, role]
FUNDING_BODY = _children["funding_body"]
FUNDING_LOGOS = read("site/settings.pl")["funding_logos"]
# Polish child pages of the home page: slug -> (title, lead, body, show in menu)
SECTIONS = {slug: (page["title"], page["lead"], page["body"], page["show_in_menus"])
            for slug, page in read("site/pages.pl")["pages"].items()}
