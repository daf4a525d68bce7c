"""Every user setting in one place, typed, with its default, over QSettings.

A setting the user chooses also says how Edit ▸ Settings… shows it (`Shown`: its page,
label, kind, choices or range and help, marked for translation); one with no `Shown`
is the window's own memory (its layout, what it told of today) and is not offered."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Literal, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

from crmdesk.domain.words import tr_noop

T = TypeVar("T")

#: The settings dialog's pages, in order (crmdesk.ui.settings_dialog).
GENERAL = tr_noop("General")
WORK = tr_noop("Work")
MESSAGES = tr_noop("Messages")
PAGES = (GENERAL, WORK, MESSAGES)

#: Our languages by code, each named in itself (as the menu and the dialog show them).
LANGUAGES: dict[str, str] = {"en": "English", "zh_CN": "简体中文", "he": "עברית"}


@dataclass(frozen=True)
class Shown:
    """How the settings dialog offers a setting. The texts are English marked with
    `tr_noop` (the dialog translates them through crmdesk.ui.words.word)."""

    page: str
    label: str
    #: "choice": one of `choices` (stored value, label); "time": HH:MM typed;
    #: "number": a whole number within `bounds`, shown with `suffix`
    kind: Literal["choice", "time", "number"]
    help: str = ""
    choices: tuple[tuple[str, str], ...] = ()
    bounds: tuple[int, int] = (0, 0)
    suffix: str = ""


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    #: None: internal, not in the settings dialog
    shown: Shown | None = None

    def get(self, store: QSettings) -> T:
        value = store.value(self.key, self.default)
        if isinstance(self.default, QByteArray):
            return cast(T, value if isinstance(value, QByteArray) else self.default)
        if isinstance(self.default, bool):
            return cast(T, value in (True, "true", "1", 1))
        if isinstance(self.default, int):
            try:
                return cast(T, int(cast(int, value)))
            except (TypeError, ValueError):
                return self.default
        return cast(T, value if value is not None else self.default)

    def set(self, store: QSettings, value: T) -> None:
        store.setValue(self.key, value)


WINDOW_GEOMETRY = Setting[QByteArray]("window/geometry", QByteArray())
WINDOW_STATE = Setting[QByteArray]("window/state", QByteArray())
#: The queue's filter; empty: the default for the user's role.
QUEUE_FILTER = Setting[str]("queue/filter", "")
#: When a follow-up or task with no time of its own falls due (HH:MM, the laptop's clock).
AGENDA_REMIND_AT = Setting[str]("agenda/remind_at", "09:00", Shown(
    WORK, tr_noop("Reminder time"), "time",
    help=tr_noop("When a follow-up or task with no time of its own is due, on this "
                 "computer's clock (HH:MM, e.g. 09:00).")))
#: How often to sync while signed in (seconds); also how soon an offline laptop retries.
SYNC_INTERVAL = Setting[int]("sync/interval_seconds", 60, Shown(
    WORK, tr_noop("Sync every"), "number", bounds=(10, 3600), suffix=tr_noop(" seconds"),
    help=tr_noop("How often the window syncs with the server while you are signed in, "
                 "and how soon it tries again when the server cannot be reached.")))
#: The agenda items told of today ("YYYY-MM-DD key key ..."): none is told twice a day.
AGENDA_TOLD = Setting[str]("agenda/told", "")
#: The window's language ("en", "zh_CN", "he"); empty: the system's (crmdesk.ui.language).
LANGUAGE = Setting[str]("ui/language", "", Shown(
    GENERAL, tr_noop("Language"), "choice",
    choices=(("", tr_noop("System language ({0})")), *LANGUAGES.items()),
    help=tr_noop("Takes effect when you next start crmdesk.")))
#: Light or dark colours, or the system's (crmdesk.ui.style.apply_theme).
THEME = Setting[str]("ui/theme", "system", Shown(
    GENERAL, tr_noop("Theme"), "choice",
    choices=(("system", tr_noop("Same as the system")), ("light", tr_noop("Light")),
             ("dark", tr_noop("Dark")))))


def open_settings(organization: str = "crmdesk", application: str = "crmdesk") -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, organization,
                     application)


#: Every per-user setting the window reads or writes (a test holds it to this list); the
#: settings dialog shows those it shows in this order.
DECLARED: tuple[Setting[object], ...] = (  # type: ignore[assignment]
    WINDOW_GEOMETRY, WINDOW_STATE, QUEUE_FILTER, AGENDA_REMIND_AT, SYNC_INTERVAL, AGENDA_TOLD,
    LANGUAGE, THEME)


def user_settings() -> list[Setting[object]]:
    """The declared settings the user chooses (those the settings dialog offers)."""
    return [setting for setting in DECLARED if setting.shown is not None]
