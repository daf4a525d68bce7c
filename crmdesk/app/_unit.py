"""One unit of work: a write transaction on the workspace."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.orm import Session

from crmdesk.app.context import Context

T = TypeVar("T")


def write(ctx: Context, change: Callable[[Session], T]) -> T:
    """Run `change` in one write transaction: all of it is saved, or none."""
    with ctx.store.write.begin() as session:
        return change(session)
