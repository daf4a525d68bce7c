"""The review's quick paths give the same answers: the laptop's own indexes are made by
the migrations and read where meant (the currencies in use), and the ids behind a bar
read when opened are the ids a tuple would hold."""

from __future__ import annotations

import uuid
from collections import Counter
from pathlib import Path
from typing import Any

from sqlalchemy import event, select, text

from crmdesk.domain.report import JoinedIds, Row
from crmdesk.store.db import Store, open_store
from crmdesk.store.models import LAPTOP_INDEXES, Opportunity, Payment
from crmdesk.store.review import lookup


def test_a_new_workspace_holds_the_laptops_own_indexes(tmp_path: Path) -> None:
    store = open_store(tmp_path / "new.db", create=True)
    try:
        with store.session() as session:
            names = set(session.scalars(text(
                "SELECT name FROM sqlite_master WHERE type = 'index'")))
        assert names >= LAPTOP_INDEXES
    finally:
        store.close()


def test_the_currencies_in_use_are_counted_from_their_indexes(seeded: Store) -> None:
    with seeded.session() as session:
        # a deal and a payment in another currency, and a removed one (not in use)
        deal = session.scalars(select(Opportunity).limit(1)).one()
        deal.currency = "USD"
        payments = session.scalars(select(Payment).limit(2)).all()
        payments[0].currency = "USD"
        payments[1].currency, payments[1].deleted = "EUR", True
        session.commit()
    statements: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
        statements.append((statement, params))

    event.listen(seeded.engine, "before_cursor_execute", seen)
    try:
        with seeded.session() as session:
            got = lookup.currencies(session)
    finally:
        event.remove(seeded.engine, "before_cursor_execute", seen)
    with seeded.session() as session:
        used = Counter(c for (c,) in session.execute(
            select(Opportunity.currency).where(Opportunity.deleted.is_(False))))
        used.update(c for (c,) in session.execute(
            select(Payment.currency).where(Payment.deleted.is_(False))))
        plans = " ".join(str(row) for statement, params in statements
                         if statement.lstrip().upper().startswith("SELECT")
                         for row in session.connection().exec_driver_sql(
                             "EXPLAIN QUERY PLAN " + statement, params))
    assert got == sorted(used, key=lambda c: (-used[c], c))
    assert "USD" in got and "EUR" not in got
    assert "ix_opportunities_currency_used" in plans and "ix_payments_currency_used" in plans


def test_ids_read_when_opened_are_the_ids_of_a_tuple() -> None:
    ids = [uuid.uuid4() for _ in range(3)]
    joined = JoinedIds.of([ids[0].hex, None, f"{ids[1].hex},{ids[2].hex}"])
    assert len(joined) == 3 and joined._ids is None  # counted without reading them
    assert joined == tuple(ids) and tuple(ids) == joined and joined != tuple(ids[:2])
    assert list(joined) == ids and joined[1] == ids[1] and joined[1:] == tuple(ids[1:])
    assert ids[2] in joined and uuid.uuid4() not in joined
    assert hash(joined) == hash(tuple(ids))
    assert Row(("a",), joined) == Row(("a",), tuple(ids))
    empty = JoinedIds(None)
    assert len(empty) == 0 and empty == () and not list(empty)
