"""Snippets whose text the public reads go through the same approval as pages (issue 15).

A moderated snippet keeps its published content in its own row and every unpublished edit in
a revision, so whatever reads the table reads the published text, with one exception: a
snippet added in the admin and never published is a row with live=False. Everything the site
shows therefore filters on `live=True` (see `published`). Publishing (by someone with the
"publish" right, or by a moderator approving the "Moderacja" workflow) saves the row, and that
save purges the page cache like any other content change (core/page_cache/receivers.py).
"""

from django.db import models
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin


class ModeratedSnippet(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model):
    class Meta:
        abstract = True


def published(queryset):
    """Only what visitors may see: the snippets that have been published."""
    return queryset.filter(live=True)


def submit_for_moderation(obj, user):
    """The latest revision of a page or moderated snippet goes to its workflow (a running one
    already reviews it); without a workflow nothing happens."""
    workflow = obj.get_workflow()
    if workflow is None or obj.workflow_in_progress:
        return
    workflow.start(obj, user)
