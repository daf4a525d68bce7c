"""Commands on deals: make one, edit it, move its stage (past the playbook's unmet
conditions only once the user confirms), set its products and decision map, save the
deal editor (what it changed: fields, lines and stage, at once); record a
contract with its instalment schedule and payments against it; set a team's playbook.

Each is one unit of work: on bad input it raises Refused with every problem, one a
line, and nothing is saved. The deal's figures and rules are crmdesk.domain.deals.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.app._unit import write
from crmdesk.app.changes import (
    ACCOUNT,
    CONTRACTS,
    DEALS,
    MEMBERSHIP,
    PLAYBOOK,
    QUEUE,
    Changes,
    Done,
)
from crmdesk.app.context import Context
from crmdesk.app.rights import viewer
from crmdesk.domain.deals import (
    DecisionRoleKind,
    Line,
    OpportunityStage,
    StageRules,
    Stance,
    Unmet,
)
from crmdesk.domain.words import tr_noop
from crmdesk.store import deal_team, deal_writes
from crmdesk.store import membership as member_writes
from crmdesk.store.deal_writes import ContractIn, DealEdit, DealInput, StageMove, Unconfirmed
from crmdesk.store.models import Contract, Opportunity, Role, TeamRole, utcnow
from crmdesk.store.records import ACCOUNTS
from crmdesk.store.refusals import NotFound


def _deals(account_id: uuid.UUID) -> Changes:
    # a deal's amount, close and stage are what "Intended" reads: the card's status and
    # the queue may move with them
    return Changes.of({account_id}, DEALS, ACCOUNT, QUEUE)


def _account_of(ctx: Context, model: type[Opportunity] | type[Contract],
                row_id: uuid.UUID) -> uuid.UUID:
    """The account a deal or contract belongs to (what its changes announce)."""
    with ctx.store.session() as session:
        account_id = session.scalar(select(model.account_id).where(
            model.id == row_id, model.deleted.is_(False)))
    if account_id is None:
        raise NotFound(tr_noop("This record no longer exists; nothing was saved."))
    return account_id


def new_deal(ctx: Context, account_id: uuid.UUID, deal: DealInput) -> Done[uuid.UUID]:
    """A deal on the account, made by the user today."""
    by, today = ctx.me.id, ctx.today()
    deal_id = write(ctx, lambda s: deal_writes.new_deal(s, account_id, deal, by, today),
                    (ACCOUNTS, account_id))
    return Done(deal_id, _deals(account_id))


def edit_deal(ctx: Context, deal_id: uuid.UUID, deal: DealInput) -> Done[None]:
    """Save the deal editor; changes of stage, amount and close date go to its history."""
    by, today = ctx.me.id, ctx.today()
    account_id = _account_of(ctx, Opportunity, deal_id)
    write(ctx, lambda s: deal_writes.edit_deal(s, deal_id, deal, by, today),
          ("opportunities", deal_id))
    return Done(None, _deals(account_id))


@dataclass(frozen=True, slots=True)
class Saved:
    """What the deal editor's save did: the deal it saved, or (`deal_id` None) nothing,
    because its stage move leaves the playbook conditions `unmet` and the user has not
    yet confirmed past them."""

    deal_id: uuid.UUID | None
    unmet: tuple[Unmet, ...] = ()


def save_deal(ctx: Context, account_id: uuid.UUID, deal_id: uuid.UUID | None,
              edit: DealEdit, *, confirmed: bool = False) -> Done[Saved]:
    """The deal editor's OK in one unit of work: a new deal, or only the fields the user
    edited (an edit of nothing writes nothing); a stage change as `move_stage` makes it,
    so a forward move past unmet conditions saves nothing until `confirmed`."""
    if deal_id is not None:
        account_id = _account_of(ctx, Opportunity, deal_id)
        if edit.empty:
            return Done(Saved(deal_id))
    by, today = ctx.me.id, ctx.today()
    try:
        saved = write(ctx, lambda s: deal_writes.save_deal(s, account_id, deal_id, edit, by,
                                                           today, confirmed=confirmed),
                      (ACCOUNTS, account_id) if deal_id is None else ("opportunities", deal_id))
    except Unconfirmed as unconfirmed:
        return Done(Saved(None, unconfirmed.unmet))
    return Done(Saved(saved), _deals(account_id))


def move_stage(ctx: Context, deal_id: uuid.UUID, target: OpportunityStage, *,
               reason: str = "", confirmed: bool = False) -> Done[StageMove]:
    """Move a deal's stage. The value says whether it moved; when a forward move would
    leave playbook conditions unmet, it did not (unless `confirmed`) and names them, so
    the caller asks the user and calls again with `confirmed=True`."""
    by, today = ctx.me.id, ctx.today()
    account_id = _account_of(ctx, Opportunity, deal_id)
    move = write(ctx, lambda s: deal_writes.move_stage(s, deal_id, target, by, today,
                                                       reason=reason, confirmed=confirmed),
                 ("opportunities", deal_id))
    return Done(move, _deals(account_id) if move.moved else Changes())


def set_lines(ctx: Context, deal_id: uuid.UUID, lines: Sequence[Line],
              amount_follows: bool = True) -> Done[int]:
    """Set the deal's products; the value is their total (the amount, if it follows)."""
    by = ctx.me.id
    account_id = _account_of(ctx, Opportunity, deal_id)
    total = write(ctx, lambda s: deal_writes.set_lines(s, deal_id, lines, amount_follows, by),
                  ("opportunities", deal_id))
    return Done(total, _deals(account_id))


