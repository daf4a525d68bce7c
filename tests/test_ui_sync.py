"""Sync from the window: real widgets, a real workspace file, the real server over HTTP
on loopback (PostgreSQL and SQLite), tokens in an in-memory secret store."""

from __future__ import annotations

import io
import socket
import sys
import threading
import time
import uuid
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from crmdesk.app import accounts, activities
from crmdesk.cli import main as cli_main
from crmdesk.domain.activity import ActivityKind
from crmdesk.secrets import (
    NO_KEYRING,
    KeyringStore,
    MemoryStore,
    SecretStore,
    read_entry,
    token_key,
)
from crmdesk.store import workspace_keys as keys
from crmdesk.store.conflicts import unresolved_count
from crmdesk.store.db import Store, open_store
from crmdesk.store.journal import pending_count
from crmdesk.store.models import (
    Account,
    Activity,
    Contact,
    OutboxEntry,
    RefusedRecord,
    Role,
    User,
    WorkspaceSetting,
)
from crmdesk.store.queries import QueueFilter, UserRef
from crmdesk.store.turns import taking_turns
from crmdesk.store.writes import (
    ActivityInput,
    log_activity,
    new_account,
    new_contact,
    update_account_field,
)
from crmdesk.ui.app import _resolve_user
from crmdesk.ui.changes import ChangeBus, Selection
from crmdesk.ui.conflicts_view import COL_FIELD, COL_MINE, COL_THEIRS
from crmdesk.ui.context import AppContext
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.queue_pane import REFUSED_ROLE, QueueModel
from crmdesk.ui.sync_service import TIMEOUT, State
from crmdesk.ui.tasks import TaskRunner
from crmdesk.ui.timeline_pane import ACTIVITY_ID_ROLE
from crmdesk.ui.timeline_pane import REFUSED_ROLE as ACTIVITY_REFUSED_ROLE
from tests.server_fixtures import (
    PASSWORD,
    database_url,
    free_port,
    running_server,
    server_cli_here,
)
from tests.sync_harness import BACKENDS
from tests.test_server_sync import _people
from tests.test_sync import Laptop, Server
from tests.test_sync_cli import DictKeyring, dict_keyring  # noqa: F401 (a fixture)

# The server's database is incidental to the window's tests (the server's own cover
# both): PostgreSQL, and SQLite too when CRMDESK_TEST_SIZE=large.
SERVER_BACKENDS = BACKENDS
backends = pytest.mark.parametrize("server", BACKENDS, indirect=True)


class NoKeyring(MemoryStore):
    """A computer with no usable OS keyring: nothing can be kept."""

    @property
    def warning(self) -> str | None:
        return NO_KEYRING

    def put(self, key: str, secret: str) -> None:
        pass


def open_window(path: Path, tmp_path: Path, qtbot: QtBot, secrets: SecretStore,
                interval_s: int = 60) -> MainWindow:
    """The window on the workspace at `path` (made if new), as the app opens it."""
    store = open_store(path, create=True)
    user = _resolve_user(store, None)
    app = QApplication.instance()
    ctx = AppContext(store, user, TaskRunner(app), ChangeBus(app), Selection(app),
                     QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(ctx, secrets=secrets, sync_interval_s=interval_s)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(window.is_settled, timeout=15000)
    return window


def finish(window: MainWindow, qtbot: QtBot) -> None:
    """Stop syncing, let the panes' last answers (and delayed checks) land, close."""
    window.sync.shut_down(10000)
    qtbot.waitUntil(window.is_settled, timeout=15000)
    window.close()
    window.ctx.store.close()


@pytest.fixture
def people(server: Server) -> dict[str, Any]:
    return _people(server)


def sign_in(window: MainWindow, qtbot: QtBot, base: str, username: str,
            password: str = PASSWORD) -> None:
    """Through the dialog, as a rep does."""
    window.sign_in()
    dialog = window.sign_in_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.server.setText(base)
    dialog.username.setText(username)
    dialog.password.setText(password)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)


def synced(window: MainWindow, qtbot: QtBot, timeout: int = 30000) -> None:
    """Wait for the sync under way (or about to start) to end, then for the panes."""
    qtbot.waitUntil(lambda: not window.sync.status.syncing and not window.sync.busy,
                    timeout=timeout)
    qtbot.waitUntil(window.is_settled, timeout=15000)


