"""The window's calendar and vCard menu items, with real widgets over a real workspace
file (and, for the feed's address, the real server on loopback)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from icalendar import Calendar
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crmdesk.domain.contact_cards import Card, read_cards
from crmdesk.secrets import MemoryStore, feed_key, kept_entry, token_key
from crmdesk.store import workspace_keys as keys
from crmdesk.store.db import Store
from crmdesk.store.models import Contact
from crmdesk.store.queries import user_by_id
from crmdesk.ui import calendar_files, feed_dialog
from crmdesk.ui.changes import ChangeBus, Selection
from crmdesk.ui.context import AppContext
from crmdesk.ui.feed_dialog import FeedDialog
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.tasks import TaskRunner
from tests.server_fixtures import PASSWORD, login
from tests.test_calendar_export import calendar_world

#: The feed's test needs one server database, not both.
SERVER_BACKENDS = ("sqlite",)


def _window(store: Store, user_id: uuid.UUID, tmp_path: Path, qtbot: QtBot,
            secrets: MemoryStore) -> MainWindow:
    with store.session() as s:
        user = user_by_id(s, user_id)
    assert user is not None
    app = QApplication.instance()
    ctx = AppContext(store, user, TaskRunner(app), ChangeBus(app), Selection(app),
                     QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(ctx, secrets=secrets)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(window.is_settled, timeout=15000)
    return window


@pytest.fixture
def amy_window(empty: Store, tmp_path: Path, qtbot: QtBot
               ) -> Iterator[tuple[MainWindow, dict[str, uuid.UUID]]]:
    ids = calendar_world(empty)
    window = _window(empty, ids["amy"], tmp_path, qtbot, MemoryStore())
    yield window, ids
    window.ctx.runner.wait()


def _item(window: MainWindow, text: str) -> QAction:
    """The menu item called `text`, as the user finds it in the menu bar."""
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions() if menu is not None else ():  # type: ignore[union-attr]
            if action.text() == text:
                return action
    raise AssertionError(f"no menu item {text!r}")


def test_file_menu_saves_the_calendar_and_the_cards(
        amy_window: tuple[MainWindow, dict[str, uuid.UUID]], tmp_path: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window, ids = amy_window
    ics, vcf = tmp_path / "amy.ics", tmp_path / "people.vcf"
    answers = iter([(str(ics), "iCalendar (*.ics)"), (str(vcf), "vCard 4.0 (*.vcf)")])
    monkeypatch.setattr(calendar_files.QFileDialog, "getSaveFileName",
                        lambda *_args, **_kw: next(answers))
    _item(window, "Export follow-ups and tasks (.ics)…").trigger()
    qtbot.waitUntil(lambda: ics.exists() and window.ctx.runner.pending == 0, timeout=10000)
    events = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert {str(e["UID"]) for e in events} == {f"follow-up-{ids['star']}@crmdesk",
                                               f"task-{ids['task']}@crmdesk"}
    assert "Saved 2 follow-up(s)" in window.statusBar().currentMessage()
    _item(window, "Export contacts (vCard)…").trigger()
    qtbot.waitUntil(lambda: vcf.exists() and window.ctx.runner.pending == 0, timeout=10000)
    text = vcf.read_bytes().decode()
    assert text.count("VERSION:4.0") == 2
    names = {c.name for c in read_cards(text) if isinstance(c, Card)}
    assert names == {"王小明", "李四"}


def test_import_contacts_shows_what_became_of_each_card(
        amy_window: tuple[MainWindow, dict[str, uuid.UUID]], tmp_path: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window, ids = amy_window
    path = tmp_path / "in.vcf"
    path.write_bytes(
        ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:赵六\r\nORG:北京星辰科技有限公司\r\n"
         "TEL;TYPE=CELL:137 0000 3333\r\nEND:VCARD\r\n"
         "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:No Company\r\nEND:VCARD\r\n").encode())
    monkeypatch.setattr(calendar_files.QFileDialog, "getOpenFileName",
                        lambda *_args, **_kw: (str(path), "vCard (*.vcf)"))
    _item(window, "Import contacts (vCard)…").trigger()

    def shown() -> QMessageBox | None:
        return next((box for box in window.findChildren(QMessageBox) if box.isVisible()),
                    None)

    qtbot.waitUntil(lambda: shown() is not None, timeout=10000)
    box = shown()
    assert box is not None
    assert "imported 1 contact(s); 0 already known (left unchanged); 1 skipped" in box.text()
    assert "organisation" in box.detailedText()
    box.close()
    with window.ctx.store.session() as s:
        assert s.scalar(select(Contact.account_id).where(Contact.name == "赵六")) == ids["star"]


def test_the_feed_address_is_got_copied_and_replaced(
        server: tuple[httpx.Client, Any, str], empty: Store, tmp_path: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    http, _db, _url = server
    base = str(http.base_url).rstrip("/")
    ids = calendar_world(empty)
    with empty.write.begin() as s:  # this workspace syncs with the server as amy
        keys.SERVER_URL.put(s, base)
        keys.SYNC_USER.put(s, "amy")
    signed = login(http, "amy", PASSWORD, client_id=empty.client_id).json()
    secrets = MemoryStore()
    secrets.put(token_key(empty.client_id, base, "amy"),
                kept_entry(signed["token"], datetime.fromisoformat(signed["expires_at"])))
    window = _window(empty, ids["amy"], tmp_path, qtbot, secrets)
    _item(window, "Calendar feed address…").trigger()
    dialog = window.findChild(FeedDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert dialog.address.text() == "" and dialog.renew.text() == "Get address"
    qtbot.mouseClick(dialog.renew, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and bool(dialog.address.text()), timeout=10000)
    first = dialog.address.text()
    assert first.startswith(f"{base}/v1/feed/") and first.endswith(".ics")
    got = httpx.get(first, timeout=30)
    assert got.status_code == 200 and got.headers["content-type"].startswith("text/calendar")
    assert secrets.get(feed_key(base, "amy")) == first  # kept as tokens are
    qtbot.mouseClick(dialog.copy, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == first
    # a new address: asked first, then the old one stops working
    monkeypatch.setattr(feed_dialog.QMessageBox, "question",
                        lambda *_args, **_kw: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.renew, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.address.text() != first,
                    timeout=10000)
    assert httpx.get(first, timeout=30).status_code == 404
    assert httpx.get(dialog.address.text(), timeout=30).status_code == 200
    dialog.close()
    window.ctx.runner.wait()
