"""Translating text that has no widget of its own to take its context from.

`pyside6-lupdate` files a bare `tr("…")` call in a module-level function, and the domain's
`tr_noop("…")` marks (crmdesk.domain.words), under the empty context: these two look
them up there. A widget's own text goes through `self.tr` as usual (its class's context).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crmdesk.domain.agenda import AgendaItem
from crmdesk.domain.care import CareKind, Reminder
from crmdesk.domain.deals import STAGE_LABELS
from crmdesk.domain.graph_layout import Caption
from crmdesk.ui.formats import day_text, month_day_text


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the user's language; with `n`, its plural form for n (`%n` in text)."""
    return QCoreApplication.translate("", text, disambiguation, n)


def word(label: str) -> str:
    """A label the domain marked with `tr_noop` (a status, a stage…), translated."""
    return QCoreApplication.translate("", label)


def caption_words(caption: Caption) -> str:
    """A relationship graph's section title (marked with tr_noop in the layout), worded."""
    return word(caption.text).format(caption.count)


def pool_warning(left: int) -> str:
    """The card's and the queue's words for a coming return to the team pool
    (crmdesk.domain.pool.warning_text, worded for the window)."""
    if left <= 0:
        return tr("Returns to the pool today")
    return tr("Returns to the pool in %n day(s)", "", left)


def care_text(reminder: Reminder, company: bool = True) -> str:
    """A care reminder in the user's words (crmdesk.domain.care.Reminder.text, worded for
    the window): "Renewal: C-123 ends 15/01/2027", "Birthday: 张伟 (Dec 8, turns 40)";
    without `company` (a list with a column for it), an anniversary leaves its name out."""
    subject = reminder.subject
    if reminder.kind is CareKind.RENEWAL:
        return tr("Renewal: {0} ends {1}").format(subject, day_text(reminder.occurs_on))
    when = month_day_text(reminder.occurs_on)
    if reminder.kind is CareKind.BIRTHDAY:
        if reminder.years:
            return tr("Birthday: {0} ({1}, turns %n)", "", reminder.years).format(subject, when)
        return tr("Birthday: {0} ({1})").format(subject, when)
    years = reminder.years or 0
    if not company:
        return tr("Anniversary: %n year(s) a customer, {0}", "", years).format(when)
    return tr("Anniversary: {0} (%n year(s) a customer, {1})", "", years).format(subject,
                                                                                  when)


def days_away(days: int) -> str:
    """A day `days` from today, in words: "today", "in 3 days", "5 days ago"."""
    if days == 0:
        return tr("today")
    if days == 1:
        return tr("tomorrow")
    if days == -1:
        return tr("yesterday")
    return tr("in %n day(s)", "", days) if days > 0 else tr("%n day(s) ago", "", -days)


def agenda_what(item: AgendaItem) -> str:
    """What an agenda item says to do, in the user's words: a care reminder worded here
    (the company has its own column), a deal's stage translated; people's own notes as
    they wrote them."""
    if item.reminder is not None:
        return care_text(item.reminder, company=False)
    if item.stage is not None:
        # the store ends a deal's words with its stage's English label (the CLI's)
        label = STAGE_LABELS[item.stage]
        return item.what.removesuffix(label) + word(label)
    return item.what
