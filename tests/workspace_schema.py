"""A workspace file taken to a revision of its schema and back, and its columns, for the
tests of a migration."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from crmdesk.store.db import alembic_config, make_engine


def migrate(path: Path, to: str) -> None:
    """Upgrade the workspace at `path` to the head (`to` "head") or downgrade it to `to`."""
    config = alembic_config()
    engine = make_engine(path)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        (command.upgrade if to == "head" else command.downgrade)(config, to)
    engine.dispose()


def columns(path: Path, table: str) -> list[str]:
    """The columns `table` of the workspace at `path` has."""
    with sqlite3.connect(path) as raw:
        return [row[1] for row in raw.execute(f"PRAGMA table_info({table})")]
