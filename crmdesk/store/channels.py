"""Adding a channel on an administrator's laptop: a shared list's row (no owner, no
team) that every laptop receives at its next sync, checked as the server's
`crmdesk-server channel add` checks it."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.domain.text import text_problem
from crmdesk.domain.words import Counted, Worded, tr_noop
from crmdesk.store.models import Channel, ChannelKind
from crmdesk.store.refusals import Refused

#: The longest channel name (the column's length).
MAX_NAME = int(getattr(Channel.__table__.c.name.type, "length", None) or 120)


def clean_name(name: str) -> str:
    """A channel's name as it is kept: runs of spaces as one."""
    return " ".join(name.split())


def name_problem(session: Session, name: str) -> str | None:
    """Why `name` cannot name a new channel, or None."""
    cleaned = clean_name(name)
    if not cleaned:
        return tr_noop("A channel needs a name.")
    problem = text_problem("name", cleaned)
    if problem is not None:
        return problem
    if len(cleaned) > MAX_NAME:
        return Counted("A channel name is at most %n character(s).", "", MAX_NAME)
    taken = session.scalar(select(func.count()).select_from(Channel).where(
        func.lower(Channel.name) == cleaned.lower()))
    return Worded(tr_noop("There is already a channel “{0}”."), cleaned) if taken else None


def add_channel(session: Session, name: str, kind: ChannelKind) -> uuid.UUID:
    """Add a channel; its id."""
    problem = name_problem(session, name)
    if problem is not None:
        raise Refused(problem)
    channel = Channel(id=uuid.uuid4(), name=clean_name(name), kind=kind)
    session.add(channel)
    session.flush()
    return channel.id
