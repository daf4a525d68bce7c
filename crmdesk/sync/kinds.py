"""Which kinds of record, and which of their columns, this version of crmdesk knows, and
what an upgrade taught it since the workspace last synced.

A laptop names the kinds it knows in every pull, so the server never sends it a kind
an older version cannot store (columns it does not know it skips by itself). After an
upgrade, the kinds it learnt, and the kinds it learnt columns of, are read again from the
log's start up to where the laptop already is: the rows it skipped arrive without
syncing afresh.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy.orm import Session

from crmdesk.protocol import LEGACY_KINDS
from crmdesk.store import settings
from crmdesk.store.models import synced_models

#: Kinds of record (table names) and the columns of each.
Schema = dict[str, frozenset[str]]

#: Workspace key: the kinds and columns this workspace's last sync knew (JSON).
SYNC_SCHEMA = "sync_schema"


@dataclass(frozen=True)
class CatchUp:
    """A pull of some kinds of record only, from the log's start up to `until`."""

    kinds: tuple[str, ...]
    until: int


def known_schema() -> Schema:
    """The kinds of record this version syncs, each with its columns."""
    return {name: frozenset(model.__table__.columns.keys())
            for name, model in synced_models().items()}


def synced_schema(session: Session, now: Schema) -> Schema:
    """What the workspace's last sync knew. A workspace synced before laptops said what
    they know was sent the kinds every laptop knew then, with the columns of today."""
    stored = settings.get(session, SYNC_SCHEMA)
    if stored is None:
        return {name: columns for name, columns in now.items() if name in LEGACY_KINDS}
    return {name: frozenset(columns) for name, columns in json.loads(stored).items()}


def encode(schema: Schema) -> str:
    return json.dumps({name: sorted(columns) for name, columns in sorted(schema.items())})


def learnt(before: Schema, now: Schema) -> tuple[str, ...]:
    """The kinds `now` knows and `before` did not, or knows more columns of."""
    return tuple(sorted(name for name, columns in now.items()
                        if not columns <= before.get(name, frozenset())))
