"""The sync wire format both sides import: the protocol version and the request and
response schemas. The client (crmdesk.sync) and the server never import each other."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer

from crmdesk.json_values import words_of

#: Bumped on any incompatible change; client and server refuse a mismatch by name.
PROTOCOL_VERSION = 1
#: Bound on sequence numbers and cursors: exact in every JSON reader (IEEE doubles).
MAX_SEQ = 2**53
#: Names and ids are text no database refuses: no NUL characters.
NO_NUL = r"^[^\x00]+$"


class Strict(BaseModel):
    """Unknown fields are refused, so a typo or a newer client is told, not ignored."""

    model_config = ConfigDict(extra="forbid")


class LoginRequest(Strict):
    username: str = Field(min_length=1, max_length=80, pattern=NO_NUL)
    password: str = Field(min_length=1, max_length=1024)
    client_id: str = Field(min_length=1, max_length=64, pattern=NO_NUL,
                           description="Stable id of this laptop's workspace")
    protocol: int = Field(description="The client's PROTOCOL_VERSION")


class UserInfo(Strict):
    id: uuid.UUID
    username: str
    display_name: str
    role: str
    team_id: uuid.UUID | None


class LoginResponse(Strict):
    token: str = Field(description="Bearer token; keep it in the OS keyring only")
    expires_at: datetime
    user: UserInfo


class RenewRequest(Strict):
    """POST /v1/renew with the bearer token to renew: the answer is a LoginResponse with a
    fresh token for the same user and workspace, and the one sent ends. No password: a
    token still valid, or expired only lately, and not revoked, is enough."""

    client_id: str = Field(min_length=1, max_length=64, pattern=NO_NUL,
                           description="The workspace the token was made for")
    protocol: int = Field(description="The client's PROTOCOL_VERSION")


class Health(Strict):
    status: str = Field(description='"ok", or "unavailable" (answered with 503)')
    protocol: int
    database: str = Field(default="ok", description='"ok", or why the database does not '
                          "answer")


class Words(Strict):
    """A sentence as a marked template and its figures (crmdesk.domain.words.Worded; see
    crmdesk.json_values.words_of): `template.format(*args)` is the English beside it, and
    a laptop words the template in its user's language. A figure worded itself nests as
    {"template", "args"}; a sentence with a count has its plural form's count and
    disambiguation (crmdesk.domain.words.Counted: `%n` in the template)."""

    template: str
    args: list[Any] = Field(default_factory=list)
    n: int | None = None
    note: str | None = None

    @model_serializer(mode="wrap")
    def _without_count(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # a sentence without a count goes as {"template", "args"}, as before counts went
        shown: dict[str, Any] = handler(self)
        return {k: v for k, v in shown.items() if k not in ("n", "note") or v is not None}


#: The header a laptop sends on a push when it reads `OpResult.words`: answers to one
#: that does not (an older version, which refuses fields it does not know) leave it out.
WORDS_HEADER = "Crmdesk-Words"


class Problem(Strict):
    """Every error the server returns: one plain sentence, and, when the server made it
    of a marked template, that template and its figures (older servers send none)."""

    detail: str
    words: Words | None = None


def problem(detail: str) -> dict[str, Any]:
    """The JSON body (a `Problem`) of an error saying `detail`: with its template and
    figures when it is a marked sentence (crmdesk.domain.words.Worded)."""
    words = words_of(detail)
    return {"detail": str(detail)} | ({} if words is None else {"words": words})


#: Most operations one push may carry; a client sends its outbox in batches of this.
MAX_OPS = 2000
#: Most changes one pull returns.
MAX_CHANGES = 5000

#: The kinds of record a laptop knew before it could say which it knows: a pull that
#: names none gets only these, so a laptop that has not upgraded keeps syncing when the
#: server gains a kind. Never changes.
LEGACY_KINDS = frozenset({
    "teams", "users", "channels", "channel_costs", "lead_batches", "accounts",
    "account_relations", "contacts", "contact_influences", "activities", "opportunities",
    "products", "opportunity_products", "decision_roles", "contracts", "payments", "tags",
    "account_tags"})
#: How a pull names the kinds it wants: kind names joined by commas.
KINDS_LIST = r"^[a-z][a-z0-9_]{0,39}(,[a-z][a-z0-9_]{0,39}){0,199}$"


class Op(Strict):
    """One local edit: the fields of one row it set, stamped by the client's clock."""

    op_id: uuid.UUID
    seq: int = Field(ge=1, lt=MAX_SEQ, description="The client's sequence number of this edit")
    entity: str = Field(max_length=40)
    row_id: uuid.UUID
    fields: dict[str, Any]
    stamp: str = Field(max_length=120, description="Hybrid-logical-clock stamp")
    base: int = Field(default=0, ge=0, description="The change-log position the client "
                      "had pulled when the edit was made: what it had seen")


