"""Commands for the team's server: sign in, sync, sign out; and the whole flow a
terminal runs (sync with the kept token, or sign in with the password first).

The window runs these on its sync worker, the CLI runs them directly: both record the
same workspace settings, so a workspace synced from the terminal opens signed in.
Tokens live in the secret store only, each with when it expires; the password is used
once and kept nowhere. A sync renews a kept token that is about to expire (see
`crmdesk.sync.renewal`), so a laptop in use is not asked for the password again.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import httpx
from sqlalchemy.orm import Session

from crmdesk.app._unit import write
from crmdesk.app.changes import ALL, NOTHING, Done
from crmdesk.app.context import Context
from crmdesk.secrets import KeptToken, kept_entry, read_entry, take_shared_token, token_key
from crmdesk.store import queries as q
from crmdesk.store import workspace_keys as keys
from crmdesk.store.conflicts import unresolved_count
from crmdesk.store.journal import pending_count
from crmdesk.sync import engine, renewal
from crmdesk.sync.engine import (
    NotAskedToReplace,
    SignInNeeded,
    SyncClient,
    SyncError,
    SyncReport,
)


class ReplaceAsked(NotAskedToReplace):
    """Signing in would remove another person's records: the user is asked first."""


@dataclass(frozen=True, slots=True)
class Where:
    """Where and as whom the workspace syncs (None: not set), and when it last did."""

    server: str | None
    username: str | None
    last_sync: datetime | None


@dataclass(frozen=True, slots=True)
class SignedIn:
    token: str
    kept: bool  # in the secret store; False: no keyring, so for this run only


@dataclass(frozen=True, slots=True)
class SyncOutcome:
    """What a finished sync reports, with the figures a status bar shows."""

    report: SyncReport
    last_sync: datetime | None
    pending: int
    conflicts: int
    user: q.UserRef | None  # the signed-in user, once their record is on this laptop


def where(ctx: Context) -> Where:
    """Three settings read by key: instant."""
    with ctx.store.session() as session:
        return Where(keys.SERVER_URL.get(session), keys.SYNC_USER.get(session),
                     keys.LAST_SYNC.get(session))


def clean(server: str, username: str) -> tuple[str, str]:
    """A server address and user name as typed, the way they are kept."""
    return server.strip().rstrip("/"), username.strip()


def token_key_for(ctx: Context, server: str, username: str) -> str:
    """This workspace's own entry: another workspace of the same user keeps its own."""
    return token_key(ctx.store.client_id, server, username)


def kept_token(ctx: Context, server: str, username: str) -> KeptToken | None:
    """This workspace's token for `username` at `server`, with its expiry, if kept."""
    entry = ctx.secrets().get(token_key_for(ctx, server, username))
    return read_entry(entry) if entry else None


def stored_token(ctx: Context, server: str, username: str) -> str | None:
    kept = kept_token(ctx, server, username)
    return kept.token if kept else None


def renewed(ctx: Context, http: httpx.Client, server: str, username: str,
            kept: KeptToken) -> str:
    """The token to sync with: `kept`, or when it is about to expire (or its expiry is
    not known), the fresh one the server exchanges it for, kept in its place. A server
    that cannot renew it now (unreachable, busy, or older than renewal) leaves `kept` in
    use; a refusal (revoked, expired too long ago, user disabled) is SignInNeeded."""
    if not renewal.due(kept.expires_at):
        return kept.token
    try:
        answer = renewal.renew(http, kept.token, ctx.store.client_id)
    except SignInNeeded:
        now = kept_token(ctx, server, username)
        if now is not None and now.token != kept.token:
            return now.token  # the window and the terminal both renewed: the other won
        raise
    except SyncError:
        return kept.token
    ctx.secrets().put(token_key_for(ctx, server, username),
                      kept_entry(answer.token, answer.expires_at))
    return answer.token


def signed_in_user(session: Session) -> q.UserRef | None:
    """The server user this workspace holds the records of, once their record is here."""
    user_id = keys.SYNC_USER_ID.get(session)
    return q.user_by_id(session, user_id) if user_id else None


def revoke(http: httpx.Client, token: str) -> None:
    """End `token` on the server if it is there; no matter if not."""
    with contextlib.suppress(httpx.HTTPError):
        http.post("/v1/logout", headers={"Authorization": f"Bearer {token}"})


