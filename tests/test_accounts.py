from django.contrib.auth import get_user_model

from accounts.models import User


def test_accounts_use_the_projects_own_user_model():
    # Set from the first migration: a later switch would mean migrating every account by hand.
    assert get_user_model() is User
