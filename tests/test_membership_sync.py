"""Membership through the real server over HTTP on PostgreSQL: points added offline on two
laptops to one card both count, on both laptops and on the server (entries, never a
balance field); a payment earned on two laptops counts once (its entry's id is the
payment's); a card issued on two laptops offline is one card; a redemption beyond the
balance is refused on the server too, in the laptop's words; another team neither reads
nor writes a card; only a lead sets the team's rule."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from crmdesk.app import deals
from crmdesk.app import membership as mb
from crmdesk.app import messages as m
from crmdesk.domain import membership as rules
from crmdesk.domain.membership import EntryKind, Level
from crmdesk.domain.messages import MessageChannel
from crmdesk.server.db import ServerDB
from crmdesk.store import membership as store
from crmdesk.store.deal_writes import ContractIn
from crmdesk.store.models import MemberCard, MembershipRule, OutMessage, PointsEntry
from crmdesk.store.writes import new_account, new_contact
from tests.conftest import TODAY
from tests.sync_harness import (
    Laptop,
    Server,
    add_people,
    held_ids,
    laptop_context,
    mirror_problems,
    rogue_push,
    viewer_of,
)


def _server_points(db: ServerDB, account: uuid.UUID) -> tuple[int, int]:
    """(balance, entries) of the account's cards on the server."""
    with db.session() as s:
        found = s.execute(select(func.coalesce(func.sum(PointsEntry.points), 0),
                                 func.count(PointsEntry.id))
                          .join(MemberCard, MemberCard.id == PointsEntry.card_id)
                          .where(MemberCard.account_id == account,
                                 PointsEntry.deleted.is_(False))).one()
    return int(found[0]), int(found[1])


def _east(server: Server, tmp_path: Path) -> tuple[dict[str, uuid.UUID], Laptop, Laptop,
                                                     uuid.UUID]:
    """amy's company Acme with Ann, synced to amy's and lea's laptops: (ids, amy, lea,
    acme)."""
    http, db, _url = server
    ids = add_people(server)
    amy, lea = (Laptop(tmp_path, str(http.base_url), name, viewer_of(db, name))
                for name in ("amy", "lea"))
    with amy.store.write.begin() as s:
        acme = new_account(s, name="Acme 有限公司", owner_id=ids["amy"], team_id=ids["East"])
        new_contact(s, acme, name="Ann", mobile="138 0000 1111")
    amy.sync()
    lea.sync()
    return ids, amy, lea, acme


