"""What an empty workspace shows where the accounts will be: what to do first (import a
batch of leads, add one, or sync with the team's server to receive one's work), each as a
button. The panes place it and pass its choice on; the window does it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from crmdesk.ui.shortcuts import keys
from crmdesk.ui.style import scaled

#: What the user may choose to start with (crmdesk.ui.main_window.MainWindow.start).
IMPORT, NEW_LEAD, SYNC = "import", "new_lead", "sync"


class StartHere(QWidget):
    """"No accounts yet" and the ways to get some. `sells`: the user works leads (import
    and new lead are offered; customer service receives its customers by sync only)."""

    chosen = Signal(str)  # IMPORT, NEW_LEAD or SYNC

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Your workspace has no accounts yet"))
        self.title.setFont(scaled(self.font(), 2, bold=True))
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.buttons = {
            IMPORT: QPushButton(self.tr("Import leads from a file…  ({0})").format(
                keys("import"))),
            NEW_LEAD: QPushButton(self.tr("Add a lead…  ({0})").format(keys("new_lead"))),
            SYNC: QPushButton(self.tr("Sync with your team's server…  ({0})").format(
                keys("sync_now"))),
        }
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 16, 12, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        for what, button in self.buttons.items():
            # as narrow as the pane: the text wraps in the label above, never cut here
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button.setMinimumWidth(60)
            button.clicked.connect(lambda _c=False, w=what: self.chosen.emit(w))
            layout.addWidget(button)
        layout.addStretch(1)
        self.set_sells(True)

    def set_sells(self, sells: bool) -> None:
        """Offer what the user's role may do first."""
        self.buttons[IMPORT].setVisible(sells)
        self.buttons[NEW_LEAD].setVisible(sells)
        self.text.setText(self.tr(
            "Start with your leads: import a batch from a CSV or Excel file, or add one by "
            "hand. If your team has a server, sync to receive the accounts you work on.")
            if sells else self.tr(
            "Sync with your team's server to receive the customers you serve."))
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft)
