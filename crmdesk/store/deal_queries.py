"""Reads on deals: an account's deals (and the CLI's list, by the same query), one deal
with its history, products and decision map, a team's playbook, and contracts with
what is paid, due and overdue. Each takes the caller's session and returns plain frozen
dataclasses; the figures (days in stage, stuck, weighted, slips) come from
crmdesk.domain.deals."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from crmdesk.domain import deals as rules
from crmdesk.domain.activity import ActivityKind
from crmdesk.domain.deals import (
    Condition,
    ContractFigures,
    DealFacts,
    DealField,
    DecisionRoleKind,
    OpportunityStage,
    Slip,
    StageRules,
    Stance,
    Stuck,
)
from crmdesk.store.models import (
    Account,
    Activity,
    Contact,
    Contract,
    ContractInstalment,
    DealChange,
    DecisionRole,
    Opportunity,
    OpportunityProduct,
    Payment,
    Product,
    StageSetting,
    User,
)

# ---- a team's playbook -----------------------------------------------------------------


#: Conditions a settings row may name (one a later version added is skipped).
_CONDITIONS = frozenset(c.value for c in Condition)


def playbook_for(session: Session, team_id: uuid.UUID | None
                 ) -> dict[OpportunityStage, StageRules]:
    """The team's rules per stage: its lead's settings over the defaults."""
    if team_id is None:
        return rules.playbook({})
    found = {}
    for row in session.scalars(select(StageSetting).where(
            StageSetting.team_id == team_id, StageSetting.deleted.is_(False))):
        if row.id != rules.stage_setting_id(team_id, row.stage):
            continue  # not the team's one row for the stage
        found[row.stage] = StageRules(
            row.probability, row.stuck_days, row.todo,
            tuple(Condition(c) for c in row.exit_conditions if c in _CONDITIONS))
    return rules.playbook(found)


class _Playbooks:
    """Playbooks read once per team for a list."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.books: dict[uuid.UUID | None, dict[OpportunityStage, StageRules]] = {}

    def __call__(self, team_id: uuid.UUID | None) -> Mapping[OpportunityStage, StageRules]:
        if team_id not in self.books:
            self.books[team_id] = playbook_for(self.session, team_id)
        return self.books[team_id]


# ---- lists of deals ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DealRow:
    """A deal as lists show it (the card's and the CLI's)."""

    id: uuid.UUID
    account_id: uuid.UUID
    account: str
    name: str
    stage: OpportunityStage
    amount: int | None
    currency: str
    probability: int
    weighted: int
    expected_close: date | None
    next_step: str | None
    owner: str | None  # the owner's user name (None: the team's pool)
    owner_name: str | None
    days_in_stage: int | None
    stuck: Stuck | None
    committed: bool
    stuck_limit: int = 0  # the team's limit for the deal's stage, in days (0: none)

    @property
    def open(self) -> bool:
        return self.stage in rules.OPEN_STAGES


_STAGE_RANK = case({stage.value: i for i, stage in enumerate(rules.ORDER)},
                   value=Opportunity.stage, else_=len(rules.ORDER))
_COLUMNS = (Opportunity.id, Opportunity.account_id, Account.name, Opportunity.name,
            Opportunity.stage, Opportunity.amount, Opportunity.currency,
            Opportunity.probability, Opportunity.expected_close, Opportunity.next_step,
            User.username, User.display_name, Opportunity.stage_since,
            Opportunity.created_on, Opportunity.team_id, Opportunity.committed)


def deal_rows(session: Session, today: date, *, account_id: uuid.UUID | None = None,
              owner_id: uuid.UUID | None = None, stage: OpportunityStage | None = None,
              stuck_only: bool = False) -> list[DealRow]:
    """Live deals, open ones first (soonest close first, those with none last), then won
    and lost: an account's (`account_id`), or the workspace's filtered by
    owner and stage; `stuck_only` keeps the stuck ones."""
    is_open = Opportunity.stage.in_([s.value for s in rules.OPEN_STAGES])
    query = (select(*_COLUMNS).join(Account, Account.id == Opportunity.account_id)
             .outerjoin(User, User.id == Opportunity.owner_id)
             .where(Opportunity.deleted.is_(False), Account.deleted.is_(False))
             .order_by(case((is_open, 0), else_=1), Opportunity.expected_close.is_(None),
                       Opportunity.expected_close, _STAGE_RANK, Opportunity.closed_on.desc(),
                       Opportunity.name, Opportunity.id))
    if account_id is not None:
        query = query.where(Opportunity.account_id == account_id)
    if owner_id is not None:
        query = query.where(Opportunity.owner_id == owner_id)
    if stage is not None:
        query = query.where(Opportunity.stage == stage)
    if stuck_only:
        query = query.where(is_open)
    books = _Playbooks(session)
    out = []
    for row in session.execute(query):
        (deal_id, account, account_name, name, deal_stage, amount, currency, probability,
         expected, next_step, username, display, since, created, team_id, committed) = row
        days = rules.days_in_stage(since, created, today)
        limit = books(team_id)[deal_stage].stuck_days
        why = rules.stuck(deal_stage, days, expected, today, limit)
        if stuck_only and why is None:
            continue
        out.append(DealRow(deal_id, account, account_name, name, deal_stage, amount,
                           currency, probability, rules.weighted(amount, probability),
                           expected, next_step, username, display, days, why,
                           bool(committed), limit))
    return out


