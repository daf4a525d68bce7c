"""One unit of work: a write transaction on the workspace."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.orm import Session

from crmdesk.app.context import Context
from crmdesk.app.rights import Target, refuse
from crmdesk.store.refusals import Refused

T = TypeVar("T")


def write(ctx: Context, change: Callable[[Session], T], *of: Target) -> T:
    """Run `change` in one write transaction: all of it is saved, or none. `of` names
    the records it changes: one the user may not change (crmdesk.app.rights) is
    refused in the server's words before anything is written or queued."""
    with ctx.store.write.begin() as session:
        refused = refuse(ctx, session, of)
        if refused is not None:
            raise Refused(refused)
        return change(session)
