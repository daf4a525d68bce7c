"""The one small context the window builds and hands to every pane and command."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QSettings
from sqlalchemy.orm import Session

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

    def read(self, query: Callable[[Session], T], done: Callable[[T], None],
             key: str | None = None, background: bool = False) -> None:
        """Run a read on a worker with its own session; `done` gets the plain result.
        `background` reads (checks shown a moment later) never delay the others."""

        def job() -> T:
            with self.store.session() as session:
                return query(session)

        self.runner.run(job, done, key=key, background=background)

    def write(self, change: Callable[[Session], T], announce: Callable[[T], None],
              failed: Callable[[BaseException], None] | None = None) -> None:
        """Run a write as one unit of work on the writer thread (writes keep their order);
        `announce` runs after commit."""

        def job() -> T:
            with self.store.write.begin() as session:
                return change(session)

        self.runner.run(job, announce, failed, write=True)

    def read_now(self, query: Callable[[Session], T]) -> T:
        """A read small enough for the UI thread (a page of rows by primary key)."""
        with self.store.session() as session:
            return query(session)
