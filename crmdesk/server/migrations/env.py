"""Alembic environment of the server database: the shared tables and the server's own."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from crmdesk.server.schema import ServerBase
from crmdesk.store.models import Base, in_server_schema

connection: Connection | None = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("server migrations run through crmdesk.server.db.migrate")


context.configure(connection=connection, target_metadata=[Base.metadata, ServerBase.metadata],
                  include_object=in_server_schema, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
