"""Alembic environment of the server database: the shared tables and the server's own."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from crmdesk.server.schema import ServerBase
from crmdesk.store.models import Base

connection: Connection | None = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("server migrations run through crmdesk.server.db.migrate")


def _include(obj: object, name: str | None, type_: str, reflected: bool, _compare: object) -> bool:
    # The laptop's local tables are not the server's business.
    return not (type_ == "table" and name in ("outbox", "workspace_settings",
                                              "local_conflicts", "refused_records"))


context.configure(connection=connection, target_metadata=[Base.metadata, ServerBase.metadata],
                  include_object=_include, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
