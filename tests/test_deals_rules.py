"""The deal rules of crmdesk.domain.deals, without a database: stage order, playbook
conditions, stuck and slipping deals, weighted amounts, checks with their messages,
contract ends and payment schedules."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from crmdesk.domain.currencies import DECIMALS, currency_problem, format_money
from crmdesk.domain.deals import (
    DEFAULT_PLAYBOOK,
    OPEN_ORDER,
    ORDER,
    Change,
    Condition,
    DealFacts,
    DealField,
    DealValues,
    DecisionRoleKind,
    Due,
    Line,
    OpportunityStage,
    PaidInto,
    Received,
    Scheduled,
    StageRules,
    Stance,
    Stuck,
    add_months,
    amount_problem,
    contract_end,
    contract_problems,
    days_in_stage,
    deal_problems,
    even_schedule,
    is_forward,
    lines_problems,
    payment_problems,
    playbook,
    schedule_state,
    slips,
    stage_rules_problems,
    stage_setting_id,
    still_due_problems,
    stuck,
    unmet_conditions,
    weighted,
)

S = OpportunityStage
TODAY = date(2026, 11, 25)
BOOK = playbook({})


def test_stages_go_in_order_and_only_forward_moves_are_checked() -> None:
    assert ORDER[:4] == OPEN_ORDER and ORDER[4:] == (S.WON, S.LOST)
    assert is_forward(S.QUALIFY, S.PROPOSAL) and is_forward(S.NEGOTIATION, S.WON)
    assert not is_forward(S.PROPOSAL, S.NEEDS)
    assert not is_forward(S.PROPOSAL, S.LOST) and not is_forward(S.WON, S.QUALIFY)
    assert unmet_conditions(S.PROPOSAL, S.NEEDS, DealFacts(), BOOK) == []


def test_default_probabilities_rise_with_the_stage() -> None:
    chances = [DEFAULT_PLAYBOOK[s].probability for s in ORDER]
    assert chances == [10, 25, 50, 75, 100, 0]
    assert all(stage_rules_problems(DEFAULT_PLAYBOOK[s]) == [] for s in ORDER)


def test_a_move_names_each_unmet_condition_of_every_stage_it_leaves() -> None:
    facts = DealFacts(amount=100, expected_close=TODAY,
                      roles=((DecisionRoleKind.DECISION_MAKER, Stance.SUPPORTS),))
    assert unmet_conditions(S.QUALIFY, S.NEEDS, facts, BOOK) == []
    unmet = unmet_conditions(S.QUALIFY, S.PROPOSAL, facts, BOOK)
    assert [(u.condition, u.stage) for u in unmet] == [
        (Condition.ECONOMIC_BUYER, S.NEEDS), (Condition.MEETING, S.NEEDS),
        (Condition.COMPETITORS, S.NEEDS), (Condition.NEXT_STEP, S.NEEDS)]
    # won from negotiation: an opposing person on the map is named
    against = DealFacts(roles=((DecisionRoleKind.BLOCKER, Stance.OPPOSES),))
    [only] = unmet_conditions(S.NEGOTIATION, S.WON, against, BOOK)
    assert only.text == "No one on the decision map opposes the deal (to leave Negotiation)"
    # a team's own playbook asks its own conditions
    own = playbook({S.QUALIFY: StageRules(5, 10, "", (Condition.PRODUCTS,))})
    assert [u.condition for u in unmet_conditions(S.QUALIFY, S.NEEDS, facts, own)] == [
        Condition.PRODUCTS]


def test_stuck_by_the_limit_or_a_passed_close_and_never_when_closed() -> None:
    assert stuck(S.NEEDS, 31, None, TODAY, 30) is Stuck.IN_STAGE
    assert stuck(S.NEEDS, 30, None, TODAY, 30) is None
    assert stuck(S.NEEDS, 2, date(2026, 11, 24), TODAY, 30) is Stuck.CLOSE_PASSED
    assert stuck(S.NEEDS, 2, TODAY, TODAY, 30) is None
    assert stuck(S.WON, 400, date(2020, 1, 1), TODAY, 30) is None
    assert stuck(S.NEEDS, 400, None, TODAY, 0) is None  # the team set no limit
    assert days_in_stage(date(2026, 11, 1), date(2026, 10, 1), TODAY) == 24
    assert days_in_stage(None, date(2026, 10, 26), TODAY) == 30
    assert days_in_stage(None, None, TODAY) is None


def test_a_deal_slips_each_time_its_close_is_pushed_out() -> None:
    history = [Change(DealField.EXPECTED_CLOSE, None, "2026-12-01"),
               Change(DealField.EXPECTED_CLOSE, "2026-12-01", "2027-01-15"),
               Change(DealField.AMOUNT, "100", "50"),
               Change(DealField.EXPECTED_CLOSE, "2027-01-15", "2027-01-05"),
               Change(DealField.EXPECTED_CLOSE, "2027-01-05", "2027-02-04")]
    slip = slips(history)
    assert (slip.times, slip.days, slip.slipped) == (2, 45 + 30, True)
    assert not slips(history[:1]).slipped


def test_weighted_amount() -> None:
    assert weighted(1_000_00, 25) == 250_00
    assert weighted(None, 50) == 0


def _deal(**given: object) -> DealValues:
    fields: dict[str, object] = {
        "name": "Rollout", "stage": S.QUALIFY, "amount": 100_00, "currency": "CNY",
        "probability": 10, "expected_close": TODAY, "created_on": TODAY}
    fields.update(given)
    return DealValues(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(("given", "message"), [
    ({"amount": -1}, "The amount cannot be negative."),
    ({"amount": 10_000_000_001_00}, "The amount 10,000,000,001.00 CNY is beyond belief "
                                    "(more than 10,000,000,000 CNY); check the digits."),
    ({"currency": "CNH"}, "“CNH” is not a currency code (ISO 4217, three letters such as "
                          "CNY, USD or EUR)."),
    ({"expected_close": date(2026, 11, 24)},
     "The expected close (2026-11-24) is before the deal was created (2026-11-25)."),
    ({"probability": -1}, "The probability goes from 0 to 100 %, not -1."),
    ({"probability": 101}, "The probability goes from 0 to 100 %, not 101."),
    ({"stage": S.LOST, "loss_reason": "  "}, "Say why the deal was lost."),
    ({"competitors": ("Rival", " ")}, "A competitor needs a name."),
])
def test_each_bad_deal_has_its_message(given: dict[str, object], message: str) -> None:
    assert deal_problems(_deal(**given)) == [message]


def test_a_good_deal_has_no_problem() -> None:
    assert deal_problems(_deal()) == []
    assert deal_problems(_deal(stage=S.LOST, loss_reason="Price", amount=None)) == []
    # the absurd limit is in the deal's currency's units
    assert amount_problem(10_000_000_000, "JPY") is None
    assert amount_problem(10_000_000_001, "JPY") is not None


def test_currencies_are_iso_4217_codes() -> None:
    assert currency_problem("usd") is None and currency_problem("EUR") is None
    assert currency_problem("RMB") is not None and currency_problem("") is not None
    assert DECIMALS["JPY"] == 0 and DECIMALS["KWD"] == 3 and DECIMALS["CNY"] == 2
    assert format_money(123456789, "CNY") == "1,234,567.89 CNY"
    assert format_money(1500, "JPY") == "1,500 JPY"
    assert format_money(-5, "KWD") == "-0.005 KWD"


def test_product_lines_are_checked() -> None:
    seat = uuid.uuid4()
    assert lines_problems([Line(seat, 1, 10)], "CNY") == []
    assert lines_problems([Line(seat, 1, 10), Line(seat, 2, 10)], "CNY") == [
        "Each product goes on a deal once; change its quantity instead."]
    assert lines_problems([Line(seat, 1, -10)], "CNY") == ["A unit price cannot be negative."]


def test_a_contract_ends_a_term_after_signing() -> None:
    assert contract_end(date(2026, 1, 31), 1) == date(2026, 2, 27)
    assert contract_end(date(2026, 3, 1), 12) == date(2027, 2, 28)
    assert contract_end(date(2026, 3, 1), None) is None
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)


def test_a_contract_and_its_schedule_are_checked() -> None:
    good = even_schedule(100_00, TODAY, 3)
    assert [d.amount for d in good] == [33_33, 33_33, 33_34]
    assert contract_problems("C-1", TODAY, 100_00, "CNY", 12, None, good) == []
    assert contract_problems("C-1", TODAY, 100_00, "CNY", 0, None, ()) == [
        "The term goes from 1 to 600 months."]
    assert contract_problems("C-1", TODAY, 100_00, "CNY", None, None,
                             (Due(TODAY, 100_00), Due(TODAY, 0))) == [
        "Each instalment is more than zero."]


def _plan() -> tuple[uuid.UUID, uuid.UUID, uuid.UUID, list[Scheduled]]:
    a, b, c = uuid.UUID(int=1), uuid.UUID(int=2), uuid.UUID(int=3)
    return a, b, c, [Scheduled(a, date(2026, 9, 1), 300), Scheduled(b, date(2026, 10, 1), 300),
                     Scheduled(c, date(2026, 12, 1), 400)]


def test_payments_fill_named_instalments_then_the_earliest_outstanding() -> None:
    a, b, c, plan = _plan()
    figures = schedule_state(1000, plan, [
        Received(300, date(2026, 9, 10), a),   # late
        Received(100, date(2026, 11, 1)),      # part of b
        Received(200, date(2026, 11, 2), c)], TODAY)
    states = {s.id: s for s in figures.instalments}
    assert (figures.paid, figures.due, figures.overdue) == (600, 400, 200)
    assert states[a].paid_late and states[a].paid_on == date(2026, 9, 10)
    assert states[b].overdue and states[b].outstanding == 200 and not states[b].paid_late
    assert states[c].paid == 200 and not states[c].overdue
    # a payment larger than its instalment spills over to the earliest outstanding
    spilled = schedule_state(1000, plan, [Received(450, date(2026, 8, 1), a)], TODAY)
    assert [s.paid for s in spilled.instalments] == [300, 150, 0]
    assert not spilled.instalments[0].paid_late
    # with no schedule, nothing is overdue
    assert schedule_state(1000, [], [Received(100, TODAY)], TODAY).overdue == 0


def test_a_payment_is_checked_against_what_is_due_when_it_is_typed() -> None:
    a, _b, _c, plan = _plan()
    figures = schedule_state(1000, plan, [Received(900, TODAY)], TODAY)
    assert still_due_problems(100, "CNY", figures, None) == []
    assert still_due_problems(101, "CNY", figures, None) == [
        "The payment 1.01 CNY is more than is still due on the contract (1.00 CNY)."]
    assert still_due_problems(50, "CNY", figures, a) == [
        "The payment 0.50 CNY is more than is still due on that instalment (0.00 CNY)."]
    assert still_due_problems(50, "CNY", figures, uuid.uuid4()) == []  # not its to say


def test_a_payment_alone_is_held_to_its_contract_not_to_the_other_payments() -> None:
    """The row's own check (the server's): what others paid does not count, so a second
    laptop's payment of the same last instalment is kept; no payment the laptop accepted
    (at most what is still due) can pass the instalment's or the contract's amount."""
    into = PaidInto("CNY", 1000, instalment=300)
    assert payment_problems(300, "CNY", into, uuid.UUID(int=1)) == []  # paid twice: kept
    assert payment_problems(301, "CNY", into, uuid.UUID(int=1)) == [
        "The payment 3.01 CNY is more than that whole instalment (3.00 CNY)."]
    assert payment_problems(1000, "CNY", PaidInto("CNY", 1000), None) == []
    assert payment_problems(1001, "CNY", PaidInto("CNY", 1000), None) == [
        "The payment 10.01 CNY is more than the whole contract (10.00 CNY)."]
    # a removed instalment of the contract: the contract's bound
    assert payment_problems(900, "CNY", PaidInto("CNY", 1000), uuid.UUID(int=1)) == []
    assert payment_problems(50, "CNY", PaidInto("CNY", 1000, elsewhere=True),
                            uuid.uuid4()) == ["That instalment is not on this contract."]
    assert payment_problems(50, "USD", into, None) == [
        "The contract is in CNY; record the payment in CNY."]
    assert payment_problems(0, "CNY", into, None) == ["A payment is more than zero."]


def test_a_teams_stage_settings_row_has_one_id_on_every_laptop() -> None:
    team = uuid.uuid4()
    assert stage_setting_id(team, S.NEEDS) == stage_setting_id(team, S.NEEDS)
    assert stage_setting_id(team, S.NEEDS) != stage_setting_id(team, S.PROPOSAL)
    assert stage_rules_problems(StageRules(101, 400)) == [
        "The probability goes from 0 to 100 %.",
        "The stuck limit goes from 0 (never stuck) to 365 days."]
