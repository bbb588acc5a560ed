"""Create the local admin account for `make run` and print how to log in."""

import os

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create a superuser for local use if none exists, and print the login."

    def handle(self, *args, **options):
        username = os.environ.get("DJANGO_ADMIN_USER", "admin")
        password = os.environ.get("DJANGO_ADMIN_PASSWORD", "mocni-demo-2026")
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        if user is None:
            User.objects.create_superuser(username, "admin@example.org", password)
            note = ""
        elif not user.check_password(password):
            note = " (this account existed already with another password; it was not changed)"
        else:
            note = ""
        self.stdout.write(
            self.style.SUCCESS(f"Admin: http://127.0.0.1:8000/admin/  login: {username}  password: {password}{note}")
        )
