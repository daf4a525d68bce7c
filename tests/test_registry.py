"""The declarations of the kinds of record (crmdesk.store.records) agree with the models,
with both migration trees and with the search index's SQL; a kind without a declaration,
or a declaration naming a column that does not exist, fails here. Lengths the card
checks are the columns' lengths."""

from __future__ import annotations

import dataclasses
import re
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, String, inspect, select

from crmdesk.domain.account_fields import EDITABLE, MAX_LENGTH, check_field
from crmdesk.domain.tags import MAX_TAG_NAME
from crmdesk.server.db import connect, migrate
from crmdesk.server.schema import ServerBase
from crmdesk.store.db import Store, open_store
from crmdesk.store.journal import pending_count
from crmdesk.store.models import (
    LAPTOP_COLUMNS,
    LAPTOP_TABLES,
    Account,
    Base,
    Tag,
    in_server_schema,
    in_workspace_schema,
    local_tables,
    synced_models,
)
from crmdesk.store.records import (
    ACCOUNTS,
    RECORDS,
    Access,
    Merge,
    Parent,
    RecordKind,
    SearchDoc,
    account_columns,
    with_access,
)
from crmdesk.store.writes import update_account_field
from tests.server_fixtures import database_url
from tests.test_migration_drift import drift
from tests.test_server_sync import Client, _people
from tests.test_sync import Server


def _named_columns(kind: RecordKind) -> dict[str, tuple[str, ...]]:
    """Every column a declaration names, by what it names it for."""
    return {
        "parent": (kind.parent.column,) if kind.parent else (),
        "merge key": kind.merge_key,
        "search": kind.search.fields if kind.search else (),
        "feeds search": kind.feeds_search or (),
        "field label": tuple(kind.fields),
        "matching key": (*kind.keys, *kind.keys.values()),
        "rule": tuple(kind.by_rule),
    }


def disagreements(models: Mapping[str, type[Any]], declared: Mapping[str, RecordKind]
                  ) -> list[str]:
    """What is wrong between the synced models and the declarations, in words."""
    found = [f"{name}: a synced model with no declaration"
             for name in sorted(models.keys() - declared.keys())]
    found += [f"{name}: declared, but no synced model"
              for name in sorted(declared.keys() - models.keys())]
    for name, kind in declared.items():
        if name not in models:
            continue
        if kind.table != name or kind.model is not models[name]:
            found.append(f"{name}: declared under another table's name")
        columns = kind.model.__table__.columns
        for purpose, named in _named_columns(kind).items():
            found += [f"{name}: its {purpose} names no column “{c}”"
                      for c in named if c not in columns]
        if kind.access is Access.SCOPED and not {"owner_id", "team_id"} <= set(columns.keys()):
            found.append(f"{name}: scoped, but has no owner and team")
        parent = kind.parent
        if parent is not None:
            if kind.access is not Access.SCOPED:
                found.append(f"{name}: a company's rows are scoped by its owner and team")
            if parent.kind not in declared:
                found.append(f"{name}: its parent {parent.kind} is not declared")
            elif parent.column in columns and not any(
                    key.column.table.name == parent.kind
                    for key in columns[parent.column].foreign_keys):
                found.append(f"{name}: {parent.column} does not refer to {parent.kind}")
        names_company = bool(account_columns(kind))
        if names_company and kind.merge not in (Merge.MOVE, Merge.DEDUPE):
            found.append(f"{name}: names a company, so a merge must move it")
        if kind.merge is Merge.FOLLOWS and (parent is None or parent.kind == ACCOUNTS):
            found.append(f"{name}: follows a record, but hangs on none but the company")
        if kind.merge is Merge.DEDUPE and (not kind.merge_key or parent is None):
            found.append(f"{name}: deduplicated, but with no key or no company")
        if kind.merge is Merge.NONE and parent is not None:
            found.append(f"{name}: a company's rows cannot be left behind by a merge")
        if kind.search is not None and parent is not None and parent.kind != ACCOUNTS:
            found.append(f"{name}: a search document names its company directly")
    return found


