"""What a sync did, for the window and the command line to tell the user."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

#: Called during a pull with (changes read so far, changes to read in all, estimated).
Progress = Callable[[int, int], None]


@dataclass
class SyncReport:
    pushed: int = 0
    refused: int = 0
    lost_fields: int = 0
    pulled: int = 0
    removed: int = 0
    taken: int = 0  # records refused before that the server took this time
    forgot: bool = False  # the records of the person who synced here before were dropped
    conflicts: list[str] = field(default_factory=list)
    #: the accounts this sync brought that the laptop did not hold (not counted on a
    #: first sync's bulk write): the window tells the rep of new web leads among them
    arrived: set[uuid.UUID] = field(default_factory=set)
    #: the records this sync marked refused, with the reason it told
    marked: dict[tuple[str, uuid.UUID], str] = field(default_factory=dict)

    def refuse(self, key: tuple[str, uuid.UUID], reason: str) -> None:
        """A record of mine the server refused to create: it stays here, marked."""
        self.refused += 1
        self.conflicts.append(reason)
        self.marked[key] = reason

    def keep_standing(self, standing: Collection[tuple[str, uuid.UUID]]) -> None:
        """Forget the refusals whose record gave way later in the same sync (a tag of
        mine met the server's of that name), so neither marked nor in Conflicts now:
        nothing is left for the user to do."""
        for key, reason in list(self.marked.items()):
            if key not in standing:
                del self.marked[key]
                self.refused -= 1
                self.conflicts.remove(reason)
