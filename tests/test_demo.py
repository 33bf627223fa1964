import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def test_load_demo_twice_changes_nothing_the_second_time():
    call_command("load_demo", stdout=None)
    User = get_user_model()
    first = (User.objects.count(), User.objects.get(username="admin").password)
    call_command("load_demo")
    assert (User.objects.count(), User.objects.get(username="admin").password) == first


def test_demo_admin_can_sign_in_with_the_printed_password(client):
    call_command("load_demo")
    assert client.login(username="admin", password="medhum-demo")


def test_load_demo_is_refused_outside_development(settings):
    settings.MEDHUM_ALLOW_DEMO_DATA = False
    with pytest.raises(CommandError, match="development only"):
        call_command("load_demo")
    assert not get_user_model().objects.exists()
