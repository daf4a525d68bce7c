"""The lead's queue on a seeded workspace: one person's accounts (or the pool's), any
column as the order, the team's overdue work; and giving many accounts at once, with
their history, to a rep of the team or to its pool."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select, update

from crmdesk.app.accounts import reassign_book, reassign_many
from crmdesk.app.context import Context
from crmdesk.domain.lifecycle import PATH, Status
from crmdesk.store import queries as q
from crmdesk.store.db import Store
from crmdesk.store.models import Account, Activity, Contact, Opportunity, Role, User
from crmdesk.store.refusals import Refused
from tests.conftest import TODAY


def _user(store: Store, name: str) -> q.UserRef:
    with store.session() as s:
        user = q.user_by_name(s, name)
    assert user is not None
    return user


def _accounts(store: Store) -> list[Account]:
    with store.session() as s:
        return list(s.scalars(select(Account).where(Account.deleted.is_(False))))


def test_the_owner_filter_narrows_every_queue_to_one_person_or_the_pool(seeded: Store) -> None:
    lead = _user(seeded, "lead.east")
    rep = _user(seeded, "sarah.chen")
    team = [a for a in _accounts(seeded) if a.team_id == lead.team_id]
    with seeded.session() as s:
        hers = q.queue_ids(s, lead, q.QueueFilter.TEAM, TODAY, owner=rep.id)
        assert set(hers) == {a.id for a in team if a.owner_id == rep.id} and hers
        # the same order as her own "All mine"
        assert hers == q.queue_ids(s, rep, q.QueueFilter.ALL_MINE, TODAY)
        pool = q.queue_ids(s, lead, q.QueueFilter.TEAM, TODAY, owner=q.POOL)
        assert set(pool) == {a.id for a in team if a.owner_id is None} and pool
        # combined with the status filter, and counted the same way
        leads = q.queue_ids(s, lead, q.QueueFilter.TEAM, TODAY, Status.LEAD, owner=rep.id)
        assert set(leads) == {a.id for a in team
                              if a.owner_id == rep.id and a.status is Status.LEAD}
        assert q.queue_count(s, lead, q.QueueFilter.TEAM, TODAY, Status.LEAD,
                             owner=rep.id) == len(leads)
        page = q.queue_page(s, lead, q.QueueFilter.TEAM, TODAY, 0, 10, owner=rep.id)
        assert [r.account_id for r in page] == hers[:10]
        assert {r.owner for r in page} == {rep.display_name}
        # another team's person shows nothing to this lead
        other = _user(seeded, "li.wei")
        assert q.queue_ids(s, lead, q.QueueFilter.TEAM, TODAY, owner=other.id) == []
        # whom the lead may choose: the team's reps and themselves; an admin, everyone's
        people = q.queue_owners(s, lead)
        assert {p.team_id for p in people} == {lead.team_id}
        assert lead.id in {p.id for p in people} and rep.id in {p.id for p in people}
        every = q.queue_owners(s, _user(seeded, "admin"))
        assert other.id in {p.id for p in every} and len({p.team for p in every}) == 3
        assert q.queue_owners(s, rep) == []


def test_overdue_is_the_teams_for_a_lead_everyones_for_an_admin_and_own_for_a_rep(
        seeded: Store) -> None:
    lead, admin, rep = (_user(seeded, n) for n in ("lead.east", "admin", "sarah.chen"))
    # a lost account's old follow-up is nobody's work: one of the rep's late ones lost
    lost = next(a.id for a in _accounts(seeded) if a.owner_id == rep.id
                and a.next_follow_up_on is not None and a.next_follow_up_on < TODAY)
    with seeded.session.begin() as s:
        s.execute(update(Account).where(Account.id == lost).values(
            status=Status.LOST, lost_reason="Went elsewhere"))
    every = _accounts(seeded)
    late = [a for a in every if a.next_follow_up_on is not None
            and a.next_follow_up_on < TODAY and a.status is not Status.LOST]
    assert lost not in {a.id for a in late}
    with seeded.session() as s:
        team = set(q.queue_ids(s, lead, q.QueueFilter.OVERDUE, TODAY))
        assert team == {a.id for a in late if a.team_id == lead.team_id}
        assert {a.owner_id for a in late if a.id in team} - {None} > {rep.id}  # not one's
        assert set(q.queue_ids(s, admin, q.QueueFilter.OVERDUE, TODAY)) == {a.id for a in late}
        assert set(q.queue_ids(s, rep, q.QueueFilter.OVERDUE, TODAY)) == {
            a.id for a in late if a.owner_id == rep.id}
        assert set(q.queue_ids(s, lead, q.QueueFilter.OVERDUE, TODAY, owner=rep.id)) == {
            a.id for a in late if a.owner_id == rep.id}


def _key(sort: q.QueueSort, row: q.QueueRow) -> object:
    order = {s: i for i, s in enumerate((*PATH, Status.LOST))}
    return {q.QueueSort.NAME: row.name, q.QueueSort.STATUS: order[row.status],
            q.QueueSort.OWNER: row.owner, q.QueueSort.NEXT: row.next_follow_up_on,
            q.QueueSort.LAST: row.last_contact_at, q.QueueSort.VALUE: row.value_score,
            q.QueueSort.CHANNEL: row.channel, q.QueueSort.RETURNS: row.pool_days}[sort]


@pytest.mark.parametrize("sort", [s for s in q.QueueSort if s is not q.QueueSort.PRIORITY])
def test_every_column_sorts_both_ways_empty_values_last_ties_by_id(seeded: Store,
                                                                  sort: q.QueueSort) -> None:
    lead = _user(seeded, "lead.east")
    with seeded.session() as s:
        count = q.queue_count(s, lead, q.QueueFilter.TEAM, TODAY)
        for descending in (False, True):
            ids = q.queue_ids(s, lead, q.QueueFilter.TEAM, TODAY, sort=sort,
                              descending=descending)
            rows = q.queue_rows(s, ids, TODAY)
            assert len(rows) == count
            filled = [r for r in rows if _key(sort, r) is not None]
            empty = rows[len(filled):]
            assert all(_key(sort, r) is None for r in empty)  # empty ones last
            expected = sorted(filled, key=lambda r: (_key(sort, r), r.account_id.bytes),
                              reverse=descending)
            if not descending:
                assert sorted(empty, key=lambda r: r.account_id.bytes) == empty
            # SQLite compares uuids as their 16 bytes: the tiebreak is the id's order
            assert [r.account_id for r in filled] == [r.account_id for r in expected]
            page = q.queue_page(s, lead, q.QueueFilter.TEAM, TODAY, 40, 20, sort=sort,
                                descending=descending)
            assert [r.account_id for r in page] == ids[40:60]
        # the default is still priority order, which has no reverse
        assert q.queue_ids(s, lead, q.QueueFilter.TEAM, TODAY) == q.queue_ids(
            s, lead, q.QueueFilter.TEAM, TODAY, sort=q.QueueSort.PRIORITY, descending=True)


# ---- giving accounts away -------------------------------------------------------------

def _ctx(store: Store, name: str) -> Context:
    return Context(store, _user(store, name), "CN", lambda: TODAY)


def _owned(store: Store, owner: uuid.UUID, n: int) -> list[uuid.UUID]:
    """`n` of `owner`'s accounts, those with the most history first."""
    with store.session() as s:
        return list(s.scalars(
            select(Account.id).where(Account.owner_id == owner, Account.deleted.is_(False))
            .order_by(select(Activity.id).where(Activity.account_id == Account.id)
                      .correlate(Account).exists().desc(), Account.name).limit(n)))


