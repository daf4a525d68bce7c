"""Workspace settings by their stored name, untyped: kept only for the callers not yet
switched to the typed declarations in `crmdesk.store.workspace_keys` (crmdesk.ui and
crmdesk.cli). Everything else reads and writes a key through its declaration."""

from __future__ import annotations

from sqlalchemy import Delete
from sqlalchemy.orm import Session

from crmdesk.store import workspace_keys as keys

#: Stored names of keys crmdesk.ui still reads by name (`keys.CURRENT_USER` is the key).
CURRENT_USER = keys.CURRENT_USER.name


def get(session: Session, key: str, default: str | None = None) -> str | None:
    text = keys.read_text(session, key)
    return default if text is None else text


def put(session: Session, key: str, value: str) -> None:
    keys.write_text(session, key, value)


def delete_stmt(key: str) -> Delete:
    """Statement removing a setting (no error when it is not there)."""
    return keys.delete_stmt(key)
