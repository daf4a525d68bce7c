"""Passwords (argon2) and login tokens (opaque, expiring, revocable, stored hashed)."""

from __future__ import annotations

import functools
import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import BigInteger, bindparam, func, select, update
from sqlalchemy.orm import Session

from crmdesk.domain.words import Worded, tr_noop
from crmdesk.server.schema import Credential, Token
from crmdesk.store.models import Role, User, utcnow

TOKEN_LIFETIME = timedelta(days=30)
#: How long after it expired a token may still be renewed (a laptop back from a holiday):
#: past it, the password is asked again.
RENEW_GRACE = timedelta(days=14)
#: argon2-cffi's default parameters (RFC 9106, low memory)
_hasher = PasswordHasher()
# Checked when the user does not exist, so a wrong name takes as long as a wrong password.
_DUMMY_HASH = _hasher.hash("not a password anyone has")


def use_hasher(hasher: PasswordHasher) -> None:
    """Hash and check passwords with `hasher` from now on. The test suite passes argon2's
    cheapest parameters (the same code, a fraction of the work); a server keeps the
    default. A hash records its parameters, so every stored hash still checks."""
    global _hasher, _DUMMY_HASH
    _hasher, _DUMMY_HASH = hasher, hasher.hash("not a password anyone has")


class AuthError(Exception):
    """Sign-in refused; the message is safe to show (it never says which part was wrong).
    It is a marked sentence (Worded): a laptop words it in its user's language."""


# what a sign-in is refused with (marked: the laptop's window words them)
WRONG_LOGIN = tr_noop("Wrong user name or password.")
DISABLED = tr_noop("This user is disabled. Ask your administrator.")
EXPIRED = tr_noop("Your sign-in has expired or was revoked. Sign in again.")
OTHER_WORKSPACE = tr_noop("This sign-in was made for another workspace; sign in from "
                          "this one.")
NO_TOKEN = tr_noop("Sign in first: this request has no token.")
#: The shortest password taken.
MIN_PASSWORD = 8


