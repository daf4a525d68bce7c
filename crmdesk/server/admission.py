"""How many requests one server process works on at once, and the quick "busy" answer
past that.

A request admitted here can have a database connection at once (the limit is sized from
the pool), so none waits in a thread for a connection. A request over the limit waits a
moment on the event loop, holding neither a thread nor a connection, for one to finish;
then it is answered 503 with Retry-After, and the laptop backs off and asks again. The
count is this process's own: it guards this process's pool, so workers need not agree.
Web enquiries are admitted by their batcher instead (crmdesk.server.intake_batch): they
wait for a batch holding no connection, and are turned away with the same answer.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio
from fastapi.responses import JSONResponse

from crmdesk.domain.words import Worded, tr_noop
from crmdesk.protocol import problem

#: How long a request over the limit waits for another to finish before it is turned away.
QUEUE_WAIT_S = 1.0
#: What a turned-away laptop is told to wait before it asks again (seconds).
RETRY_AFTER_S = 1


class Busy(Exception):
    """The server is at capacity; answered 503 with Retry-After."""


class Admission:
    """At most `limit` requests at once in this process; one more waits up to `wait`
    seconds for a place, then `Busy`."""

    def __init__(self, limit: int, wait: float = QUEUE_WAIT_S) -> None:
        if limit < 1 or wait < 0:
            raise ValueError("admission needs a limit of at least 1 and a wait of 0 or more")
        self.limit, self.wait = limit, wait
        # made outside any event loop; anyio binds it to the loop that first waits on it
        self._places = anyio.Semaphore(limit)

    @property
    def in_flight(self) -> int:
        """The requests admitted and not yet finished."""
        return self.limit - self._places.value

    @asynccontextmanager
    async def place(self) -> AsyncIterator[None]:
        """Hold one place for the body of the `async with`; `Busy` if none came free in
        time."""
        try:
            with anyio.fail_after(self.wait):
                await self._places.acquire()
        except TimeoutError:
            raise Busy from None
        try:
            yield
        finally:
            self._places.release()


BUSY = tr_noop("The server is busy: try again in a moment.")


def busy_answer() -> JSONResponse:
    """503 with Retry-After: the laptop keeps its changes and asks again shortly."""
    return JSONResponse(problem(Worded(BUSY)), status_code=503,
                        headers={"Retry-After": str(RETRY_AFTER_S)})
