"""Requests to the sync server: a refusal or a lost connection becomes a `SyncError`
saying why, and a busy server (503) is asked again after a jittered pause; and signing
in, which turns a password into a token."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from crmdesk.domain.words import Worded, tr_noop
from crmdesk.json_values import worded
from crmdesk.protocol import PROTOCOL_VERSION, LoginRequest, LoginResponse
from crmdesk.sync.errors import ResyncNeeded, SignInNeeded, SyncError, TooLarge


@dataclass(frozen=True, slots=True)
class Backoff:
    """How a request the server turned away as busy (503) is asked again: at most `tries`
    times in all, each pause at least the server's Retry-After and the doubling `first`,
    at most `longest`, plus up to as much again at random, so laptops turned away
    together do not come back together."""

    tries: int = 4
    first: float = 0.5
    longest: float = 8.0
    sleep: Callable[[float], None] = time.sleep
    jitter: Callable[[float, float], float] = random.uniform

    def pause(self, attempt: int, retry_after: float) -> float:
        """The pause before asking again after the `attempt`-th (from 0) busy answer."""
        floor = min(self.longest, max(retry_after, self.first * 2.0 ** attempt))
        return floor + self.jitter(0.0, floor)


#: What `call` does unless told otherwise.
BACKOFF = Backoff()


def use_backoff(backoff: Backoff) -> Backoff:
    """Ride busy answers out as `backoff` says from now on (a test passes a quicker one);
    returns the one it replaces."""
    global BACKOFF
    previous, BACKOFF = BACKOFF, backoff
    return previous


def _retry_after(response: httpx.Response) -> float:
    """The server's Retry-After in seconds (a date or nonsense counts as none)."""
    try:
        return max(0.0, float(response.headers.get("retry-after", "0")))
    except ValueError:
        return 0.0


def call(http: httpx.Client, method: str, url: str, *, backoff: Backoff | None = None,
         **kwargs: Any) -> httpx.Response:
    """Send one request; the server's refusal raises the `SyncError` that names it. A
    busy answer (503) is ridden out by `backoff` (every request here may be sent again:
    a push is applied once however often it arrives), then raises `SyncError`."""
    plan = backoff or BACKOFF
    busy = 0
    while True:
        try:
            response = http.request(method, url, **kwargs)
        except httpx.HTTPError as exc:
            raise SyncError(Worded(tr_noop(
                "The server could not be reached ({0}); your changes are kept and will be "
                "sent next time."), exc.__class__.__name__)) from None
        if response.status_code != 503:
            break
        busy += 1
        if busy >= plan.tries:
            raise SyncError(Worded(tr_noop(
                "The server is too busy to answer now; your changes are kept and will be "
                "sent next time.")))
        plan.sleep(plan.pause(busy - 1, _retry_after(response)))
    if response.status_code >= 400:
        detail = said_by(response)
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
                        Worded(tr_noop("The server refused: {0}"), detail))
    return response


def said_by(response: httpx.Response) -> str:
    """What an error answer says (its detail): a Worded when the server sent the
    template and figures (crmdesk.protocol.Problem.words), so the window words it."""
    try:
        body = response.json()
    except ValueError:
        return response.text[:200]
    if not isinstance(body, dict):
        return response.text[:200]
    detail = body.get("detail", response.text)
    if not isinstance(detail, str):
        return str(detail)
    return worded(detail, body.get("words"))


def sign_in(http: httpx.Client, username: str, password: str, client_id: str) -> LoginResponse:
    """Exchange a password for a token (the caller keeps it in the keyring only)."""
    body = LoginRequest(username=username, password=password, client_id=client_id,
                        protocol=PROTOCOL_VERSION)
    response = call(http, "POST", "/v1/login", json=body.model_dump(mode="json"))
    return LoginResponse.model_validate(response.json())
