"""The way back for an admin account that lost both its phone and its recovery codes."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts import two_factor


class Command(BaseCommand):
    help = "Forget an account's authenticator app and recovery codes: it sets up a new app at its next sign-in."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        try:
            user = get_user_model().objects.get_by_natural_key(username)
        except get_user_model().DoesNotExist:
            raise CommandError(f"No account is called {username!r}.") from None
        two_factor.reset(user)
        self.stdout.write(f"Two-factor sign-in reset for {username}: it sets up a new app at its next sign-in.")
