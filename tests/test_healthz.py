"""/healthz tells a load balancer whether this app server reaches its database."""

import json

import pytest

from tests.helpers import run_python


@pytest.mark.django_db
def test_healthz_answers_200_with_json_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_refuses_writes(client):
    assert client.post("/healthz").status_code == 405


@pytest.mark.parametrize(
    "unreachable",
    [
        "postgres://medhum:medhum@127.0.0.1:9/medhum",  # nothing listens on the discard port
        "sqlite:////nonexistent-directory/medhum.sqlite3",
    ],
)
def test_healthz_answers_503_with_json_when_the_database_is_unreachable(unreachable):
    code = (
        "import json\n"
        "from django.test import Client\n"
        "response = Client().get('/healthz')\n"
        "print(json.dumps({'status': response.status_code, 'body': response.json()}))"
    )
    result = run_python(code, DJANGO_SETTINGS_MODULE="medhum.settings.test", DATABASE_URL=unreachable)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert answer == {"status": 503, "body": {"status": "unavailable", "database": "unreachable"}}
