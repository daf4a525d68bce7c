"""Asking the server for the user's calendar feed address, or to end it (the server's
side: crmdesk.server.feed). The answer holds a secret: nothing here logs it."""

from __future__ import annotations

import httpx

from crmdesk.protocol import FeedAnswer
from crmdesk.sync.wire import call


def new_feed(http: httpx.Client, token: str) -> FeedAnswer:
    """A new feed address for the user `token` signs in (the old one stops working).
    Raises SignInNeeded or SyncError."""
    answer = call(http, "POST", "/v1/feed/token", headers={"Authorization": f"Bearer {token}"})
    return FeedAnswer.model_validate(answer.json())


def end_feed(http: httpx.Client, token: str) -> None:
    """Turn the user's feed off. Raises SignInNeeded or SyncError."""
    call(http, "DELETE", "/v1/feed/token", headers={"Authorization": f"Bearer {token}"})
