"""Writers in one process take turns: a background sync and the window's saves.

SQLite allows one writer at a time; a second one polls in its busy handler and gives
up after `busy_timeout` with "database is locked". A sync commits one transaction per
pulled batch, so a save made meanwhile should wait for that batch only. A lock shared
by every `write` transaction of the process makes that certain: the save queues on it
(no polling, no timeout) and runs between two batches, while the sync's network round
trip for the next batch waits on the server anyway.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session, sessionmaker

from crmdesk.store.db import Store


class TakingTurns(sessionmaker[Session]):
    """`store.write` with a lock held from before BEGIN IMMEDIATE until the end."""

    def __init__(self, inner: sessionmaker[Session], lock: threading.Lock) -> None:
        # the same session class (so the journal's hooks apply) and the same options
        super().__init__(class_=inner.class_, **inner.kw)
        self.lock = lock

    @contextmanager
    def begin(self) -> Iterator[Session]:
        with self.lock, super().begin() as session:
            yield session


def taking_turns(store: Store) -> Store:
    """The same workspace whose `write` transactions never overlap within this process."""
    if isinstance(store.write, TakingTurns):
        return store
    return dataclasses.replace(store, write=TakingTurns(store.write, threading.Lock()))
