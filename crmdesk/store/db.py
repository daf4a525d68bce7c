"""Opening a workspace: the SQLite file, its pragmas, its SQL functions, its migrations."""

from __future__ import annotations

import contextlib
import shutil
import socket
import sqlite3
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from crmdesk.domain.searchtext import index_text, phone_terms
from crmdesk.domain.words import Worded, tr_noop
from crmdesk.hlc import Clock, Stamp
from crmdesk.store import deferred, journal
from crmdesk.store import workspace_keys as keys

if TYPE_CHECKING:
    from alembic.config import Config

#: The newest schema revision. Opening a workspace already at this revision needs no
#: Alembic at all, which keeps start-up fast; tests hold it equal to Alembic's head.
SCHEMA_HEAD = "0034_outbox_words"

#: Execution option for a first sync's bulk batch. Its transaction runs without
#: SQLite's row-by-row foreign key checks (the batch looks each id up once itself), and
#: its commit does not wait for the disk: a batch lost to a power cut takes its cursor
#: with it and is pulled again.
FIRST_SYNC_WRITE = "crmdesk_first_sync_write"
# what a transaction has by default, and what a FIRST_SYNC_WRITE one has instead
_USUAL = {"foreign_keys": "ON", "synchronous": "FULL"}
_FIRST_SYNC = {"foreign_keys": "OFF", "synchronous": "NORMAL"}

#: Page cache per connection (negative: KiB), shared with the bulk path's reset.
CACHE_SIZE = -16384

#: How long a write waits for another writer of the workspace (another crmdesk window,
#: an import from the command line) before it gives up.
BUSY_TIMEOUT_MS = 5000


class WorkspaceError(Exception):
    """A workspace cannot be opened; the message tells the user what to do."""


class NoFolder(WorkspaceError):
    """The folder a new workspace was to go in cannot be made (the message says why)."""


@dataclass(frozen=True, slots=True)
class Store:
    """An open workspace: its path, its engine, and two session factories: `session`
    for reads (and simple writes), `write` for a user's unit of work, whose transaction
    takes SQLite's write lock at BEGIN so everything it reads stays true until it commits.
    """

    path: Path
    engine: Engine
    session: sessionmaker[Session]
    write: sessionmaker[Session]
    client_id: str  # this workspace's id in sync, made when it was first opened
    clock: Clock  # stamps every local edit (see crmdesk.store.journal)
    sync_state: dict[str, Any]  # how far this laptop has pulled; read by the journal

    def close(self) -> None:
        self.engine.dispose()


def _install_connection_hooks(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # pysqlite would only BEGIN at the first INSERT, leaving a unit of work's reads
        # outside its transaction; SQLAlchemy emits BEGIN itself instead (below).
        dbapi_conn.isolation_level = None
        # The search triggers call these, so every connection must have them.
        dbapi_conn.create_function("crm_index_text", -1, index_text, deterministic=True)
        dbapi_conn.create_function("crm_phone_terms", -1, phone_terms, deterministic=True)
        cursor = dbapi_conn.cursor()
        # WAL lets the UI read while a sync writes. synchronous=FULL syncs the WAL at each
        # commit, so a saved note survives a crash of the machine, not only of the process.
        for pragma in (
            "journal_mode=WAL",
            "synchronous=FULL",
            "foreign_keys=ON",
            f"busy_timeout={BUSY_TIMEOUT_MS}",
            "temp_store=MEMORY",
            # A modest page cache per connection; no mmap, which would count the mapped
            # file against every connection's share of the app's memory.
            f"cache_size={CACHE_SIZE}",
            "mmap_size=0",
        ):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        options = conn.get_execution_options()
        # SQLite reads these settings only between transactions: each transaction sets
        # what it needs, so the one after a bulk batch on this connection has them back
        bulk = bool(options.get(FIRST_SYNC_WRITE, False))
        if conn.info.get(FIRST_SYNC_WRITE, False) != bulk:
            for pragma, value in (_FIRST_SYNC if bulk else _USUAL).items():
                conn.exec_driver_sql(f"PRAGMA {pragma} = {value}")
            conn.info[FIRST_SYNC_WRITE] = bulk
        conn.exec_driver_sql("BEGIN IMMEDIATE" if options.get("immediate", False) else "BEGIN")


def is_busy(exc: BaseException) -> bool:
    """Did SQLite give up waiting for another process writing to the workspace?"""
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    return isinstance(orig, sqlite3.OperationalError) and code is not None and (
        code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED))


