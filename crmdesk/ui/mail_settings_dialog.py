"""Mail and SMS settings (Messages → Mail and SMS settings…): the mail server (address,
port, STARTTLS or TLS from the start, user, from-address, a certificate to trust) and
the SMS gateway (address, the JSON body it takes, the header carrying its key), over
crmdesk.app.message_settings. The password and the gateway's key go to this computer's
keyring only, never the workspace: a field left empty keeps the one kept."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.app import message_desk as desk
from crmdesk.app import message_settings as ms
from crmdesk.app.changes import Done
from crmdesk.app.context import Context
from crmdesk.ui.context import AppContext
from crmdesk.ui.style import error_color, muted, ok_color
from crmdesk.ui.wheel import ComboBox, SpinBox
from crmdesk.ui.words import refusal_words, said, word

#: The usual port of each way of securing the connection.
PORTS = {"starttls": 587, "tls": 465}


class MailSettingsDialog(QDialog):
    """Where email and SMS go out, and how."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Mail and SMS settings"))
        self.loaded: ms.MailSettings | None = None
        # ---- email
        self.host = QLineEdit()
        self.host.setPlaceholderText("smtp.example.com")
        self.security = ComboBox()
        self.security.addItem(self.tr("STARTTLS (usually port 587)"), "starttls")
        self.security.addItem(self.tr("TLS from the start (usually port 465)"), "tls")
        self.port = SpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.from_address = QLineEdit()
        self.from_address.setPlaceholderText("Amy Chen <amy@example.com>")
        self.ca_file = QLineEdit()
        self.ca_file.setPlaceholderText(self.tr("only for a company's own certificate "
                                                "authority"))
        browse = QPushButton(self.tr("Browse…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)
        self.try_button = QPushButton(self.tr("Save and try the connection"))
        self.try_button.setAutoDefault(False)
        self.try_button.clicked.connect(self.try_connection)
        self.tried = QLabel()
        self.tried.setWordWrap(True)
        mail = QGroupBox(self.tr("Email"))
        form = QFormLayout(mail)
        form.addRow(self.tr("Mail server"), self.host)
        form.addRow(self.tr("Connection"), self.security)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("From"), self.from_address)
        form.addRow(self.tr("Trust certificate"), ca_row)
        form.addRow("", self.try_button)
        form.addRow("", self.tried)
        # ---- SMS
        self.sms_url = QLineEdit()
        self.sms_url.setPlaceholderText("https://sms.example.com/send")
        self.sms_body = QPlainTextEdit()
        self.sms_body.setTabChangesFocus(True)
        self.sms_body.setFixedHeight(self.fontMetrics().height() * 4)
        self.sms_header = QLineEdit()
        self.sms_key = QLineEdit()
        self.sms_key.setEchoMode(QLineEdit.EchoMode.Password)
        sms = QGroupBox(self.tr("SMS gateway"))
        sms_form = QFormLayout(sms)
        sms_form.addRow(self.tr("Address"), self.sms_url)
        body_note = QLabel(self.tr("The JSON posted for each SMS: {to} is the mobile number, "
                                   "{text} the message."))
        body_note.setWordWrap(True)
        body_note.setStyleSheet(f"QLabel {{ color: {muted(self).name()}; }}")
        sms_form.addRow(self.tr("Request body"), self.sms_body)
        sms_form.addRow("", body_note)
        sms_form.addRow(self.tr("Key header"), self.sms_header)
        sms_form.addRow(self.tr("Key"), self.sms_key)
        # ---- the rest
        self.keyring = QLabel(self.tr("Passwords and keys are kept in this computer's "
                                      "keyring, never in the workspace."))
        self.keyring.setWordWrap(True)
        self.keyring.setStyleSheet(f"QLabel {{ color: {muted(self).name()}; }}")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"QLabel {{ color: {error_color(self).name()}; }}")
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                    QDialogButtonBox.StandardButton.Cancel)
        self.box.accepted.connect(self.save)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(mail)
        layout.addWidget(sms)
        layout.addWidget(self.keyring)
        layout.addWidget(self.error)
        layout.addWidget(self.box)
        self.security.currentIndexChanged.connect(self._security_changed)
        self.resize(620, 640)
        self.load()

    def load(self) -> None:
        app = self._ctx.app

        def read() -> tuple[ms.MailSettings, str | None]:
            return ms.mail_settings(app), app.secrets().warning

        self._ctx.runner.run(read, self._show, key="mail-settings")

    def _show(self, got: tuple[ms.MailSettings, str | None]) -> None:
        if not shiboken6.isValid(self):
            return
        now, warning = got
        self.loaded = now
        self.host.setText(now.smtp_host or "")
        self.security.blockSignals(True)
        self.security.setCurrentIndex(max(0, self.security.findData(now.smtp_security)))
        self.security.blockSignals(False)
        self.port.setValue(now.smtp_port)
        self.user.setText(now.smtp_user or "")
        self.from_address.setText(now.smtp_from or "")
        self.ca_file.setText(now.smtp_ca_file or "")
        self.password.setPlaceholderText(
            self.tr("kept in the keyring — type to change") if now.smtp_password_kept
            else self.tr("not kept yet"))
        self.sms_url.setText(now.sms_url or "")
        self.sms_body.setPlainText(now.sms_body)
        self.sms_header.setText(now.sms_auth_header)
        self.sms_key.setPlaceholderText(
            self.tr("kept in the keyring — type to change") if now.sms_key_kept
            else self.tr("not kept yet"))
        if warning:
            self.keyring.setText(word(warning))  # the secret store's, in the user's words
            self.keyring.setStyleSheet(f"QLabel {{ color: {error_color(self).name()}; }}")

    def _security_changed(self) -> None:
        # the usual port follows the choice, unless the user typed another
        if self.port.value() in PORTS.values():
            self.port.setValue(PORTS[self.security.currentData()])

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Certificate to trust"), "",
                                              self.tr("Certificates (*.pem *.crt);;All "
                                                      "files (*)"))
        if path:
            self.ca_file.setText(path)

    # ---- saving ----------------------------------------------------------------------------
    def change(self) -> tuple[dict[str, object], dict[str, object]]:
        """What the form says, as the two commands take it (a password or key only when
        typed: an empty field keeps the one kept)."""
        smtp: dict[str, object] = {
            "host": self.host.text().strip(), "port": self.port.value(),
            "security": self.security.currentData(), "user": self.user.text().strip(),
            "ca_file": self.ca_file.text().strip()}
        if self.from_address.text().strip():
            smtp["from_address"] = self.from_address.text().strip()
        if self.password.text():
            smtp["password"] = self.password.text()
        sms: dict[str, object] = {"body": self.sms_body.toPlainText().strip() or None,
                                  "auth_header": self.sms_header.text().strip() or None}
        if self.sms_url.text().strip():
            sms["url"] = self.sms_url.text().strip()
        if self.sms_key.text():
            sms["key"] = self.sms_key.text()
        return smtp, sms

    def save(self, then_try: bool = False) -> None:
        """Save both parts in one go; refused, the dialog stays open and says why.
        With `then_try`, connect to the mail server afterwards (on a reading thread:
        a server that does not answer must not hold the window's saves)."""
        smtp, sms = self.change()
        self.error.clear()
        self.box.setEnabled(False)

        def do(app: Context) -> Done[None]:
            ms.set_smtp(app, **smtp)  # type: ignore[arg-type]
            ms.set_sms(app, **sms)  # type: ignore[arg-type]
            return Done(None)

        def done(_none: None) -> None:
            if not shiboken6.isValid(self):
                return
            self.box.setEnabled(True)
            if not then_try:
                self.accept()
                return
            self.password.clear()
            self.sms_key.clear()
            self.load()
            app = self._ctx.app
            self._ctx.runner.run(lambda: desk.try_mail_server(app),
                                 lambda done: self._tried(said(done), ok=True),
                                 lambda exc: self._tried(refusal_words(exc), ok=False),
                                 key="try-mail-server")

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self.box.setEnabled(True)
            self.tried.clear()
            self.error.setText(refusal_words(exc))

        self._ctx.command(do, done, failed)

    def try_connection(self) -> None:
        """Save, then connect and sign in to the mail server, sending nothing."""
        self.tried.setText(self.tr("Connecting…"))
        self.tried.setStyleSheet(f"QLabel {{ color: {muted(self).name()}; }}")
        self.save(then_try=True)

    def _tried(self, text: str, ok: bool) -> None:
        if not shiboken6.isValid(self):
            return
        colour = ok_color(self) if ok else error_color(self)
        self.tried.setStyleSheet(f"QLabel {{ color: {colour.name()}; }}")
        self.tried.setText(text)


def open_mail_settings(ctx: AppContext, parent: QWidget) -> MailSettingsDialog:
    dialog = MailSettingsDialog(ctx, parent)
    dialog.open()
    return dialog