def set_password(session: Session, user_id: uuid.UUID, password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AuthError(Worded(tr_noop("A password needs at least {0} characters."),
                               MIN_PASSWORD))
    credential = session.get(Credential, user_id)
    if credential is None:
        session.add(Credential(user_id=user_id, password_hash=_hasher.hash(password)))
    else:
        credential.password_hash = _hasher.hash(password)
        credential.changed_at = utcnow()


def token_hash(token: str) -> str:
    """What the server keeps of a token (sign-in or calendar feed): never the token."""
    return hashlib.sha256(token.encode()).hexdigest()


def login(session: Session, username: str, password: str, client_id: str) -> tuple[str, Token,
                                                                                     User]:
    """Check the password and issue a token; AuthError for any wrong or disabled login.
    The password is checked with no database connection held (argon2 takes a good part
    of a second): the stored hash is read, the transaction ended, and a new one issues
    the token if the hash is still the one checked."""
    found = session.execute(
        select(User.id, Credential.password_hash)
        .outerjoin(Credential, Credential.user_id == User.id)
        .where(User.username == username)).first()
    user_id, stored = found if found is not None else (None, None)
    session.rollback()  # gives the connection back while argon2 works
    try:
        _hasher.verify(stored or _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        raise AuthError(Worded(WRONG_LOGIN)) from None
    user = session.get(User, user_id) if user_id is not None else None
    credential = session.get(Credential, user_id) if user_id is not None else None
    if user is None or credential is None or credential.password_hash != stored:
        raise AuthError(Worded(WRONG_LOGIN))  # none, or changed meanwhile
    if not user.active or user.deleted:
        raise AuthError(Worded(DISABLED))
    if _hasher.check_needs_rehash(credential.password_hash):
        credential.password_hash = _hasher.hash(password)
    token, row = issue(session, user.id, client_id)
    return token, row, user


def issue(session: Session, user_id: uuid.UUID, client_id: str) -> tuple[str, Token]:
    """A new token for `user_id` in workspace `client_id`; only its hash is stored. A
    sign-in checks the password first; setting up many users at once (a benchmark's
    reps) calls this directly."""
    token = secrets.token_urlsafe(32)
    row = Token(token_hash=token_hash(token), user_id=user_id, client_id=client_id,
                expires_at=utcnow() + TOKEN_LIFETIME)
    session.add(row)
    return token, row


def renew(session: Session, token: str, client_id: str,
          now: datetime | None = None) -> tuple[str, Token, User]:
    """Exchange `token` for a fresh one of the same user and workspace, and end it: no
    password, so no argon2 (a sales force renewing on a Monday morning costs a few
    queries each). Taken: a valid token, or one expired less than RENEW_GRACE ago, not
    revoked, made for `client_id`, of a user still active. AuthError otherwise."""
    moment = now or utcnow()
    row = session.get(Token, token_hash(token))
    if row is None or row.revoked_at is not None or row.expires_at + RENEW_GRACE <= moment:
        raise AuthError(Worded(EXPIRED))
    if row.client_id != client_id:
        raise AuthError(Worded(OTHER_WORKSPACE))
    user = session.get(User, row.user_id)
    if user is None or not user.active or user.deleted:
        raise AuthError(Worded(DISABLED))
    # Ended only if nobody ended it meanwhile: of two renewals of one token (or a renewal
    # and a sign-out) racing, one wins and the other is refused, so a token is renewed once.
    ended = session.execute(update(Token).where(Token.token_hash == row.token_hash,
                                                Token.revoked_at.is_(None))
                            .values(revoked_at=moment))
    if not ended.rowcount:  # type: ignore[attr-defined]
        raise AuthError(Worded(EXPIRED))
    fresh, fresh_row = issue(session, user.id, row.client_id)
    return fresh, fresh_row, user


@dataclass(frozen=True, slots=True)
class SignedIn:
    """Who a request's token signs in, and the workspace (client id) the sign-in was
    made for: what /v1/me answers and a request is scoped by."""

    user_id: uuid.UUID
    username: str
    display_name: str
    role: str
    team_id: uuid.UUID | None
    client_id: str
    #: the values of the columns the request read with the sign-in (signed_in's `reading`)
    read: tuple[Any, ...] = ()


# Token and user in one round trip, as plain columns (no ORM objects to build: every
# request of every laptop asks this first). An outer join, so a token whose user is gone
# is told apart from an unknown one.
_t, _u = Token.__table__.c, User.__table__.c
_SIGNED_IN = (select(_t.expires_at, _t.revoked_at, _t.client_id, _u.id, _u.username,
                     _u.display_name, _u.role, _u.team_id, _u.active, _u.deleted)
              .select_from(Token.__table__.outerjoin(User.__table__, _u.id == _t.user_id))
              .where(_t.token_hash == bindparam("token_hash")))


#: The same, taking an advisory lock (shared, until the transaction ends) in the same
#: round trip: a request's first statement, so every later one runs under the lock.
_SIGNED_IN_HOLDING = _SIGNED_IN.add_columns(
    func.pg_advisory_xact_lock_shared(bindparam("holding", type_=BigInteger)))


@functools.cache
def _signed_in_reading(query: Any, reading: tuple[Any, ...]) -> Any:
    """`query` reading the columns `reading` too, built once for each."""
    return query.add_columns(*reading)


def signed_in(session: Session, token: str, now: datetime | None = None,
              holding: int | None = None, reading: tuple[Any, ...] = ()) -> SignedIn:
    """The active user a token signs in, with the workspace it was made for; AuthError if
    the token is unknown, expired or revoked, or the user disabled. `holding`: an
    advisory lock key to take shared in the same statement (PostgreSQL; in a
    transaction), when the token is known. `reading`: columns (needing no parameter)
    read in the same statement, a round trip saved: their values are the answer's
    `read`."""
    params: dict[str, object] = {"token_hash": token_hash(token)}
    query = _SIGNED_IN
    if holding is not None and session.get_bind().dialect.name == "postgresql":
        query, params["holding"] = _SIGNED_IN_HOLDING, holding
    if reading:
        query = _signed_in_reading(query, reading)
    found = session.execute(query, params).first()
    moment = now or utcnow()
    if found is None or found.revoked_at is not None or found.expires_at <= moment:
        raise AuthError(Worded(EXPIRED))
    if found.id is None or not found.active or found.deleted:
        raise AuthError(Worded(DISABLED))
    return SignedIn(found.id, found.username, found.display_name, Role(found.role).value,
                    found.team_id, found.client_id,
                    tuple(found[len(found) - len(reading):]) if reading else ())


def revoke(session: Session, token: str) -> None:
    session.execute(update(Token).where(Token.token_hash == token_hash(token),
                                        Token.revoked_at.is_(None)).values(revoked_at=utcnow()))


def revoke_all(session: Session, user_id: uuid.UUID) -> int:
    """End every login of a user (when disabled or when the password changes)."""
    result = session.execute(update(Token).where(Token.user_id == user_id,
                                                 Token.revoked_at.is_(None))
                             .values(revoked_at=utcnow()))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