class PushRequest(Strict):
    client_id: str = Field(min_length=1, max_length=64, pattern=NO_NUL)
    protocol: int
    ops: list[Op] = Field(max_length=MAX_OPS)


class OpResult(Strict):
    op_id: uuid.UUID
    status: Literal["applied", "partly", "refused"]
    lost: list[str] = Field(default_factory=list,
                            description="Fields whose value lost to a later edit")
    reason: str = ""
    current: dict[str, Any] | None = Field(
        default=None, description="When the edit was not wholly applied: the row as the "
        "server now holds it, to replace your copy; null with status refused: there is no "
        "such row you may see, so remove your copy")
    lost_to: dict[str, str] = Field(default_factory=dict,
                                    description="Who wrote the value kept, per lost field")
    words: Words | None = Field(
        default=None, description="The reason as a marked template and its figures, to "
        "word in the user's language; sent only to a push with the WORDS_HEADER")


class PushResponse(Strict):
    results: list[OpResult]


class Change(Strict):
    seq: int
    entity: str
    row_id: uuid.UUID
    row: dict[str, Any] | None = Field(
        description="The whole row as it now stands; null: it left your scope, delete it")


class ConflictNote(Strict):
    """A value of mine that a later edit from someone else replaced."""

    id: uuid.UUID
    entity: str
    row_id: uuid.UUID
    field: str
    kept_value: Any
    lost_value: Any
    at: datetime
    kept_by: str | None


class ConflictsResponse(Strict):
    conflicts: list[ConflictNote]


#: Headers of a /v1/changes answer that repeat its body's cursor, more and epoch.
CURSOR_HEADER, MORE_HEADER, EPOCH_HEADER = "Crmdesk-Cursor", "Crmdesk-More", "Crmdesk-Epoch"


class PullResponse(Strict):
    changes: list[Change]
    cursor: int = Field(description="Pass this back to get what follows")
    more: bool
    head: int = Field(default=0, description="The newest change-log position now: "
                      "head - cursor estimates how much is left (a first sync's progress)")
    epoch: int = Field(default=0, description="Cursors behind this get 410 (sync afresh); "
                       "a laptop syncing from the start sends the epoch it was first told")
    stamp: str | None = Field(
        default=None, description="A clock stamp no earlier than any the server holds; the "
        "client's clock moves past it so its next edits order after everything it has seen")


# ---- web enquiries and their keys (crmdesk.server.intake) -------------------------

#: The header a website sends its channel's intake key in (a plain HTML form, which
#: cannot set headers, sends it as the form field "key").
INTAKE_KEY_HEADER = "X-Intake-Key"


class IntakeAnswer(Strict):
    """An enquiry taken: the same answer whether it made a lead or joined a known
    account (a website learns nothing of the CRM's accounts)."""

    reference: uuid.UUID
    message: str


class IntakeKeyRequest(Strict):
    team_id: uuid.UUID = Field(description="The team the channel's enquiries go to")


class IntakeKeyAnswer(Strict):
    """A channel's new intake key, shown once: only its hash is kept."""

    channel_id: uuid.UUID
    team_id: uuid.UUID
    key: str


class IntakeChannel(Strict):
    channel_id: uuid.UUID
    team_id: uuid.UUID


class IntakeChannels(Strict):
    """The channels that take web enquiries, and the team of each."""

    channels: list[IntakeChannel]


# ---- calendar feeds (crmdesk.server.feed) -------------------------------------------

#: A user's calendar feed, by its secret: {token} is the token `FeedAnswer` gives.
FEED_PATH = "/v1/feed/{token}.ics"


class FeedAnswer(Strict):
    """A user's new private calendar feed, shown once: only its hash is kept. Any
    address given before stops working."""

    token: str
    path: str = Field(description="The feed's path on this server (FEED_PATH): a "
                      "calendar app subscribes to the server's address followed by it")
