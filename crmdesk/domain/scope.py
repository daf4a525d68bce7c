"""Who may see and change which rows (shared/PRODUCT.md, "Who may see what").

A rep: their own rows and their team's public pool (rows of the team with no owner).
A team lead: every row of their team. An admin: everything. Reference rows that belong
to no team and no one (channels, products, tags, users, teams) are visible to all.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Viewer:
    user_id: uuid.UUID
    role: str  # "rep", "lead", "admin", "service"
    team_id: uuid.UUID | None


def visible(viewer: Viewer, owner_id: uuid.UUID | None, team_id: uuid.UUID | None) -> bool:
    """May `viewer` see a row owned by `owner_id` in `team_id`?"""
    if viewer.role == "admin":
        return True
    if owner_id is None and team_id is None:
        return True  # shared reference data
    if viewer.role == "lead":
        return team_id is not None and team_id == viewer.team_id
    # a rep's own rows and the pool, both only within the rep's own team
    return (team_id is not None and team_id == viewer.team_id
            and (owner_id is None or owner_id == viewer.user_id))


#: The answer to a rep changing a kind only a team's lead changes.
LEADS_ONLY = "Only a team lead sets the team's stages and playbook."


def may_write(viewer: Viewer, before: tuple[uuid.UUID | None, uuid.UUID | None] | None,
              after: tuple[uuid.UUID | None, uuid.UUID | None], *,
              leads_only: bool = False) -> str | None:
    """Why `viewer` may not change a row from (owner, team) `before` (None: a new row) to
    `after`, or None when allowed. Shared reference rows are changed only by admins;
    rows of a `leads_only` kind (a team's settings) by the team's lead."""
    if viewer.role == "admin":
        return None
    if leads_only and viewer.role != "lead":
        return LEADS_ONLY
    for label, tuple_ in (("this record", before), ("the record as changed", after)):
        if tuple_ is None:
            continue
        owner, team = tuple_
        if owner is None and team is None:
            return "Only an administrator changes shared lists (channels, products, users)."
        if team != viewer.team_id or not visible(viewer, owner, team):
            return outside_scope(label)
    return None


def outside_scope(label: str = "the record as changed") -> str:
    """The answer to a change outside the viewer's scope. A row referring to a record
    the viewer may not see, or to none at all, gets this same answer, so it never tells
    whether another team's record exists."""
    return f"You may not change {label}: it belongs to another person or team."
