"""The demo files sit in the section collections that core/0006_editorial_roles creates, where
editors file their own: none in the root collection."""

from wagtail.models import Collection

from core.models import CustomDocument, CustomImage
from demo.collections import SECTION_COLLECTIONS, section_collection
from demo.models import DemoRecord


def demo_objects(model):
    ids = DemoRecord.objects.filter(key__startswith=f"object:{model._meta.label_lower}:").values_list("object_id",
                                                                                                     flat=True)
    return model.objects.filter(id__in=list(ids))


def test_no_demo_document_or_image_is_in_the_root_collection(demo):
    root = Collection.get_first_root_node()
    documents, images = demo_objects(CustomDocument), demo_objects(CustomImage)
    assert documents.exists() and images.exists()
    assert not documents.filter(collection=root).exists()
    assert not images.filter(collection=root).exists()
    # Scenario PDFs are made in bulk (no post_save): they too are outside the root.
    assert not CustomDocument.objects.filter(title__startswith="Scenariusz:", collection=root).exists()


def test_each_section_files_in_its_own_collection(demo):
    by_title = {
        "Mocni w partnerstwie – poradnik (PDF)": "Publikacje",
        "e-Mocni w skrócie": "Serwis",
        "Karta pracy: Edukacja (PDF)": "Scenariusze",
        "Karta diagnozy gminy – wzór do wypełnienia": "Webinaria",
    }
    for title, collection in by_title.items():
        assert CustomDocument.objects.get(title=title).collection.name == collection
    assert CustomImage.objects.get(title="Okładka: Mocni w partnerstwie").collection.name == "Publikacje"
    assert CustomImage.objects.get(title="Ilustracja: sieć połączeń w gminie").collection.name == "Serwis"


def test_the_collections_are_those_of_the_roles_migration(db):
    names = set(Collection.get_first_root_node().get_children().values_list("name", flat=True))
    assert set(SECTION_COLLECTIONS.values()) <= names


def test_a_missing_section_collection_is_made_again_under_the_root(db):
    Collection.objects.filter(name="Webinaria").delete()
    made = section_collection("webinars")
    assert made.name == "Webinaria" and made.get_parent() == Collection.get_first_root_node()
    assert section_collection("webinars") == made
