"""The server's rules on a schedule inside `crmdesk-server serve`: every few minutes
(CRMDESK_POOL_SWEEP_MINUTES, or serve's --pool-sweep-minutes; 0: never) every worker
sweeps the pool, the sweep's advisory lock letting one of them work at a time, then
hands to customer service the paid customers who waited for their team's first service
user (crmdesk.server.handoff). A turn that fails is logged and tried again at the next
one: it never stops the server."""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress

from fastapi import FastAPI

from crmdesk.server.db import ServerDB, ServerError
from crmdesk.server.handoff import Outcome, hand_off_waiting, served_teams
from crmdesk.server.lifespan import run_around
from crmdesk.server.pool import Returned, Sweep, due_ids, now_of, sweep

#: The environment variable holding the minutes between sweeps.
SWEEP_MINUTES_ENV = "CRMDESK_POOL_SWEEP_MINUTES"
DEFAULT_MINUTES = 10.0
#: The most accounts one sweep's transaction returns (see `drain`).
SWEEP_BATCH = 100

log = logging.getLogger("crmdesk.server.pool")


def interval_from_environment() -> float | None:
    """Seconds between sweeps as the environment sets them (None: no sweeps)."""
    raw = os.environ.get(SWEEP_MINUTES_ENV, "").strip()
    try:
        minutes = float(raw) if raw else DEFAULT_MINUTES
    except ValueError:
        raise ServerError(f"{SWEEP_MINUTES_ENV} is a number of minutes, not “{raw}”.") from None
    if minutes < 0:
        raise ServerError(f"{SWEEP_MINUTES_ENV} cannot be negative.")
    return minutes * 60 if minutes > 0 else None


def drain(db: ServerDB, batch: int = SWEEP_BATCH) -> Sweep:
    """Return every account due, `batch` accounts a transaction (each read again when
    locked), the due ones found by one read first: a backlog (the first sweep of an old
    workspace) never holds many accounts for long, nor reads all of them again per
    batch. The value sums the batches."""
    with db.session() as session:
        found = due_ids(session, now_of(session).date())
    returned: list[Returned] = []
    rows = 0
    for start in range(0, len(found), batch):
        with db.session.begin() as session:
            done = sweep(session, among=found[start:start + batch])
        if not done.ran:  # another worker sweeps: it takes the rest
            return Sweep(tuple(returned), rows, ran=bool(returned))
        returned += done.returned
        rows += done.rows
    return Sweep(tuple(returned), rows)


def sweep_once(db: ServerDB) -> Sweep | None:
    """One turn of the schedule (`drain`); a failure is logged (None), never raised."""
    try:
        done = drain(db)
    except Exception:
        log.exception("The pool sweep failed; it runs again at its next turn.")
        return None
    if done.returned:
        log.info("The pool sweep returned %d account(s) to their team's pool.",
                 len(done.returned))
    return done


def hand_off_once(db: ServerDB) -> list[Outcome] | None:
    """Hand off the customers waiting for a service user their team now has (None: a
    failure, logged, never raised; [] when none waits)."""
    try:
        with db.session() as session:
            teams = served_teams(session)
        if not teams:
            return []
        with db.session.begin() as session:
            done = [o for o in hand_off_waiting(session, now_of(session).date(), teams)
                    if o.served_by is not None]
    except Exception:
        log.exception("The hand-off to customer service failed; it runs again at its "
                      "next turn.")
        return None
    if done:
        log.info("%d paid customer(s) handed to customer service.", len(done))
    return done


def _turn(db: ServerDB) -> None:
    sweep_once(db)
    hand_off_once(db)


async def run_every(db: ServerDB, seconds: float, stop: asyncio.Event) -> None:
    """Sweep and hand off every `seconds` (the first after one interval) until `stop`
    is set; on a thread, so requests go on meanwhile."""
    while True:
        with suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), seconds)
        if stop.is_set():
            return
        await asyncio.to_thread(_turn, db)


def install(app: FastAPI, db: ServerDB, seconds: float | None) -> None:
    """Run the sweep every `seconds` while `app` serves (None: never)."""
    if seconds is None:
        return

    @asynccontextmanager
    async def sweeping() -> AsyncIterator[None]:
        stop = asyncio.Event()
        task = asyncio.create_task(run_every(db, seconds, stop))
        try:
            yield
        finally:
            stop.set()
            await task  # a sweep under way finishes its transaction first

    run_around(app, sweeping)
