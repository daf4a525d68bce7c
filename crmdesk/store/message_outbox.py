"""The laptop's message outbox (crmdesk.store.models.OutMessage): each state change is
one statement in the caller's transaction, and moves a message only from the state it
is expected in, so two runs can never both take the same message."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import Table, bindparam, func, select, update
from sqlalchemy.orm import Session

from crmdesk.domain.messages import INTERRUPTED, MessageChannel, OutState
from crmdesk.store.models import OutMessage, reason_columns, utcnow


@dataclass(frozen=True, slots=True)
class OutRow:
    """One message of the outbox, as a list shows it and a sender hands it over."""

    id: int
    batch_id: uuid.UUID
    channel: MessageChannel
    template_name: str
    account_id: uuid.UUID
    contact_id: uuid.UUID
    contact_name: str
    recipient: str | None
    subject: str
    body: str
    state: OutState
    reason: str | None  # a Worded when it is our marked sentence (the window words it)
    author_id: uuid.UUID | None
    queued_at: datetime
    sent_at: datetime | None
    activity_id: uuid.UUID | None


def _out(m: OutMessage) -> OutRow:
    return OutRow(m.id, m.batch_id, m.channel, m.template_name, m.account_id, m.contact_id,
                  m.contact_name, m.recipient, m.subject, m.body, m.state, m.said,
                  m.author_id, m.queued_at, m.sent_at, m.activity_id)


def add(session: Session, messages: Iterable[OutMessage]) -> None:
    session.add_all(list(messages))
    session.flush()


def recover_interrupted(session: Session) -> int:
    """Messages left "sending" by a run that died (a crash, a kill, a power cut) become
    failed, never sent again by themselves: they may have gone. How many."""
    result = session.execute(update(OutMessage).where(OutMessage.state == OutState.SENDING)
                             .values(state=OutState.FAILED,
                                     **reason_columns(INTERRUPTED)))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def waiting(session: Session, limit: int | None = None) -> list[tuple[int, MessageChannel]]:
    """The waiting messages' ids and channels, oldest first."""
    query = select(OutMessage.id, OutMessage.channel).where(
        OutMessage.state == OutState.WAITING).order_by(OutMessage.id)
    found = session.execute(query if limit is None else query.limit(limit))
    return [(message_id, channel) for message_id, channel in found]


def waiting_rows(session: Session, limit: int | None = None) -> list[OutRow]:
    """The waiting messages, oldest first, read at once (a message's text never
    changes once queued; `take` still moves each only from waiting)."""
    query = select(OutMessage).where(OutMessage.state == OutState.WAITING).order_by(
        OutMessage.id)
    return [_out(m) for m in session.scalars(query if limit is None else query.limit(limit))]


def _move(session: Session, message_id: int, was: OutState, reason: str | None,
          **values: object) -> bool:
    # one plain UPDATE: no ORM object of the outbox is kept across it (take reads anew);
    # a reason's words set beside it here (no validator runs)
    result = session.execute(update(OutMessage).where(
        OutMessage.id == message_id, OutMessage.state == was).values(
        **values, **reason_columns(reason))
        .execution_options(synchronize_session=False))
    return bool(result.rowcount)  # type: ignore[attr-defined]


def mark_sending(session: Session, message_id: int) -> bool:
    """Mark a waiting message "sending" (the caller commits before handing it over);
    False when it is no longer waiting."""
    return _move(session, message_id, OutState.WAITING, None, state=OutState.SENDING,
                 tried_at=utcnow())


def take(session: Session, message_id: int) -> OutRow | None:
    """`mark_sending`, and the message as it now stands (None: it was not waiting)."""
    if not mark_sending(session, message_id):
        return None
    return _out(session.get_one(OutMessage, message_id, populate_existing=True))


def sent(session: Session, message_id: int, at: datetime, activity_id: uuid.UUID | None,
         note: str | None = None) -> None:
    """Mark a message that went as sent: with its activity, with why it has none, or
    (neither) still to be archived (`unarchived`)."""
    _move(session, message_id, OutState.SENDING, note, state=OutState.SENT, sent_at=at,
          activity_id=activity_id)


def unarchived(session: Session, limit: int | None = None) -> list[OutRow]:
    """Sent messages whose activity is still to be written (a run archives what went
    a batch at a time; one that died in between leaves these), oldest first."""
    query = select(OutMessage).where(
        OutMessage.state == OutState.SENT, OutMessage.activity_id.is_(None),
        OutMessage.reason.is_(None)).order_by(OutMessage.id)
    return [_out(m) for m in session.scalars(query if limit is None else query.limit(limit))]


def archived(session: Session, done: Sequence[tuple[int, uuid.UUID | None, str | None]]
             ) -> None:
    """Record, for sent messages, the activity archiving each, or why there is none."""
    if not done:
        return
    table = cast(Table, OutMessage.__table__)
    kept = [(m, a, reason_columns(n)) for m, a, n in done]  # no validator runs here
    session.connection().execute(
        update(table).where(table.c.id == bindparam("message"),
                            table.c.state == OutState.SENT)
        .values(activity_id=bindparam("activity"), reason=bindparam("note"),
                reason_words=bindparam("words")),
        [{"message": m, "activity": a, "note": r["reason"], "words": r["reason_words"]}
         for m, a, r in kept])


def failed(session: Session, message_id: int, reason: str) -> None:
    _move(session, message_id, OutState.SENDING, reason, state=OutState.FAILED)


def not_sent(session: Session, message_id: int, reason: str | None) -> None:
    """Back to waiting: it certainly did not go (no connection was made)."""
    _move(session, message_id, OutState.SENDING, reason, state=OutState.WAITING)


def send_again(session: Session, message_ids: Sequence[int]) -> int:
    """Failed messages the user asked to send again wait once more; how many."""
    result = session.execute(update(OutMessage).where(
        OutMessage.id.in_(list(message_ids)), OutMessage.state == OutState.FAILED)
        .values(state=OutState.WAITING, **reason_columns(None)))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def rows(session: Session, states: Iterable[OutState] | None = None,
         batch_id: uuid.UUID | None = None, limit: int = 1000) -> list[OutRow]:
    """The outbox's messages, newest first (of these states, of one batch)."""
    query = select(OutMessage).order_by(OutMessage.id.desc()).limit(limit)
    if states is not None:
        query = query.where(OutMessage.state.in_(list(states)))
    if batch_id is not None:
        query = query.where(OutMessage.batch_id == batch_id)
    return [_out(m) for m in session.scalars(query)]


def counts(session: Session, batch_id: uuid.UUID | None = None) -> dict[OutState, int]:
    """How many messages stand in each state (of one batch)."""
    query = select(OutMessage.state, func.count()).group_by(OutMessage.state)
    if batch_id is not None:
        query = query.where(OutMessage.batch_id == batch_id)
    found = {OutState(state): int(n) for state, n in session.execute(query)}
    return {state: found.get(state, 0) for state in OutState}
