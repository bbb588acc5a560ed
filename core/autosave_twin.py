"""A second save of a new page goes into the draft that autosave made of it (issue 15).

Wagtail's autosave posts the create form to the create URL and, once it is answered, points the
form at the new page's edit URL. A save sent before that answer arrives (the editor presses
*Save draft* while a file is still uploading, or a slow network delays the answer) posts the
create form once more: Wagtail then refuses it because the autosaved draft holds the slug
("the slug is already in use"), or, with an empty slug, makes a second page "…-2"; either way the
editor's latest text is not where they think, and files get uploaded again.

Such a save is recognised by its twin: a page under the same parent, of the same type and with
the slug this save would get, that the same user created within the last few minutes, never
published and nobody else has edited. The request then goes to Wagtail's edit view of that page,
which saves it as a new revision, as if the form had already pointed there. Any other page with
the slug (older, published, someone else's) is left alone and the save is refused as before.
"""

import datetime

from django.conf import settings
from django.contrib import messages
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.views.pages.edit import EditView
from wagtail.models import Revision

# How recent the autosaved draft must be: the autosave answers within seconds; a page of the same
# slug made longer ago is another page, not a twin.
TWIN_WINDOW = datetime.timedelta(minutes=30)


def slug_of_the_save(request):
    slug = request.POST.get("slug", "").strip()
    if slug:
        return slug
    # Page.full_clean() makes the slug from the title when it is left empty.
    return slugify(request.POST.get("title", ""), allow_unicode=getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True))


def autosaved_twin(request, parent_page, page_class):
    """The draft an earlier (auto)save of this create form made, or None."""
    slug = slug_of_the_save(request)
    if not slug or not request.user.is_authenticated:
        return None
    candidates = (
        page_class.objects.child_of(parent_page)
        .filter(slug=slug, live=False, first_published_at__isnull=True, owner=request.user)
        .select_related("latest_revision")
    )
    since = timezone.now() - TWIN_WINDOW
    for page in candidates:
        if page.specific_class is not page_class or page.latest_revision is None:
            continue
        if page.latest_revision.created_at < since:
            continue
        revisions = Revision.page_revisions.filter(object_id=str(page.pk))
        if revisions.exclude(user=request.user).exists():
            continue
        return page
    return None


@hooks.register("before_create_page")
def save_into_the_autosaved_draft(request, parent_page, page_class):
    if request.method != "POST":
        return None
    twin = autosaved_twin(request, parent_page, page_class)
    if twin is None:
        return None
    if request.accepts("text/html"):
        messages.info(request, _(
            "This page had already been saved automatically (autosave) a moment before: your save went "
            "into that draft, no second page was made."
        ))
    return EditView.as_view()(request, page_id=twin.pk)
