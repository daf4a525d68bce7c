"""The window's calendar and address-book files: save follow-ups and tasks as .ics,
save people as vCards (everyone, or the open company's), bring vCards in. Each asks
for the file, runs its command (crmdesk.app.calendar_export, crmdesk.app.contact_cards)
off the UI thread, and says what it did."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from crmdesk.app.calendar_export import Exported, export_ics
from crmdesk.app.contact_cards import CardReport, export_vcf, import_vcf
from crmdesk.app.rights import chooses_team
from crmdesk.domain.dedupe import reasons_text
from crmdesk.domain.lead_import import Outcome
from crmdesk.domain.words import tr_noop
from crmdesk.ui.bidi import isolated
from crmdesk.ui.words import sentence, tr, word, worded

if TYPE_CHECKING:
    from crmdesk.ui.main_window import MainWindow

#: The save dialog's filters, each with the vCard version it writes.
VCARD_FILTERS = {"vCard 3.0 (*.vcf)": "3.0", "vCard 4.0 (*.vcf)": "4.0"}


def _failed(parent: QWidget, what: str) -> Callable[[BaseException], None]:
    def show(exc: BaseException) -> None:
        why = getattr(exc, "strerror", None) or str(exc)
        QMessageBox.warning(parent, what, why)
    return show


def export_calendar(window: MainWindow) -> None:
    """Ask where, then save the user's open follow-ups and tasks as a .ics file."""
    path, _ = QFileDialog.getSaveFileName(
        window, tr("Export follow-ups and tasks"),
        str(Path.home() / "crmdesk-follow-ups.ics"), tr("iCalendar (*.ics)"))
    if not path:
        return
    app = window.ctx.app

    def saved(done: Exported) -> None:
        window.status.say(tr("Saved {0} follow-up(s) and task(s) to {1}: import it "
                                    "into your calendar (again later to update it).")
                          .format(done.count, done.path))

    window.ctx.runner.run(lambda: export_ics(app, Path(path)).value, saved,
                          _failed(window, tr("Not saved")))


def export_contacts(window: MainWindow, account_id: uuid.UUID | None = None) -> None:
    """Ask where and which vCard version, then save everyone's cards (or the
    company `account_id`'s)."""
    name = "crmdesk-contacts.vcf" if account_id is None else "crmdesk-company.vcf"
    path, chosen = QFileDialog.getSaveFileName(
        window, tr("Export contacts"), str(Path.home() / name),
        ";;".join(VCARD_FILTERS))
    if not path:
        return
    version = VCARD_FILTERS.get(chosen, "3.0")
    app = window.ctx.app
    ids = None if account_id is None else [account_id]

    def saved(done: Exported) -> None:
        window.status.say(tr("Saved {0} contact(s) to {1} (vCard {2}).")
                          .format(done.count, done.path, version))

    window.ctx.runner.run(lambda: export_vcf(app, Path(path), version, account_ids=ids).value,
                          saved, _failed(window, tr("Not saved")))


def export_company_contacts(window: MainWindow) -> None:
    """The open company's people as vCards."""
    account_id = window.ctx.selection.account_id
    if account_id is None:
        window.status.say(tr("Select an account first."), 5000)
        return
    export_contacts(window, account_id)


#: What became of a card, as the report's line says it.
_OUTCOMES = {Outcome.IMPORTED: tr_noop("imported"), Outcome.MATCHED: tr_noop("already known"),
             Outcome.SKIPPED: tr_noop("not imported")}


def report_text(report: CardReport) -> str:
    """Each card that was not simply imported, a line each: why, in the user's words."""
    lines = []
    for row in report.rows:
        if row.outcome is not Outcome.IMPORTED or row.warnings:
            why = (row.reason if row.outcome is not Outcome.IMPORTED
                   else reasons_text(row.warnings))
            lines.append(tr("line {0}: {1} — {2}: {3}").format(
                row.line, isolated(row.name) or tr("(no name)"), word(_OUTCOMES[row.outcome]),
                sentence(why)))
    return "\n".join(lines)


def import_contacts(window: MainWindow) -> None:
    """Ask for a .vcf file, bring its people in (new companies are the user's leads, an
    administrator's go to the chosen team's pool), and show what became of each card."""
    path, _ = QFileDialog.getOpenFileName(window, tr("Import contacts"),
                                          str(Path.home()), tr("vCard (*.vcf)"))
    if not path:
        return
    user = window.ctx.user
    owner = None if chooses_team(user) else user.id

    def shown(report: CardReport) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, tr("Contacts imported"),
                          worded(report.summary()), parent=window)
        details = report_text(report)
        if details:
            box.setDetailedText(details)
        box.open()

    window.ctx.command(lambda app: import_vcf(app, Path(path), owner_id=owner,
                                              team_id=user.team_id),
                       shown, _failed(window, tr("Nothing imported")))
