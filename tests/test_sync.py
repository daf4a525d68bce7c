"""Laptops syncing through the real server: real SQLite workspaces, real HTTP, on
PostgreSQL and SQLite."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from crmdesk.domain.activity import ActivityKind, Outcome
from crmdesk.json_values import snapshot
from crmdesk.server.db import ServerDB
from crmdesk.store import queries as q
from crmdesk.store import workspace_keys as keys
from crmdesk.store.conflicts import dismiss, unresolved
from crmdesk.store.db import Store, open_store
from crmdesk.store.journal import pending_count
from crmdesk.store.models import (
    Account,
    AccountRelation,
    Activity,
    Contact,
    LocalConflict,
    RefusedRecord,
    RelationKind,
    activity_contact_id,
)
from crmdesk.store.refused import discard, discard_preview
from crmdesk.store.writes import (
    ActivityInput,
    NotFound,
    log_activity,
    new_account,
    new_contact,
    reassign,
    update_account_field,
)
from crmdesk.sync.engine import (
    NotAskedToReplace,
    SyncClient,
    SyncError,
    SyncReport,
    sign_in,
)
from tests.server_fixtures import PASSWORD
from tests.sync_harness import BACKENDS, laptop_rows
from tests.test_server_sync import _people

Server = tuple[httpx.Client, ServerDB, str]
#: PostgreSQL (real use) at the default size; the SQLite server too when large. The
#: server's own tests and the convergence runs cover the SQLite server at every size.
SERVER_BACKENDS = BACKENDS


class Laptop:
    """A rep's laptop: its own workspace file, signed in to the server."""

    def __init__(self, tmp_path: Path, http: httpx.Client, username: str,
                 transport: httpx.BaseTransport | None = None, *,
                 file_name: str | None = None, page: int | None = None,
                 first_sync: bool = True) -> None:
        self.store = open_store(tmp_path / (file_name or f"{username}.db"), create=True)
        self.http = httpx.Client(base_url=str(http.base_url), timeout=30, transport=transport)
        token = sign_in(self.http, username, PASSWORD, self.store.client_id).token
        self.client = SyncClient(self.store, self.http, token)
        if page is not None:
            self.client.page = page  # changes asked for per pull
        if transport is None and first_sync:
            self.client.sync()  # the first sync brings the team's people before any work

    def sync(self) -> Any:
        return self.client.sync()

    def close(self) -> None:
        self.http.close()
        self.store.close()


@pytest.fixture
def team(server: Server, tmp_path: Path) -> Any:
    http, db, _url = server
    ids = _people(server)
    laptops = {name: Laptop(tmp_path, http, name) for name in ("amy", "ben", "lea", "wes")}
    yield ids, laptops, db
    for laptop in laptops.values():
        laptop.close()


def _names(store: Store) -> set[str]:
    with store.session() as session:
        return set(session.scalars(select(Account.name).where(Account.deleted.is_(False))))


def test_work_flows_between_laptops_and_stays_in_scope(team: Any) -> None:
    ids, laptops, _db = team
    amy, ben, lea, wes = (laptops[n] for n in ("amy", "ben", "lea", "wes"))
    with amy.store.write.begin() as s:
        account = new_account(s, name="Acme Trading Ltd.", owner_id=ids["amy"],
                              team_id=ids["East"], phone="021 6234 5678")
        contact = new_contact(s, account, name="Li Wei", mobile="138 1234 5678")
        log_activity(s, account, ids["amy"], ActivityInput(
            ActivityKind.CALL, Outcome.REACHED, "first call", date(2026, 12, 1), contact))
        pool = new_account(s, name="Pool Prospect Co", owner_id=None, team_id=ids["East"])
    assert pending_count_of(amy) > 0
    report = amy.sync()
    assert report.pushed > 0 and report.refused == 0 and pending_count_of(amy) == 0
    for laptop in (ben, lea, wes):
        laptop.sync()
    assert _names(lea.store) == {"Acme Trading Ltd.", "Pool Prospect Co"}  # the lead: all
    assert _names(ben.store) == {"Pool Prospect Co"}  # a teammate: the pool only
    assert _names(wes.store) == set()  # another team: nothing
    with lea.store.session() as s:
        assert [h.title for h in q.search(s, "5678")] != []  # indexed as it arrived
        timeline = q.timeline(s, account)
        assert [a.notes for a in timeline] == ["first call"]
        card = q.card(s, account, date(2026, 11, 25))
        assert card is not None and card.status.value == "potential"
    assert pool  # used


