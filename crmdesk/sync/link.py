"""One workspace's link to the sync server: what every part of a sync (push, pull,
whose workspace) works with."""

from __future__ import annotations

from typing import Any

import httpx

from crmdesk.protocol import MAX_CHANGES
from crmdesk.store.db import Store
from crmdesk.store.models import synced_models
from crmdesk.sync.kinds import Schema, known_schema


class Link:
    """The workspace, the HTTP client and the token it syncs with, and what it asks the
    server for."""

    def __init__(self, store: Store, http: httpx.Client, token: str) -> None:
        self.store, self.http = store, http
        self.headers = {"Authorization": f"Bearer {token}"}
        self.models: dict[str, type[Any]] = synced_models()
        self.afresh = False  # this sync's pull reads the whole log again
        #: the kinds of record and columns this laptop knows (what it asks the server for)
        self.schema: Schema = known_schema()
        self.page = MAX_CHANGES  # changes asked for per pull
