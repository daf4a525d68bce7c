"""The private calendar feed's address: shown, copied, replaced, turned off
(crmdesk.app.calendar_feed). The address holds a secret: it is shown here and put on
the clipboard when asked, and never logged."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.app.calendar_feed import FeedAddress, end_feed, new_feed, shown_feed
from crmdesk.app.changes import Done
from crmdesk.app.context import Context
from crmdesk.ui.tasks import TaskRunner
from crmdesk.ui.words import refusal_words


class FeedDialog(QDialog):
    """The address, with Copy, New address (the old stops working) and Turn off; the
    server is asked off the UI thread."""

    def __init__(self, app: Context, runner: TaskRunner, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._app, self._runner = app, runner
        self.setWindowTitle(self.tr("Calendar feed"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr(
            "Subscribe to this address in your calendar app (Google Calendar, Outlook, "
            "Apple Calendar: “add calendar from URL”) to see your open follow-ups and tasks "
            "there, kept up to date by the server. Keep it private: whoever has it sees "
            "them."))
        intro.setWordWrap(True)
        self.address = QLineEdit()
        self.address.setReadOnly(True)
        self.address.setPlaceholderText(self.tr("No address on this computer yet"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.copy = QPushButton(self.tr("Copy"))
        self.renew = QPushButton(self.tr("New address"))
        self.off = QPushButton(self.tr("Turn off"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.copy, self.renew, self.off):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy.clicked.connect(self.copy_address)
        self.renew.clicked.connect(self.ask_new)
        self.off.clicked.connect(self.ask_off)
        layout = QVBoxLayout(self)
        for widget in (intro, self.address, self.note, buttons):
            layout.addWidget(widget)
        self.busy = False
        self._show(None)
        self._run(lambda app: Done(shown_feed(app)), self._show)

    def _run(self, command: Callable[[Context], Done[FeedAddress]] | Callable[
                 [Context], Done[None]], done: Callable[[FeedAddress | None], None]) -> None:
        self.busy = True
        for button in (self.copy, self.renew, self.off):
            button.setEnabled(False)
        app = self._app
        self._runner.run(lambda: command(app).value, done, self._failed)

    def _show(self, found: FeedAddress | None) -> None:
        self.busy = False
        url = found.url if found is not None else None
        self.address.setText(url or "")
        self.copy.setEnabled(bool(url))
        self.renew.setEnabled(True)
        self.off.setEnabled(bool(url))
        self.renew.setText(self.tr("New address") if url else self.tr("Get address"))
        if found is not None and url and not found.kept:
            self.note.setText(self.tr("No secure password store on this computer: copy the "
                                      "address now, it is not kept."))

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.note.setText(refusal_words(exc))
        self.renew.setEnabled(True)
        self.copy.setEnabled(bool(self.address.text()))
        self.off.setEnabled(bool(self.address.text()))

    def copy_address(self) -> None:
        QApplication.clipboard().setText(self.address.text())
        self.note.setText(self.tr("Copied."))

    def ask_new(self) -> None:
        if self.address.text() and QMessageBox.question(
                self, self.tr("New address"),
                self.tr("Calendars subscribed to the current address will stop updating. "
                        "Get a new address?")) != QMessageBox.StandardButton.Yes:
            return
        self.note.setText("")
        self._run(new_feed, self._show)

    def ask_off(self) -> None:
        if QMessageBox.question(
                self, self.tr("Turn off"),
                self.tr("Calendars subscribed to this address will stop updating. Turn "
                        "the feed off?")) != QMessageBox.StandardButton.Yes:
            return
        self._run(end_feed, lambda _none: self._show(FeedAddress(None)))