def pending_count_of(laptop: Laptop) -> int:
    with laptop.store.session() as session:
        return pending_count(session)


def test_concurrent_edits_merge_by_field_and_the_loser_is_kept(team: Any) -> None:
    ids, laptops, _db = team
    amy, lea = laptops["amy"], laptops["lea"]
    with amy.store.write.begin() as s:
        account = new_account(s, name="Field Co", owner_id=ids["amy"], team_id=ids["East"])
    amy.sync()
    lea.sync()
    with amy.store.write.begin() as s:  # offline, both edit the same account
        update_account_field(s, account, "industry", "Retail")
        update_account_field(s, account, "address", "1 Amy Road")
    with lea.store.write.begin() as s:
        update_account_field(s, account, "region", "Zhejiang")
        update_account_field(s, account, "address", "2 Lea Street")  # edited later
    amy.sync()
    lea.sync()
    amy.sync()
    for laptop in (amy, lea):
        with laptop.store.session() as s:
            row = s.get(Account, account)
            assert row is not None
            assert (row.industry, row.region, row.address) == ("Retail", "Zhejiang",
                                                               "2 Lea Street")
    with amy.store.session() as s:
        kept = s.scalars(select(LocalConflict)).all()
    assert [(c.field, c.my_value) for c in kept] == [("address", "1 Amy Road")]


def test_a_pull_never_overwrites_an_unsent_edit(team: Any) -> None:
    ids, laptops, _db = team
    amy, lea = laptops["amy"], laptops["lea"]
    with amy.store.write.begin() as s:
        account = new_account(s, name="Pending Co", owner_id=ids["amy"], team_id=ids["East"])
    amy.sync()
    lea.sync()
    with lea.store.write.begin() as s:
        update_account_field(s, account, "region", "Lea's region")
        update_account_field(s, account, "industry", "Energy")
    lea.sync()
    with amy.store.write.begin() as s:
        update_account_field(s, account, "region", "Amy's unsent region")
    amy.client.pull(SyncReport())  # a pull on its own, before the edit is pushed
    with amy.store.session() as s:
        row = s.get(Account, account)
        assert row is not None
        assert row.region == "Amy's unsent region"  # mine, still waiting to be sent
        assert row.industry == "Energy"  # theirs, in a field I did not touch


def test_a_reassigned_book_leaves_one_laptop_and_arrives_whole_on_another(team: Any) -> None:
    ids, laptops, _db = team
    amy, ben, lea = laptops["amy"], laptops["ben"], laptops["lea"]
    with amy.store.write.begin() as s:
        account = new_account(s, name="Moving Book Co", owner_id=ids["amy"],
                              team_id=ids["East"])
        new_contact(s, account, name="Wang Fang", mobile="139 8765 4321")
        log_activity(s, account, ids["amy"], ActivityInput(ActivityKind.VISIT,
                                                           Outcome.REACHED, "visited"))
    amy.sync()
    lea.sync()
    with amy.store.write.begin() as s:  # an edit amy has not sent when the book moves
        update_account_field(s, account, "region", "Amy's last word")
    with lea.store.write.begin() as s:
        assert reassign(s, account, ids["ben"], date(2026, 11, 25)) >= 3
    lea.sync()
    amy.sync()
    ben.sync()
    assert "Moving Book Co" not in _names(amy.store)
    with amy.store.session() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 0
        assert s.scalar(select(func.count()).select_from(Activity)) == 0
        kept = s.scalars(select(LocalConflict)).all()
    assert kept and any("Amy's last word" in str(c.my_value) for c in kept)
    assert _names(ben.store) == {"Moving Book Co"}
    with ben.store.session() as s:
        assert [c.name for c in q.contacts(s, account)] == ["Wang Fang"]
        assert [a.notes for a in q.timeline(s, account)] == ["visited"]


def test_a_vanished_server_loses_nothing(team: Any, tmp_path: Path) -> None:
    ids, laptops, _db = team
    amy = laptops["amy"]
    with amy.store.write.begin() as s:
        new_account(s, name="Offline Co", owner_id=ids["amy"], team_id=ids["East"])
    before = pending_count_of(amy)
    amy.client.http = httpx.Client(base_url="http://127.0.0.1:9", timeout=2)
    with pytest.raises(SyncError, match=r"could not be reached.*kept"):
        amy.client.sync()
    assert pending_count_of(amy) == before


