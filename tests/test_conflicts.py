"""The conflict log as the Conflicts view reads it: real conflicts made by two laptops
through the real server, and the restore / dismiss writes on a real workspace."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from crmdesk.store import conflicts
from crmdesk.store.db import Store
from crmdesk.store.journal import pending_count
from crmdesk.store.models import (
    Account,
    DecisionRole,
    DecisionRoleKind,
    LocalConflict,
    Opportunity,
    OutboxEntry,
    Role,
    Team,
    User,
)
from crmdesk.store.writes import NotFound, Refused, new_account, new_contact, update_account_field
from tests.test_server_sync import _people
from tests.test_sync import Laptop, Server


def _pending(store: Store) -> int:
    with store.session() as session:
        return pending_count(session)


def test_a_real_conflict_is_listed_and_restoring_mine_wins_the_next_sync(
        server: Server, tmp_path: Path) -> None:
    http, _db, _url = server
    ids = _people(server)
    amy, lea = Laptop(tmp_path, http, "amy"), Laptop(tmp_path, http, "lea")
    try:
        with amy.store.write.begin() as s:
            account = new_account(s, name="Harbour Freight Co", owner_id=ids["amy"],
                                  team_id=ids["East"])
        amy.sync()
        lea.sync()
        with amy.store.write.begin() as s:
            update_account_field(s, account, "address", "1 Amy Road")
        with lea.store.write.begin() as s:
            update_account_field(s, account, "address", "2 Lea Street")  # the later edit
        amy.sync()
        lea.sync()
        amy.sync()
        with amy.store.session() as s:
            rows = conflicts.unresolved(s)
            assert conflicts.unresolved_count(s) == 1
        [row] = rows
        assert (row.kind, row.record, row.field_label) == ("Company", "Harbour Freight Co",
                                                           "Address")
        assert (row.mine, row.theirs) == ("1 Amy Road", "2 Lea Street")
        assert row.account_id == account and row.blocked is None
        assert "lea" in row.reason or row.their_by == "lea"

        with amy.store.write.begin() as s:
            assert conflicts.restore_mine(s, row.id) == account
        with amy.store.session() as s:
            entry = s.scalars(select(OutboxEntry)).one()
            assert (entry.entity, entry.row_id, entry.fields["address"]) == (
                "accounts", account, "1 Amy Road")
            assert conflicts.unresolved_count(s) == 0
        amy.sync()
        lea.sync()
        for laptop in (amy, lea):
            with laptop.store.session() as s:
                kept = s.get(Account, account)
                assert kept is not None and kept.address == "1 Amy Road"
        with lea.store.session() as s:  # a restore made after seeing hers: not concurrent
            assert conflicts.unresolved(s) == []
    finally:
        amy.close()
        lea.close()


def _local_user(store: Store) -> tuple[uuid.UUID, uuid.UUID]:
    with store.write.begin() as s:
        team = Team(name="East")
        s.add(team)
        s.flush()
        user = User(username="amy", display_name="Amy Chen", role=Role.REP, team_id=team.id)
        s.add(user)
        s.flush()
        return user.id, team.id


def _conflict(store: Store, entity: str, row_id: uuid.UUID, field: str | None,
              mine: object, reason: str = "Replaced by lea's later edit.") -> int:
    with store.write.begin() as s:
        conflict = LocalConflict(entity=entity, row_id=row_id, field=field, my_value=mine,
                                 reason=reason)
        s.add(conflict)
        s.flush()
        return conflict.id


def test_dismiss_closes_a_conflict_and_sends_nothing(empty: Store) -> None:
    user, team = _local_user(empty)
    with empty.write.begin() as s:
        account = new_account(s, name="Quiet Co", owner_id=user, team_id=team)
    with empty.write.begin() as s:
        s.execute(OutboxEntry.__table__.delete())
    conflict = _conflict(empty, "accounts", account, "industry", "Retail")
    with empty.write.begin() as s:
        conflicts.dismiss(s, conflict)
    with empty.session() as s:
        assert conflicts.unresolved(s) == []
        assert s.get(LocalConflict, conflict).resolved  # type: ignore[union-attr]
    assert _pending(empty) == 0
    with pytest.raises(NotFound), empty.write.begin() as s:
        conflicts.dismiss(s, conflict)  # twice: already dealt with


def test_a_record_that_left_my_scope_shows_my_value_but_cannot_be_restored(
        empty: Store) -> None:
    gone = uuid.uuid4()
    conflict = _conflict(empty, "accounts", gone, None,
                         {"name": "Left Scope Ltd.", "region": "Amy's last word"},
                         reason="This record left your scope before your change was sent.")
    with empty.session() as s:
        [row] = conflicts.unresolved(s)
    assert row.record == "Left Scope Ltd." and row.account_id is None
    assert "Amy's last word" in row.mine and "Region" in row.mine
    assert row.theirs is None
    assert row.blocked == conflicts.GONE
    with pytest.raises(Refused, match="no longer on this laptop"), empty.write.begin() as s:
        conflicts.restore_mine(s, conflict)
    with empty.session() as s:
        assert conflicts.unresolved_count(s) == 1  # still listed, nothing written
    assert _pending(empty) == 0


def test_values_read_as_names_and_rule_fields_are_not_set_by_hand(empty: Store) -> None:
    user, team = _local_user(empty)
    with empty.write.begin() as s:
        account = new_account(s, name="Rules Co", owner_id=user, team_id=team)
        s.flush()
        s.get(Account, account).next_follow_up_on = date(2026, 12, 1)  # type: ignore[union-attr]
    owner = _conflict(empty, "accounts", account, "owner_id", user.hex)
    status = _conflict(empty, "accounts", account, "status", "contracted")
    follow = _conflict(empty, "accounts", account, "next_follow_up_on", "2026-12-24")
    with empty.session() as s:
        rows = {r.id: r for r in conflicts.unresolved(s)}
    assert rows[owner].mine == "Amy Chen" and rows[owner].field_label == "Owner"
    assert rows[owner].blocked is not None and "reassign" in rows[owner].blocked
    assert rows[status].blocked is not None and rows[status].theirs == "lead"
    assert rows[follow].theirs == "2026-12-01" and rows[follow].blocked is None
    with pytest.raises(Refused), empty.write.begin() as s:
        conflicts.restore_mine(s, status)
    before = _pending(empty)
    with empty.write.begin() as s:
        conflicts.restore_mine(s, follow)
    with empty.session() as s:
        restored = s.get(Account, account)
        assert restored is not None and restored.next_follow_up_on == date(2026, 12, 24)
    assert _pending(empty) == before + 1


def test_an_invalid_value_of_mine_is_refused_with_the_cards_reason(empty: Store) -> None:
    user, team = _local_user(empty)
    with empty.write.begin() as s:
        account = new_account(s, name="Web Co", owner_id=user, team_id=team)
    conflict = _conflict(empty, "accounts", account, "website", "not a web address")
    with pytest.raises(Refused, match="not a web address"), empty.write.begin() as s:
        conflicts.restore_mine(s, conflict)
    with empty.session() as s:
        assert conflicts.unresolved_count(s) == 1


def test_one_value_recorded_twice_and_its_matching_key_are_one_question(
        empty: Store) -> None:
    user, team = _local_user(empty)
    with empty.write.begin() as s:
        account = new_account(s, name="Twice Co", owner_id=user, team_id=team)
    first = _conflict(empty, "accounts", account, "website", "www.twice.com")
    second = _conflict(empty, "accounts", account, "website", "www.twice.com")
    key = _conflict(empty, "accounts", account, "domain", "twice.com")
    other = _conflict(empty, "accounts", account, "region", "Ningbo")
    with empty.session() as s:
        rows = conflicts.unresolved(s)
        assert conflicts.unresolved_count(s) == len(rows) == 2
    assert sorted(r.field_label for r in rows) == ["Region", "Website"]
    website = next(r for r in rows if r.field == "website")
    with empty.write.begin() as s:
        conflicts.restore_mine(s, website.id)
    with empty.session() as s:
        done = {c.id: c.resolved for c in s.scalars(select(LocalConflict))}
        restored = s.get(Account, account)
        assert restored is not None and restored.domain == "twice.com"
    assert done == {first: True, second: True, key: True, other: False}


def test_each_kind_names_its_own_fields(empty: Store) -> None:
    """A contact's name is its name, not the company's (one global label list called
    every "name" field "Company name")."""
    user, team = _local_user(empty)
    with empty.write.begin() as s:
        account = new_account(s, name="Names Co", owner_id=user, team_id=team)
        contact = new_contact(s, account, name="Ann Lee", mobile="138 0000 1111")
    by_contact = _conflict(empty, "contacts", contact, "name", "Ann Li")
    by_company = _conflict(empty, "accounts", account, "name", "Names Company")
    whole = _conflict(empty, "contacts", uuid.uuid4(), None,
                      {"name": "Gone Person", "title": "Buyer"})
    with empty.session() as s:
        rows = {r.id: r for r in conflicts.unresolved(s)}
    assert rows[by_contact].field_label == "Name" and rows[by_contact].kind == "Contact"
    assert rows[by_company].field_label == "Company name"
    assert rows[by_company].kind == "Company"
    assert rows[whole].mine == "Name: Gone Person; Job title: Buyer"


def test_a_deals_record_names_the_company_of_its_deal(empty: Store) -> None:
    """A decision role belongs to its company through its opportunity (its declared
    path): the view names that company and restoring leads back to it."""
    user, team = _local_user(empty)
    with empty.write.begin() as s:
        account = new_account(s, name="Deal Co", owner_id=user, team_id=team)
        contact = new_contact(s, account, name="Dee Buyer", mobile="138 0000 2222")
        deal = Opportunity(account_id=account, name="Big order", owner_id=user, team_id=team)
        s.add(deal)
        s.flush()
        role = DecisionRole(opportunity_id=deal.id, contact_id=contact, owner_id=user,
                            team_id=team, role=DecisionRoleKind.INFLUENCER)
        s.add(role)
        s.flush()
        role_id = role.id
    conflict = _conflict(empty, "decision_roles", role_id, "role", "champion")
    with empty.session() as s:
        [row] = conflicts.unresolved(s)
    assert row.account_id == account and row.record == "Deal Co"
    assert row.kind == "Decision role"
    with empty.write.begin() as s:
        assert conflicts.restore_mine(s, conflict) == account
