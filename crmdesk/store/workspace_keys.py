"""Every workspace key, declared once: its name, type, default and meaning.

A workspace key is a fact about this laptop's workspace file (a row of the local
`workspace_settings` table, never synced): who works in it, where and as whom it syncs,
how far it has pulled. Code reads and writes them only through these declarations, as
typed values (`SYNC_CURSOR.get(session)` is an int); the name a key is stored under is
spelled here and nowhere else (tests/test_workspace_keys.py holds it so).

Per-user preferences of the window (column widths, the sync interval) are not here:
they follow the person across workspaces (crmdesk.ui.settings).
"""

from __future__ import annotations

import copy
import json
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from sqlalchemy import Delete, delete
from sqlalchemy.orm import Session

from crmdesk.store.models import WorkspaceSetting

V = TypeVar("V")  # the type of a stored value
D = TypeVar("D")  # the type of the default (None for a key that may be absent)


@dataclass(frozen=True, slots=True)
class Codec(Generic[V]):
    """How a value of one type is written as the setting's text, and read back."""

    encode: Callable[[V], str]
    decode: Callable[[str], V]


TEXT: Codec[str] = Codec(str, str)
INT: Codec[int] = Codec(str, int)
#: "1" for on; a key absent, or anything else, is off.
FLAG: Codec[bool] = Codec(lambda on: "1" if on else "0", lambda text: text == "1")
#: Stored as 32 hex digits (as the synced tables' ids are).
UUID: Codec[uuid.UUID] = Codec(lambda value: value.hex, uuid.UUID)
#: ISO 8601, as precise as the value (naive stays naive, aware keeps its offset).
DATETIME: Codec[datetime] = Codec(datetime.isoformat, datetime.fromisoformat)
#: ISO 8601 (YYYY-MM-DD).
DATE: Codec[date] = Codec(date.isoformat, date.fromisoformat)
#: Any JSON value; the declaration says which.
JSON: Codec[Any] = Codec(json.dumps, json.loads)


def read_text(session: Session, name: str) -> str | None:
    """The stored text of the key `name`, or None."""
    row = session.get(WorkspaceSetting, name)
    return None if row is None else row.value


def write_text(session: Session, name: str, text: str) -> None:
    session.merge(WorkspaceSetting(key=name, value=text))


def delete_stmt(name: str) -> Delete:
    """Statement removing the key `name` (no error when it is not there)."""
    return delete(WorkspaceSetting).where(WorkspaceSetting.key == name)


