"""Membership on one laptop: the earning rule (rounded down, one currency, once a
payment), levels by points collected, the ledger's checks (a redemption never beyond the
balance, an adjustment with a reason, in the words the server uses too), a payment's
points earned in its transaction and reversed once, and the points SMS through the
message outbox with the membership merge fields."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import delete, func, select

from crmdesk.app import deals
from crmdesk.app import membership as mb
from crmdesk.app import messages as m
from crmdesk.app import refused as app_refused
from crmdesk.app.context import Context
from crmdesk.domain import membership as rules
from crmdesk.domain.membership import EntryKind, Level, Rule
from crmdesk.domain.messages import MessageChannel, OutState, field_problems
from crmdesk.secrets import MemoryStore
from crmdesk.store import queries as q
from crmdesk.store import refused
from crmdesk.store.db import Store
from crmdesk.store.deal_writes import ContractIn
from crmdesk.store.journal import pending_count
from crmdesk.store.models import OutboxEntry, OutMessage, Payment, PointsEntry, Role, User
from crmdesk.store.refusals import Refused
from crmdesk.ui.words import sentence
from tests.conftest import TODAY

# ---- the rules alone ------------------------------------------------------------------------


def test_a_payment_earns_in_proportion_rounded_down_in_the_rules_currency() -> None:
    rule = Rule(points=1, per_amount=100_00, currency="CNY")
    assert rules.earned_points(12_345_67, "CNY", rule) == 123
    assert rules.earned_points(99_99, "CNY", rule) == 0
    assert rules.earned_points(12_345_67, "usd", rule) == 0  # never converted
    assert "counts payments in CNY" in rules.why_nothing_earned(5_00, "USD", rule)
    three = Rule(points=3, per_amount=100_00, currency="CNY")
    assert rules.earned_points(150_00, "CNY", three) == 4  # 4.5 rounded down


def test_levels_follow_points_collected_not_what_is_left_after_redeeming() -> None:
    ledger = [rules.Entry(EntryKind.EARNED, 6_000), rules.Entry(EntryKind.REDEEMED, -5_500),
              rules.Entry(EntryKind.ADJUSTED, -100)]
    assert rules.balance(ledger) == 400
    assert rules.collected(ledger) == 5_900
    now = rules.standing(rules.balance(ledger), rules.collected(ledger), rules.DEFAULT_LEVELS)
    assert (now.level_name, now.next, now.to_next) == ("Gold", Level("Platinum", 20_000),
                                                       14_100)
    top = rules.standing(25_000, 25_000, rules.DEFAULT_LEVELS)
    assert (top.level_name, top.next) == ("Platinum", None)
    assert rules.level_for(10, (Level("Silver", 100),)) is None


def test_an_entry_is_checked_against_the_balance_and_for_its_reason() -> None:
    me = uuid.uuid4()
    assert rules.entry_problems("redeemed", -50, "Mug", me, None, 50) == []
    assert rules.entry_problems("redeemed", -51, "Mug", me, None, 50) == [
        "Only 50 points to redeem; 51 asked."]
    assert rules.entry_problems("adjusted", 10, "  ", me, None, 0) == [
        "Say why: an adjustment needs a reason."]
    assert rules.entry_problems("earned", 10, None, None, None, 0) == [rules.NO_PAYMENT]
    assert rules.entry_problems("earned", -10, "x", None, uuid.uuid4(), 0) == [
        rules.EARNED_POSITIVE]
    assert rules.entry_problems("redeemed", 5, "x", me, None, 9) == [rules.TAKEN_NEGATIVE]
    assert rules.entry_problems("adjusted", 0, "x", me, None, 0) == [rules.NO_POINTS]
    assert rules.entry_problems("adjusted", 5, "x", me, None, None) == [rules.NO_CARD]
    assert rules.entry_problems("gifted", 5, "x", me, None, 0) == [rules.NOT_A_KIND]
    # a reversal may take a balance below zero: the points were spent before the refund
    assert rules.entry_problems("reversed", -80, "Refund", me, uuid.uuid4(), 10) == []


def test_a_teams_rule_is_checked_and_levels_are_typed_as_name_and_points() -> None:
    team = uuid.uuid4()
    good = rules.levels_value(rules.parse_levels("Gold=5000, Member=0; Silver=1_000"))
    assert [lv["name"] for lv in good] == ["Member", "Silver", "Gold"]
    assert rules.rule_problems(team, 1, 100_00, "CNY", good, None) == []
    assert rules.rule_problems(None, 0, 0, "XYZ", [{"name": "A", "points": 1},
                                                    {"name": "a", "points": 1}], "") == [
        rules.NO_TEAM, "A rule gives between 1 and 10,000 points per amount.",
        "A rule's amount for its points is more than zero.",
        "“XYZ” is not a currency code (ISO 4217, three letters such as CNY, USD or EUR).",
        "Two levels have the same name.", "Two levels start at the same points.",
        "Name the SMS template (at most 120 characters), or none."]
    with pytest.raises(ValueError, match="not NAME=POINTS"):
        rules.parse_levels("Gold")
    with pytest.raises(ValueError, match="not a whole number"):
        rules.parse_levels("Gold=lots")


def test_ids_are_derived_so_two_laptops_make_one_card_and_one_earning() -> None:
    account, payment = uuid.uuid4(), uuid.uuid4()
    assert rules.card_id(account) == rules.card_id(account)
    assert rules.card_number(account) == rules.card_number(account)
    assert len(rules.card_number(account)) == 11
    assert rules.earned_id(payment) != rules.reversed_id(payment)


def test_the_membership_merge_fields_are_known_and_others_still_refused() -> None:
    assert field_problems("{{member.balance}} {{member.level}} {{member.points}} "
                          "{{member.number}}") == []
    assert field_problems("{{member.pionts}}")[0].startswith(
        "Unknown merge field “{{member.pionts}}”")


# ---- on a workspace -------------------------------------------------------------------------

@pytest.fixture
def ctx(empty: Store, world: dict[str, uuid.UUID]) -> Context:
    secrets = MemoryStore()
    with empty.session() as s:
        rep = q.user_by_id(s, world["rep"])
    return Context(empty, rep, "CN", lambda: TODAY, lambda: secrets)


@pytest.fixture
def lead(empty: Store, world: dict[str, uuid.UUID]) -> Context:
    with empty.session.begin() as s:
        s.add(User(username="lea", display_name="Lea Lead", role=Role.LEAD,
                   team_id=world["team"]))
    with empty.session() as s:
        user = q.user_by_name(s, "lea")
    secrets = MemoryStore()
    return Context(empty, user, "CN", lambda: TODAY, lambda: secrets)


def _contract(ctx: Context, account: uuid.UUID, amount: int = 100_000_00,
              currency: str = "CNY") -> uuid.UUID:
    return deals.record_contract(ctx, account, ContractIn(
        number=f"C-{uuid.uuid4().hex[:4]}", signed_on=TODAY - timedelta(days=5),
        amount=amount, currency=currency)).value


def _points_sms(lead: Context) -> None:
    m.save_template(lead, "Points changed", MessageChannel.SMS, "",
                    "{{contact.name}}: {{member.points}} points, balance {{member.balance}}, "
                    "{{member.level|Member}}. Card {{member.number}}")
    mb.set_rule(lead, 1, 100_00, "CNY", rules.DEFAULT_LEVELS, "Points changed")


def test_a_payment_earns_points_in_its_transaction_once_a_card_is_issued(
        ctx: Context, lead: Context, world: dict[str, uuid.UUID]) -> None:
    acme = world["acme"]
    contract = _contract(ctx, acme)
    before = deals.record_payment(ctx, contract, 10_000_00, TODAY).value  # no card yet
    assert mb.membership(ctx, acme).card is None
    card = mb.issue_card(ctx, acme).value
    assert card == rules.card_id(acme)
    shown = mb.membership(ctx, acme)
    assert shown.card is not None and shown.card.holder == "Ann"  # the first with a mobile
    assert shown.card.number == rules.card_number(acme)
    paid = deals.record_payment(ctx, contract, 12_345_67, TODAY)
    assert "membership" in paid.changes.what
    shown = mb.membership(ctx, acme)
    assert shown.standing.balance == 123
    [entry] = shown.entries
    assert (entry.kind, entry.points, entry.made_by) == (EntryKind.EARNED, 123, "Rep One")
    assert entry.reason is not None and "¥12,345.67" in entry.reason
    assert entry.payment_id == paid.value
    # the payment before the card earns when asked, once; the one after has earned
    assert mb.earn(ctx, before).value.points == 100
    with pytest.raises(Refused, match="earned its points already"):
        mb.earn(ctx, before)
    with pytest.raises(Refused, match="earned its points already"):
        mb.earn(ctx, paid.value)
    assert mb.membership(ctx, acme).standing.balance == 223
    with pytest.raises(Refused, match="already has member card"):
        mb.issue_card(ctx, acme)
    # reversed once, with its reason; the balance may not be spent past it
    assert mb.reverse(ctx, before, "Refunded in full").value.points == -100
    with pytest.raises(Refused, match="reversed already"):
        mb.reverse(ctx, before, "again")
    assert mb.membership(ctx, acme).standing.balance == 123


def test_redeem_and_adjust_are_refused_in_the_servers_words_and_save_nothing(
        ctx: Context, world: dict[str, uuid.UUID], empty: Store) -> None:
    acme = world["acme"]
    with pytest.raises(Refused, match="no member card"):
        mb.adjust(ctx, acme, 10, "Welcome")
    mb.issue_card(ctx, acme, number="VIP-0001")
    assert mb.adjust(ctx, acme, 500, "Welcome gift").value.standing.balance == 500
    with empty.session() as s:
        queued = pending_count(s)
    with pytest.raises(Refused, match=r"Only 500 points to redeem; 501 asked\."):
        mb.redeem(ctx, acme, 501, "Hamper")
    with pytest.raises(Refused, match="an adjustment needs a reason"):
        mb.adjust(ctx, acme, -5, " ")
    with pytest.raises(Refused, match="more than zero"):
        mb.redeem(ctx, acme, 0, "Nothing")
    with empty.session() as s:
        assert pending_count(s) == queued  # nothing was queued for sync
        assert s.scalar(select(func.count()).select_from(PointsEntry)) == 1
    done = mb.redeem(ctx, acme, 500, "Hamper").value
    assert (done.points, done.standing.balance, done.standing.collected) == (-500, 0, 500)
    assert [e.kind for e in mb.ledger(ctx, acme)] == [EntryKind.REDEEMED, EntryKind.ADJUSTED]


def test_a_card_number_is_one_customers_and_the_holder_is_of_the_company(
        ctx: Context, world: dict[str, uuid.UUID], empty: Store) -> None:
    from crmdesk.store.writes import new_account, new_contact

    with empty.session.begin() as s:
        beta = new_account(s, name="Beta", owner_id=world["rep"], team_id=world["team"])
        bea = new_contact(s, beta, name="Bea")
    mb.issue_card(ctx, world["acme"], number="VIP-7")
    with pytest.raises(Refused, match=r"Card number VIP-7 is already Acme Ltd\.'s\."):
        mb.issue_card(ctx, beta, number="VIP-7")
    with pytest.raises(Refused, match="holder is a contact of this company"):
        mb.issue_card(ctx, beta, contact_id=world["ann"])
    assert mb.issue_card(ctx, beta, contact_id=bea).value == rules.card_id(beta)


def test_only_a_lead_sets_the_rule_and_it_is_checked(
        ctx: Context, lead: Context) -> None:
    with pytest.raises(Refused, match="team lead"):
        mb.set_rule(ctx, 1, 100_00, "CNY", rules.DEFAULT_LEVELS)
    with pytest.raises(Refused, match="not a currency code"):
        mb.set_rule(lead, 1, 100_00, "ABC", rules.DEFAULT_LEVELS)
    mb.set_rule(lead, 2, 50_00, "usd", (Level("Basic", 0), Level("VIP", 300)))
    assert mb.rule(ctx) == Rule(2, 50_00, "USD", (Level("Basic", 0), Level("VIP", 300)))


def test_points_changing_queue_the_teams_sms_to_the_card_holder(
        ctx: Context, lead: Context, world: dict[str, uuid.UUID], empty: Store,
        chinese: None) -> None:
    """The card says what became of the SMS in the user's language (here Chinese), the
    command line in English."""
    acme = world["acme"]
    _points_sms(lead)
    mb.issue_card(ctx, acme, number="M-1")
    contract = _contract(ctx, acme, 600_000_00)
    deals.record_payment(ctx, contract, 150_000_00, TODAY)
    written = mb.redeem(ctx, acme, 200, "Gift card")
    assert written.value.sms == "SMS to Ann waits in the outbox."
    assert sentence(written.value.sms) == "发给 Ann 的短信已在发件箱中等待发送。"
    with empty.session() as s:
        bodies = list(s.scalars(select(OutMessage.body).order_by(OutMessage.id)))
        states = set(s.scalars(select(OutMessage.state)))
    assert bodies == ["Ann: +1,500 points, balance 1,500, Silver. Card M-1",
                      "Ann: -200 points, balance 1,300, Silver. Card M-1"]
    assert states == {OutState.WAITING}
    # the holder opted out: skipped, and said so
    m.set_opted_out(ctx, world["ann"])
    skipped = mb.adjust(ctx, acme, 1, "Rounding").value.sms
    assert skipped == "No SMS to Ann: opted out."
    assert sentence(skipped) == "未给 Ann 发送短信：已退订。"
    # a campaign's template reads the balance and level too
    m.save_template(ctx, "Balance", MessageChannel.SMS, "",
                    "{{member.balance}} points ({{member.level}})")
    assert m.preview(ctx, "Balance", world["bob"]).body == "1,301 points (Silver)"


def test_no_sms_when_the_team_names_a_template_it_does_not_have(
        ctx: Context, lead: Context, world: dict[str, uuid.UUID]) -> None:
    mb.set_rule(lead, 1, 100_00, "CNY", rules.DEFAULT_LEVELS, "Missing")
    mb.issue_card(ctx, world["acme"])
    assert mb.adjust(ctx, world["acme"], 5, "Hello").value.sms == (
        "No SMS sent: the team has no SMS template called “Missing”.")


def _answered(empty: Store, refused_ids: set[uuid.UUID], reason: str) -> None:
    """The server's answer to the laptop's push, settled as crmdesk.sync.push settles
    it: the records named refused (marked, out of the outbox), the others taken."""
    with empty.write.begin() as s:
        for entity, row_id in s.execute(select(OutboxEntry.entity, OutboxEntry.row_id)
                                        .where(OutboxEntry.creates.is_(True))).all():
            if row_id in refused_ids:
                refused.mark(s, entity, row_id, reason)
        s.execute(delete(OutboxEntry))


def test_a_refused_payment_discarded_takes_its_points_back_in_the_same_transaction(
        ctx: Context, lead: Context, world: dict[str, uuid.UUID], empty: Store) -> None:
    """The one command removing a payment is Discard (a record the server refused): the
    points it earned go with it, reversed when the server holds them, removed with it
    when it never had them; the balance is what it was before the payment."""
    acme = world["acme"]
    _points_sms(lead)
    mb.issue_card(ctx, acme, number="M-1")
    contract = _contract(ctx, acme)
    paid = deals.record_payment(ctx, contract, 20_000_00, TODAY).value  # earns 200
    _answered(empty, {paid}, "The payment is more than the whole contract.")
    done = app_refused.discard(ctx, acme, "payments", paid)
    assert done.value.summary() == "the payment"
    with empty.session() as s:
        assert s.get(Payment, paid) is None
        assert pending_count(s) == 1  # the reversal, for the server holding the points
    shown = mb.membership(ctx, acme)
    assert shown.standing.balance == 0
    reversal = shown.entries[0]
    assert (reversal.kind, reversal.points, reversal.reason, reversal.made_by) == (
        EntryKind.REVERSED, -200, refused.DISCARDED, "Rep One")
    assert reversal.id == rules.reversed_id(paid)
    with empty.session() as s:
        assert list(s.scalars(select(OutMessage.body).order_by(OutMessage.id)))[-1] == (
            "Ann: -200 points, balance 0, Member. Card M-1")
    # refused with its payment, the entry never reached the server: it goes with it
    again = deals.record_payment(ctx, contract, 30_000_00, TODAY).value
    _answered(empty, {again, rules.earned_id(again)}, "Refused.")
    with empty.session() as s:
        assert refused.discard_preview(s, "payments", again).summary() == (
            "the payment and 1 points entry")
    app_refused.discard(ctx, acme, "payments", again)
    with empty.session() as s:
        assert s.get(PointsEntry, rules.earned_id(again)) is None
        assert s.get(PointsEntry, rules.reversed_id(again)) is None
        assert pending_count(s) == 0 and refused.count(s) == 0
    assert mb.membership(ctx, acme).standing.balance == 0


# ---- the command line -----------------------------------------------------------------------

def test_the_cli_issues_earns_redeems_adjusts_shows_and_sets_levels(
        ctx: Context, lead: Context, world: dict[str, uuid.UUID], empty: Store) -> None:
    import json

    from tests.server_fixtures import crmdesk_here

    db = str(empty.path)
    contract = _contract(ctx, world["acme"])
    paid = deals.record_payment(ctx, contract, 30_000_00, TODAY).value  # before the card

    def run(*args: str, user: str = "rep") -> tuple[int, str, str]:
        # the workspace named after the action, as `crmdesk member show --db PATH`
        done = crmdesk_here("member", args[0], "--db", db, "--user", user, *args[1:])
        assert "Traceback" not in done.stderr
        return done.returncode, done.stdout, done.stderr

    code, out, _ = run("issue", "--account", "Acme", "--number", "VIP 9", "--holder", "Bob")
    assert (code, out) == (0, "Card VIP 9 issued to Bob.\n")
    assert run("earn", "--payment", str(paid))[1] == "+300 points; balance 300, Member.\n"
    code, _, err = run("redeem", "--account", "acme", "301", "--reason", "Mug")
    assert (code, err) == (2, "crmdesk: Only 300 points to redeem; 301 asked.\n")
    assert run("redeem", "--account", "acme", "100", "--reason", "Mug")[1] == (
        "-100 points; balance 200, Member.\n")
    code, _, err = run("adjust", "--account", "acme", "-5", "--reason", "")
    assert (code, err) == (2, "crmdesk: Say why: an adjustment needs a reason.\n")
    assert run("adjust", "--account", "acme", "-5", "--reason", "Typo")[0] == 0
    code, _, err = run("adjust", "--account", "acme", "lots", "--reason", "x")
    assert code == 2 and "not a whole number of points" in err
    code, _, err = run("show", "--account", "Nobody")
    assert (code, err) == (1, "crmdesk: No company's name holds “Nobody”.\n")
    code, out, _ = run("show", "--account", "acme")
    lines = out.splitlines()
    assert lines[0].startswith("Card VIP 9, held by Bob, issued ")  # the real day
    assert lines[1] == "Balance 195 points; 295 collected; level Member; 705 to Silver."
    assert sorted(line.split()[2] for line in lines[2:]) == ["adjusted", "earned", "redeemed"]
    shown = json.loads(run("show", "--account", "acme", "--format", "json")[1])
    assert (shown["balance"], shown["level"], len(shown["entries"])) == (195, "Member", 3)
    assert {e["reason"] for e in shown["entries"]} >= {"Mug", "Typo"}
    # a rep reads the levels; only the lead sets them
    assert "Silver       from 1,000 points" in run("levels")[1]
    before = crmdesk_here("member", "--db", db, "--user", "rep", "show", "--account", "acme")
    assert before.returncode == 0 and "Balance 195 points" in before.stdout
    code, _, err = run("levels", "--set", "Basic=0, Star=100")
    assert code == 2 and "team lead" in err
    code, out, _ = run("levels", "--set", "Basic=0, Star=100", "--per", "50", user="lea")
    assert code == 0 and out.splitlines()[1:4] == [
        "1 point per ¥50 paid (rounded down).", "  Basic        from 0 points",
        "  Star         from 100 points"]
    assert "level Star" in run("show", "--account", "acme")[1]
    code, _, err = run("levels", "--set", "Gold", user="lea")
    assert (code, err.strip()) == (1, "crmdesk: “Gold” is not NAME=POINTS (such as Gold=5000).")
