"""A first sync's bulk path against the row-by-row path: the same pulled changes, from a
real server holding the demo workspace, must leave identical tables and search index."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from crmdesk.domain.pool import SUGGESTED_RETURNS
from crmdesk.json_values import SERVER_FIELDS, BadOp, coerce
from crmdesk.protocol import Change, PullResponse
from crmdesk.server.db import connect, migrate
from crmdesk.server.demo import DEMO_PASSWORD, load_demo
from crmdesk.store import deferred, derived, pool_queries
from crmdesk.store import queries as q
from crmdesk.store import workspace_keys as keys
from crmdesk.store.db import Store, open_store, raw_connection
from crmdesk.store.journal import QUIET
from crmdesk.store.models import (
    Account,
    Base,
    Contact,
    DealMember,
    Opportunity,
    Tag,
    User,
    synced_models,
)
from crmdesk.sync import rows
from crmdesk.sync.engine import SyncClient, SyncReport, sign_in
from crmdesk.sync.first_sync_writer import (
    apply_first_batch,
    orphans,
    prepare_first_batch,
    unresolved,
)
from crmdesk.sync.kinds import known_schema
from crmdesk.sync.pulled_values import column_converter, converter
from tests.conftest import TODAY
from tests.server_fixtures import database_url, running_server
from tests.sync_harness import BACKENDS
from tests.test_review_value import rollup_differences

DEMO_ACCOUNTS = 300
BATCH = 1000  # small pages, so the demo arrives in several batches
#: The kinds this version knows, as a laptop names them in each pull (a pull naming
#: none gets the kinds of the version before kinds were named, without deals' newer ones)
KINDS = ",".join(sorted(known_schema()))


@pytest.fixture(scope="module", params=BACKENDS)  # the server is incidental here
def demo(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
         ) -> Iterator[str]:
    """A server holding the demo workspace, on PostgreSQL and on SQLite: its base URL."""
    tmp = tmp_path_factory.mktemp("demo")
    with database_url(request.param, tmp) as url:
        db = connect(url)
        migrate(db)
        counts = load_demo(db, DEMO_ACCOUNTS, seed=3, today=TODAY)
        db.close()
        assert counts["accounts"] == DEMO_ACCOUNTS
        assert counts["server_changes"] == sum(v for k, v in counts.items()
                                               if k != "server_changes")
        with running_server(url) as (base, _db):
            yield base


def _token(http: httpx.Client, store: Store, username: str = "admin") -> str:
    return sign_in(http, username, DEMO_PASSWORD, store.client_id).token


def _pull_all(base: str, username: str = "admin") -> list[list[Change]]:
    """Every batch the server gives `username` from the start, BATCH changes a page."""
    batches: list[list[Change]] = []
    with httpx.Client(base_url=base, timeout=60) as http:
        token = sign_in(http, username, DEMO_PASSWORD, f"probe-{username}").token
        cursor, more = 0, True
        while more:
            answer = PullResponse.model_validate(http.get(
                "/v1/changes", params={"cursor": cursor, "limit": BATCH, "kinds": KINDS},
                headers={"Authorization": f"Bearer {token}"}).json())
            batches.append(answer.changes)
            cursor, more = answer.cursor, answer.more
    return batches


def _row_by_row(store: Store, batches: list[list[Change]]) -> None:
    models = synced_models()
    for batch in batches:
        with store.write.begin() as session:
            session.info[QUIET] = True
            session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            for change in batch:
                if change.row is None:
                    rows.remove(session, models, change.entity, change.row_id, {})
                else:
                    rows.upsert(session, models, change.entity, change.row_id, change.row,
                                set())


def _bulk(store: Store, batches: list[list[Change]]) -> int:
    written = 0
    for batch in batches:
        with store.write.begin() as session:
            session.info[QUIET] = True
            session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            written += apply_first_batch(session, batch)
    with store.write.begin() as session:  # as a sync does with its last batch
        assert deferred.restore(raw_connection(session))
    return written


def _contents(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every synced table, the search documents, the indexed text and the accounts'
    rollup, as stored."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with store.engine.connect() as conn:
        for table in synced_models():
            out[table] = [tuple(r) for r in conn.exec_driver_sql(
                f"SELECT * FROM {table} ORDER BY id")]
        out["search_doc"] = [tuple(r) for r in conn.exec_driver_sql(
            "SELECT doc_id, kind, ref_id, account_id FROM search_doc ORDER BY doc_id")]
        out["search_fts"] = [tuple(r) for r in conn.exec_driver_sql(
            "SELECT rowid, title, body FROM search_fts ORDER BY rowid")]
        out["account_rollup"] = [tuple(r) for r in conn.exec_driver_sql(
            "SELECT * FROM account_rollup ORDER BY account_id")]
    return out


def _terms(store: Store, every_script: bool) -> list[str]:
    """What people type: English, Chinese and Hebrew company and person names, as typed
    letter by letter, and phone endings."""
    with store.session() as session:
        names = list(session.scalars(select(Account.name).order_by(Account.id)))
        people = session.execute(select(Contact.name, Contact.mobile)
                                 .order_by(Contact.id)).all()

    def pick(texts: list[str], test: Any) -> list[str]:
        return [t for t in texts if test(t)][:4]

    chinese = pick(names, lambda t: any("\u4e00" <= c <= "\u9fff" for c in t))
    hebrew = pick(names + [p[0] for p in people],
                  lambda t: any("\u0590" <= c <= "\u05ff" for c in t))
    english = pick(names + [p[0] for p in people], lambda t: t.isascii())
    assert chinese and english and (hebrew or not every_script)
    terms = [name[3:3 + k] for name in chinese for k in (1, 2, 4)]
    for name in hebrew + english:
        word = name.split()[0]
        terms += [word[:k] for k in range(2, len(word) + 1)]
    for _, mobile in people[:20]:
        digits = "".join(c for c in mobile or "" if c.isdigit())
        terms += [digits[-4:], digits[-7:]]
    return terms


def _search(store: Store, terms: list[str]) -> list[list[q.SearchHit]]:
    with store.session() as session:
        return [q.search(session, term) for term in terms]


def _same(a: Store, b: Store, every_script: bool = True) -> None:
    left, right = _contents(a), _contents(b)
    for table in left:
        assert left[table] == right[table], table
    terms = _terms(a, every_script)
    found = _search(a, terms)
    assert sum(map(len, found)) > len(terms)  # the terms do find things
    assert found == _search(b, terms)


def _fresh(tmp_path: Path, name: str) -> Store:
    return open_store(tmp_path / f"{name}.db", create=True)


def test_bulk_and_row_by_row_leave_the_same_workspace(demo: str, tmp_path: Path) -> None:
    batches = _pull_all(demo)
    assert len(batches) > 3
    rows, bulk = _fresh(tmp_path, "rows"), _fresh(tmp_path, "bulk")
    _row_by_row(rows, batches)
    assert _bulk(bulk, batches) == sum(len(b) for b in batches)
    _same(rows, bulk)
    # row by row the triggers kept it, in bulk the rebuild added it up: the rules' both
    assert rollup_differences(bulk) == [] and _contents(bulk)["account_rollup"]
    with bulk.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    rows.close()
    bulk.close()


def test_a_rep_receives_a_consistent_share(demo: str, tmp_path: Path) -> None:
    """A rep's first sync holds only rows it may see, yet every reference resolves: their
    own and their team's pool, and the deals of other teams whose virtual team they are
    on with those deals' accounts (and no other deal there)."""
    batches = _pull_all(demo, "li.wei")
    rows, bulk = _fresh(tmp_path, "rows"), _fresh(tmp_path, "bulk")
    _row_by_row(rows, batches)
    _bulk(bulk, batches)
    _same(rows, bulk, every_script=False)  # a few hundred accounts: one has none in Hebrew
    with bulk.session() as session:
        me = session.scalars(select(User.id).where(User.username == "li.wei")).one()
        # the accounts of the demo deals whose virtual team they are on (of other teams)
        theirs = set(session.scalars(select(Opportunity.account_id).join(
            DealMember, DealMember.opportunity_id == Opportunity.id).where(
            DealMember.user_id == me, DealMember.deleted.is_(False))))
        owners = set(session.scalars(select(Account.owner_id).where(
            Account.id.not_in(theirs))))
        held = set(session.scalars(select(Account.id)))
        other_teams = set(session.scalars(select(Account.team_id).where(
            Account.id.in_(theirs))))
        # of such an account, only the deal they are on
        deals_there = set(session.scalars(select(Opportunity.id).where(
            Opportunity.account_id.in_(theirs), Opportunity.owner_id != me)))
        on_team = set(session.scalars(select(DealMember.opportunity_id).where(
            DealMember.user_id == me)))
        my_team = session.scalars(select(User.team_id).where(User.id == me)).one()
        # the demo's teams have turned the pool's returns on (none would return without)
        assert pool_queries.rules_for(session, my_team) == SUGGESTED_RETURNS
    assert owners == {me, None}
    assert theirs and theirs <= held and my_team not in other_teams
    assert deals_there <= on_team
    rows.close()
    bulk.close()