def _balance(laptop: Laptop, account: uuid.UUID) -> int:
    return mb.membership(laptop_context(laptop), account).standing.balance


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_points_added_offline_on_two_laptops_both_count_everywhere(
        server: Server, tmp_path: Path) -> None:
    _http, db, _url = server
    _ids, amy, lea, acme = _east(server, tmp_path)
    # the card issued on both laptops offline: one card, one number
    assert mb.issue_card(laptop_context(amy), acme).value == \
        mb.issue_card(laptop_context(lea), acme).value == rules.card_id(acme)
    mb.adjust(laptop_context(amy), acme, 100, "Welcome gift")
    mb.adjust(laptop_context(lea), acme, 50, "Came to the fair")
    assert (_balance(amy, acme), _balance(lea, acme)) == (100, 50)
    for laptop in (amy, lea, amy):
        report = laptop.sync()
        assert (report.refused, report.conflicts) == (0, [])
    assert (_balance(amy, acme), _balance(lea, acme)) == (150, 150)
    assert _server_points(db, acme) == (150, 2)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(MemberCard)) == 1
    # who made each entry and why travel with it
    made = {e.reason: e.made_by for e in mb.ledger(laptop_context(amy), acme)}
    assert made.keys() == {"Welcome gift", "Came to the fair"}
    assert None not in made.values() and len(set(made.values())) == 2
    assert mirror_problems(db, amy) == [] and mirror_problems(db, lea) == []
    amy.close()
    lea.close()


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_one_payment_earned_on_two_laptops_counts_once(server: Server, tmp_path: Path) -> None:
    _http, db, _url = server
    _ids, amy, lea, acme = _east(server, tmp_path)
    ctx = laptop_context(amy)
    contract = deals.record_contract(ctx, acme, ContractIn(
        number="C-1", signed_on=TODAY - timedelta(days=3), amount=50_000_00)).value
    paid = deals.record_payment(ctx, contract, 20_000_00, TODAY).value  # before the card
    mb.issue_card(ctx, acme)
    amy.sync()
    lea.sync()
    # both earn it offline: one entry, the payment's
    assert mb.earn(laptop_context(amy), paid).value.points == 200
    assert mb.earn(laptop_context(lea), paid).value.points == 200
    for laptop in (amy, lea, amy):
        assert laptop.sync().refused == 0
    assert (_balance(amy, acme), _balance(lea, acme)) == (200, 200)
    assert _server_points(db, acme) == (200, 1)
    assert held_ids(lea, PointsEntry) == held_ids(amy, PointsEntry) == {rules.earned_id(paid)}
    # a payment recorded with the card there earns in its own transaction, once
    deals.record_payment(laptop_context(lea), contract, 5_000_00, TODAY)
    for laptop in (lea, amy):
        laptop.sync()
    assert _server_points(db, acme) == (250, 2) and _balance(amy, acme) == 250
    assert mirror_problems(db, amy) == [] and mirror_problems(db, lea) == []
    amy.close()
    lea.close()


