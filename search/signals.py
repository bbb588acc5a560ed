"""Keep the index equal to what the public may see, whenever that changes.

- publishing indexes a page; a changed slug also re-indexes the pages below it (URLs);
- unpublishing or deleting takes a page's entries away (deletion by foreign key cascade);
- a move re-indexes the moved page and its descendants (URLs, and the view restrictions
  they now inherit);
- a page view restriction added, changed or removed re-indexes the page and its descendants;
- a collection view restriction added, changed or removed re-indexes the documents of that
  collection and of the collections below it; a document saved (new file, new title, moved
  to another collection) is read again in a background task.

Removals happen on commit, in the request that made them, so a page made private never
waits for a worker to leave the index.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from search.indexer import index_page, reindex_collection, reindex_document, reindex_subtree, remove_page
from search.models import SearchEntry, Synonym
from search.state import bump
from search.tasks import extract_document_text_task


def on_page_published(sender, instance, **kwargs):
    before = SearchEntry.objects.filter(page_id=instance.pk, document__isnull=True).values_list("url", flat=True).first()
    index_page(instance)
    after = SearchEntry.objects.filter(page_id=instance.pk, document__isnull=True).values_list("url", flat=True).first()
    if before and after and before != after and instance.numchild:
        reindex_subtree(instance)


def on_page_unpublished(sender, instance, **kwargs):
    remove_page(instance.pk)


def on_subtree_changed(sender, instance, **kwargs):
    page = instance
    transaction.on_commit(lambda: reindex_subtree(page))


def on_page_restriction_changed(sender, instance, **kwargs):
    page_id = instance.page_id

    def reindex():
        from wagtail.models import Page

        page = Page.objects.filter(pk=page_id).first()
        if page is not None:
            reindex_subtree(page)

    transaction.on_commit(reindex)


def on_collection_restriction_changed(sender, instance, **kwargs):
    collection_id = instance.collection_id
    transaction.on_commit(lambda: reindex_collection(collection_id))


def on_document_saved(sender, instance, created, **kwargs):
    document = instance
    # The text is read in the background; a move into a restricted collection must not wait.
    transaction.on_commit(lambda: reindex_document(document, read_file=False))
    document_id = instance.pk
    transaction.on_commit(lambda: extract_document_text_task.enqueue(document_id))


def on_synonyms_changed(sender, **kwargs):
    bump()


def connect():
    for signal in (post_save, post_delete):
        signal.connect(on_synonyms_changed, sender=Synonym, dispatch_uid=f"site_search_synonyms_{signal is post_save}")
    page_published.connect(on_page_published, dispatch_uid="site_search_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="site_search_unpublished")
    page_slug_changed.connect(on_subtree_changed, dispatch_uid="site_search_slug")
    post_page_move.connect(on_subtree_changed, dispatch_uid="site_search_moved")
    for signal in (post_save, post_delete):
        signal.connect(on_page_restriction_changed, sender=PageViewRestriction,
                       dispatch_uid=f"site_search_page_restriction_{signal is post_save}")
        signal.connect(on_collection_restriction_changed, sender=CollectionViewRestriction,
                       dispatch_uid=f"site_search_collection_restriction_{signal is post_save}")
    post_save.connect(on_document_saved, sender=get_document_model(), dispatch_uid="site_search_document")
