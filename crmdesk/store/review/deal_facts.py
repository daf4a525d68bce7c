"""Deals as the review reads them (the reps and pipeline panels): one set-based read of
the live deals in a scope, each with the figures the card and `crmdesk deals` show for
it (weighted, days in stage, stuck by its team's playbook, how it slipped), computed by
the same rules (crmdesk.domain.deals, the playbooks of crmdesk.store.deal_queries).
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from crmdesk.domain import deals as rules
from crmdesk.domain.deals import OpportunityStage, Slip, StageRules, Stuck
from crmdesk.store.deal_queries import playbook_for
from crmdesk.store.models import Account, DealChange, Opportunity, User


@dataclass(frozen=True, slots=True)
class DealFact:
    """A live deal with its figures as of `today`."""

    id: uuid.UUID
    name: str
    account_id: uuid.UUID
    account: str
    owner_id: uuid.UUID | None
    owner: str | None  # as people know them (None: the team's pool)
    team_id: uuid.UUID | None
    stage: OpportunityStage
    amount: int | None
    currency: str
    probability: int
    weighted: int
    expected_close: date | None
    created_on: date | None
    closed_on: date | None
    days_in_stage: int | None
    stuck: Stuck | None
    stuck_limit: int
    slip: Slip = field(default_factory=Slip)


def live_deals(session: Session, today: date, *,
               stages: Collection[OpportunityStage] = rules.OPEN_STAGES,
               team_id: uuid.UUID | None = None,
               owner_ids: Collection[uuid.UUID] | None = None,
               currency: str | None = None,
               closed_between: tuple[date, date] | None = None,
               slips: bool = False) -> list[DealFact]:
    """The live deals (of live accounts, as the deal lists show them) at `stages`, of
    team `team_id` (None: every team), owned by one of `owner_ids` (None: anyone, the
    pool too), in `currency` (None: any), closed between the two days given (both
    included); with how each slipped when `slips` (one more read, of close-date changes).
    Ordered by stage, then soonest close (none last), then name."""
    narrow = deal_conditions(stages=stages, team_id=team_id, owner_ids=owner_ids,
                             currency=currency, closed_between=closed_between)
    query = (select(
        Opportunity.id, Opportunity.name, Opportunity.account_id, Account.name,
        Opportunity.owner_id, User.display_name, Opportunity.team_id, Opportunity.stage,
        Opportunity.amount, Opportunity.currency, Opportunity.probability,
        Opportunity.expected_close, Opportunity.created_on, Opportunity.closed_on,
        Opportunity.stage_since)
        .join(Account, Account.id == Opportunity.account_id)
        .outerjoin(User, User.id == Opportunity.owner_id).where(*narrow))
    books: dict[uuid.UUID | None, dict[OpportunityStage, StageRules]] = {}
    out = []
    for (deal_id, name, account_id, account, owner_id, owner, deal_team, stage, amount,
         deal_currency, probability, expected, created, closed, since) in session.execute(query):
        if deal_team not in books:
            books[deal_team] = playbook_for(session, deal_team)
        limit = books[deal_team][stage].stuck_days
        days = rules.days_in_stage(since, created, today)
        out.append(DealFact(
            deal_id, name, account_id, account, owner_id, owner, deal_team, stage, amount,
            deal_currency, probability, rules.weighted(amount, probability), expected,
            created, closed, days, rules.stuck(stage, days, expected, today, limit), limit))
    if slips and out:
        history: dict[uuid.UUID, list[rules.Change]] = {}
        for deal_id, old, new in session.execute(
                select(DealChange.opportunity_id, DealChange.old_value, DealChange.new_value)
                .join(Opportunity, Opportunity.id == DealChange.opportunity_id)
                .join(Account, Account.id == Opportunity.account_id)
                .where(DealChange.deleted.is_(False),
                       DealChange.field == rules.DealField.EXPECTED_CLOSE,
                       DealChange.old_value.is_not(None), DealChange.new_value.is_not(None),
                       *narrow)
                .order_by(DealChange.opportunity_id, DealChange.changed_at, DealChange.id)):
            history.setdefault(deal_id, []).append(
                rules.Change(rules.DealField.EXPECTED_CLOSE, old, new))
        out = [replace(d, slip=rules.slips(history[d.id])) if d.id in history else d
               for d in out]
    rank = {stage: i for i, stage in enumerate(rules.ORDER)}
    out.sort(key=lambda d: (rank[d.stage], d.expected_close is None,
                            d.expected_close or date.min, d.name, str(d.id)))
    return out


def deal_conditions(*, stages: Collection[OpportunityStage], team_id: uuid.UUID | None,
           owner_ids: Collection[uuid.UUID] | None, currency: str | None,
           closed_between: tuple[date, date] | None) -> list[ColumnElement[bool]]:
    """The conditions (on Opportunity joined with Account) narrowing deals as
    `live_deals` says."""
    out: list[ColumnElement[bool]] = [
        Opportunity.deleted.is_(False), Account.deleted.is_(False),
        Opportunity.stage.in_([s.value for s in stages])]
    if team_id is not None:
        out.append(Opportunity.team_id == team_id)
    if owner_ids is not None:
        out.append(Opportunity.owner_id.in_(list(owner_ids)))
    if currency is not None:
        out.append(Opportunity.currency == currency)
    if closed_between is not None:
        out += [Opportunity.closed_on >= closed_between[0],
                Opportunity.closed_on <= closed_between[1]]
    return out


def other_currencies(deals: Sequence[DealFact], currency: str) -> list[str]:
    """The currencies of `deals` other than `currency`, sorted (for a table's note)."""
    return sorted({d.currency for d in deals} - {currency})
