"""Prometheus metrics of the server: requests and latencies per route, the database
pool's use and the push ops answered, served at `/metrics`.

With several worker processes each keeps its figures in files under
PROMETHEUS_MULTIPROC_DIR (prometheus-client's multiprocess mode, which `crmdesk-server
serve --workers N` sets up) and a scrape of any worker adds up all of them."""

from __future__ import annotations

import os
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from prometheus_client.multiprocess import MultiProcessCollector, mark_process_dead
from sqlalchemy import event
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from crmdesk.protocol import OpResult
from crmdesk.server.db import ServerDB

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
#: The label of a request no route serves: raw paths would make a series per typo.
UNMATCHED = "unmatched"


def multiprocess() -> bool:
    """Whether this process writes its figures for a multiprocess collector."""
    return bool(os.environ.get(MULTIPROC_ENV))


@dataclass(frozen=True, slots=True)
class Metrics:
    """One app's metrics. Made per app (not at import), so apps in one process (tests)
    keep their own figures; in multiprocess mode the files are what is shared."""

    registry: CollectorRegistry | None  # None: multiprocess, collected from the files
    requests: Counter
    latency: Histogram
    worker_requests: Gauge
    pool_checked_out: Gauge
    pool_size: Gauge
    push_ops: Counter

    def collect(self) -> bytes:
        """The text a scrape receives: this process's figures, or every worker's."""
        if self.registry is not None:
            return generate_latest(self.registry)
        merged = CollectorRegistry()
        MultiProcessCollector(merged)  # type: ignore[no-untyped-call]
        return generate_latest(merged)


def _forget_dead_workers() -> None:
    """Drop the live gauges of workers that died without saying so (killed, crashed):
    the worker started in their place would otherwise count their pool as still in use."""
    for path in Path(os.environ[MULTIPROC_ENV]).glob("gauge_live*_*.db"):
        pid = path.stem.rpartition("_")[2]
        if pid.isdigit() and not _alive(int(pid)):
            mark_process_dead(int(pid))  # type: ignore[no-untyped-call]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: not ours to judge
    return True


def _metrics() -> Metrics:
    shared = multiprocess()
    if shared:
        _forget_dead_workers()
    registry = None if shared else CollectorRegistry()
    # in multiprocess mode nothing is registered: the collector reads the files instead
    where: dict[str, Any] = {"registry": registry}
    return Metrics(
        registry=registry,
        requests=Counter("crmdesk_http_requests", "HTTP requests answered, by route "
                         "template, method and status", ["route", "method", "status"],
                         **where),
        latency=Histogram("crmdesk_http_request_duration_seconds", "Time from a request's "
                          "arrival to the end of its answer, by route template and method",
                          ["route", "method"], **where),
        worker_requests=Gauge("crmdesk_worker_requests", "Requests this worker process has "
                              "answered since it started (one series per live worker)",
                              multiprocess_mode="liveall", **where),
        pool_checked_out=Gauge("crmdesk_db_pool_checked_out", "Database connections in "
                               "use by requests, over every live worker",
                               multiprocess_mode="livesum", **where),
        pool_size=Gauge("crmdesk_db_pool_size", "Connections the database pools keep, over "
                        "every live worker (each may open its overflow beyond it)",
                        multiprocess_mode="livesum", **where),
        push_ops=Counter("crmdesk_push_ops", "Ops of pushes answered, by result "
                         "(applied, partly, refused)", ["result"], **where),
    )


def _route_of(routes: Iterable[BaseRoute], scope: Scope) -> str:
    """The template of the route serving `scope` (e.g. /v1/changes), whatever ran first."""
    for route in routes:
        found, _ = route.matches(scope)
        if found is not Match.NONE:
            return str(getattr(route, "path", UNMATCHED))
    return UNMATCHED


#: Paths whose route template is remembered (the API's own, a handful); past it, a
#: request's route is looked up afresh, so odd paths cannot grow the memory.
_REMEMBERED = 256


class _Measured:
    """Counts and times every HTTP request, including those a middleware inside it
    answers on its own (a body too large, an overload)."""

    def __init__(self, app: ASGIApp, metrics: Metrics, routes: list[BaseRoute]) -> None:
        self.app, self.metrics, self.routes = app, metrics, routes
        # every request of every laptop is counted: the route by (method, path) and the
        # labelled series are looked up once, not matched and labelled each time
        self._routes: dict[tuple[str, str], str] = {}
        self._series: dict[tuple[str, str, int], tuple[Any, Any]] = {}

    def _route(self, scope: Scope) -> str:
        key = (str(scope["method"]), str(scope["path"]))
        found = self._routes.get(key)
        if found is None:
            found = _route_of(self.routes, scope)
            if found != UNMATCHED and len(self._routes) < _REMEMBERED:
                self._routes[key] = found
        return found

    def _count(self, route: str, method: str, status: int, seconds: float) -> None:
        key = (route, method, status)
        series = self._series.get(key)
        if series is None:
            series = (self.metrics.requests.labels(route, method, str(status)),
                      self.metrics.latency.labels(route, method))
            if len(self._series) < _REMEMBERED:
                self._series[key] = series
        series[0].inc()
        series[1].observe(seconds)
        self.metrics.worker_requests.inc()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500  # what the client gets if the app fails before answering

        async def noted(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, noted)
        finally:
            self._count(self._route(scope), str(scope["method"]), status,
                        time.perf_counter() - started)


def _watch_pool(metrics: Metrics, db: ServerDB) -> None:
    """Keeps the pool gauges by the pool's own events, so a scrape of any worker sees
    every worker's figure as it stands (not as of its last request)."""
    pool = db.engine.pool
    size = getattr(pool, "size", None)
    metrics.pool_size.set(size() if callable(size) else 0)

    @event.listens_for(pool, "checkout")
    def _out(*_args: Any) -> None:
        metrics.pool_checked_out.inc()

    @event.listens_for(pool, "checkin")
    def _in(*_args: Any) -> None:
        metrics.pool_checked_out.dec()


def install(app: FastAPI, db: ServerDB) -> None:
    """Measure `app`'s requests and `db`'s pool, and serve the figures at /metrics.
    Call it after the app's other middleware is added, so it measures their answers."""
    metrics = _metrics()
    app.state.metrics = metrics
    _watch_pool(metrics, db)

    def scrape(_request: Request) -> Response:
        return Response(metrics.collect(), media_type=CONTENT_TYPE_LATEST)

    app.add_route("/metrics", scrape, methods=["GET"], include_in_schema=False)
    app.add_middleware(_Measured, metrics=metrics, routes=app.router.routes)


def count_push(app: FastAPI, results: Iterable[OpResult]) -> None:
    """Count a push's answered ops by result."""
    metrics: Metrics | None = getattr(app.state, "metrics", None)
    if metrics is not None:
        for result in results:
            metrics.push_ops.labels(result.status).inc()


def worker_exited() -> None:
    """Drop this worker's live gauges (its pool, its request count) from the sums; its
    counters stay, as counts of what was done."""
    if multiprocess():
        mark_process_dead(os.getpid())  # type: ignore[no-untyped-call]
