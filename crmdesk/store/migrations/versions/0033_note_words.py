"""a note the rules wrote on a timeline (a hand-off, a return to the pool, an enquiry)
keeps its template and figures beside its English (activities.notes_words), so the window
words it in the user's language; notes people typed hold none

Revision ID: 0033_note_words
Revises: 0032_reason_words
Create Date: 2026-12-05 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0033_note_words"
down_revision = "0032_reason_words"
branch_labels = None
depends_on = None


# Not in a batch: SQLite adds and drops the column in place (3.35+), where a batch would
# copy the activities under the triggers that read them (crmdesk.store.review.kept_facts).


def upgrade() -> None:
    op.add_column("activities", sa.Column("notes_words", sa.JSON(), nullable=True))


def downgrade() -> None:
    op.drop_column("activities", "notes_words")
