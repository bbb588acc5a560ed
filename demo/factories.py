import factory
import wagtail_factories
from django.core.files.base import ContentFile

from core.models import CustomDocument, CustomImage
from demo.files.images import abstract_image
from demo.files.pdf import build_pdf


class ImageFactory(wagtail_factories.ImageFactory):
    class Meta:
        model = CustomImage

    title = factory.Sequence(lambda n: f"Obraz {n}")
    file = factory.LazyAttribute(lambda o: ContentFile(abstract_image(o.title, 640, 360), name="obraz.png"))
    alt_text = "Kolorowe koła i prostokąty"


class DocumentFactory(wagtail_factories.DocumentFactory):
    class Meta:
        model = CustomDocument

    title = factory.Sequence(lambda n: f"Dokument {n}")
    file = factory.LazyAttribute(
        lambda o: ContentFile(build_pdf(o.title, [[("h", o.title), ("p", "Treść dokumentu.")]]), name="dokument.pdf")
    )