def signed_in(window: MainWindow, qtbot: QtBot, base: str, username: str) -> None:
    sign_in(window, qtbot, base, username)
    assert window.sign_in_dialog is not None and not window.sign_in_dialog.isVisible()
    qtbot.waitUntil(lambda: window.sync.status.last_sync is not None, timeout=30000)
    synced(window, qtbot)


def _settings(store: Store) -> dict[str, str]:
    with store.session() as s:
        return {row.key: row.value for row in s.scalars(select(WorkspaceSetting))}


def test_sign_in_wrong_then_right_password_keeps_the_token_only_in_the_secret_store(
        server: Server, people: dict[str, Any], tmp_path: Path, qtbot: QtBot) -> None:
    http, _db, _url = server
    base = str(http.base_url).rstrip("/")
    secrets = MemoryStore()
    window = open_window(tmp_path / "amy.db", tmp_path, qtbot, secrets)
    try:
        assert "Local only" in window.online.text()
        sign_in(window, qtbot, base, "amy", "not the password")
        dialog = window.sign_in_dialog
        assert dialog is not None and dialog.isVisible()
        assert "Wrong user name or password" in dialog.message.text()
        assert (dialog.server.text(), dialog.username.text()) == (base, "amy")  # kept
        assert secrets.secrets == {} and keys.SERVER_URL.name not in _settings(window.ctx.store)

        dialog.password.setText(PASSWORD)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
        assert dialog.password.text() == ""  # the password is not kept, even in the box
        token = secrets.get(token_key(window.ctx.store.client_id, base, "amy"))
        assert token
        qtbot.waitUntil(lambda: window.sync.status.last_sync is not None, timeout=30000)
        synced(window, qtbot)
        saved = _settings(window.ctx.store)
        assert (saved[keys.SERVER_URL.name], saved[keys.SYNC_USER.name]) == (base, "amy")
        assert all(token not in value for value in saved.values())
        # the first sync brought amy's record: the window now works as her
        assert window.ctx.user.username == "amy" and window.ctx.user.id == people["amy"]
        assert "amy" in window.windowTitle()
        assert "Online" in window.online.text()
        assert "Last sync: " in window.last_sync.text() and "never" not in \
            window.last_sync.text()
    finally:
        finish(window, qtbot)
    # nowhere in the workspace file either (its write-ahead log included)
    for part in tmp_path.glob("amy.db*"):
        assert token.encode() not in part.read_bytes()


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_a_window_opened_after_crmdesk_sync_is_signed_in_and_syncs_without_asking(
        server: Server, people: dict[str, Any], tmp_path: Path, qtbot: QtBot,
        dict_keyring: DictKeyring, monkeypatch: pytest.MonkeyPatch,  # noqa: F811
        capsys: pytest.CaptureFixture[str]) -> None:
    http, db, _url = server
    base = str(http.base_url).rstrip("/")
    path = tmp_path / "laptop.db"
    open_store(path, create=True).close()
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    assert cli_main(["sync", "--db", str(path), "--server", base, "--user", "amy"]) == 0, \
        capsys.readouterr().err
    window = open_window(path, tmp_path, qtbot, KeyringStore())  # the OS keyring, as the app
    try:
        assert window.sync.status.state is State.SIGN_IN  # until the first attempt
        assert (window.sync.status.server, window.sync.status.username) == (base, "amy")
        user = window.ctx.user
        window.ctx.command(lambda app: accounts.new_lead(app, accounts.NewLead(
            "Opened After The Terminal Ltd.")))
        qtbot.waitUntil(lambda: _pending(window.ctx.store) > 0, timeout=10000)
        window.start_sync()
        qtbot.waitUntil(lambda: window.sync.status.last_sync is not None
                        and not window.sync.status.syncing, timeout=30000)
        synced(window, qtbot)
        assert window.sync.status.state is State.ONLINE and "Online" in window.online.text()
        assert window.sign_in_dialog is None  # never asked for the password
        assert user.username == "amy" and _pending(window.ctx.store) == 0
        with db.session() as session:  # type: ignore[attr-defined]
            assert session.scalar(select(Account.id).where(
                Account.name == "Opened After The Terminal Ltd.")) is not None
    finally:
        finish(window, qtbot)


def _pending(store: Store) -> int:
    with store.session() as s:
        return pending_count(s)


