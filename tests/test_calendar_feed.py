"""The private calendar feed over real HTTP on loopback: a user's own open follow-ups
and tasks within their scope, as text/calendar; a wrong, replaced or ended address
gets 404; only the token's hash is stored, and the token never reaches a log."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from icalendar import Calendar
from sqlalchemy import select

from crmdesk.cli import main as cli_main
from crmdesk.secrets import KeyringStore, kept_entry, token_key
from crmdesk.server.schema import FeedToken
from crmdesk.store import workspace_keys as keys
from crmdesk.store.db import open_store
from crmdesk.store.models import Account, Contact, ServiceTask, Team, User
from tests.server_fixtures import PASSWORD, login, server_cli_here
from tests.test_sync_cli import dict_keyring  # noqa: F401 (a fixture)


def _feed_world(db: Any, url: str) -> dict[str, uuid.UUID]:
    """In team East: amy's customer with a follow-up and an open task (its key person
    named), and bob's account with a follow-up; in team West an account still naming
    amy as its owner (outside her scope: the rule leaves it out)."""
    assert server_cli_here("team", "add", "West", "--database-url", url).returncode == 0
    assert server_cli_here("user", "add", "bob", "--team", "East", "--role", "rep",
                           "--database-url", url, password=PASSWORD).returncode == 0
    with db.session.begin() as s:
        users = {u.username: u for u in s.scalars(select(User))}
        teams = {t.name: t.id for t in s.scalars(select(Team))}
        amy, bob, east, west = users["amy"].id, users["bob"].id, teams["East"], teams["West"]

        def account(name: str, owner: uuid.UUID, team: uuid.UUID, day: date) -> uuid.UUID:
            row = Account(id=uuid.uuid4(), name=name, name_key=name.lower(), owner_id=owner,
                          team_id=team, next_follow_up_on=day, custom_fields={})
            s.add(row)
            s.flush()
            return row.id

        star = account("北京星辰科技有限公司", amy, east, date(2026, 12, 3))
        s.add(Contact(id=uuid.uuid4(), account_id=star, owner_id=amy, team_id=east,
                      name="王小明", mobile="138 0000 1111", is_key_person=True))
        bens = account("Bob Corp", bob, east, date(2026, 12, 4))
        away = account("West Ltd", amy, west, date(2026, 12, 6))
        task = ServiceTask(id=uuid.uuid4(), account_id=star, assignee_id=amy, owner_id=amy,
                           team_id=east, title="Kick-off call", due_on=date(2026, 12, 5))
        s.add(task)
        return {"amy": amy, "star": star, "bens": bens, "away": away, "task": task.id}


class _Kept(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if not record.name.startswith(("httpx", "httpcore")):  # the calendar app's side
            self.lines.append(f"{record.name}: {record.getMessage()}")


@contextmanager
def _every_log() -> Iterator[_Kept]:
    """Every record the process logs, the server's access log switched on."""
    kept = _Kept()
    loggers = [logging.getLogger(n) for n in ("", "uvicorn", "uvicorn.access",
                                              "uvicorn.error")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.addHandler(kept)
        logger.setLevel(logging.DEBUG)
    try:
        yield kept
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.removeHandler(kept)
            logger.setLevel(level)


def _uids(answer: httpx.Response) -> set[str]:
    return {str(e["UID"]) for e in Calendar.from_ical(answer.content).walk("VEVENT")}


def test_the_feed_serves_the_users_scope_and_rotates(
        server: tuple[httpx.Client, Any, str]) -> None:
    http, db, url = server
    ids = _feed_world(db, url)
    token = login(http, "amy", PASSWORD).json()["token"]
    me = {"Authorization": f"Bearer {token}"}
    with _every_log() as logs:
        made = http.post("/v1/feed/token", headers=me)
        assert made.status_code == 200, made.text
        secret, path = made.json()["token"], made.json()["path"]
        assert path == f"/v1/feed/{secret}.ics"
        got = http.get(path)  # a calendar app: no sign-in
        assert got.status_code == 200, got.text
        assert got.headers["content-type"] == "text/calendar; charset=utf-8"
        assert _uids(got) == {f"follow-up-{ids['star']}@crmdesk", f"task-{ids['task']}@crmdesk"}
        assert "王小明" in got.content.decode()
        # a wrong token, and the old one once replaced: 404, the same answer
        assert http.get(f"/v1/feed/{secret[:-2]}xy.ics").status_code == 404
        assert http.get(f"/v1/feed/{secret}").status_code == 404  # .ics left off
        again = http.post("/v1/feed/token", headers=me).json()
        assert again["token"] != secret
        assert http.get(path).status_code == 404
        assert http.get(again["path"]).status_code == 200
        # turned off: gone too; without a sign-in nobody gets an address
        assert http.delete("/v1/feed/token", headers=me).status_code == 204
        assert http.get(again["path"]).status_code == 404
        assert http.post("/v1/feed/token").status_code == 401
    every = "\n".join(logs.lines)
    assert "GET /v1/feed/[redacted] HTTP/1.1" in every  # the access log ran, and hid it
    assert "POST /v1/feed/token HTTP/1.1" in every  # the endpoint's own path, as it is
    for secret_seen in (secret, again["token"]):
        assert secret_seen not in every
    with db.session() as s:  # a hash at most, never the token
        stored = list(s.scalars(select(FeedToken.token_hash)))
    assert secret not in stored and again["token"] not in stored


def test_a_disabled_users_feed_is_gone(server: tuple[httpx.Client, Any, str]) -> None:
    http, _db, url = server
    token = login(http, "amy", PASSWORD).json()["token"]
    path = http.post("/v1/feed/token", headers={"Authorization": f"Bearer {token}"}
                     ).json()["path"]
    assert http.get(path).status_code == 200
    assert server_cli_here("user", "disable", "amy", "--database-url", url).returncode == 0
    assert http.get(path).status_code == 404


@pytest.mark.usefixtures("dict_keyring")
def test_cli_shows_gets_and_ends_the_feed(server: tuple[httpx.Client, Any, str],
                                          tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    """`crmdesk feed` on a workspace signed in (the token in the keyring, as `crmdesk
    sync` leaves it): none kept yet, then a new address, shown again, then off."""
    http, _db, _url = server
    base = str(http.base_url).rstrip("/")
    store = open_store(tmp_path / "laptop.db", create=True)
    with store.write.begin() as s:
        keys.SERVER_URL.put(s, base)
        keys.SYNC_USER.put(s, "amy")
    signed = login(http, "amy", PASSWORD, client_id=store.client_id).json()
    KeyringStore().put(token_key(store.client_id, base, "amy"),
                       kept_entry(signed["token"], datetime.fromisoformat(signed["expires_at"])))
    store.close()
    db = str(tmp_path / "laptop.db")
    assert cli_main(["feed", "--db", db]) == 0
    assert "No calendar feed address" in capsys.readouterr().out
    assert cli_main(["feed", "--db", db, "--new"]) == 0
    address = capsys.readouterr().out.strip()
    assert address.startswith(f"{base}/v1/feed/") and http.get(address).status_code == 200
    assert cli_main(["feed", "--db", db]) == 0
    assert capsys.readouterr().out.strip() == address  # kept in the keyring
    assert cli_main(["feed", "--db", db, "--off"]) == 0
    assert http.get(address).status_code == 404
