"""One runner for slow work: a thread pool whose results arrive on the UI thread.

No widget is touched from a worker. A job started under a `key` replaces any earlier
job with that key still in flight: its result is dropped, so a fast typist only ever
sees the results for what is in the box now.
"""

from __future__ import annotations

import itertools
import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

T = TypeVar("T")
log = logging.getLogger(__name__)


class _Relay(QObject):
    finished = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, ticket: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._ticket, self._fn, self._relay = ticket, fn, relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # reported on the UI thread, never lost
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._relay.failed.emit(self._ticket, exc)
        else:
            self._relay.finished.emit(self._ticket, result)


@dataclass
class _Pending:
    key: str | None
    done: Callable[[Any], None]
    failed: Callable[[BaseException], None]
    background: bool = False


class TaskRunner(QObject):
    """Runs callables on a thread pool and calls back on the UI thread."""

    busy_changed = Signal(bool)
    error = Signal(str)

    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        # Checks a pane can show a moment later (the duplicate banner) run on their own
        # thread, so they never queue ahead of what the user is waiting to see.
        self._background = QThreadPool(self)
        self._background.setMaxThreadCount(1)
        # Every write goes through one thread, in the order the user made them, so two
        # edits in quick succession can never overtake or overwrite each other.
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._finished)
        self._relay.failed.connect(self._failed)
        self._tickets = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._latest: dict[str, int] = {}

    @property
    def pending(self) -> int:
        """Foreground jobs not yet answered."""
        return sum(1 for job in self._pending.values() if not job.background)

    @property
    def background_pending(self) -> int:
        return sum(1 for job in self._pending.values() if job.background)

    def run(self, fn: Callable[[], T], done: Callable[[T], None],
            failed: Callable[[BaseException], None] | None = None,
            key: str | None = None, background: bool = False, write: bool = False) -> None:
        ticket = next(self._tickets)
        if key is not None:
            self._latest[key] = ticket
        was_idle = not self._pending
        self._pending[ticket] = _Pending(key, done, failed or self.report, background)
        if was_idle:
            self.busy_changed.emit(True)
        pool = self._writer if write else self._background if background else self._pool
        pool.start(_Job(ticket, fn, self._relay))

    def _take(self, ticket: int) -> _Pending | None:
        job = self._pending.pop(ticket, None)
        if not self._pending:
            self.busy_changed.emit(False)
        if job is None:
            return None
        if job.key is not None and self._latest.get(job.key) != ticket:
            return None  # superseded by a newer job with the same key
        return job

    def _finished(self, ticket: int, result: object) -> None:
        job = self._take(ticket)
        if job is not None:
            job.done(result)

    def _failed(self, ticket: int, exc: object) -> None:
        job = self._take(ticket)
        if job is not None and isinstance(exc, BaseException):
            job.failed(exc)

    def report(self, exc: BaseException) -> None:
        """Tell the user a job failed (the default for a job that does not say)."""
        from crmdesk.store.writes import NotFound, Refused
        from crmdesk.ui.words import refusal_words

        if isinstance(exc, NotFound | Refused):
            self.error.emit(refusal_words(exc))
            return
        log.error("background task failed:\n%s", getattr(exc, "__traceback_text__", exc))
        self.error.emit(self.tr("Something went wrong: {0}").format(exc))

    def shut_down(self, msecs: int = 5000) -> None:
        """Finish running jobs and drop their results: the panes that asked are closing,
        and a late answer must not reach a deleted widget."""
        for pool in (self._writer, self._pool, self._background):
            pool.waitForDone(msecs)
        self._pending.clear()
        self._latest.clear()

    def wait(self, msecs: int = 30000) -> bool:
        """Block until both pools are empty (tests and the screenshot command)."""
        return all(bool(pool.waitForDone(msecs))
                   for pool in (self._writer, self._pool, self._background))