def remember(ctx: Context, server: str, username: str) -> None:
    """Record where and as whom this workspace syncs (what a window opens with)."""

    def change(session: Session) -> None:
        keys.SERVER_URL.put(session, server)
        keys.SYNC_USER.put(session, username)

    write(ctx, change)


def sign_in(ctx: Context, http: httpx.Client, server: str, username: str, password: str,
            replace: bool = False) -> Done[SignedIn]:
    """Exchange the password for this workspace's token, keep it, and record the server
    and user. Refused (SyncError) when the workspace holds another person's unsent work;
    ReplaceAsked when it holds their records and `replace` was not given."""
    server, username = clean(server, username)
    answer = engine.sign_in(http, username, password, ctx.store.client_id)
    with ctx.store.session() as session:  # another person's unsent work stays theirs
        other = engine.other_holder(session, answer.user.id)
        refusal = engine.held_for_another(session, other)
    if refusal is not None or (other is not None and not replace):
        revoke(http, answer.token)
        if refusal is not None:
            raise SyncError(refusal)
        raise ReplaceAsked(f"This workspace holds the records of {other}. Signing in as "
                           f"“{answer.user.username}” removes them from this laptop (they "
                           "stay on the server) and brings yours.")
    vault = ctx.secrets()
    kept = vault.warning is None
    if kept:
        vault.put(token_key_for(ctx, server, username),
                  kept_entry(answer.token, answer.expires_at))
        shared = take_shared_token(vault, server, username)
        if shared:  # an older version's, which no workspace uses now: end it
            revoke(http, shared)
    remember(ctx, server, username)
    return Done(SignedIn(answer.token, kept))


def sync(ctx: Context, http: httpx.Client, server: str, username: str,
         token: str | None = None, progress: engine.Progress | None = None,
         forgot: Callable[[], None] | None = None, replace: bool = False
         ) -> Done[SyncOutcome]:
    """Push and pull with `token` (default: the kept one, renewed first when it is about
    to expire). SignInNeeded when there is none or the server refuses it (expired,
    revoked, another workspace's): the kept one is forgotten then, and the password is
    needed again."""
    kept = None if token else kept_token(ctx, server, username)
    token = token or (kept.token if kept else None)
    if not token:  # never signed in here, signed out, or no keyring last run
        raise SignInNeeded(ctx.secrets().warning or "Sign in to sync with the server.")
    try:
        if kept is not None:
            token = renewed(ctx, http, server, username, kept)
        report = SyncClient(ctx.store, http, token).sync(progress, forgot, replace)
    except SignInNeeded:
        if stored_token(ctx, server, username) == token:  # not one renewed meanwhile
            ctx.secrets().delete(token_key_for(ctx, server, username))
        raise
    with ctx.store.session() as session:
        outcome = SyncOutcome(report, keys.LAST_SYNC.get(session),
                              pending_count(session), unresolved_count(session),
                              signed_in_user(session))
    # refused and taken records change their marks where they are shown
    news = report.pulled or report.removed or report.refused or report.taken
    return Done(outcome, ALL if news else NOTHING)


def sign_out(ctx: Context, http: httpx.Client | None, server: str | None,
             username: str | None, token: str | None = None) -> Done[None]:
    """Forget the token here and (through `http`, if the server is there) on the server;
    the workspace keeps its data and whose records it holds, so signing in as someone
    else later asks first."""
    with ctx.store.write.begin() as session:
        keys.SYNC_USER.clear(session)
    if server and username:
        key = token_key_for(ctx, server, username)
        held = token or stored_token(ctx, server, username)
        ctx.secrets().delete(key)
        if held and http is not None:
            revoke(http, held)
    return Done(None)


def sync_signing_in(ctx: Context, http: httpx.Client, server: str, username: str,
                    password: Callable[[], str], replace: bool = False,
                    told: Callable[[str], None] = lambda _text: None) -> Done[SyncOutcome]:
    """The terminal's flow: sync with the kept token; when there is none or the server
    refuses it (`told` why), sign in with `password()` and sync. The server and user
    are recorded either way, as the window's sign-in does."""
    server, username = clean(server, username)
    done: Done[SyncOutcome] | None = None
    if stored_token(ctx, server, username):
        try:
            done = sync(ctx, http, server, username, replace=replace)
        except SignInNeeded as exc:  # expired, revoked or another workspace's
            told(str(exc))
    if done is None:
        signed = sign_in(ctx, http, server, username, password(), replace).value
        done = sync(ctx, http, server, username, signed.token, replace=replace)
    remember(ctx, server, username)
    return done
