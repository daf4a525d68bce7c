"""Edits a user makes on the card, graph and timeline, and the journal they leave."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from crmdesk.domain.activity import ActivityKind, Outcome
from crmdesk.domain.lifecycle import Status
from crmdesk.domain.value import Why
from crmdesk.store import queries as q
from crmdesk.store.db import Store
from crmdesk.store.deal_writes import ContractIn, record_contract, record_payment
from crmdesk.store.journal import QUIET, pending_count
from crmdesk.store.models import (
    Account,
    AccountTag,
    Activity,
    Contact,
    OutboxEntry,
    Tag,
)
from crmdesk.store.writes import (
    ActivityInput,
    NotFound,
    Refused,
    add_influence,
    add_reports_to,
    claim,
    delete_activity,
    edit_activity,
    log_activity,
    merge_accounts,
    move_status,
    new_account,
    new_contact,
    update_account_field,
    update_custom_fields,
)
from tests.conftest import TODAY


def test_every_edit_is_journaled_in_its_transaction(empty: Store,
                                                    world: dict[str, uuid.UUID]) -> None:
    with empty.session() as s:
        start = pending_count(s)
        assert start >= 5  # team, user, account, three contacts
    with empty.session.begin() as s:
        update_account_field(s, world["acme"], "region", "Shanghai")
    with empty.session() as s:
        last = s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq.desc())).first()
        assert last is not None and last.entity == "accounts"
        assert last.fields == {"region": "Shanghai"} and last.row_id == world["acme"]
        assert pending_count(s) == start + 1
    with pytest.raises(RuntimeError), empty.session.begin() as s:  # a rolled-back edit
        update_account_field(s, world["acme"], "region", "Beijing")
        raise RuntimeError("crash before commit")
    with empty.session() as s:
        assert pending_count(s) == start + 1
    with empty.session.begin() as s:  # changes applied from the server are not journaled
        s.info[QUIET] = True
        s.get(Account, world["acme"]).address = "1 Pull St"  # type: ignore[union-attr]
    with empty.session() as s:
        assert pending_count(s) == start + 1


def test_field_edits_are_checked_and_keep_keys_current(empty: Store,
                                                       world: dict[str, uuid.UUID]) -> None:
    with empty.session.begin() as s:
        bad = update_account_field(s, world["acme"], "phone", "12")
        assert bad.problem and "wrong number of digits" in bad.problem
        assert update_account_field(s, world["acme"], "website", "not a site").problem
        assert update_account_field(s, world["acme"], "scale", "huge").problem
        assert update_account_field(s, world["acme"], "name", "  ").problem
        assert update_account_field(s, world["acme"], "phone", "021-6234 5678").problem is None
        assert update_account_field(s, world["acme"], "website", "https://acme.com.cn/x"
                                    ).problem is None
        assert update_account_field(s, world["acme"], "name", "ACME Group").problem is None
    with empty.session() as s:
        a = s.get(Account, world["acme"])
        assert a is not None
        assert (a.phone_e164, a.domain, a.name_key) == ("+862162345678", "acme.com.cn", "acme")
        assert q.search(s, "acme group")[0].title == "ACME Group"


def test_custom_fields_follow_the_business_line(empty: Store,
                                                world: dict[str, uuid.UUID]) -> None:
    with empty.session.begin() as s:
        s.get(Account, world["acme"]).business_line = "software"  # type: ignore[union-attr]
    with empty.session.begin() as s:
        assert update_custom_fields(s, world["acme"], {"seats": "many"}) == [
            "Seats needed must be a whole number of at least 0."]
        assert update_custom_fields(s, world["acme"], {"seats": 40}) == []
    with empty.session() as s:
        assert s.get(Account, world["acme"]).custom_fields == {"seats": 40}  # type: ignore[union-attr]


def test_editing_and_deleting_activities_recomputes_the_account(
        empty: Store, world: dict[str, uuid.UUID]) -> None:
    later = TODAY + timedelta(days=7)
    with empty.session.begin() as s:
        first = log_activity(s, world["acme"], world["rep"], ActivityInput(
            ActivityKind.CALL, Outcome.NO_ANSWER, "try again", TODAY))
        second = log_activity(s, world["acme"], world["rep"], ActivityInput(
            ActivityKind.CALL, Outcome.REACHED, "talked", later))
    with empty.session() as s:
        a = s.get(Account, world["acme"])
        assert a is not None and a.status is Status.POTENTIAL and a.next_follow_up_on == later
    with empty.session.begin() as s:
        edit_activity(s, second, ActivityInput(ActivityKind.CALL, Outcome.REACHED, "talked",
                                               TODAY + timedelta(days=2)))
    with empty.session() as s:
        assert s.get(Account, world["acme"]).next_follow_up_on == TODAY + timedelta(days=2)  # type: ignore[union-attr]
    with empty.session.begin() as s:
        assert delete_activity(s, second) == world["acme"]
    with empty.session() as s:
        a = s.get(Account, world["acme"])
        assert a is not None and a.next_follow_up_on == TODAY  # back to the older entry
        # a status reached is not taken away by deleting the call that reached it
        assert a.status is Status.POTENTIAL
        assert [r.id for r in q.timeline(s, world["acme"])] == [first]
    with empty.session.begin() as s, pytest.raises(NotFound):
        delete_activity(s, second)


def test_status_actions_follow_the_rules(empty: Store, world: dict[str, uuid.UUID]) -> None:
    with empty.session.begin() as s:
        assert not move_status(s, world["acme"], Status.CONTRACTED).allowed
        assert move_status(s, world["acme"], Status.LOST).reason == "Say why the account was lost."
        assert move_status(s, world["acme"], Status.LOST, "chose a competitor").allowed
    with empty.session.begin() as s:
        assert s.get(Account, world["acme"]).lost_reason == "chose a competitor"  # type: ignore[union-attr]
        assert not move_status(s, world["acme"], Status.POTENTIAL).allowed
        assert move_status(s, world["acme"], Status.LEAD).allowed


def test_contract_and_payment_make_a_customer(empty: Store,
                                              world: dict[str, uuid.UUID]) -> None:
    """Contracted follows from a signed contract with money received on it: a contract
    typed in alone does not make it (the rule the older contract command held)."""
    with empty.session.begin() as s:
        with pytest.raises(Refused, match="more than zero"):
            record_contract(s, world["acme"], ContractIn("C-1", TODAY, 0))
        contract = record_contract(s, world["acme"], ContractIn("C-1", TODAY, 100_00))
    with empty.session() as s:
        assert s.get(Account, world["acme"]).status is Status.LEAD  # type: ignore[union-attr]
    with empty.session.begin() as s:
        log_activity(s, world["acme"], None, ActivityInput(ActivityKind.VISIT,
                                                           Outcome.INTERESTED))
        with pytest.raises(Refused, match="more than is still due"):
            record_payment(s, contract, 100_01, TODAY, TODAY)
        record_payment(s, contract, 40_00, TODAY, TODAY)
    with empty.session() as s:
        assert s.get(Account, world["acme"]).status is Status.CONTRACTED  # type: ignore[union-attr]


def test_reporting_lines_and_influence(empty: Store, world: dict[str, uuid.UUID]) -> None:
    with empty.session.begin() as s:
        add_reports_to(s, world["bob"], world["ann"])
        add_reports_to(s, world["cat"], world["bob"])
        with pytest.raises(Refused, match="already reports to"):
            add_reports_to(s, world["ann"], world["cat"])
        with pytest.raises(Refused, match="themselves"):
            add_reports_to(s, world["ann"], world["ann"])
        add_influence(s, world["cat"], world["ann"], 4)
        add_influence(s, world["cat"], world["ann"], 5)  # updates, does not duplicate
        with pytest.raises(Refused, match="1 \\(weak\\) to 5"):
            add_influence(s, world["cat"], world["bob"], 9)
    with empty.session() as s:
        (link,) = q.influences(s, world["acme"])
        assert link.strength == 5
        bosses = {c.name: c.reports_to_id for c in q.contacts(s, world["acme"])}
        assert bosses["Cat"] == world["bob"] and bosses["Bob"] == world["ann"]


def test_merge_keeps_every_activity_and_contact(empty: Store,
                                                world: dict[str, uuid.UUID]) -> None:
    with empty.session.begin() as s:
        dup = new_account(s, name="ACME Limited", owner_id=world["rep"], team_id=world["team"],
                          website="www.acme.com")
        new_contact(s, dup, name="Dan", mobile="137 0000 3333")
        log_activity(s, dup, None, ActivityInput(ActivityKind.CALL, Outcome.REACHED, "dup call"))
        log_activity(s, world["acme"], None, ActivityInput(ActivityKind.NOTE, None, "main note"))
        tag = Tag(name="VIP")
        s.add(tag)
        s.flush()
        s.add_all([AccountTag(account_id=dup, tag_id=tag.id),
                   AccountTag(account_id=world["acme"], tag_id=tag.id)])
    with empty.session.begin() as s:
        result = merge_accounts(s, world["acme"], dup)
        assert result.moved["contacts"] == 1 and result.moved["activities"] == 1
    with empty.session() as s:
        assert {c.name for c in q.contacts(s, world["acme"])} == {"Ann", "Bob", "Cat", "Dan"}
        assert {a.notes for a in q.timeline(s, world["acme"])} == {"dup call", "main note"}
        kept = s.get(Account, world["acme"])
        assert kept is not None and kept.website == "www.acme.com" and kept.domain == "acme.com"
        assert kept.status is Status.POTENTIAL  # the duplicate's call reached them
        assert s.get(Account, dup).deleted  # type: ignore[union-attr]
        card = q.card(s, world["acme"], TODAY)
        assert card is not None and [t.name for t in card.tags] == ["VIP"]
        titles = [h.title for h in q.search(s, "acme")]
        assert titles[0] == "Acme Ltd." and "ACME Limited" not in titles
        assert s.scalar(select(func.count()).select_from(Activity)) == 2
        assert s.scalar(select(func.count()).where(Contact.deleted.is_(False))) == 4
    with empty.session.begin() as s, pytest.raises(Refused):
        merge_accounts(s, world["acme"], world["acme"])


def test_claiming_from_the_pool(empty: Store, world: dict[str, uuid.UUID]) -> None:
    with empty.session.begin() as s:
        pooled = new_account(s, name="Pool Co", owner_id=None, team_id=world["team"])
    with empty.session.begin() as s:
        claim(s, pooled, world["rep"], date(2026, 11, 25))
        with pytest.raises(Refused, match="already owns"):
            claim(s, pooled, world["rep"], date(2026, 11, 25))


def test_journal_entries_of_new_rows_hold_their_defaults(empty: Store,
                                                         world: dict[str, uuid.UUID]) -> None:
    with empty.session() as s:
        entry = s.scalars(select(OutboxEntry).where(
            OutboxEntry.row_id == world["acme"], OutboxEntry.entity == "accounts")
            .order_by(OutboxEntry.seq)).first()
    assert entry is not None
    assert entry.fields["deleted"] is False and entry.fields["value_score"] == 0
    assert entry.fields["status"] == "lead" and entry.stamp  # stamped by the clock
    assert "updated_at" not in entry.fields and "id" not in entry.fields  # the server's
    assert entry.fields["custom_fields"] == {}


def test_editing_an_activity_keeps_its_contact(empty: Store,
                                               world: dict[str, uuid.UUID]) -> None:
    with empty.session.begin() as s:
        activity_id = log_activity(s, world["acme"], None, ActivityInput(
            ActivityKind.VISIT, Outcome.REACHED, "met Ann", contact_id=world["ann"]))
    with empty.session() as s:
        row = q.timeline(s, world["acme"])[0]
    assert row.contact_id == world["ann"] and row.contact == "Ann"
    with empty.session.begin() as s:
        edit_activity(s, activity_id, ActivityInput(row.kind, row.outcome, "met Ann (typo fixed)",
                                                    row.next_follow_up_on, row.contact_id))
    with empty.session() as s:
        assert q.timeline(s, world["acme"])[0].contact == "Ann"


def test_merge_revives_a_removed_tag_instead_of_clashing(empty: Store,
                                                         world: dict[str, uuid.UUID]) -> None:
    with empty.session.begin() as s:
        dup = new_account(s, name="Acme Limited", owner_id=world["rep"], team_id=world["team"])
        tag = Tag(name="VIP")
        s.add(tag)
        s.flush()
        s.add_all([AccountTag(account_id=world["acme"], tag_id=tag.id, deleted=True),
                   AccountTag(account_id=dup, tag_id=tag.id)])
    with empty.session.begin() as s:
        merge_accounts(s, world["acme"], dup)
    with empty.session() as s:
        card = q.card(s, world["acme"], TODAY)
        assert card is not None and [t.name for t in card.tags] == ["VIP"]


def test_money_moves_the_value_score_and_only_paid_contracts_are_purchases(
        empty: Store, world: dict[str, uuid.UUID]) -> None:
    with empty.session.begin() as s:
        record_contract(s, world["acme"], ContractIn("C-1", TODAY, 2_000_000_00))
    with empty.session() as s:
        card = q.card(s, world["acme"], date.today())
        assert card is not None and not any(r.why is Why.PURCHASES for r in card.score.reasons)
        assert not card.churn.at_risk  # no purchase yet: nothing to churn
        unpaid_score = s.get(Account, world["acme"]).value_score  # type: ignore[union-attr]
    with empty.session.begin() as s:
        paid = record_contract(s, world["acme"], ContractIn("C-2", TODAY, 2_000_000_00))
        record_payment(s, paid, 2_000_000_00, date.today(), date.today())
    with empty.session() as s:
        stored = s.get(Account, world["acme"]).value_score  # type: ignore[union-attr]
        card = q.card(s, world["acme"], date.today())
    assert card is not None and stored == card.score.value > unpaid_score  # queue sees it too
    assert card.status is Status.CONTRACTED


def test_tags_are_added_once_removed_and_searchable(empty: Store,
                                                    world: dict[str, uuid.UUID]) -> None:
    from crmdesk.store.writes import add_tag, remove_tag

    with empty.session.begin() as s:
        vip = add_tag(s, world["acme"], "  Key   account ")
        assert add_tag(s, world["acme"], "key account") == vip  # same tag, any case
        with pytest.raises(Refused, match="needs a name"):
            add_tag(s, world["acme"], "   ")
    with empty.session() as s:
        card = q.card(s, world["acme"], TODAY)
        assert card is not None and [t.name for t in card.tags] == ["Key account"]
        assert q.search(s, "key acc")[0].title == "Acme Ltd."
    with empty.session.begin() as s:
        remove_tag(s, world["acme"], vip)
        with pytest.raises(NotFound):
            remove_tag(s, world["acme"], vip)
    with empty.session.begin() as s:
        add_tag(s, world["acme"], "Key account")  # back again: the old row revives
    with empty.session() as s:
        card = q.card(s, world["acme"], TODAY)
        assert card is not None and [t.name for t in card.tags] == ["Key account"]
