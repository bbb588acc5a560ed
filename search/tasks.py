from django_tasks import task

from search.indexer import rebuild, reindex_document


@task()
def extract_document_text_task(document_id):
    """Read a saved document's text and refresh the search entries that show it."""
    from wagtail.documents import get_document_model

    document = get_document_model().objects.filter(pk=document_id).first()
    if document is not None:
        reindex_document(document)


@task()
def rebuild_index_task():
    """Every page again (search.indexer.rebuild), for a worker."""
    return rebuild()
