"""Translating text that has no widget of its own to take its context from.

`pyside6-lupdate` files a bare `tr("…")` call in a module-level function, and the domain's
`tr_noop("…")` marks (crmdesk.domain.words), under the empty context: these two look
them up there. A widget's own text goes through `self.tr` as usual (its class's context).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication

from crmdesk.domain.agenda import AgendaItem, AgendaKind
from crmdesk.domain.care import CareKind, Reminder
from crmdesk.domain.deals import STAGE_LABELS
from crmdesk.domain.graph_layout import Caption
from crmdesk.domain.lifecycle import (
    DEFINITIONS,
    LABELS,
    NEED_SEPARATOR,
    NEED_WORDS,
    STEP_WORDS,
    MoveCheck,
    NoMove,
    Step,
)
from crmdesk.domain.report import Amount, MonthName
from crmdesk.domain.value import Reason, Why
from crmdesk.domain.words import COLUMN, Counted, Joined, Worded, tr_noop
from crmdesk.ui.bidi import isolated
from crmdesk.ui.formats import (
    day_text,
    month_day_text,
    month_text,
    number_text,
    percent_text,
    sentence_gap,
    short_money_text,
)

#: The secret store's warning (crmdesk.secrets.NO_KEYRING, outside the translated
#: folders), marked here so the window words it (`word`); tests keep the two the same.
KEYRING_WORDS = tr_noop("No secure password store (OS keyring) is available on this "
                        "computer, so crmdesk will ask for your password each time "
                        "instead of remembering it.")


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
    if item.kind is AgendaKind.SERVICE_TASK:
        return word(item.what)  # a default onboarding step's name translated
    return item.what


def value_reason(reason: Reason) -> str:
    """A reason behind a value score or a churn risk in the user's words
    (crmdesk.domain.value.reason_text, worded for the window)."""
    why, n = reason.why, reason.n
    if why is Why.PAID:
        return tr("paid {0} in the last 12 months").format(number_text(n / 100))
    if why is Why.PURCHASES:
        return tr("%n purchase(s) so far", "", n)
    if why is Why.PIPELINE:
        return tr("{0} in open opportunities").format(number_text(n / 100))
    if why is Why.SCALE:
        return tr("{0} employees").format(reason.scale)
    if why is Why.KEY_PERSON:
        return tr("a key person is among the contacts")
    if why is Why.REFERRED:
        return tr("referred %n company(ies) to us", "", n)
    if why is Why.RECENT:
        return tr("in contact within the last %n day(s)", "", n)
    if why is Why.SILENT:
        return tr("no contact for %n day(s)", "", n)
    if why is Why.NEVER:
        return tr("no contact for a long time")
    return tr("purchases fell by more than half against the year before")


def value_reasons(reasons: Iterable[Reason]) -> str:
    """Reasons one after the other in the user's words ("…; …")."""
    return word(NEED_SEPARATOR).join(map(value_reason, reasons))


def move_words(check: MoveCheck) -> str:
    """Why a status change is refused, in the user's words (`check.reason` worded for
    the window by its code; a check the store made without one as it says it)."""
    status = word(LABELS[check.status]) if check.status is not None else ""
    needs = [word(NEED_WORDS[need]) for need in check.needs]
    code = check.code
    if code is NoMove.ALREADY:
        return tr("The account is already {0}.").format(status)
    if code is NoMove.PAY_FIRST:
        return tr("Contracted follows only from a contract with a received payment: "
                  "record {0}.").format(tr(" and ").join(needs))
    if code is NoMove.TO_SERVICE:
        return tr("A contracted customer is handed to service, not marked lost.")
    if code is NoMove.REOPEN_FIRST:
        return tr("A lost account is reopened as a lead first.")
    if code is NoMove.NOT_BACK:
        return tr("A contracted customer does not move back down the path.")
    if code is NoMove.STILL_MEETS and check.status is not None:
        meaning = word(DEFINITIONS[check.status]).rstrip(".。")
        meaning = meaning[:1].lower() + meaning[1:]  # mid-sentence (no case: as it is)
        return tr("The record still meets {0}'s condition ({1}); change that "
                  "first.").format(status, meaning)
    if code is NoMove.NEEDS:
        return word(STEP_WORDS[Step.NEEDS]).format(status, word(NEED_SEPARATOR).join(needs))
    return sentence(check.reason)


