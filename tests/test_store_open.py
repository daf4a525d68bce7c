"""Opening workspaces: pragmas, refusing bad paths, upgrading older files, refusing newer."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import MetaData, select

from crmdesk.domain.dedupe import company_key
from crmdesk.store.db import (
    FIRST_SYNC_WRITE,
    NoFolder,
    WorkspaceError,
    alembic_config,
    make_engine,
    open_store,
)
from crmdesk.store.models import Account
from crmdesk.store.queries import search


def test_missing_file_is_refused_not_created(tmp_path: Path) -> None:
    path = tmp_path / "typo.db"
    with pytest.raises(WorkspaceError, match="No workspace at"):
        open_store(path)
    assert not path.exists()


def test_folder_and_foreign_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="is a folder"):
        open_store(tmp_path)
    junk = tmp_path / "notes.txt"
    junk.write_text("this is not a database\n" * 100)
    with pytest.raises(WorkspaceError, match="not a crmdesk workspace"):
        open_store(junk)
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(WorkspaceError, match="not a crmdesk workspace"):
        open_store(other)


def test_new_workspace_has_wal_and_foreign_keys(empty: object) -> None:
    from crmdesk.store.db import Store

    assert isinstance(empty, Store)
    with empty.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_a_bulk_write_transaction_alone_runs_unchecked_and_unsynced(tmp_path: Path) -> None:
    store = open_store(tmp_path / "bulk.db", create=True)
    settings = "SELECT * FROM pragma_foreign_keys, pragma_synchronous"
    seen = []
    for options, expected in (({}, (1, 2)),  # checked, FULL
                              ({FIRST_SYNC_WRITE: True}, (0, 1)),  # unchecked, NORMAL
                              ({}, (1, 2))):  # back for the next transaction
        with store.engine.connect() as conn, conn.execution_options(**options).begin():
            assert conn.exec_driver_sql(settings).one() == expected
            seen.append(conn.connection.dbapi_connection)
    assert seen[0] is seen[1] is seen[2]  # the same connection, in turn
    store.close()


def test_newer_workspace_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    open_store(path, create=True).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match="newer version of crmdesk"):
        open_store(path)
    assert path.read_bytes() == before


def test_older_workspace_is_backed_up_and_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    # Make a workspace as the first schema revision left it, with data in it.
    engine = make_engine(path)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    # rows written as that revision's tables hold them (today's models have more columns)
    with engine.begin() as conn:
        tables = MetaData()
        tables.reflect(conn, only=["teams", "accounts"])
        team_id, now = uuid.uuid4().hex, datetime(2026, 1, 5, 9)
        conn.execute(tables.tables["teams"].insert().values(
            id=team_id, name="North", updated_at=now, deleted=False))
        conn.execute(tables.tables["accounts"].insert().values(
            id=uuid.uuid4().hex, name="Legacy Widgets Ltd.",
            name_key=company_key("Legacy Widgets Ltd."), custom_fields="{}", status="lead",
            value_score=0, owner_id=None, team_id=team_id, updated_at=now, deleted=False))
    engine.dispose()

    store = open_store(path)
    try:
        from crmdesk.store.db import SCHEMA_HEAD

        backup = tmp_path / f"old.db.before-{SCHEMA_HEAD}.bak"
        assert backup.exists()
        with sqlite3.connect(backup) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        with store.session() as session:
            # the upgrade built the search index over the rows that were already there
            assert [h.title for h in search(session, "legacy")] == ["Legacy Widgets Ltd."]
            assert session.scalar(select(Account.name)) == "Legacy Widgets Ltd."
    finally:
        store.close()


def _schema_and_rows(path: Path) -> tuple[set[tuple[str, str, str]], dict[str, list[Any]]]:
    """Each table, index, trigger and view (its SQL's lines in order: a table that
    Alembic rebuilt lists its constraints in an order of its own), and every row but the
    workspace's own settings."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        schema = {(kind, name, "\n".join(sorted(line.strip(" \t,")
                                                for line in (sql or "").splitlines())))
                  for kind, name, sql in conn.execute(
                      "SELECT type, name, sql FROM sqlite_master")}
        tables = [name for kind, name, _sql in schema if kind == "table"
                  and name != "workspace_settings" and not name.startswith("sqlite_")]
        return schema, {name: sorted(map(repr, conn.execute(f'SELECT * FROM "{name}"')))
                        for name in tables}


def test_new_workspaces_are_what_the_migrations_make_each_with_its_own_id(
        tmp_path: Path) -> None:
    """The second new workspace of a process is a copy of the first one's migrated file:
    the same tables, triggers, views and rows as running every migration, its own id."""
    migrated = tmp_path / "migrated.db"
    engine = make_engine(migrated)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    engine.dispose()
    made = [open_store(tmp_path / f"new{i}.db", create=True) for i in range(2)]
    ids = {store.client_id for store in made}
    for store in made:
        store.close()
    assert len(ids) == 2
    for store in made:
        assert _schema_and_rows(store.path) == _schema_and_rows(migrated)
        with contextlib.closing(sqlite3.connect(store.path)) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert conn.execute("SELECT value FROM workspace_settings "
                                "WHERE key = 'client_id'").fetchone() == (store.client_id,)


def test_schema_head_constant_matches_the_migrations() -> None:
    from alembic.script import ScriptDirectory

    from crmdesk.store.db import SCHEMA_HEAD

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == SCHEMA_HEAD


def _other_programs_database(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
        conn.execute("INSERT INTO recipes VALUES ('dumplings')")
        conn.commit()


def _empty_sqlite_database(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA user_version = 7")  # a header, no tables
        conn.commit()


@pytest.mark.parametrize(("make", "message"), [
    (lambda p: p.write_bytes(b""), "is an empty file (0 bytes)"),
    (lambda p: p.write_text("meeting notes\n" * 50), "it is not an SQLite database"),
    (lambda p: p.write_bytes(b"SQLite"), "it is not an SQLite database"),
    (_other_programs_database, "an SQLite database but not a crmdesk workspace"),
    (_empty_sqlite_database, "an SQLite database but not a crmdesk workspace"),
])
@pytest.mark.parametrize("create", [False, True])
def test_a_file_that_is_not_a_workspace_is_refused_and_left_as_it_was(
        tmp_path: Path, make: Callable[[Path], object], message: str, create: bool) -> None:
    path = tmp_path / "given.db"
    make(path)
    os.utime(path, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    before = path.read_bytes(), path.stat().st_mtime_ns, sorted(tmp_path.iterdir())
    with pytest.raises(WorkspaceError) as refused:
        open_store(path, create=create)
    assert str(path) in str(refused.value) and message in str(refused.value)
    assert "left as it was" in str(refused.value)
    assert (path.read_bytes(), path.stat().st_mtime_ns, sorted(tmp_path.iterdir())) == before


def test_a_new_workspace_whose_folder_cannot_be_made_says_why(tmp_path: Path) -> None:
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder")
    with pytest.raises(NoFolder, match=f"{blocker} is a file, not a folder"):
        open_store(blocker / "sub" / "ws.db", create=True)
    assert blocker.read_text() == "not a folder"
