"""The server's admin commands and sign-in, over real HTTP, on PostgreSQL and SQLite."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta

import httpx
import pytest
from argon2 import PasswordHasher
from sqlalchemy import select, update

from crmdesk.protocol import PROTOCOL_VERSION
from crmdesk.server import auth
from crmdesk.server.db import ServerDB
from crmdesk.server.schema import Credential, Token
from crmdesk.store.models import User, utcnow
from tests.server_fixtures import PASSWORD, login, server_cli, server_cli_here


def test_sign_in_and_use_the_token(server: tuple[httpx.Client, ServerDB, str]) -> None:
    http, db, _url = server
    assert http.get("/v1/health").json() == {"status": "ok", "protocol": PROTOCOL_VERSION,
                                              "database": "ok"}
    response = login(http, "amy", PASSWORD)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["user"]["username"] == "amy" and body["user"]["role"] == "rep"
    token = body["token"]
    me = http.get("/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 200 and me.json()["username"] == "amy"
    with db.session() as session:
        stored = session.scalars(select(Token.token_hash)).all()
        hashes = session.scalars(select(Credential.password_hash)).all()
    assert token not in stored and len(stored) == 1  # only a hash of the token is kept
    assert all(h.startswith("$argon2") and PASSWORD not in h for h in hashes)


def test_wrong_passwords_and_names_get_the_same_answer(
        server: tuple[httpx.Client, ServerDB, str]) -> None:
    http, _db, _url = server
    wrong = login(http, "amy", "not it at all")
    nobody = login(http, "nobody", PASSWORD)
    assert wrong.status_code == nobody.status_code == 401
    assert wrong.json() == nobody.json() == {"detail": "Wrong user name or password.",
                                             "words": {"template": "Wrong user name or "
                                                       "password.", "args": []}}


def test_disabled_users_and_revoked_tokens_are_refused_at_once(
        server: tuple[httpx.Client, ServerDB, str]) -> None:
    http, _db, url = server
    token = login(http, "amy", PASSWORD).json()["token"]
    other = login(http, "amy", PASSWORD).json()["token"]
    auth = {"Authorization": f"Bearer {token}"}
    assert http.post("/v1/logout", headers=auth).status_code == 204
    gone = http.get("/v1/me", headers=auth)
    assert gone.status_code == 401 and "expired or was revoked" in gone.json()["detail"]
    assert http.get("/v1/me", headers={"Authorization": f"Bearer {other}"}).status_code == 200
    disabled = server_cli_here("user", "disable", "amy", "--database-url", url)
    assert disabled.returncode == 0 and "1 login(s) ended" in disabled.stdout
    refused = http.get("/v1/me", headers={"Authorization": f"Bearer {other}"})
    assert refused.status_code == 401
    again = login(http, "amy", PASSWORD)
    assert again.status_code == 401 and "disabled" in again.json()["detail"]


def test_expired_tokens_are_refused(server: tuple[httpx.Client, ServerDB, str]) -> None:
    http, db, _url = server
    token = login(http, "amy", PASSWORD).json()["token"]
    with db.session.begin() as session:
        session.execute(update(Token).values(expires_at=utcnow() - timedelta(seconds=1)))
    assert http.get("/v1/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401


@pytest.mark.parametrize(
    ("body", "status", "detail"),
    [
        ({"username": "amy", "password": PASSWORD, "client_id": "x",
          "protocol": PROTOCOL_VERSION + 1}, 400, "update the server"),
        ({"username": "amy", "password": PASSWORD, "client_id": "x", "protocol": 0}, 400,
         "update the app"),
        ({"username": "amy", "password": PASSWORD, "client_id": "x",
          "protocol": PROTOCOL_VERSION, "admin": True}, 422, "Extra inputs are not permitted"),
        ({"username": "amy", "password": PASSWORD, "client_id": "x", "protocol": "one"}, 422,
         "protocol"),
        ({"username": "amy"}, 422, "password"),
        ([1, 2, 3], 422, "Invalid request"),
    ],
)
def test_bad_requests_get_a_clear_4xx(server: tuple[httpx.Client, ServerDB, str],
                                      body: object, status: int, detail: str) -> None:
    http, _db, _url = server
    response = http.post("/v1/login", json=body)
    assert response.status_code == status
    assert detail in response.json()["detail"]


def test_malformed_oversized_and_tokenless_requests(
        server: tuple[httpx.Client, ServerDB, str]) -> None:
    http, _db, _url = server
    broken = http.post("/v1/login", content=b"{not json",
                       headers={"Content-Type": "application/json"})
    assert broken.status_code == 422 and "Invalid request" in broken.json()["detail"]
    huge = http.post("/v1/login", content=b"x" * (9 * 1024 * 1024),
                     headers={"Content-Type": "application/json"})
    assert huge.status_code == 413

    def chunks() -> Iterator[bytes]:  # no Content-Length: the size shows only as it comes
        for _ in range(10):
            yield b"x" * (1024 * 1024)

    chunked = http.post("/v1/push", content=chunks(),
                        headers={"Content-Type": "application/json"})
    assert chunked.status_code == 413 and "larger than" in chunked.json()["detail"]
    assert http.get("/v1/me").status_code == 401
    assert http.get("/v1/me", headers={"Authorization": "Bearer nonsense"}).status_code == 401


def test_admin_commands_explain_mistakes(server: tuple[httpx.Client, ServerDB, str]) -> None:
    _http, db, url = server
    again = server_cli_here("init", "--database-url", url, "--admin", "root2",
                            password=PASSWORD)
    assert again.returncode == 1 and "already has an administrator" in again.stderr
    no_team = server_cli_here("user", "add", "bob", "--database-url", url, password=PASSWORD)
    assert no_team.returncode == 1 and "give --team" in no_team.stderr
    wrong_team = server_cli_here("user", "add", "bob", "--team", "West", "--database-url", url,
                            password=PASSWORD)
    assert wrong_team.returncode == 1 and "No team “West”. Teams: East." in wrong_team.stderr
    short = server_cli_here("user", "add", "bob", "--team", "East", "--database-url", url,
                       password="short")
    assert short.returncode == 1 and "at least 8 characters" in short.stderr
    twice = server_cli_here("user", "add", "amy", "--team", "East", "--database-url", url,
                       password=PASSWORD)
    assert twice.returncode == 1 and "already a user" in twice.stderr
    bad_url = server_cli_here("team", "add", "X", "--database-url", "mysql://nope")
    assert bad_url.returncode == 1 and "runs on PostgreSQL" in bad_url.stderr
    for result in (again, no_team, wrong_team, short, twice, bad_url):
        assert "Traceback" not in result.stderr and PASSWORD not in result.stderr
    with db.session() as session:
        assert session.scalars(select(User.username).order_by(User.username)).all() == [
            "amy", "root"]


def test_the_real_command_runs_as_a_process(server: tuple[httpx.Client, ServerDB, str]) -> None:
    _http, _db, url = server
    made = server_cli("team", "add", "West", "--database-url", url)
    assert made.returncode == 0 and made.stdout.strip() == "Team “West” added."


def test_openapi_document_describes_every_body(
        server: tuple[httpx.Client, ServerDB, str]) -> None:
    http, _db, _url = server
    spec = http.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]
    assert {"LoginRequest", "LoginResponse", "UserInfo", "Health", "Problem"} <= set(schemas)
    login_op = spec["paths"]["/v1/login"]["post"]
    assert login_op["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith(
        "LoginRequest")
    assert "401" in login_op["responses"] and "422" in login_op["responses"]


def test_a_server_hashes_passwords_with_argon2s_default_parameters() -> None:
    """The tests use cheap parameters (conftest); a server process keeps argon2's default,
    and a hash made with either checks under the other."""
    code = ("from argon2 import PasswordHasher; from crmdesk.server import auth; "
            "ours, default = auth._hasher, PasswordHasher(); "
            "print((ours.time_cost, ours.memory_cost, ours.parallelism) == "
            "(default.time_cost, default.memory_cost, default.parallelism))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60)
    assert out.stdout.strip() == "True", out.stderr
    assert auth._hasher.verify(PasswordHasher().hash(PASSWORD), PASSWORD)


def test_a_sign_in_holds_no_connection_while_the_password_is_checked(
        server: tuple[httpx.Client, ServerDB, str]) -> None:
    """argon2 takes a good part of a second at its real cost: a Monday morning of
    sign-ins must not hold the pool's connections through it."""
    http, db, _url = server
    held: list[int] = []

    class Watching(PasswordHasher):
        def verify(self, hash: str | bytes, password: str | bytes) -> bool:
            held.append(db.engine.pool.checkedout())  # type: ignore[attr-defined]
            return super().verify(hash, password)

    cheap = auth._hasher
    auth.use_hasher(Watching.from_parameters(cheap._parameters))
    try:
        assert login(http, "amy", PASSWORD).status_code == 200
        assert login(http, "amy", "not her password").status_code == 401
        assert login(http, "nobody", PASSWORD).status_code == 401
    finally:
        auth.use_hasher(cheap)
    assert held == [0, 0, 0]