def _family_owners(store: Store, account_ids: list[uuid.UUID]) -> set[uuid.UUID | None]:
    with store.session() as s:
        owners: set[uuid.UUID | None] = set()
        for model in (Contact, Activity, Opportunity):
            owners |= set(s.scalars(select(model.owner_id).where(
                model.account_id.in_(account_ids))))
        return owners


def test_a_lead_gives_several_accounts_with_their_history_to_a_rep_then_to_the_pool(
        seeded: Store) -> None:
    lead = _ctx(seeded, "lead.east")
    sarah, david = _user(seeded, "sarah.chen"), _user(seeded, "david.kim")
    moving = _owned(seeded, sarah.id, 5)
    assert _family_owners(seeded, moving) == {sarah.id}
    done = reassign_many(lead, moving, david.id)
    assert done.value.accounts == 5 and done.value.owner == "David Kim"
    assert done.value.rows > 5 + 5  # each account and what hangs on it
    assert done.changes.accounts == frozenset(moving)
    with seeded.session() as s:
        assert set(s.scalars(select(Account.owner_id).where(Account.id.in_(moving)))) == {
            david.id}
        assert set(s.scalars(select(Account.assigned_on).where(
            Account.id.in_(moving)))) == {TODAY}
        assert set(moving) <= set(q.queue_ids(s, david, q.QueueFilter.ALL_MINE, TODAY))
    assert _family_owners(seeded, moving) == {david.id}
    again = reassign_many(lead, moving[:3], david.id)  # theirs already: left as it was
    assert (again.value.accounts, again.value.rows, again.value.already) == (0, 0, 3)
    assert again.changes.empty
    pooled = reassign_many(lead, moving[:2], None)
    assert pooled.value.owner is None and pooled.value.accounts == 2
    assert _family_owners(seeded, moving[:2]) == {None}
    with seeded.session() as s:
        pool = set(q.queue_ids(s, lead.me, q.QueueFilter.TEAM_POOL, TODAY))
    assert set(moving[:2]) <= pool