class DropAnswerAfterCommit(httpx.HTTPTransport):
    """Delivers each push to the server, then loses the answer, once."""

    def __init__(self) -> None:
        super().__init__()
        self.dropped = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if request.url.path == "/v1/push" and not self.dropped:
            response.read()
            self.dropped = True
            raise httpx.ReadError("connection reset after the server answered")
        return response


def test_a_push_whose_answer_was_lost_is_applied_once(server: Server, tmp_path: Path) -> None:
    http, db, _url = server
    ids = _people(server)
    lossy = DropAnswerAfterCommit()
    amy = Laptop(tmp_path, http, "amy", transport=lossy)
    amy.client.pull(SyncReport())  # the team's people first
    with amy.store.write.begin() as s:
        account = new_account(s, name="Exactly Once Co", owner_id=ids["amy"],
                              team_id=ids["East"])
        log_activity(s, account, ids["amy"], ActivityInput(ActivityKind.NOTE, None, "once"))
    with pytest.raises(SyncError):
        amy.client.sync()  # the server committed; the laptop never heard
    waiting = pending_count_of(amy)
    assert waiting > 0
    retry = amy.client.sync()  # the retry gets the earlier answer
    assert pending_count_of(amy) == 0
    # every op answered "applied" again: not refused as a replay, not lost to itself
    assert (retry.pushed, retry.refused, retry.lost_fields) == (waiting, 0, 0)
    with amy.store.session() as s:
        assert s.scalar(select(func.count()).select_from(LocalConflict)) == 0
    from crmdesk.server.schema import ServerChange

    with db.session() as session:
        notes = [c.row["notes"] for c in session.scalars(select(ServerChange).where(
            ServerChange.entity == "activities"))]
    assert notes == ["once"]
    amy.close()


def _row(laptop: Laptop, model: Any, row_id: Any) -> Any:
    with laptop.store.session() as s:
        return s.get(model, row_id)


def test_a_lost_edit_gives_the_laptop_the_servers_value(team: Any) -> None:
    ids, laptops, _db = team
    amy, lea = laptops["amy"], laptops["lea"]
    with amy.store.write.begin() as s:
        account = new_account(s, name="Late Co", owner_id=ids["amy"], team_id=ids["East"])
    amy.sync()
    lea.sync()
    with amy.store.write.begin() as s:
        update_account_field(s, account, "address", "1 Amy Road")
    with lea.store.write.begin() as s:  # later, but sent first
        update_account_field(s, account, "address", "2 Lea Street")
    lea.sync()
    amy.client.push(SyncReport())  # the push alone, before any pull brings lea's edit
    assert _row(amy, Account, account).address == "2 Lea Street"
    with amy.store.session() as s:
        kept = s.scalars(select(LocalConflict)).one()
    assert (kept.field, kept.my_value, kept.their_value, kept.their_by) == (
        "address", "1 Amy Road", "2 Lea Street", "lea")
    amy.sync()  # the server's conflict list names the same loss: still one entry
    with amy.store.session() as s:
        again = s.scalars(select(LocalConflict)).one()
    assert again.id == kept.id and again.server_id is not None


def _marks(store: Store) -> dict[Any, str]:
    with store.session() as s:
        return {(m.entity, m.row_id): m.reason for m in s.scalars(select(RefusedRecord))}


def _refused_lead(amy: Laptop, ids: dict[str, Any]) -> tuple[Any, Any, Any]:
    """A company amy makes for a teammate (a rep may not), with a contact and a call."""
    with amy.store.write.begin() as s:
        account = new_account(s, name="Not Mine Co", owner_id=ids["ben"],
                              team_id=ids["East"])
        contact = new_contact(s, account, name="Zhang San")
        call = log_activity(s, account, ids["amy"], ActivityInput(
            ActivityKind.CALL, Outcome.REACHED, "met at the fair", None, contact))
    return account, contact, call


