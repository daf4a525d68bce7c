"""the agenda at 100k accounts: a partial index of the open tasks alone (activities of
kind task, not done, not removed) by author, owner and follow-up day, so one person's
open tasks are a few entries of it, not every activity of theirs (or of every live
account) read to find the few still open

Revision ID: 0030_agenda_speed
Revises: 0029_loyalty
Create Date: 2026-12-11 10:00:00
"""

from __future__ import annotations

import sqlite3

from alembic import op

from crmdesk.store.workspace_keys import DEFERRED

revision = "0030_agenda_speed"
down_revision = "0029_loyalty"
branch_labels = None
depends_on = None

#: Named in crmdesk.store.models.LAPTOP_INDEXES (the server reads no agenda). Its WHERE
#: is repeated word for word by crmdesk.store.agenda_queries.open_task_terms, so SQLite
#: uses it.
INDEX = ("CREATE INDEX ix_activities_open_tasks ON activities (author_id, owner_id, "
         "next_follow_up_on) WHERE kind = 'task' AND done IS 0 AND deleted IS 0")


def upgrade() -> None:
    bind = op.get_bind()
    conn: sqlite3.Connection = bind.connection.driver_connection  # type: ignore[assignment]
    taken = DEFERRED.get_raw(conn)
    if taken is not None:
        # a first sync stopped with its indexes down: this one comes up with the others
        # (crmdesk.store.deferred.restore), not built here over rows still arriving
        taken["indexes"] = [*taken.get("indexes", []), INDEX]
        DEFERRED.put_raw(conn, taken)
        return
    op.execute(INDEX)
    # a workspace whose planner has statistics (a seeded one) gets them for it too
    if bind.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first():
        op.execute("ANALYZE ix_activities_open_tasks")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_activities_open_tasks")