def test_sign_in_to_a_server_that_is_not_there(tmp_path: Path, qtbot: QtBot) -> None:
    secrets = MemoryStore()
    window = open_window(tmp_path / "amy.db", tmp_path, qtbot, secrets)
    try:
        sign_in(window, qtbot, f"http://127.0.0.1:{free_port()}", "amy")
        dialog = window.sign_in_dialog
        assert dialog is not None and dialog.isVisible()
        assert "could not be reached" in dialog.message.text()
        assert dialog.password.text() == PASSWORD  # nothing typed is lost
        assert secrets.secrets == {} and keys.SERVER_URL.name not in _settings(window.ctx.store)
        assert window.sync.status.state is State.LOCAL
    finally:
        finish(window, qtbot)


@backends
def test_another_laptops_change_arrives_in_the_open_window_on_its_own(
        server: Server, people: dict[str, Any], tmp_path: Path, qtbot: QtBot) -> None:
    http, _db, _url = server
    base = str(http.base_url).rstrip("/")
    window = open_window(tmp_path / "amy.db", tmp_path, qtbot, MemoryStore(), interval_s=1)
    lea = Laptop(tmp_path, http, "lea")
    try:
        signed_in(window, qtbot, base, "amy")
        with lea.store.write.begin() as s:  # the team lead hands amy a new lead
            account = new_account(s, name="Lakeside Robotics Co", owner_id=people["amy"],
                                  team_id=people["East"])
        lea.sync()
        qtbot.waitUntil(lambda: window.queue.model.row_of(account) >= 0, timeout=20000)
        window.ctx.selection.select_account(account)
        qtbot.waitUntil(lambda: window.card.data is not None
                        and window.card.data.card.id == account, timeout=15000)
        with lea.store.write.begin() as s:
            update_account_field(s, account, "industry", "Logistics")
        lea.sync()
        qtbot.waitUntil(lambda: window.card.data is not None
                        and window.card.data.card.industry == "Logistics", timeout=20000)
        assert window.card.data.card.name == "Lakeside Robotics Co"  # type: ignore[union-attr]
    finally:
        lea.close()
        finish(window, qtbot)


@backends
def test_status_bar_through_a_local_edit_and_the_server_going_away(
        server: Server, people: dict[str, Any], tmp_path: Path, qtbot: QtBot) -> None:
    _http, _db, url = server
    window = open_window(tmp_path / "amy.db", tmp_path, qtbot, MemoryStore())
    try:
        with running_server(url) as (base, _db2):
            signed_in(window, qtbot, base, "amy")
            assert window.pending.text() == "0 changes waiting to sync"

            def add(name: str) -> None:
                window.ctx.command(lambda app: accounts.new_lead(app, accounts.NewLead(name)))

            add("Summit Packaging Ltd.")
            qtbot.waitUntil(lambda: window.pending.text() == "1 change waiting to sync",
                            timeout=10000)
            # sent soon after the change, without asking
            qtbot.waitUntil(lambda: window.pending.text() == "0 changes waiting to sync",
                            timeout=20000)
            assert "Online" in window.online.text()
        # the server is gone; the rep keeps working
        add("Riverside Textiles Co")
        qtbot.waitUntil(lambda: window.sync.status.state is State.OFFLINE, timeout=30000)
        assert "Offline" in window.online.text()
        assert "could not be reached" in window.online.toolTip()
        with window.ctx.store.session() as s:
            assert pending_count(s) == 1
            names = set(s.scalars(select(Account.name)))
        assert {"Summit Packaging Ltd.", "Riverside Textiles Co"} <= names
        assert window.pending.text() == "1 change waiting to sync"
        assert "never" not in window.last_sync.text()
    finally:
        finish(window, qtbot)


class SlowLink(httpx.HTTPTransport):
    """The real server behind a slow connection: every pull takes a while to arrive."""

    def __init__(self, delay: float) -> None:
        super().__init__()
        self.delay = delay

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path in ("/v1/changes", "/v1/conflicts"):
            time.sleep(self.delay)
        return super().handle_request(request)


