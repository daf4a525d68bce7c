"""The demo workspace's deals are realistic and keep the rules: each has a stage history
ending in its stage, some slipped, decision maps have every stance, contracts have
instalment schedules adding up to their amount, some paid late and some overdue, and
every demo deal passes the checks a typed one must."""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict

from sqlalchemy import func, select

from crmdesk.domain.deals import DealField, DealValues, Stance, deal_problems
from crmdesk.store import deal_queries as dq
from crmdesk.store.db import Store
from crmdesk.store.models import (
    Contract,
    ContractInstalment,
    DealChange,
    DecisionRole,
    Opportunity,
    StageSetting,
)
from tests.conftest import TODAY


def test_every_deal_has_a_history_ending_in_its_stage(seeded: Store) -> None:
    with seeded.session() as s:
        stages: dict[object, list[tuple[str | None, str | None]]] = defaultdict(list)
        for deal_id, old, new in s.execute(
                select(DealChange.opportunity_id, DealChange.old_value, DealChange.new_value)
                .where(DealChange.field == DealField.STAGE)
                .order_by(DealChange.changed_at, DealChange.id)):
            stages[deal_id].append((old, new))
        deals = s.scalars(select(Opportunity)).all()
        assert len(deals) > 300
        for deal in deals:
            steps = stages[deal.id]
            assert steps[0][0] is None and steps[-1][1] == deal.stage.value, deal.id
            assert all(a[1] == b[0] for a, b in itertools.pairwise(steps))
            problems = deal_problems(DealValues(
                deal.name, deal.stage, deal.amount, deal.currency, deal.probability,
                deal.expected_close, deal.created_on, deal.loss_reason, deal.next_step,
                tuple(deal.competitors)))
            assert problems == [], (deal.id, problems)
        slipped = [d.id for d in deals[:200] if (detail := dq.deal(s, d.id, TODAY))
                   and detail.slip.slipped]
        assert len(slipped) > 10
        stuck = dq.deal_rows(s, TODAY, stuck_only=True)
        assert 0 < len(stuck) < len([d for d in deals if d.stage.value in (
            "qualify", "needs_analysis", "proposal", "negotiation")])


def test_decision_maps_have_every_stance(seeded: Store) -> None:
    with seeded.session() as s:
        stances = Counter(s.scalars(select(DecisionRole.stance)))
        roles = Counter(r.value for r in s.scalars(select(DecisionRole.role)))
    assert set(stances) == set(Stance) and min(stances.values()) > 20
    assert roles["champion"] > 20 and roles["decision_maker"] > 20


def test_contracts_have_schedules_some_paid_late_and_some_overdue(seeded: Store) -> None:
    with seeded.session() as s:
        sums = {contract_id: total for contract_id, total in s.execute(
            select(ContractInstalment.contract_id, func.sum(ContractInstalment.amount))
            .group_by(ContractInstalment.contract_id))}
        contracts = s.scalars(select(Contract)).all()
        assert contracts and all(sums[c.id] == c.amount for c in contracts)
        assert all(c.ends_on is not None and c.term_months for c in contracts)
        late = overdue = 0
        for contract in contracts:
            figures = dq.contract_figures(s, contract.id, TODAY)
            late += sum(i.paid_late for i in figures.instalments)
            overdue += figures.overdue > 0
            assert figures.instalments[0].paid == figures.instalments[0].amount  # deposit
        assert late > 10 and overdue > 10
        assert len(s.scalars(select(StageSetting)).all()) == 4  # one team's own playbook
