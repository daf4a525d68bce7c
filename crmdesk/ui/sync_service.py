"""Sync in the background: on start, every N seconds, and soon after a local change.

The engine (crmdesk.sync.engine) runs on this service's own worker thread, never on the
UI thread and never on the window's reading or writing threads, so a long first sync
neither blocks the window nor queues ahead of a rep's save. Runs never overlap: a sync
asked for while one runs happens once, right after it. The engine writes one
transaction per pulled batch through the same turn-taking `store.write` as the window
(crmdesk.store.turns), so a note saved meanwhile waits for one batch at most.

The token lives in the secret store only (the OS keyring); with no usable keyring it is
kept in this object for this run and the password is asked for at the next start.
"""

from __future__ import annotations

import contextlib
import enum
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

import httpx
from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.orm import Session

from crmdesk.secrets import SecretStore, take_shared_token, token_key
from crmdesk.store import queries as q
from crmdesk.store import settings
from crmdesk.store.conflicts import unresolved_count
from crmdesk.store.db import Store
from crmdesk.store.journal import pending_count
from crmdesk.sync.engine import (
    LAST_SYNC,
    SYNC_USER_ID,
    SignInNeeded,
    SyncClient,
    SyncError,
    SyncReport,
    held_for_another,
    other_holder,
    sign_in,
)
from crmdesk.sync.hangup import Hangup
from crmdesk.ui import changes
from crmdesk.ui.changes import ChangeBus
from crmdesk.ui.settings import Setting
from crmdesk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

#: How often to sync while signed in (seconds); also how soon an offline laptop retries.
SYNC_INTERVAL = Setting[int]("sync/interval_seconds", 60)
#: A local change is sent this soon (ms), so a burst of edits travels together.
SOON_AFTER_CHANGE_MS = 3000

# Workspace settings (local, never synced): where and as whom this workspace syncs.
SERVER_URL = "sync_server_url"
SYNC_USER = "sync_username"

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


@dataclass(frozen=True, slots=True)
class SyncOutcome:
    """What a finished sync hands back to the window."""

    report: SyncReport
    last_sync: datetime | None
    pending: int
    conflicts: int
    user: q.UserRef | None  # the signed-in user, once their record is on this laptop