@backends
def test_a_note_saved_during_a_long_first_sync_is_kept_without_waiting_for_it(
        server: Server, people: dict[str, Any], tmp_path: Path, qtbot: QtBot) -> None:
    http, _db, _url = server
    base = str(http.base_url).rstrip("/")
    lea = Laptop(tmp_path, http, "lea")
    with lea.store.write.begin() as s:
        for n in range(300):
            new_account(s, name=f"Batch Prospect {n:03} Co", owner_id=people["amy"],
                        team_id=people["East"])
    lea.sync()
    lea.close()
    window = open_window(tmp_path / "amy.db", tmp_path, qtbot, MemoryStore())
    try:
        window.sync.transport = lambda: SlowLink(2.0)
        sign_in(window, qtbot, base, "amy")
        qtbot.waitUntil(lambda: window.sync.status.syncing, timeout=10000)
        assert window.sync.status.first and window.progress.isVisible()
        amy = people["amy"]

        def first_batch_here() -> bool:
            with window.ctx.store.session() as s:
                return s.scalar(select(Account.id).where(
                    Account.name == "Batch Prospect 007 Co")) is not None

        qtbot.waitUntil(first_batch_here, timeout=20000)
        assert window.sync.status.syncing  # more of the first sync is still to come
        with window.ctx.store.session() as s:
            account = s.scalar(select(Account.id).where(Account.name ==
                                                        "Batch Prospect 007 Co"))
        assert account is not None
        saved: list[uuid.UUID] = []
        started = time.monotonic()
        # written as amy (who the sync is for), while the window may still be the stand-in
        as_amy = replace(window.ctx.app, user=UserRef(amy, "amy", "amy", Role.REP,
                                                      people["East"]))
        window.ctx.runner.run(lambda: activities.log_activity(as_amy, account, ActivityInput(
            ActivityKind.NOTE, None, "Budget approved for Q1")).value, saved.append,
            write=True)
        qtbot.waitUntil(lambda: bool(saved), timeout=10000)
        assert time.monotonic() - started < 1.5
        assert window.sync.status.syncing  # saved while the sync still ran
        synced(window, qtbot, timeout=60000)
        assert window.sync.status.state is State.ONLINE
        assert not window.progress.isVisible()
        window.sync.sync_now()  # the note goes out with the next sync
        synced(window, qtbot)
        with window.ctx.store.session() as s:
            assert s.scalars(select(Activity.notes).where(
                Activity.account_id == account)).all() == ["Budget approved for Q1"]
            assert len(s.scalars(select(Account.name).where(
                Account.name.like("Batch Prospect %"))).all()) == 300
            assert pending_count(s) == 0 and unresolved_count(s) == 0
        assert window.ctx.user.id == amy
    finally:
        finish(window, qtbot)


def test_a_save_waits_its_turn_behind_a_long_sync_batch_instead_of_failing(
        empty: Store) -> None:
    """A batch transaction longer than SQLite's busy timeout (5 s) would otherwise end a
    concurrent save with "database is locked"."""
    store = taking_turns(empty)
    holding = threading.Event()

    def long_batch() -> None:
        with store.write.begin() as s:
            s.add(WorkspaceSetting(key="batch", value="applied"))
            s.flush()
            holding.set()
            time.sleep(6)

    batch = threading.Thread(target=long_batch)
    batch.start()
    holding.wait(5)
    with store.write.begin() as s:
        s.add(WorkspaceSetting(key="note", value="kept"))
    batch.join()
    assert {"batch": "applied", "note": "kept"}.items() <= _settings(empty).items()
    with empty.session() as s:
        assert pending_count(s) == 0