def test_a_refused_new_record_stays_marked_and_a_fix_sends_it_again_whole(
        team: Any) -> None:
    """The server refuses the company (and so what hangs on it): everything stays where
    amy made it, marked with the server's reason, nothing in Conflicts. Nothing goes
    again until she fixes it; her fix sends the records again, whole, and the server
    takes them."""
    ids, laptops, _db = team
    amy, lea = laptops["amy"], laptops["lea"]
    account, contact, call = _refused_lead(amy, ids)
    report = amy.sync()
    assert report.refused == 4  # the company, its contact, the call and who it was with
    assert _row(amy, Account, account).name == "Not Mine Co"
    assert _row(amy, Contact, contact) is not None and _row(amy, Activity, call) is not None
    marks = _marks(amy.store)
    assert set(marks) == {("accounts", account), ("contacts", contact), ("activities", call),
                          ("activity_contacts", activity_contact_id(call, contact))}
    assert "another person or team" in marks[("accounts", account)]
    # its company is not on the server: the same answer as any record outside her scope
    assert "another person or team" in marks[("contacts", contact)]
    with amy.store.session() as s:
        assert pending_count(s) == 0
        assert s.scalar(select(func.count()).select_from(LocalConflict)) == 0
        assert [h.title for h in q.search(s, "Not Mine")] == ["Not Mine Co"]

    again = amy.sync()  # not fixed: nothing is sent, the marks stay
    assert (again.pushed, again.refused) == (0, 0) and _marks(amy.store) == marks

    with amy.store.write.begin() as s:  # the fix: she makes it hers
        reassign(s, account, ids["amy"], date(2026, 12, 1))
    fixed = amy.sync()
    assert (fixed.refused, fixed.taken) == (0, 4) and _marks(amy.store) == {}
    assert pending_count_of(amy) == 0
    lea.sync()
    for model, row_id in ((Account, account), (Contact, contact), (Activity, call)):
        mine, hers = _row(amy, model, row_id), _row(lea, model, row_id)
        assert hers is not None and snapshot(hers) == snapshot(mine)
    assert _row(lea, Account, account).owner_id == ids["amy"]


def test_a_refused_record_whose_company_leaves_my_scope_is_kept_in_conflicts(
        team: Any) -> None:
    """Lea gives amy's company to ben while amy adds a contact to it offline: the
    server refuses the contact, the company leaves amy's laptop, and the contact's
    values wait in her Conflicts rather than vanish."""
    ids, laptops, _db = team
    amy, lea = laptops["amy"], laptops["lea"]
    with amy.store.write.begin() as s:
        account = new_account(s, name="Handed On Co", owner_id=ids["amy"],
                              team_id=ids["East"])
    amy.sync()
    lea.sync()
    with lea.store.write.begin() as s:
        reassign(s, account, ids["ben"], date(2026, 12, 1))
    lea.sync()
    with amy.store.write.begin() as s:
        contact = new_contact(s, account, name="Late Contact")
    assert amy.sync().refused == 1
    assert _row(amy, Account, account) is None and _row(amy, Contact, contact) is None
    assert _marks(amy.store) == {}
    with amy.store.session() as s:
        kept = s.scalars(select(LocalConflict).where(LocalConflict.row_id == contact)).one()
    assert kept.field is None and kept.my_value["name"] == "Late Contact"


def test_discarding_a_refused_record_removes_it_here_and_sends_nothing(team: Any) -> None:
    ids, laptops, _db = team
    amy = laptops["amy"]
    with amy.store.write.begin() as s:
        kept = new_account(s, name="Amy Own Co", owner_id=ids["amy"], team_id=ids["East"])
    account, contact, call = _refused_lead(amy, ids)
    amy.sync()
    # a record the server has is not hers to discard
    with pytest.raises(NotFound, match="not marked as refused"), amy.store.write.begin() as s:
        discard(s, "accounts", kept)
    with amy.store.session() as s:
        preview = discard_preview(s, "accounts", account)
    assert preview.summary() == "the company, 1 contact, 1 activity and 1 person spoken to"
    with amy.store.write.begin() as s:
        assert discard(s, "accounts", account) == preview
    for model, row_id in ((Account, account), (Contact, contact), (Activity, call)):
        assert _row(amy, model, row_id) is None
    assert _marks(amy.store) == {} and pending_count_of(amy) == 0
    with amy.store.session() as s:
        assert q.search(s, "Not Mine") == []
    assert amy.sync().pushed == 0
    assert _names(amy.store) == {"Amy Own Co"}


def _related(laptop: Laptop, ids: dict[str, Any], parent: tuple[str, str],
             child: tuple[str, str]) -> tuple[Any, Any, Any]:
    """Two East companies (name, owner) and a parent-of relation between them."""
    with laptop.store.write.begin() as s:
        made = [new_account(s, name=name, owner_id=ids[owner], team_id=ids["East"])
                for name, owner in (parent, child)]
        link = AccountRelation(from_account_id=made[0], to_account_id=made[1],
                               kind=RelationKind.PARENT_OF, owner_id=ids[parent[1]],
                               team_id=ids["East"])
        s.add(link)
        s.flush()
        return made[0], made[1], link.id


