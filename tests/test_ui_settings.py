"""File ▸ Settings…: built from the one declaration, OK saves what changed, Cancel and
bad input save nothing, and the mail password stays out of the settings file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from crmdesk.app import message_settings as ms
from crmdesk.secrets import MemoryStore, smtp_key
from crmdesk.store import queries as q
from crmdesk.store.db import Store
from crmdesk.store.workspace_keys import PHONE_REGION
from crmdesk.ui.changes import ChangeBus, Selection
from crmdesk.ui.context import AppContext
from crmdesk.ui.mail_settings_dialog import MailSettingsDialog
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.settings import (
    AGENDA_REMIND_AT,
    AGENDA_TOLD,
    DECLARED,
    LANGUAGE,
    QUEUE_FILTER,
    SYNC_INTERVAL,
    THEME,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    user_settings,
)
from crmdesk.ui.settings_dialog import SettingsDialog, time_of_day
from crmdesk.ui.style import apply_theme, is_dark
from crmdesk.ui.tasks import TaskRunner
from crmdesk.ui.words import word
from tests.conftest import TODAY


@pytest.fixture
def window(seeded: Store, tmp_path: Path, qtbot: QtBot) -> Iterator[MainWindow]:
    with seeded.session() as session:
        user = q.first_rep(session)
    assert user is not None
    app = QApplication.instance()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(seeded, user, TaskRunner(app), ChangeBus(app), Selection(app), settings,
                     today=lambda: TODAY)
    win = MainWindow(ctx, secrets=MemoryStore())
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitUntil(win.is_settled, timeout=15000)
    yield win
    win.close()


def stored_user_keys(settings: QSettings) -> set[str]:
    """The user settings in the file (the agenda keeps its own memory there too)."""
    return set(settings.allKeys()) & {s.key for s in user_settings()}


def open_dialog(window: MainWindow) -> SettingsDialog:
    """File ▸ Settings…, as the menu opens it."""
    file = next(a for a in window.menuBar().actions() if a.text() == "&File").menu()
    item = next(a for a in file.actions() if a.text() == "Settings…")
    assert item.shortcut().toString() == "Ctrl+,"
    item.trigger()
    return next(d for d in window.findChildren(SettingsDialog) if d.isVisible())


def test_every_declared_user_setting_is_shown_and_no_internal_one(
        window: MainWindow) -> None:
    dialog = open_dialog(window)
    internal = {WINDOW_GEOMETRY, WINDOW_STATE, QUEUE_FILTER, AGENDA_TOLD}
    assert {s.key for s in user_settings()} == {s.key for s in DECLARED} - {
        s.key for s in internal}
    assert set(dialog.editors) == {LANGUAGE.key, THEME.key, SYNC_INTERVAL.key,
                                   AGENDA_REMIND_AT.key}
    pages = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert pages == ["General", "Work", "Messages"]
    for setting, editor, _first in dialog.editors.values():
        assert setting.shown is not None
        page = dialog.tabs.widget(pages.index(word(setting.shown.page)))
        assert page.isAncestorOf(editor)
        labels = [label.text() for label in page.findChildren(QLabel)]
        assert word(setting.shown.label) in labels
    work = dialog.tabs.widget(1)
    assert work.isAncestorOf(dialog.region)
    assert dialog.tabs.widget(2).isAncestorOf(dialog.mail_button)


def test_ok_stores_what_changed_and_cancel_stores_nothing(window: MainWindow,
                                                          qtbot: QtBot) -> None:
    settings = window.ctx.settings
    LANGUAGE.set(settings, "fr")  # a hand-edited file: none of ours, left alone it stays
    dialog = open_dialog(window)
    editor = dialog.editors[AGENDA_REMIND_AT.key][1]
    assert isinstance(editor, QLineEdit) and editor.text() == "09:00"
    editor.setText("8:30")
    dialog.editors[SYNC_INTERVAL.key][1].setValue(300)  # type: ignore[union-attr]
    dialog.reject()
    assert AGENDA_REMIND_AT.get(settings) == "09:00" and SYNC_INTERVAL.get(settings) == 60
    assert stored_user_keys(settings) == {LANGUAGE.key}

    dialog = open_dialog(window)
    dialog.editors[AGENDA_REMIND_AT.key][1].setText("8:30")  # type: ignore[union-attr]
    dialog.editors[SYNC_INTERVAL.key][1].setValue(300)  # type: ignore[union-attr]
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert AGENDA_REMIND_AT.get(settings) == "08:30"  # as the agenda reads it
    assert SYNC_INTERVAL.get(settings) == 300
    assert window.sync.interval_s == 300  # the running sync follows at once
    assert LANGUAGE.get(settings) == "fr" and THEME.key not in settings.allKeys()
    assert not [box for box in window.findChildren(QMessageBox) if box.isVisible()]


def test_a_bad_reminder_time_is_refused_and_nothing_is_saved(window: MainWindow) -> None:
    settings = window.ctx.settings
    dialog = open_dialog(window)
    dialog.editors[SYNC_INTERVAL.key][1].setValue(120)  # type: ignore[union-attr]
    dialog.editors[AGENDA_REMIND_AT.key][1].setText("25:00")  # type: ignore[union-attr]
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error.text() == ("Reminder time: “25:00” is not a time of day. Type hours "
                                   "and minutes as HH:MM, from 00:00 to 23:59.")
    assert stored_user_keys(settings) == set()  # not even the good interval
    assert window.sync.interval_s == 60
    assert [time_of_day(t) for t in ("9:05", "23:59", "24:00", "9.30", "12:5", "")] == [
        "09:05", "23:59", None, None, None, None]


def test_a_new_language_is_said_to_come_at_the_next_start(window: MainWindow,
                                                         qtbot: QtBot) -> None:
    dialog = open_dialog(window)
    language = dialog.editors[LANGUAGE.key][1]
    assert isinstance(language, QComboBox)
    assert language.currentText().startswith("System language (")
    language.setCurrentIndex(language.findData("he"))
    dialog.accept()
    assert LANGUAGE.get(window.ctx.settings) == "he"
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    assert box.text() == "crmdesk will use עברית when you next start it."
    box.accept()
    assert window.tr("Lead queue") == "Lead queue"  # the window itself is unchanged now


def test_the_theme_applies_at_once(window: MainWindow, qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    dialog = open_dialog(window)
    theme = dialog.editors[THEME.key][1]
    assert isinstance(theme, QComboBox) and theme.currentData() == "system"
    theme.setCurrentIndex(theme.findData("dark"))
    dialog.accept()
    try:
        assert THEME.get(window.ctx.settings) == "dark"
        assert is_dark()
        qtbot.waitUntil(lambda: is_dark(window), timeout=5000)  # the window repaints so
    finally:
        apply_theme(app, "system")
    qtbot.waitUntil(lambda: not is_dark(window), timeout=5000)


def test_the_phone_region_is_saved_with_the_rest(window: MainWindow, qtbot: QtBot,
                                                 seeded: Store) -> None:
    dialog = open_dialog(window)
    dialog.region.setCurrentIndex(dialog.region.findData("US"))
    dialog.editors[AGENDA_REMIND_AT.key][1].setText("10:15")  # type: ignore[union-attr]
    dialog.accept()
    qtbot.waitUntil(lambda: window.ctx.region == "US", timeout=5000)
    with seeded.session() as s:
        assert PHONE_REGION.get(s) == "US"
    assert AGENDA_REMIND_AT.get(window.ctx.settings) == "10:15"


def test_the_mail_password_never_lands_in_the_settings_file(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = open_dialog(window)
    dialog.tabs.setCurrentIndex(2)
    dialog.mail_button.click()
    mail = next(d for d in dialog.findChildren(MailSettingsDialog) if d.isVisible())
    qtbot.waitUntil(lambda: mail.loaded is not None, timeout=10000)
    mail.host.setText("smtp.example.com")
    mail.user.setText("amy")
    mail.password.setText("s3cret-口令-9")
    mail.from_address.setText("Amy <amy@example.com>")
    mail.box.accepted.emit()
    qtbot.waitUntil(lambda: not mail.isVisible(), timeout=10000)
    dialog.editors[SYNC_INTERVAL.key][1].setValue(90)  # type: ignore[union-attr]
    dialog.accept()
    window.ctx.settings.sync()
    assert window.secret_store().get(smtp_key("smtp.example.com", "amy")) == "s3cret-口令-9"
    assert ms.mail_settings(window.ctx.app).smtp_password_kept
    written = (tmp_path / "settings.ini").read_bytes()
    assert b"interval_seconds=90" in written
    assert "s3cret-口令-9".encode() not in written
    values = [str(window.ctx.settings.value(k)) for k in window.ctx.settings.allKeys()]
    assert not any("s3cret" in v for v in values)
