"""care reminders at 100k accounts: the people whose birthday's month and day fall in
a window found from an index on that month and day (not every person with a birthday
read), the contracts signed on a day of the window likewise (a company's anniversary),
the contracts ending in a window and each company's signings from covering indexes, and
the marks of an occasion's years from an index on the occasion

Revision ID: 0028_care_speed
Revises: 0027_membership
Create Date: 2026-12-11 10:00:00
"""

from __future__ import annotations

import sqlite3

from alembic import op

from crmdesk.store.workspace_keys import DEFERRED

revision = "0028_care_speed"
down_revision = "0027_membership"
branch_labels = None
depends_on = None

#: The laptop's own (the server computes no reminder): named in
#: crmdesk.store.models.LAPTOP_INDEXES. The expression is
#: crmdesk.store.care_queries.month_day's, word for word: SQLite reads an index on an
#: expression only for a query naming the same expression. A date is held as
#: YYYY-MM-DD text, so characters 6 to 10 are its month and day.
INDEXES = {
    "ix_contacts_birthday_day": (
        "CREATE INDEX ix_contacts_birthday_day ON contacts (substr(birthday, 6, 5), "
        "deleted, account_id) WHERE birthday IS NOT NULL"),
    "ix_contracts_signed_day": (
        "CREATE INDEX ix_contracts_signed_day ON contracts (substr(signed_on, 6, 5), "
        "deleted, account_id, signed_on)"),
    # the contracts ending in a window with what a renewal reads of them, and each
    # company's contracts by signing (a renewal signed since, a first contract): without
    # a row read a contract
    "ix_contracts_ending": (
        "CREATE INDEX ix_contracts_ending ON contracts (ends_on, deleted, account_id, "
        "signed_on, id, number)"),
    "ix_contracts_account_signed": (
        "CREATE INDEX ix_contracts_account_signed ON contracts (account_id, deleted, "
        "signed_on, id)"),
    # a year's marks (kind, subject and occasion: what a mark's id is derived from)
    "ix_care_marks_occurs_on": (
        "CREATE INDEX ix_care_marks_occurs_on ON care_marks (occurs_on, deleted, kind, "
        "subject_id)"),
}


def upgrade() -> None:
    bind = op.get_bind()
    conn: sqlite3.Connection = bind.connection.driver_connection  # type: ignore[assignment]
    taken = DEFERRED.get_raw(conn)
    if taken is not None:
        # a first sync stopped with its indexes down: these come up with the others
        # (crmdesk.store.deferred.restore), not built here over rows still arriving
        taken["indexes"] = [*taken.get("indexes", []), *INDEXES.values()]
        DEFERRED.put_raw(conn, taken)
        return
    for sql in INDEXES.values():
        op.execute(sql)
    # a workspace whose planner has statistics (a seeded one) gets them for these too
    if bind.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first():
        for name in INDEXES:
            op.execute(f"ANALYZE {name}")


def downgrade() -> None:
    for name in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
