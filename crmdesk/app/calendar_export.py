"""The command that saves the user's open follow-ups and tasks as a .ics file, for a
calendar app to import (importing a newer file again updates its events: stable UIDs,
crmdesk.domain.calendar)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from crmdesk.app.changes import Done
from crmdesk.app.context import Context
from crmdesk.domain import calendar as domain_calendar
from crmdesk.domain.calendar import ics_bytes
from crmdesk.store.calendar_queries import calendar_items
from crmdesk.store.models import utcnow


@dataclass(frozen=True, slots=True)
class Exported:
    """What a file export wrote: where, and how many items."""

    path: Path
    count: int


def calendar_name(ctx: Context) -> str:
    """What a calendar app lists the calendar as."""
    return domain_calendar.calendar_name(
        ctx.user.display_name if ctx.user is not None else "workspace")


def export_ics(ctx: Context, path: Path) -> Done[Exported]:
    """Write the user's open follow-ups and tasks (with no user: the whole workspace's)
    to `path` as iCalendar. Raises OSError when the file cannot be written."""
    with ctx.store.session() as session:
        items = calendar_items(session, ctx.user.id if ctx.user is not None else None)
    path.write_bytes(ics_bytes(items, calendar_name(ctx), utcnow()))
    return Done(Exported(path, len(items)))
