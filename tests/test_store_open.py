"""Opening workspaces: pragmas, refusing bad paths, upgrading older files, refusing newer."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select

from crmdesk.store.db import BULK_WRITE, WorkspaceError, alembic_config, make_engine, open_store
from crmdesk.store.models import Account, Team
from crmdesk.store.queries import search
from crmdesk.store.writes import new_account


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
                              ({BULK_WRITE: True}, (0, 1)),  # unchecked, NORMAL
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
    from sqlalchemy.orm import Session

    with Session(engine) as session, session.begin():
        team = Team(name="North")
        session.add(team)
        session.flush()
        new_account(session, name="Legacy Widgets Ltd.", owner_id=None, team_id=team.id)
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


def test_schema_head_constant_matches_the_migrations() -> None:
    from alembic.script import ScriptDirectory

    from crmdesk.store.db import SCHEMA_HEAD

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == SCHEMA_HEAD


def test_the_models_match_what_the_migrations_build(tmp_path: Path) -> None:
    """A workspace made by the migrations has every table and column the models declare
    (the search tables are made by hand in 0002, the models do not know them)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from crmdesk.store.models import Base

    def by_hand(_obj: object, name: str | None, type_: str, reflected: bool,
                _compare: object) -> bool:
        return not (type_ == "table" and reflected and name is not None
                    and name.startswith("search_"))

    store = open_store(tmp_path / "fresh.db", create=True)
    try:
        with store.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"include_object": by_hand})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        store.close()
