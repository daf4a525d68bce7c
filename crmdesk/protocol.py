"""The sync wire format both sides import: the protocol version and the request and
response schemas. The client (crmdesk.sync) and the server never import each other."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

#: Bumped on any incompatible change; client and server refuse a mismatch by name.
PROTOCOL_VERSION = 1


class Strict(BaseModel):
    """Unknown fields are refused, so a typo or a newer client is told, not ignored."""

    model_config = ConfigDict(extra="forbid")


class LoginRequest(Strict):
    username: str = Field(min_length=1, max_length=80)
    password: str = Field(min_length=1, max_length=1024)
    client_id: str = Field(min_length=1, max_length=64,
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


class Health(Strict):
    status: str
    protocol: int


class Problem(Strict):
    """Every error the server returns: one plain sentence."""

    detail: str