class WorkspaceKey(Generic[V, D]):
    """A workspace key holding a `V`, or `default` (a `D`) while it is not set."""

    def __init__(self, name: str, codec: Codec[V], default: D, doc: str) -> None:
        self.name, self.codec, self.default, self.__doc__ = name, codec, default, doc

    def __repr__(self) -> str:
        return f"WorkspaceKey({self.name!r})"

    def _value(self, text: str | None) -> V | D:
        # a copy: a caller changing a default list must not change the default
        return copy.deepcopy(self.default) if text is None else self.codec.decode(text)

    def get(self, session: Session) -> V | D:
        """The value in the workspace of `session`, or the default."""
        return self._value(read_text(session, self.name))

    def is_set(self, session: Session) -> bool:
        return read_text(session, self.name) is not None

    def put(self, session: Session, value: V) -> None:
        """Set the value, inside the caller's transaction."""
        write_text(session, self.name, self.codec.encode(value))

    def clear(self, session: Session) -> None:
        """Remove the key, inside the caller's transaction: it reads as its default."""
        session.execute(delete_stmt(self.name))

    # the same on a bare sqlite3 connection, for code below the ORM (opening a file,
    # taking indexes down), inside the caller's transaction
    def get_raw(self, conn: sqlite3.Connection) -> V | D:
        found = conn.execute("SELECT value FROM workspace_settings WHERE key = ?",
                             (self.name,)).fetchone()
        return self._value(None if found is None else found[0])

    def is_set_raw(self, conn: sqlite3.Connection) -> bool:
        return conn.execute("SELECT 1 FROM workspace_settings WHERE key = ?",
                            (self.name,)).fetchone() is not None

    def put_raw(self, conn: sqlite3.Connection, value: V) -> None:
        conn.execute("INSERT INTO workspace_settings (key, value) VALUES (?, ?) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                     (self.name, self.codec.encode(value)))

    def clear_raw(self, conn: sqlite3.Connection) -> None:
        conn.execute("DELETE FROM workspace_settings WHERE key = ?", (self.name,))


# ---- who works here -------------------------------------------------------------------
CURRENT_USER = WorkspaceKey(
    "current_user_id", UUID, None,
    "The user this workspace works as: whose queue it shows, who writes its edits.")
STAND_IN_USER = WorkspaceKey(
    "stand_in_user_id", UUID, None,
    "The workspace's own user (\"Me\") it works as until its first sign-in; the "
    "stand-in's work is handed to the signed-in user then (crmdesk.store.stand_in).")
PHONE_REGION = WorkspaceKey(
    "default_phone_region", TEXT, "CN",
    "The region (ISO 3166 alpha-2, e.g. \"CN\", \"US\") that phone numbers written "
    "without a country code are read in, on entry and on import.")

# ---- where and as whom it syncs ------------------------------------------------------------
CLIENT_ID = WorkspaceKey(
    "client_id", TEXT, None,
    "This workspace's id in sync (32 hex digits), made when the file is first opened, "
    "and made again when the file is opened as a copy (see CLIENT_PATH).")
CLIENT_PATH = WorkspaceKey(
    "client_path", TEXT, None,
    "Where the file that CLIENT_ID was made for was last opened: \"computer:path\" "
    "(the computer's host name, the file's resolved path).")
CLIENT_FILE = WorkspaceKey(
    "client_file", TEXT, None,
    "Which file CLIENT_ID was made for (\"device:inode\"): a rename keeps it, a disk "
    "mounted afresh keeps the path, a copy keeps neither and gets its own id.")
SERVER_URL = WorkspaceKey(
    "sync_server_url", TEXT, None,
    "The sync server this workspace signed in to (its base URL).")
SYNC_USER = WorkspaceKey(
    "sync_username", TEXT, None,
    "The user name this workspace signs in to the server with; removed at sign-out.")
SYNC_USER_ID = WorkspaceKey(
    "sync_user_id", UUID, None,
    "The server user whose records this workspace holds (set by their sync; kept "
    "across a sign-out, so another person's sign-in is asked before replacing them).")

# ---- how far it has synced -------------------------------------------------------------
LAST_SYNC = WorkspaceKey(
    "last_sync_at", DATETIME, None,
    "When the last sync ended (the laptop's local time, to the second); absent before "
    "the first sync ends.")
SYNC_CURSOR = WorkspaceKey(
    "sync_cursor", INT, 0,
    "How far the server's change log has been pulled (its cursor); 0 from the start.")
SYNC_EPOCH = WorkspaceKey(
    "sync_epoch", INT, 0,
    "The server's epoch when this laptop last started syncing from the log's start.")
CLOCK_LAST = WorkspaceKey(
    "clock_last", TEXT, None,
    "The newest hybrid-logical-clock stamp this workspace issued or saw (encoded), so a "
    "restarted clock never goes back even if the computer's clock did.")
CONFLICTS_AFTER = WorkspaceKey(
    "sync_conflicts_after", DATETIME, datetime(2000, 1, 1),
    "The time of the newest overwritten value fetched from the server's conflict log: "
    "the next fetch asks for those after it.")
SYNC_SCHEMA = WorkspaceKey(
    "sync_schema", TEXT, None,
    "The kinds of record and their columns this workspace's last sync knew, as "
    "crmdesk.sync.kinds encodes them; absent for one synced before laptops noted it.")
RESYNC = WorkspaceKey(
    "sync_resync", FLAG, False,
    "On while a full resync is under way: rows it has not brought are swept at its end.")
#: One row kept aside: {"entity": table name, "row_id": hex id, "row": the row as JSON}.
ParkedRow = dict[str, Any]
PARKED: WorkspaceKey[list[ParkedRow], list[ParkedRow]] = WorkspaceKey(
    "sync_parked", JSON, [],
    "Rows pulled before the row they refer to (or whose parent this laptop may not "
    "see), kept aside and put back once the parent arrives.")
DEFERRED: WorkspaceKey[dict[str, list[str]], None] = WorkspaceKey(
    "deferred_build", JSON, None,
    "The index and trigger definitions taken down while many rows arrive "
    "({\"indexes\": [...], \"triggers\": [...]}); present only until they are built "
    "again (crmdesk.store.deferred).")

# ---- work in progress -----------------------------------------------------------------
def activity_draft(account_id: uuid.UUID) -> WorkspaceKey[str, None]:
    """The key keeping an account's half-written timeline entry (one per account, so
    an entry survives switching accounts and closing the window)."""
    return WorkspaceKey(
        f"draft:{account_id.hex}", TEXT, None,
        "The text of an activity being written on one account, not yet saved.")


def import_mapping(channel: str) -> WorkspaceKey[dict[str, str], None]:
    """The key keeping which file column each lead field was last imported from for one
    channel (field -> column header), so the next file from it is mapped the same way."""
    return WorkspaceKey(
        f"import_mapping:{channel.strip().casefold()}", JSON, None,
        "The column mapping of the last lead file imported from one channel.")


# ---- derived values -------------------------------------------------------------------
DERIVED_DAY = WorkspaceKey(
    "derived_day", DATE, None,
    "The day the stored status, last contact and value scores were computed for "
    "(crmdesk.store.derived); absent until they were first computed here.")
DERIVED_CATCH_UP = WorkspaceKey(
    "derived_catch_up", DATE, None,
    "While the accounts are being brought to DERIVED_DAY a step at a time: the day all "
    "of them were last computed for (date.min: never), so a pass cut short by a closed "
    "window is taken up again from there; absent otherwise.")

# ---- how messages go out (crmdesk.app.messages; passwords are in the keyring) ----------
SMTP_HOST = WorkspaceKey(
    "smtp_host", TEXT, None,
    "The mail server email messages go through (its host name); absent: none set.")
SMTP_PORT = WorkspaceKey(
    "smtp_port", INT, 587,
    "The mail server's port: 587 for STARTTLS, 465 for TLS from the start.")
SMTP_SECURITY = WorkspaceKey(
    "smtp_security", TEXT, "starttls",
    "How the connection to the mail server is encrypted: \"starttls\" or \"tls\" (never "
    "in the clear).")
SMTP_USER = WorkspaceKey(
    "smtp_user", TEXT, None,
    "The user name to sign in to the mail server with (absent: no sign-in); its password "
    "is in the OS keyring (crmdesk.secrets.smtp_key).")
SMTP_FROM = WorkspaceKey(
    "smtp_from", TEXT, None,
    "The address email messages are sent from, e.g. \"Amy Chen <amy@example.com>\".")
SMTP_CA_FILE = WorkspaceKey(
    "smtp_ca_file", TEXT, None,
    "A certificate file (PEM) trusted for the mail server besides the computer's own, "
    "for a company's own mail server; absent: the computer's alone.")
SMS_URL = WorkspaceKey(
    "sms_url", TEXT, None,
    "The SMS gateway's address (http or https) each SMS is posted to; absent: none set.")
SMS_BODY = WorkspaceKey(
    "sms_body", TEXT, '{"to": "{to}", "text": "{text}"}',
    "The JSON body posted for one SMS, its strings holding {to} and {text} "
    "(crmdesk.domain.messages.gateway_body).")
SMS_AUTH_HEADER = WorkspaceKey(
    "sms_auth_header", TEXT, "Authorization",
    "The request header carrying the gateway's key; the key is in the OS keyring "
    "(crmdesk.secrets.sms_key).")

# ---- suggestions ----------------------------------------------------------------------
SUGGESTIONS_VERSION = WorkspaceKey(
    "suggestions_version", INT, 0,
    "A counter the laptop's triggers move on at every change to what customers bought "
    "(migration 0029_loyalty): the suggestions' counts are kept against it "
    "(crmdesk.store.suggestion_queries).")


def bump_raw_sql(key: WorkspaceKey[int, int]) -> str:
    """A statement adding one to a counting key (1 when unset), for code below the ORM
    that runs it among others (a first sync's rebuild of what triggers keep)."""
    return ("INSERT INTO workspace_settings (key, value) VALUES "
            f"('{key.name}', '1') ON CONFLICT (key) DO UPDATE SET "
            "value = CAST(value AS INTEGER) + 1")


#: Every key, for the tests and for a reader looking for one.
ALL: tuple[WorkspaceKey[Any, Any], ...] = (
    CURRENT_USER, STAND_IN_USER, PHONE_REGION, CLIENT_ID, CLIENT_PATH, CLIENT_FILE,
    SERVER_URL, SYNC_USER, SYNC_USER_ID, LAST_SYNC, SYNC_CURSOR, SYNC_EPOCH, CLOCK_LAST,
    CONFLICTS_AFTER, SYNC_SCHEMA, RESYNC, PARKED, DEFERRED, DERIVED_DAY,
    DERIVED_CATCH_UP, SMTP_HOST, SMTP_PORT, SMTP_SECURITY, SMTP_USER, SMTP_FROM,
    SMTP_CA_FILE, SMS_URL, SMS_BODY, SMS_AUTH_HEADER, SUGGESTIONS_VERSION)