@backends
def test_a_real_conflict_in_the_view_and_restore_mine_wins_the_next_sync(
        server: Server, people: dict[str, Any], tmp_path: Path, qtbot: QtBot,
        qtmodeltester: Any) -> None:
    http, _db, _url = server
    base = str(http.base_url).rstrip("/")
    window = open_window(tmp_path / "amy.db", tmp_path, qtbot, MemoryStore())
    lea = Laptop(tmp_path, http, "lea")
    try:
        signed_in(window, qtbot, base, "amy")
        store = window.ctx.store
        with store.write.begin() as s:
            account = new_account(s, name="Harbour Freight Co", owner_id=people["amy"],
                                  team_id=people["East"])
        window.sync.sync_now()
        synced(window, qtbot)
        lea.sync()
        with store.write.begin() as s:  # both edit the address; lea's edit is later
            update_account_field(s, account, "address", "1 Amy Road")
        with lea.store.write.begin() as s:
            update_account_field(s, account, "address", "2 Lea Street")
        window.sync.sync_now()
        synced(window, qtbot)
        lea.sync()
        window.sync.sync_now()
        synced(window, qtbot)
        qtbot.waitUntil(window.conflicts.isVisible, timeout=10000)
        assert window.conflicts.text() == "⚠ 1 conflict"

        qtbot.mouseClick(window.conflicts, Qt.MouseButton.LeftButton)
        view = window.conflicts_view
        assert view is not None and view.isVisible()
        qtbot.waitUntil(lambda: view.is_loaded, timeout=10000)
        qtmodeltester.check(view.model)
        assert view.model.rowCount() == 1
        cells = [view.model.index(0, col).data() for col in (COL_FIELD, COL_MINE, COL_THEIRS)]
        assert cells == ["Address", "1 Amy Road", "2 Lea Street"]
        assert "Harbour Freight Co" in view.model.index(0, 0).data()
        assert view.restore.isEnabled()

        # the restore is a new edit: sent by itself soon after, and it wins
        with qtbot.waitSignal(window.sync.synced, timeout=30000):
            qtbot.mouseClick(view.restore, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: view.is_loaded and view.model.rowCount() == 0,
                            timeout=10000)
            with store.session() as s:
                assert unresolved_count(s) == 0
                assert s.scalars(select(OutboxEntry.fields)).all() == [
                    {"address": "1 Amy Road"}]
        synced(window, qtbot)
        assert not window.conflicts.isVisible()
        assert window.pending.text() == "0 changes waiting to sync"
        with store.session() as s:
            assert s.scalar(select(OutboxEntry.seq)) is None
        lea.sync()
        with lea.store.session() as s:
            assert s.scalar(select(Account.address).where(Account.id == account)) == \
                "1 Amy Road"
        window.ctx.selection.select_account(account)
        qtbot.waitUntil(lambda: window.card.data is not None
                        and window.card.data.card.address == "1 Amy Road", timeout=10000)
    finally:
        lea.close()
        finish(window, qtbot)


