"""A NUL byte anywhere in an address gets a 400 with a message, on SQLite and on PostgreSQL alike."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "address",
    [
        "/en/library/?theme=%00",
        "/en/library/?page=%00",
        "/en/library/?%00=ethics",
        "/en/library/feed/?institution=%00",
        "/api/v2/pages/?institution=%00",
        "/api/v2/pages/?slug=%00",
        "/api/v2/pages/?title=a%00b",
        "/en/%00/",
        "/fr/library/lyon%00/",
    ],
)
def test_nul_byte_in_an_address_is_refused_with_a_message(client, address):
    response = client.get(address)
    assert response.status_code == 400
    assert "NUL" in response.content.decode()


def test_the_refusal_is_in_the_readers_language(client):
    response = client.get("/fr/library/?theme=%00", headers={"accept-language": "fr"})
    assert response.status_code == 400
    assert "caractère NUL" in response.content.decode()