def test_a_link_to_a_company_i_may_not_see_waits_until_i_may(team: Any) -> None:
    ids, laptops, _db = team
    amy, ben, lea = laptops["amy"], laptops["ben"], laptops["lea"]
    mine, bens, link_id = _related(lea, ids, ("Amy Holdings", "amy"),
                                   ("Ben Subsidiary", "ben"))
    lea.sync()
    amy.sync()  # the relation points at ben's company, which amy may not see: kept aside
    assert _row(amy, Account, mine) is not None and _row(amy, Account, bens) is None
    assert _row(amy, AccountRelation, link_id) is None
    with amy.store.engine.connect() as conn:  # her first sync wrote it in bulk, unchecked
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # back after it
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    with lea.store.write.begin() as s:
        reassign(s, bens, ids["amy"], date(2026, 11, 25))
    lea.sync()
    amy.sync()  # now it is hers: the company arrives and the link comes back
    assert _row(amy, AccountRelation, link_id).to_account_id == bens
    ben.sync()
    assert _row(ben, Account, bens) is None


def test_two_laptops_making_the_same_tag_offline_make_one(team: Any) -> None:
    ids, laptops, db = team
    amy, ben = laptops["amy"], laptops["ben"]
    from crmdesk.store.models import AccountTag, Tag
    from crmdesk.store.writes import add_tag

    with amy.store.write.begin() as s:
        pool = new_account(s, name="Shared Pool Co", owner_id=None, team_id=ids["East"])
    amy.sync()
    ben.sync()
    with amy.store.write.begin() as s:
        add_tag(s, pool, "VIP")
    with ben.store.write.begin() as s:
        add_tag(s, pool, "vip ")
        mine = new_account(s, name="Ben Own Co", owner_id=ids["ben"], team_id=ids["East"])
        add_tag(s, mine, "VIP")
    for laptop in (amy, ben, amy, ben):
        report = laptop.sync()
        assert report.refused == 0
    for laptop in (amy, ben):
        with laptop.store.session() as s:
            assert len(s.scalars(select(Tag)).all()) == 1
            assert len(s.scalars(select(AccountTag).where(
                AccountTag.account_id == pool)).all()) == 1
    with db.session() as s:
        assert len(s.scalars(select(Tag)).all()) == 1


def test_a_tag_the_server_already_has_under_another_id_takes_its_place(team: Any) -> None:
    ids, laptops, db = team
    amy, lea = laptops["amy"], laptops["lea"]
    from crmdesk.store.models import AccountTag, Tag
    from crmdesk.store.writes import add_tag

    with lea.store.write.begin() as s:  # an older laptop's tag, not named by its name
        account = new_account(s, name="Tagged Co", owner_id=ids["amy"], team_id=ids["East"])
        old = Tag(name="Key account")
        s.add(old)
        s.flush()
        old_id = old.id
    with amy.store.write.begin() as s:
        pending = new_account(s, name="Amy Offline Co", owner_id=ids["amy"],
                              team_id=ids["East"])
        add_tag(s, pending, "Key account")  # amy's own row for the same name
    lea.sync()
    amy.client.pull(SyncReport())  # lea's tag arrives before amy has pushed hers
    amy.sync()
    with amy.store.session() as s:
        assert [t.id for t in s.scalars(select(Tag))] == [old_id]
        assert s.scalars(select(AccountTag.tag_id).where(
            AccountTag.account_id == pending)).one() == old_id
    with db.session() as s:
        assert s.scalars(select(AccountTag.tag_id).where(
            AccountTag.account_id == pending)).one() == old_id
    del account


def test_pushes_are_split_to_fit_and_progress_is_reported(team: Any) -> None:
    ids, laptops, db = team
    amy, lea = laptops["amy"], laptops["lea"]
    big = "x" * (3 * 1024 * 1024)
    with amy.store.write.begin() as s:
        account = new_account(s, name="Long Notes Co", owner_id=ids["amy"],
                              team_id=ids["East"])
        for _ in range(3):  # 9 MB in all: more than one push may carry
            log_activity(s, account, ids["amy"], ActivityInput(
                ActivityKind.NOTE, None, big, None, None))
    report = amy.sync()
    assert report.refused == 0 and pending_count_of(amy) == 0
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Activity).where(
            Activity.account_id == account)) == 3
    seen: list[tuple[int, int]] = []
    lea.client.sync(progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1] > 0
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)


