"""A saved activity survives the process being killed the instant after the save returns."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from sqlalchemy import select

from crmdesk.store.db import open_store
from crmdesk.store.models import Activity, Team
from crmdesk.store.writes import new_account

CHILD = textwrap.dedent("""
    import sys, time, uuid
    from crmdesk.domain.activity import ActivityKind, Outcome
    from crmdesk.store.db import open_store
    from crmdesk.store.writes import ActivityInput, log_activity
    store = open_store(sys.argv[1])
    account_id = uuid.UUID(sys.argv[2])
    for n in range(int(sys.argv[3])):
        with store.session.begin() as session:
            log_activity(session, account_id, None,
                         ActivityInput(ActivityKind.CALL, Outcome.REACHED, f"note {n}"))
        print(f"saved {n}", flush=True)
    time.sleep(60)  # killed long before this ends
""")


def test_saved_notes_survive_kill_9(tmp_path: Path) -> None:
    path = tmp_path / "work.db"
    store = open_store(path, create=True)
    with store.session.begin() as session:
        team = Team(name="T")
        session.add(team)
        session.flush()
        account_id = new_account(session, name="Durable Ltd.", owner_id=None, team_id=team.id)
    store.close()

    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), account_id.hex, "25"],
        stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    assert child.stdout is not None
    last = ""
    for line in child.stdout:
        last = line.strip()
        if last == "saved 24":
            break
    os.kill(child.pid, signal.SIGKILL)  # no chance to close, checkpoint or flush
    child.wait(10)
    assert last == "saved 24"

    store = open_store(path)
    try:
        with store.session() as session:
            notes = set(session.scalars(select(Activity.notes)))
        assert notes == {f"note {n}" for n in range(25)}
    finally:
        store.close()
