"""Hybrid logical clock: ordering, encoding, tick/receive, and the server's clamp."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crmdesk.hlc import (
    MAX_COUNTER,
    MAX_WALL_MS,
    Clock,
    Stamp,
    clamp,
    later,
    system_now_ms,
)

DAY_MS = 24 * 60 * 60 * 1000
NOW = 1_780_000_000_000  # a fixed server "now" in 2026
SKEW = 5 * 60 * 1000


def fake_time(readings: Iterable[int]) -> Callable[[], int]:
    """A time source that returns the given readings in turn, then repeats the last one."""
    it: Iterator[int] = iter(readings)
    last = [0]

    def now() -> int:
        last[0] = next(it, last[0])
        return last[0]

    return now


class ManualTime:
    """A wall clock the test sets by hand."""

    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


nodes = st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1,
                max_size=12)
stamps = st.builds(
    Stamp,
    wall_ms=st.one_of(st.integers(0, MAX_WALL_MS), st.integers(NOW - DAY_MS, NOW + DAY_MS)),
    counter=st.one_of(st.integers(0, MAX_COUNTER), st.integers(0, 5)),
    node=st.one_of(nodes, st.sampled_from(["a", "ab", "b", "node-1", "node-2"])),
)
# Wall readings around NOW that jump back and forth by up to a day.
wall_readings = st.lists(st.integers(NOW - DAY_MS, NOW + DAY_MS), min_size=1, max_size=60)


# --- Stamp ordering ---------------------------------------------------------------------


def test_order_is_wall_then_counter_then_node() -> None:
    assert Stamp(1, 9, "z") < Stamp(2, 0, "a")
    assert Stamp(5, 1, "z") < Stamp(5, 2, "a")
    assert Stamp(5, 2, "a") < Stamp(5, 2, "b")


def test_ties_broken_by_node() -> None:
    a, b = Stamp(NOW, 3, "client-a"), Stamp(NOW, 3, "client-b")
    assert a != b
    assert later(a, b) == b
    assert later(b, a) == b


def test_stamp_is_immutable_and_hashable() -> None:
    s = Stamp(1, 2, "n")
    with pytest.raises(AttributeError):
        s.wall_ms = 5  # type: ignore[misc]
    assert {s, Stamp(1, 2, "n")} == {s}


@pytest.mark.parametrize(
    ("wall", "counter", "node", "error"),
    [
        (-1, 0, "n", ValueError),
        (MAX_WALL_MS + 1, 0, "n", ValueError),
        (0, -1, "n", ValueError),
        (0, MAX_COUNTER + 1, "n", ValueError),
        (0, 0, "", ValueError),
        (0, 0, "has space", ValueError),
        (0, 0, "naïve", ValueError),
        (1.5, 0, "n", TypeError),
        (0, True, "n", TypeError),
        (0, 0, 7, TypeError),
    ],
)
def test_stamp_rejects_values_it_cannot_encode(
    wall: object, counter: object, node: object, error: type[Exception]
) -> None:
    with pytest.raises(error):
        Stamp(wall, counter, node)  # type: ignore[arg-type]


# --- encoding ---------------------------------------------------------------------------


def test_encode_is_fixed_width_lowercase_hex() -> None:
    assert Stamp(1_700_000_000_000, 3, "a1").encode() == "018bcfe56800-00000003-a1"
    assert Stamp(0, 0, "n").encode() == "000000000000-00000000-n"
    assert Stamp(MAX_WALL_MS, MAX_COUNTER, "n").encode() == "ffffffffffff-ffffffff-n"


def test_node_may_contain_the_separator() -> None:
    s = Stamp(10, 11, "3f2a-4b-c")
    assert Stamp.decode(s.encode()) == s


@given(stamps)
def test_encode_decode_round_trip(s: Stamp) -> None:
    text = s.encode()
    assert Stamp.decode(text) == s
    assert Stamp.decode(text).encode() == text


@given(stamps, stamps)
def test_string_order_equals_stamp_order(a: Stamp, b: Stamp) -> None:
    ea, eb = a.encode(), b.encode()
    assert (a < b) == (ea < eb)
    assert (a == b) == (ea == eb)
    # Byte order (SQLite BINARY collation) agrees as well.
    assert (a < b) == (ea.encode() < eb.encode())


@given(st.lists(stamps, max_size=20))
def test_sorting_encoded_sorts_stamps(items: list[Stamp]) -> None:
    assert sorted(s.encode() for s in items) == [s.encode() for s in sorted(items)]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "too short"),
        ("000000000001-00000002-", "too short"),
        ("00000000001-00000002-n", "too short"),
        ("00000000000G-00000002-n", "wall_ms must be 12 lowercase hex"),
        ("00000000000A-00000002-n", "wall_ms must be 12 lowercase hex"),
        ("+00000000001-00000002-n", "wall_ms must be 12 lowercase hex"),
        ("0000_0000001-00000002-n", "wall_ms must be 12 lowercase hex"),
        ("000000000001:00000002-n", "expected '-' after the wall_ms"),
        ("000000000001-00000002:n", "expected '-' after the counter"),
        ("000000000001-0000000x-n", "counter must be 8 lowercase hex"),
        ("000000000001- 0000002-n", "counter must be 8 lowercase hex"),
        ("000000000001-0000002-nn", "counter must be 8 lowercase hex"),
        ("000000000001-00000002-a b", "printable ASCII"),
        ("000000000001-00000002-nö", "printable ASCII"),
        ("000000000001-00000002-n\n", "printable ASCII"),
        ("０００００００００００１-00000002-n", "wall_ms must be 12 lowercase hex"),
    ],
)
def test_decode_rejects_malformed_text(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Stamp.decode(text)


def test_decode_rejects_non_text() -> None:
    with pytest.raises(TypeError):
        Stamp.decode(b"000000000001-00000002-n")  # type: ignore[arg-type]


# --- tick -------------------------------------------------------------------------------


def test_tick_follows_a_forward_wall_clock() -> None:
    clock = Clock("n", fake_time([NOW, NOW + 5, NOW + 9]))
    assert clock.last is None
    assert [clock.tick() for _ in range(3)] == [
        Stamp(NOW, 0, "n"),
        Stamp(NOW + 5, 0, "n"),
        Stamp(NOW + 9, 0, "n"),
    ]
    assert clock.last == Stamp(NOW + 9, 0, "n")


def test_tick_counts_on_when_the_wall_clock_stalls_or_goes_back() -> None:
    clock = Clock("n", fake_time([NOW, NOW, NOW - DAY_MS, NOW + 1]))
    assert clock.tick() == Stamp(NOW, 0, "n")
    assert clock.tick() == Stamp(NOW, 1, "n")
    assert clock.tick() == Stamp(NOW, 2, "n")  # a day back: time held, counter moves
    assert clock.tick() == Stamp(NOW + 1, 0, "n")  # real time caught up: counter resets


@given(wall_readings)
def test_tick_is_strictly_monotonic_under_a_jumping_wall_clock(readings: list[int]) -> None:
    clock = Clock("n", fake_time(readings))
    issued = [clock.tick() for _ in readings]
    assert all(x < y for x, y in pairwise(issued))
    # Never behind the wall clock, and never ahead of the highest reading seen so far.
    high = 0
    for reading, s in zip(readings, issued, strict=True):
        high = max(high, reading)
        assert s.wall_ms == high
        assert s.wall_ms >= reading


def test_tick_rolls_an_exhausted_counter_into_the_next_millisecond() -> None:
    clock = Clock("n", ManualTime(NOW), last=Stamp(NOW, MAX_COUNTER, "n"))
    s = clock.tick()
    assert s == Stamp(NOW + 1, 0, "n")
    assert s > Stamp(NOW, MAX_COUNTER, "n")


def test_clock_resumed_from_last_stamp_never_reissues_older_stamps() -> None:
    saved = Stamp(NOW, 7, "n")
    clock = Clock("n", ManualTime(NOW - DAY_MS), last=saved)  # restarted with clock set back
    assert clock.last == saved
    assert clock.tick() == Stamp(NOW, 8, "n")


def test_default_time_source_is_real_time() -> None:
    before = time.time_ns() // 1_000_000
    s = Clock("n").tick()
    after = time.time_ns() // 1_000_000
    assert before <= s.wall_ms <= after
    assert before <= system_now_ms()


def test_clock_rejects_a_bad_node() -> None:
    with pytest.raises(ValueError, match="empty"):
        Clock("")
    with pytest.raises(ValueError, match="printable ASCII"):
        Clock("a b")


# --- receive ----------------------------------------------------------------------------


def test_receive_remote_ahead_adopts_its_time() -> None:
    clock = Clock("a", ManualTime(NOW))
    clock.tick()
    remote = Stamp(NOW + 1000, 4, "b")
    assert clock.receive(remote) == Stamp(NOW + 1000, 5, "a")


def test_receive_wall_clock_ahead_resets_counter() -> None:
    time_source = ManualTime(NOW)
    clock = Clock("a", time_source)
    clock.tick()
    time_source.ms = NOW + 50
    assert clock.receive(Stamp(NOW + 10, 9, "b")) == Stamp(NOW + 50, 0, "a")


def test_receive_local_ahead_counts_on() -> None:
    clock = Clock("a", ManualTime(NOW), last=Stamp(NOW + 100, 2, "a"))
    assert clock.receive(Stamp(NOW - 100, 40, "b")) == Stamp(NOW + 100, 3, "a")


def test_receive_same_time_takes_the_larger_counter() -> None:
    clock = Clock("a", ManualTime(NOW - 5), last=Stamp(NOW, 2, "a"))
    assert clock.receive(Stamp(NOW, 6, "b")) == Stamp(NOW, 7, "a")
    clock = Clock("a", ManualTime(NOW - 5), last=Stamp(NOW, 9, "a"))
    assert clock.receive(Stamp(NOW, 6, "b")) == Stamp(NOW, 10, "a")


def test_receive_beats_a_remote_with_a_higher_node_id() -> None:
    clock = Clock("a", ManualTime(NOW))
    remote = Stamp(NOW, 0, "zzz")
    s = clock.receive(remote)
    assert s > remote
    assert s.node == "a"


def test_receive_rejects_non_stamps() -> None:
    with pytest.raises(TypeError):
        Clock("a").receive("000000000001-00000002-n")  # type: ignore[arg-type]


def test_a_remote_stamp_leaving_no_room_is_refused_and_the_clock_goes_on() -> None:
    """Merging the stamp just before the last one would leave the clock the last stamp
    there is, and no stamp for the next local edit (hypothesis found it)."""
    clock = Clock("me", fake_time([1_779_913_600_000]))
    before = clock.tick()
    with pytest.raises(OverflowError, match="leaves no room"):
        clock.receive(Stamp(MAX_WALL_MS, MAX_COUNTER - 1, "0"))
    assert clock.last == before and clock.tick() > before


@given(
    wall_readings,
    st.lists(st.one_of(st.none(), stamps), min_size=1, max_size=60),
)
def test_every_stamp_beats_everything_issued_or_received_before(
    readings: list[int], events: list[Stamp | None]
) -> None:
    """Interleave local ticks (None) with received stamps under a jumping wall clock."""
    clock = Clock("me", fake_time(readings))
    seen: list[Stamp] = []
    for event in events:
        try:
            s = clock.tick() if event is None else clock.receive(event)
        except OverflowError:
            # Only a remote stamp at the very end of the encodable range gets here.
            assert event is not None
            assert event.wall_ms == MAX_WALL_MS
            return
        assert s.node == "me"
        if event is not None:
            seen.append(event)
        assert all(s > earlier for earlier in seen)
        seen.append(s)


@given(stamps.filter(lambda s: s.wall_ms < MAX_WALL_MS), wall_readings)
def test_receive_result_greater_than_local_last_and_remote(
    remote: Stamp, readings: list[int]
) -> None:
    clock = Clock("local", fake_time(readings))
    for _ in readings:
        clock.tick()
    local_last = clock.last
    assert local_last is not None
    merged = clock.receive(remote)
    assert merged > local_last
    assert merged > remote
    assert merged == clock.last


# --- clamp and later --------------------------------------------------------------------


def test_clamp_pulls_a_day_fast_clock_back_to_the_skew_limit() -> None:
    fast = Stamp(NOW + DAY_MS, 3, "laptop")
    clamped = clamp(fast, NOW, SKEW)
    assert clamped == Stamp(NOW + SKEW, 3, "laptop")
    # An honest edit made a little later now wins over the fast laptop.
    honest = Stamp(NOW + SKEW + 1, 0, "desktop")
    assert later(clamped, honest) == honest
    assert later(fast, honest) == fast  # what would have happened without clamping


def test_clamp_leaves_a_day_slow_clock_alone() -> None:
    slow = Stamp(NOW - DAY_MS, 3, "laptop")
    assert clamp(slow, NOW, SKEW) is slow


@pytest.mark.parametrize("offset", [0, 1, SKEW - 1, SKEW])
def test_clamp_leaves_stamps_within_skew_alone(offset: int) -> None:
    s = Stamp(NOW + offset, 2, "n")
    assert clamp(s, NOW, SKEW) is s


def test_clamp_just_past_the_limit() -> None:
    assert clamp(Stamp(NOW + SKEW + 1, 2, "n"), NOW, SKEW) == Stamp(NOW + SKEW, 2, "n")


def test_clamp_rejects_negative_skew() -> None:
    with pytest.raises(ValueError, match="max_skew_ms"):
        clamp(Stamp(NOW, 0, "n"), NOW, -1)


@given(stamps, st.integers(NOW - DAY_MS, NOW + DAY_MS), st.integers(0, DAY_MS))
def test_clamp_bounds_the_wall_time_and_keeps_node_and_counter(
    s: Stamp, server_now: int, skew: int
) -> None:
    c = clamp(s, server_now, skew)
    assert c <= s
    assert c.wall_ms <= max(s.wall_ms, server_now + skew)
    assert c.wall_ms == min(s.wall_ms, server_now + skew)
    assert (c.counter, c.node) == (s.counter, s.node)


@given(stamps, stamps)
def test_later_returns_the_greater_stamp(a: Stamp, b: Stamp) -> None:
    assert later(a, b) == max(a, b)
    assert later(a, b) == later(b, a)