def test_a_laptop_behind_compacted_history_syncs_afresh(team: Any, server: Server) -> None:
    ids, laptops, _db = team
    amy, ben, lea = laptops["amy"], laptops["ben"], laptops["lea"]
    from tests.server_fixtures import server_cli_here

    with amy.store.write.begin() as s:
        leaving = new_account(s, name="Leaving Co", owner_id=ids["amy"], team_id=ids["East"])
        contact = new_contact(s, leaving, name="Wang Fang")
        pool = new_account(s, name="Pool Stays Co", owner_id=None, team_id=ids["East"])
    amy.sync()
    lea.sync()
    with lea.store.write.begin() as s:  # while amy is away: her account goes to ben ...
        reassign(s, leaving, ids["ben"], date(2026, 11, 25))
        update_account_field(s, pool, "industry", "Retail")
    lea.sync()
    ben.sync()
    with ben.store.write.begin() as s:  # ... and ben's later edit supersedes the move
        update_account_field(s, leaving, "industry", "Mining")
    ben.sync()
    done = server_cli_here("compact", "--older-than-days", "0", "--database-url", server[2])
    assert done.returncode == 0 and "Dropped" in done.stdout, done.stderr
    with amy.store.write.begin() as s:
        offline = new_account(s, name="Made Offline Co", owner_id=ids["amy"],
                              team_id=ids["East"])
    report = SyncReport()
    amy.client.pull(report)  # told to start afresh; the unsent new account stays
    assert _row(amy, Account, leaving) is None and _row(amy, Contact, contact) is None
    assert _row(amy, Account, pool).industry == "Retail"
    assert _row(amy, Account, offline) is not None
    amy.sync()
    assert _names(amy.store) == {"Pool Stays Co", "Made Offline Co"}
    lea.sync()
    assert "Made Offline Co" in _names(lea.store)


def test_work_done_before_signing_in_becomes_the_signed_in_users(server: Server,
                                                                 tmp_path: Path) -> None:
    http, db, _url = server
    ids = _people(server)
    from crmdesk.store.journal import QUIET
    from crmdesk.store.models import Team, User
    from crmdesk.store.stand_in import new_stand_in

    store = open_store(tmp_path / "new.db", create=True)
    with store.write.begin() as s:  # as the window makes a new workspace's own user
        s.info[QUIET] = True
        me = new_stand_in(s)
        stand_in, stand_in_team = me.id, me.team_id
    with store.write.begin() as s:
        account = new_account(s, name="Before Sign-in Co", owner_id=stand_in,
                              team_id=stand_in_team)
        log_activity(s, account, stand_in, ActivityInput(ActivityKind.CALL, Outcome.REACHED,
                                                         "met at the fair"))
    laptop = httpx.Client(base_url=str(http.base_url), timeout=30)
    token = sign_in(laptop, "amy", PASSWORD, store.client_id).token
    report = SyncClient(store, laptop, token).sync()
    assert report.refused == 0 and report.lost_fields == 0
    with db.session() as s:
        row = s.get(Account, account)
        assert row is not None and (row.owner_id, row.team_id) == (ids["amy"], ids["East"])
        author = s.scalars(select(Activity.author_id).where(
            Activity.account_id == account)).one()
        assert author == ids["amy"]
    with store.session() as s:
        assert s.get(User, stand_in) is None and s.get(Team, stand_in_team) is None
        assert keys.CURRENT_USER.get(s) == ids["amy"]
        assert s.get(Account, account).owner_id == ids["amy"]
        assert pending_count(s) == 0
    laptop.close()
    store.close()


def test_a_company_leaving_my_scope_keeps_my_link_to_it(team: Any) -> None:
    ids, laptops, _db = team
    amy, lea = laptops["amy"], laptops["lea"]
    mine, child, link_id = _related(lea, ids, ("Amy Parent Co", "amy"),
                                    ("Amy Child Co", "amy"))
    lea.sync()
    amy.sync()
    assert _row(amy, AccountRelation, link_id) is not None
    with lea.store.write.begin() as s:  # the child company goes to ben, then comes back
        reassign(s, child, ids["ben"], date(2026, 11, 25))
    lea.sync()
    amy.sync()  # the company leaves; my relation from my company stays mine, kept aside
    assert _row(amy, Account, child) is None and _row(amy, Account, mine) is not None
    with lea.store.write.begin() as s:
        reassign(s, child, ids["amy"], date(2026, 11, 25))
    lea.sync()
    amy.sync()
    assert _row(amy, AccountRelation, link_id).to_account_id == child