def busy_message() -> str:
    """What to tell the user when `is_busy`."""
    return Worded(tr_noop("Waited {0} s, but another crmdesk is writing to this workspace; "
                          "nothing was changed. Try again when it has finished."),
                  BUSY_TIMEOUT_MS // 1000)


def raw_connection(session: Session) -> sqlite3.Connection:
    """The sqlite3 connection under a session's transaction, for statements SQLAlchemy
    would only slow down (executemany of thousands of rows, PRAGMAs)."""
    return cast(sqlite3.Connection, session.connection().connection.driver_connection)


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "crmdesk.store:migrations")
    return config


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    _install_connection_hooks(engine)
    return engine


def open_store(path: str | Path, *, create: bool = False) -> Store:
    """Open the workspace at `path`, bringing its schema up to date.

    A missing file is an error unless `create` is set, so a typo never quietly makes an
    empty workspace. An older file is copied aside (`NAME.before-REV.bak`) and
    upgraded; a file from a newer crmdesk is refused rather than damaged.
    """
    path = Path(path).expanduser()
    if not path.exists():
        if not create:
            raise WorkspaceError(f"No workspace at {path}. Check the path, or create one first.")
        _make_folder(path.parent)
    elif path.is_dir():
        raise WorkspaceError(f"{path} is a folder, not a workspace file.")
    else:
        _check_workspace_file(path)
    engine = make_engine(path)
    try:
        _migrate(engine, path)
    except WorkspaceError:
        engine.dispose()
        raise
    except Exception as exc:  # sqlite3.DatabaseError for a file that is not a database
        engine.dispose()
        raise WorkspaceError(f"{path} is not a crmdesk workspace ({exc.__class__.__name__}: "
                             f"{str(exc).splitlines()[0]}).") from None
    _finish_deferred(engine)
    client_id, last, cursor = _clock_state(engine, path)
    clock = Clock(client_id, last=last)
    # shared by every session: the clock, and how far this laptop has pulled (sync moves it)
    state: dict[str, Any] = {"cursor": cursor}
    info: dict[str, Any] = {"clock": clock, "sync": state}
    factory = sessionmaker(engine, expire_on_commit=False, info=info)
    writer = sessionmaker(engine.execution_options(immediate=True), expire_on_commit=False,
                          info=info)
    journal.install(factory)
    journal.install(writer)
    return Store(path, engine, factory, writer, client_id, clock, state)


#: The first bytes of every SQLite database file.
SQLITE_HEADER = b"SQLite format 3\x00"
#: Tables every crmdesk workspace has had since its first schema.
_WORKSPACE_TABLES = {"alembic_version", "workspace_settings"}


