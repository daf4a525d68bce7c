"""Sync in the background: on start, every N seconds, and soon after a local change.

Signing in, syncing and signing out are the app's commands (crmdesk.app.syncing), the
same the CLI runs; this service schedules them and keeps the status. They run on this
service's own worker thread, never on the
UI thread and never on the window's reading or writing threads, so a long first sync
neither blocks the window nor queues ahead of a rep's save. Runs never overlap: a sync
asked for while one runs happens once, right after it. The engine writes one
transaction per pulled batch through the same turn-taking `store.write` as the window
(crmdesk.store.turns), so a note saved meanwhile waits for one batch at most.

The token lives in the secret store only (the OS keyring); with no usable keyring it is
kept in this object for this run and the password is asked for at the next start.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

import httpx
from PySide6.QtCore import QObject, QTimer, Signal

from crmdesk.app import syncing
from crmdesk.app.changes import Done
from crmdesk.app.context import Context
from crmdesk.app.syncing import SyncOutcome
from crmdesk.domain.words import message
from crmdesk.secrets import SecretStore
from crmdesk.store.db import Store
from crmdesk.sync.engine import (
    SignInNeeded,
    SyncError,
)
from crmdesk.sync.hangup import Hangup
from crmdesk.ui.changes import ChangeBus
from crmdesk.ui.tasks import TaskRunner
from crmdesk.ui.words import said, word

log = logging.getLogger(__name__)

#: A local change is sent this soon (ms), so a burst of edits travels together.
SOON_AFTER_CHANGE_MS = 3000

TIMEOUT = httpx.Timeout(60.0, connect=5.0)


class State(enum.Enum):
    LOCAL = "local"          # no server: work stays on this laptop
    ONLINE = "online"        # the last sync reached the server
    OFFLINE = "offline"      # the server could not be reached; edits wait
    FAILED = "failed"        # the server answered with a refusal; `message` says why
    SIGN_IN = "sign_in"      # the token is missing, expired or revoked


@dataclass(frozen=True, slots=True)
class SyncStatus:
    state: State
    server: str | None = None
    username: str | None = None
    syncing: bool = False
    first: bool = False              # the running sync is this laptop's first
    message: str | None = None       # the last problem, in plain words
    last_sync: datetime | None = None


def _said(exc: BaseException) -> str:
    """Why sync or signing in stopped, in the user's language: the server's refusal and
    the sync's own words are marked sentences (Worded) worded here; other text as is."""
    return said(message(exc))


def _unreachable(exc: BaseException) -> bool:
    """A sync error caused by the network rather than by the server's answer."""
    return isinstance(exc.__context__, httpx.TransportError)


