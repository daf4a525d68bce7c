"""Deals (shared/PRODUCT.md, "Deals"): stages and their order, each team's playbook,
stuck and slipping deals, weighted amounts, decision maps, contracts' payment schedules,
and what a deal, a contract or a payment is checked for before it is saved.

Plain Python: the commands (crmdesk.app.deals), the queries (crmdesk.store.deal_queries),
the CLI and the tests all read these rules. Money is in minor units (fen, cents).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from crmdesk.domain.currencies import currency_problem, format_money, minor_per_unit
from crmdesk.domain.words import Counted, Worded, tr_noop


class OpportunityStage(StrEnum):
    QUALIFY = "qualify"
    NEEDS = "needs_analysis"
    PROPOSAL = "proposal"
    NEGOTIATION = "negotiation"
    WON = "won"
    LOST = "lost"


#: The open stages in the order a deal goes through them.
OPEN_ORDER: tuple[OpportunityStage, ...] = (
    OpportunityStage.QUALIFY, OpportunityStage.NEEDS, OpportunityStage.PROPOSAL,
    OpportunityStage.NEGOTIATION)
OPEN_STAGES: frozenset[OpportunityStage] = frozenset(OPEN_ORDER)
#: Every stage, in order (won before lost: the order lists show them in).
ORDER: tuple[OpportunityStage, ...] = (*OPEN_ORDER, OpportunityStage.WON,
                                       OpportunityStage.LOST)
STAGE_LABELS: Mapping[OpportunityStage, str] = {
    OpportunityStage.QUALIFY: tr_noop("Qualification"),
    OpportunityStage.NEEDS: tr_noop("Needs analysis"),
    OpportunityStage.PROPOSAL: tr_noop("Proposal"),
    OpportunityStage.NEGOTIATION: tr_noop("Negotiation"),
    OpportunityStage.WON: tr_noop("Won"), OpportunityStage.LOST: tr_noop("Lost"),
}


class DealField(StrEnum):
    """The fields of a deal whose every change is kept (the deal's history)."""

    STAGE = "stage"
    AMOUNT = "amount"
    EXPECTED_CLOSE = "expected_close"


class DecisionRoleKind(StrEnum):
    DECISION_MAKER = "decision_maker"
    ECONOMIC_BUYER = "economic_buyer"
    INFLUENCER = "influencer"
    CHAMPION = "champion"
    BLOCKER = "blocker"
    USER = "user"


class TeamRole(StrEnum):
    """A colleague's part on a deal's virtual team (they may be of any team)."""

    PRESALES = "presales"
    SOLUTION_ENGINEER = "solution_engineer"
    MANAGER = "manager"
    SERVICE = "service"


#: The roles on a deal's team as people say them, in the order the editor offers them.
TEAM_ROLE_LABELS: dict[TeamRole, str] = {
    TeamRole.PRESALES: tr_noop("Pre-sales"),
    TeamRole.SOLUTION_ENGINEER: tr_noop("Solution engineer"),
    TeamRole.MANAGER: tr_noop("Manager"), TeamRole.SERVICE: tr_noop("Service"),
}


class Stance(StrEnum):
    """Where a person on the decision map stands on the deal."""

    SUPPORTS = "supports"
    NEUTRAL = "neutral"
    OPPOSES = "opposes"


# ---- the playbook -------------------------------------------------------------------


class Condition(StrEnum):
    """What a playbook may ask to be true before a deal leaves a stage: each is read
    from the deal's own records, so a move past an unmet one is named."""

    AMOUNT = "amount"
    CLOSE_DATE = "close_date"
    NEXT_STEP = "next_step"
    DECISION_MAKER = "decision_maker"
    ECONOMIC_BUYER = "economic_buyer"
    CHAMPION = "champion"
    PRODUCTS = "products"
    MEETING = "meeting"
    COMPETITORS = "competitors"
    NO_OPPOSITION = "no_opposition"


CONDITION_LABELS: Mapping[Condition, str] = {
    Condition.AMOUNT: tr_noop("The amount is known"),
    Condition.CLOSE_DATE: tr_noop("An expected close date is set"),
    Condition.NEXT_STEP: tr_noop("The next step is written down"),
    Condition.DECISION_MAKER: tr_noop("The decision maker is on the decision map"),
    Condition.ECONOMIC_BUYER: tr_noop("The economic buyer is on the decision map"),
    Condition.CHAMPION: tr_noop("A champion is on the decision map"),
    Condition.PRODUCTS: tr_noop("The products are on the deal"),
    Condition.MEETING: tr_noop("A meeting or visit on the deal is logged"),
    Condition.COMPETITORS: tr_noop("The competitors are known"),
    Condition.NO_OPPOSITION: tr_noop("No one on the decision map opposes the deal"),
}


@dataclass(frozen=True, slots=True)
class StageRules:
    """A team's rules for one stage (its lead sets them)."""

    probability: int
    stuck_days: int
    todo: str = ""
    exit_conditions: tuple[Condition, ...] = ()


#: What a team starts with: sensible steps of a B2B sale (the window words the default
#: "what to do" in its language; a lead's own as typed).
DEFAULT_PLAYBOOK: Mapping[OpportunityStage, StageRules] = {
    OpportunityStage.QUALIFY: StageRules(
        10, 21, tr_noop("Confirm there is a need, a budget range and a timeline; find out "
                        "who decides and how."),
        (Condition.AMOUNT, Condition.CLOSE_DATE, Condition.DECISION_MAKER)),
    OpportunityStage.NEEDS: StageRules(
        25, 30, tr_noop("Meet the users and the economic buyer; write down their "
                        "requirements and how they will judge success; learn who else "
                        "they are talking to."),
        (Condition.ECONOMIC_BUYER, Condition.MEETING, Condition.COMPETITORS,
         Condition.NEXT_STEP)),
    OpportunityStage.PROPOSAL: StageRules(
        50, 30, tr_noop("Send a proposal with the products, prices and an implementation "
                        "plan; present it to the decision maker with your champion."),
        (Condition.PRODUCTS, Condition.CHAMPION)),
    OpportunityStage.NEGOTIATION: StageRules(
        75, 21, tr_noop("Agree the terms, the prices and the payment schedule; answer "
                        "every objection; get the contract signed."),
        (Condition.NO_OPPOSITION,)),
    OpportunityStage.WON: StageRules(100, 0, tr_noop("Record the contract and its payment "
                                                     "schedule; hand over to service.")),
    OpportunityStage.LOST: StageRules(0, 0, tr_noop("Write down why it was lost.")),
}

_CONDITION_VALUES = frozenset(c.value for c in Condition)
#: The stuck limit a lead may set, in days.
MAX_STUCK_DAYS = 365


def stage_setting_id(team_id: uuid.UUID, stage: OpportunityStage) -> uuid.UUID:
    """The id of a team's settings row for `stage`: the same on every laptop, so two
    leads editing it offline edit one row, field by field."""
    return uuid.uuid5(team_id, f"stage-setting:{stage.value}")


def playbook(overrides: Mapping[OpportunityStage, StageRules]
             ) -> dict[OpportunityStage, StageRules]:
    """A team's playbook: its lead's settings over the defaults."""
    return {stage: overrides.get(stage, DEFAULT_PLAYBOOK[stage]) for stage in ORDER}


#: What a team's stage settings are refused for when they name no team.
NO_TEAM = tr_noop("Stage settings belong to a team; choose one.")


def stage_rules_problems(rules: StageRules) -> list[str]:
    """What stops a lead's settings for a stage being saved."""
    return settings_problems(rules.probability, rules.stuck_days, rules.exit_conditions)


def settings_problems(probability: int, stuck_days: int, conditions: Iterable[str]
                      ) -> list[str]:
    """What stops a stage's settings being saved, as a stored row holds them (its
    conditions as text: one a push names may be none of ours)."""
    out = []
    if not 0 <= probability <= 100:
        out.append(tr_noop("The probability goes from 0 to 100 %."))
    if not 0 <= stuck_days <= MAX_STUCK_DAYS:
        out.append(Worded(tr_noop("The stuck limit goes from 0 (never stuck) to {0} days."),
                          MAX_STUCK_DAYS))
    unknown = [str(c) for c in conditions if c not in _CONDITION_VALUES]
    if unknown:
        out.append(Worded(tr_noop("Unknown conditions: {0}."), ", ".join(unknown)))
    return out


@dataclass(frozen=True, slots=True)
class DealFacts:
    """What a deal's records say, for its playbook's conditions."""

    amount: int | None = None
    expected_close: date | None = None
    next_step: str | None = None
    products: int = 0
    roles: tuple[tuple[DecisionRoleKind, Stance], ...] = ()
    meetings: int = 0
    competitors: tuple[str, ...] = ()


def condition_met(condition: Condition, facts: DealFacts) -> bool:
    roles = {role for role, _stance in facts.roles}
    if condition is Condition.AMOUNT:
        return bool(facts.amount)
    if condition is Condition.CLOSE_DATE:
        return facts.expected_close is not None
    if condition is Condition.NEXT_STEP:
        return bool(facts.next_step and facts.next_step.strip())
    if condition is Condition.DECISION_MAKER:
        return DecisionRoleKind.DECISION_MAKER in roles
    if condition is Condition.ECONOMIC_BUYER:
        return DecisionRoleKind.ECONOMIC_BUYER in roles
    if condition is Condition.CHAMPION:
        return DecisionRoleKind.CHAMPION in roles
    if condition is Condition.PRODUCTS:
        return facts.products > 0
    if condition is Condition.MEETING:
        return facts.meetings > 0
    if condition is Condition.COMPETITORS:
        return bool(facts.competitors)
    return all(stance is not Stance.OPPOSES for _role, stance in facts.roles)


@dataclass(frozen=True, slots=True)
class Unmet:
    """A playbook condition a move leaves behind unmet: which, and the stage asking it."""

    condition: Condition
    stage: OpportunityStage

    @property
    def text(self) -> str:
        return f"{CONDITION_LABELS[self.condition]} (to leave {STAGE_LABELS[self.stage]})"


def is_forward(current: OpportunityStage, target: OpportunityStage) -> bool:
    """Does a move from `current` to `target` go forward (won counts as the end of the
    road from any open stage; lost, reopening and stepping back do not)?"""
    if current not in OPEN_STAGES or target is OpportunityStage.LOST:
        return False
    if target is OpportunityStage.WON:
        return True
    return OPEN_ORDER.index(target) > OPEN_ORDER.index(current)


def unmet_conditions(current: OpportunityStage, target: OpportunityStage, facts: DealFacts,
                     book: Mapping[OpportunityStage, StageRules]) -> list[Unmet]:
    """The conditions of every stage a forward move leaves that the deal does not meet
    (none for a move that is not forward): the warnings the user confirms past."""
    if not is_forward(current, target):
        return []
    end = len(OPEN_ORDER) if target is OpportunityStage.WON else OPEN_ORDER.index(target)
    left = OPEN_ORDER[OPEN_ORDER.index(current):end]
    return [Unmet(condition, stage) for stage in left
            for condition in book[stage].exit_conditions
            if not condition_met(condition, facts)]


# ---- figures of a deal ---------------------------------------------------------------


def weighted(amount: int | None, probability: int) -> int:
    """The amount as the forecast counts it: by its probability."""
    return (amount or 0) * probability // 100


def days_in_stage(stage_since: date | None, created_on: date | None, today: date) -> int | None:
    """Days since the stage last changed (since the deal was made when it never did);
    None when neither is known."""
    since = stage_since or created_on
    return None if since is None else max(0, (today - since).days)


class Stuck(StrEnum):
    """Why a deal is stuck."""

    IN_STAGE = "in_stage"      # no stage change for longer than the team's limit
    CLOSE_PASSED = "close_passed"  # its expected close date has passed


def stuck(stage: OpportunityStage, days: int | None, expected_close: date | None,
          today: date, limit: int) -> Stuck | None:
    """Why an open deal is stuck, or None (a closed deal never is; a limit of 0 days
    means the team set none)."""
    if stage not in OPEN_STAGES:
        return None
    if expected_close is not None and expected_close < today:
        return Stuck.CLOSE_PASSED
    if limit > 0 and days is not None and days > limit:
        return Stuck.IN_STAGE
    return None


@dataclass(frozen=True, slots=True)
class Change:
    """One kept change of a deal (as its history row holds it)."""

    field: DealField
    old: str | None
    new: str | None


@dataclass(frozen=True, slots=True)
class Slip:
    """How far a deal's close has been pushed out: how many times, by how many days."""

    times: int = 0
    days: int = 0

    @property
    def slipped(self) -> bool:
        return self.times > 0


def slips(history: Iterable[Change]) -> Slip:
    """A deal slips each time its close date is pushed later (a date set where there
    was none, or brought forward, is not a slip)."""
    times = days = 0
    for change in history:
        if change.field is DealField.EXPECTED_CLOSE and change.old and change.new:
            moved = (date.fromisoformat(change.new) - date.fromisoformat(change.old)).days
            if moved > 0:
                times, days = times + 1, days + moved
    return Slip(times, days)


def change_problem(field: DealField, old: str | None, new: str | None) -> str | None:
    """Why a history entry's values cannot be read as its field's (a stage, an amount in
    minor units, an ISO date), or None: the card and the slip count read them back."""
    for value in (old, new):
        if value is None:
            continue
        try:
            if field is DealField.STAGE:
                OpportunityStage(value)
            elif field is DealField.AMOUNT:
                int(value)
            else:
                date.fromisoformat(value)
        except ValueError:
            return Worded(tr_noop("A deal's history entry of its {0} holds “{1}”, which is "
                                  "not one."), field.value.replace("_", " "), value[:40])
    return None


def history_value(field: DealField, value: object) -> str | None:
    """A deal field's value as its history row keeps it (text)."""
    if value is None:
        return None
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


# ---- what is checked before a save ---------------------------------------------------

#: An amount above this many units of any currency is taken for a slip of the keys.
ABSURD_UNITS = 10_000_000_000
MAX_NAME = 200
MAX_TEXT = 300


def amount_problem(amount: int | None, currency: str, what: str = Worded(tr_noop("The amount"))
                   ) -> str | None:
    """Why `amount` (minor units) cannot be the amount of something in `currency` (`what`
    names it at the start of the sentence: a Worded, for the window to word it)."""
    if amount is None:
        return None
    if amount < 0:
        return Worded(tr_noop("{0} cannot be negative."), what)
    if amount > ABSURD_UNITS * minor_per_unit(currency):
        return Worded(tr_noop("{0} {1} is beyond belief (more than {2:,} {3}); check the "
                              "digits."), what, format_money(amount, currency), ABSURD_UNITS,
                      currency)
    return None


#: What a deal marked lost without a reason is refused for.
NO_LOSS_REASON = tr_noop("Say why the deal was lost.")
#: What a decision map naming someone of another company is refused for.
NOT_ITS_PEOPLE = tr_noop("Only people of the deal's company can be on its decision map.")
#: What a contract from another company's deal, or from a deal not won, is refused for.
ANOTHER_COMPANYS_DEAL = tr_noop("That deal is another company's.")
NOT_WON = tr_noop("Only a won deal becomes a contract; mark the deal won first.")


def deal_contract_problem(account_id: uuid.UUID, deal_account_id: uuid.UUID,
                          deal_stage: OpportunityStage) -> str | None:
    """Why a contract for `account_id` cannot be recorded from a deal of
    `deal_account_id` at `deal_stage`, or None. A rule at entry only: the deal may be
    reopened, or merged into another company, after its contract is signed."""
    if deal_account_id != account_id:
        return ANOTHER_COMPANYS_DEAL
    if deal_stage is not OpportunityStage.WON:
        return NOT_WON
    return None
#: What an instalment of nothing (or less) is refused for.
INSTALMENT_ABOVE_ZERO = tr_noop("Each instalment is more than zero.")


def probability_problem(probability: int) -> str | None:
    if not 0 <= probability <= 100:
        return Worded(tr_noop("The probability goes from 0 to 100 %, not {0}."), probability)
    return None


@dataclass(frozen=True, slots=True)
class DealValues:
    """A deal as it would be saved, for the checks."""

    name: str
    stage: OpportunityStage
    amount: int | None
    currency: str
    probability: int
    expected_close: date | None
    created_on: date | None
    loss_reason: str | None = None
    next_step: str | None = None
    competitors: tuple[str, ...] = ()


def deal_problems(deal: DealValues) -> list[str]:
    """Everything that stops `deal` being saved, in plain words, one per problem."""
    out: list[str] = []
    if not deal.name.strip():
        out.append(tr_noop("A deal needs a name."))
    elif len(deal.name.strip()) > MAX_NAME:
        out.append(Counted("A deal's name is at most %n character(s).", "", MAX_NAME))
    bad_currency = currency_problem(deal.currency)
    if bad_currency:
        out.append(bad_currency)
    bad_amount = amount_problem(deal.amount, deal.currency if not bad_currency else "CNY")
    if bad_amount:
        out.append(bad_amount)
    bad_probability = probability_problem(deal.probability)
    if bad_probability:
        out.append(bad_probability)
    if (deal.expected_close is not None and deal.created_on is not None
            and deal.expected_close < deal.created_on):
        out.append(Worded(tr_noop("The expected close ({0}) is before the deal was created "
                                  "({1})."), deal.expected_close.isoformat(),
                          deal.created_on.isoformat()))
    if deal.stage is OpportunityStage.LOST and not (deal.loss_reason or "").strip():
        out.append(NO_LOSS_REASON)
    for label, text in ((Worded(tr_noop("The next step")), deal.next_step),
                        (Worded(tr_noop("The loss reason")), deal.loss_reason)):
        if text is not None and len(text.strip()) > MAX_TEXT:
            out.append(Counted("{0} is at most %n character(s).", "", MAX_TEXT, label))
    if any(not name.strip() for name in deal.competitors):
        out.append(tr_noop("A competitor needs a name."))
    return out


def clean_competitors(names: Iterable[str]) -> tuple[str, ...]:
    """Competitors as kept: trimmed, each once (in any case), in the order given."""
    seen: dict[str, str] = {}
    for name in names:
        text = " ".join(name.split())
        if text and text.casefold() not in seen:
            seen[text.casefold()] = text
    return tuple(seen.values())


@dataclass(frozen=True, slots=True)
class Line:
    """A product line on a deal: how many, at what unit price (minor units)."""

    product_id: uuid.UUID
    quantity: int
    unit_price: int


def lines_total(lines: Iterable[Line]) -> int:
    return sum(line.quantity * line.unit_price for line in lines)


def lines_problems(lines: Sequence[Line], currency: str) -> list[str]:
    out = []
    if len({line.product_id for line in lines}) != len(lines):
        out.append(tr_noop("Each product goes on a deal once; change its quantity instead."))
    for line in lines:
        if line.quantity < 1:
            out.append(tr_noop("A product line's quantity is at least 1."))
        bad = amount_problem(line.unit_price, currency, Worded(tr_noop("A unit price")))
        if bad:
            out.append(bad)
    if not out:
        bad = amount_problem(lines_total(lines), currency,
                             Worded(tr_noop("The lines' total")))
        if bad:
            out.append(bad)
    return out


# ---- contracts and their schedules ---------------------------------------------------


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months (the 31st becomes the month's last day)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def contract_end(signed_on: date, term_months: int | None) -> date | None:
    """The day a contract of `term_months` signed on `signed_on` ends (the day before
    the same date `term_months` later)."""
    if term_months is None:
        return None
    return add_months(signed_on, term_months) - timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Due:
    """An instalment as scheduled: when, how much, and what people call it."""

    due_on: date
    amount: int
    label: str | None = None


MAX_TERM_MONTHS = 600


def contract_problems(number: str, signed_on: date, amount: int, currency: str,
                      term_months: int | None, ends_on: date | None,
                      schedule: Sequence[Due]) -> list[str]:
    """What stops a contract and its schedule being saved."""
    out = []
    if not number.strip():
        out.append(tr_noop("A contract needs a number."))
    bad_currency = currency_problem(currency)
    if bad_currency:
        out.append(bad_currency)
    if amount <= 0:
        out.append(tr_noop("The contract amount must be more than zero."))
    else:
        bad = amount_problem(amount, currency if not bad_currency else "CNY",
                             Worded(tr_noop("The contract amount")))
        if bad:
            out.append(bad)
    if term_months is not None and not 1 <= term_months <= MAX_TERM_MONTHS:
        out.append(Counted("The term goes from 1 to %n month(s).", "", MAX_TERM_MONTHS))
    if ends_on is not None and ends_on < signed_on:
        out.append(Worded(tr_noop("The contract ends ({0}) before it was signed ({1})."),
                          ends_on.isoformat(), signed_on.isoformat()))
    return out + schedule_problems(schedule, amount, currency)


def schedule_problems(schedule: Sequence[Due], amount: int, currency: str) -> list[str]:
    """What stops `schedule` being a contract of `amount`'s (none when it is empty: all
    due on signing)."""
    out = []
    if schedule:
        if any(due.amount <= 0 for due in schedule):
            out.append(INSTALMENT_ABOVE_ZERO)
        total = sum(due.amount for due in schedule)
        if total != amount and amount > 0:
            out.append(schedule_problem(total, amount, currency))
    return out


def schedule_problem(total: int, amount: int, currency: str) -> str:
    """What a schedule adding up to `total` on a contract of `amount` is refused for."""
    return Worded(tr_noop("The instalments add up to {0}, not the contract's {1}."),
                  format_money(total, currency), format_money(amount, currency))


def instalment_above_contract(amount: int, contract_amount: int, currency: str) -> str:
    """What one instalment of more than its whole contract is refused for."""
    return Worded(tr_noop("An instalment of {0} is more than the contract's {1}."),
                  format_money(amount, currency), format_money(contract_amount, currency))


def even_schedule(amount: int, first_due: date, parts: int, every_months: int = 1
                  ) -> list[Due]:
    """`amount` in `parts` instalments a period apart, the last taking the remainder."""
    if parts < 1:
        raise ValueError("a schedule has at least one instalment")
    part = amount // parts
    return [Due(add_months(first_due, i * every_months),
                part if i < parts - 1 else amount - part * (parts - 1),
                f"Instalment {i + 1} of {parts}") for i in range(parts)]


@dataclass(frozen=True, slots=True)
class Received:
    """A payment as the schedule reads it."""

    amount: int
    received_on: date
    instalment_id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class Scheduled:
    """An instalment of a contract's schedule."""

    id: uuid.UUID
    due_on: date
    amount: int


@dataclass(frozen=True, slots=True)
class InstalmentState:
    """How an instalment stands: paid so far, still outstanding, overdue (due before
    today and not paid in full), and paid late (paid in full after its due date)."""

    id: uuid.UUID
    due_on: date
    amount: int
    paid: int
    outstanding: int
    overdue: bool
    paid_late: bool
    paid_on: date | None  # when it was paid in full


@dataclass(frozen=True, slots=True)
class ContractFigures:
    """A contract's money: paid, still due, and overdue (due before today, unpaid)."""

    amount: int
    paid: int
    due: int
    overdue: int
    instalments: tuple[InstalmentState, ...] = field(default_factory=tuple)

    @property
    def overpaid(self) -> int:
        """How much the payments exceed the contract (0: they do not), as when two
        laptops offline each recorded its last payment."""
        return max(0, self.paid - self.amount)

    @property
    def overscheduled(self) -> int:
        """How much the live instalments exceed the contract (0: they do not): no laptop
        command makes such a schedule (each holds it to the contract at entry), but the
        server judges each instalment on its own, so one may arrive by sync."""
        return max(0, sum(i.amount for i in self.instalments) - self.amount)


def schedule_state(amount: int, instalments: Sequence[Scheduled],
                   payments: Sequence[Received], today: date) -> ContractFigures:
    """Allocate payments to instalments: a payment naming an instalment pays it first,
    any rest (and payments naming none) pays the earliest still outstanding, in the
    order the money arrived. Without a schedule, the whole amount is due at once and is
    never overdue (nobody said when)."""
    ordered = sorted(instalments, key=lambda i: (i.due_on, str(i.id)))
    paid = {i.id: 0 for i in ordered}
    paid_on: dict[uuid.UUID, date] = {}
    by_id = {i.id: i for i in ordered}

    def pay(inst: Scheduled, money: int, day: date) -> int:
        take = min(money, inst.amount - paid[inst.id])
        if take > 0:
            paid[inst.id] += take
            if paid[inst.id] >= inst.amount:
                paid_on[inst.id] = day
        return money - max(take, 0)

    for payment in sorted(payments, key=lambda p: p.received_on):
        rest = payment.amount
        named = by_id.get(payment.instalment_id) if payment.instalment_id else None
        if named is not None:
            rest = pay(named, rest, payment.received_on)
        for inst in ordered:
            if rest <= 0:
                break
            rest = pay(inst, rest, payment.received_on)
    total_paid = sum(p.amount for p in payments)
    states = tuple(InstalmentState(
        i.id, i.due_on, i.amount, paid[i.id], i.amount - paid[i.id],
        overdue=i.due_on < today and paid[i.id] < i.amount,
        paid_late=i.id in paid_on and paid_on[i.id] > i.due_on,
        paid_on=paid_on.get(i.id)) for i in ordered)
    overdue = sum(s.outstanding for s in states if s.overdue)
    return ContractFigures(amount, total_paid, max(0, amount - total_paid), overdue, states)


#: What a payment naming an instalment of another contract (or of none) is refused for.
NOT_ON_CONTRACT = tr_noop("That instalment is not on this contract.")


@dataclass(frozen=True, slots=True)
class PaidInto:
    """What a payment is judged against on its own: its contract's currency and amount;
    the amount of the instalment it names, while that is live on the contract (None: it
    names none, or one since removed); whether the one it names is on another contract
    or on none."""

    currency: str
    amount: int
    instalment: int | None = None
    elsewhere: bool = False


def payment_money_problem(amount: int, currency: str, contract_currency: str) -> str | None:
    """Why `amount` in `currency` is no payment on a contract in `contract_currency`
    (another currency, nothing or less, beyond belief), or None."""
    if currency.strip().upper() != contract_currency:
        return Worded(tr_noop("The contract is in {0}; record the payment in {0}."),
                      contract_currency)
    if amount <= 0:
        return tr_noop("A payment is more than zero.")
    return amount_problem(amount, currency, Worded(tr_noop("The payment")))


def payment_problems(amount: int, currency: str, into: PaidInto,
                     instalment_id: uuid.UUID | None) -> list[str]:
    """What stops a payment being stored, judged on its own: money in its contract's
    currency, on an instalment of that contract, and no more than that instalment or
    (naming none) the contract in all, bounds no payment a laptop accepted can pass.
    Not what the other payments leave due: two laptops offline may each record the last
    payment, and both are money received (the card shows the overpayment). The server's
    check of a push; the laptop adds `still_due_problems` when it is typed."""
    bad = payment_money_problem(amount, currency, into.currency)
    if bad:
        return [bad]
    if instalment_id is not None and into.elsewhere:
        return [NOT_ON_CONTRACT]
    bound, what = ((into.instalment, tr_noop("The payment {0} is more than that whole "
                                             "instalment ({1}).")) if into.instalment is not None
                   else (into.amount, tr_noop("The payment {0} is more than the whole contract "
                                              "({1}).")))
    if amount > bound:
        return [Worded(what, format_money(amount, currency), format_money(bound, currency))]
    return []


def still_due_problems(amount: int, currency: str, figures: ContractFigures,
                       instalment_id: uuid.UUID | None) -> list[str]:
    """What stops a payment being recorded, as the person typing it sees the contract
    standing at `figures`: more than is still due on it, or on the instalment named. An
    entry-time rule of the laptop's command only: what another laptop recorded meanwhile
    is not refused for it (see `payment_problems`)."""
    if amount > figures.due:
        return [Worded(tr_noop("The payment {0} is more than is still due on the contract "
                               "({1})."), format_money(amount, currency),
                       format_money(figures.due, currency))]
    state = next((s for s in figures.instalments if s.id == instalment_id), None)
    if state is not None and amount > state.outstanding:
        return [Worded(tr_noop("The payment {0} is more than is still due on that instalment "
                               "({1})."), format_money(amount, currency),
                       format_money(state.outstanding, currency))]
    return []
