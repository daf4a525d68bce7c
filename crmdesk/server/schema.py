"""Tables only the server has: password hashes and login tokens. They live in their own
metadata so a laptop's workspace never carries them."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Index, Integer, MetaData, String, text
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


class ServerChange(ServerBase):
    """The change log pulls read, in commit order. Each entry is a whole row as it stood
    after the change, with its owner and team (and member key) before and after, so a
    row that moved away can be taken off the old owner's laptop."""

    __tablename__ = "server_changes"
    # compaction looks for a later entry of the same row; a pull, for the entries made
    # for its viewer alone since its cursor (the few there are)
    __table_args__ = (Index("ix_server_changes_row", "row_id", "seq"),
                      Index("ix_server_changes_audience", "audience", "seq",
                            postgresql_where=text("audience IS NOT NULL"),
                            sqlite_where=text("audience IS NOT NULL")))
    seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"),
                                     primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[uuid.UUID]
    owner_id: Mapped[uuid.UUID | None]
    team_id: Mapped[uuid.UUID | None]
    prev_owner_id: Mapped[uuid.UUID | None]
    prev_team_id: Mapped[uuid.UUID | None]
    row: Mapped[dict[str, Any]] = mapped_column(JSON)
    user_id: Mapped[uuid.UUID | None]
    at: Mapped[datetime] = mapped_column(default=utcnow)
    #: the row's member key after and before (crmdesk.store.deal_team): the deal, or the
    #: company, whose virtual team sees it (None: no deal's team does)
    via: Mapped[uuid.UUID | None]
    prev_via: Mapped[uuid.UUID | None]
    #: an entry made for one person only (None: for whoever's scope holds the row): they
    #: joined or left a deal's team, or its deal moved, so the row entered or left their
    #: scope without changing; whether it comes whole is read at their pull
    audience: Mapped[uuid.UUID | None]
    #: the service owner of the row's company after and before (crmdesk.store.served):
    #: a service user sees the companies they serve and all that hangs on them
    served_by: Mapped[uuid.UUID | None]
    prev_served_by: Mapped[uuid.UUID | None]


class ServerSetting(ServerBase):
    """Facts about the server's own data, such as how far back its history goes."""

    __tablename__ = "server_settings"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


# Stamps compare as bytes: a locale collation on PostgreSQL could order "-" differently.
STAMP = String(120).with_variant(String(120, collation="C"), "postgresql")


class FieldStamp(ServerBase):
    """For each field: the newest stamp of an edit that wrote the value it holds (the
    stamp names that edit's laptop), and who wrote that value, by which change (`seq`)."""

    __tablename__ = "server_field_stamps"
    __table_args__ = (Index("ix_server_field_stamps_stamp", "stamp"),)
    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    field: Mapped[str] = mapped_column(String(60), primary_key=True)
    stamp: Mapped[str] = mapped_column(STAMP)
    user_id: Mapped[uuid.UUID | None]
    client_id: Mapped[str | None] = mapped_column(String(64))
    seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), default=0)


class AppliedOp(ServerBase):
    """Each client's applied operations and their results: a retried push gets the same
    answer and changes nothing."""

    __tablename__ = "server_applied_ops"
    client_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    op_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    user_id: Mapped[uuid.UUID]
    seq: Mapped[int] = mapped_column(BigInteger)
    result: Mapped[dict[str, Any]] = mapped_column(JSON)


class Conflict(ServerBase):
    """A value that lost to a later edit of the same field, kept so nobody's work
    silently disappears."""

    __tablename__ = "server_conflicts"
    __table_args__ = (Index("ix_server_conflicts_row", "entity", "row_id"),)
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[uuid.UUID]
    field: Mapped[str] = mapped_column(String(60))
    kept_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    lost_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    kept_stamp: Mapped[str] = mapped_column(String(120))
    lost_stamp: Mapped[str] = mapped_column(String(120))
    lost_user_id: Mapped[uuid.UUID | None]
    lost_client_id: Mapped[str | None] = mapped_column(String(64))
    kept_user_id: Mapped[uuid.UUID | None]
    kept_client_id: Mapped[str | None] = mapped_column(String(64))
    team_id: Mapped[uuid.UUID | None]
    at: Mapped[datetime] = mapped_column(default=utcnow)


# ---- web enquiries (crmdesk.server.intake) ---------------------------------------

class IntakeKey(ServerBase):
    """A channel's secret intake key, and the team its enquiries go to: one per channel
    (a new key replaces the old, which stops working at once). Only a SHA-256 hash is
    kept: the key is a random 32-byte token, so a fast hash is as safe as a slow one
    (nobody guesses 256 bits), and argon2 at 200 enquiries a second would cost more
    than the rest of the request."""

    __tablename__ = "server_intake_keys"
    channel_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    team_id: Mapped[uuid.UUID]
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[uuid.UUID | None]


class IntakeCount(ServerBase):
    """Requests counted in one window of time for one rate-limit bucket (a key, a source
    address): the counters live here, not in a worker's memory, so every worker of
    every machine counts together."""

    __tablename__ = "server_intake_counts"
    bucket: Mapped[str] = mapped_column(String(120), primary_key=True)
    window: Mapped[int] = mapped_column(BigInteger, primary_key=True)  # start, epoch s
    count: Mapped[int] = mapped_column(default=0)


class AssignmentTurn(ServerBase):
    """When each rep last got a web lead, as a number growing per team: round robin
    gives the next lead to the eligible rep whose turn is lowest."""

    __tablename__ = "server_assignment_turns"
    team_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    turn: Mapped[int] = mapped_column(BigInteger, default=0)


class IntakeReceipt(ServerBase):
    """An enquiry posted with an idempotency key, and the reference it was answered: a
    website's retry gets the same answer and makes no second lead."""

    __tablename__ = "server_intake_receipts"
    channel_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(200), primary_key=True)
    reference: Mapped[uuid.UUID]
    at: Mapped[datetime] = mapped_column(default=utcnow)


class NameBlock(ServerBase):
    """A name block (crmdesk.domain.dedupe.name_blocks) an account's name falls in, so
    an enquiry's duplicate check finds the accounts sharing one of its blocks through
    an index (crmdesk.server.name_blocks). Kept by triggers on the accounts
    (s0021_name_blocks): an account written with a new name has its blocks dropped and
    is pending (NameBlockPending) until they are derived again."""

    __tablename__ = "server_name_blocks"
    __table_args__ = (Index("ix_server_name_blocks_account", "account_id"),)
    block: Mapped[str] = mapped_column(String(40), primary_key=True)
    account_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)


class NameBlockPending(ServerBase):
    """An account whose name blocks are still to be derived (inserted or renamed since):
    a duplicate check reads it whatever its blocks. A table of its own, small however
    many come and go: a check reads all of it."""

    __tablename__ = "server_name_blocks_pending"
    account_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)


# ---- calendar feeds (crmdesk.server.feed) -------------------------------------------

class FeedToken(ServerBase):
    """A user's private calendar feed: the secret in its address, as a SHA-256 hash only
    (a random 32-byte token: a fast hash is as safe as a slow one, as an intake key's).
    One a user: a new one replaces the old, whose address stops working at once."""

    __tablename__ = "server_feed_tokens"
    user_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
