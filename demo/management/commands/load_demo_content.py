"""Build the demo site from demo/content and demo/sections, once: a section of the demo is loaded only while the demo's
records (demo.records) say it never was, so a second run changes nothing an editor did."""

import copy
import importlib

from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, Site

from core.models import CustomDocument, CustomImage, FooterText, SiteSettings
from core.site_url import site_record_parts
from core.translation import ensure_translated, strings_from_example
from demo import records
from demo.blocks import h, p
from demo.collections import section_collection
from demo.files.images import abstract_image, logo_image
from demo.files.pdf import build_pdf
from demo.sections import site as content
from home.models import HomePage, StandardPage
from search.indexer import index_missing

# The apps' sections, in the order they load (INSTALLED_APPS order: publications before scenarios,
# whose licences they share). The names are the records' keys ("section:scenarios"): keep them.
APP_SECTIONS = ["publications", "webinars", "scenarios", "consent", "accessibility", "search"]

PLACEHOLDER_NOTE = "Plik demonstracyjny: podmień na właściwy przed publikacją serwisu."


class Command(BaseCommand):
    help = "Load the e-Mocni demo content (idempotent: existing content is left as it is)."
    section = "site"  # whose collection the files made next go to (demo.collections)

    def handle(self, *args, **options):
        with transaction.atomic():
            pl = Locale.objects.get_or_create(language_code="pl")[0]
            en = Locale.objects.get_or_create(language_code="en")[0]
            if not records.has_records() and HomePage.objects.exists():
                # Filled before the loader kept records: take it as loaded, touch nothing.
                for name in self.section_names():
                    records.mark_loaded(name, adopted=True)
                self.stdout.write("Existing content adopted as the demo's; nothing changed.")
                return
            missing = [name for name in self.section_names() if name not in records.loaded_sections()]
            if not missing:
                self.stdout.write("Demo content already loaded; nothing changed.")
                return
            with records.recording():
                self.load_sections(missing, pl, en)
            # Pages made in code without publishing raised no signal: index them now.
            index_missing()
        self.stdout.write(self.style.SUCCESS(
            f"Demo content loaded ({', '.join(missing)}): {Page.objects.count()} pages."))

    def section_names(self):
        """"site" (home, about, sections, settings, footer), then one per app (demo/sections/<app>.py)."""
        return ["site", *APP_SECTIONS]

    def load_sections(self, names, pl, en):
        self.section = "site"
        if "site" in names:
            home = self.ensure_home(pl)
            self.ensure_site(home)
            en_home = self.ensure_translation(home, en, self.home_fields("en"))
            about = self.ensure_page(home, "o-projekcie", StandardPage, self.about_fields("pl"), menu=True)
            self.ensure_translation(about, en, self.about_fields("en"))
            self.ensure_about_children(about)
        else:  # a section a newer demo adds to a site loaded before
            home = HomePage.objects.filter(locale=pl, depth=2).first()
            en_home = HomePage.objects.filter(locale=en, depth=2).first()
            if home is None or en_home is None:
                self.stderr.write("The home pages are gone: the new demo sections were not loaded.")
                return
        self.load_app_demos(home, en_home, names)
        if "site" in names:
            for slug, (title, lead, body, menu) in content.SECTIONS.items():
                self.ensure_page(home, slug, StandardPage, {"title": title, "lead": lead, "body": body}, menu=menu)
            self.ensure_featured_links(home, en_home)
            self.ensure_settings()
            self.ensure_footer(pl, en)
        for name in names:
            records.mark_loaded(name)

    # Files -----------------------------------------------------------------------------

    def image(self, title, data, alt_text, filename):
        existing = CustomImage.objects.filter(title=title).first()
        if existing:
            return existing
        return CustomImage.objects.create(
            title=title, alt_text=alt_text, editor_note=PLACEHOLDER_NOTE, file=ContentFile(data, name=filename),
            collection=section_collection(self.section),
        )

    def document(self, title, data, filename):
        existing = CustomDocument.objects.filter(title=title).first()
        if existing:
            return existing
        return CustomDocument.objects.create(
            title=title, editor_note=PLACEHOLDER_NOTE, file=ContentFile(data, name=filename),
            collection=section_collection(self.section),
        )

    # Pages -----------------------------------------------------------------------------

    def publish(self, page):
        page.save_revision().publish()
        return page

    def home_fields(self, language):
        data = content.HOME[language]
        hero = self.image("Ilustracja: sieć połączeń w gminie", abstract_image("hero"),
                          "Abstrakcyjna ilustracja: kolorowe koła i prostokąty połączone jak sieć.", "hero.png")
        return {
            "title": data["title"],
            "hero_title": data["hero_title"],
            "hero_lead": data["hero_lead"],
            "hero_image": hero,
            "hero_alt_text": data["hero_alt_text"],
            "stats_heading": data["stats_heading"],
            "stats": [{"type": "stat", "value": {"value": v, "label": label}} for v, label in data["stats"]],
            "featured_heading": data["featured_heading"],
        }

    def about_fields(self, language):
        data = dict(content.ABOUT[language])
        summary = self.document(
            "e-Mocni w skrócie", build_pdf("e-Mocni w skrócie", content.SUMMARY_PDF, author="Fundacja Aktywizacja"),
            "e-mocni-w-skrocie.pdf",
        )
        data["body"] = list(data["body"]) + [
            {"type": "document", "value": {"document": summary.id, "label": "Projekt w skrócie" if language == "pl"
                                           else "The project in brief (in Polish)"}},
        ]
        return data

    def ensure_home(self, locale):
        home = HomePage.objects.filter(locale=locale, depth=2).first()
        if home:
            return home
        root = Page.get_first_root_node()
        if root is None:  # an emptied database (e.g. after a transactional test)
            root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
        home = HomePage(slug="strona-glowna", locale=locale, **self.home_fields("pl"))
        root.add_child(instance=home)
        return self.publish(home)

    def ensure_site(self, home):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            hostname, port = site_record_parts()  # the configured public address (SITE_URL)
            Site.objects.create(hostname=hostname, port=port, root_page=home, is_default_site=True,
                                site_name="e-Mocni")
        elif site.root_page_id != home.id:
            old_root = site.root_page
            site.root_page = home
            site.site_name = "e-Mocni"
            site.save()
            # Wagtail's own welcome page, created by its migrations, has no place here.
            if type(old_root.specific) is Page and old_root.slug == "home":
                old_root.delete()

    def ensure_page(self, parent, slug, model, fields, menu=False):
        existing = parent.get_children().filter(slug=slug).first()
        if existing:
            return existing.specific
        page = model(slug=slug, show_in_menus=menu, locale=parent.locale, **fields)
        parent.add_child(instance=page)
        return self.publish(page)

    def ensure_translation(self, page, locale, fields):
        """Translate `page` through wagtail-localize with `fields`, the translated values in
        the same shape as the source's (see core.translation.strings_from_example)."""
        return ensure_translated(page, locale, self.strings_for(page, fields))

    def strings_for(self, instance, fields):
        example = copy.deepcopy(instance.specific if isinstance(instance, Page) else instance)
        for name, value in fields.items():
            field = example._meta.get_field(name)
            if isinstance(field, StreamField):
                # Through the database format and back: blocks get the ids extraction needs.
                value = field.to_python(field.get_prep_value(field.to_python(value)))
            setattr(example, name, value)
        return strings_from_example(instance, example)

    def ensure_about_children(self, about):
        for slug, (title, lead) in content.ABOUT_CHILDREN.items():
            if slug == "partnerzy":
                body = [h("Kto prowadził projekt")] + [
                    p(f"<b>{name}</b> – {role}.") for name, role in content.PARTNERS
                ]
            else:
                body = content.FUNDING_BODY
            self.ensure_page(about, slug, StandardPage, {"title": title, "lead": lead, "body": body})

    def ensure_featured_links(self, home, en_home):
        for page, language in ((home, "pl"), (en_home, "en")):
            # Re-read: the tree fields (numchild) of the objects in hand are stale after
            # children were added, and saving them would hide those children.
            page = HomePage.objects.get(pk=page.pk)
            if page.featured_links:
                continue
            links = []
            for path, title, description in content.HOME[language]["featured"]:
                target = self.page_at(home, path)
                if target is None:
                    continue
                target = target.get_translation_or_none(page.locale) or target
                links.append({"type": "link", "value": {"page": target.id, "title": title, "description": description}})
            page.featured_links = links
            self.publish(page)

    @staticmethod
    def page_at(home, path):
        """The page at a slug path under the Polish home ("publikacje/mocni-w-partnerstwie")."""
        page = home
        for slug in path.split("/"):
            page = page.get_children().filter(slug=slug).first()
            if page is None:
                return None
        return page

    def load_app_demos(self, home, en_home, names=None):
        """Each app's demo builds its own section of the tree (only those in `names`, if given)."""
        for name in APP_SECTIONS:
            if names is None or name in names:
                self.section = name
                importlib.import_module(f"demo.sections.{name}").load(self, home, en_home)
        self.section = "site"

    # Site-wide -------------------------------------------------------------------------

    def ensure_settings(self):
        site_settings = SiteSettings.load()
        if site_settings.funding_logos:
            return
        site_settings.contact_email = "kontakt@example.org"
        site_settings.funding_logos = [
            {"type": "logo", "value": {"image": self.image(alt, logo_image(alt), alt, f"fundusze-{i}.png").id,
                                       "alt_text": alt, "url": ""}}
            for i, alt in enumerate(content.FUNDING_LOGOS, start=1)
        ]
        site_settings.partner_logos = [
            {"type": "logo", "value": {"image": self.image(name, logo_image(name), name, f"partner-{i}.png").id,
                                       "alt_text": name, "url": ""}}
            for i, (name, _role) in enumerate(content.PARTNERS, start=1)
        ]
        site_settings.save()

    def ensure_footer(self, pl, en):
        source = FooterText.objects.get_or_create(locale=pl, defaults={"text": content.FOOTER["pl"]})[0]
        self.ensure_snippet_translation(source, en, {"text": content.FOOTER["en"]})

    def ensure_snippet_translation(self, source, locale, fields):
        """A snippet's translation made through wagtail-localize (an older demo's plain copy,
        made with the same translation key, is taken over)."""
        return ensure_translated(source, locale, self.strings_for(source, fields))
