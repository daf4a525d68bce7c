"""The related records crmdesk.domain.row_checks reads, from a session: the same reads on
the laptop's SQLite file and on the server's PostgreSQL (the models are one set).

A record already in the session (a push's locked rows, a command's own) is read from
it without a query; a payment's contract and instalment take one query."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, null, select
from sqlalchemy.orm import Session

from crmdesk.domain.deals import PaidInto
from crmdesk.domain.row_checks import (
    ContractRef,
    DealRef,
    Named,
    Row,
    row_problem,
    row_problems,
)
from crmdesk.store.models import (
    Account,
    Activity,
    Contact,
    Contract,
    ContractInstalment,
    MemberCard,
    Opportunity,
    PointsEntry,
    Referral,
    Role,
    User,
    synced_models,
)


class SessionFacts:
    """crmdesk.domain.row_checks.Facts over `session`."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _live(self, model: type[Any], row_id: uuid.UUID) -> Any:
        row = self.session.get(model, row_id)
        return None if row is None or row.deleted else row

    def deal(self, deal_id: uuid.UUID) -> DealRef | None:
        row = self._live(Opportunity, deal_id)
        return None if row is None else DealRef(row.account_id, row.currency, row.stage)

    def contact_account(self, contact_id: uuid.UUID) -> uuid.UUID | None:
        row = self._live(Contact, contact_id)
        return None if row is None else row.account_id

    def contract(self, contract_id: uuid.UUID) -> ContractRef | None:
        row = self._live(Contract, contract_id)
        return None if row is None else ContractRef(row.currency, row.amount)

    def paid_into(self, contract_id: uuid.UUID, instalment_id: uuid.UUID | None
                  ) -> PaidInto | None:
        # one query: the contract, and the instalment named (on any contract) beside it
        c, i = Contract, ContractInstalment
        live = (c.id == contract_id, c.deleted.is_(False))
        if instalment_id is None:
            head = self.session.execute(select(c.currency, c.amount).where(*live)).first()
            return None if head is None else PaidInto(head[0], head[1])
        found = self.session.execute(
            select(c.currency, c.amount, i.contract_id, i.amount, i.deleted).select_from(c)
            .outerjoin(i, i.id == instalment_id).where(*live)).first()
        if found is None:
            return None
        currency, amount, of, instalment, removed = found
        # a removed instalment of the contract still takes a payment recorded before it
        # went, held to the contract's bound (the laptop no longer holds it to its own)
        return PaidInto(currency, amount, instalment if of == contract_id and not removed
                        else None, elsewhere=of != contract_id)


    def named(self, deal_id: uuid.UUID | None, contact_id: uuid.UUID | None,
              activity_id: uuid.UUID | None) -> Named:
        # one statement reads all three (an activity's push is a hot path)
        parts = ((Opportunity, deal_id), (Contact, contact_id), (Activity, activity_id))
        if all(row_id is None for _, row_id in parts):
            return Named()
        found = self.session.execute(select(*(
            null() if row_id is None else select(model.account_id).where(
                model.id == row_id, model.deleted.is_(False)).scalar_subquery()
            for model, row_id in parts))).one()
        return Named(found[0], found[1], found[2])

    def serves_in(self, user_id: uuid.UUID, team_id: uuid.UUID) -> bool:
        user = self.session.get(User, user_id)
        return (user is not None and not user.deleted and user.active
                and user.role is Role.SERVICE and user.team_id == team_id)

    def card_points(self, card_id: uuid.UUID, without: uuid.UUID | None) -> int | None:
        card = self._live(MemberCard, card_id)
        if card is None:
            return None
        # the entries of every live card of its company (two after a merge): as written
        # in this session (a push's earlier entries), flushed by the query
        return int(self.session.scalar(
            select(func.coalesce(func.sum(PointsEntry.points), 0))
            .join(MemberCard, MemberCard.id == PointsEntry.card_id)
            .where(MemberCard.account_id == card.account_id, MemberCard.deleted.is_(False),
                   PointsEntry.deleted.is_(False), PointsEntry.id != without
                   if without is not None else PointsEntry.deleted.is_(False))) or 0)

    def referrer_of(self, account_id: uuid.UUID, without: uuid.UUID | None) -> str | None:
        # as written in this session (a push's earlier rows), flushed by the query
        query = (select(Account.name).join(Referral, Referral.account_id == Account.id)
                 .where(Referral.referred_id == account_id, Referral.deleted.is_(False))
                 .limit(1))
        if without is not None:
            query = query.where(Referral.id != without)
        return self.session.scalar(query)

    def exists(self, kind: str, row_id: uuid.UUID) -> bool:
        model = synced_models().get(kind)
        return model is not None and self.session.get(model, row_id) is not None


def problems(session: Session, kind: str, row: Row) -> list[str]:
    """crmdesk.domain.row_checks.row_problems for `row`, reading what it needs from
    `session`."""
    return row_problems(kind, row, SessionFacts(session))


def problem(session: Session, kind: str, row: Row) -> str | None:
    """crmdesk.domain.row_checks.row_problem (the first problem) for `row`."""
    return row_problem(kind, row, SessionFacts(session))


def as_row(obj: Any) -> dict[str, Any]:
    """A model instance's columns and values: the row a check reads."""
    return {attr.key: getattr(obj, attr.key) for attr in obj.__mapper__.column_attrs}
