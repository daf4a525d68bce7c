"""The team's message templates (Messages → Templates…): the list on the left; on the
right the chosen one's name, kind (email or SMS), subject and text, with a menu that
inserts a merge field where the cursor is, what would stop it being saved (the same
check the save and the server run) as it is typed, and a live preview rendered with a
real contact's record. Saving and removing are the commands of crmdesk.app.messages;
a template is the team's: everyone of the team has it at the next sync."""

from __future__ import annotations

import uuid
from typing import Any

import shiboken6
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.app import message_desk as desk
from crmdesk.app import messages as m
from crmdesk.app.changes import Changes
from crmdesk.domain.messages import MERGE_FIELDS, MessageChannel, Rendered
from crmdesk.store.message_queries import TemplateRow
from crmdesk.ui.bidi import select_row
from crmdesk.ui.confirm import ask_to_remove
from crmdesk.ui.context import AppContext
from crmdesk.ui.style import error_color, muted, scaled
from crmdesk.ui.wheel import ComboBox
from crmdesk.ui.words import refusal_words, sentence, tr, word

Index = QModelIndex | QPersistentModelIndex
COL_NAME, COL_KIND = 0, 1
#: How long typing pauses (ms) before the preview is rendered again.
PREVIEW_DELAY_MS = 250


def channel_label(channel: MessageChannel) -> str:
    return tr("Email") if channel is MessageChannel.EMAIL else tr("SMS")