def _make_folder(folder: Path) -> None:
    """Make the folder a new workspace goes in, or say why it cannot be made."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        blocker = next((p for p in (folder, *folder.parents) if p.exists()), None)
        why = (f"{blocker} is a file, not a folder" if blocker is not None
               and not blocker.is_dir() else exc.strerror or exc.__class__.__name__)
        raise NoFolder(f"Cannot make the folder {folder} for the workspace: {why}.") from None


def _check_workspace_file(path: Path) -> None:
    """Refuse a file that is not a crmdesk workspace (empty, not an SQLite database, or
    another program's database) before anything opens it for writing, so it is left
    exactly as it was; opening it would turn it into a new, empty workspace."""
    leave = "Check the path; the file was left as it was."
    try:
        with path.open("rb") as file:
            head = file.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise WorkspaceError(f"Cannot read {path}: {exc.strerror}.") from None
    if not head:
        raise WorkspaceError(f"{path} is an empty file (0 bytes), not a crmdesk workspace. "
                             + leave)
    if head != SQLITE_HEADER:
        raise WorkspaceError(f"{path} is not a crmdesk workspace: it is not an SQLite "
                             "database. " + leave)
    try:  # read-only: the check itself writes nothing
        with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro",
                                                uri=True)) as conn:
            tables = {row[0] for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error as exc:
        raise WorkspaceError(f"{path} is not a crmdesk workspace: it cannot be read as an "
                             f"SQLite database ({exc}). " + leave) from None
    if not _WORKSPACE_TABLES.issubset(tables):
        raise WorkspaceError(f"{path} is an SQLite database but not a crmdesk workspace "
                             "(another program's, or empty). " + leave)


def _file_identity(path: Path) -> tuple[str, str]:
    """Where the workspace file is (on which computer, at which path), and which file it
    is (device and inode): a rename keeps the second, a disk mounted afresh the first, a
    copy neither, even one put at the same path on another computer."""
    found = path.stat()
    return f"{socket.gethostname()}:{path.resolve()}", f"{found.st_dev}:{found.st_ino}"


def _clock_state(engine: Engine, path: Path) -> tuple[str, Stamp | None, int]:
    """This workspace's sync id, the newest stamp it has issued (so a restarted clock
    never goes back even if the computer's clock did), and how far it has pulled the
    server's change log.

    The sync id is made on first use, for this file. A copy of the file, opened from
    elsewhere, gets a new one at once: two workspaces sharing one id would share a
    token and the server's record of applied edits, and their stamps would name one
    clock, so the server would drop an edit of one that a later edit of the other
    replaced without a word in the conflict log. The copy's unsent edits stay, and go
    under its new id (it signs in for itself: its token's key names the id)."""
    with engine.begin() as conn:
        raw = cast(sqlite3.Connection, conn.connection.driver_connection)
        client_id = keys.CLIENT_ID.get_raw(raw)
        was = keys.CLIENT_PATH.get_raw(raw), keys.CLIENT_FILE.get_raw(raw)
        here = _file_identity(path)
        # a workspace from before files were noted keeps its id: most likely it made it
        copied = was[0] is not None and was[0] != here[0] and was[1] != here[1]
        if client_id is None or copied:
            client_id = uuid.uuid4().hex
            keys.CLIENT_ID.put_raw(raw, client_id)
        if was != here:
            keys.CLIENT_PATH.put_raw(raw, here[0])
            keys.CLIENT_FILE.put_raw(raw, here[1])
        stamps = [conn.exec_driver_sql("SELECT max(stamp) FROM outbox").scalar(),
                  keys.CLOCK_LAST.get_raw(raw)]
        cursor = keys.SYNC_CURSOR.get_raw(raw)
    known = [Stamp.decode(s) for s in stamps if s]
    return client_id, max(known) if known else None, cursor


def _finish_deferred(engine: Engine) -> None:
    """A first sync stopped before its end (the process killed, the machine off) leaves
    its indexes and search down: build them now, so the workspace works offline."""
    with engine.connect() as conn:
        raw = cast(sqlite3.Connection, conn.connection.driver_connection)
        if deferred.is_deferred(raw):
            with conn.begin():
                deferred.restore(raw)


def _current_revision(engine: Engine) -> tuple[str | None, bool]:
    """(schema revision, whether the file holds any tables besides Alembic's)."""
    with engine.connect() as conn:
        tables = {row[0] for row in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='table'")}
        current = None
        if "alembic_version" in tables:
            current = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    return current, bool(tables - {"alembic_version"})


class _NewWorkspaceImage:
    """The first workspace made in this process, just migrated and still holding nothing
    of its own; each later new one is a page-for-page copy of it. Running every
    migration costs a fifth of a second, and the import of many files, the tests and a
    lead's workspace per rep make many workspaces in one process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._image: sqlite3.Connection | None = None

    def keep(self, path: Path) -> None:
        with self._lock:
            if self._image is None:
                image = sqlite3.connect(":memory:", check_same_thread=False)
                with contextlib.closing(sqlite3.connect(path)) as src:
                    src.backup(image)
                self._image = image

    def write(self, path: Path) -> bool:
        """Fill the empty file at `path` with the image; False if there is none yet."""
        with self._lock:
            if self._image is None:
                return False
            with contextlib.closing(sqlite3.connect(path)) as dst:
                self._image.backup(dst)
            return True


_new_workspace = _NewWorkspaceImage()


def _migrate(engine: Engine, path: Path) -> None:
    current, has_tables = _current_revision(engine)
    if current == SCHEMA_HEAD:
        return
    if current is None and not has_tables:
        engine.dispose()  # the copy goes in through a connection of its own
        if _new_workspace.write(path):
            return
    from alembic import command
    from alembic.script import ScriptDirectory

    config = alembic_config()
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head()
    if current is None and has_tables:
        raise WorkspaceError(f"{path} holds a database that is not a crmdesk workspace.")
    if current is not None:
        known = {rev.revision for rev in script.walk_revisions()}
        if current not in known:
            raise WorkspaceError(
                f"{path} was written by a newer version of crmdesk (schema {current}). "
                "Update crmdesk to open it; the file has not been changed."
            )
        backup = path.with_name(f"{path.name}.before-{head}.bak")
        engine.dispose()
        with sqlite3.connect(path) as src, sqlite3.connect(backup) as dst:
            src.backup(dst)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    if current is None:
        engine.dispose()
        _new_workspace.keep(path)


def copy_workspace(src: Path, dst: Path) -> None:
    """Copy a workspace file consistently, even while it is open in WAL mode."""
    if dst.exists():
        dst.unlink()
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)
    shutil.copymode(src, dst)
