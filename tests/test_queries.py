"""Query functions over a real seeded workspace, and the writes that change them."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select, update

from crmdesk.domain.activity import ActivityKind, Outcome
from crmdesk.domain.lifecycle import Status
from crmdesk.domain.priority import queue_key
from crmdesk.store import queries as q
from crmdesk.store.db import Store
from crmdesk.store.models import Account, Activity, Contact, Role
from crmdesk.store.writes import (
    ActivityInput,
    NotFound,
    log_activity,
    new_account,
    update_account_field,
)
from tests.conftest import TODAY


def _rep(store: Store) -> q.UserRef:
    with store.session() as session:
        rep = q.first_rep(session)
    assert rep is not None and rep.role is Role.REP
    return rep


def test_queue_order_is_the_domain_rule(seeded: Store) -> None:
    rep = _rep(seeded)
    with seeded.session() as session:
        ids = q.queue_ids(session, rep, q.QueueFilter.ALL_MINE, TODAY)
        rows = q.queue_rows(session, ids, TODAY)
    assert len(rows) == len(ids) > 20
    keys = [queue_key(r.next_follow_up_on, r.value_score, r.name, TODAY) for r in rows]
    assert keys == sorted(keys)
    assert rows[0].urgency <= rows[-1].urgency


def test_queue_filters_and_paging(seeded: Store) -> None:
    rep = _rep(seeded)
    with seeded.session() as session:
        mine = q.queue_ids(session, rep, q.QueueFilter.MY_QUEUE, TODAY)
        page1 = q.queue_page(session, rep, q.QueueFilter.MY_QUEUE, TODAY, 0, 25)
        page2 = q.queue_page(session, rep, q.QueueFilter.MY_QUEUE, TODAY, 25, 25)
        assert [r.account_id for r in page1 + page2] == mine[:50]
        assert q.queue_count(session, rep, q.QueueFilter.MY_QUEUE, TODAY) == len(mine)
        assert all(r.status is not Status.LOST for r in q.queue_rows(session, mine, TODAY))

        overdue = q.queue_rows(session, q.queue_ids(session, rep, q.QueueFilter.OVERDUE, TODAY),
                               TODAY)
        assert overdue and all(r.next_follow_up_on and r.next_follow_up_on < TODAY
                               for r in overdue)

        pool = q.queue_ids(session, rep, q.QueueFilter.TEAM_POOL, TODAY)
        assert pool
        owners = session.execute(select(Account.owner_id, Account.team_id)
                                 .where(Account.id.in_(pool))).all()
        assert all(o is None and t == rep.team_id for o, t in owners)

        leads = q.queue_ids(session, rep, q.QueueFilter.ALL_MINE, TODAY, status=Status.LEAD)
        assert {r.status for r in q.queue_rows(session, leads, TODAY)} == {Status.LEAD}

        team = q.queue_ids(session, rep, q.QueueFilter.TEAM, TODAY)
        in_team = session.scalar(select(func.count()).where(
            Account.team_id == rep.team_id, Account.deleted.is_(False)))
        assert len(team) == in_team


def test_card_contacts_relations_and_timeline(seeded: Store) -> None:
    with seeded.session() as session:
        account_id = session.scalar(
            select(Account.id).where(Account.status == Status.CONTRACTED).limit(1))
        assert account_id is not None
        card = q.card(session, account_id, TODAY)
        assert card is not None and card.status is Status.CONTRACTED
        assert card.facts.contract_signed and card.facts.payment_received
        assert card.score.reasons
        people = q.contacts(session, account_id)
        assert people and people[0].is_key_person
        assert all(p.reports_to_id is None or p.reports_to_id in {c.id for c in people}
                   for p in people)

        first = q.timeline(session, account_id, limit=5)
        rest = q.timeline(session, account_id, limit=500, after=q.cursor_after(first[-1]))
        everything = q.timeline(session, account_id, limit=500)
        assert [a.id for a in first + rest] == [a.id for a in everything]
        stamps = [a.occurred_at for a in everything]
        assert stamps == sorted(stamps, reverse=True)

        assert q.card(session, uuid.uuid4(), TODAY) is None


def test_relations_read_from_both_sides(seeded: Store) -> None:
    from crmdesk.store.models import AccountRelation, RelationKind

    with seeded.session() as session:
        rel = session.scalars(select(AccountRelation).where(
            AccountRelation.kind == RelationKind.SUPPLIER_OF).limit(1)).one()
        supplier_side = q.relations(session, rel.from_account_id)
        customer_side = q.relations(session, rel.to_account_id)
    assert any(r.other_id == rel.to_account_id and r.label == "customer" for r in supplier_side)
    assert any(r.other_id == rel.from_account_id and r.label == "supplier"
               for r in customer_side)


def test_logging_a_call_moves_the_account_on(seeded: Store) -> None:
    rep = _rep(seeded)
    with seeded.session.begin() as session:
        account_id = new_account(session, name="Fresh Prospect Ltd.", owner_id=rep.id,
                                 team_id=rep.team_id)
        session.add(Contact(account_id=account_id, name="Ann", mobile="138 0000 1111",
                            mobile_e164="+8613800001111", owner_id=rep.id,
                            team_id=rep.team_id))
    tomorrow = TODAY + timedelta(days=1)
    with seeded.session.begin() as session:
        log_activity(session, account_id, rep.id, ActivityInput(
            ActivityKind.CALL, Outcome.NO_ANSWER, "no answer", tomorrow))
    with seeded.session() as session:
        card = q.card(session, account_id, TODAY)
        assert card is not None and card.status is Status.LEAD  # one-way: still a lead
        assert card.next_follow_up_on == tomorrow and card.last_contact_at is not None
    with seeded.session.begin() as session:
        log_activity(session, account_id, rep.id, ActivityInput(
            ActivityKind.CALL, Outcome.INTERESTED, "wants a demo", TODAY))
    with seeded.session() as session:
        card = q.card(session, account_id, TODAY)
        assert card is not None and card.status is Status.POTENTIAL
        assert card.next_follow_up_on == TODAY
        top = q.timeline(session, account_id, limit=1)[0]
        assert top.notes == "wants a demo" and top.author == rep.display_name
        ids = q.queue_ids(session, rep, q.QueueFilter.MY_QUEUE, TODAY)
        due_today = [i for i in ids if q.queue_rows(session, [i], TODAY)[0].urgency == 1]
        assert account_id in due_today


def test_an_older_activity_does_not_replace_the_next_step(seeded: Store) -> None:
    """A note backfilled with "no follow-up" under an account whose later entries set
    the next step leaves that step as it is (the newest entry's is the account's)."""
    with seeded.session() as session:
        account_id, follow = session.execute(
            select(Account.id, Account.next_follow_up_on)
            .where(Account.next_follow_up_on.is_not(None),
                   select(Activity.id).where(Activity.account_id == Account.id,
                                             Activity.deleted.is_(False)).exists())
            .limit(1)).one()
    with seeded.session.begin() as session:
        log_activity(session, account_id, None, ActivityInput(
            ActivityKind.NOTE, None, "backfilled note", None,
            occurred_at=datetime(2020, 1, 1, 9, 0)))
    with seeded.session() as session:
        assert session.scalar(select(Account.next_follow_up_on).where(
            Account.id == account_id)) == follow


def test_logging_on_a_deleted_account_says_so(seeded: Store) -> None:
    with seeded.session.begin() as session:
        account_id = session.scalar(select(Account.id).limit(1))
        assert account_id is not None
        session.execute(update(Account).where(Account.id == account_id).values(deleted=True))
        before = session.scalar(select(func.count()).where(Activity.account_id == account_id))
    with seeded.session.begin() as session, pytest.raises(NotFound, match="no longer exists"):
        log_activity(session, account_id, None, ActivityInput(ActivityKind.NOTE, notes="lost?"))
    with seeded.session() as session:
        after = session.scalar(select(func.count()).where(Activity.account_id == account_id))
    assert after == before


def test_search_query_function_limits(seeded: Store) -> None:
    with seeded.session() as session:
        assert len(q.search(session, "co", limit=7)) == 7  # plenty of "co…" in the seed
        assert q.search(session, "x") == []


def test_unknown_follow_up_date_type_is_not_stored_as_text(seeded: Store) -> None:
    with seeded.session() as session:
        value = session.scalar(select(Account.next_follow_up_on)
                               .where(Account.next_follow_up_on.is_not(None)).limit(1))
    assert isinstance(value, date)


def test_a_field_the_score_reads_moves_the_queue_at_once(seeded: Store) -> None:
    """The company's size is in its value score: typing a new one on the card moves its
    place in the queue at once, and the queue and the card agree."""
    with seeded.write.begin() as s:
        account = s.scalars(select(Account.id).where(
            Account.deleted.is_(False), Account.scale == "1-9").limit(1)).one()
        before = q.queue_rows(s, [account], date.today())[0].value_score
        assert update_account_field(s, account, "scale", "5000+").problem is None
    with seeded.session() as s:
        row = q.queue_rows(s, [account], date.today())[0]
        card = q.card(s, account, date.today())
    assert card is not None and row.value_score == card.score.value > before
