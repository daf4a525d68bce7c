"""The one small context the window builds and hands to every pane and command."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QSettings
from sqlalchemy.orm import Session

from crmdesk.app.changes import Done
from crmdesk.app.context import Context
from crmdesk.secrets import SecretStore
from crmdesk.store.db import Store
from crmdesk.store.queries import UserRef
from crmdesk.store.workspace_keys import PHONE_REGION
from crmdesk.ui.changes import ChangeBus, Selection
from crmdesk.ui.tasks import TaskRunner

T = TypeVar("T")


@dataclass
class AppContext:
    store: Store
    user: UserRef
    runner: TaskRunner
    bus: ChangeBus
    selection: Selection
    settings: QSettings
    region: str = PHONE_REGION.default  # the workspace's (read when the window opens)
    today: Callable[[], date] = field(default=date.today)
    #: opens the secret store holding sync tokens (default: the OS keyring, opened when
    #: first needed); tests pass `lambda: MemoryStore()`
    secrets: Callable[[], SecretStore] | None = None

    @property
    def app(self) -> Context:
        """The context the commands take: the workspace and user as they are now."""
        if self.secrets is None:
            self.secrets = Context(self.store).secrets  # one keyring for the whole run
        return Context(self.store, self.user, self.region, self.today, self.secrets)

    def command(self, do: Callable[[Context], Done[T]], done: Callable[[T], None] | None = None,
                failed: Callable[[BaseException], None] | None = None) -> None:
        """Run a command on the writer thread (writes keep their order); on the UI
        thread, `done` gets its value, then the bus announces what it changed."""
        app = self.app

        def finished(result: Done[T]) -> None:
            if done is not None:
                done(result.value)
            self.bus.announce_changes(result.changes)

        self.runner.run(lambda: do(app), finished, failed, write=True)

    def read(self, query: Callable[[Session], T], done: Callable[[T], None],
             key: str | None = None, background: bool = False) -> None:
        """Run a read on a worker with its own session; `done` gets the plain result.
        `background` reads (checks shown a moment later) never delay the others."""

        def job() -> T:
            with self.store.session() as session:
                return query(session)

        self.runner.run(job, done, key=key, background=background)

    def read_now(self, query: Callable[[Session], T]) -> T:
        """A read small enough for the UI thread (a page of rows by primary key)."""
        with self.store.session() as session:
            return query(session)
