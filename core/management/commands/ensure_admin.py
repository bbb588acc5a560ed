"""Create the local admin account for `make run` and print how to log in."""

import os

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from core.site_url import absolute_url


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
            # SITE_URL, so the line names the port `make run` really listens on (PORT=8123 make run).
            self.style.SUCCESS(f"Admin: {absolute_url('/admin/')}  login: {username}  password: {password}{note}")
        )
