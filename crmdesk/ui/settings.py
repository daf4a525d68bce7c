"""Every user setting in one place, typed, with its default, over QSettings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T

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
#: How often to sync while signed in (seconds); also how soon an offline laptop retries.
SYNC_INTERVAL = Setting[int]("sync/interval_seconds", 60)
#: When a follow-up or task with no time of its own falls due (HH:MM, the laptop's clock).
AGENDA_REMIND_AT = Setting[str]("agenda/remind_at", "09:00")
#: The agenda items told of today ("YYYY-MM-DD key key ..."): none is told twice a day.
AGENDA_TOLD = Setting[str]("agenda/told", "")
#: The window's language ("en", "zh_CN", "he"); empty: the system's (crmdesk.ui.language).
LANGUAGE = Setting[str]("ui/language", "")


def open_settings(organization: str = "crmdesk", application: str = "crmdesk") -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, organization,
                     application)


#: Every per-user setting the window reads or writes (a test holds it to this list).
DECLARED: tuple[Setting[object], ...] = (  # type: ignore[assignment]
    WINDOW_GEOMETRY, WINDOW_STATE, QUEUE_FILTER, SYNC_INTERVAL, AGENDA_REMIND_AT, AGENDA_TOLD,
    LANGUAGE)
