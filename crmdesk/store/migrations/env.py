"""Alembic environment: runs on the connection that open_store hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from crmdesk.store.models import Base

connection: Connection | None = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("crmdesk migrations run through crmdesk.store.db.open_store")



def _include(obj: object, name: str | None, type_: str, reflected: bool, _compare: object) -> bool:
    # The FTS5 search tables are made by hand in migration 0002; autogenerate must not
    # propose dropping them.
    return not (type_ == "table" and reflected and name is not None
                and name.startswith("search_"))


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    include_object=_include,
)
with context.begin_transaction():
    context.run_migrations()