def test_every_synced_model_is_declared_and_every_declaration_is_right() -> None:
    assert disagreements(synced_models(), RECORDS) == []


def test_a_missing_declaration_or_a_misspelt_column_is_caught() -> None:
    without = {name: kind for name, kind in RECORDS.items() if name != "payments"}
    assert disagreements(synced_models(), without) == [
        "payments: a synced model with no declaration"]
    misspelt = dict(RECORDS)
    misspelt["contacts"] = dataclasses.replace(RECORDS["contacts"],
                                               parent=Parent("acount_id"))
    misspelt["accounts"] = dataclasses.replace(RECORDS["accounts"], search=SearchDoc(
        "account", "search_accounts", ("name", "phone_164")))
    misspelt["tags"] = dataclasses.replace(RECORDS["tags"], merge=Merge.FOLLOWS)
    assert disagreements(synced_models(), misspelt) == [
        "accounts: its search names no column “phone_164”",
        "contacts: its parent names no column “acount_id”",
        "tags: follows a record, but hangs on none but the company",
    ]


def _tables(engine: Engine) -> dict[str, set[str]]:
    found = inspect(engine)
    return {table: {c["name"] for c in found.get_columns(table)}
            for table in found.get_table_names()}


def test_the_declarations_agree_with_both_migration_trees(tmp_path: Path) -> None:
    """The tables both trees make beyond each side's own are exactly the declared kinds,
    with their models' columns (and the models match the trees, by the drift check); the
    laptop's beside them the facts it keeps for the review, and none other."""
    declared = {name: set(kind.model.__table__.columns.keys())
                for name, kind in RECORDS.items()}
    store = open_store(tmp_path / "new.db", create=True)
    try:
        assert drift(store.engine, Base.metadata, in_workspace_schema) == []
        tables = _tables(store.engine)
    finally:
        store.close()
    # the laptop's own facts the review keeps (LAPTOP_COLUMNS, LAPTOP_TABLES) aside
    synced = {t: cols - LAPTOP_COLUMNS.get(t, frozenset()) for t, cols in tables.items()
              if t not in local_tables() | LAPTOP_TABLES
              and t != "alembic_version" and not t.startswith("search_")}
    assert synced == declared
    assert all(cols <= tables[t] for t, cols in LAPTOP_COLUMNS.items())
    with database_url("sqlite", tmp_path) as url:
        db = connect(url)
        try:
            migrate(db)
            assert drift(db.engine, [Base.metadata, ServerBase.metadata],
                         in_server_schema) == []
            tables = _tables(db.engine)
        finally:
            db.close()
    own = set(ServerBase.metadata.tables) | {"alembic_version"}
    assert {t: cols for t, cols in tables.items() if t not in own} == declared


_UPDATE_OF = re.compile(r"AFTER UPDATE (?:OF (?P<cols>[\w\s,]+?) )?ON (?P<table>\w+)", re.I)


def test_the_search_sql_indexes_what_the_declarations_say(empty: Store) -> None:
    """Migration 0002's views and triggers keep the documents the declarations name, and
    re-index them when exactly the declared fields change."""
    with empty.engine.connect() as conn:
        schema = conn.exec_driver_sql(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name LIKE 'search_%'"
        ).all()
    views = {name for type_, name, _table, _sql in schema if type_ == "view"}
    triggers = [(table, sql) for type_, _name, table, sql in schema if type_ == "trigger"]
    indexed = {name: kind for name, kind in RECORDS.items()
               if kind.search is not None or kind.feeds_search is not None}
    assert {table for table, _sql in triggers} == set(indexed)
    assert views == {kind.search.view for kind in RECORDS.values() if kind.search}
    for table, sql in triggers:
        match = _UPDATE_OF.search(sql)
        if match is None:
            continue  # an insert or delete trigger
        kind = indexed[table]
        if kind.search is not None:
            wanted = {*kind.search.fields, "deleted",
                      *([kind.parent.column] if kind.parent else [])}
        else:
            assert kind.feeds_search is not None
            wanted = {*kind.feeds_search, "deleted"} if kind.feeds_search else set()
        said = match["cols"]
        assert (set() if said is None else {c.strip() for c in said.split(",")}) == wanted


