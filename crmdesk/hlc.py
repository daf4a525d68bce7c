"""Hybrid logical clock (HLC) stamps for field-level last-writer-wins sync.

A stamp is (physical milliseconds, logical counter, node id). It stays close to real time,
yet never goes backwards on one node and always lands after anything the node has seen,
so "the later stamp wins" is a fair rule even between machines whose clocks disagree
(Kulkarni et al., "Logical Physical Clocks", 2014). Ties are broken by the node id, so two
different clients can never produce equal stamps.

Stamps travel and are stored as text from `Stamp.encode`, fixed-width lowercase hex
followed by the node, so comparing the strings byte by byte (SQLite's default BINARY
collation, PostgreSQL's ``COLLATE "C"``) orders them exactly as the stamps order.

No I/O here: the clock reads time through an injected function, so tests drive it.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

#: Hex digits used for `Stamp.wall_ms` in the encoded form: reaches the year 10889.
WALL_DIGITS = 12
#: Hex digits used for `Stamp.counter` in the encoded form.
COUNTER_DIGITS = 8
MAX_WALL_MS = 16**WALL_DIGITS - 1
MAX_COUNTER = 16**COUNTER_DIGITS - 1

_SEP = "-"
_WALL_RE = re.compile(rf"[0-9a-f]{{{WALL_DIGITS}}}")
_COUNTER_RE = re.compile(rf"[0-9a-f]{{{COUNTER_DIGITS}}}")
# Printable ASCII without spaces: a UUID fits, the encoded stamp stays one token in logs,
# and byte order equals code-point order, so string order cannot drift from stamp order.
_NODE_RE = re.compile(r"[\x21-\x7e]+")
_PREFIX_LEN = WALL_DIGITS + 1 + COUNTER_DIGITS + 1


def _check_node(node: object) -> str:
    if not isinstance(node, str):
        raise TypeError(f"node must be a str, got {type(node).__name__}")
    if not node:
        raise ValueError("node must not be empty")
    if not _NODE_RE.fullmatch(node):
        raise ValueError(
            f"node {node!r} must be printable ASCII without spaces (a client UUID fits)"
        )
    return node


def _check_int(name: str, value: object, maximum: int) -> int:
    # bool is an int subclass; True as a counter is a bug, not a value.
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, got {type(value).__name__}")
    if not 0 <= value <= maximum:
        raise ValueError(f"{name} must be between 0 and {maximum}, got {value}")
    return value


@dataclass(frozen=True, slots=True, order=True)
class Stamp:
    """One HLC stamp, ordered by (wall_ms, counter, node)."""

    wall_ms: int
    counter: int
    node: str

    def __post_init__(self) -> None:
        # Validated here so every stamp that exists can be encoded in fixed width.
        _check_int("wall_ms", self.wall_ms, MAX_WALL_MS)
        _check_int("counter", self.counter, MAX_COUNTER)
        _check_node(self.node)

    def encode(self) -> str:
        """The stamp as text whose lexicographic order is the stamp order.

        Example: ``Stamp(1_700_000_000_000, 3, "a1").encode()``
        is ``"018bcfe56800-00000003-a1"``.
        """
        return (
            f"{self.wall_ms:0{WALL_DIGITS}x}{_SEP}{self.counter:0{COUNTER_DIGITS}x}{_SEP}"
            f"{self.node}"
        )

    @classmethod
    def decode(cls, text: str) -> Stamp:
        """Parse text made by `encode`; raise ValueError saying what is wrong otherwise.

        Only the canonical form is accepted (lowercase hex, exact widths), so that
        ``Stamp.decode(t).encode() == t`` and stored text keeps sorting correctly.
        """
        if not isinstance(text, str):
            raise TypeError(f"stamp text must be a str, got {type(text).__name__}")
        if len(text) <= _PREFIX_LEN:
            raise ValueError(
                f"stamp text {text!r} is too short: expected {WALL_DIGITS} hex digits, "
                f"'-', {COUNTER_DIGITS} hex digits, '-', then the node id"
            )
        wall = text[:WALL_DIGITS]
        sep1 = text[WALL_DIGITS]
        counter = text[WALL_DIGITS + 1 : _PREFIX_LEN - 1]
        sep2 = text[_PREFIX_LEN - 1]
        node = text[_PREFIX_LEN:]
        if not _WALL_RE.fullmatch(wall):
            raise ValueError(
                f"stamp text {text!r}: wall_ms must be {WALL_DIGITS} lowercase hex digits, "
                f"got {wall!r}"
            )
        # Checked left to right, so the message names the first thing that is wrong.
        if sep1 != _SEP:
            raise ValueError(f"stamp text {text!r}: expected '-' after the wall_ms field")
        if not _COUNTER_RE.fullmatch(counter):
            raise ValueError(
                f"stamp text {text!r}: counter must be {COUNTER_DIGITS} lowercase hex "
                f"digits, got {counter!r}"
            )
        if sep2 != _SEP:
            raise ValueError(f"stamp text {text!r}: expected '-' after the counter field")
        try:
            _check_node(node)
        except ValueError as exc:
            raise ValueError(f"stamp text {text!r}: {exc}") from None
        return cls(int(wall, 16), int(counter, 16), node)


def system_now_ms() -> int:
    """Real wall-clock time in milliseconds since the Unix epoch."""
    return time.time_ns() // 1_000_000


class Clock:
    """One node's hybrid logical clock.

    `tick` stamps a local event; `receive` merges a stamp seen from elsewhere. Every stamp
    returned is strictly greater than every stamp this clock issued or received before,
    whatever the wall clock does. Pass ``last`` (e.g. the newest stamp in the outbox) when
    reopening, so a restart with a clock set back cannot reissue older stamps.
    """

    def __init__(
        self,
        node: str,
        now_ms: Callable[[], int] = system_now_ms,
        *,
        last: Stamp | None = None,
    ) -> None:
        self._node = _check_node(node)
        self._now_ms = now_ms
        # (0, 0) below any real time: the first tick simply adopts the wall clock.
        self._wall = 0 if last is None else last.wall_ms
        self._counter = 0 if last is None else last.counter
        self._last = last

    @property
    def node(self) -> str:
        """The id of this node (client), the tie-breaker of its stamps."""
        return self._node

    @property
    def last(self) -> Stamp | None:
        """The newest stamp issued or merged so far, or None before the first one."""
        return self._last

    def tick(self) -> Stamp:
        """A stamp for a local event (an edit, a send)."""
        previous = self._wall
        physical = self._now_ms()
        if physical > previous:
            return self._issue(physical, 0)
        # The wall clock stalled or went backwards: keep the old time and count on.
        return self._issue(previous, self._counter + 1)

    def receive(self, remote: Stamp) -> Stamp:
        """Merge a remote stamp; the result is greater than it and than our last stamp."""
        if not isinstance(remote, Stamp):
            raise TypeError(f"remote must be a Stamp, got {type(remote).__name__}")
        previous = self._wall
        physical = self._now_ms()
        wall = max(previous, remote.wall_ms, physical)
        if wall == previous and wall == remote.wall_ms:
            counter = max(self._counter, remote.counter) + 1
        elif wall == previous:
            counter = self._counter + 1
        elif wall == remote.wall_ms:
            counter = remote.counter + 1
        else:
            counter = 0
        # Whichever of (ours, remote) set the wall time, the counter is one past it, so
        # the result beats both regardless of how the node ids compare.
        if wall == MAX_WALL_MS and counter >= MAX_COUNTER:
            # the last stamp there is: adopting it would leave no stamp for the next
            # local edit, so such a remote stamp is refused as one beyond the range is
            raise OverflowError(f"remote stamp {remote.encode()} leaves no room on the clock")
        return self._issue(wall, counter)

    def _issue(self, wall: int, counter: int) -> Stamp:
        if counter > MAX_COUNTER:
            # Billions of events inside one millisecond: borrow the next millisecond
            # rather than overflow the fixed-width encoding. Still strictly increasing.
            wall, counter = wall + 1, 0
        if wall > MAX_WALL_MS:
            raise OverflowError(f"clock wall time {wall} ms is beyond the encodable range")
        stamp = Stamp(wall, counter, self._node)
        self._wall, self._counter, self._last = wall, counter, stamp
        return stamp


def clamp(stamp: Stamp, server_now_ms: int, max_skew_ms: int) -> Stamp:
    """Pull a stamp from too far in the server's future back to now + max_skew_ms.

    Used by the server on every pushed stamp, so a client whose clock runs fast cannot
    win every later conflict. Stamps at or below the limit, including ones from slow
    clocks, come back unchanged; node and counter are always kept.
    """
    if max_skew_ms < 0:
        raise ValueError(f"max_skew_ms must not be negative, got {max_skew_ms}")
    limit = server_now_ms + max_skew_ms
    if stamp.wall_ms <= limit:
        return stamp
    return Stamp(limit, stamp.counter, stamp.node)


def later(a: Stamp, b: Stamp) -> Stamp:
    """The winner of two writes to one field: the greater stamp (ties go by node)."""
    return b if b > a else a
