"""Setting a team's pool rules: the one row of its pool, by the checks the server's push
and its admin command run too (crmdesk.domain.row_checks)."""

from __future__ import annotations

import uuid
from dataclasses import asdict

from sqlalchemy.orm import Session

from crmdesk.domain import pool
from crmdesk.domain.pool import PoolRules
from crmdesk.domain.row_checks import POOL_RULES
from crmdesk.domain.words import lines, tr_noop
from crmdesk.store import row_facts
from crmdesk.store.models import PoolRule, Role
from crmdesk.store.refusals import Refused

#: The answer to anyone but a lead or an admin setting them (the server refuses the push
#: of a leads-only kind too).
LEADS_SET_RULES = tr_noop("Only a team lead (or an administrator) sets the team's pool rules.")


def rules_problems(session: Session, team_id: uuid.UUID | None, rules: PoolRules
                   ) -> list[str]:
    """What stops `rules` being the team's, in the words of the push's check."""
    row = {"id": None if team_id is None else pool.pool_rule_id(team_id), "owner_id": None,
           "team_id": team_id, "deleted": False} | asdict(rules)
    return row_facts.problems(session, POOL_RULES, row)


def set_rules(session: Session, role: Role | None, team_id: uuid.UUID | None,
              rules: PoolRules) -> uuid.UUID:
    """Make `rules` team `team_id`'s (a lead their team's, an admin any team's; `role`
    None: the server's admin command). The value is the row's id."""
    if role is not None and role not in (Role.LEAD, Role.ADMIN):
        raise Refused(LEADS_SET_RULES)
    problems = rules_problems(session, team_id, rules)
    if problems:
        raise Refused(lines(problems))
    assert team_id is not None  # a row of no team was refused
    row_id = pool.pool_rule_id(team_id)
    row = session.get(PoolRule, row_id)
    if row is None:
        row = PoolRule(id=row_id, owner_id=None, team_id=team_id)
        session.add(row)
    row.deleted = False
    for name, value in asdict(rules).items():
        if getattr(row, name, None) != value:
            setattr(row, name, value)
    session.flush()
    return row_id
