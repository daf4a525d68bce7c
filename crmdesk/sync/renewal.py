"""Renewing a token before it expires: the server exchanges it for a fresh one of the
same sign-in, without the password (so without argon2's cost), and ends the old one.
A laptop that syncs at least once in a while is never asked for its password again;
one whose token was revoked, expired too long ago, or whose user was disabled is."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx

from crmdesk.protocol import PROTOCOL_VERSION, LoginResponse, RenewRequest
from crmdesk.sync.wire import call

#: A token expiring within this is renewed at the next sync (tokens last 30 days).
RENEW_BEFORE = timedelta(days=7)


def due(expires_at: datetime | None, now: datetime | None = None) -> bool:
    """Whether a token expiring at `expires_at` (naive UTC) is renewed now: it expires
    within RENEW_BEFORE or has expired, or its expiry is not known (kept by an older
    version: one renewal notes it)."""
    if expires_at is None:
        return True
    moment = now or datetime.now(UTC).replace(tzinfo=None)
    return expires_at - moment <= RENEW_BEFORE


def renew(http: httpx.Client, token: str, client_id: str) -> LoginResponse:
    """Exchange `token` for a fresh one (the caller keeps it in the keyring only, in
    place of the old one, which the server has ended). SignInNeeded when the server
    wants the password again; SyncError when it could not answer."""
    body = RenewRequest(client_id=client_id, protocol=PROTOCOL_VERSION)
    response = call(http, "POST", "/v1/renew", json=body.model_dump(mode="json"),
                    headers={"Authorization": f"Bearer {token}"})
    return LoginResponse.model_validate(response.json())
