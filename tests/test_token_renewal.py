"""Renewing a token without the password: over real HTTP against the real server (on
PostgreSQL and SQLite), and by the laptop's sync with the token in a real keyring
backend."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Literal

import httpx
import keyring
import pytest
from argon2 import PasswordHasher, profiles
from sqlalchemy import select, update

from crmdesk.app import syncing
from crmdesk.app.context import Context
from crmdesk.protocol import PROTOCOL_VERSION
from crmdesk.secrets import KeyringStore, kept_entry, read_entry, token_key
from crmdesk.server import auth
from crmdesk.server.db import ServerDB
from crmdesk.server.schema import Token
from crmdesk.store.db import open_store
from crmdesk.store.models import User, utcnow
from crmdesk.sync.engine import SignInNeeded
from crmdesk.sync.renewal import RENEW_BEFORE
from tests.server_fixtures import PASSWORD, login
from tests.test_sync_cli import DictKeyring

Server = tuple[httpx.Client, ServerDB, str]


def _renew(http: httpx.Client, token: str, client_id: str = "amy",
           protocol: int = PROTOCOL_VERSION) -> httpx.Response:
    return http.post("/v1/renew", json={"client_id": client_id, "protocol": protocol},
                     headers={"Authorization": f"Bearer {token}"})


def _me(http: httpx.Client, token: str) -> int:
    return http.get("/v1/me", headers={"Authorization": f"Bearer {token}"}).status_code


def _expire(db: ServerDB, token: str, at: datetime) -> None:
    """Make `token` expire at `at` (the server keeps a SHA-256 of it)."""
    digest = hashlib.sha256(token.encode()).hexdigest()
    with db.session.begin() as session:
        session.execute(update(Token).where(Token.token_hash == digest).values(expires_at=at))


def test_a_token_is_renewed_once_and_the_old_one_ends(server: Server) -> None:
    http, db, _url = server
    token = login(http, "amy", PASSWORD).json()["token"]
    answer = _renew(http, token)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    fresh = body["token"]
    assert fresh != token and body["user"]["username"] == "amy"
    expires = datetime.fromisoformat(body["expires_at"])
    assert expires.utcoffset() == timedelta(0)  # a date-time says its offset
    assert abs(expires.replace(tzinfo=None) - (utcnow() + auth.TOKEN_LIFETIME)
               ) < timedelta(minutes=1)
    assert _me(http, fresh) == 200 and _me(http, token) == 401
    again = _renew(http, token)  # the old token cannot be renewed a second time
    assert again.status_code == 401 and "Sign in again" in again.json()["detail"]
    with db.session() as session:
        rows = session.scalars(select(Token)).all()
    assert {r.client_id for r in rows} == {"amy"}  # the same workspace
    assert sorted(r.revoked_at is None for r in rows) == [False, True]


def test_a_lately_expired_token_is_renewed_and_a_long_expired_one_is_not(
        server: Server) -> None:
    http, db, _url = server
    lately = login(http, "amy", PASSWORD).json()["token"]
    _expire(db, lately, utcnow() - timedelta(days=2))
    assert _me(http, lately) == 401  # expired: no use for anything else
    renewed = _renew(http, lately)
    assert renewed.status_code == 200, renewed.text
    assert _me(http, renewed.json()["token"]) == 200
    long_ago = login(http, "amy", PASSWORD).json()["token"]
    _expire(db, long_ago, utcnow() - auth.RENEW_GRACE - timedelta(minutes=1))
    refused = _renew(http, long_ago)
    assert refused.status_code == 401 and "expired or was revoked" in refused.json()["detail"]


def test_revoked_tokens_disabled_users_and_other_workspaces_are_refused(
        server: Server) -> None:
    http, db, _url = server
    revoked = login(http, "amy", PASSWORD).json()["token"]
    assert http.post("/v1/logout", headers={"Authorization": f"Bearer {revoked}"}
                     ).status_code == 204
    assert _renew(http, revoked).status_code == 401
    other = login(http, "amy", PASSWORD).json()["token"]
    elsewhere = _renew(http, other, client_id="another-workspace")
    assert elsewhere.status_code == 401 and "another workspace" in elsewhere.json()["detail"]
    assert _me(http, other) == 200  # a refused renewal leaves the token as it was
    assert _renew(http, other, protocol=PROTOCOL_VERSION + 1).status_code == 400
    assert http.post("/v1/renew", json={"client_id": "amy", "protocol": PROTOCOL_VERSION}
                     ).status_code == 401  # no token at all
    # disabled without its logins being ended (the admin command ends them as well)
    with db.session.begin() as session:
        session.execute(update(User).where(User.username == "amy").values(active=False))
    disabled = _renew(http, other)
    assert disabled.status_code == 401 and "disabled" in disabled.json()["detail"]


class CountingHasher(PasswordHasher):
    """argon2 at its cheapest, counting every hash and verification it does."""

    def __init__(self) -> None:
        cheapest = profiles.CHEAPEST
        super().__init__(cheapest.time_cost, cheapest.memory_cost, cheapest.parallelism,
                         cheapest.hash_len, cheapest.salt_len, type=cheapest.type)
        self.calls = 0

    def hash(self, password: str | bytes, *, salt: bytes | None = None) -> str:
        self.calls += 1
        return super().hash(password, salt=salt)

    def verify(self, hash: str | bytes, password: str | bytes) -> Literal[True]:
        self.calls += 1
        return super().verify(hash, password)


@pytest.fixture
def counting() -> Iterator[CountingHasher]:
    hasher = CountingHasher()
    auth.use_hasher(hasher)
    hasher.calls = 0
    yield hasher
    auth.use_hasher(PasswordHasher.from_parameters(profiles.CHEAPEST))


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_renewing_runs_no_argon2(server: Server, counting: CountingHasher) -> None:
    http, _db, _url = server
    token = login(http, "amy", PASSWORD).json()["token"]
    assert counting.calls == 1  # a sign-in verifies the password
    for _ in range(5):
        answer = _renew(http, token)
        assert answer.status_code == 200
        token = answer.json()["token"]
    assert counting.calls == 1


# ---- the laptop ---------------------------------------------------------------------------

@pytest.fixture
def dict_keyring() -> Iterator[DictKeyring]:
    previous = keyring.get_keyring()
    backend = DictKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def laptop(server: Server, tmp_path: Path,
           dict_keyring: DictKeyring) -> Iterator[tuple[Context, str, str]]:
    """A workspace signed in as amy, its token in the keyring: (context, server, key)."""
    http = server[0]
    store = open_store(tmp_path / "laptop.db", create=True)
    vault = KeyringStore()
    ctx = Context(store, secrets=lambda: vault)
    base = str(http.base_url).rstrip("/")
    syncing.sign_in(ctx, http, base, "amy", PASSWORD)
    try:
        yield ctx, base, token_key(store.client_id, base, "amy")
    finally:
        store.close()


def _entry(keys: DictKeyring, key: str) -> Any:
    held = keys.saved.get(("crmdesk", key))
    return None if held is None else read_entry(held)


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_a_sync_renews_a_token_about_to_expire_and_keeps_the_new_one(
        server: Server, laptop: tuple[Context, str, str], dict_keyring: DictKeyring,
        counting: CountingHasher) -> None:
    http, db, _url = server
    ctx, base, key = laptop
    signed = _entry(dict_keyring, key)
    assert signed.expires_at is not None  # the keyring notes when it expires
    assert abs(signed.expires_at - (utcnow() + auth.TOKEN_LIFETIME)) < timedelta(minutes=1)
    syncing.sync(ctx, http, base, "amy")  # not about to expire: kept as it is
    assert _entry(dict_keyring, key) == signed
    soon = utcnow() + RENEW_BEFORE - timedelta(hours=1)
    _expire(db, signed.token, soon)
    # the laptop learns of it as the keyring says: the same moment the server holds
    dict_keyring.saved[("crmdesk", key)] = kept_entry(signed.token, soon)
    counting.calls = 0
    syncing.sync(ctx, http, base, "amy")
    fresh = _entry(dict_keyring, key)
    assert fresh.token != signed.token and fresh.expires_at > soon + timedelta(days=20)
    assert _me(http, signed.token) == 401 and _me(http, fresh.token) == 200
    assert counting.calls == 0  # no password, no argon2
    assert list(dict_keyring.saved) == [("crmdesk", key)]  # in place of the old one


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_a_lately_expired_or_unnoted_token_is_renewed_by_the_sync(
        server: Server, laptop: tuple[Context, str, str], dict_keyring: DictKeyring) -> None:
    http, db, _url = server
    ctx, base, key = laptop
    signed = _entry(dict_keyring, key)
    gone = utcnow() - timedelta(days=1)
    _expire(db, signed.token, gone)
    dict_keyring.saved[("crmdesk", key)] = kept_entry(signed.token, gone)
    done = syncing.sync(ctx, http, base, "amy")  # no password asked
    assert done.value.user is not None and done.value.user.username == "amy"
    renewed = _entry(dict_keyring, key)
    assert renewed.token != signed.token and _me(http, renewed.token) == 200
    # kept by a version that noted no expiry: renewed once, and noted from then on
    dict_keyring.saved[("crmdesk", key)] = renewed.token
    syncing.sync(ctx, http, base, "amy")
    noted = _entry(dict_keyring, key)
    assert noted.token != renewed.token and noted.expires_at is not None
    assert _me(http, renewed.token) == 401 and _me(http, noted.token) == 200


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
@pytest.mark.parametrize("why", ["revoked", "disabled", "long expired"])
def test_a_token_that_cannot_be_renewed_asks_for_the_password(
        server: Server, laptop: tuple[Context, str, str], dict_keyring: DictKeyring,
        why: str) -> None:
    http, db, _url = server
    ctx, base, key = laptop
    signed = _entry(dict_keyring, key)
    soon = utcnow() + timedelta(days=1)
    if why == "revoked":
        assert http.post("/v1/logout", headers={"Authorization": f"Bearer {signed.token}"}
                         ).status_code == 204
    elif why == "disabled":
        with db.session.begin() as session:
            session.execute(update(User).where(User.username == "amy").values(active=False))
    else:
        soon = utcnow() - auth.RENEW_GRACE - timedelta(hours=1)
        _expire(db, signed.token, soon)
    dict_keyring.saved[("crmdesk", key)] = kept_entry(signed.token, soon)
    with pytest.raises(SignInNeeded):
        syncing.sync(ctx, http, base, "amy")
    assert dict_keyring.saved == {}  # forgotten: the password is needed again


class RenewedElsewhere(KeyringStore):
    """The keyring as a second sync of the same workspace (the window while the terminal
    syncs) sees it: right after this one reads the entry, the other renews the token and
    keeps its fresh one."""

    def __init__(self, http: httpx.Client, client_id: str) -> None:
        super().__init__()
        self.http, self.client_id, self.raced = http, client_id, False

    def get(self, key: str) -> str | None:
        entry = super().get(key)
        if entry is not None and not self.raced:
            self.raced = True
            answer = _renew(self.http, read_entry(entry).token, self.client_id).json()
            self.put(key, f"{answer['token']} {answer['expires_at'][:19]}")
        return entry


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_two_syncs_renewing_at_once_keep_the_winners_token(
        server: Server, laptop: tuple[Context, str, str], dict_keyring: DictKeyring) -> None:
    http, db, _url = server
    ctx, base, key = laptop
    signed = _entry(dict_keyring, key)
    soon = utcnow() + timedelta(days=1)
    _expire(db, signed.token, soon)
    dict_keyring.saved[("crmdesk", key)] = kept_entry(signed.token, soon)
    racing = RenewedElsewhere(http, ctx.store.client_id)
    raced = Context(ctx.store, secrets=lambda: racing)
    done = syncing.sync(raced, http, base, "amy")  # its own renewal refused: the other's used
    assert racing.raced and done.value.user is not None
    winner = _entry(dict_keyring, key)
    assert winner.token != signed.token and _me(http, winner.token) == 200
