"""The app made from the environment, for worker processes and process managers:
`uvicorn --factory crmdesk.server.factory:app_from_environment` (what `crmdesk-server
serve --workers N` runs in each worker). It never migrates: run `crmdesk-server migrate`
first (serve does, once, before its workers start)."""

from __future__ import annotations

import gc
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from crmdesk.server import metrics, pool_schedule
from crmdesk.server.app import create_app
from crmdesk.server.db import ServerError
from crmdesk.server.deploy import DATABASE_ENV, open_database, pooler_declared
from crmdesk.server.lifespan import run_around

#: Objects made between collections of the youngest generation (Python's default: 700).
#: A worker's requests and intake batches make thousands that live for a batch (rows,
#: ORM objects, answers waiting): collected that often, they outlive a few young
#: collections and reach the oldest generation, whose collections then come every
#: second or two and walk every object the process holds, the process stopped for
#: 100-400 ms each (measured under the intake bench). Not much more: a young
#: collection stops the process too, for as long as what it walks (at 50,000, 100-250
#: ms under that bench; at 10,000, a fifth of that).
YOUNG_COLLECTION_AT = 10_000


def collect_less() -> None:
    """Set a worker's cycle collector for serving: what its start made (modules, the
    app and its routes) frozen, never walked again, and the youngest generation
    collected every YOUNG_COLLECTION_AT objects made."""
    gc.freeze()
    gc.set_threshold(YOUNG_COLLECTION_AT, *gc.get_threshold()[1:])


def app_from_environment() -> FastAPI:
    """The API over the database CRMDESK_SERVER_DB names (CRMDESK_SERVER_POOLER set: it
    is reached through a pooler in transaction mode), sweeping the public pools on a
schedule (crmdesk.server.pool_schedule); its pool is closed, and this
    worker's live figures dropped, when the worker stops."""
    url = os.environ.get(DATABASE_ENV, "")
    if not url:
        raise ServerError(f"Set {DATABASE_ENV} to the database URL "
                          "(postgresql+psycopg://user@host/db).")
    db = open_database(url, pooler_declared())
    app = create_app(db)
    pool_schedule.install(app, db, pool_schedule.interval_from_environment())

    @asynccontextmanager
    async def closing() -> AsyncIterator[None]:
        thresholds = gc.get_threshold()
        collect_less()  # started: what is made from here on is what serving makes
        try:
            yield
        finally:
            db.close()
            metrics.worker_exited()
            # as they were: an app served inside another process (tests) leaves its
            # collector as it found it
            gc.set_threshold(*thresholds)

    run_around(app, closing)
    return app