@backends
def test_a_refused_new_lead_stays_marked_where_it_was_made_and_discard_asks_first(
        server: Server, people: dict[str, Any], tmp_path: Path, qtbot: QtBot) -> None:
    """Amy's new lead names a team she is not in: the server refuses it, and the lead
    stays in her queue, on its card and in its timeline, marked with the reason.
    Discard says what it removes and removes nothing until she confirms."""
    http, _db, _url = server
    base = str(http.base_url).rstrip("/")
    window = open_window(tmp_path / "amy.db", tmp_path, qtbot, MemoryStore())
    try:
        signed_in(window, qtbot, base, "amy")
        store = window.ctx.store
        with store.write.begin() as s:
            account = new_account(s, name="Westward Freight Co", owner_id=people["amy"],
                                  team_id=people["West"])
            new_contact(s, account, name="Wang Fang")
            call = log_activity(s, account, people["amy"], ActivityInput(
                ActivityKind.CALL, None, "asked for a quote", None))
        window.sync.sync_now()
        synced(window, qtbot)
        queue = window.queue.model
        qtbot.waitUntil(lambda: queue.row_of(account) >= 0, timeout=15000)
        cell = queue.index(queue.row_of(account), QueueModel.COL_COMPANY)
        qtbot.waitUntil(lambda: cell.data(REFUSED_ROLE) is not None, timeout=15000)
        assert cell.data() == "⚠ Westward Freight Co"
        assert "member of the record's team" in cell.data(REFUSED_ROLE)
        assert "Not on the server" in cell.data(Qt.ItemDataRole.ToolTipRole)

        # the status bar leads to it from any queue
        qtbot.waitUntil(window.refused.isVisible, timeout=10000)
        assert window.refused.text() == "⚠ 1 company with a refused record"
        qtbot.mouseClick(window.refused, Qt.MouseButton.LeftButton)
        assert window.ctx.selection.account_id == account
        card = window.card
        qtbot.waitUntil(lambda: card.data is not None and card.data.card.id == account,
                        timeout=15000)
        synced(window, qtbot)
        assert card.refused_banner.isVisible()
        assert "must be a member of the record" in card.refused_text.text()
        assert card.fix_button.isVisible() and card.discard_button.isVisible()
        assert "Not on the server" in card.people.text()  # the contact, refused with it
        timeline = window.timeline.model
        marked = [timeline.index(i, 0) for i in range(timeline.rowCount())
                  if timeline.index(i, 0).data(ACTIVITY_REFUSED_ROLE)]
        assert [i.data(ACTIVITY_ID_ROLE) for i in marked] == [call]
        qtbot.mouseClick(card.fix_button, Qt.MouseButton.LeftButton)
        assert window.focusWidget() is card.fields["name"].editor

        def ask() -> QMessageBox:
            qtbot.mouseClick(card.discard_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: card.discard_box is not None
                            and card.discard_box.isVisible(), timeout=10000)
            assert card.discard_box is not None
            return card.discard_box

        box = ask()
        assert "the company, 1 contact and 1 activity" in box.text()
        box.button(QMessageBox.StandardButton.Cancel).click()  # she thinks better of it
        qtbot.waitUntil(lambda: card.discard_box is None, timeout=10000)
        synced(window, qtbot)
        with store.session() as s:
            assert s.get(Account, account) is not None
        assert queue.row_of(account) >= 0 and card.refused_banner.isVisible()

        box = ask()
        yes = next(b for b in box.buttons()
                   if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
        yes.click()
        qtbot.waitUntil(lambda: queue.row_of(account) < 0, timeout=15000)
        synced(window, qtbot)
        with store.session() as s:
            assert s.get(Account, account) is None and s.get(Activity, call) is None
            assert s.scalar(select(func.count()).select_from(Contact)) == 0
            assert s.scalar(select(func.count()).select_from(RefusedRecord)) == 0
            assert pending_count(s) == 0
        assert window.ctx.selection.account_id is None
        qtbot.waitUntil(lambda: not window.refused.isVisible(), timeout=10000)
    finally:
        finish(window, qtbot)


def test_a_revoked_token_pauses_sync_and_asks_for_the_password_again(
        server: Server, people: dict[str, Any], tmp_path: Path, qtbot: QtBot) -> None:
    http, _db, _url = server
    base = str(http.base_url).rstrip("/")
    secrets = MemoryStore()
    window = open_window(tmp_path / "amy.db", tmp_path, qtbot, secrets)
    key = token_key(window.ctx.store.client_id, base, "amy")
    try:
        signed_in(window, qtbot, base, "amy")
        token = read_entry(secrets.get(key) or "").token
        assert http.post("/v1/logout", headers={"Authorization": f"Bearer {token}"}
                         ).status_code == 204
        window.sync.sync_now()
        qtbot.waitUntil(lambda: window.sync.status.state is State.SIGN_IN, timeout=20000)
        assert "Sign in needed" in window.online.text()
        # the window asks for the password at once, saying why
        dialog = window.sign_in_dialog
        assert dialog is not None and dialog.isVisible()
        assert "expired or was revoked" in dialog.note.text()
        assert (dialog.server.text(), dialog.username.text()) == (base, "amy")
        qtbot.waitUntil(lambda: secrets.get(key) is None and not window.sync.busy,
                        timeout=5000)
        window.sync.sync_now()  # paused: nothing runs until the user signs in
        assert not window.sync.busy and window.sync.status.state is State.SIGN_IN
        window.online.linkActivated.emit("sign-in")  # the status bar link: the same dialog
        assert window.sign_in_dialog is dialog and dialog.isVisible()
        dialog.password.setText(PASSWORD)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.sync.status.state is State.ONLINE
                        and not window.sync.busy, timeout=30000)
        token_after = read_entry(secrets.get(key) or "").token
        assert token_after not in ("", token)
        token = token_after
    finally:
        finish(window, qtbot)
    # revoked while the app was closed: the next start asks for the password
    assert http.post("/v1/logout", headers={"Authorization": f"Bearer {token}"}
                     ).status_code == 204
    again = open_window(tmp_path / "amy.db", tmp_path, qtbot, secrets)
    try:
        again.start_sync()
        qtbot.waitUntil(lambda: again.sign_in_dialog is not None
                        and again.sign_in_dialog.isVisible(), timeout=20000)
        assert again.sign_in_dialog is not None
        assert "expired or was revoked" in again.sign_in_dialog.note.text()
        assert again.sync.status.state is State.SIGN_IN
    finally:
        finish(again, qtbot)