def said(text: str) -> str:
    """A sentence the store made of a marked template (crmdesk.domain.words.Worded, with
    its plural form for a Counted, each of a Joined's sentences) in the user's language,
    its Worded figures worded too; any other text as it is."""
    if isinstance(text, Counted):
        return tr(text.template, text.note, text.n).format(*map(_figure, text.args))
    if isinstance(text, Worded):
        return word(text.template).format(*map(_figure, text.args))
    if isinstance(text, Joined):
        return _separator(text).join(map(sentence, text.parts))
    return text


def _separator(text: Joined) -> str:
    # between sentences, the gap the language leaves (none in Chinese); any other
    # separator is a marked word ("; " is "；" in Chinese), a line break as it is
    return sentence_gap() if text.separator == " " else word(text.separator)


def _figure(arg: object) -> object:
    # a figure that is a sentence or a marked word is worded; a name stays as it is, as
    # typed in a right-to-left sentence too (a phone's "+" on its left)
    if isinstance(arg, Worded | Joined):
        return said(arg)
    return isolated(arg) if isinstance(arg, str) else arg


def sentence(text: str) -> str:
    """A whole sentence of the domain's or the store's (a problem, a refusal) in the
    user's language: one made of a template worded, a constant marked with tr_noop
    translated, any other text as it is."""
    return said(text) if isinstance(text, Worded | Joined) else word(text)


def refusal_words(exc: BaseException) -> str:
    """Why a command was refused or found nothing (crmdesk.store.refusals: Refused,
    NotFound) in the user's language: the sentence it was raised with, worded."""
    text = exc.args[0] if len(exc.args) == 1 else None
    return sentence(text) if isinstance(text, str) else str(exc)


def worded(text: str) -> str:
    """A review's note, title or cell the store made of marked templates (Worded, several
    of them one after the other: Sentences, a marked constant among them translated) in
    the user's language, a template with a count (Counted) in its plural form for it, and
    its figures as the locale writes them: days, months, numbers, shares and money; any
    other text as it is."""
    if isinstance(text, Joined):
        return _separator(text).join(map(worded_sentence, text.parts))
    if isinstance(text, Worded):
        template = (tr(text.template, text.note, text.n) if isinstance(text, Counted)
                    else word(text.template))
        return template.format(*map(_Figure, text.args))
    if isinstance(text, MonthName):
        return month_text(text.first)
    return text


class _Figure:
    """A template's figure written in the locale whatever its format spec says ("{0:,}",
    "{0:.1%}": the English's); words in them worded."""

    __slots__ = ("value",)

    def __init__(self, value: object) -> None:
        self.value = value

    def __format__(self, spec: str) -> str:
        value = self.value
        if isinstance(value, Amount):
            return short_money_text(value.amount, value.currency)
        if isinstance(value, Worded | Joined | MonthName):
            return worded(value)
        if isinstance(value, str):
            return isolated(value)  # a name, as typed (see _figure)
        if isinstance(value, date):
            return day_text(value)
        if isinstance(value, bool) or not isinstance(value, int | float):
            return format(value, spec)
        places = int(spec.split(".")[1].rstrip("f%")) if "." in spec else 0
        if spec.endswith("%"):
            return percent_text(value, places)
        return number_text(value, places)


def worded_sentence(text: str) -> str:
    """A whole sentence of the domain's, or several, in the user's language: as `worded`
    (figures as the locale writes them), and a constant marked with tr_noop translated
    (an import row's problem, each of a Joined's sentences)."""
    return worded(text) if isinstance(text, Worded | Joined) else word(text)


def title_words(title: str) -> str:
    """A review table's title in the user's language: a marked label, or a template
    with its figures ("Changes since {0}")."""
    return worded_sentence(title)


def column_word(label: str) -> str:
    """A review table's column label in the user's language: as marked for a review's
    column (`tr_noop(label, COLUMN)`, a word that means another thing elsewhere) when
    it is, else as any marked label."""
    found = QCoreApplication.translate("", label, COLUMN)
    return found if found != label else word(label)
