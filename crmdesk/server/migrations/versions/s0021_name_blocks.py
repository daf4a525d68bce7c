"""name blocks: the server's table of which accounts' names fall in which name block
(crmdesk.server.name_blocks), kept by triggers on the accounts, so an enquiry's
duplicate check finds its block-mates through an index rather than LIKE over every
name; filled for the accounts there are

Revision ID: s0021_name_blocks
Revises: s0020_intake_speed
Create Date: 2026-12-05 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0021_name_blocks"
down_revision = "s0020_intake_speed"
branch_labels = None
depends_on = None

#: An account inserted or renamed is pending, its blocks dropped; one removed, forgotten.
#: Inserts and removals a statement at a time (an import's thousands in one), renames a
#: row at a time (only those whose name changed). A rename takes its pending row first:
#: a fill holding it (crmdesk.server.name_blocks.fill) is waited for, and the blocks it
#: wrote from the old name are dropped after it (each statement here reads what has
#: committed when it starts).
_POSTGRES = (
    """CREATE FUNCTION server_name_blocks_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO server_name_blocks_pending (account_id) SELECT id FROM inserted
        ON CONFLICT DO NOTHING;
        RETURN NULL;
    END $$""",
    """CREATE FUNCTION server_name_blocks_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        DELETE FROM server_name_blocks_pending WHERE account_id = OLD.id;
        INSERT INTO server_name_blocks_pending (account_id) VALUES (NEW.id)
        ON CONFLICT DO NOTHING;
        DELETE FROM server_name_blocks WHERE account_id = OLD.id;
        RETURN NULL;
    END $$""",
    """CREATE FUNCTION server_name_blocks_removed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        DELETE FROM server_name_blocks_pending AS p USING removed AS r
        WHERE p.account_id = r.id;
        DELETE FROM server_name_blocks AS b USING removed AS r WHERE b.account_id = r.id;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER tr_accounts_name_blocks_inserted AFTER INSERT ON accounts
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT
    EXECUTE PROCEDURE server_name_blocks_inserted()""",
    """CREATE TRIGGER tr_accounts_name_blocks_renamed AFTER UPDATE OF name ON accounts
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
    EXECUTE PROCEDURE server_name_blocks_renamed()""",
    """CREATE TRIGGER tr_accounts_name_blocks_removed AFTER DELETE ON accounts
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT
    EXECUTE PROCEDURE server_name_blocks_removed()""",
)
_SQLITE = (
    """CREATE TRIGGER tr_accounts_name_blocks_inserted AFTER INSERT ON accounts BEGIN
        INSERT OR IGNORE INTO server_name_blocks_pending (account_id) VALUES (NEW.id);
    END""",
    """CREATE TRIGGER tr_accounts_name_blocks_renamed AFTER UPDATE OF name ON accounts
    WHEN OLD.name IS NOT NEW.name BEGIN
        INSERT OR IGNORE INTO server_name_blocks_pending (account_id) VALUES (NEW.id);
        DELETE FROM server_name_blocks WHERE account_id = OLD.id;
    END""",
    """CREATE TRIGGER tr_accounts_name_blocks_removed AFTER DELETE ON accounts BEGIN
        DELETE FROM server_name_blocks_pending WHERE account_id = OLD.id;
        DELETE FROM server_name_blocks WHERE account_id = OLD.id;
    END""",
)
_TRIGGERS = ("inserted", "renamed", "removed")


def upgrade() -> None:
    from crmdesk.server.name_blocks import fill_all, mark_all

    op.create_table(
        "server_name_blocks",
        sa.Column("block", sa.String(length=40), nullable=False),
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("block", "account_id", name=op.f("pk_server_name_blocks")),
    )
    op.create_index("ix_server_name_blocks_account", "server_name_blocks", ["account_id"])
    op.create_table(
        "server_name_blocks_pending",
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_server_name_blocks_pending")),
    )
    bind = op.get_bind()
    for statement in _POSTGRES if bind.dialect.name == "postgresql" else _SQLITE:
        op.execute(statement)
    # the accounts there are: every one pending, then filled by the rule
    mark_all(bind)
    fill_all(bind)


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for name in _TRIGGERS:
        op.execute(f"DROP TRIGGER tr_accounts_name_blocks_{name}"
                   + (" ON accounts" if postgres else ""))
        if postgres:
            op.execute(f"DROP FUNCTION server_name_blocks_{name}()")
    op.drop_index("ix_server_name_blocks_account", table_name="server_name_blocks")
    op.drop_table("server_name_blocks_pending")
    op.drop_table("server_name_blocks")