@backends
def test_two_workspaces_of_one_user_each_keep_their_own_token(
        server: Server, people: dict[str, Any], tmp_path: Path, qtbot: QtBot) -> None:
    """Two workspaces signed in as amy on one computer (one keyring): each sends its
    own edits, with its own token; neither is asked for the password again."""
    http, db, _url = server
    base = str(http.base_url).rstrip("/")
    secrets = MemoryStore()
    windows = [open_window(tmp_path / f"{name}.db", tmp_path, qtbot, secrets)
               for name in ("office", "home")]
    try:
        for window in windows:
            signed_in(window, qtbot, base, "amy")
        for window, name in zip(windows, ("Office Edit Ltd.", "Home Edit Ltd."), strict=True):
            with window.ctx.store.write.begin() as s:
                new_account(s, name=name, owner_id=people["amy"], team_id=people["East"])
        for window in windows:
            window.sync.sync_now()
            synced(window, qtbot)
            assert window.sync.status.state is State.ONLINE, window.sync.status.message
            assert pending_count_of(window.ctx.store) == 0
            assert window.sign_in_dialog is not None and not window.sign_in_dialog.isVisible()
        assert len(secrets.secrets) == 2  # one token each
    finally:
        for window in windows:
            finish(window, qtbot)
    with db.session() as s:
        names = set(s.scalars(select(Account.name)))
    assert {"Office Edit Ltd.", "Home Edit Ltd."} <= names


def test_with_no_keyring_the_app_says_so_and_asks_again_at_the_next_start(
        server: Server, people: dict[str, Any], tmp_path: Path, qtbot: QtBot) -> None:
    http, _db, _url = server
    base = str(http.base_url).rstrip("/")
    window = open_window(tmp_path / "amy.db", tmp_path, qtbot, NoKeyring())
    try:
        window.sign_in()
        dialog = window.sign_in_dialog
        assert dialog is not None and dialog.note.text() == NO_KEYRING
        dialog.reject()
        signed_in(window, qtbot, base, "amy")  # works for this run, from memory
        assert window.sync.status.state is State.ONLINE
    finally:
        finish(window, qtbot)
    again = open_window(tmp_path / "amy.db", tmp_path, qtbot, NoKeyring())
    try:
        again.start_sync()
        qtbot.waitUntil(lambda: again.sign_in_dialog is not None
                        and again.sign_in_dialog.isVisible(), timeout=10000)
        dialog = again.sign_in_dialog
        assert dialog is not None
        assert dialog.note.text() == NO_KEYRING
        assert (dialog.server.text(), dialog.username.text()) == (base, "amy")
        assert "Sign in needed" in again.online.text()
    finally:
        finish(again, qtbot)


@backends
def test_signing_in_as_a_lead_then_to_another_server_shows_only_whose_records_they_are(
        server: Server, people: dict[str, Any], tmp_path: Path, qtbot: QtBot) -> None:
    """A new laptop signed in as East's lead offers the whole team's queue at once. The
    same workspace signed in to another server is refused while it holds the lead's
    unsent edit; once that is sent, it keeps only what the other server gives."""
    http, _db, _url = server
    base = str(http.base_url).rstrip("/")
    amy = Laptop(tmp_path, http, "amy")
    with amy.store.write.begin() as s:
        new_account(s, name="Eastern Harbour Co", owner_id=people["amy"],
                    team_id=people["East"])
    amy.sync()
    window = open_window(tmp_path / "lea.db", tmp_path, qtbot, MemoryStore())
    try:
        assert window.queue.filter.findData(QueueFilter.TEAM.value) < 0  # "Me", a rep
        signed_in(window, qtbot, base, "lea")
        queue = window.queue
        assert queue.filter.currentData() == QueueFilter.TEAM.value  # "Whole team"
        qtbot.waitUntil(lambda: queue.model.rowCount() == 1, timeout=15000)
        assert queue.model.index(0, 0).data() == "Eastern Harbour Co"

        store = window.ctx.store
        with store.write.begin() as s:  # made offline, not sent yet
            edit = update_account_field(s, _only_account(store), "industry", "Logistics")
            assert edit.problem is None
        with database_url("postgres", tmp_path) as other_url:
            made = server_cli_here("init", "--database-url", other_url, "--admin", "lea",
                                   password=PASSWORD)
            assert made.returncode == 0, made.stderr
            with running_server(other_url) as (other, _other_db):
                sign_in(window, qtbot, other, "lea")
                dialog = window.sign_in_dialog
                assert dialog is not None and dialog.isVisible()
                assert "1 change(s) by “lea” not yet sent" in dialog.message.text()
                assert window.sync.status.server == base and pending_count_of(store) == 1
                dialog.reject()

                window.sync.sync_now()  # sent to the first server, as lea
                synced(window, qtbot)
                assert pending_count_of(store) == 0

                sign_in(window, qtbot, other, "lea")  # an admin there, with no accounts
                dialog = window.sign_in_dialog
                assert dialog is not None and dialog.isVisible()
                assert dialog.ok.text() == "Replace and sign in"
                assert "holds the records of “lea”" in dialog.message.text()
                assert window.sync.status.server == base and _only_account(store)
                qtbot.keyClicks(dialog.username, "x")  # someone else: the question goes
                assert dialog.ok.text() == "Sign in" and dialog.message.text() == ""
                dialog.username.setText("lea")
                qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # asked again
                qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
                assert dialog.ok.text() == "Replace and sign in"
                with qtbot.waitSignal(window.sync.records_forgotten, timeout=20000):
                    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # go ahead
                assert "held another person's records" in \
                    window.statusBar().currentMessage()
                qtbot.waitUntil(lambda: window.sync.status.last_sync is not None
                                and not window.sync.status.syncing, timeout=30000)
                synced(window, qtbot)
                assert window.sync.status.server == other
                assert queue.filter.currentData() == QueueFilter.TEAM.value
                qtbot.waitUntil(lambda: queue.model.rowCount() == 0, timeout=15000)
                with store.session() as s:
                    assert s.scalar(select(func.count()).select_from(Account)) == 0
                    users = set(s.scalars(select(User.username)))
                assert users == {"lea"} and window.ctx.user.role is Role.ADMIN
        amy.sync()
        with amy.store.session() as s:
            assert s.scalars(select(Account.industry)).one() == "Logistics"
    finally:
        amy.close()
        finish(window, qtbot)


