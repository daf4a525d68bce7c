"""Pulled pages fetched ahead of the one being written.

Each page names where the next one starts. The server also says so in the answer's
headers, so the next page is asked for as soon as this one's headers arrive, while
this one is still being read (on a second thread) and written (by the caller). The
server, the reading and the writing then work at once; with a server that gives no
hint, the next page waits until this one has been read.
"""

from __future__ import annotations

import queue
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Generic, TypeVar

import httpx

from crmdesk.protocol import (
    CURSOR_HEADER,
    EPOCH_HEADER,
    MAX_SEQ,
    MORE_HEADER,
    PullResponse,
)

Ready = TypeVar("Ready")

#: Seconds a thread may hold Python's lock while another waits, while pages come.
SWITCH_INTERVAL = 0.0005


@dataclass(frozen=True)
class Page(Generic[Ready]):
    after: int  # the cursor it was asked for with
    answer: PullResponse
    ready: Ready


def hint(headers: httpx.Headers) -> tuple[int, bool, int] | None:
    """(cursor, more, epoch) as the headers give them, or None if they do not."""
    try:
        cursor, epoch = int(headers[CURSOR_HEADER]), int(headers[EPOCH_HEADER])
        more = {"true": True, "false": False}[headers[MORE_HEADER]]
    except (KeyError, ValueError):
        return None
    return (cursor, more, epoch) if 0 <= cursor < MAX_SEQ and 0 <= epoch < MAX_SEQ else None


class Pages(Generic[Ready]):
    """The pages after `cursor`, in order, fetched and read ahead by `depth` pages.

    `request(cursor, epoch)` asks for one page; `read(body)` makes it an answer and
    what the caller writes. An error in either is raised by `next` in that page's
    place; nothing is asked for after a failed request. Starting from 0, every page
    after the first is asked for with the epoch the first one gave. Call `close` when
    done.
    """

    def __init__(self, request: Callable[[int, int], httpx.Response],
                 read: Callable[[bytes], tuple[PullResponse, Ready]],
                 cursor: int, epoch: int, depth: int = 2) -> None:
        self._request, self._read = request, read
        # While a page is read here and another written by the caller, Python's lock
        # changes hands at every SQLite statement the caller runs, and the caller waits
        # up to the switch interval (5 ms by default) to get it back: a shorter one
        # while pages come keeps the writing going. Put back by `close`.
        self._interval = sys.getswitchinterval()
        sys.setswitchinterval(min(self._interval, SWITCH_INTERVAL))
        self._queue: queue.Queue[Future[Page[Ready]]] = queue.Queue(maxsize=depth)
        self._held: Future[Page[Ready]] | None = None  # taken off the queue by `poll`
        self._stop = threading.Event()
        self._reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-read")
        self._thread = threading.Thread(target=self._fetch, args=(cursor, epoch),
                                        name="sync-fetch", daemon=True)
        self._thread.start()

    def next(self) -> Page[Ready]:
        if self._held is not None:
            held, self._held = self._held, None
            return held.result()
        return self._queue.get().result()

    def poll(self, after: int) -> Page[Ready] | None:
        """The next page if it has been read already and was asked for with cursor
        `after`, else None: a page still coming, a failure, or a page that does not
        follow on is left for `next`."""
        if self._held is None:
            try:
                self._held = self._queue.get_nowait()
            except queue.Empty:
                return None
        held = self._held
        if not held.done() or held.exception() is not None or held.result().after != after:
            return None
        return self.next()

    def close(self) -> None:
        """Stop fetching. A request under way is left to end on its own (its answer
        is dropped); the thread reading a page is waited for."""
        self._stop.set()
        if self._held is not None:
            self._held.cancel()
        while True:
            try:
                self._queue.get_nowait().cancel()
            except queue.Empty:
                break
        self._reader.shutdown(wait=True, cancel_futures=True)
        sys.setswitchinterval(self._interval)

    def _fetch(self, cursor: int, epoch: int) -> None:
        from_start = cursor == 0
        try:
            while not self._stop.is_set():
                response = self._request(cursor, epoch)
                page = self._reader.submit(self._page, cursor, response.content)
                if not self._put(page):
                    return
                after = hint(response.headers)
                if after is None:  # no hint: the page itself says
                    answer = page.result().answer
                    after = answer.cursor, answer.more, answer.epoch
                cursor, more, given = after
                if from_start:
                    from_start, epoch = False, given
                if not more:
                    return
        except BaseException as exc:  # handed to the caller, who re-raises it
            failed: Future[Page[Ready]] = Future()
            failed.set_exception(exc)
            self._put(failed)

    def _page(self, after: int, body: bytes) -> Page[Ready]:
        answer, ready = self._read(body)
        return Page(after, answer, ready)

    def _put(self, item: Future[Page[Ready]]) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False
