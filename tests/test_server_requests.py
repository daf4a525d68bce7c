"""What makes a request cheap keeps its guarantees: reads without a transaction run
each statement on its own (and the pooled connection goes back to transactions), the
sign-in is read in one statement with each refusal still told apart, and the metrics
remember routes without letting odd paths grow their memory. Real PostgreSQL, real
server over HTTP on loopback."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import event, select, text, update

from crmdesk.server import auth, metrics
from crmdesk.server.app import create_app
from crmdesk.server.db import ServerDB, connect
from crmdesk.server.schema import Token
from crmdesk.store.models import Role, Team, User, utcnow
from tests.server_fixtures import database_url, serving_app

#: True inside a transaction block that began before this statement.
_IN_A_BLOCK = text("SELECT xact_start < query_start FROM pg_stat_activity "
                   "WHERE pid = pg_backend_pid()")


@pytest.fixture
def db(tmp_path: Path) -> Iterator[ServerDB]:
    with database_url("postgres", tmp_path) as url:
        made = connect(url, pool_size=1, max_overflow=0)
        try:
            yield made
        finally:
            made.close()


def _in_a_block(session: object) -> bool:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    session.execute(text("SELECT 1"))
    time.sleep(0.01)  # a statement later than the first by a clear margin
    return bool(session.scalar(_IN_A_BLOCK))


def test_a_read_session_runs_each_statement_alone_and_the_pool_stays_transactional(
        db: ServerDB) -> None:
    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute",
                 lambda _c, _cur, sql, *_a: statements.append(sql))
    with db.read_session() as reading:
        assert not _in_a_block(reading)
    # one pooled connection: the same one, handed back in its transactional mode
    with db.session() as unit:
        assert _in_a_block(unit)
    with db.read_session() as reading:
        assert not _in_a_block(reading)
    assert not any(sql.strip().upper().startswith(("BEGIN", "ROLLBACK")) for sql in statements)


def _user(db: ServerDB, name: str) -> tuple[str, User]:
    with db.session.begin() as session:
        team = Team(name=f"Team {name}")
        session.add(team)
        session.flush()
        user = User(username=name, display_name=name.title(), role=Role.LEAD,
                    team_id=team.id)
        session.add(user)
        session.flush()
        token = auth.issue(session, user.id, f"laptop-{name}")[0]
        session.expunge(user)
    return token, user


def test_the_sign_in_is_read_in_one_statement_and_each_refusal_is_told(db: ServerDB) -> None:
    token, user = _user(db, "ada")
    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute",
                 lambda _c, _cur, sql, *_a: statements.append(sql))
    with db.read_session() as session:
        who = auth.signed_in(session, token)
    assert len(statements) == 1
    assert (who.user_id, who.username, who.display_name, who.role, who.team_id,
            who.client_id) == (user.id, "ada", "Ada", "lead", user.team_id, "laptop-ada")

    with db.read_session() as session, pytest.raises(auth.AuthError, match="expired"):
        auth.signed_in(session, "no such token")
    with db.read_session() as session, pytest.raises(auth.AuthError, match="expired"):
        auth.signed_in(session, token, now=utcnow() + auth.TOKEN_LIFETIME + timedelta(1))
    with db.session.begin() as session:
        session.execute(update(User).where(User.id == user.id).values(active=False))
    with db.read_session() as session, pytest.raises(auth.AuthError, match="disabled"):
        auth.signed_in(session, token)
    with db.session.begin() as session:
        session.execute(update(User).where(User.id == user.id).values(active=True))
        auth.revoke(session, token)
        assert session.scalar(select(Token.revoked_at).where(
            Token.user_id == user.id)) is not None
    with db.read_session() as session, pytest.raises(auth.AuthError, match="revoked"):
        auth.signed_in(session, token)


def test_me_answers_as_before_and_odd_paths_do_not_grow_the_metrics_memory(
        db: ServerDB) -> None:
    token, user = _user(db, "grace")
    app = create_app(db)
    with serving_app(app, 4) as base, httpx.Client(base_url=base) as http:
        bearer = {"Authorization": f"Bearer {token}"}
        for _ in range(3):
            me = http.get("/v1/me", headers=bearer)
            assert me.status_code == 200
            assert me.headers["content-type"] == "application/json"
            assert me.json() == {"id": str(user.id), "username": "grace",
                                 "display_name": "Grace", "role": "lead",
                                 "team_id": str(user.team_id)}
        assert http.get("/v1/me").status_code == 401
        for n in range(300):
            assert http.get(f"/no/such/path/{n}").status_code == 404
        scrape = http.get("/metrics").text
    layer: object = app.middleware_stack
    while not isinstance(layer, metrics._Measured):
        layer = layer.app  # type: ignore[attr-defined]
    assert set(layer._routes.values()) == {"/v1/me", "/metrics"}  # no odd path kept
    assert ('crmdesk_http_requests_total{method="GET",route="/v1/me",status="200"} 3.0'
            in scrape)
    assert ('crmdesk_http_requests_total{method="GET",route="unmatched",status="404"} 300.0'
            in scrape)
