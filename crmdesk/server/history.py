"""How far back the change log goes, and compacting it.

The log keeps every change so a laptop can catch up from wherever it stopped. Old
entries that a later entry of the same row supersedes can be dropped to keep it small;
a laptop whose cursor points before what was dropped would miss rows that left its
scope, so it is told to sync afresh (HTTP 410) rather than given a partial answer.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, bindparam, cast, delete, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from crmdesk.server.schema import ServerChange, ServerSetting
from crmdesk.server.sync import COMPACTION_LOCK, advisory_lock, lock_change_log

FLOOR = "history_floor"


def floor(session: Session) -> int:
    """The newest change-log position dropped by compaction (0: nothing ever was)."""
    row = session.get(ServerSetting, FLOOR)
    return int(row.value) if row is not None else 0


_settings = ServerSetting.__table__.c
#: The epoch (see `epoch`) of the user whose mark key is bound as "mark", as a scalar
#: subquery: both settings in one read, so a statement of its own or a part of another
#: (a pull reads it with the viewer, app.py).
EPOCH: Any = (select(func.coalesce(func.max(cast(_settings.value, BigInteger)), 0))
              .where(or_(_settings.key == FLOOR, _settings.key == bindparam("mark")))
              .scalar_subquery())


def epoch(session: Session, user_id: uuid.UUID) -> int:
    """The log position before which the user's laptops cannot catch up: the newest
    entry compaction dropped, or the head when the user's own scope last changed."""
    return int(session.scalar(select(EPOCH), epoch_params(user_id)) or 0)


def epoch_params(user_id: uuid.UUID) -> dict[str, str]:
    """The parameters `EPOCH` takes for `user_id`."""
    return {"mark": _mark_key(user_id)}


def behind(cursor: int, since_epoch: int, now: int) -> bool:
    """Would catching up from `cursor` miss entries the laptop needs, the epoch being
    `now`? Only for a cursor behind it, and not for a laptop already syncing afresh
    since that epoch (`since_epoch`: the epoch its sync from the start was told)."""
    return 0 < cursor < now and since_epoch < now


def require_resync(session: Session, user_id: uuid.UUID) -> None:
    """The user's scope changed (another team, another role): the log tells laptops
    about rows that move, not about a viewer who moves, so their laptop starts afresh
    from the log as it stands after this change."""
    session.flush()
    head = session.scalar(select(func.max(ServerChange.seq))) or 0
    session.merge(ServerSetting(key=_mark_key(user_id), value=str(head)))


def _mark_key(user_id: uuid.UUID) -> str:
    return f"resync:{user_id.hex}"


def hold_off_compaction(session: Session) -> None:
    """A pull reads the floor and then the entries: no compaction may run in between
    (PostgreSQL; SQLite reads one snapshot anyway). Many pulls may hold this at once."""
    advisory_lock(session, COMPACTION_LOCK, shared=True)


def compact(session: Session, before: datetime) -> int:
    """Drop entries made before `before` that a later entry of the same row supersedes;
    returns how many went. Laptops behind the dropped entries must sync afresh."""
    lock_change_log(session, exclusive=True)  # no push meanwhile
    advisory_lock(session, COMPACTION_LOCK)  # waits for pulls under way
    later = aliased(ServerChange)
    # an entry for everyone is superseded by a later one for everyone; one for a single
    # person (crmdesk.server.sync.announce_team_changes) by a later one for everyone or
    # for them: a fresh sync still gets every row it may see, whole
    superseded = (select(ServerChange.seq)
                  .where(ServerChange.at < before,
                         exists().where(later.row_id == ServerChange.row_id,
                                        later.entity == ServerChange.entity,
                                        later.seq > ServerChange.seq,
                                        or_(later.audience.is_(None),
                                            later.audience == ServerChange.audience))))
    top = session.scalar(select(func.max(superseded.subquery().c.seq)))
    if top is None:
        return 0
    gone = session.execute(delete(ServerChange).where(ServerChange.seq.in_(superseded)))
    session.merge(ServerSetting(key=FLOOR, value=str(max(top, floor(session)))))
    return int(gone.rowcount or 0)  # type: ignore[attr-defined]
