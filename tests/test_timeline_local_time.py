"""The timeline reads the rep's clock: an activity stored at 20:00 UTC on the 24th was
logged at 04:00 on the 25th in Shanghai, and is listed under the 25th."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from crmdesk.domain.local_time import day_start, local
from crmdesk.store import queries as q
from crmdesk.store.db import Store
from crmdesk.ui.formats import time_text
from crmdesk.ui.timeline_pane import DayHeader, TimelineModel, time_and_author
from tests.test_ui import make_window

SHANGHAI = timezone(timedelta(hours=8))


@pytest.fixture
def in_shanghai(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_stored_time_reads_on_the_local_clock() -> None:
    stored = datetime(2026, 11, 24, 20, 0)
    assert local(stored, SHANGHAI) == datetime(2026, 11, 25, 4, 0)
    assert local(stored, UTC) == stored
    assert day_start(local(stored, SHANGHAI).date(), SHANGHAI) <= stored


def test_the_timeline_lists_an_activity_on_the_reps_day_and_time(
        in_shanghai: None, seeded: Store, tmp_path: Path, qtbot: QtBot) -> None:
    window = make_window(seeded, tmp_path, qtbot)
    with seeded.session() as s:
        account = q.queue_ids(s, window.ctx.user, q.QueueFilter.MY_QUEUE,
                              window.ctx.today())[0]
        rows = q.timeline(s, account)
    assert rows
    late = rows[0]
    # an activity stored just before midnight UTC: the next morning in Shanghai
    stored = late.occurred_at.replace(hour=20, minute=0)
    from dataclasses import replace

    model = TimelineModel(window.ctx)
    model.set_page(account, [replace(late, occurred_at=stored)])
    header = model._items[0]
    assert isinstance(header, DayHeader)
    assert header.day == (stored + timedelta(hours=8)).date()
    # 04:00 in Shanghai, written as the window's locale writes a time
    assert time_and_author(replace(late, occurred_at=stored)).startswith(
        time_text(datetime(2026, 1, 1, 4, 0)))
