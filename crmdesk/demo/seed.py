"""Making a demo workspace file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from crmdesk.demo.generate import COLUMNS, Generator
from crmdesk.demo.service_demo import hand_off_recent
from crmdesk.store import derived
from crmdesk.store import workspace_keys as keys
from crmdesk.store.db import WorkspaceError, open_store
from crmdesk.store.journal import QUIET
from crmdesk.store.models import Account, Role, User
from crmdesk.store.seed_loader import load_seed


def seed_workspace(
    path: Path,
    accounts: int,
    seed: int = 1,
    today: date | None = None,
    progress: Callable[[int], None] | None = None,
    more_deals: float = 0.0,
    handoffs: bool = False,
) -> dict[str, int]:
    """Fill a new or empty workspace at `path` with generated data; returns row counts.
    `more_deals`: as crmdesk.demo.generate.Generator takes it. `handoffs`: the latest
    paid customers handed to service (crmdesk.demo.service_demo), as the demo shows them.

    The signed-in user becomes the first rep, so the app opens on a working queue.
    """
    store = open_store(path, create=True)
    try:
        with store.session() as session:
            if session.scalar(select(func.count()).select_from(Account)):
                raise WorkspaceError(f"{path} already holds accounts; seed a new file instead.")
        counts = load_seed(store, Generator(accounts, seed, today, more_deals).chunks(),
                           COLUMNS, progress)
        with store.session.begin() as session:
            first_rep = session.scalar(
                select(User.id).where(User.role == Role.REP).order_by(User.username).limit(1))
            if first_rep is not None:
                keys.CURRENT_USER.put(session, first_rep)
            # the generated values as the rules give them on the seed's day, so the
            # window's start of that day finds nothing to do
            derived.refresh(session, today or date.today(), None)
            # the recently paid customers with their service owners and onboarding
            # (seeded data, like the loaded rows: nothing to push)
            if handoffs:
                session.info[QUIET] = True
                counts["service_tasks"] = 3 * hand_off_recent(session,
                                                              today or date.today())
        return counts
    finally:
        store.close()