def test_a_moment_in_a_query_is_a_date_time_not_a_number(
        server: tuple[httpx.Client, ServerDB, str]) -> None:
    """The API documents `after` as a date-time; a bare number (which pydantic would
    read as seconds since 1970) is refused as the document says."""
    http, _db, _url = server
    token = login(http, "amy", PASSWORD).json()["token"]
    auth_header = {"Authorization": f"Bearer {token}"}
    for bad in ("4", "1700000000", "-3.5"):
        answer = http.get("/v1/conflicts", params={"after": bad}, headers=auth_header)
        assert answer.status_code == 422 and "date-time" in answer.json()["detail"], bad
    fine = http.get("/v1/conflicts", params={"after": "2026-12-01T09:00:00"},
                    headers=auth_header)
    assert fine.status_code == 200 and fine.json() == {"conflicts": []}


def test_a_whole_number_in_a_query_is_written_in_digits(
        server: tuple[httpx.Client, ServerDB, str]) -> None:
    """The API documents the pull's cursor, limit, epoch and until as integers; "+0.0" or
    "1e3" (which pydantic would read as whole numbers) are refused as the document says."""
    http, _db, _url = server
    token = login(http, "amy", PASSWORD).json()["token"]
    auth_header = {"Authorization": f"Bearer {token}"}
    for name in ("cursor", "limit", "epoch", "until"):
        for bad in ("+0.0", "1e3", "2.0", " 3", "-1", "\u0663"):
            answer = http.get("/v1/changes", params={name: bad}, headers=auth_header)
            assert answer.status_code == 422, (name, bad, answer.text)
        fine = http.get("/v1/changes", params={name: "5"}, headers=auth_header)
        assert fine.status_code == 200, (name, fine.text)
    # and the document still gives their bounds
    served = http.get("/openapi.json").json()["paths"]["/v1/changes"]["get"]["parameters"]
    bounds = {p["name"]: json.dumps(p["schema"]) for p in served}
    for name in ("cursor", "limit", "epoch", "until"):
        assert '"minimum"' in bounds[name], bounds[name]