def test_syncing_afresh_finishes_though_it_takes_many_batches(team: Any, server: Server,
                                                              tmp_path: Path) -> None:
    ids, laptops, _db = team
    amy, lea = laptops["amy"], laptops["lea"]
    from tests.server_fixtures import server_cli_here

    with lea.store.write.begin() as s:
        made = [new_account(s, name=f"Batch Co {n}", owner_id=ids["amy"],
                            team_id=ids["East"]) for n in range(6)]
    lea.sync()
    with lea.store.write.begin() as s:  # each account changes again: the first go
        for account in made:
            update_account_field(s, account, "industry", "Retail")
    lea.sync()
    done = server_cli_here("compact", "--older-than-days", "0", "--database-url", server[2])
    assert done.returncode == 0, done.stderr
    amy.close()
    # a new laptop: from the start, in many small batches, each behind the compaction floor
    fresh = Laptop(tmp_path, server[0], "amy", file_name="amy-new.db", page=2)
    again = Laptop(tmp_path, server[0], "amy", page=2, first_sync=False)
    try:
        assert {f"Batch Co {n}" for n in range(6)} <= _names(fresh.store)
        again.sync()  # an old laptop behind the floor: told to start afresh, and it finishes
        assert _names(again.store) == _names(fresh.store)
    finally:
        fresh.close()
        again.close()


def test_a_workspace_signed_in_as_someone_else_keeps_nothing_of_the_last_person(
        team: Any) -> None:
    """Lea (East's lead) lends her laptop to wes (West). While it holds her unsent edit,
    syncing as wes is refused and changes nothing; once it is sent, wes's sync forgets
    everything of East's, her conflict log included, and leaves exactly what wes's own
    laptop holds."""
    ids, laptops, _db = team
    amy, lea, wes = laptops["amy"], laptops["lea"], laptops["wes"]
    with amy.store.write.begin() as s:
        account = new_account(s, name="Eastern Secret Co", owner_id=ids["amy"],
                              team_id=ids["East"], phone="021 5555 0199")
    amy.sync()
    lea.sync()
    with lea.store.write.begin() as s:  # she loses this value to amy's later one
        update_account_field(s, account, "address", "1 Lea Street")
    with amy.store.write.begin() as s:
        update_account_field(s, account, "address", "2 Amy Road")
    amy.sync()
    lea.sync()
    with lea.store.write.begin() as s:  # and this one is not sent yet
        update_account_field(s, account, "industry", "Retail")
    with wes.store.write.begin() as s:
        new_account(s, name="Western Own Co", owner_id=ids["wes"], team_id=ids["West"])
    wes.sync()

    as_wes = SyncClient(lea.store, lea.http,
                        sign_in(lea.http, "wes", PASSWORD, lea.store.client_id).token)
    before = laptop_rows(lea.store)
    with pytest.raises(SyncError, match=r"1 change.*“lea”.*Sign in as “lea”"):
        as_wes.sync(replace=True)
    assert laptop_rows(lea.store) == before and pending_count_of(lea) == 1

    lea.sync()  # her edit goes out as hers
    with lea.store.session() as s:
        assert s.scalar(select(func.count()).select_from(LocalConflict)) == 1
    before = laptop_rows(lea.store)
    with pytest.raises(NotAskedToReplace, match="records of “lea”; syncing as “wes”"):
        as_wes.sync()  # nobody asked the user
    assert laptop_rows(lea.store) == before
    report = as_wes.sync(replace=True)
    assert report.pushed == 0 and report.pulled > 0
    assert laptop_rows(lea.store) == laptop_rows(wes.store)
    assert _names(lea.store) == {"Western Own Co"}
    with lea.store.session() as s:
        assert s.scalar(select(func.count()).select_from(LocalConflict)) == 0
        assert q.search(s, "Eastern") == [] and q.search(s, "0199") == []
        assert [h.title for h in q.search(s, "Western")] == ["Western Own Co"]
        assert keys.CURRENT_USER.get(s) == ids["wes"]
    with amy.store.session() as s:  # on the server, her edit arrived
        row = s.get(Account, account)
        assert row is not None
    amy.sync()
    with amy.store.session() as s:
        row = s.get(Account, account)
        assert row is not None and row.industry == "Retail"

    assert lea.client.sync(replace=True).pulled > 0  # and back as lea: East comes back
    assert _names(lea.store) == {"Eastern Secret Co"}
    with lea.store.session() as s, amy.store.session() as t:
        mine, theirs = s.get(Account, account), t.get(Account, account)
        assert mine is not None and theirs is not None
        assert snapshot(mine) == snapshot(theirs)


