"""An e-mail backend that hands messages to the task worker (used when TASKS_BACKEND=database)."""

from django.core.mail.backends.base import BaseEmailBackend

from core.tasks import message_to_json, send_email_task


class TaskEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        messages = [message_to_json(message) for message in email_messages if message.recipients()]
        if messages:
            send_email_task.enqueue(messages)
        return len(messages)
