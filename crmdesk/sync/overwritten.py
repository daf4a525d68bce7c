"""Values I had sent that a later edit from elsewhere replaced: the server logs them,
and the laptop keeps a copy in its conflict log, with who won and when."""

from __future__ import annotations

import json

from sqlalchemy import select

from crmdesk.domain.words import Worded, tr_noop
from crmdesk.protocol import ConflictsResponse
from crmdesk.store import workspace_keys as keys
from crmdesk.store.journal import QUIET
from crmdesk.store.models import LocalConflict
from crmdesk.sync.link import Link
from crmdesk.sync.report import SyncReport
from crmdesk.sync.wire import call


def fetch_overwritten(link: Link, report: SyncReport) -> None:
    """Record here the values I had sent that a later edit from elsewhere replaced."""
    with link.store.session() as session:
        after = keys.CONFLICTS_AFTER.get(session)
        known = set(session.scalars(select(LocalConflict.server_id)
                                    .where(LocalConflict.server_id.is_not(None))))
    answer = ConflictsResponse.model_validate(call(
        link.http, "GET", "/v1/conflicts", headers=link.headers,
        params={"after": after.isoformat()}).json())
    fresh = [c for c in answer.conflicts if c.id not in known]
    if not answer.conflicts:
        return
    with link.store.write.begin() as session:
        session.info[QUIET] = True
        told = {(c.entity, c.row_id, c.field, json.dumps(c.my_value)): c
                for c in session.scalars(select(LocalConflict).where(
                    LocalConflict.server_id.is_(None), LocalConflict.field.is_not(None)))}
        for note in fresh:
            same = told.pop((note.entity, note.row_id, note.field,
                             json.dumps(note.lost_value)), None)
            if same is not None:  # the push that lost it said so already
                same.server_id, same.their_at = note.id, note.at
                continue
            who = note.kept_by or Worded(tr_noop("someone"))
            session.add(LocalConflict(
                entity=note.entity, row_id=note.row_id, field=note.field,
                my_value=note.lost_value, server_id=note.id,
                their_value=note.kept_value, their_by=note.kept_by, their_at=note.at,
                reason=Worded(tr_noop("Replaced by {0}'s later edit."), who)))
            report.lost_fields += 1
        keys.CONFLICTS_AFTER.put(session, max(c.at for c in answer.conflicts))
