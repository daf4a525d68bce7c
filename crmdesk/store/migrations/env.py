"""Alembic environment: runs on the connection that open_store hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from crmdesk.store.models import Base, in_workspace_schema

connection: Connection | None = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("crmdesk migrations run through crmdesk.store.db.open_store")



context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    include_object=in_workspace_schema,
)
with context.begin_transaction():
    context.run_migrations()
