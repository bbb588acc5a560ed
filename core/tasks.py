"""Background tasks of the site itself (Wagtail's own index, reference and purge tasks and the search
text extraction use the same backend): run in the request by default, by `manage.py run_worker`
when TASKS_BACKEND=database (README "Running on several machines")."""

import base64
import logging

from django.core import mail
from django.core.management import call_command
from django_tasks import task

logger = logging.getLogger(__name__)


@task()
def publish_scheduled_task():
    """Wagtail's scheduled publishing and unpublishing (`publish_scheduled`): the worker enqueues it
    every minute, so no server needs a cron line."""
    call_command("publish_scheduled", verbosity=0)


def message_to_json(message):
    """An EmailMessage as plain JSON (task arguments are stored as JSON)."""
    attachments = []
    for attachment in message.attachments:
        filename, content, mimetype = attachment if isinstance(attachment, tuple) else (
            attachment.get_filename(), attachment.get_payload(decode=True), attachment.get_content_type())
        if isinstance(content, str):
            content = content.encode("utf-8")
        attachments.append([filename, base64.b64encode(content).decode("ascii"), mimetype])
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": {key: str(value) for key, value in (message.extra_headers or {}).items()},
        "alternatives": [[str(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])],
        "attachments": attachments,
    }


def message_from_json(data):
    message = mail.EmailMultiAlternatives(
        subject=data["subject"], body=data["body"], from_email=data["from_email"], to=data["to"], cc=data["cc"],
        bcc=data["bcc"], reply_to=data["reply_to"], headers=data["headers"],
    )
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    for filename, content, mimetype in data["attachments"]:
        message.attach(filename, base64.b64decode(content), mimetype)
    return message


@task()
def send_email_task(messages):
    """Deliver e-mails through the real backend (EMAIL_DELIVERY_BACKEND); an SMTP server that is slow
    or down costs the worker a retry, never a visitor or an editor a hanging request."""
    from django.conf import settings

    connection = mail.get_connection(backend=settings.EMAIL_DELIVERY_BACKEND)
    sent = connection.send_messages([message_from_json(data) for data in messages])
    return sent or 0