def test_a_rep_may_not_give_accounts_to_a_colleague(seeded: Store) -> None:
    rep = _ctx(seeded, "sarah.chen")
    david = _user(seeded, "david.kim")
    mine = _owned(seeded, rep.me.id, 3)
    with pytest.raises(Refused, match="another person or team"):
        reassign_many(rep, mine, david.id)
    assert _family_owners(seeded, mine) == {rep.me.id}  # nothing moved


def test_a_lead_may_not_give_another_teams_accounts_and_nothing_moves(seeded: Store) -> None:
    lead = _ctx(seeded, "lead.east")
    sarah, li = _user(seeded, "sarah.chen"), _user(seeded, "li.wei")
    ours, theirs = _owned(seeded, sarah.id, 2), _owned(seeded, li.id, 1)
    with pytest.raises(Refused, match="another person or team") as refused:
        reassign_many(lead, ours + theirs, None)
    with seeded.session() as s:
        name = s.scalar(select(Account.name).where(Account.id == theirs[0]))
    assert str(refused.value).startswith(f"{name}: ")  # which company, in the server's words
    assert _family_owners(seeded, ours) == {sarah.id}  # one unit of work: none moved
    # nor to a rep of another team, even for an admin
    admin = _ctx(seeded, "admin")
    with pytest.raises(Refused, match="member of the record's team"):
        reassign_many(admin, ours, li.id)
    assert reassign_many(admin, theirs, None).value.accounts == 1  # an admin's: anyone's


def test_only_an_active_rep_or_lead_takes_accounts(seeded: Store) -> None:
    lead = _ctx(seeded, "lead.east")
    sarah = _user(seeded, "sarah.chen")
    ours = _owned(seeded, sarah.id, 1)
    with seeded.write.begin() as s:
        david = s.scalars(select(User).where(User.username == "david.kim")).one()
        david.active = False
        service = s.scalars(select(User).where(User.role == Role.SERVICE)).first()
        assert service is not None
        targets = [david.id, service.id]
    for target in targets:
        with pytest.raises(Refused, match="active rep or lead"):
            reassign_many(lead, ours, target)
    with seeded.session() as s:
        chosen = q.reassign_targets(s, ours)
        assert chosen.team == "East China" and sarah.id in {p.id for p in chosen.reps}
        assert targets[0] not in {p.id for p in chosen.reps}
        li = _owned(seeded, _user(seeded, "li.wei").id, 1)
        assert q.reassign_targets(s, ours + li).teams == 2  # one team at a time


def test_a_leaving_reps_whole_book_goes_to_a_colleague_with_its_history(seeded: Store) -> None:
    lead = _ctx(seeded, "lead.east")
    sarah, david = _user(seeded, "sarah.chen"), _user(seeded, "david.kim")
    with seeded.session() as s:
        book = q.book_of(s, sarah.id)
        davids = set(q.book_of(s, david.id))
    assert book and set(book) == {a.id for a in _accounts(seeded) if a.owner_id == sarah.id}
    done = reassign_book(lead, sarah.id, david.id)
    assert (done.value.accounts, done.value.owner) == (len(book), "David Kim")
    assert done.changes.accounts == frozenset(book)
    assert _family_owners(seeded, book) == {david.id}
    with seeded.session() as s:
        assert q.book_of(s, sarah.id) == []
        assert set(q.book_of(s, david.id)) == davids | set(book)
    # nothing left to give: nothing happens, and says so by its figures
    empty = reassign_book(lead, sarah.id, None)
    assert (empty.value.accounts, empty.value.rows) == (0, 0) and empty.changes.empty


def test_a_book_goes_to_someone_else_and_only_by_who_may_give_it(seeded: Store) -> None:
    lead, rep = _ctx(seeded, "lead.east"), _ctx(seeded, "sarah.chen")
    sarah, li = _user(seeded, "sarah.chen"), _user(seeded, "li.wei")
    with pytest.raises(Refused, match="someone else"):
        reassign_book(lead, sarah.id, sarah.id)
    david = _user(seeded, "david.kim")
    with pytest.raises(Refused, match="another person or team"):
        reassign_book(rep, sarah.id, david.id)  # a rep gives no colleague accounts
    with pytest.raises(Refused, match="another person or team"):
        reassign_book(rep, david.id, None)  # nor hands on a colleague's book
    with pytest.raises(Refused, match="another person or team"):
        reassign_book(lead, li.id, None)  # another team's rep
    with seeded.session() as s:
        assert q.book_of(s, sarah.id) and q.book_of(s, li.id)  # nothing moved
        assert q.book_of(s, david.id)
    admin = _ctx(seeded, "admin")
    assert reassign_book(admin, li.id, None).value.accounts > 0  # an admin's: any team's
