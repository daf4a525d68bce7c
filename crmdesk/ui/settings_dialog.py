"""File ▸ Settings… (Ctrl+,): every setting the user chooses, on pages, built from the
declaration in crmdesk.ui.settings (a setting with `Shown` appears on its page), plus
the workspace's phone region (crmdesk.app.workspace) and a way to the mail and SMS
settings (their own dialog: the password and key go to the keyring only).

OK saves what was changed and nothing else (a setting left alone keeps its stored value,
even one this window does not know); Cancel saves nothing; a value that cannot be saved
(a reminder time of 25:00) is said in words and nothing at all is saved.
"""

from __future__ import annotations

import re

import phonenumbers
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk.app import workspace
from crmdesk.ui.context import AppContext
from crmdesk.ui.dialogs import CommandDialog, buttons
from crmdesk.ui.language import say_next_start, system_language
from crmdesk.ui.mail_settings_dialog import open_mail_settings
from crmdesk.ui.region_dialog import in_name_order, region_name
from crmdesk.ui.settings import (
    LANGUAGE,
    LANGUAGES,
    MESSAGES,
    PAGES,
    THEME,
    WORK,
    Setting,
    user_settings,
)
from crmdesk.ui.style import apply_theme, muted
from crmdesk.ui.wheel import ComboBox, SpinBox
from crmdesk.ui.words import tr, word

_TIME = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")


def time_of_day(text: str) -> str | None:
    """"9:05" → "09:05"; None for text that is no time of day (25:00, 9.30, noon)."""
    found = _TIME.match(text)
    if found is None:
        return None
    hours, minutes = int(found.group(1)), int(found.group(2))
    return f"{hours:02d}:{minutes:02d}" if hours < 24 and minutes < 60 else None


Editor = ComboBox | SpinBox | QLineEdit


def _read(editor: Editor) -> object:
    if isinstance(editor, QComboBox):
        return editor.currentData()
    if isinstance(editor, SpinBox):
        return editor.value()
    return editor.text().strip()