def _texts(laptop: Laptop) -> list[str]:
    """The SMS bodies waiting in the laptop's message outbox."""
    with laptop.store.session() as s:
        return list(s.scalars(select(OutMessage.body).order_by(OutMessage.id)))


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_only_the_laptop_that_records_a_payment_texts_its_points(
        server: Server, tmp_path: Path) -> None:
    """Two laptops earning one payment offline make one entry and send no SMS: the
    payment is on the server, so either might; the laptop recording one texts once."""
    _http, _db, _url = server
    _ids, amy, lea, acme = _east(server, tmp_path)
    m.save_template(laptop_context(lea), "Points changed", MessageChannel.SMS, "",
                    "{{member.points}} points, balance {{member.balance}}")
    mb.set_rule(laptop_context(lea), 1, 100_00, "CNY", rules.DEFAULT_LEVELS,
                "Points changed")
    ctx = laptop_context(amy)
    contract = deals.record_contract(ctx, acme, ContractIn(
        number="C-1", signed_on=TODAY - timedelta(days=3), amount=50_000_00)).value
    synced = deals.record_payment(ctx, contract, 20_000_00, TODAY).value  # before the card
    for laptop in (lea, amy, lea):
        laptop.sync()
    # recorded here (before the card) and not yet sent: no other laptop has it, so
    # earning it here texts
    unsent = deals.record_payment(ctx, contract, 1_000_00, TODAY).value
    mb.issue_card(ctx, acme)
    assert mb.earn(ctx, unsent).value.sms == "SMS to Ann waits in the outbox."
    assert _texts(amy) == ["+10 points, balance 10"]
    amy.sync()
    lea.sync()
    # both earn the payment both have, offline: one entry, no SMS on either laptop
    for laptop in (amy, lea):
        written = mb.earn(laptop_context(laptop), synced).value
        assert (written.points, written.sms) == (200, store.ELSEWHERE)
    for laptop in (amy, lea, amy):
        assert laptop.sync().refused == 0
    assert _texts(lea) == [] and _texts(amy) == ["+10 points, balance 10"]
    assert (_balance(amy, acme), _balance(lea, acme)) == (210, 210)
    # a payment lea records with the card there: lea texts it, once, and amy does not
    deals.record_payment(laptop_context(lea), contract, 5_000_00, TODAY)
    assert _texts(lea) == ["+50 points, balance 260"]
    amy.sync()
    assert _texts(amy) == ["+10 points, balance 10"]
    amy.close()
    lea.close()


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_a_redemption_beyond_the_balance_is_refused_on_the_server_too(
        server: Server, tmp_path: Path) -> None:
    _http, db, _url = server
    _ids, amy, lea, acme = _east(server, tmp_path)
    mb.issue_card(laptop_context(amy), acme)
    mb.adjust(laptop_context(amy), acme, 150, "Opening balance")
    amy.sync()
    lea.sync()
    # both spend 100 of the 150 offline: the server takes the first, refuses the second
    mb.redeem(laptop_context(amy), acme, 100, "Hamper")
    mb.redeem(laptop_context(lea), acme, 100, "Tea set")
    assert amy.sync().refused == 0
    report = lea.sync()
    assert (report.refused, report.conflicts) == (1, ["Only 50 points to redeem; 100 asked."])
    assert _server_points(db, acme) == (50, 2)
    amy.sync()
    assert _balance(amy, acme) == 50
    # pushed past the laptop's own check: the same words
    card = rules.card_id(acme)
    answer = rogue_push(amy, "points_entries", uuid.uuid4(), {
        "card_id": card.hex, "kind": "redeemed", "points": -51, "reason": "Too much",
        "made_by": amy.viewer.user_id.hex, "made_at": "2026-12-01T10:00:00"})
    assert (answer["status"], answer["reason"]) == ("refused",
                                                    "Only 50 points to redeem; 51 asked.")
    answer = rogue_push(amy, "points_entries", uuid.uuid4(), {
        "card_id": card.hex, "kind": "adjusted", "points": 5, "reason": "",
        "made_by": amy.viewer.user_id.hex, "made_at": "2026-12-01T10:00:00"})
    assert answer["reason"] == "Say why: an adjustment needs a reason."
    # an entry once made is not changed
    [first] = [e.id for e in mb.ledger(laptop_context(amy), acme)
               if e.kind is EntryKind.ADJUSTED]
    answer = rogue_push(amy, "points_entries", first, {"points": 10_000})
    assert answer["status"] == "refused" and "only ever added to" in answer["reason"]
    assert _server_points(db, acme) == (50, 2)
    amy.close()
    lea.close()


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_another_team_neither_reads_nor_writes_a_card_and_a_lead_sets_the_rule(
        server: Server, tmp_path: Path) -> None:
    http, db, _url = server
    ids, amy, lea, acme = _east(server, tmp_path)
    wes = Laptop(tmp_path, str(http.base_url), "wes", viewer_of(db, "wes"))
    mb.issue_card(laptop_context(amy), acme)
    mb.adjust(laptop_context(amy), acme, 10, "Hello")
    mb.set_rule(laptop_context(lea), 2, 100_00, "CNY", (Level("Blue", 0), Level("Red", 50)))
    amy.sync()
    lea.sync()
    wes.sync()
    assert held_ids(wes, MemberCard) == held_ids(wes, PointsEntry) == set()
    assert held_ids(wes, MembershipRule) == set()
    card = rules.card_id(acme)
    answer = rogue_push(wes, "points_entries", uuid.uuid4(), {
        "card_id": card.hex, "kind": "adjusted", "points": 1_000, "reason": "Mine now",
        "made_by": ids["wes"].hex, "made_at": "2026-12-01T10:00:00"})
    assert answer["status"] == "refused"
    answer = rogue_push(wes, "member_cards", card, {"number": "STOLEN"})
    assert answer["status"] == "refused"
    assert _server_points(db, acme) == (10, 1)
    # the lead's rule reaches the team; a rep may not change it
    amy.sync()
    assert mb.rule(laptop_context(amy)).levels == (Level("Blue", 0), Level("Red", 50))
    answer = rogue_push(amy, "membership_rules", rules.rule_id(ids["East"]), {"points": 9})
    assert answer["status"] == "refused" and "lead" in answer["reason"]
    for laptop in (amy, lea, wes):
        laptop.close()