def account_deals(session: Session, account_id: uuid.UUID, today: date) -> list[DealRow]:
    """The card's list: the account's deals, open first."""
    return deal_rows(session, today, account_id=account_id)


# ---- one deal ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HistoryRow:
    field: DealField
    old: str | None
    new: str | None
    at: datetime
    by: str | None  # who, as people know them


@dataclass(frozen=True, slots=True)
class LineRow:
    product_id: uuid.UUID
    product: str
    quantity: int
    unit_price: int

    @property
    def total(self) -> int:
        return self.quantity * self.unit_price


@dataclass(frozen=True, slots=True)
class MapRow:
    """A person on the deal's decision map."""

    contact_id: uuid.UUID
    name: str
    title: str | None
    role: DecisionRoleKind
    stance: Stance
    reports_to_id: uuid.UUID | None


@dataclass(frozen=True, slots=True)
class DealDetail:
    """A deal opened: its row, the rest of its fields, its history (oldest first), its
    products, its decision map, how it slipped, and its stage's playbook."""

    row: DealRow
    loss_reason: str | None
    competitors: tuple[str, ...]
    created_on: date | None
    closed_on: date | None
    amount_from_lines: bool
    history: tuple[HistoryRow, ...]
    lines: tuple[LineRow, ...]
    decision_map: tuple[MapRow, ...]
    slip: Slip
    stage_rules: StageRules


def deal(session: Session, deal_id: uuid.UUID, today: date) -> DealDetail | None:
    """One live deal with all it shows; None when it is gone."""
    found = session.execute(
        select(*_COLUMNS, Opportunity.loss_reason, Opportunity.competitors,
               Opportunity.closed_on, Opportunity.amount_from_lines)
        .join(Account, Account.id == Opportunity.account_id)
        .outerjoin(User, User.id == Opportunity.owner_id)
        .where(Opportunity.id == deal_id, Opportunity.deleted.is_(False))).first()
    if found is None:
        return None
    (_id, account, account_name, name, stage, amount, currency, probability, expected,
     next_step, username, display, since, created, team_id, committed, loss_reason,
     competitors, closed_on, from_lines) = found
    book = playbook_for(session, team_id)
    days = rules.days_in_stage(since, created, today)
    row = DealRow(deal_id, account, account_name, name, stage, amount, currency,
                  probability, rules.weighted(amount, probability), expected, next_step,
                  username, display, days,
                  rules.stuck(stage, days, expected, today, book[stage].stuck_days),
                  bool(committed), book[stage].stuck_days)
    history = tuple(HistoryRow(f, old, new, at, who) for f, old, new, at, who in
                    session.execute(
                        select(DealChange.field, DealChange.old_value, DealChange.new_value,
                               DealChange.changed_at, User.display_name)
                        .outerjoin(User, User.id == DealChange.changed_by)
                        .where(DealChange.opportunity_id == deal_id,
                               DealChange.deleted.is_(False))
                        .order_by(DealChange.changed_at, DealChange.field, DealChange.id)))
    lines = tuple(LineRow(*r) for r in session.execute(
        select(OpportunityProduct.product_id, Product.name, OpportunityProduct.quantity,
               OpportunityProduct.unit_price)
        .join(Product, Product.id == OpportunityProduct.product_id)
        .where(OpportunityProduct.opportunity_id == deal_id,
               OpportunityProduct.deleted.is_(False))
        .order_by(Product.name)))
    return DealDetail(
        row, loss_reason, tuple(competitors or ()), created, closed_on, bool(from_lines),
        history, lines, tuple(decision_map(session, deal_id)),
        rules.slips(rules.Change(h.field, h.old, h.new) for h in history), book[stage])


def deal_playbook(session: Session, account_id: uuid.UUID, deal_id: uuid.UUID | None = None
                  ) -> dict[OpportunityStage, StageRules]:
    """The playbook a deal follows: its team's (for a new deal, the account's team's)."""
    if deal_id is not None:
        team_id = session.scalar(select(Opportunity.team_id).where(Opportunity.id == deal_id))
    else:
        team_id = session.scalar(select(Account.team_id).where(Account.id == account_id))
    return playbook_for(session, team_id)


@dataclass(frozen=True, slots=True)
class ProductRow:
    """A product a deal's line may name, with its list price."""

    id: uuid.UUID
    name: str
    sku: str
    list_price: int
    currency: str


