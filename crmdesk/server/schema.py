"""Tables only the server has: password hashes and login tokens. They live in their own
metadata so a laptop's workspace never carries them."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Index, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from crmdesk.store.models import NAMING, utcnow


class ServerBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Credential(ServerBase):
    """A user's password, as an argon2 hash (never the password itself)."""

    __tablename__ = "server_credentials"
    user_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)


class Token(ServerBase):
    """A login. Only a hash of the token is stored: a copy of the database lets nobody in."""

    __tablename__ = "server_tokens"
    __table_args__ = (Index("ix_server_tokens_user", "user_id"),)
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[uuid.UUID]
    client_id: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
