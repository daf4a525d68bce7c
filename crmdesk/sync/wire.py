"""Requests to the sync server: a refusal or a lost connection becomes a `SyncError`
saying why; and signing in, which turns a password into a token."""

from __future__ import annotations

from typing import Any

import httpx

from crmdesk.protocol import PROTOCOL_VERSION, LoginRequest, LoginResponse
from crmdesk.sync.errors import ResyncNeeded, SignInNeeded, SyncError, TooLarge


def call(http: httpx.Client, method: str, url: str, **kwargs: Any) -> httpx.Response:
    """Send one request; the server's refusal raises the `SyncError` that names it."""
    try:
        response = http.request(method, url, **kwargs)
    except httpx.HTTPError as exc:
        raise SyncError(f"The server could not be reached ({exc.__class__.__name__}); "
                        "your changes are kept and will be sent next time.") from None
    if response.status_code >= 400:
        try:
            detail = response.json().get("detail", response.text)
        except ValueError:
            detail = response.text[:200]
        if response.status_code == 401 and url != "/v1/login":
            raise SignInNeeded(detail)
        if response.status_code == 403 and url == "/v1/push":
            # the token was made for another workspace (one an older version shared
            # between workspaces of this user): this one signs in for itself
            raise SignInNeeded(detail)
        if response.status_code == 413:
            raise TooLarge(detail)
        if response.status_code == 410:
            raise ResyncNeeded(detail)
        raise SyncError(detail if response.status_code == 401 else
                        f"The server refused: {detail}")
    return response


def sign_in(http: httpx.Client, username: str, password: str, client_id: str) -> LoginResponse:
    """Exchange a password for a token (the caller keeps it in the keyring only)."""
    body = LoginRequest(username=username, password=password, client_id=client_id,
                        protocol=PROTOCOL_VERSION)
    response = call(http, "POST", "/v1/login", json=body.model_dump(mode="json"))
    return LoginResponse.model_validate(response.json())