def products(session: Session) -> list[ProductRow]:
    """The live products, by name (what a deal's lines are chosen from)."""
    return [ProductRow(*r) for r in session.execute(
        select(Product.id, Product.name, Product.sku, Product.list_price, Product.currency)
        .where(Product.deleted.is_(False)).order_by(Product.name, Product.sku))]


def decision_map(session: Session, deal_id: uuid.UUID) -> list[MapRow]:
    """The people on a deal's decision map with their role, stance and manager."""
    return [MapRow(*r) for r in session.execute(
        select(Contact.id, Contact.name, Contact.title, DecisionRole.role,
               DecisionRole.stance, Contact.reports_to_id)
        .join(Contact, Contact.id == DecisionRole.contact_id)
        .where(DecisionRole.opportunity_id == deal_id, DecisionRole.deleted.is_(False),
               Contact.deleted.is_(False))
        .order_by(Contact.name, Contact.id))]


_MEETINGS = (ActivityKind.MEETING, ActivityKind.VISIT)


def deal_facts(session: Session, deal_id: uuid.UUID) -> DealFacts:
    """What the deal's records say, for its playbook's conditions."""
    deal_row = session.execute(select(
        Opportunity.amount, Opportunity.expected_close, Opportunity.next_step,
        Opportunity.competitors, Opportunity.account_id)
        .where(Opportunity.id == deal_id)).one()
    products = session.scalar(select(func.count()).where(
        OpportunityProduct.opportunity_id == deal_id, OpportunityProduct.deleted.is_(False)))
    # through the account's activities (indexed), not a scan of every activity
    meetings = session.scalar(select(func.count()).where(
        Activity.account_id == deal_row[4], Activity.opportunity_id == deal_id,
        Activity.deleted.is_(False), Activity.kind.in_(_MEETINGS)))
    roles = tuple((m.role, m.stance) for m in decision_map(session, deal_id))
    return DealFacts(deal_row[0], deal_row[1], deal_row[2], products or 0, roles,
                     meetings or 0, tuple(deal_row[3] or ()))


# ---- contracts -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ContractRow:
    """A contract as the card lists it, with its money."""

    id: uuid.UUID
    number: str
    signed_on: date
    currency: str
    term_months: int | None
    ends_on: date | None
    deal_id: uuid.UUID | None
    deal: str | None
    figures: ContractFigures


def _schedule(session: Session, contract_ids: list[uuid.UUID]
              ) -> tuple[dict[uuid.UUID, list[rules.Scheduled]],
                         dict[uuid.UUID, list[rules.Received]]]:
    dues: dict[uuid.UUID, list[rules.Scheduled]] = {c: [] for c in contract_ids}
    paid: dict[uuid.UUID, list[rules.Received]] = {c: [] for c in contract_ids}
    for cid, instalment_id, due_on, amount in session.execute(
            select(ContractInstalment.contract_id, ContractInstalment.id,
                   ContractInstalment.due_on, ContractInstalment.amount)
            .where(ContractInstalment.contract_id.in_(contract_ids),
                   ContractInstalment.deleted.is_(False))):
        dues[cid].append(rules.Scheduled(instalment_id, due_on, amount))
    for cid, amount, received_on, named in session.execute(
            select(Payment.contract_id, Payment.amount, Payment.received_on,
                   Payment.instalment_id)
            .where(Payment.contract_id.in_(contract_ids), Payment.deleted.is_(False))):
        paid[cid].append(rules.Received(amount, received_on, named))
    return dues, paid


def contracts(session: Session, account_id: uuid.UUID, today: date) -> list[ContractRow]:
    """The account's live contracts, latest signed first, with paid / due / overdue."""
    rows = session.execute(
        select(Contract.id, Contract.number, Contract.signed_on, Contract.currency,
               Contract.term_months, Contract.ends_on, Contract.opportunity_id,
               Opportunity.name, Contract.amount)
        .outerjoin(Opportunity, Opportunity.id == Contract.opportunity_id)
        .where(Contract.account_id == account_id, Contract.deleted.is_(False))
        .order_by(Contract.signed_on.desc(), Contract.number)).all()
    dues, paid = _schedule(session, [r[0] for r in rows])
    return [ContractRow(cid, number, signed_on, currency, term, ends_on, deal_id, deal_name,
                        rules.schedule_state(amount, dues[cid], paid[cid], today))
            for (cid, number, signed_on, currency, term, ends_on, deal_id, deal_name, amount)
            in rows]


def contract_figures(session: Session, contract_id: uuid.UUID, today: date
                     ) -> ContractFigures:
    """One contract's paid / due / overdue and its instalments' states."""
    amount = session.scalar(select(Contract.amount).where(Contract.id == contract_id))
    dues, paid = _schedule(session, [contract_id])
    return rules.schedule_state(amount or 0, dues[contract_id], paid[contract_id], today)
