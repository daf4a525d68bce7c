"""Asking before a removal: a window-modal question whose one destructive button does
it; closing the box or Cancel leaves everything as it was."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from crmdesk.ui.words import tr


def ask_to_remove(parent: QWidget, text: str, on_yes: Callable[[], None],
                  done: Callable[[], None] | None = None) -> QMessageBox:
    """Open a question naming what would be removed; `on_yes` runs only if the user
    presses Remove, `done` after any answer. Returned so a caller (and a test) can hold
    it; it is not blocking, so the event loop keeps running while it is open."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("Remove"), text,
                      QMessageBox.StandardButton.Cancel, parent)
    yes = box.addButton(tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def answered(_result: int) -> None:
        if done is not None:
            done()
        if box.clickedButton() is yes:
            on_yes()

    box.finished.connect(answered)
    box.open()
    return box


def remove_button(box: QMessageBox) -> QAbstractButton:
    """The box's Remove button (for tests and keyboard users alike)."""
    return next(b for b in box.buttons()
                if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
