"""Each user's private calendar feed: their open follow-ups and tasks as iCalendar
(crmdesk.domain.calendar), at an address whose secret token is theirs alone.

Only the token's SHA-256 hash is kept, as with login tokens and intake keys; a new
token replaces the old (rotation), whose address then answers 404 as an unknown one
does. The feed is read as every read is: the user as they stand now (a disabled or
removed user's feed is gone), their items narrowed by the scope rule pulls use
(crmdesk.server.sync.visible_sql). The address is a secret: the access log shows it
redacted (`RedactFeedTokens`), and nothing else here logs it.
"""

from __future__ import annotations

import logging
import re
import secrets
import uuid
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from crmdesk.domain.calendar import calendar_name, ics_bytes
from crmdesk.domain.scope import Viewer
from crmdesk.protocol import FEED_PATH
from crmdesk.server.auth import token_hash
from crmdesk.server.schema import FeedToken
from crmdesk.server.sync import visible_sql
from crmdesk.store.calendar_queries import calendar_items
from crmdesk.store.models import Role, User, utcnow

#: Whatever follows /v1/feed/ in a request line or a log, but the token endpoint's own
#: path: a feed's token (or a mistyped address holding one, .ics left off, say).
_FEED_TOKEN = re.compile(r"(/v1/feed/)(?!token(?:[?#\s\"]|$))[^?#\s\"]+")
#: What a logged feed path shows instead of its token.
REDACTED = r"\1[redacted]"


def feed_path(token: str) -> str:
    return FEED_PATH.format(token=token)


def issue(session: Session, user_id: uuid.UUID) -> str:
    """A new feed token for `user_id`, replacing any they had (whose address stops
    working); only its hash is stored."""
    token = secrets.token_urlsafe(32)
    replaced = session.execute(update(FeedToken).where(FeedToken.user_id == user_id)
                               .values(token_hash=token_hash(token), created_at=utcnow()))
    if not replaced.rowcount:  # type: ignore[attr-defined]
        session.add(FeedToken(user_id=user_id, token_hash=token_hash(token)))
    return token


def revoke(session: Session, user_id: uuid.UUID) -> bool:
    """End `user_id`'s feed; whether there was one."""
    ended = session.execute(delete(FeedToken).where(FeedToken.user_id == user_id))
    return bool(ended.rowcount)  # type: ignore[attr-defined]


_OWNER = (select(User.id, User.display_name, User.role, User.team_id, User.active,
                 User.deleted)
          .join(FeedToken, FeedToken.user_id == User.id))


def feed(session: Session, token: str) -> bytes | None:
    """The calendar the feed `token` serves, or None for no such feed (an unknown or
    replaced token, or a user disabled or removed): the same answer, so the address
    tells nothing about who had it."""
    found = session.execute(_OWNER.where(FeedToken.token_hash == token_hash(token))).first()
    if found is None or not found.active or found.deleted:
        return None
    viewer = Viewer(found.id, Role(found.role).value, found.team_id)

    def seen(owner: Any, team: Any, served: Any) -> Any:
        return visible_sql(viewer, owner, team, None, served)

    items = calendar_items(session, found.id, seen)
    return ics_bytes(items, calendar_name(found.display_name), utcnow())


class RedactFeedTokens(logging.Filter):
    """Takes feed tokens out of a log record (uvicorn's access log names each request's
    path) before any handler writes it."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str) and "/v1/feed/" in record.msg:
            record.msg = _FEED_TOKEN.sub(REDACTED, record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(_FEED_TOKEN.sub(REDACTED, arg) if isinstance(arg, str)
                                and "/v1/feed/" in arg else arg for arg in record.args)
        return True


#: The loggers whose records may hold a request's path.
LOGGERS = ("uvicorn.access", "uvicorn.error", "uvicorn")


def redact_logs() -> None:
    """Put the filter on the loggers that write request paths (once)."""
    for name in LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactFeedTokens) for f in logger.filters):
            logger.addFilter(RedactFeedTokens())