def set_role(ctx: Context, deal_id: uuid.UUID, contact_id: uuid.UUID,
             role: DecisionRoleKind | None, stance: Stance = Stance.NEUTRAL) -> Done[None]:
    """Put a person on the deal's decision map (role and stance), or off it (None)."""
    account_id = _account_of(ctx, Opportunity, deal_id)
    write(ctx, lambda s: deal_writes.set_role(s, deal_id, contact_id, role, stance),
          ("opportunities", deal_id))
    return Done(None, _deals(account_id))


def record_contract(ctx: Context, account_id: uuid.UUID, contract: ContractIn
                    ) -> Done[uuid.UUID]:
    """A signed contract with its schedule: from a won deal, or for the account."""
    contract_id = write(ctx, lambda s: deal_writes.record_contract(s, account_id, contract),
                        (ACCOUNTS, account_id))
    return Done(contract_id, Changes.of({account_id}, CONTRACTS, DEALS, ACCOUNT, QUEUE))


def record_payment(ctx: Context, contract_id: uuid.UUID, amount: int, received_on: date,
                   instalment_id: uuid.UUID | None = None, currency: str | None = None
                   ) -> Done[uuid.UUID]:
    """Money received on a contract, against one of its instalments when named. A
    customer with a member card earns its points by the team's rule in the same
    transaction (and is sent the team's points SMS, through the outbox)."""
    today, by = ctx.today(), ctx.user.id if ctx.user else None

    def change(session: Session) -> uuid.UUID:
        paid = deal_writes.record_payment(session, contract_id, amount, received_on, today,
                                          instalment_id, currency)
        member_writes.earn_for_payment(session, paid, by, utcnow())
        return paid

    account_id = _account_of(ctx, Contract, contract_id)
    # a deal's team sees no contract: the company says
    payment_id = write(ctx, change, (ACCOUNTS, account_id))
    return Done(payment_id, Changes.of({account_id}, CONTRACTS, ACCOUNT, QUEUE, MEMBERSHIP))


def set_stage_rules(ctx: Context, stage: OpportunityStage, stage_rules: StageRules,
                    team_id: uuid.UUID | None = None) -> Done[uuid.UUID]:
    """A lead sets their team's probability, stuck limit and playbook for a stage (an
    administrator may name another team)."""
    me = ctx.me
    team = team_id if team_id is not None and me.role is Role.ADMIN else me.team_id
    row_id = write(ctx, lambda s: deal_writes.set_stage_rules(s, me.role, team, stage,
                                                              stage_rules))
    return Done(row_id, Changes(frozenset(), frozenset({PLAYBOOK, DEALS})))


def set_playbook(ctx: Context, stages: Mapping[OpportunityStage, StageRules]) -> Done[None]:
    """A lead's playbook dialog saved: the stages they changed, all or none."""
    me = ctx.me

    def change(session: Session) -> None:
        for stage, stage_rules in stages.items():
            deal_writes.set_stage_rules(session, me.role, me.team_id, stage, stage_rules)

    write(ctx, change)
    return Done(None, Changes(frozenset(), frozenset({PLAYBOOK, DEALS})) if stages
                else Changes())


def add_to_team(ctx: Context, deal_id: uuid.UUID, user_id: uuid.UUID,
                role: TeamRole) -> Done[uuid.UUID]:
    """Put a colleague (of any team) on the deal's virtual team with a role, or change
    their role: the deal's owner, the team's lead or an admin does (the server's rule,
    in its words). At their next sync they receive the deal, its account and contacts."""
    account_id = _account_of(ctx, Opportunity, deal_id)
    row_id = write(ctx, lambda s: deal_team.set_member(s, viewer(ctx, s), deal_id,
                                                       user_id, role))
    return Done(row_id, _deals(account_id))


def remove_from_team(ctx: Context, deal_id: uuid.UUID, user_id: uuid.UUID) -> Done[None]:
    """Take a colleague off the deal's team: their laptop drops what they saw through it
    at its next sync."""
    account_id = _account_of(ctx, Opportunity, deal_id)
    write(ctx, lambda s: deal_team.remove_member(s, viewer(ctx, s), deal_id, user_id))
    return Done(None, _deals(account_id))
