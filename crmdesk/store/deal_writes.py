"""Writes on deals, their products, decision maps, contracts, instalments and payments,
and a team's stage settings. Each runs in the caller's unit of work and checks all it
is given before it changes anything (crmdesk.domain.deals says what is wrong), so bad
input saves nothing. Through ORM objects, so the journal sees every change."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.domain import deals as rules
from crmdesk.domain.currencies import clean_currency
from crmdesk.domain.deals import (
    DealField,
    DecisionRoleKind,
    Due,
    Line,
    OpportunityStage,
    StageRules,
    Stance,
    Unmet,
)
from crmdesk.domain.row_checks import CHANGES, CONTRACTS, DEALS, PAYMENTS, ROLES, STAGE_SETTINGS
from crmdesk.domain.scope import LEADS_ONLY
from crmdesk.domain.text import first_text_problem
from crmdesk.domain.words import lines, tr_noop
from crmdesk.store import deal_queries, row_facts
from crmdesk.store.models import (
    Account,
    Contact,
    Contract,
    ContractInstalment,
    DealChange,
    DecisionRole,
    Opportunity,
    OpportunityProduct,
    Payment,
    Product,
    Role,
    StageSetting,
    utcnow,
)
from crmdesk.store.refusals import NotFound, Refused
from crmdesk.store.writes import refresh_account


def _refuse(problems: Sequence[str]) -> None:
    if problems:
        raise Refused(lines(problems))


def _check_row(session: Session, kind: str, row: Mapping[str, Any],
               texts: Mapping[str, object] | None = None) -> None:
    """Refuse `row` of `kind`, as it would be stored, for what the server's push refuses
    it for too (crmdesk.domain.row_checks), and for control characters in `texts`."""
    problems = row_facts.problems(session, kind, row)
    text = first_text_problem(texts) if texts else None
    _refuse(problems + ([text] if text else []))


def _live_account(session: Session, account_id: uuid.UUID) -> Account:
    account = session.get(Account, account_id)
    if account is None or account.deleted:
        raise NotFound(tr_noop("This account no longer exists; nothing was saved."))
    return account


def _live_deal(session: Session, deal_id: uuid.UUID) -> Opportunity:
    deal = session.get(Opportunity, deal_id)
    if deal is None or deal.deleted:
        raise NotFound(tr_noop("This deal no longer exists; nothing was saved."))
    return deal


@dataclass(frozen=True, slots=True)
class DealInput:
    """A deal as its editor holds it. `probability` None: the stage's default (the
    team's playbook)."""

    name: str
    stage: OpportunityStage = OpportunityStage.QUALIFY
    amount: int | None = None
    currency: str = "CNY"
    probability: int | None = None
    expected_close: date | None = None
    next_step: str | None = None
    loss_reason: str | None = None
    competitors: tuple[str, ...] = ()
    committed: bool = False


def _stored(deal: DealInput, probability: int) -> dict[str, Any]:
    """The deal's own fields as `deal` makes them stored."""
    return {"name": deal.name.strip(), "stage": deal.stage, "amount": deal.amount,
            "currency": clean_currency(deal.currency), "probability": probability,
            "expected_close": deal.expected_close, "next_step": _text(deal.next_step),
            "loss_reason": (_text(deal.loss_reason) if deal.stage is OpportunityStage.LOST
                            else None),
            "competitors": list(rules.clean_competitors(deal.competitors)),
            "committed": deal.committed}


def _check(session: Session, row: Mapping[str, Any], deal: DealInput) -> None:
    """Refuse the deal `row` (as it would be stored, from `deal` as typed)."""
    _check_row(session, DEALS, row, {
        "name": deal.name, "next_step": deal.next_step, "loss_reason": deal.loss_reason,
        **{f"competitor {i + 1}": c for i, c in enumerate(deal.competitors)}})