def _edited(row: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {**row, **fields}


def test_later_changes_in_a_batch_win_and_old_rows_are_updated(demo: str,
                                                               tmp_path: Path) -> None:
    batches = _pull_all(demo)
    rows, bulk = _fresh(tmp_path, "rows"), _fresh(tmp_path, "bulk")
    _row_by_row(rows, batches)
    _bulk(bulk, batches)
    every = [c for batch in batches for c in batch]
    accounts = [c for c in every if c.entity == "accounts" and c.row is not None]
    contacts = [c for c in every if c.entity == "contacts" and c.row is not None]
    tags = [c for c in every if c.entity == "tags" and c.row is not None]
    first, second, third = accounts[0], accounts[1], accounts[2]
    assert first.row is not None and second.row is not None and contacts[0].row is not None
    new_tag = uuid.uuid4()
    tag_row = _edited(tags[0].row or {}, id=new_tag.hex, name="Zephyrine priority")
    account_tag = uuid.uuid4()
    follow_on = [
        # the same row twice: the later copy wins, and the index holds its name
        Change(seq=1, entity="accounts", row_id=first.row_id,
               row=_edited(first.row, name="Quillfeather Early Name Ltd.")),
        Change(seq=2, entity="contacts", row_id=contacts[0].row_id,
               row=_edited(contacts[0].row, name="Ottoline Brisbane", mobile="+1 415 555 0199",
                           mobile_e164="+14155550199")),
        Change(seq=3, entity="accounts", row_id=first.row_id,
               row=_edited(first.row, name="Quillfeather Later Name Ltd.")),
        Change(seq=4, entity="tags", row_id=new_tag, row=tag_row),
        Change(seq=5, entity="account_tags", row_id=account_tag, row=_edited(
            {k: v for k, v in second.row.items()
             if k in ("owner_id", "team_id", "updated_at", "deleted")},
            id=account_tag.hex, account_id=second.row_id.hex, tag_id=new_tag.hex)),
        # a row that left scope goes, with everything that hangs on it
        Change(seq=6, entity="accounts", row_id=third.row_id, row=None),
        # a new account, tombstoned: stored, never found
        Change(seq=7, entity="accounts", row_id=uuid.uuid4(),
               row=_edited(first.row, name="Tombstoned Trading", deleted=True)),
    ]
    _row_by_row(rows, [follow_on])
    assert _bulk(bulk, [follow_on]) == 5
    _same(rows, bulk)
    with bulk.session() as session:
        assert [h.title for h in q.search(session, "Quillfeather")] == [
            "Quillfeather Later Name Ltd."]
        assert q.search(session, "Zephyrine")[0].ref_id == second.row_id
        assert q.search(session, "Ottoline")[0].ref_id == contacts[0].row_id
        assert q.search(session, "0199")
        assert session.get(Account, third.row_id) is None
        assert q.search(session, "Tombstoned") == []
        assert session.scalar(select(Tag.name).where(Tag.id == new_tag)) == tag_row["name"]
    rows.close()
    bulk.close()


def _samples(column: Any) -> list[Any]:
    kind = column.type
    values: list[Any] = [None, "", "x", "x" * 301, "a\x00b", 0, 7, -1, 2**63, -(2**63), True,
                         False, 1.5, [], [1], {}, {"a": 1}, "2026-11-25", "2026-11-25T08:30:00",
                         "2026-11-25 08:30:00.123456", "2026-11-25T08:30:00+02:00", "25/11/2026",
                         uuid.uuid4().hex, str(uuid.uuid4()), "not-a-uuid", "宁波市", "בע\"מ"]
    enum_class = getattr(kind, "enum_class", None)
    if enum_class is not None:
        values += [m.value for m in enum_class] + [m.name for m in enum_class]
    return values


def test_fast_conversion_matches_coerce() -> None:
    """Every column, good and bad values: the same stored value, or the same refusal."""
    dialect = sqlite.dialect()
    checked = 0
    for name, model in synced_models().items():
        table = Base.metadata.tables[name]
        for column in table.columns:
            if column.name in SERVER_FIELDS:
                continue
            fast = converter(table, column, dialect)
            bind = column.type.dialect_impl(dialect).bind_processor(dialect)
            for value in _samples(column):
                try:
                    slow = coerce(model, column.name, value)
                    expected: Any = ("value", slow if bind is None else bind(slow))
                except BadOp as exc:
                    expected = ("refused", str(exc))
                try:
                    got: Any = ("value", fast(value))
                except BadOp as exc:
                    got = ("refused", str(exc))
                assert got == expected, (name, column.name, value)
                checked += 1
    assert checked > 3000


def _refusal(convert: Any, values: list[Any]) -> Any:
    try:
        return ("value", list(convert(values)))
    except BadOp as exc:
        return ("refused", str(exc))


def _one_by_one(convert: Any) -> Any:
    return lambda values: [convert(v) for v in values]


def test_column_conversion_matches_value_by_value() -> None:
    """A whole column converted at once stores what converting each value stores, with
    None among the values or not, and refuses a bad value as converting it alone does."""
    dialect = sqlite.dialect()
    checked = 0
    stamps = ["2026-11-25T08:30:00", "2026-11-25T08:30:00.123456", "0999-01-02T03:04:05",
              "2026-11-25T08:30:00+02:00"]
    for name in synced_models():
        table = Base.metadata.tables[name]
        for column in table.columns:
            if column.name == "id":
                continue
            each = converter(table, column, dialect)
            one_by_one = _one_by_one(each)
            whole = column_converter(table, column, dialect)
            samples = stamps if column.name == "updated_at" else _samples(column)
            good, bad = [], []
            for value in samples:
                (good if _refusal(one_by_one, [value])[0] == "value" else bad).append(value)
            # each good value alone passes the column-wise checks it can pass
            mixes = [good, good[::-1], *([v, v] for v in good)]
            if column.nullable:
                mixes.append([None, *good, None])
            for values in mixes:
                assert list(whole(values)) == [each(v) for v in values], (name, column.name)
                checked += 1
            typical = [v for v in good if v is not None][:3]
            for value in bad:
                assert _refusal(whole, [*typical, value]) == _refusal(
                    one_by_one, [value]), (name, column.name, value)
                checked += 1
    assert checked > 2000


CHILD = textwrap.dedent("""
    import sys, httpx
    from crmdesk.protocol import PullResponse
    from crmdesk.server.demo import DEMO_PASSWORD
    from crmdesk.store import deferred
    from crmdesk.store import workspace_keys as keys
    from crmdesk.store.db import open_store
    from crmdesk.store.journal import QUIET
    from crmdesk.sync.first_sync_writer import apply_first_batch
    from crmdesk.sync.engine import sign_in
    from crmdesk.sync.kinds import known_schema

    base, path, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
    store = open_store(path, create=True)
    http = httpx.Client(base_url=base, timeout=60)
    token = sign_in(http, "admin", DEMO_PASSWORD, store.client_id).token
    cursor, more, n = 0, True, 0
    while more:
        answer = PullResponse.model_validate(http.get(
            "/v1/changes", params={"cursor": cursor, "limit": limit,
                                   "kinds": ",".join(sorted(known_schema()))},
            headers={"Authorization": f"Bearer {token}"}).json())
        with store.write.begin() as session:
            session.info[QUIET] = True
            session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            apply_first_batch(session, answer.changes)
            keys.SYNC_CURSOR.put(session, answer.cursor)
        cursor, more, n = answer.cursor, answer.more, n + 1
        print("batch", n, flush=True)
        sys.stdin.readline()  # the parent decides when the next batch may start
""")


def _schema(store: Store) -> set[tuple[str, str]]:
    """The workspace's triggers and indexes, which a first sync takes down for a while."""
    with store.engine.connect() as conn:
        return {(r[0], r[1]) for r in conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type IN ('trigger', 'index')")}


def test_killed_between_batches_leaves_a_workspace_a_normal_sync_continues(
        demo: str, tmp_path: Path) -> None:
    path = tmp_path / "killed.db"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, demo, str(path), str(BATCH)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        cwd=Path(__file__).resolve().parent.parent)
    assert child.stdin is not None and child.stdout is not None
    assert child.stdout.readline().strip() == "batch 1"
    child.stdin.write("\n")
    child.stdin.flush()
    assert child.stdout.readline().strip() == "batch 2"
    os.kill(child.pid, signal.SIGKILL)  # waiting between batch 2 and batch 3
    child.wait(10)
    assert child.returncode == -signal.SIGKILL

    with sqlite3.connect(path) as killed:  # left with its indexes and search down
        assert deferred.is_deferred(killed)
        assert killed.execute("SELECT count(*) FROM search_fts").fetchone() == (0,)
    reference = _fresh(tmp_path, "reference")
    _row_by_row(reference, _pull_all(demo))
    with reference.write.begin() as session:  # what a sync derives after its last batch
        derived.after_pull(session, {}, first_sync=True, last=True)
    store = open_store(path)  # builds them
    assert _schema(store) == _schema(reference)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        held = conn.exec_driver_sql("SELECT count(*) FROM activities").scalar()
        # the index holds exactly what the views say for the rows present
        indexed = conn.exec_driver_sql(
            "SELECT d.ref_id, f.title, f.body FROM search_fts AS f "
            "JOIN search_doc AS d ON d.doc_id = f.rowid ORDER BY d.ref_id").all()
        defined = conn.exec_driver_sql(
            "SELECT ref_id, title, body FROM search_accounts UNION ALL "
            "SELECT ref_id, title, body FROM search_contacts ORDER BY ref_id").all()
        assert indexed == defined and indexed
    with Session(store.engine) as session:
        assert keys.SYNC_CURSOR.get(session) == 2 * BATCH
    assert held is not None and held < len(_contents(reference)["activities"])

    # a normal sync carries on from the saved cursor and ends where a clean one does
    with httpx.Client(base_url=demo, timeout=60) as http:
        client = SyncClient(store, http, _token(http, store))
        report = SyncReport()
        client.pull(report)
        assert report.pulled > 0
    _same(reference, store)
    store.close()
    reference.close()


def test_orphans_are_found_in_one_pass(demo: str, tmp_path: Path) -> None:
    """A batch's rows whose parent this laptop does not hold (a link to a company the user
    may not see) are found, and only they."""
    batches = _pull_all(demo)
    store = _fresh(tmp_path, "orphans")
    _bulk(store, batches)
    every = [c for batch in batches for c in batch if c.row is not None]
    account = next(c for c in every if c.entity == "accounts")
    contact = next(c for c in every if c.entity == "contacts")
    assert account.row is not None and contact.row is not None
    stray, fine = uuid.uuid4(), uuid.uuid4()
    link = {k: v for k, v in account.row.items()
            if k in ("owner_id", "team_id", "updated_at", "deleted")}
    arriving = [
        Change(seq=1, entity="account_relations", row_id=stray, row={
            **link, "id": stray.hex, "from_account_id": account.row_id.hex,
            "to_account_id": uuid.uuid4().hex, "kind": "partner_of", "note": None}),
        Change(seq=2, entity="contacts", row_id=fine,
               row={**contact.row, "id": fine.hex, "reports_to_id": contact.row_id.hex}),
    ]
    with store.write.begin() as session:
        session.info[QUIET] = True
        session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        ready = prepare_first_batch(arriving, session.get_bind().dialect)
        apply_first_batch(session, ready)
        touched = {"account_relations": [stray], "contacts": [fine, contact.row_id],
                   "accounts": [account.row_id]}
        assert orphans(session, touched) == {"account_relations": {stray}}
        # the same found from the batch's own values, each looked up once
        assert unresolved(session, ready) == {"account_relations": {stray.hex}}
        session.rollback()
    store.close()
