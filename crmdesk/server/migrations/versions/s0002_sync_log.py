"""sync log: change log in commit order, field stamps, applied ops, conflicts

Revision ID: s0002
Revises: s0001
Create Date: 2026-11-25 09:36:13.445918
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 's0002'
down_revision = 's0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('server_applied_ops',
    sa.Column('client_id', sa.String(length=64), nullable=False),
    sa.Column('op_id', sa.Uuid(), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('result', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('client_id', 'op_id', name=op.f('pk_server_applied_ops'))
    )
    op.create_table('server_changes',
    sa.Column('seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.Uuid(), nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('team_id', sa.Uuid(), nullable=True),
    sa.Column('prev_owner_id', sa.Uuid(), nullable=True),
    sa.Column('prev_team_id', sa.Uuid(), nullable=True),
    sa.Column('row', sa.JSON(), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_server_changes'))
    )
    op.create_table('server_conflicts',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.Uuid(), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('kept_value', sa.JSON(), nullable=True),
    sa.Column('lost_value', sa.JSON(), nullable=True),
    sa.Column('kept_stamp', sa.String(length=120), nullable=False),
    sa.Column('lost_stamp', sa.String(length=120), nullable=False),
    sa.Column('lost_user_id', sa.Uuid(), nullable=True),
    sa.Column('lost_client_id', sa.String(length=64), nullable=True),
    sa.Column('kept_user_id', sa.Uuid(), nullable=True),
    sa.Column('kept_client_id', sa.String(length=64), nullable=True),
    sa.Column('team_id', sa.Uuid(), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_server_conflicts'))
    )
    with op.batch_alter_table('server_conflicts', schema=None) as batch_op:
        batch_op.create_index('ix_server_conflicts_row', ['entity', 'row_id'], unique=False)

    op.create_table('server_field_stamps',
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.Uuid(), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('stamp', sa.String(length=120).with_variant(sa.String(length=120, collation='C'), 'postgresql'), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=True),
    sa.Column('client_id', sa.String(length=64), nullable=True),
    sa.Column('seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.PrimaryKeyConstraint('entity', 'row_id', 'field', name=op.f('pk_server_field_stamps'))
    )
    op.create_index('ix_server_field_stamps_stamp', 'server_field_stamps', ['stamp'], unique=False)


def downgrade() -> None:
    op.drop_table('server_field_stamps')
    with op.batch_alter_table('server_conflicts', schema=None) as batch_op:
        batch_op.drop_index('ix_server_conflicts_row')

    op.drop_table('server_conflicts')
    op.drop_table('server_changes')
    op.drop_table('server_applied_ops')
