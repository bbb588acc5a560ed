"""What the command and the admin view share: find the catalogue, read, check, import."""

from django.conf import settings

from scenarios.models import ScenarioIndexPage
from scenarios.transfer.files import SourceError, open_source
from scenarios.transfer.importer import Importer, Result
from scenarios.transfer.readers import Problem, TableError, read_table


def default_index():
    return (ScenarioIndexPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
            or ScenarioIndexPage.objects.first())


def check_file(index, data, filename, files=None, encoding=None):
    """(importer, Result): the file read and every row checked; nothing written."""
    try:
        source = open_source(files)
    except SourceError as error:
        return None, Result(problems=[Problem(0, "", str(error))])
    importer = Importer(index, source)
    try:
        rows = read_table(data, filename, encoding)
    except TableError as error:
        return importer, Result(problems=error.problems)
    return importer, importer.check(rows)


def may_publish(index, user):
    """Publishing scenarios needs the page right on the catalogue (the command runs as no user)."""
    return user is None or index.permissions_for_user(user).can_publish_subpage()


def run_import(index, data, filename, files=None, encoding=None, user=None, dry_run=False, as_drafts=False):
    """(Result, counts or None). Counts only when something was (or, dry, would be) written.
    A user who may not publish always imports drafts submitted for moderation."""
    importer, result = check_file(index, data, filename, files, encoding)
    if result.problems:
        return result, None
    if dry_run:
        return result, {action: result.count(action) for action in ("create", "update", "unchanged")}
    return result, importer.apply(result, user=user, as_drafts=as_drafts or not may_publish(index, user))
