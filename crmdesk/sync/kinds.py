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

from crmdesk.store import workspace_keys as keys
from crmdesk.store.models import synced_models

#: Kinds of record (table names) and the columns of each.
Schema = dict[str, frozenset[str]]


@dataclass(frozen=True)
class CatchUp:
    """A pull of some kinds of record only, from the log's start up to `until`; `before`
    has the columns already known of the kinds among them that were known."""

    kinds: tuple[str, ...]
    until: int
    before: Schema


def known_schema() -> Schema:
    """The kinds of record this version syncs, each with its columns."""
    return {name: frozenset(model.__table__.columns.keys())
            for name, model in synced_models().items()}


#: The kinds and columns of the version before laptops said what they know (the kinds
#: are `LEGACY_KINDS`): what a workspace synced by it holds. Never changes.
_LEGACY_COLUMNS = {
    "account_relations": (
        "deleted from_account_id id kind note owner_id team_id to_account_id updated_at"
    ),
    "account_tags": "account_id deleted id owner_id tag_id team_id updated_at",
    "accounts": (
        "acquired_on address assigned_on batch_id business_line channel_id custom_fields "
        "deleted domain financing id industry last_contact_at lost_reason name name_key "
        "nature next_follow_up_on owner_id phone phone_e164 region scale status team_id "
        "updated_at value_score website"
    ),
    "activities": (
        "account_id author_id contact_id deleted done id kind next_follow_up_on notes "
        "occurred_at opportunity_id outcome owner_id team_id updated_at"
    ),
    "channel_costs": "amount channel_id currency deleted id month updated_at",
    "channels": "deleted id kind name updated_at",
    "contact_influences": (
        "account_id deleted from_contact_id id owner_id strength team_id to_contact_id "
        "updated_at"
    ),
    "contacts": (
        "account_id deleted department email email_domain id is_key_person landline "
        "landline_e164 mobile mobile_e164 name notes owner_id reports_to_id team_id title "
        "updated_at"
    ),
    "contracts": (
        "account_id amount currency deleted id number opportunity_id owner_id signed_on "
        "team_id updated_at"
    ),
    "decision_roles": "contact_id deleted id opportunity_id owner_id role team_id updated_at",
    "lead_batches": (
        "channel_id deleted file_name id owner_id received_on row_count team_id "
        "updated_at"
    ),
    "opportunities": (
        "account_id amount closed_on currency deleted expected_close id name owner_id "
        "probability stage team_id updated_at"
    ),
    "opportunity_products": (
        "deleted id opportunity_id owner_id product_id quantity team_id unit_price "
        "updated_at"
    ),
    "payments": (
        "account_id amount contract_id currency deleted id owner_id received_on team_id "
        "updated_at"
    ),
    "products": "category currency deleted id list_price name sku updated_at",
    "tags": "color deleted id name updated_at",
    "teams": "deleted id name region updated_at",
    "users": "active deleted display_name email id role team_id updated_at username",
}
LEGACY_SCHEMA: Schema = {name: frozenset(columns.split())
                         for name, columns in _LEGACY_COLUMNS.items()}


def synced_schema(session: Session) -> Schema:
    """What the workspace's last sync knew: what it noted, or for a workspace synced
    before laptops noted it, what that version knew."""
    stored = keys.SYNC_SCHEMA.get(session)
    if stored is None:
        return LEGACY_SCHEMA
    return {name: frozenset(columns) for name, columns in json.loads(stored).items()}


def encode(schema: Schema) -> str:
    return json.dumps({name: sorted(columns) for name, columns in sorted(schema.items())})


def learnt(before: Schema, now: Schema) -> tuple[str, ...]:
    """The kinds `now` knows and `before` did not, or knows more columns of."""
    return tuple(sorted(name for name, columns in now.items()
                        if not columns <= before.get(name, frozenset())))
