"""a note the rules write on a timeline (a hand-off, a return to the pool, an enquiry)
keeps its template and figures beside its English (activities.notes_words): a laptop
words it in its user's language; one of a version before it skips the column

Revision ID: s0022_note_words
Revises: s0021_name_blocks
Create Date: 2026-12-05 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0022_note_words"
down_revision = "s0021_name_blocks"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # nullable, no default: PostgreSQL adds it without rewriting the activities
    op.add_column("activities", sa.Column("notes_words", sa.JSON(), nullable=True))


def downgrade() -> None:
    op.drop_column("activities", "notes_words")