def _only_account(store: Store) -> uuid.UUID:
    with store.session() as s:
        return s.scalars(select(Account.id)).one()


def pending_count_of(store: Store) -> int:
    with store.session() as s:
        return pending_count(s)


def test_closing_the_window_while_the_server_hangs_does_not_wait_for_it(
        tmp_path: Path, qtbot: QtBot) -> None:
    """At the next start, the saved sign-in syncs without asking for the password. The
    server takes the connection and never answers (or the link dropped without a word):
    closing the window ends the sync's request at once instead of waiting a minute."""
    with socket.socket() as hung:
        hung.bind(("127.0.0.1", 0))
        hung.listen()  # the system accepts connections for it; nothing ever answers
        base = f"http://127.0.0.1:{hung.getsockname()[1]}"
        path = tmp_path / "amy.db"
        store = open_store(path, create=True)
        client_id = store.client_id
        with store.write.begin() as s:  # signed in at the last run
            keys.SERVER_URL.put(s, base)
            keys.SYNC_USER.put(s, "amy")
        store.close()
        secrets = MemoryStore()
        secrets.put(token_key(client_id, base, "amy"), "a token from the last run")
        window = open_window(path, tmp_path, qtbot, secrets)
        window.start_sync()
        # the token from the keyring is used: no password asked for
        qtbot.waitUntil(lambda: window.sync.status.syncing, timeout=5000)
        time.sleep(0.5)  # the request is out, waiting for an answer
        assert window.sync.busy and window.sign_in_dialog is None
        started = time.monotonic()
        window.close()
        # far below the request's own minute (a machine busy with other work may take
        # a few seconds to wind the window down)
        assert window.sync.wait(20000) and time.monotonic() - started < 20 < (
            TIMEOUT.read or 0) / 2
        window.ctx.store.close()


@backends
def test_signing_out_just_before_quitting_still_ends_the_token(
        server: Server, people: dict[str, Any], tmp_path: Path, qtbot: QtBot) -> None:
    http, _db, _url = server
    base = str(http.base_url).rstrip("/")
    secrets = MemoryStore()
    window = open_window(tmp_path / "amy.db", tmp_path, qtbot, secrets)
    signed_in(window, qtbot, base, "amy")
    token = read_entry(secrets.get(token_key(window.ctx.store.client_id, base, "amy")) or ""
                       ).token
    assert token and http.get("/v1/me", headers={"Authorization": f"Bearer {token}"}
                              ).status_code == 200
    window.sign_out_action.trigger()
    window.close()  # at once, as a rep does at the end of the day
    assert window.sync.wait(10000)
    assert "Local only" in window.online.text() and secrets.secrets == {}
    assert http.get("/v1/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    saved = _settings(window.ctx.store)
    assert keys.SYNC_USER.name not in saved and saved[keys.SYNC_USER_ID.name] == people["amy"].hex
    window.ctx.store.close()
