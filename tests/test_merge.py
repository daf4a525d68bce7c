"""Merging two accounts that are one company: the record with the history survives
whichever one was open, and the user picks each differing value. Store tests on a real
seeded workspace."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import func, select

from crmdesk.domain.activity import ActivityKind, Outcome
from crmdesk.domain.merge import History, MergeSide, propose_survivor
from crmdesk.store import queries as q
from crmdesk.store.db import Store
from crmdesk.store.duplicates import merge_pair
from crmdesk.store.journal import pending_count
from crmdesk.store.models import (
    Account,
    Activity,
    Contact,
    DecisionRole,
    OutboxEntry,
    Payment,
    User,
)
from crmdesk.store.writes import (
    ActivityInput,
    Refused,
    log_activity,
    merge_accounts,
    new_account,
    new_contact,
)
from tests.conftest import TODAY

# ---- the rule ----------------------------------------------------------------------


def _side(n: int, acquired: date | None = None, **fields: str) -> MergeSide:
    return MergeSide(uuid.uuid4(), fields, History(activities=n), acquired)


def test_the_record_with_more_history_is_proposed_then_the_first_acquired() -> None:
    empty, real = _side(0, TODAY, name="Acme"), _side(3, date(2024, 1, 5), name="Acme Ltd")
    assert propose_survivor(empty, real) == (real, empty)
    assert propose_survivor(real, empty) == (real, empty)
    older, newer = _side(2, date(2023, 1, 1)), _side(2, date(2025, 1, 1))
    assert propose_survivor(newer, older) == (older, newer)
    undated = _side(2)
    assert propose_survivor(undated, newer) == (newer, undated)


# ---- the store, on a seeded workspace -----------------------------------------------


def _real_customer(store: Store) -> tuple[uuid.UUID, uuid.UUID]:
    """(account, its owner): a paying customer of the first rep with contacts and
    activities, whose name no other account shares."""
    with store.session() as s:
        rep = q.first_rep(s)
        assert rep is not None
        keys = s.execute(select(Account.name_key, func.count()).where(
            Account.deleted.is_(False)).group_by(Account.name_key)).all()
        unique = {key for key, n in keys if n == 1}
        paid = select(Payment.account_id).where(Payment.deleted.is_(False))
        for account in s.scalars(select(Account).where(
                Account.owner_id == rep.id, Account.id.in_(paid), Account.deleted.is_(False),
                Account.acquired_on.is_not(None), Account.acquired_on < TODAY)
                .order_by(Account.name)):
            talked = s.scalar(select(func.count()).where(Activity.account_id == account.id))
            people = s.scalar(select(func.count()).where(Contact.account_id == account.id))
            if account.name_key in unique and talked and people:
                return account.id, rep.id
    raise AssertionError("the seed has no paying customer with history")


def _empty_duplicate(store: Store, real: uuid.UUID, **fields: object) -> uuid.UUID:
    """What a rep makes by typing the customer in again as a new lead, today."""
    with store.write.begin() as s:
        account = s.get(Account, real)
        assert account is not None
        return new_account(s, name=f"{account.name} Co., Ltd.", owner_id=account.owner_id,
                           team_id=account.team_id, acquired_on=TODAY, **fields)


def _snapshot(store: Store, account_id: uuid.UUID) -> dict[str, object]:
    with store.session() as s:
        a = s.get(Account, account_id)
        assert a is not None
        return {"name": a.name, "name_key": a.name_key, "acquired_on": a.acquired_on,
                "channel_id": a.channel_id, "region": a.region, "deleted": a.deleted,
                "phone": a.phone, "phone_e164": a.phone_e164}


def test_an_empty_duplicate_opened_and_merged_keeps_the_real_customer(seeded: Store) -> None:
    real, rep = _real_customer(seeded)
    before = _snapshot(seeded, real)
    with seeded.session() as s:
        history = s.scalar(select(func.count()).where(Activity.account_id == real,
                                                      Activity.deleted.is_(False)))
    dup = _empty_duplicate(seeded, real)
    with seeded.write.begin() as s:
        log_activity(s, dup, rep, ActivityInput(ActivityKind.CALL, Outcome.REACHED,
                                                "called the new lead"))
        new_contact(s, dup, name="Dup Person", mobile="137 0000 3333")
    with seeded.session() as s:
        sides = merge_pair(s, dup, real)  # the duplicate is the open record
        assert sides is not None
        start = pending_count(s)
    survivor, dropped = propose_survivor(*sides)
    assert (survivor.id, dropped.id) == (real, dup)
    assert survivor.history.activities == history and dropped.history.total == 2
    with seeded.write.begin() as s:
        result = merge_accounts(s, survivor.id, dropped.id)
    assert (result.kept, result.dropped) == (real, dup)
    assert result.moved["contacts"] == 1 and result.moved["activities"] == 1
    after = _snapshot(seeded, real)
    assert after == before  # its name and acquisition: the earlier one is its own
    assert _snapshot(seeded, dup)["deleted"] is True
    with seeded.session() as s:
        notes = set(s.scalars(select(Activity.notes).where(Activity.account_id == real,
                                                           Activity.deleted.is_(False))))
        assert len(notes) >= 2 and "called the new lead" in notes
        assert "Dup Person" in {c.name for c in q.contacts(s, real)}
        # every change waits in the outbox for sync: the moves and the tombstone
        entries = s.execute(select(OutboxEntry.entity, OutboxEntry.row_id, OutboxEntry.fields)
                            .where(OutboxEntry.seq > start)).all()
        moved = {row for entity, row, fields in entries
                 if entity in ("activities", "contacts") and fields.get("account_id") == real.hex}
        assert len(moved) == 2
        assert ("accounts", dup) in {(e, r) for e, r, f in entries if f.get("deleted") is True}


def test_the_users_choice_of_each_value_is_kept(seeded: Store) -> None:
    real, _rep = _real_customer(seeded)
    dup = _empty_duplicate(seeded, real, region="Zhejiang", phone="021-6234 5678")
    with seeded.write.begin() as s:
        account = s.get(Account, dup)
        assert account is not None
        account.acquired_on = date(2019, 3, 1)  # came in long before, by hand
    before = _snapshot(seeded, real)
    with seeded.session() as s:
        start = pending_count(s)
    with seeded.write.begin() as s, pytest.raises(Refused, match="one of the two accounts"):
        merge_accounts(s, real, dup, choices={"region": uuid.uuid4()})
    with seeded.write.begin() as s, pytest.raises(Refused, match="can be chosen"):
        merge_accounts(s, real, dup, choices={"owner_id": dup})
    with seeded.session() as s:
        assert pending_count(s) == start  # a refused merge changes nothing
    with seeded.write.begin() as s:
        result = merge_accounts(s, real, dup, choices={"name": dup, "region": dup,
                                                       "phone": real})
    after = _snapshot(seeded, real)
    assert after["name"] == f"{before['name']} Co., Ltd." and after["region"] == "Zhejiang"
    assert after["name_key"] == before["name_key"]
    assert (after["phone"], after["phone_e164"]) == (before["phone"], before["phone_e164"])
    assert after["acquired_on"] == date(2019, 3, 1)  # the earliest of the two
    assert result.changed["region"] == (before["region"], "Zhejiang")
    assert result.changed["acquired_on"] == (before["acquired_on"], date(2019, 3, 1))
    assert "phone" not in result.changed


def test_a_dropped_accounts_deals_follow_the_survivors_owner(seeded: Store) -> None:
    with seeded.session() as s:
        role = s.scalars(select(DecisionRole).where(DecisionRole.deleted.is_(False))).first()
        assert role is not None
        with_deal = s.scalar(select(Contact.account_id).where(Contact.id == role.contact_id))
        assert with_deal is not None
        other_rep = s.scalar(select(User.id).where(User.id != role.owner_id,
                                                   User.team_id == role.team_id))
        assert other_rep is not None
    dup = new_account_for(seeded, other_rep, role.team_id)
    with seeded.write.begin() as s:
        # the account with the deal is folded into another rep's record
        merge_accounts(s, dup, with_deal)
    with seeded.session() as s:
        moved = s.get(DecisionRole, role.id)
        assert moved is not None and moved.owner_id == other_rep
        assert s.scalar(select(func.count()).where(
            Contact.account_id == with_deal, Contact.deleted.is_(False))) == 0


def new_account_for(store: Store, owner: uuid.UUID | None, team: uuid.UUID | None
                    ) -> uuid.UUID:
    with store.write.begin() as s:
        return new_account(s, name="Survivor Holdings", owner_id=owner, team_id=team)
