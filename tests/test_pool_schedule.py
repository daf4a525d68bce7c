"""The pool sweep on its schedule inside the server: the app `crmdesk-server serve` runs in
each worker (crmdesk.server.factory), served by a real uvicorn, sweeps every interval;
one sweep at a time; a failing sweep is logged and never stops the server."""

from __future__ import annotations

import logging
import time
import uuid
from datetime import date
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from crmdesk.server import factory, pool_schedule
from crmdesk.server.db import ServerDB, ServerError, connect
from crmdesk.server.deploy import DATABASE_ENV
from crmdesk.server.pool import sweep
from crmdesk.store.models import Account, Team, User
from tests.server_fixtures import database_url, serving_app
from tests.sync_harness import Server, turn_returns_on


def _idle_account(db: ServerDB) -> uuid.UUID:
    """An account of amy's, assigned years ago: due back once her team's returns are on."""
    with db.session.begin() as s:
        amy = s.scalars(select(User).where(User.username == "amy")).one()
        account = Account(id=uuid.uuid4(), name="Long Forgotten Ltd", name_key="long forgotten",
                          owner_id=amy.id, team_id=amy.team_id, assigned_on=date(2020, 1, 6))
        s.add(account)
        return account.id


def _east(db: ServerDB) -> uuid.UUID:
    with db.session() as s:
        return s.scalars(select(Team.id).where(Team.name == "East")).one()


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_serve_sweeps_on_its_schedule(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    _http, db, url = server
    account = _idle_account(db)
    turn_returns_on(db, _east(db))
    monkeypatch.setenv(DATABASE_ENV, url)
    monkeypatch.setenv(pool_schedule.SWEEP_MINUTES_ENV, "0.005")  # every 0.3 s
    with serving_app(factory.app_from_environment()) as base:
        deadline = time.monotonic() + 20
        while True:
            with db.session() as s:
                if s.get(Account, account).owner_id is None:  # type: ignore[union-attr]
                    break
            assert time.monotonic() < deadline, "the scheduled sweep never ran"
            time.sleep(0.1)
        assert httpx.get(f"{base}/v1/health").status_code == 200  # serving meanwhile


def test_the_interval_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(pool_schedule.SWEEP_MINUTES_ENV, raising=False)
    assert pool_schedule.interval_from_environment() == 600
    monkeypatch.setenv(pool_schedule.SWEEP_MINUTES_ENV, "0")
    assert pool_schedule.interval_from_environment() is None
    monkeypatch.setenv(pool_schedule.SWEEP_MINUTES_ENV, "soon")
    with pytest.raises(ServerError, match="number of minutes"):
        pool_schedule.interval_from_environment()


def test_a_failing_sweep_is_logged_not_raised(tmp_path: Path,
                                              caplog: pytest.LogCaptureFixture) -> None:
    empty = connect(f"sqlite:///{tmp_path / 'no-schema.db'}")  # no tables: the sweep fails
    try:
        with caplog.at_level(logging.ERROR, logger="crmdesk.server.pool"):
            assert pool_schedule.sweep_once(empty) is None
        assert "The pool sweep failed" in caplog.text
    finally:
        empty.close()


def test_one_sweep_at_a_time(tmp_path: Path) -> None:
    with database_url("postgres", tmp_path) as url:
        db = connect(url)
        try:
            with db.session.begin() as s:
                s.add(Team(name="East"))
            with db.session.begin() as first, db.session.begin() as second:
                assert sweep(first).ran
                assert not sweep(second).ran  # the first still holds the lock
            with db.session.begin() as s:
                assert sweep(s).ran  # released with its transaction
        finally:
            db.close()


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_a_backlog_drains_a_batch_a_transaction(server: Server) -> None:
    _http, db, _url = server
    accounts = {_idle_account(db) for _ in range(5)}
    # a team that has not set its rules has nothing swept back, however long idle
    assert pool_schedule.drain(db, batch=2).returned == ()
    with db.session() as s:
        assert None not in {s.get(Account, a).owner_id for a in accounts}  # type: ignore[union-attr]
    turn_returns_on(db, _east(db))
    done = pool_schedule.drain(db, batch=2)
    assert done.ran and {r.account_id for r in done.returned} == accounts
    with db.session() as s:
        assert {s.get(Account, a).owner_id for a in accounts} == {None}  # type: ignore[union-attr]
    assert pool_schedule.drain(db, batch=2).returned == ()
