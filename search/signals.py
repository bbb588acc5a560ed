"""Index pages when they are published, forget them when unpublished or deleted, and read
documents' text (in a background task) when they are saved. Deleted pages take their
entries with them (foreign key cascade)."""

from django.db import transaction
from django.db.models.signals import post_save
from wagtail.documents import get_document_model
from wagtail.signals import page_published, page_unpublished


def on_page_published(sender, instance, **kwargs):
    from search.indexer import index_page

    index_page(instance)


def on_page_unpublished(sender, instance, **kwargs):
    from search.indexer import remove_page

    remove_page(instance.pk)


def on_document_saved(sender, instance, created, **kwargs):
    from search.tasks import extract_document_text_task

    document_id = instance.pk
    transaction.on_commit(lambda: extract_document_text_task.enqueue(document_id))


def connect():
    page_published.connect(on_page_published, dispatch_uid="site_search_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="site_search_unpublished")
    post_save.connect(on_document_saved, sender=get_document_model(), dispatch_uid="site_search_document")