class TemplatesModel(QAbstractTableModel):
    """The templates the user sees, by name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[TemplateRow] = []

    def set_rows(self, rows: list[TemplateRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Template"), self.tr("Kind"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        return row.name if index.column() == COL_NAME else channel_label(row.channel)

    def row_named(self, name: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.name == name), -1)


class TemplatesDialog(QDialog):
    """List, new, edit, remove the team's templates, with a live preview."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 chosen: str | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Message templates"))
        self.editing: TemplateRow | None = None  # the saved template shown (None: a new one)
        self._loading = False
        self._want = chosen
        self.remove_box: QMessageBox | None = None
        self.last_preview: Rendered | None = None
        # ---- the list
        self.model = TemplatesModel(self)
        self.list = QTableView()
        self.list.setModel(self.model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().hide()
        self.list.horizontalHeader().setSectionResizeMode(COL_NAME,
                                                          QHeaderView.ResizeMode.Stretch)
        self.list.horizontalHeader().setSectionResizeMode(
            COL_KIND, QHeaderView.ResizeMode.ResizeToContents)
        self.list.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.new_button = QPushButton(self.tr("New"))
        self.new_button.clicked.connect(self.new_template)
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.clicked.connect(self.ask_remove)
        for button in (self.new_button, self.remove_button):
            button.setAutoDefault(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        left_layout.addLayout(row)
        # ---- the editor
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Renewal reminder"))
        self.channel = ComboBox()
        self.channel.addItem(self.tr("Email"), MessageChannel.EMAIL.value)
        self.channel.addItem(self.tr("SMS"), MessageChannel.SMS.value)
        self.subject = QLineEdit()
        self.subject.setPlaceholderText(self.tr("e.g. {{company.name}}: your contract"))
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setPlaceholderText(self.tr("Dear {{contact.name}}, …"))
        self.insert = QToolButton()
        self.insert.setText(self.tr("Insert field"))
        self.insert.setToolTip(self.tr("Put a merge field where the cursor is, in the "
                                       "subject or the text"))
        self.insert.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.fields_menu = QMenu(self.insert)
        for name, label in MERGE_FIELDS.items():
            action = self.fields_menu.addAction(f"{word(label)}   {{{{{name}}}}}")
            action.triggered.connect(lambda _c=False, n=name: self.insert_field(n))
        self.insert.setMenu(self.fields_menu)
        self._last_text: QWidget = self.body  # where "insert field" puts it
        self.subject.installEventFilter(self)
        self.body.installEventFilter(self)
        self.hint = QLabel(self.tr("Write {{contact.title|Sir or Madam}} to say what goes "
                                   "where the record has no value."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"QLabel {{ color: {muted(self).name()}; }}")
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"QLabel {{ color: {error_color(self).name()}; }}")
        self.problems.hide()
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.channel)
        self.subject_label = QLabel(self.tr("Subject"))
        form.addRow(self.subject_label, self.subject)
        body_head = QHBoxLayout()
        body_head.addWidget(QLabel(self.tr("Text")))
        body_head.addStretch(1)
        body_head.addWidget(self.insert)
        # ---- the preview
        self.person = ComboBox()
        self.person.setMinimumContentsLength(24)
        self.person.setToolTip(self.tr("The contact whose record the preview is rendered "
                                       "with"))
        self.find_person = QLineEdit()
        self.find_person.setPlaceholderText(self.tr("Find a contact or company…"))
        self.find_person.setClearButtonEnabled(True)
        self.preview_subject = QLabel()
        self.preview_subject.setFont(scaled(self.font(), 0, bold=True))
        self.preview_subject.setWordWrap(True)
        self.preview_subject.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.blanks = QLabel()
        self.blanks.setWordWrap(True)
        self.blanks.setStyleSheet(f"QLabel {{ color: {muted(self).name()}; }}")
        preview_head = QHBoxLayout()
        preview_head.addWidget(QLabel(self.tr("Preview with")))
        preview_head.addWidget(self.person, 1)
        preview_head.addWidget(self.find_person, 1)
        # ---- buttons
        self.status = QLabel()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setAutoDefault(False)
        self.revert_button.clicked.connect(self.revert)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        right = QWidget()
        editor = QVBoxLayout(right)
        editor.setContentsMargins(0, 0, 0, 0)
        editor.addLayout(form)
        editor.addLayout(body_head)
        editor.addWidget(self.body, 3)
        editor.addWidget(self.hint)
        editor.addWidget(self.problems)
        editor.addLayout(preview_head)
        editor.addWidget(self.preview_subject)
        editor.addWidget(self.preview, 2)
        editor.addWidget(self.blanks)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([240, 660])
        foot = QHBoxLayout()
        foot.addWidget(self.status, 1)
        foot.addWidget(self.revert_button)
        foot.addWidget(self.save_button)
        foot.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(foot)
        self.resize(960, 640)
        # ---- behaviour
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(PREVIEW_DELAY_MS)
        self._later.timeout.connect(self.render_preview)
        for signal in (self.name.textChanged, self.subject.textChanged,
                       self.body.textChanged):
            signal.connect(self._edited)
        self.channel.currentIndexChanged.connect(self._edited)
        self.person.currentIndexChanged.connect(lambda _i: self.render_preview())
        self._find_later = QTimer(self)
        self._find_later.setSingleShot(True)
        self._find_later.setInterval(PREVIEW_DELAY_MS)
        self._find_later.timeout.connect(self.load_people)
        self.find_person.textChanged.connect(lambda _t: self._find_later.start())
        ctx.bus.changed.connect(self._on_changes)
        self._show_template(None)
        self.load()
        self.load_people()

    # ---- the list ---------------------------------------------------------------------
    def load(self) -> None:
        app = self._ctx.app
        self._ctx.runner.run(lambda: m.templates(app), self._loaded, key="templates")

    def _loaded(self, rows: list[TemplateRow]) -> None:
        if not shiboken6.isValid(self):
            return
        shown = self._want or (self.editing.name if self.editing else None)
        self._want = None
        self._loading = True
        self.model.set_rows(rows)
        at = self.model.row_named(shown) if shown else -1
        if at < 0 and self.editing is None and rows and not self.dirty:
            at = 0
        if at >= 0:
            select_row(self.list, at)
            if not self.dirty:
                self._show_template(rows[at])
        self._loading = False
        self.remove_button.setEnabled(self.editing is not None)

    def _on_changes(self, change: Changes) -> None:
        if m.TEMPLATES in change.what:
            self.load()

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._loading or not current.isValid():
            return
        chosen = self.model.rows[current.row()]
        if self.editing is not None and chosen.id == self.editing.id:
            return
        if self.dirty:
            # nothing typed is lost: the user saves or reverts first
            self._loading = True
            at = self.model.row_named(self.editing.name) if self.editing else -1
            if at >= 0:
                select_row(self.list, at)
            else:
                self.list.clearSelection()
            self._loading = False
            self.say(self.tr("Save or revert your changes first."), error=True)
            return
        self.say("")
        self._show_template(chosen)

    # ---- the editor -------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        """What the editor holds differs from the saved template (or a new one has text)."""
        now = (self.name.text().strip(), self.current_channel(), self.subject.text(),
               self.body.toPlainText())
        if self.editing is None:
            return bool(now[0] or now[2] or now[3])
        saved = self.editing
        return now != (saved.name, saved.channel, saved.subject, saved.body)

    def current_channel(self) -> MessageChannel:
        return MessageChannel(self.channel.currentData())

    def _show_template(self, row: TemplateRow | None) -> None:
        self.editing = row
        self._loading = True
        self.name.setText(row.name if row else "")
        self.channel.setCurrentIndex(self.channel.findData(
            (row.channel if row else MessageChannel.EMAIL).value))
        self.subject.setText(row.subject if row else "")
        self.body.setPlainText(row.body if row else "")
        self._loading = False
        self.remove_button.setEnabled(row is not None)
        self._edited()

    def new_template(self) -> None:
        if self.dirty:
            self.say(self.tr("Save or revert your changes first."), error=True)
            return
        self.list.clearSelection()
        self.say("")
        self._show_template(None)
        self.name.setFocus()

    def revert(self) -> None:
        self._show_template(self.editing)

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FocusIn and watched in (self.subject, self.body):
            self._last_text = watched
        return super().eventFilter(watched, event)

    def insert_field(self, name: str) -> None:
        """Put `{{name}}` where the cursor is, in the subject or the text (last used)."""
        text = "{{" + name + "}}"
        if self._last_text is self.subject and self.subject.isEnabled():
            self.subject.insert(text)
            self.subject.setFocus()
        else:
            cursor = self.body.textCursor()
            cursor.insertText(text)
            self.body.setTextCursor(cursor)
            self.body.moveCursor(QTextCursor.MoveOperation.NoMove)
            self.body.setFocus()

    def _edited(self) -> None:
        if self._loading:
            return
        email = self.current_channel() is MessageChannel.EMAIL
        self.subject.setEnabled(email)
        self.subject_label.setEnabled(email)
        if not email and self.subject.text():
            self.subject.setPlaceholderText(self.tr("An SMS has no subject"))
        problems = self.problems_now()
        # an empty new template is not a mistake yet: say nothing until something is typed
        shown = problems if self.dirty or self.editing is not None else []
        self.problems.setText("\n".join(map(sentence, shown)))
        self.problems.setVisible(bool(shown))
        self.save_button.setEnabled(self.dirty)
        self.revert_button.setEnabled(self.dirty)
        self._later.start()

    def problems_now(self) -> list[str]:
        """What would stop the text as typed being saved (the save's own check)."""
        return desk.check_template(self._ctx.app, self.name.text(), self.current_channel(),
                                   self._subject(), self.body.toPlainText())

    def _subject(self) -> str:
        return self.subject.text() if self.current_channel() is MessageChannel.EMAIL else ""

    def say(self, text: str, error: bool = False) -> None:
        colour = error_color(self) if error else muted(self)
        self.status.setStyleSheet(f"QLabel {{ color: {colour.name()}; }}")
        self.status.setText(text)

    # ---- saving -----------------------------------------------------------------------
    def save(self) -> None:
        """Save (renamed: the old name goes); refused, the editor keeps the text and
        says why in the command's words."""
        old = self.editing.name if self.editing else None
        team = self.editing.team_id if self.editing else None
        name, channel, subject, body = (self.name.text(), self.current_channel(),
                                        self._subject(), self.body.toPlainText())
        self.save_button.setEnabled(False)

        def saved(_id: uuid.UUID) -> None:
            if not shiboken6.isValid(self):
                return
            clean = " ".join(name.split())
            self.editing = TemplateRow(_id, team, clean, channel, subject, body)
            self._want = clean
            self._show_template(self.editing)
            self.say(self.tr("Saved “{0}”; your team has it at the next sync.").format(clean))

        def refused(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self.save_button.setEnabled(True)
            self.problems.setText(refusal_words(exc))
            self.problems.show()
            self.say(self.tr("Not saved."), error=True)

        self._ctx.command(lambda app: desk.save_template_as(app, old, name, channel,
                                                             subject, body, team),
                          saved, refused)

    def ask_remove(self) -> None:
        row = self.editing
        if row is None:
            return

        def remove() -> None:
            def removed(_gone: bool) -> None:
                if shiboken6.isValid(self):
                    self.editing = None
                    self._show_template(None)
                    self.say(self.tr("Removed “{0}”.").format(row.name))

            self._ctx.command(lambda app: m.remove_template(app, row.name), removed,
                              lambda exc: self.say(refusal_words(exc), error=True))

        self.remove_box = ask_to_remove(
            self, self.tr("Remove the template “{0}” for the whole team? Messages already "
                          "sent stay on the timelines.").format(row.name), remove)

    # ---- the preview ------------------------------------------------------------------
    def load_people(self) -> None:
        app, typed = self._ctx.app, self.find_person.text()
        account = self._ctx.selection.account_id
        self._ctx.runner.run(lambda: desk.people_to_preview(app, typed, account),
                             self._show_people, key="template-people")

    def _show_people(self, people: list[desk.PreviewPerson]) -> None:
        if not shiboken6.isValid(self):
            return
        was = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        for p in people:
            self.person.addItem(p.label, p.contact_id)
        wanted = self._ctx.selection.contact_id if was is None else was
        at = next((i for i in range(self.person.count())
                   if self.person.itemData(i) == wanted), 0)
        self.person.setCurrentIndex(at)
        self.person.blockSignals(False)
        self.render_preview()

    def render_preview(self) -> None:
        """Render the text as typed with the chosen contact's record (on a worker)."""
        contact = self.person.currentData()
        if not isinstance(contact, uuid.UUID):
            self._preview_text("", self.tr("Choose a contact to see the message as they "
                                           "would get it."))
            return
        app, subject, body = self._ctx.app, self._subject(), self.body.toPlainText()

        def shown(rendered: Rendered) -> None:
            if not shiboken6.isValid(self):
                return
            self.last_preview = rendered
            self.preview_subject.setText(rendered.subject)
            self.preview_subject.setVisible(bool(rendered.subject))
            self.preview.setPlainText(rendered.body)
            self.blanks.setText(self.tr("No value here for: {0} (left empty, or the text "
                                        "after “|”).").format(", ".join(rendered.blanks))
                                if rendered.blanks else "")

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                self.last_preview = None
                self._preview_text("", self.tr("No preview: {0}").format(exc))

        self._ctx.runner.run(lambda: desk.draft_preview(app, subject, body, contact),
                             shown, failed, key="template-preview")

    def _preview_text(self, text: str, note: str) -> None:
        self.preview_subject.setText("")
        self.preview_subject.hide()
        self.preview.setPlainText(text)
        self.blanks.setText(note)


def open_templates(ctx: AppContext, parent: QWidget, chosen: str | None = None
                   ) -> TemplatesDialog:
    """Open the templates editor beside the window (not modal: a rep may look at a card
    while writing)."""
    dialog = TemplatesDialog(ctx, parent, chosen)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
