"""Signing in to the team's server: address, user name, password.

The password goes straight to the sync service's worker and is cleared from the box once
used; a wrong password or an unreachable server is said here, with what was typed kept.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crmdesk.ui.style import error_color, warning_color
from crmdesk.ui.sync_service import SyncService


class SignInDialog(QDialog):
    def __init__(self, service: SyncService, parent: QWidget | None = None,
                 note: str | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.setWindowTitle(self.tr("Sign in to server"))
        self.setMinimumWidth(440)
        self.server = QLineEdit(service.status.server or "")
        self.server.setPlaceholderText("https://crm.example.com")
        self.username = QLineEdit(service.status.username or "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Server address"), self.server)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        self.note = QLabel(note or "")
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        self.note.setStyleSheet(f"color: {warning_color(self).name()};")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {error_color(self).name()};")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                        QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._replace = False  # the user was told whose records signing in removes
        for box in (self.server, self.username):
            box.textEdited.connect(self._withdraw)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.password if self.server.text() and self.username.text()
         else self.server).setFocus()
        self.busy = False

    def submit(self) -> None:
        server, username = self.server.text().strip(), self.username.text().strip()
        password = self.password.text()
        missing = [label for label, value in ((self.tr("the server address"), server),
                                              (self.tr("your user name"), username),
                                              (self.tr("your password"), password))
                   if not value]
        if missing:
            self.message.setText(self.tr("Enter {0}.").format(", ".join(missing)))
            return
        if "://" not in server:
            server = f"https://{server}"
            self.server.setText(server)
        self._working(True)
        self.message.setText(self.tr("Signing in…"))
        self._service.sign_in(server, username, password, self._answered, self._replace)

    def _working(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.server, self.username, self.password, self.ok):
            widget.setEnabled(not busy)

    def _withdraw(self, _text: str) -> None:
        """Another server or user: the question asked was about someone else."""
        if self._replace:
            self._ask_replace(False)
            self.message.clear()

    def _ask_replace(self, ask: bool) -> None:
        self._replace = ask
        self.ok.setText(self.tr("Replace and sign in") if ask else self.tr("Sign in"))
        self.message.setStyleSheet(
            f"color: {(warning_color if ask else error_color)(self).name()};")

    def _answered(self, problem: str | None, question: bool) -> None:
        self._working(False)
        self._ask_replace(question)
        if problem is None:
            self.password.clear()
            self.message.clear()
            self.accept()
            return
        if question:  # the password stays: one more click goes ahead
            self.message.setText(problem + " " + self.tr(
                "Click “Replace and sign in” to go ahead."))
            self.ok.setFocus()
            return
        self.message.setText(problem)
        self.password.selectAll()
        self.password.setFocus()
