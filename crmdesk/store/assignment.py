"""A team's settings for assigning web enquiries (crmdesk.domain.intake), read and
written as rows of the team's pool (crmdesk.store.models.AssignmentSetting): the same
reads on the laptop (the rules dialog) and the server (the intake), and the laptop's
write, in the caller's unit of work, every row checked before anything changes (the
row check the server's push runs too), through ORM objects so the journal sees it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.domain.intake import (
    NO_TEAM,
    Assignment,
    AssignmentKind,
    Rule,
    away_id,
    cap_id,
    rep_ids,
    setting_refusal,
)
from crmdesk.domain.row_checks import ASSIGNMENT
from crmdesk.domain.scope import Viewer, may_write
from crmdesk.domain.words import lines
from crmdesk.store import row_facts
from crmdesk.store.models import AssignmentSetting, Role, User
from crmdesk.store.refusals import Refused

#: Who takes web leads: the roles a rule may name.
TAKERS = (Role.REP, Role.LEAD)


@dataclass(frozen=True, slots=True)
class TeamRep:
    """A person of the team a rule may name (a rep or the lead)."""

    id: uuid.UUID
    name: str
    role: Role
    active: bool


def team_reps(session: Session, team_id: uuid.UUID) -> list[TeamRep]:
    """The team's reps and leads, active or not, by name."""
    rows = session.execute(select(User.id, User.display_name, User.role, User.active)
                           .where(User.team_id == team_id, User.role.in_(TAKERS),
                                  User.deleted.is_(False))
                           .order_by(User.display_name, User.id))
    return [TeamRep(user_id, name, Role(role), bool(active))
            for user_id, name, role, active in rows]


def _rows(session: Session, team_id: uuid.UUID) -> list[AssignmentSetting]:
    return list(session.scalars(select(AssignmentSetting).where(
        AssignmentSetting.team_id == team_id, AssignmentSetting.deleted.is_(False))))


def team_assignment(session: Session, team_id: uuid.UUID) -> Assignment:
    """The team's assignment settings as they stand (no rows: no rules, no cap)."""
    rules, cap, away = [], None, {}
    for row in _rows(session, team_id):
        if row.kind is AssignmentKind.CAP:
            cap = row.cap
        elif row.kind is AssignmentKind.AWAY:
            if row.user_id is not None and row.away_until is not None:
                away[row.user_id] = row.away_until
        else:
            rules.append(Rule(row.kind, row.match or "", rep_ids(row.rep_ids or []),
                              row.position, row.id))
    rules.sort(key=lambda r: (r.position, r.id.hex if r.id else ""))
    return Assignment(tuple(rules), cap, away)


def _values(row_id: uuid.UUID, team_id: uuid.UUID, **fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"id": row_id, "owner_id": None, "team_id": team_id, "deleted": False,
            "position": 0, "match": None, "rep_ids": [], "user_id": None, "cap": None,
            "away_until": None}
    return base | fields


def set_assignment(session: Session, me: Viewer, team_id: uuid.UUID,
                   wanted: Assignment) -> int:
    """Make the team's settings `wanted`: its rules in the order given (a rule with an
    id changes that row, one without is added, a rule not given is removed), its cap
    (None: none) and who is away (a rep not named is not away). All or none; how many
    rows were written (0: nothing changed, nothing queued). Refused in the server's
    words for anyone but the team's lead or an admin."""
    refusal = may_write(me, None, (None, team_id), leads_only=True)
    if refusal is not None:
        raise Refused(refusal)
    held = {row.id: row for row in _rows(session, team_id)}
    values: list[dict[str, Any]] = []
    for position, rule in enumerate(wanted.rules):
        row_id = rule.id if rule.id in held else uuid.uuid4()
        values.append(_values(row_id, team_id, kind=rule.by, position=position,
                              match=rule.match.strip() or None,
                              rep_ids=[str(rep) for rep in rule.reps]))
    if wanted.cap is not None:
        values.append(_values(cap_id(team_id), team_id, kind=AssignmentKind.CAP, cap=wanted.cap))
    for user_id, until in sorted(wanted.away.items()):
        values.append(_values(away_id(team_id, user_id), team_id, kind=AssignmentKind.AWAY,
                              user_id=user_id, away_until=until))
    problems: list[str] = []
    for wanted_row in values:
        problems += [p for p in row_facts.problems(session, ASSIGNMENT, wanted_row)
                     if p not in problems]
    if problems:
        raise Refused(lines(problems))
    written = 0
    kept = {row["id"] for row in values}
    for row_id, gone in held.items():
        if row_id not in kept:
            gone.deleted = True
            written += 1
    for row in values:
        written += _put(session, held.get(row["id"]) or session.get(AssignmentSetting,
                                                                    row["id"]), row)
    session.flush()
    return written


def _put(session: Session, existing: AssignmentSetting | None, row: dict[str, Any]) -> bool:
    """Make the setting `row` (every column), changing `existing` if there is one; was
    anything written?"""
    if existing is None:
        session.add(AssignmentSetting(**row))
        return True
    changed = {k: v for k, v in row.items() if k != "id" and getattr(existing, k) != v}
    for name, value in changed.items():
        setattr(existing, name, value)
    return bool(changed)


def set_away(session: Session, me: Viewer, until: date | None) -> int:
    """Mark `me` away up to and including `until`, or back (None): the one row of their
    team's settings saying so (`away_id`), which they may write even as a rep
    (crmdesk.domain.intake.setting_refusal, the server's check too). How many rows were
    written (0: it was so already)."""
    if me.team_id is None:
        raise Refused(NO_TEAM)
    row_id = away_id(me.team_id, me.user_id)
    existing = session.get(AssignmentSetting, row_id)
    held = None if existing is None else row_facts.as_row(existing)
    if until is None:
        if held is None or held["deleted"]:
            return 0
        wanted = held | {"deleted": True}
    else:
        wanted = _values(row_id, me.team_id, kind=AssignmentKind.AWAY, user_id=me.user_id,
                         away_until=until)
    refusal = setting_refusal(me, held, wanted)
    problems = [refusal] if refusal is not None else row_facts.problems(
        session, ASSIGNMENT, wanted)
    if problems:
        raise Refused(lines(problems))
    written = int(_put(session, existing, wanted))
    session.flush()
    return written


def away_until(session: Session, team_id: uuid.UUID | None, user_id: uuid.UUID
               ) -> date | None:
    """The last day `user_id` is away from their team's web enquiries (None: not set)."""
    if team_id is None:
        return None
    row = session.get(AssignmentSetting, away_id(team_id, user_id))
    return None if row is None or row.deleted else row.away_until
