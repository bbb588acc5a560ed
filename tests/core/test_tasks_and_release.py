"""The task backend and its worker (core/tasks.py, run_worker), e-mail through the worker, and the
release step (manage.py release) run twice."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def keep_connection(monkeypatch):
    """The worker closes connections older than CONN_MAX_AGE between tasks; inside a test that
    would close the test's own transaction (PostgreSQL). What is tested is that the worker runs
    the task, so here it keeps the connection."""
    from django_tasks_db.management.commands import db_worker

    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)


@pytest.mark.django_db
def test_scheduled_publishing_runs_in_the_worker_without_a_cron_line(demo, keep_connection):
    from django_tasks_db.models import DBTaskResult
    from wagtail.models import Page

    from core.management.commands.run_worker import schedule_once

    page = Page.objects.live().filter(depth=3).specific().first()
    page.title = "Zaplanowany tytuł"
    revision = page.save_revision()
    revision.approved_go_live_at = timezone.now() - timedelta(minutes=1)
    revision.save(update_fields=["approved_go_live_at"])
    cache.delete("worker:publish-scheduled")
    with override_settings(TASKS=DATABASE_TASKS):
        assert schedule_once(60) is True
        assert schedule_once(60) is False  # once per minute for all workers
        assert DBTaskResult.objects.filter(task_path="core.tasks.publish_scheduled_task").count() == 1
        assert Page.objects.get(pk=page.pk).title != "Zaplanowany tytuł"
        call_command("db_worker", batch=True, startup_delay=False, queue_name="*", verbosity=0)
    assert Page.objects.get(pk=page.pk).title == "Zaplanowany tytuł"
    assert DBTaskResult.objects.get(task_path="core.tasks.publish_scheduled_task").status == "SUCCESSFUL"


@pytest.mark.django_db
def test_one_worker_tick_publishes_a_page_whose_go_live_time_has_passed(demo):
    """`make serve` runs the worker with the immediate backend: one tick publishes in place."""
    from wagtail.models import Page

    page = Page.objects.live().filter(depth=3).specific().first()
    page.title = "Opublikowane przez workera"
    page.go_live_at = timezone.now() - timedelta(minutes=2)
    revision = page.save_revision(approved_go_live_at=page.go_live_at)
    assert revision.approved_go_live_at is not None
    assert Page.objects.get(pk=page.pk).title != "Opublikowane przez workera"
    cache.delete("worker:publish-scheduled")
    call_command("run_worker", once=True)
    published = Page.objects.get(pk=page.pk)
    assert published.title == "Opublikowane przez workera" and published.live


@pytest.mark.django_db
def test_a_worker_tick_unpublishes_a_page_whose_expiry_has_passed(demo):
    from wagtail.models import Page

    page = Page.objects.live().filter(depth=3).specific().first()
    Page.objects.filter(pk=page.pk).update(expire_at=timezone.now() - timedelta(minutes=1))
    cache.delete("worker:publish-scheduled")
    call_command("run_worker", once=True)
    expired = Page.objects.get(pk=page.pk)
    assert not expired.live and expired.expired


@pytest.mark.django_db
def test_run_worker_refuses_a_publishing_interval_of_zero():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="publish-every"):
        call_command("run_worker", publish_every=0)


@pytest.mark.django_db
def test_mail_leaves_through_the_worker_with_its_parts(keep_connection):
    from django_tasks_db.models import DBTaskResult

    with override_settings(TASKS=DATABASE_TASKS, EMAIL_BACKEND="core.mail.TaskEmailBackend",
                           EMAIL_DELIVERY_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        message = mail.EmailMultiAlternatives("Reset hasła", "Tekst", "site@example.org", ["editor@example.org"],
                                              headers={"X-Site": "e-Mocni"})
        message.attach_alternative("<p>Tekst</p>", "text/html")
        message.attach("lista.csv", b"a;b\n", "text/csv")
        assert message.send() == 1
        assert mail.outbox == []  # not sent in the request
        assert DBTaskResult.objects.filter(task_path="core.tasks.send_email_task").count() == 1
        call_command("db_worker", batch=True, startup_delay=False, queue_name="*", verbosity=0)
    [sent] = mail.outbox
    assert sent.subject == "Reset hasła" and sent.to == ["editor@example.org"]
    assert sent.alternatives[0][0] == "<p>Tekst</p>" and sent.extra_headers["X-Site"] == "e-Mocni"
    assert sent.attachments[0][:2] == ("lista.csv", b"a;b\n") or sent.attachments[0].filename == "lista.csv"


@pytest.mark.django_db
def test_document_text_extraction_is_queued_for_the_worker(django_capture_on_commit_callbacks):
    from django.core.files.base import ContentFile
    from django_tasks_db.models import DBTaskResult
    from wagtail.documents import get_document_model

    with override_settings(TASKS=DATABASE_TASKS), django_capture_on_commit_callbacks(execute=True):
        get_document_model().objects.create(title="Kolejka", file=ContentFile(b"%PDF-1.4", name="k.pdf"))
    assert DBTaskResult.objects.filter(task_path="search.tasks.extract_document_text_task").count() == 1


@pytest.mark.django_db
def test_release_twice_changes_nothing(tmp_path, settings):
    settings.STATIC_ROOT = tmp_path / "static"
    first = StringIO()
    call_command("release", stdout=first)
    static_files = {path: path.read_bytes() for path in settings.STATIC_ROOT.rglob("*") if path.is_file()}
    second = StringIO()
    call_command("release", verbosity=2, stdout=second)
    output = second.getvalue()
    assert "No migrations to apply" in output
    assert "0 static files copied" in output
    assert "is already compiled and up to date" in output and "processing file" not in output
    assert "release: done" in output
    assert {path: path.read_bytes() for path in settings.STATIC_ROOT.rglob("*") if path.is_file()} == static_files