def _history(session: Session, deal: Opportunity, field_: DealField, old: object,
             new: object, by: uuid.UUID | None, at: datetime) -> None:
    """Keep a change of `field_` (nothing when it did not change)."""
    before, after = rules.history_value(field_, old), rules.history_value(field_, new)
    if before == after:
        return
    entry = DealChange(id=uuid.uuid4(), opportunity_id=deal.id, field=field_,
                       old_value=before, new_value=after, changed_at=at, changed_by=by,
                       owner_id=deal.owner_id, team_id=deal.team_id, deleted=False)
    _check_row(session, CHANGES, row_facts.as_row(entry))
    session.add(entry)


def _default_probability(session: Session, team_id: uuid.UUID | None,
                         stage: OpportunityStage) -> int:
    return deal_queries.playbook_for(session, team_id)[stage].probability


def new_deal(session: Session, account_id: uuid.UUID, deal: DealInput,
             by: uuid.UUID | None, today: date) -> uuid.UUID:
    """A deal on the account, owned as the account is, created today; its first stage,
    amount and close are its history's first entries."""
    account = _live_account(session, account_id)
    probability = (deal.probability if deal.probability is not None
                   else _default_probability(session, account.team_id, deal.stage))
    row = Opportunity(
        id=uuid.uuid4(), account_id=account_id, owner_id=account.owner_id,
        team_id=account.team_id, **_stored(deal, probability), amount_from_lines=False,
        created_on=today, stage_since=today,
        closed_on=today if deal.stage not in rules.OPEN_STAGES else None, deleted=False)
    _check(session, row_facts.as_row(row), deal)
    session.add(row)
    session.flush()  # its history names it
    at = utcnow()
    _history(session, row, DealField.STAGE, None, row.stage, by, at)
    _history(session, row, DealField.AMOUNT, None, row.amount, by, at)
    _history(session, row, DealField.EXPECTED_CLOSE, None, row.expected_close, by, at)
    session.flush()
    refresh_account(session, account)
    return row.id


