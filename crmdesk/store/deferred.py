"""Indexes and search taken down while many rows arrive, and built once afterwards.

Keeping every secondary index and the search index up to date row by row costs more
than writing the rows; building each once over all the rows is several times cheaper.
The definitions taken down are kept in the workspace itself, in the same transaction
that drops them, so a process killed in between leaves a workspace that says what it
lacks, and the next open (`restore`) builds it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable, Iterator

from crmdesk.store import flow
from crmdesk.store.models import synced_models
from crmdesk.store.records import search_documents
from crmdesk.store.review import kept_facts
from crmdesk.store.workspace_keys import DEFERRED, SUGGESTIONS_VERSION, bump_raw_sql

#: What the search index holds, by document kind: the view (from migration 0002) that
#: defines each document's title and body, for the triggers and the rebuild alike, as
#: each kind of record declares it.
SEARCH_SOURCES: tuple[tuple[str, str], ...] = tuple(
    (searched.doc_kind, searched.view) for searched in search_documents())


def _mend_docs() -> Iterator[str]:
    """Documents for rows that arrived while the triggers were down (a local edit during
    a first sync), numbered after the others; and none for rows that are gone."""
    for searched in search_documents():
        account = searched.company_column or "id"
        yield (f"INSERT INTO search_doc (kind, ref_id, account_id) SELECT "
               f"'{searched.doc_kind}', id, {account} FROM {searched.table} WHERE true "
               "ON CONFLICT (ref_id) DO UPDATE SET account_id = excluded.account_id "
               "WHERE account_id IS NOT excluded.account_id")
    for searched in search_documents():
        yield (f"DELETE FROM search_doc WHERE kind = '{searched.doc_kind}' "
               f"AND ref_id NOT IN (SELECT id FROM {searched.table})")


_MEND_DOCS = tuple(_mend_docs())

#: The columns of models.AccountRollup, as its view (migration 0020_review_value) names
#: them.
ROLLUP_COLUMNS = "account_id, purchases, two_way, open_pipeline, key_person"
#: ... and its referrals, from a view of their own (migration 0029_loyalty), once the
#: rows are in; and the counter the suggestions' counts are kept against, moved on
#: (what customers bought changed while its triggers were down).
ROLLUP_AFTER = (
    "UPDATE account_rollup SET referrals = s.referrals FROM account_referrals AS s "
    "WHERE s.account_id = account_rollup.account_id",
    bump_raw_sql(SUGGESTIONS_VERSION))


def index_from_view(view: str, where: str = "") -> str:
    """The statement that indexes `view`'s documents (those matching `where`, a condition
    on the view's columns as `s`) under their search_doc ids."""
    return ("INSERT INTO search_fts (rowid, title, body) SELECT d.doc_id, s.title, s.body "
            f"FROM {view} AS s JOIN search_doc AS d ON d.ref_id = s.ref_id"
            + (f" WHERE {where}" if where else ""))


#: The name prefixes of the triggers keeping what is derived from the rows: the search
#: index, the review's facts (crmdesk.store.flow and crmdesk.store.review.kept_facts)
#: and each account's rollup (models.AccountRollup).
KEPT_TRIGGERS = ("search_", flow.TRIGGER_PREFIX, "rollup_", "review_facts_")


def drop_triggers(conn: sqlite3.Connection, prefixes: tuple[str, ...] = KEPT_TRIGGERS, *,
                  tables: Collection[str] | None = None, inserts_only: bool = False
                  ) -> list[tuple[str, str]]:
    """Drop the triggers named with one of `prefixes` (of `tables` alone, and only those
    run after an insert, if asked) inside the caller's transaction; returns their names
    and definitions, for `create_triggers`."""
    found = [(name, sql) for name, table, sql in conn.execute(
        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'")
        if name.startswith(prefixes) and (tables is None or table in tables)
        and (not inserts_only or "AFTER INSERT" in sql)]
    for name, _sql in found:
        conn.execute(f"DROP TRIGGER {name}")
    return found


def create_triggers(conn: sqlite3.Connection, definitions: Iterable[str]) -> None:
    for create in definitions:
        conn.execute(create)


def is_deferred(conn: sqlite3.Connection) -> bool:
    return DEFERRED.is_set_raw(conn)


def defer(conn: sqlite3.Connection) -> None:
    """Take down the synced tables' secondary indexes and the triggers keeping the search
    index and the review's facts and rollup, inside the caller's transaction, unless they
    are down already. Unique indexes stay: they keep refusing what they refuse. Until
    `restore`, the search index and the review's facts are not kept."""
    if is_deferred(conn):
        return
    tables = sorted(synced_models())
    marks = ", ".join("?" for _ in tables)
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix_%' "
        f"AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN ({marks})", tables).fetchall()
    for name, _ in indexes:
        conn.execute(f"DROP INDEX {name}")
    triggers = [sql for _name, sql in drop_triggers(conn)]
    DEFERRED.put_raw(conn, {"indexes": [sql for _, sql in indexes], "triggers": triggers})


def restore(conn: sqlite3.Connection) -> bool:
    """Build what `defer` took down, inside the caller's transaction: the indexes, the
    whole search index from its views, every kept fact and account's rollup from theirs,
    the triggers. Returns whether anything was down."""
    taken = DEFERRED.get_raw(conn)
    if taken is None:
        return False
    for create in taken["indexes"]:
        conn.execute(create)
    flow.refresh_all(conn)  # after the indexes: the views look payments up by contract
    for statement in _MEND_DOCS:
        conn.execute(statement)
    conn.execute("DELETE FROM search_fts")
    for _, view in SEARCH_SOURCES:
        conn.execute(index_from_view(view))
    conn.execute("INSERT INTO search_fts (search_fts) VALUES ('optimize')")
    kept_facts.refill(conn)
    conn.execute("DELETE FROM account_rollup")
    conn.execute(f"INSERT INTO account_rollup ({ROLLUP_COLUMNS}) SELECT {ROLLUP_COLUMNS} "
                 "FROM account_rollup_source")
    for statement in ROLLUP_AFTER:
        conn.execute(statement)
    create_triggers(conn, taken["triggers"])
    DEFERRED.clear_raw(conn)
    return True
