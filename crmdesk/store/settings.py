"""Local workspace facts (never synced): who is signed in, the default phone region."""

from __future__ import annotations

from sqlalchemy import Delete, delete
from sqlalchemy.orm import Session

from crmdesk.store.models import WorkspaceSetting

CURRENT_USER = "current_user_id"
DEFAULT_REGION = "default_phone_region"


def get(session: Session, key: str, default: str | None = None) -> str | None:
    row = session.get(WorkspaceSetting, key)
    return default if row is None else row.value


def put(session: Session, key: str, value: str) -> None:
    session.merge(WorkspaceSetting(key=key, value=value))


def delete_stmt(key: str) -> Delete:
    """Statement removing a setting (no error when it is not there)."""
    return delete(WorkspaceSetting).where(WorkspaceSetting.key == key)