def _text(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


def _set_stage(session: Session, row: Opportunity, stage: OpportunityStage,
               by: uuid.UUID | None, today: date, at: datetime) -> None:
    if stage == row.stage:
        return
    _history(session, row, DealField.STAGE, row.stage, stage, by, at)
    row.stage = stage
    row.stage_since = today
    row.closed_on = None if stage in rules.OPEN_STAGES else today
    if stage is not OpportunityStage.LOST:
        row.loss_reason = None


def edit_deal(session: Session, deal_id: uuid.UUID, deal: DealInput, by: uuid.UUID | None,
              today: date) -> None:
    """Save the deal's editor: every field it holds; a change of stage, amount or close
    date is kept in the deal's history in the same unit of work. A probability left to
    the stage (None) becomes the new stage's default when the stage changes."""
    row = _live_deal(session, deal_id)
    probability = deal.probability
    if probability is None:
        probability = (_default_probability(session, row.team_id, deal.stage)
                       if deal.stage != row.stage else row.probability)
    _check(session, row_facts.as_row(row) | _stored(deal, probability), deal)
    if row.amount_from_lines and deal.amount != row.amount:
        row.amount_from_lines = False  # typed over: no longer follows the lines
    at = utcnow()
    _history(session, row, DealField.AMOUNT, row.amount, deal.amount, by, at)
    _history(session, row, DealField.EXPECTED_CLOSE, row.expected_close,
             deal.expected_close, by, at)
    _set_stage(session, row, deal.stage, by, today, at)
    for name, value in _stored(deal, probability).items():
        setattr(row, name, value)
    session.flush()
    refresh_account(session, _live_account(session, row.account_id))


@dataclass(frozen=True, slots=True)
class StageMove:
    """What a move did: `moved`, or not because of the playbook conditions it would
    leave unmet (`unmet`, for the user to confirm past)."""

    moved: bool
    unmet: tuple[Unmet, ...] = field(default_factory=tuple)


def move_stage(session: Session, deal_id: uuid.UUID, target: OpportunityStage,
               by: uuid.UUID | None, today: date, *, reason: str = "",
               confirmed: bool = False, probability: int | None = None) -> StageMove:
    """Move a deal to `target`. A forward move past unmet conditions of the team's
    playbook is not made unless `confirmed`; the value names them either way. The
    probability becomes `probability`, or (None) the new stage's default; lost needs a
    reason."""
    row = _live_deal(session, deal_id)
    if target is row.stage:
        return StageMove(False)
    book = deal_queries.playbook_for(session, row.team_id)
    chance = book[target].probability if probability is None else probability
    loss = reason.strip() if target is OpportunityStage.LOST else None
    _check_row(session, DEALS, row_facts.as_row(row) | {
        "stage": target, "probability": chance, "loss_reason": loss},
        {"loss_reason": reason})
    unmet = tuple(rules.unmet_conditions(row.stage, target,
                                         deal_queries.deal_facts(session, deal_id), book))
    if unmet and not confirmed:
        return StageMove(False, unmet)
    _set_stage(session, row, target, by, today, utcnow())
    row.probability, row.loss_reason = chance, loss
    session.flush()
    refresh_account(session, _live_account(session, row.account_id))
    return StageMove(True, unmet)


#: The fields of a deal its editor may send (DealInput's).
EDITABLE = frozenset(f.name for f in dataclasses.fields(DealInput))


@dataclass(frozen=True, slots=True)
class DealEdit:
    """What the deal editor changed, and only that: `fields` by DealInput's names (a
    field left out stays as stored, also when a sync changed it meanwhile); `lines`, the
    product lines when they were edited, the amount following their total when
    `amount_follows`."""

    fields: Mapping[str, Any] = field(default_factory=dict)
    lines: tuple[Line, ...] | None = None
    amount_follows: bool = False

    @property
    def empty(self) -> bool:
        return not self.fields and self.lines is None


class Unconfirmed(Exception):
    """A stage move past unmet playbook conditions the user has not confirmed: raised
    inside the unit of work, so that nothing of the save is kept."""

    def __init__(self, unmet: tuple[Unmet, ...]) -> None:
        super().__init__("; ".join(u.text for u in unmet))
        self.unmet = unmet


def _as_stored(row: Opportunity) -> DealInput:
    return DealInput(name=row.name, stage=row.stage, amount=row.amount,
                     currency=row.currency, probability=row.probability,
                     expected_close=row.expected_close, next_step=row.next_step,
                     loss_reason=row.loss_reason, competitors=tuple(row.competitors or ()),
                     committed=bool(row.committed))


def save_deal(session: Session, account_id: uuid.UUID, deal_id: uuid.UUID | None,
              edit: DealEdit, by: uuid.UUID | None, today: date, *,
              confirmed: bool = False) -> uuid.UUID:
    """The deal editor's save: a new deal (`deal_id` None) with its lines, or the edited
    fields of one over what is stored. The fields and lines are written first, so a
    stage move reads the deal as the user left it; the move goes through `move_stage`,
    and when it would leave playbook conditions unmet and is not `confirmed`, this
    raises Unconfirmed (the caller's unit of work then keeps nothing). A probability
    the user typed stands over the new stage's default."""
    unknown = set(edit.fields) - EDITABLE
    if unknown:
        raise ValueError(f"not a deal's field: {', '.join(sorted(unknown))}")
    if deal_id is None:
        deal_id = new_deal(session, account_id, DealInput(**edit.fields), by, today)
        if edit.lines:
            set_lines(session, deal_id, edit.lines, edit.amount_follows, by)
        return deal_id
    row = _live_deal(session, deal_id)
    if row.account_id != account_id:
        raise NotFound(tr_noop("This deal is no longer this company's; nothing was saved."))
    target = edit.fields.get("stage", row.stage)
    kept = {name: value for name, value in edit.fields.items() if name != "stage"}
    if kept:
        edit_deal(session, deal_id, dataclasses.replace(_as_stored(row), **kept), by, today)
    if edit.lines is not None:
        set_lines(session, deal_id, edit.lines, edit.amount_follows, by)
    if target != row.stage:
        # a typed probability is the one written (once): it stands over the default
        move = move_stage(session, deal_id, target, by, today,
                          reason=edit.fields.get("loss_reason") or "", confirmed=confirmed,
                          probability=edit.fields.get("probability"))
        if not move.moved:
            raise Unconfirmed(move.unmet)
    return deal_id


def set_lines(session: Session, deal_id: uuid.UUID, lines: Sequence[Line],
              amount_follows: bool, by: uuid.UUID | None) -> int:
    """Make the deal's product lines `lines` (a line kept is updated, one left out is
    removed); with `amount_follows`, the deal's amount becomes their total (kept in its
    history) and follows them from now on. Returns the lines' total."""
    row = _live_deal(session, deal_id)
    _refuse(rules.lines_problems(lines, row.currency))
    known = set(session.scalars(select(Product.id).where(
        Product.id.in_([line.product_id for line in lines]), Product.deleted.is_(False))))
    if len(known) != len({line.product_id for line in lines}):
        raise NotFound(tr_noop("One of these products is no longer offered; nothing was saved."))
    current = {line.product_id: line for line in session.scalars(
        select(OpportunityProduct).where(OpportunityProduct.opportunity_id == deal_id,
                                         OpportunityProduct.deleted.is_(False)))}
    wanted = {line.product_id: line for line in lines}
    for product_id, held in current.items():
        if product_id not in wanted:
            held.deleted = True
    for product_id, line in wanted.items():
        kept = current.get(product_id)
        if kept is None:
            session.add(OpportunityProduct(
                id=uuid.uuid4(), opportunity_id=deal_id, product_id=product_id,
                quantity=line.quantity, unit_price=line.unit_price, owner_id=row.owner_id,
                team_id=row.team_id))
        else:
            kept.quantity, kept.unit_price = line.quantity, line.unit_price
    total = rules.lines_total(lines)
    if amount_follows:
        _history(session, row, DealField.AMOUNT, row.amount, total, by, utcnow())
        row.amount = total
    row.amount_from_lines = amount_follows
    session.flush()
    refresh_account(session, _live_account(session, row.account_id))
    return total


def set_role(session: Session, deal_id: uuid.UUID, contact_id: uuid.UUID,
             role: DecisionRoleKind | None, stance: Stance = Stance.NEUTRAL) -> None:
    """Put a contact on the deal's decision map with a role and a stance, change them,
    or (role None) take them off. One row per deal and contact, revived when re-added."""
    row = _live_deal(session, deal_id)
    contact = session.get(Contact, contact_id)
    if contact is None or contact.deleted:
        raise NotFound(tr_noop("This person no longer exists; nothing was saved."))
    held = session.scalars(select(DecisionRole).where(
        DecisionRole.opportunity_id == deal_id, DecisionRole.contact_id == contact_id)).first()
    if role is None:
        if held is not None:
            held.deleted = True
        return
    _check_row(session, ROLES, {"id": uuid.uuid5(deal_id, contact_id.hex),
                                "opportunity_id": deal_id, "contact_id": contact_id,
                                "role": role, "stance": stance, "deleted": False})
    if held is None:
        session.add(DecisionRole(
            id=uuid.uuid5(deal_id, contact_id.hex), opportunity_id=deal_id,
            contact_id=contact_id, role=role, stance=stance, owner_id=row.owner_id,
            team_id=row.team_id))
    else:
        held.deleted = False
        held.role, held.stance = role, stance
    session.flush()


@dataclass(frozen=True, slots=True)
class ContractIn:
    """A contract as typed: from a won deal (`deal_id`) or straight for the account;
    `ends_on` None: from the term; `schedule` empty: all due on signing."""

    number: str
    signed_on: date
    amount: int
    currency: str = "CNY"
    term_months: int | None = None
    ends_on: date | None = None
    schedule: tuple[Due, ...] = ()
    deal_id: uuid.UUID | None = None


def record_contract(session: Session, account_id: uuid.UUID, contract: ContractIn
                    ) -> uuid.UUID:
    """A signed contract with its instalment schedule, from a won deal of the account
    (its products are the deal's) or for the account directly."""
    account = _live_account(session, account_id)
    # the deal is won and the account's as the contract is recorded: a rule at entry,
    # which the server does not hold the contract to afterwards (crmdesk.domain.row_checks)
    from_deal = None
    if contract.deal_id is not None:
        deal = _live_deal(session, contract.deal_id)
        from_deal = rules.deal_contract_problem(account_id, deal.account_id, deal.stage)
    currency = clean_currency(contract.currency)
    ends_on = contract.ends_on or rules.contract_end(contract.signed_on,
                                                     contract.term_months)
    owned = {"owner_id": account.owner_id, "team_id": account.team_id}
    row = Contract(id=uuid.uuid4(), account_id=account_id, opportunity_id=contract.deal_id,
                   number=contract.number.strip(), signed_on=contract.signed_on,
                   amount=contract.amount, currency=currency,
                   term_months=contract.term_months, ends_on=ends_on, deleted=False, **owned)
    problems = row_facts.problems(session, CONTRACTS, row_facts.as_row(row))
    text = first_text_problem({"number": contract.number,
                               **{f"instalment {i + 1}": d.label or ""
                                  for i, d in enumerate(contract.schedule)}})
    _refuse(([from_deal] if from_deal else []) + problems
            + rules.schedule_problems(contract.schedule, contract.amount, currency)
            + ([text] if text else []))
    session.add(row)
    for due in contract.schedule:
        session.add(ContractInstalment(id=uuid.uuid4(), contract_id=row.id,
                                       due_on=due.due_on, amount=due.amount,
                                       label=_text(due.label), **owned))
    session.flush()
    refresh_account(session, account)
    return row.id


def record_payment(session: Session, contract_id: uuid.UUID, amount: int,
                   received_on: date, today: date, instalment_id: uuid.UUID | None = None,
                   currency: str | None = None) -> uuid.UUID:
    """Money received on a contract (against `instalment_id`, when named). Refused when
    it is more than is still due on the contract or on that instalment, as this laptop
    knows it (another laptop's payment of the same may reach the server too: both are
    kept, and the card shows the overpayment)."""
    contract = session.get(Contract, contract_id)
    if contract is None or contract.deleted:
        raise NotFound(tr_noop("This contract no longer exists; nothing was saved."))
    account = _live_account(session, contract.account_id)
    # in the currency typed: one other than the contract's is refused, not converted
    typed = clean_currency(currency or contract.currency)
    payment = Payment(id=uuid.uuid4(), contract_id=contract_id, account_id=account.id,
                      received_on=received_on, amount=amount, currency=contract.currency,
                      instalment_id=instalment_id, owner_id=account.owner_id,
                      team_id=account.team_id, deleted=False)
    # what is still due, the entry-time rule, comes before the row's own bounds (never
    # above it) once the amount is money in the contract's currency
    bad = rules.payment_money_problem(amount, typed, contract.currency)
    _refuse([bad] if bad else rules.still_due_problems(
        amount, typed, deal_queries.contract_figures(session, contract_id, today),
        instalment_id))
    _check_row(session, PAYMENTS, row_facts.as_row(payment) | {"currency": typed})
    session.add(payment)
    session.flush()
    refresh_account(session, account)  # a payment is what makes an account Contracted
    return payment.id


def set_stage_rules(session: Session, role: Role, team_id: uuid.UUID | None,
                    stage: OpportunityStage, stage_rules: StageRules) -> uuid.UUID:
    """A lead sets their team's rules for a stage (an admin any team's)."""
    if role not in (Role.LEAD, Role.ADMIN):
        raise Refused(LEADS_ONLY)  # the server's rule for a leads-only kind
    row_id = rules.stage_setting_id(team_id, stage) if team_id is not None else None
    values = {"probability": stage_rules.probability, "stuck_days": stage_rules.stuck_days,
              "todo": stage_rules.todo.strip(),
              "exit_conditions": [str(c) for c in stage_rules.exit_conditions]}
    _check_row(session, STAGE_SETTINGS, {"id": row_id, "stage": stage, "owner_id": None,
                                         "team_id": team_id, "deleted": False} | values,
               {"todo": stage_rules.todo})
    assert row_id is not None  # a row of no team was refused
    row = session.get(StageSetting, row_id)
    if row is None:
        row = StageSetting(id=row_id, stage=stage, owner_id=None, team_id=team_id)
        session.add(row)
    row.deleted = False
    for name, value in values.items():
        setattr(row, name, value)
    session.flush()
    return row_id
