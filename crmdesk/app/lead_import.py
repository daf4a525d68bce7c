"""The command that imports a lead file."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy.orm import Session

from crmdesk.app._unit import write
from crmdesk.app.changes import ACCOUNT, QUEUE, Changes, Done
from crmdesk.app.context import Context
from crmdesk.domain.lead_import import ParsedBatch, decode, parse
from crmdesk.store.lead_import import ImportResult, channel_named, import_leads
from crmdesk.store.writes import Refused


class UnknownChannel(Refused):
    """The channel named is not one the workspace knows (or it knows none)."""


def read_lead_text(path: Path, encoding: str | None) -> str:
    """A lead file's text. Raises OSError (unreadable) or
    crmdesk.domain.lead_import.UnreadableFile (not text in a known encoding)."""
    return decode(path.read_bytes(), encoding)


def read_lead_file(path: Path, encoding: str | None, region: str) -> ParsedBatch:
    """Read and parse a CSV file of leads, phone numbers in `region`. Raises as
    `read_lead_text`, or UnreadableFile when it holds no table of leads."""
    return parse(read_lead_text(path, encoding), region)


def import_lead_file(ctx: Context, parsed: ParsedBatch, file_name: str, channel: str, *,
                     owner_id: uuid.UUID | None, team_id: uuid.UUID | None
                     ) -> Done[ImportResult]:
    """Import every lead not yet known, in one transaction, for `owner_id` (None: the
    team pool). Raises UnknownChannel, or Refused with nothing imported."""
    region, today = ctx.region, ctx.today()

    def change(session: Session) -> ImportResult:
        try:
            channel_id = channel_named(session, channel)
        except Refused as exc:
            raise UnknownChannel(str(exc)) from None
        return import_leads(session, parsed, channel_id=channel_id, owner_id=owner_id,
                            team_id=team_id, file_name=file_name, received_on=today,
                            region=region)

    result = write(ctx, change)
    return Done(result, Changes.of(result.created, QUEUE, ACCOUNT)
                if result.created else Changes())
