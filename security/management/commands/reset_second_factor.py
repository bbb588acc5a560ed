"""For an editor who lost both the phone and the recovery codes (the admin has the same button)."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from security.second_factor import remove_second_factor


class Command(BaseCommand):
    help = "Remove a user's authenticator app and recovery codes; they set up a new app at the next sign-in."

    def add_arguments(self, parser):
        parser.add_argument("username", nargs="+")

    def handle(self, *args, **options):
        User = get_user_model()
        for username in options["username"]:
            user = User.objects.filter(**{User.USERNAME_FIELD: username}).first()
            if user is None:
                raise CommandError(f"No user called {username!r}.")
            remove_second_factor(user)
            self.stdout.write(f"{username}: second factor removed; a new app is set up at the next sign-in.")
