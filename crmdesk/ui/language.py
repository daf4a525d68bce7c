"""The window's language: which one (the setting, the system's, `--lang`), and putting
it in place before the window is built.

Ours are English (the source text), Simplified Chinese and Hebrew; their compiled
translations are resources at ":/translations/" (`make translations` makes them from
`resources/translations/*.ts` and compiles them into `crmdesk/ui/resources_rc.py`). Hebrew
lays the window out right to left. A language chosen from the menu takes effect at the next
start: nothing typed is lost to a rebuild.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from crmdesk.ui import resources_rc  # noqa: F401  (registers the ":/" files)
from crmdesk.ui.settings import LANGUAGE, LANGUAGES
from crmdesk.ui.words import tr

__all__ = ["LANGUAGES", "chosen_language", "install_language", "system_language"]
RIGHT_TO_LEFT = frozenset({"he"})
#: The locale each language formats dates, numbers and money in.
_LOCALES = {"zh_CN": QLocale(QLocale.Language.Chinese, QLocale.Country.China),
            "he": QLocale(QLocale.Language.Hebrew, QLocale.Country.Israel)}


def system_language(system: QLocale | None = None) -> str:
    """The system's language if it is one of ours, else English."""
    locale = system if system is not None else QLocale.system()
    if locale.language() == QLocale.Language.Chinese:
        return "zh_CN"  # Simplified is nearer a Traditional reader than English is
    if locale.language() == QLocale.Language.Hebrew:
        return "he"
    return "en"


def chosen_language(settings: QSettings, override: str | None = None) -> str:
    """`--lang` if given, else the saved setting if it is one of ours, else the system's."""
    if override:
        return override
    saved = LANGUAGE.get(settings)
    return saved if saved in LANGUAGES else system_language()


def locale_of(language: str) -> QLocale:
    """The locale of `language`: for English the system's own when it is an English one
    (a British user keeps day-month dates), else American English."""
    if language in _LOCALES:
        return _LOCALES[language]
    system = QLocale.system()
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


_INSTALLED: list[QTranslator] = []
#: Where the compiled .qm files are: resources inside the package, in a bundle too.
TRANSLATIONS = ":/translations"


def install_language(app: QApplication, language: str) -> list[QTranslator]:
    """Put `language` in place: our translation and Qt's own (its dialogs' buttons), the
    default locale, and the layout direction. Returns the translators installed."""
    for earlier in _INSTALLED:  # a second window in the same process (the tests)
        app.removeTranslator(earlier)
    _INSTALLED.clear()
    installed = _INSTALLED
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for folder, name in ((qt_dir, f"qtbase_{language}"),
                         (TRANSLATIONS, f"crmdesk_{language}")):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    QLocale.setDefault(locale_of(language))
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT
                           else Qt.LayoutDirection.LeftToRight)
    return list(installed)


def add_language_menu(menu: QMenu, settings: QSettings, parent: QWidget) -> QMenu:
    """View ▸ Language: the system's or one of ours, saved for the next start (said so)."""
    submenu = menu.addMenu(tr("Language"))
    group = QActionGroup(submenu)
    saved = LANGUAGE.get(settings)
    system_name = LANGUAGES[system_language()]
    choices = [("", tr("System language ({0})").format(system_name)), *LANGUAGES.items()]
    for code, name in choices:
        action = submenu.addAction(name)
        action.setCheckable(True)
        action.setChecked(code == (saved if saved in LANGUAGES else ""))
        group.addAction(action)
        action.triggered.connect(
            lambda _=False, c=code: _choose(settings, c, parent))
    return submenu


def _choose(settings: QSettings, code: str, parent: QWidget) -> None:
    if code == (LANGUAGE.get(settings) or ""):
        return
    LANGUAGE.set(settings, code)
    settings.sync()
    say_next_start(parent, code)


def say_next_start(parent: QWidget, code: str) -> QMessageBox:
    """Tell that language `code` ("" the system's) is used from the next start (a box
    that does not hold the caller: the window goes on)."""
    # at the next start, not now: rebuilding the window could lose what is being typed
    name = LANGUAGES[code or system_language()]
    box = QMessageBox(QMessageBox.Icon.Information, tr("Language"),
                      tr("crmdesk will use {0} when you next start it.").format(name),
                      QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