def test_refused_work_kept_in_conflicts_stays_until_its_author_settles_it(team: Any) -> None:
    """Amy's refused edit exists only in her Conflicts, her refused new record only on
    her laptop: wes may not take over her laptop until she has dealt with both. A
    workspace an older version synced without noting for whom, with nothing unsent, is
    forgotten too."""
    ids, laptops, _db = team
    amy, wes = laptops["amy"], laptops["wes"]
    with amy.store.write.begin() as s:
        kept = new_account(s, name="Amy Own Co", owner_id=ids["amy"], team_id=ids["East"])
    amy.sync()
    with amy.store.write.begin() as s:  # a rep may not make records for a teammate
        refused_id = new_account(s, name="Not Mine Co", owner_id=ids["ben"],
                                 team_id=ids["East"])
        reassign(s, kept, ids["ben"], date(2026, 12, 1))  # nor give hers away
    assert amy.sync().refused == 2 and pending_count_of(amy) == 0
    as_wes = SyncClient(amy.store, amy.http,
                        sign_in(amy.http, "wes", PASSWORD, amy.store.client_id).token)
    with pytest.raises(SyncError, match=r"1 refused change.*“amy”.*kept in Conflicts and "
                                        r"1 record.*“amy” the server refused, marked"):
        as_wes.sync(replace=True)
    with amy.store.write.begin() as s:  # she looks at them and lets them go
        for row in unresolved(s):
            dismiss(s, row.id)
    with pytest.raises(SyncError, match=r"1 record.*“amy” the server refused, marked"):
        as_wes.sync(replace=True)
    with amy.store.write.begin() as s:
        discard(s, "accounts", refused_id)
    assert as_wes.sync(replace=True).forgot
    assert laptop_rows(amy.store) == laptop_rows(wes.store)

    with amy.store.write.begin() as s:  # as an older version left it: for whom, unsaid
        keys.SYNC_USER_ID.clear(s)
    with pytest.raises(NotAskedToReplace, match="the person who synced it last"):
        amy.sync()
    # else her record from before wes's cursor would be missing
    assert amy.client.sync(replace=True).forgot
    assert _names(amy.store) == {"Amy Own Co"}
    assert amy.sync().forgot is False


def test_a_pulled_row_is_rewritten_only_where_it_changed(team: Any) -> None:
    """An edit of one field, mine coming back or another's arriving, rewrites what
    changed, and leaves the search index alone unless a searched column changed."""
    ids, laptops, _db = team
    amy, lea = laptops["amy"], laptops["lea"]
    with amy.store.write.begin() as s:
        account = new_account(s, name="Quiet Rows Co", owner_id=ids["amy"],
                              team_id=ids["East"])
    amy.sync()
    lea.sync()
    for laptop in (amy, lea):  # count the writes SQLite makes to the row
        with laptop.store.engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE written (what TEXT)")
            conn.exec_driver_sql("CREATE TRIGGER count_any AFTER UPDATE ON accounts "
                                 "BEGIN INSERT INTO written VALUES ('row'); END")
            conn.exec_driver_sql("CREATE TRIGGER count_name AFTER UPDATE OF name ON "
                                 "accounts BEGIN INSERT INTO written VALUES ('name'); END")

    def written(laptop: Laptop) -> list[str]:
        with laptop.store.engine.begin() as conn:
            found = [w for (w,) in conn.exec_driver_sql("SELECT what FROM written")]
            conn.exec_driver_sql("DELETE FROM written")
        return sorted(found)

    with amy.store.write.begin() as s:
        update_account_field(s, account, "region", "Jiangsu")
    written(amy)  # her own edit
    assert amy.sync().pulled >= 1  # it came back with the server's stamp: not re-indexed
    assert written(amy) == ["row"]
    lea.sync()
    assert written(lea) == ["row"]  # one field of the row, not its name
    with lea.store.session() as s:
        row = s.get(Account, account)
        assert row is not None and row.region == "Jiangsu"
