"""Work the server does for as long as it serves, added to an app's lifespan."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

from fastapi import FastAPI


def run_around(app: FastAPI, around: Callable[[], AbstractAsyncContextManager[None]]) -> None:
    """Enter `around()` before what `app`'s lifespan already runs and leave it after,
    also when that fails: what is added last starts first and stops last."""
    inner = app.router.lifespan_context

    @asynccontextmanager
    async def lifespan(served: FastAPI) -> AsyncIterator[Any]:
        async with around(), inner(served) as state:
            yield state

    app.router.lifespan_context = lifespan