def _parse(when: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(when) if when else None
    except ValueError:
        return None


class _ReplaceAsked(Exception):
    """Signing in would remove another person's records: the user is asked first."""


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
        with store.session() as session:  # three settings by key: instant
            server = settings.get(session, SERVER_URL)
            username = settings.get(session, SYNC_USER)
            last = _parse(settings.get(session, LAST_SYNC))
        self.status = SyncStatus(State.SIGN_IN if server and username else State.LOCAL,
                                 server, username, last_sync=last)
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

    def _revoke(self, server: str, token: str) -> None:
        """Revoke `token` if the server is there; no matter if not. Not cut when the app
        closes (a sign-out just before quitting still ends the token on the server),
        so it waits a few seconds at most."""
        with httpx.Client(base_url=server, timeout=2, transport=self._transport()) as http, \
                contextlib.suppress(httpx.HTTPError):
            http.post("/v1/logout", headers={"Authorization": f"Bearer {token}"})

    # ---- the token ------------------------------------------------------------------
    def _key(self, server: str, username: str) -> str:
        """This workspace's own entry: another workspace of the same user keeps its own."""
        return token_key(self._store.client_id, server, username)

    def _token(self, server: str, username: str) -> str | None:
        return self._memory_token or self._secrets().get(self._key(server, username))

    def keyring_warning(self) -> str | None:
        return self._secrets().warning

    # ---- signing in and out ---------------------------------------------------------
    def sign_in(self, server: str, username: str, password: str,
                done: Callable[[str | None, bool], None], replace: bool = False) -> None:
        """Sign in on a worker; `done` gets None on success or the problem in plain words,
        and whether the problem is a question: the workspace holds another person's
        records, which signing in again with `replace` removes from this laptop. The
        password is used once and kept nowhere."""
        server = server.strip().rstrip("/")
        username = username.strip()
        store, secrets = self._store, self._secrets

        def job() -> str | None:
            with self._client(server) as http:
                answer = sign_in(http, username, password, store.client_id)
            with store.session() as session:  # another person's unsent work stays theirs
                other = other_holder(session, answer.user.id)
                refusal = held_for_another(session, other)
            if refusal is not None or (other is not None and not replace):
                self._revoke(server, answer.token)
                raise SyncError(refusal) if refusal is not None else _ReplaceAsked(
                    self.tr("This workspace holds the records of {0}. Signing in as "
                            "“{1}” removes them from this laptop (they stay on the "
                            "server) and brings yours.").format(other,
                                                                answer.user.username))
            vault = secrets()
            memory = None
            if vault.warning is None:
                vault.put(self._key(server, username), answer.token)
                shared = take_shared_token(vault, server, username)
                if shared:  # an older version's, which no workspace uses now: end it
                    self._revoke(server, shared)
            else:
                memory = answer.token  # for this run only: nowhere safe to keep it
            with store.write.begin() as session:
                settings.put(session, SERVER_URL, server)
                settings.put(session, SYNC_USER, username)
            return memory

        def succeeded(memory: str | None) -> None:
            self._memory_token = memory
            self._replace_once = True  # asked (or no one else's records are here)
            self._set(state=State.ONLINE, server=server, username=username, message=None)
            self._timer.start()
            done(None, False)
            self.sync_now()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, _ReplaceAsked):
                done(str(exc), True)
            elif isinstance(exc, SyncError):
                done(f"{exc}" if not _unreachable(exc) else self.tr(
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
        store, secrets = self._store, self._secrets
        self._timer.stop()
        self._soon.stop()
        self._set(state=State.LOCAL, username=None, message=None)

        def job() -> None:
            # whose records the workspace holds stays known (SYNC_USER_ID), so signing
            # in as someone else later asks first
            with store.write.begin() as session:
                session.execute(settings.delete_stmt(SYNC_USER))
            if server and username:
                key = self._key(server, username)
                held = token or secrets().get(key)
                secrets().delete(key)
                if held:  # revoke it too, if the server is there; no matter if not
                    self._revoke(server, held)

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
                    me = self._signed_in_user(session)
                if me is not None:
                    waiting_for_me[0] = False
                    arrived(me)

        def job() -> SyncOutcome:
            token = self._token(server, username)
            if not token:  # never signed in here, signed out, or no keyring last run
                raise SignInNeeded(self._secrets().warning or
                                   "Sign in to sync with the server.")
            with self._client(server) as http:
                report = SyncClient(store, http, token).sync(progress, forgot, replace)
            return self._after(report)

        self._runner.run(job, self._finished, self._failed)

    def _after(self, report: SyncReport) -> SyncOutcome:
        """On the worker: the figures the status bar shows, and the user to work as."""
        with self._store.session() as session:
            return SyncOutcome(report, _parse(settings.get(session, LAST_SYNC)),
                               pending_count(session), unresolved_count(session),
                               self._signed_in_user(session))

    @staticmethod
    def _signed_in_user(session: Session) -> q.UserRef | None:
        user_id = settings.get(session, SYNC_USER_ID)
        return q.user_by_id(session, uuid.UUID(user_id)) if user_id else None

    def _finished(self, outcome: SyncOutcome) -> None:
        self._running = False
        self._set(state=State.ONLINE, syncing=False, first=False, message=None,
                  last_sync=outcome.last_sync or datetime.now())
        report = outcome.report
        # refused and taken records change their marks in the panes
        if report.pulled or report.removed or report.refused or report.taken:
            self._announcing = True  # our own news must not ask for another sync
            try:
                self._bus.announce(set(), *changes.EVERYTHING)
            finally:
                self._announcing = False
        self.synced.emit(outcome)
        if self._again:
            self.sync_now()

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        if isinstance(exc, SignInNeeded):
            self._memory_token = None
            if self.status.server and self.status.username:
                key = self._key(self.status.server, self.status.username)
                secrets = self._secrets
                self._runner.run(lambda: secrets().delete(key), lambda _r: None)
            self._timer.stop()  # nothing to do until the user signs in again
            self._set(state=State.SIGN_IN, syncing=False, first=False, message=str(exc))
            return
        if isinstance(exc, SyncError):
            state = State.OFFLINE if _unreachable(exc) else State.FAILED
            self._set(state=state, syncing=False, first=False, message=str(exc))
        else:
            log.error("sync failed:\n%s", getattr(exc, "__traceback_text__", exc))
            self._set(state=State.FAILED, syncing=False, first=False,
                      message=self.tr("Sync stopped: {0}").format(exc))
        if self._again:
            self.sync_now()
