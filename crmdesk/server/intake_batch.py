"""Group commit for web enquiries: each server process writes the enquiries posted to it
in batches, one batch at a time, on a thread of its own (`Batcher`).

A post's fields are checked first (crmdesk.server.intake_routes: wrong ones are told
once its key lets it in, so a wrong key is told first); then it waits here,
holding neither a thread nor a connection, until its batch has committed. The enquiries
posted while a batch is written make the next one (up to MAX_BATCH): it is admitted in
one short transaction (rate limits and keys: crmdesk.server.intake.admit, committed
without waiting for the disk) and taken in another, with one commit
(crmdesk.server.intake.receive), after which every post of it is answered, so 201 still
means committed. At a trickle a batch is one enquiry, written at once; under load the
batches grow, and with them what a commit and a statement serve.

The enquiry endpoint takes no place among the requests app.py admits (it holds no
connection while it waits); this is its admission instead: while a batch's worth of
posts wait, or the oldest waiting has waited WAIT_S already (the batch being written is
slow: the process is past what it can take), a post is answered 503 with Retry-After
at once (crmdesk.server.admission.busy_answer), so load beyond capacity is turned away
rather than queued for seconds. It goes by the wait itself, not by a guess of the pace
from the last batches: a batch slowed by a fixed cost (a lock, the disk) says little of
what a larger one would take.

A post whose company another worker's batch is taking as it is written
(intake.Deferred) is kept, admitted, for the next batch, the first of it; twice
deferred, its batch waits for the other instead (DEFERRALS).
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections import deque
from concurrent.futures import Future
from dataclasses import dataclass

from crmdesk.server import intake, name_blocks
from crmdesk.server.admission import Busy
from crmdesk.server.db import ServerDB

#: The most enquiries taken in one transaction.
MAX_BATCH = 200
#: How long the posts waiting for a batch may have waited before more are turned away
#: (seconds): theirs then takes about as long again, within the second an enquiry should
#: take.
WAIT_S = 0.5
#: A post deferred this many times (another worker's batches kept taking its company)
#: is taken in a batch that waits for them instead (intake.receive's `wait`).
DEFERRALS = 2
#: How often a worker derives the name blocks of the accounts written since
#: (seconds): a duplicate check reads the few pending meanwhile beside its blocks'
#: mates (crmdesk.server.name_blocks), at a cost that hardly grows with them, where
#: deriving them costs each batch several statements.
FILL_EVERY_S = 0.5
#: The most time a starting worker spends deriving the name blocks left pending
#: (seconds): the batches derive the rest.
CATCH_UP_S = 30.0
#: How long a batch of deferred posts alone waits for new ones to join it (seconds):
#: the batch that holds their company is still being written.
DEFERRED_PAUSE_S = 0.02

Answer = intake.Received | intake.Refusal
_log = logging.getLogger(__name__)


@dataclass(slots=True)
class _Post:
    """A post waiting for a batch: its answer to come and when it was posted; once
    admitted and deferred (intake.Deferred), how it was let in and how many times."""

    posted: intake.Posted
    answer: Future[Answer]
    at: float
    admitted: intake.Admitted | None = None
    deferrals: int = 0


class Batcher:
    """Takes posted enquiries in batches of at most `max_batch` on one thread, started
    at the first post; `close` writes what waits, then stops it."""

    def __init__(self, db: ServerDB, limits: intake.Limits, max_batch: int = MAX_BATCH,
                 wait_s: float = WAIT_S) -> None:
        self.db, self.limits, self.max_batch, self.wait_s = db, limits, max_batch, wait_s
        # the posts waiting, each with its answer to come and when it was posted
        self._waiting: deque[_Post] = deque()
        # posts a batch deferred (admitted already): the next batch's first
        self._deferred: list[_Post] = []
        self._posted = threading.Condition()
        self._thread: threading.Thread | None = None
        self._closed = False
        self._filled_at = -FILL_EVERY_S  # when this worker last derived name blocks

    @property
    def waiting(self) -> int:
        """Posts waiting for a batch (not the one being written)."""
        return len(self._waiting)

    @property
    def full(self) -> bool:
        """Whether a post now would be turned away (`Busy`): a batch's worth wait, or
        the oldest has waited `wait_s`."""
        waiting = self._waiting
        try:
            oldest = waiting[0].at if waiting else None
        except IndexError:  # taken into a batch meanwhile
            oldest = None
        return self._closed or len(waiting) >= self.max_batch or (
            oldest is not None and time.monotonic() - oldest >= self.wait_s)

    async def take(self, posted: intake.Posted) -> Answer:
        """The answer to `posted` once its batch has committed; `Busy` at once when too
        many wait; the error that stopped it, raised."""
        return await asyncio.wrap_future(self.submit(posted))

    def submit(self, posted: intake.Posted) -> Future[Answer]:
        """Queue `posted` for the next batch (`Busy` when too many wait)."""
        answer: Future[Answer] = Future()
        with self._posted:
            if self.full:
                raise Busy
            self._waiting.append(_Post(posted, answer, time.monotonic()))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="intake-batches",
                                                daemon=True)
                self._thread.start()
            self._posted.notify()
        return answer

    def catch_up(self, limit_s: float = CATCH_UP_S) -> int:
        """Derive the name blocks of the accounts pending (an import or a rule change
        may leave thousands: crmdesk.server.name_blocks), before the first post, so
        that the first batches neither derive them nor read them all as pending under
        load; the workers share them out. How many; a database out of reach is left to
        the batches."""
        total, until = 0, time.monotonic() + limit_s
        try:
            while time.monotonic() < until:
                with self.db.session() as session:
                    filled = name_blocks.fill(session)
                    session.commit()
                if not filled:
                    break
                total += filled
        except Exception as exc:  # serving goes on: every batch fills what is pending
            _log.warning("the name blocks pending were not derived at start: %s", exc)
        return total

    def close(self, timeout: float = 30) -> None:
        """Write the posts waiting, then stop (new posts are answered `Busy`)."""
        with self._posted:
            self._closed = True
            self._posted.notify()
            thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def _run(self) -> None:
        while True:
            with self._posted:
                while not self._waiting and not self._deferred and not self._closed:
                    self._posted.wait()
                if not self._waiting and self._deferred and not self._closed:
                    # deferred alone: the batch holding their company is still under
                    # way; new posts may join them meanwhile
                    self._posted.wait(DEFERRED_PAUSE_S)
                if not self._waiting and not self._deferred:
                    return
                batch, self._deferred = self._deferred, []
                while self._waiting and len(batch) < self.max_batch:
                    post = self._waiting.popleft()
                    if post.answer.set_running_or_notify_cancel():  # its client may be gone
                        batch.append(post)
            if batch:
                self._write(batch)

    def _write(self, batch: list[_Post]) -> None:
        """Take the batch and answer each post, or defer it to the next batch; an error
        that stopped them all (the database gone, no connection free) is every one's
        answer."""
        try:
            answers = self._answers(batch)
        except Exception as exc:  # every post is answered, the thread goes on
            for post in batch:
                post.answer.set_exception(exc)
            return
        deferred = []
        for post, got in zip(batch, answers, strict=True):
            if isinstance(got, intake.Deferred):
                post.deferrals += 1
                deferred.append(post)
            elif isinstance(got, Exception):
                post.answer.set_exception(got)
            else:
                post.answer.set_result(got)
        if deferred:
            with self._posted:
                self._deferred = deferred + self._deferred

    def _answers(self, batch: list[_Post]) -> list[intake.Answer | intake.Refusal]:
        """Each post's answer: those not admitted yet admitted first (rate limits and
        keys, committed on their own), then every one let in taken at once."""
        answers: list[intake.Answer | intake.Refusal | None] = [None] * len(batch)
        new = [n for n, post in enumerate(batch) if post.admitted is None]
        if new:
            with self.db.session() as session:
                let_in = intake.admit(session, [batch[n].posted for n in new], self.limits)
                # the names written since (leads of the last batches, pushes): their
                # blocks derived, so the duplicate checks read few pending ones
                if time.monotonic() - self._filled_at >= FILL_EVERY_S:
                    name_blocks.fill(session)
                    self._filled_at = time.monotonic()
                session.commit()  # refused requests count too
            for n, one in zip(new, let_in, strict=True):
                problems = batch[n].posted.problems
                if isinstance(one, intake.Refusal):
                    answers[n] = one
                elif problems:  # fields that fail their checks: refused once let in
                    answers[n] = intake.Refusal(400, " ".join(problems))
                else:
                    batch[n].admitted = one
        taking = [n for n, post in enumerate(batch) if answers[n] is None]
        if taking:
            admitted = [batch[n].admitted for n in taking]
            with self.db.session() as session:
                taken = intake.receive(
                    session, [one for one in admitted if one is not None],
                    wait=any(batch[n].deferrals >= DEFERRALS for n in taking))
                session.commit()  # before answering: "received" means committed
            for n, got in zip(taking, taken, strict=True):
                answers[n] = got
        return [_UNANSWERED if got is None else got for got in answers]


#: A place in the answers before the enquiry's own is known.
_UNANSWERED = RuntimeError("the enquiry was admitted but not answered")
