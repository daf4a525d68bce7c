"""Commands on the timeline: log, edit and delete an activity; keep a half-written
entry as a draft."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from crmdesk.app._unit import write
from crmdesk.app.changes import ACCOUNT, ACTIVITIES, QUEUE, Changes, Done
from crmdesk.app.context import Context
from crmdesk.store import settings as workspace
from crmdesk.store import writes
from crmdesk.store.writes import ActivityInput


def draft_key(account_id: uuid.UUID) -> str:
    """Where an account's unsaved timeline entry is kept (a workspace setting)."""
    return f"draft:{account_id.hex}"


def _timeline(account_id: uuid.UUID) -> Changes:
    # an activity moves the next follow-up and last contact: the card and queue show them
    return Changes.of({account_id}, ACTIVITIES, ACCOUNT, QUEUE)


def log_activity(ctx: Context, account_id: uuid.UUID, entry: ActivityInput
                 ) -> Done[uuid.UUID]:
    """Save an entry by the user; its draft goes in the same transaction."""
    author = ctx.me.id

    def change(session: Session) -> uuid.UUID:
        new_id = writes.log_activity(session, account_id, author, entry)
        session.execute(workspace.delete_stmt(draft_key(account_id)))
        return new_id

    return Done(write(ctx, change), _timeline(account_id))


def edit_activity(ctx: Context, account_id: uuid.UUID, activity_id: uuid.UUID,
                  entry: ActivityInput) -> Done[None]:
    write(ctx, lambda s: writes.edit_activity(s, activity_id, entry))
    return Done(None, _timeline(account_id))


def delete_activity(ctx: Context, activity_id: uuid.UUID) -> Done[uuid.UUID]:
    """Remove an activity; the value is its account."""
    account_id = write(ctx, lambda s: writes.delete_activity(s, activity_id))
    return Done(account_id, _timeline(account_id))


def keep_draft(ctx: Context, account_id: uuid.UUID, text: str | None) -> Done[None]:
    """Keep (or with None, forget) the half-written entry of an account. Nothing the
    panes show changes."""

    def change(session: Session) -> None:
        if text is None:
            session.execute(workspace.delete_stmt(draft_key(account_id)))
        else:
            workspace.put(session, draft_key(account_id), text)

    write(ctx, change)
    return Done(None)
