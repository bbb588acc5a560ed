"""Where the demo's documents and images go: the section collections that migration
core/0006_editorial_roles creates (Publikacje, Scenariusze, Webinaria, Serwis), so editors find
each section's files where they file their own, and none sit in the root collection.

Wagtail's Collection has no key but its name, and 0006 creates these by name: the name is the
key here. Collection names are not translated (they are not translatable objects); an editor
who renames one gets a new collection of the old name on the next load of a section that needs
it, never files in the root.
"""

from wagtail.models import Collection

# Demo section (demo.records' section names) -> collection made by core/0006_editorial_roles.
SECTION_COLLECTIONS = {
    "site": "Serwis",
    "publications": "Publikacje",
    "webinars": "Webinaria",
    "scenarios": "Scenariusze",
    "consent": "Serwis",
    "accessibility": "Serwis",
    "search": "Serwis",
}


def section_collection(section):
    """The collection for `section`'s files, made under the root if it is missing (a database
    migrated before 0006 existed, or a collection an editor renamed or deleted)."""
    name = SECTION_COLLECTIONS[section]
    root = Collection.get_first_root_node()
    found = root.get_children().filter(name=name).first()
    return found or root.add_child(name=name)
