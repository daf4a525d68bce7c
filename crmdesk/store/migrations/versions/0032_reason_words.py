"""a refused record's and a kept edit's reason keep the server's template and figures
beside its English (crmdesk.json_values.words_of), so the window words the reason in the
user's language; rows from before hold none and read as their English

Revision ID: 0032_reason_words
Revises: 0031_value_speed
Create Date: 2026-12-14 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0032_reason_words"
down_revision = "0031_value_speed"
branch_labels = None
depends_on = None

TABLES = ("refused_records", "local_conflicts")


def upgrade() -> None:
    for table in TABLES:  # a nullable column: SQLite adds it in place, no copy
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("reason_words", sa.JSON(), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("reason_words")
