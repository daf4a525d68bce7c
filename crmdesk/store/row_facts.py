"""The related records crmdesk.domain.row_checks reads, from a session: the same reads on
the laptop's SQLite file and on the server's PostgreSQL (the models are one set).

A record already in the session (a push's locked rows, a command's own) is read from
it without a query; a payment's contract and money take one query."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import String, Uuid, cast, func, literal, null, select, union_all
from sqlalchemy.orm import Session

from crmdesk.domain import deals as rules
from crmdesk.domain.row_checks import (
    ContractRef,
    DealRef,
    Row,
    Standing,
    row_problem,
    row_problems,
)
from crmdesk.store.models import Contact, Contract, ContractInstalment, Opportunity, Payment


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

    def contract(self, contract_id: uuid.UUID, without: uuid.UUID) -> ContractRef | None:
        row = self._live(Contract, contract_id)
        if row is None:
            return None
        others = self.session.scalar(select(func.coalesce(func.sum(
            ContractInstalment.amount), 0)).where(
            ContractInstalment.contract_id == contract_id, ContractInstalment.id != without,
            ContractInstalment.deleted.is_(False)))
        return ContractRef(row.currency, row.amount, int(others or 0))

    def standing(self, contract_id: uuid.UUID, without: uuid.UUID) -> Standing | None:
        # one query: the contract, its instalments and its other payments, as rows of
        # (what, id, day, amount, instalment named, currency)
        c, i, p = Contract, ContractInstalment, Payment
        no_id, no_text = cast(null(), Uuid), cast(null(), String)
        rows = self.session.execute(union_all(
            select(literal("c"), c.id, c.signed_on, c.amount, no_id, c.currency)
            .where(c.id == contract_id, c.deleted.is_(False)),
            select(literal("i"), i.id, i.due_on, i.amount, no_id, no_text)
            .where(i.contract_id == contract_id, i.deleted.is_(False)),
            select(literal("p"), p.id, p.received_on, p.amount, p.instalment_id, no_text)
            .where(p.contract_id == contract_id, p.id != without, p.deleted.is_(False)),
        )).all()
        head = next((r for r in rows if r[0] == "c"), None)
        if head is None:
            return None
        dues = [rules.Scheduled(r[1], r[2], r[3]) for r in rows if r[0] == "i"]
        paid = [rules.Received(r[3], r[2], r[4]) for r in rows if r[0] == "p"]
        # what is due is the checks' business, not what is late: nothing is overdue
        return Standing(head[5], rules.schedule_state(head[3], dues, paid, date.min))


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
