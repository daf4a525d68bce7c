"""server schema: the shared tables and the server's credentials and tokens

Revision ID: s0001
Revises: 
Create Date: 2026-11-25 09:29:09.874749
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 's0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('channels',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.Enum('crawler', 'event', 'website', 'partner', 'referral', 'advertising', 'cold_list', name='channelkind', native_enum=False, length=24), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_channels')),
    sa.UniqueConstraint('name', name=op.f('uq_channels_name'))
    )
    op.create_table('products',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('sku', sa.String(length=60), nullable=False),
    sa.Column('category', sa.String(length=80), nullable=True),
    sa.Column('list_price', sa.BigInteger(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_products')),
    sa.UniqueConstraint('sku', name=op.f('uq_products_sku'))
    )
    op.create_table('tags',
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('color', sa.String(length=9), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tags')),
    sa.UniqueConstraint('name', name=op.f('uq_tags_name'))
    )
    op.create_table('teams',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('region', sa.String(length=120), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_teams')),
    sa.UniqueConstraint('name', name=op.f('uq_teams_name'))
    )
    op.create_table('channel_costs',
    sa.Column('channel_id', sa.Uuid(), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['channel_id'], ['channels.id'], name=op.f('fk_channel_costs_channel_id_channels')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_channel_costs')),
    sa.UniqueConstraint('channel_id', 'month', name=op.f('uq_channel_costs_channel_id'))
    )
    op.create_table('users',
    sa.Column('username', sa.String(length=80), nullable=False),
    sa.Column('display_name', sa.String(length=120), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('role', sa.Enum('rep', 'lead', 'admin', 'service', name='role', native_enum=False, length=24), nullable=False),
    sa.Column('team_id', sa.Uuid(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_users_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    op.create_table('lead_batches',
    sa.Column('channel_id', sa.Uuid(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('file_name', sa.String(length=260), nullable=True),
    sa.Column('row_count', sa.Integer(), nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('team_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['channel_id'], ['channels.id'], name=op.f('fk_lead_batches_channel_id_channels')),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_lead_batches_owner_id_users')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_lead_batches_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lead_batches'))
    )
    op.create_table('accounts',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('name_key', sa.String(length=300), nullable=False),
    sa.Column('nature', sa.String(length=40), nullable=True),
    sa.Column('scale', sa.String(length=20), nullable=True),
    sa.Column('financing', sa.String(length=40), nullable=True),
    sa.Column('industry', sa.String(length=80), nullable=True),
    sa.Column('region', sa.String(length=120), nullable=True),
    sa.Column('website', sa.String(length=300), nullable=True),
    sa.Column('domain', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('phone_e164', sa.String(length=20), nullable=True),
    sa.Column('address', sa.String(length=400), nullable=True),
    sa.Column('business_line', sa.String(length=40), nullable=True),
    sa.Column('custom_fields', sa.JSON(), nullable=False),
    sa.Column('status', sa.Enum('lead', 'potential', 'intended', 'contracted', 'lost', name='status', native_enum=False, length=24), nullable=False),
    sa.Column('lost_reason', sa.String(length=300), nullable=True),
    sa.Column('channel_id', sa.Uuid(), nullable=True),
    sa.Column('batch_id', sa.Uuid(), nullable=True),
    sa.Column('acquired_on', sa.Date(), nullable=True),
    sa.Column('assigned_on', sa.Date(), nullable=True),
    sa.Column('value_score', sa.Integer(), nullable=False),
    sa.Column('last_contact_at', sa.DateTime(), nullable=True),
    sa.Column('next_follow_up_on', sa.Date(), nullable=True),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('team_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['lead_batches.id'], name=op.f('fk_accounts_batch_id_lead_batches')),
    sa.ForeignKeyConstraint(['channel_id'], ['channels.id'], name=op.f('fk_accounts_channel_id_channels')),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_accounts_owner_id_users')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_accounts_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_accounts'))
    )
    with op.batch_alter_table('accounts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_accounts_domain'), ['domain'], unique=False)
        batch_op.create_index(batch_op.f('ix_accounts_name_key'), ['name_key'], unique=False)
        batch_op.create_index('ix_accounts_owner_follow_up', ['owner_id', 'next_follow_up_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_accounts_phone_e164'), ['phone_e164'], unique=False)
        batch_op.create_index(batch_op.f('ix_accounts_status'), ['status'], unique=False)
        batch_op.create_index('ix_accounts_team_owner', ['team_id', 'owner_id'], unique=False)

    op.create_table('account_relations',
    sa.Column('from_account_id', sa.Uuid(), nullable=False),
    sa.Column('to_account_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Enum('parent_of', 'supplier_of', 'partner_of', name='relationkind', native_enum=False, length=24), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=True),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('team_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['from_account_id'], ['accounts.id'], name=op.f('fk_account_relations_from_account_id_accounts')),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_account_relations_owner_id_users')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_account_relations_team_id_teams')),
    sa.ForeignKeyConstraint(['to_account_id'], ['accounts.id'], name=op.f('fk_account_relations_to_account_id_accounts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_account_relations'))
    )
    with op.batch_alter_table('account_relations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_account_relations_from_account_id'), ['from_account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_account_relations_to_account_id'), ['to_account_id'], unique=False)

    op.create_table('account_tags',
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('tag_id', sa.Uuid(), nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('team_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_account_tags_account_id_accounts')),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_account_tags_owner_id_users')),
    sa.ForeignKeyConstraint(['tag_id'], ['tags.id'], name=op.f('fk_account_tags_tag_id_tags')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_account_tags_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_account_tags')),
    sa.UniqueConstraint('account_id', 'tag_id', name=op.f('uq_account_tags_account_id'))
    )
    with op.batch_alter_table('account_tags', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_account_tags_account_id'), ['account_id'], unique=False)

    op.create_table('contacts',
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=120), nullable=True),
    sa.Column('department', sa.String(length=120), nullable=True),
    sa.Column('mobile', sa.String(length=40), nullable=True),
    sa.Column('mobile_e164', sa.String(length=20), nullable=True),
    sa.Column('landline', sa.String(length=40), nullable=True),
    sa.Column('landline_e164', sa.String(length=20), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('email_domain', sa.String(length=200), nullable=True),
    sa.Column('is_key_person', sa.Boolean(), nullable=False),
    sa.Column('reports_to_id', sa.Uuid(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('team_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_contacts_account_id_accounts')),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_contacts_owner_id_users')),
    sa.ForeignKeyConstraint(['reports_to_id'], ['contacts.id'], name=op.f('fk_contacts_reports_to_id_contacts')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_contacts_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contacts'))
    )
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contacts_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contacts_email_domain'), ['email_domain'], unique=False)
        batch_op.create_index(batch_op.f('ix_contacts_landline_e164'), ['landline_e164'], unique=False)
        batch_op.create_index(batch_op.f('ix_contacts_mobile_e164'), ['mobile_e164'], unique=False)

    op.create_table('opportunities',
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('stage', sa.Enum('qualify', 'needs_analysis', 'proposal', 'negotiation', 'won', 'lost', name='opportunitystage', native_enum=False, length=24), nullable=False),
    sa.Column('probability', sa.Integer(), nullable=False),
    sa.Column('expected_close', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('team_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_opportunities_account_id_accounts')),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_opportunities_owner_id_users')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_opportunities_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_opportunities'))
    )
    with op.batch_alter_table('opportunities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_opportunities_account_id'), ['account_id'], unique=False)

    op.create_table('activities',
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('contact_id', sa.Uuid(), nullable=True),
    sa.Column('opportunity_id', sa.Uuid(), nullable=True),
    sa.Column('kind', sa.Enum('call', 'visit', 'meeting', 'email', 'sms', 'note', 'task', name='activitykind', native_enum=False, length=24), nullable=False),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('outcome', sa.Enum('reached', 'interested', 'not_interested', 'meeting_booked', 'quote_requested', 'no_answer', 'left_message', 'sent', 'done', name='outcome', native_enum=False, length=24), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('next_follow_up_on', sa.Date(), nullable=True),
    sa.Column('author_id', sa.Uuid(), nullable=True),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('team_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_activities_account_id_accounts')),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_activities_author_id_users')),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_activities_contact_id_contacts')),
    sa.ForeignKeyConstraint(['opportunity_id'], ['opportunities.id'], name=op.f('fk_activities_opportunity_id_opportunities')),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_activities_owner_id_users')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_activities_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activities'))
    )
    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.create_index('ix_activities_account_when', ['account_id', 'occurred_at'], unique=False)

    op.create_table('contact_influences',
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('from_contact_id', sa.Uuid(), nullable=False),
    sa.Column('to_contact_id', sa.Uuid(), nullable=False),
    sa.Column('strength', sa.Integer(), nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('team_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.CheckConstraint('strength BETWEEN 1 AND 5', name=op.f('ck_contact_influences_strength_range')),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_contact_influences_account_id_accounts')),
    sa.ForeignKeyConstraint(['from_contact_id'], ['contacts.id'], name=op.f('fk_contact_influences_from_contact_id_contacts')),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_contact_influences_owner_id_users')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_contact_influences_team_id_teams')),
    sa.ForeignKeyConstraint(['to_contact_id'], ['contacts.id'], name=op.f('fk_contact_influences_to_contact_id_contacts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_influences'))
    )
    with op.batch_alter_table('contact_influences', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_influences_account_id'), ['account_id'], unique=False)

    op.create_table('contracts',
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('opportunity_id', sa.Uuid(), nullable=True),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('team_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_contracts_account_id_accounts')),
    sa.ForeignKeyConstraint(['opportunity_id'], ['opportunities.id'], name=op.f('fk_contracts_opportunity_id_opportunities')),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_contracts_owner_id_users')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_contracts_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contracts'))
    )
    with op.batch_alter_table('contracts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contracts_account_id'), ['account_id'], unique=False)

    op.create_table('decision_roles',
    sa.Column('opportunity_id', sa.Uuid(), nullable=False),
    sa.Column('contact_id', sa.Uuid(), nullable=False),
    sa.Column('role', sa.Enum('decision_maker', 'influencer', 'champion', 'blocker', 'user', name='decisionrolekind', native_enum=False, length=24), nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('team_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_decision_roles_contact_id_contacts')),
    sa.ForeignKeyConstraint(['opportunity_id'], ['opportunities.id'], name=op.f('fk_decision_roles_opportunity_id_opportunities')),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_decision_roles_owner_id_users')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_decision_roles_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decision_roles')),
    sa.UniqueConstraint('opportunity_id', 'contact_id', name=op.f('uq_decision_roles_opportunity_id'))
    )
    with op.batch_alter_table('decision_roles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decision_roles_opportunity_id'), ['opportunity_id'], unique=False)

    op.create_table('opportunity_products',
    sa.Column('opportunity_id', sa.Uuid(), nullable=False),
    sa.Column('product_id', sa.Uuid(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit_price', sa.BigInteger(), nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('team_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['opportunity_id'], ['opportunities.id'], name=op.f('fk_opportunity_products_opportunity_id_opportunities')),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_opportunity_products_owner_id_users')),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_opportunity_products_product_id_products')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_opportunity_products_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_opportunity_products'))
    )
    with op.batch_alter_table('opportunity_products', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_opportunity_products_opportunity_id'), ['opportunity_id'], unique=False)

    op.create_table('payments',
    sa.Column('contract_id', sa.Uuid(), nullable=False),
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('team_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_payments_account_id_accounts')),
    sa.ForeignKeyConstraint(['contract_id'], ['contracts.id'], name=op.f('fk_payments_contract_id_contracts')),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_payments_owner_id_users')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_payments_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payments'))
    )
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payments_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_payments_contract_id'), ['contract_id'], unique=False)

    op.create_table('server_credentials',
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('user_id', name=op.f('pk_server_credentials'))
    )
    op.create_table('server_tokens',
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.Column('client_id', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('token_hash', name=op.f('pk_server_tokens'))
    )
    with op.batch_alter_table('server_tokens', schema=None) as batch_op:
        batch_op.create_index('ix_server_tokens_user', ['user_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('server_tokens', schema=None) as batch_op:
        batch_op.drop_index('ix_server_tokens_user')

    op.drop_table('server_tokens')
    op.drop_table('server_credentials')
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payments_contract_id'))
        batch_op.drop_index(batch_op.f('ix_payments_account_id'))

    op.drop_table('payments')
    with op.batch_alter_table('opportunity_products', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_opportunity_products_opportunity_id'))

    op.drop_table('opportunity_products')
    with op.batch_alter_table('decision_roles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decision_roles_opportunity_id'))

    op.drop_table('decision_roles')
    with op.batch_alter_table('contracts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contracts_account_id'))

    op.drop_table('contracts')
    with op.batch_alter_table('contact_influences', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_influences_account_id'))

    op.drop_table('contact_influences')
    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.drop_index('ix_activities_account_when')

    op.drop_table('activities')
    with op.batch_alter_table('opportunities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_opportunities_account_id'))

    op.drop_table('opportunities')
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contacts_mobile_e164'))
        batch_op.drop_index(batch_op.f('ix_contacts_landline_e164'))
        batch_op.drop_index(batch_op.f('ix_contacts_email_domain'))
        batch_op.drop_index(batch_op.f('ix_contacts_account_id'))

    op.drop_table('contacts')
    with op.batch_alter_table('account_tags', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_account_tags_account_id'))

    op.drop_table('account_tags')
    with op.batch_alter_table('account_relations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_account_relations_to_account_id'))
        batch_op.drop_index(batch_op.f('ix_account_relations_from_account_id'))

    op.drop_table('account_relations')
    with op.batch_alter_table('accounts', schema=None) as batch_op:
        batch_op.drop_index('ix_accounts_team_owner')
        batch_op.drop_index(batch_op.f('ix_accounts_status'))
        batch_op.drop_index(batch_op.f('ix_accounts_phone_e164'))
        batch_op.drop_index('ix_accounts_owner_follow_up')
        batch_op.drop_index(batch_op.f('ix_accounts_name_key'))
        batch_op.drop_index(batch_op.f('ix_accounts_domain'))

    op.drop_table('accounts')
    op.drop_table('lead_batches')
    op.drop_table('users')
    op.drop_table('channel_costs')
    op.drop_table('teams')
    op.drop_table('tags')
    op.drop_table('products')
    op.drop_table('channels')
