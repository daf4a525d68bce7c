"""a message's reason in the outbox (why it was skipped or failed, or sent and not
archived) keeps its template and figures beside its English (message_outbox.reason_words),
so the window words it in the user's language, the mail server's answer as it said it;
messages from before hold none and read as their English

Revision ID: 0034_outbox_words
Revises: 0033_note_words
Create Date: 2026-12-06 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0034_outbox_words"
down_revision = "0033_note_words"
branch_labels = None
depends_on = None


# Not in a batch: SQLite adds and drops a nullable column in place (3.35+), no copy.


def upgrade() -> None:
    op.add_column("message_outbox", sa.Column("reason_words", sa.JSON(), nullable=True))


def downgrade() -> None:
    op.drop_column("message_outbox", "reason_words")
