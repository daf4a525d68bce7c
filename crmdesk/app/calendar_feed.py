"""The commands behind "Calendar feed address": show the private address a calendar
app subscribes to (the server serves it, crmdesk.server.feed), get a new one (the old
stops working), or turn it off. The window, `crmdesk feed` and the tests share them.

The address holds a secret, so it is kept as tokens are: in the secret store (the OS
keyring), never in the workspace, the settings or a log. The server keeps only its
hash and cannot show it again: a laptop that has none kept gets a new one.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpx

from crmdesk.app import syncing
from crmdesk.app.changes import Done
from crmdesk.app.context import Context
from crmdesk.secrets import feed_key
from crmdesk.sync import feed_client
from crmdesk.sync.engine import SignInNeeded

#: How long a feed request may take.
TIMEOUT = httpx.Timeout(30.0, connect=5.0)
NOT_SIGNED_IN = ("Sign in to your team's server first (Sync ▸ Sign in): the calendar "
                 "feed is served there.")


@dataclass(frozen=True, slots=True)
class FeedAddress:
    """The user's feed address as this laptop has it (None: none kept here), and
    whether it is kept (False: no keyring, so it is shown this once)."""

    url: str | None
    kept: bool = True


def _where(ctx: Context) -> tuple[str, str]:
    here = syncing.where(ctx)
    if not here.server or not here.username:
        raise SignInNeeded(NOT_SIGNED_IN)
    return here.server, here.username


def feed_url(server: str, path: str) -> str:
    return server.rstrip("/") + path


def shown_feed(ctx: Context) -> FeedAddress:
    """The address kept on this laptop for the workspace's server and user (url None:
    none yet). SignInNeeded when the workspace syncs with no server."""
    server, username = _where(ctx)
    return FeedAddress(ctx.secrets().get(feed_key(server, username)))


@contextmanager
def _signed(ctx: Context, http: httpx.Client | None
            ) -> Iterator[tuple[httpx.Client, str, str, str]]:
    """(client, server, user, sign-in token) of the workspace; the client is `http`
    or one made for the server."""
    server, username = _where(ctx)
    kept = syncing.kept_token(ctx, server, username)
    if kept is None:
        raise SignInNeeded(ctx.secrets().warning or NOT_SIGNED_IN)
    if http is not None:
        yield http, server, username, syncing.renewed(ctx, http, server, username, kept)
        return
    with httpx.Client(base_url=server, timeout=TIMEOUT) as made:
        yield made, server, username, syncing.renewed(ctx, made, server, username, kept)


def new_feed(ctx: Context, http: httpx.Client | None = None) -> Done[FeedAddress]:
    """A new feed address from the server, kept in the secret store: calendars
    subscribed to the old one stop updating. SignInNeeded or SyncError."""
    with _signed(ctx, http) as (client, server, username, token):
        answer = feed_client.new_feed(client, token)
    url = feed_url(server, answer.path)
    vault = ctx.secrets()
    kept = vault.warning is None
    if kept:
        vault.put(feed_key(server, username), url)
    return Done(FeedAddress(url, kept))


def end_feed(ctx: Context, http: httpx.Client | None = None) -> Done[None]:
    """Turn the feed off on the server and forget its address here."""
    with _signed(ctx, http) as (client, server, username, token):
        feed_client.end_feed(client, token)
    ctx.secrets().delete(feed_key(server, username))
    return Done(None)