class SyncService(QObject):
    """Signs in, keeps the token, and runs the engine in the background."""

    status_changed = Signal(object)  # SyncStatus
    progress = Signal(int, int)      # rows done, rows expected (from the worker thread)
    synced = Signal(object)          # SyncOutcome, after each successful sync
    user_arrived = Signal(object)    # UserRef: the signed-in user's record is here now
    records_forgotten = Signal()     # the last person's records left: another's workspace

    def __init__(self, store: Store, bus: ChangeBus, secrets: Callable[[], SecretStore],
                 interval_s: int = 60, parent: QObject | None = None,
                 soon_ms: int = SOON_AFTER_CHANGE_MS) -> None:
        super().__init__(parent)
        self._store, self._bus, self._secrets = store, bus, secrets
        self._app = Context(store, secrets=secrets)  # the commands' context (no user)
        # one thread for syncs (they never overlap anyway), one so signing in never
        # waits behind a sync that is waiting for an unreachable server
        self._runner = TaskRunner(self, threads=2)
        #: makes the transport requests travel by (None: plain HTTP(S)); tests put a
        #: slow link here
        self.transport: Callable[[], httpx.BaseTransport] | None = None
        self._memory_token: str | None = None
        self._hangup = Hangup()
        # the next sync may replace another person's records: the user just agreed
        self._replace_once = False
        self._running = False
        self._again = False
        self._announcing = False
        self._closed = False
        here = syncing.where(self._app)
        self.status = SyncStatus(State.SIGN_IN if here.server and here.username
                                 else State.LOCAL, here.server, here.username,
                                 last_sync=here.last_sync)
        self._timer = QTimer(self)
        self._timer.setInterval(max(1, interval_s) * 1000)
        self._timer.timeout.connect(self.sync_now)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(soon_ms)
        self._soon.timeout.connect(self.sync_now)
        bus.changed.connect(self._local_change)
        self.records_forgotten.connect(lambda: self._set(first=self.status.syncing))

    # ---- state ----------------------------------------------------------------------
    @property
    def signed_in(self) -> bool:
        return self.status.state not in (State.LOCAL, State.SIGN_IN)

    @property
    def busy(self) -> bool:
        return self._running or self._runner.pending > 0

    def _set(self, **changes: Any) -> None:
        self.status = replace(self.status, **changes)
        self.status_changed.emit(self.status)

    def start(self) -> None:
        """Sync now if this workspace is signed in, then keep syncing."""
        if self.status.server and self.status.username:
            self._set(state=State.ONLINE)  # until the first attempt says otherwise
            self._timer.start()
            self.sync_now()

    def set_interval(self, seconds: int) -> None:
        """Sync every `seconds` from now on (the settings dialog's choice): a running
        timer starts counting the new interval at once."""
        self._timer.setInterval(max(1, seconds) * 1000)

    @property
    def interval_s(self) -> int:
        return self._timer.interval() // 1000

    def shut_down(self, msecs: int = 3000) -> None:
        """Stop syncing: requests under way end at once, so a hung server never holds
        the app open; what was written stays (each batch is atomic)."""
        self._closed = True
        self._timer.stop()
        self._soon.stop()
        self._hangup.cut()
        self._runner.shut_down(msecs)

    def wait(self, msecs: int = 60000) -> bool:
        """Block until no sync or sign-in runs (tests)."""
        return self._runner.wait(msecs)

    def _transport(self) -> httpx.BaseTransport | None:
        return None if self.transport is None else self.transport()

    def _client(self, server: str) -> httpx.Client:
        """A client for `server` whose requests end at once when the app closes."""
        return self._hangup.client(base_url=server, timeout=TIMEOUT,
                                   transport=self._transport())

    # ---- the token ------------------------------------------------------------------
    def keyring_warning(self) -> str | None:
        """Why passwords are not remembered here, in the user's language (None: they are)."""
        warning = self._secrets().warning
        return word(warning) if warning else None

    # ---- signing in and out ---------------------------------------------------------
    def sign_in(self, server: str, username: str, password: str,
                done: Callable[[str | None, bool], None], replace: bool = False) -> None:
        """Sign in on a worker; `done` gets None on success or the problem in plain words,
        and whether the problem is a question: the workspace holds another person's
        records, which signing in again with `replace` removes from this laptop. The
        password is used once and kept nowhere."""
        server, username = syncing.clean(server, username)
        app = self._app

        def job() -> str | None:
            with self._client(server) as http:
                signed = syncing.sign_in(app, http, server, username, password, replace).value
            return None if signed.kept else signed.token  # no keyring: for this run only

        def succeeded(memory: str | None) -> None:
            self._memory_token = memory
            self._replace_once = True  # asked (or no one else's records are here)
            self._set(state=State.ONLINE, server=server, username=username, message=None)
            self._timer.start()
            done(None, False)
            self.sync_now()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, syncing.ReplaceAsked):
                done(_said(exc), True)
            elif isinstance(exc, SyncError):
                done(_said(exc) if not _unreachable(exc) else self.tr(
                    "The server at {0} could not be reached. Check the address and your "
                    "connection.").format(server), False)
            elif isinstance(exc, httpx.InvalidURL | httpx.UnsupportedProtocol):
                done(self.tr("“{0}” is not a server address (try "
                             "https://crm.example.com).").format(server), False)
            else:
                log.error("sign-in failed: %s", exc.__class__.__name__)
                done(self.tr("Signing in failed: {0}").format(exc.__class__.__name__), False)

        self._runner.run(job, succeeded, failed)

    def sign_out(self) -> None:
        """Forget the token here and on the server; the workspace keeps its data."""
        server, username = self.status.server, self.status.username
        token, self._memory_token = self._memory_token, None
        app = self._app
        self._timer.stop()
        self._soon.stop()
        self._set(state=State.LOCAL, username=None, message=None)

        def job() -> None:
            if not server or not username:
                syncing.sign_out(app, None, server, username, token)
                return
            # not cut when the app closes (a sign-out just before quitting still ends
            # the token on the server), so it waits a few seconds at most
            with httpx.Client(base_url=server, timeout=2, transport=self._transport()) as http:
                syncing.sign_out(app, http, server, username, token)

        self._runner.run(job, lambda _r: None)

    # ---- syncing --------------------------------------------------------------------
    def _local_change(self, _changes: object) -> None:
        if self._announcing or not self.signed_in or self._soon.isActive():
            return
        self._soon.start()

    def sync_now(self) -> None:
        """Sync in the background (or right after the sync that is running)."""
        if self._closed or not self.signed_in or not self.status.server \
                or not self.status.username:
            return
        if self._running:
            self._again = True
            return
        self._running, self._again = True, False
        self._soon.stop()
        server, username = self.status.server, self.status.username
        store, emit = self._store, self.progress.emit
        replace, self._replace_once = self._replace_once, False
        first = int(store.sync_state.get("cursor", 0) or 0) == 0
        self._set(syncing=True, first=first)

        arrived, forgotten = self.user_arrived.emit, self.records_forgotten.emit
        waiting_for_me = [first]

        def forgot() -> None:  # another person's workspace until now: a first sync
            waiting_for_me[0] = True
            forgotten()

        def progress(done: int, total: int) -> None:
            emit(done, total)
            if waiting_for_me[0]:
                # my own record comes early in a first sync: work as me from then on,
                # not as this laptop's stand-in, so nothing saved meanwhile is refused
                with store.session() as session:
                    me = syncing.signed_in_user(session)
                if me is not None:
                    waiting_for_me[0] = False
                    arrived(me)

        app, memory = self._app, self._memory_token

        def job() -> Done[SyncOutcome]:
            with self._client(server) as http:
                return syncing.sync(app, http, server, username, memory, progress, forgot,
                                    replace)

        self._runner.run(job, self._finished, self._failed)

    def _finished(self, done: Done[SyncOutcome]) -> None:
        self._running = False
        outcome = done.value
        self._set(state=State.ONLINE, syncing=False, first=False, message=None,
                  last_sync=outcome.last_sync or datetime.now())
        self._announcing = True  # our own news must not ask for another sync
        try:
            self._bus.announce_changes(done.changes)
        finally:
            self._announcing = False
        self.synced.emit(outcome)
        if self._again:
            self.sync_now()

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        if isinstance(exc, SignInNeeded):  # the command forgot the kept token
            self._memory_token = None
            self._timer.stop()  # nothing to do until the user signs in again
            self._set(state=State.SIGN_IN, syncing=False, first=False, message=_said(exc))
            return
        if isinstance(exc, SyncError):
            state = State.OFFLINE if _unreachable(exc) else State.FAILED
            self._set(state=state, syncing=False, first=False, message=_said(exc))
        else:
            log.error("sync failed:\n%s", getattr(exc, "__traceback_text__", exc))
            self._set(state=State.FAILED, syncing=False, first=False,
                      message=self.tr("Sync stopped: {0}").format(exc))
        if self._again:
            self.sync_now()