# ---- lengths: what the card accepts fits the column ---------------------------------


def test_the_cards_limits_are_the_columns_lengths() -> None:
    columns = Account.__table__.columns
    for field in EDITABLE:
        column_type = columns[field].type
        assert isinstance(column_type, String) and column_type.length == MAX_LENGTH[field]
    tag_name = Tag.__table__.columns["name"].type
    assert isinstance(tag_name, String) and tag_name.length == MAX_TAG_NAME


def test_an_overlong_region_is_refused_at_entry(empty: Store) -> None:
    """The card took 400 characters where the column (and so the server) holds 120."""
    assert check_field("region", "R" * 120, "CN").problem is None
    assert check_field("region", "R" * 121, "CN").problem == (
        "Region is at most 120 characters; this one has 121.")
    assert check_field("industry", "Software" * 11, "CN").problem == (
        "Industry is at most 80 characters; this one has 88.")
    with empty.write.begin() as s:
        account = Account(id=uuid.uuid4(), name="Long Road Ltd", name_key="long road")
        s.add(account)
    before = _pending(empty)
    with empty.write.begin() as s:
        checked = update_account_field(s, account.id, "region", "Zhejiang " * 20)
    assert checked.problem == "Region is at most 120 characters; this one has 179."
    with empty.session() as s:
        assert s.scalar(select(Account.region).where(Account.id == account.id)) is None
    assert _pending(empty) == before


def _pending(store: Store) -> int:
    with store.session() as session:
        return pending_count(session)


@pytest.mark.parametrize("entity", sorted(RECORDS))
def test_every_kind_has_words_for_people(entity: str) -> None:
    kind = RECORDS[entity]
    assert kind.label and kind.plural and kind.label != entity and kind.plural != entity


# ---- the server answers each kind as declared ---------------------------------------


def test_the_server_answers_pushes_as_each_kind_is_declared(server: Server) -> None:
    """Administrator-only kinds are refused to every push (an admin's too), a shared
    list is changed by an admin only, a list anyone adds to takes a rep's new row
    without owner or team."""
    http, db, _url = server
    ids = _people(server)
    amy, root = Client(http, ids["amy_auth"], "amy"), Client(http, ids["root_auth"], "root")
    with db.session() as session:
        existing = {name: session.scalar(select(RECORDS[name].model.id).limit(1))
                    for name in with_access(Access.ADMIN)}
    for name, row_id in existing.items():
        assert row_id is not None, name
        for client in (amy, root):
            [answer] = client.push(client.op(name, row_id, deleted=True)).json()["results"]
            assert answer["status"] == "refused", (name, client.name)
            assert "cannot be changed by sync" in answer["reason"]
    channel = uuid.uuid4()
    made = root.push(root.op("channels", channel, name="Fair 2027", kind="event"))
    assert made.json()["results"][0]["status"] == "applied"
    [answer] = amy.push(amy.op("channels", channel, name="Mine now")).json()["results"]
    assert answer["status"] == "refused" and "Only an administrator" in answer["reason"]
    batch = uuid.uuid4()
    [answer] = amy.push(amy.op("lead_batches", batch, channel_id=channel.hex,
                               received_on="2026-11-30", owner_id=ids["amy"].hex,
                               team_id=ids["East"].hex)).json()["results"]
    assert answer["status"] == "applied", answer
    with db.session() as session:
        made_batch = session.get(RECORDS["lead_batches"].model, batch)
        assert made_batch is not None and made_batch.channel_id == channel
        assert (made_batch.owner_id, made_batch.team_id) == (None, None)
        assert session.get(RECORDS["channels"].model, channel).name == "Fair 2027"