class SettingsDialog(CommandDialog):
    """The settings on tabs: General, Work, Messages."""

    # the keys of the settings OK changed (the window applies what it must: the sync
    # interval); emitted before the dialog closes
    changed = Signal(list)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 page: str | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        self.tabs = QTabWidget()
        self.forms: dict[str, QFormLayout] = {}
        for name in PAGES:
            tab = QWidget()
            self.forms[name] = QFormLayout(tab)
            self.tabs.addTab(tab, word(name))
        # the workspace's phone region leads the Work page (a workspace key, not a
        # QSettings one: every user of this laptop's workspace reads numbers alike)
        self.region = ComboBox()
        self.region.setEditable(True)  # type a name or a code to find it
        self.region.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code in in_name_order(phonenumbers.SUPPORTED_REGIONS):
            self.region.addItem(region_name(code), code)
        self.region.setCurrentIndex(self.region.findData(ctx.region))
        self._row(WORK, QCoreApplication.translate("RegionDialog", "Phone region"),
                  self.region, QCoreApplication.translate(
                      "RegionDialog", "Phone numbers typed or imported without a country code "
                      "are read as numbers of this region. Numbers already saved keep "
                      "their country."))
        # each shown setting's editor, by key, with the value it showed at first
        self.editors: dict[str, tuple[Setting[object], Editor, object]] = {}
        for setting in user_settings():
            editor = self._editor(setting)
            self.editors[setting.key] = (setting, editor, _read(editor))
        self._messages_page()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(buttons(self, self.tr("Save")))
        if page in PAGES:
            self.tabs.setCurrentIndex(PAGES.index(page))

    # ---- building ------------------------------------------------------------------------
    def _row(self, page: str, label: str, editor: QWidget, help_text: str) -> None:
        form = self.forms[page]
        form.addRow(label, editor)
        if help_text:
            note = QLabel(help_text)
            note.setWordWrap(True)
            note.setStyleSheet(f"QLabel {{ color: {muted(self).name()}; }}")
            form.addRow("", note)

    def _editor(self, setting: Setting[object]) -> Editor:
        shown = setting.shown
        assert shown is not None
        stored = setting.get(self._ctx.settings)
        editor: Editor
        if shown.kind == "choice":
            editor = ComboBox()
            for value, label in shown.choices:
                text = label if setting is LANGUAGE and value else word(label)
                if setting is LANGUAGE and not value:  # "System language (English)"
                    text = text.format(LANGUAGES[system_language()])
                editor.addItem(text, value)
            # a value none of ours (a hand-edited file) shows the first choice
            editor.setCurrentIndex(max(0, editor.findData(stored)))
        elif shown.kind == "number":
            editor = SpinBox()
            editor.setRange(*shown.bounds)
            editor.setSuffix(word(shown.suffix))
            editor.setValue(stored if isinstance(stored, int) else 0)
        else:
            editor = QLineEdit(str(stored))
            editor.setPlaceholderText("HH:MM")
            editor.setMaxLength(5)
        editor.setObjectName(setting.key)
        self._row(shown.page, word(shown.label), editor, word(shown.help))
        return editor

    def _messages_page(self) -> None:
        form = self.forms[MESSAGES]
        note = QLabel(self.tr("Where email and SMS go out, for everyone using this "
                              "workspace. Passwords and keys are kept in this computer's "
                              "keyring, never in the workspace or these settings."))
        note.setWordWrap(True)
        self.mail_button = QPushButton(tr("Mail and SMS settings…"))
        self.mail_button.setAutoDefault(False)
        self.mail_button.clicked.connect(
            lambda: open_mail_settings(self._ctx, self))
        row = QHBoxLayout()
        row.addWidget(self.mail_button)
        row.addStretch(1)
        form.addRow(note)
        form.addRow(row)

    # ---- reading the form ----------------------------------------------------------------
    def value(self, key: str) -> object:
        """What the editor of setting `key` says now (a time as typed)."""
        return _read(self.editors[key][1])

    def changes(self) -> tuple[dict[str, object], list[str]]:
        """The settings changed (key → value to store) and the problems found."""
        changed: dict[str, object] = {}
        problems: list[str] = []
        for key, (setting, _editor, first) in self.editors.items():
            now = self.value(key)
            if now == first:
                continue  # left alone: the stored value stays, whatever it is
            shown = setting.shown
            assert shown is not None
            if shown.kind == "time":
                normal = time_of_day(str(now))
                if normal is None:
                    problems.append(self.tr("{0}: “{1}” is not a time of day. Type hours "
                                            "and minutes as HH:MM, from 00:00 to 23:59.")
                                    .format(word(shown.label), now))
                    continue
                now = normal
            changed[key] = now
        return changed, problems

    def chosen_region(self) -> str | None:
        """The region chosen; None for typed text that names no region."""
        if self.region.currentText() != self.region.itemText(self.region.currentIndex()):
            return None
        data = self.region.currentData()
        return data if isinstance(data, str) else None

    # ---- saving --------------------------------------------------------------------------
    def accept(self) -> None:
        changed, problems = self.changes()
        region = self.chosen_region()
        if region is None:
            problems.insert(0, QCoreApplication.translate("RegionDialog",
                                                          "Choose a region from the list."))
        if problems:
            self.error.setText("\n".join(problems))
            return  # nothing saved
        store = self._ctx.settings
        for key, value in changed.items():
            self.editors[key][0].set(store, value)
        store.sync()
        if THEME.key in changed:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, str(changed[THEME.key]))
        self.changed.emit(list(changed))
        if LANGUAGE.key in changed:
            say_next_start(self.parentWidget() or self, str(changed[LANGUAGE.key]))
        if region == self._ctx.region:
            QDialog.accept(self)
            return
        ctx = self._ctx

        def saved(code: str) -> None:
            ctx.region = code  # the forms read it from the context from now on

        assert region is not None
        self.submit(lambda app: workspace.set_phone_region(app, region), saved)


def open_settings_dialog(ctx: AppContext, parent: QWidget,
                         page: str | None = None) -> SettingsDialog:
    dialog = SettingsDialog(ctx, parent, page)
    dialog.open()
    return dialog
