"""What a sync did, for the window and the command line to tell the user."""

from __future__ import annotations

from collections.abc import Callable
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
