"""Shared fixtures: real SQLite workspace files, seeded once per session and copied."""

from __future__ import annotations

import gc
import os
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from argon2 import PasswordHasher, profiles

from crmdesk.demo.seed import seed_workspace
from crmdesk.server import auth
from crmdesk.store.db import Store, copy_workspace, open_store

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication
from crmdesk.store.models import Team, User
from crmdesk.store.writes import new_account, new_contact

# Every sign-in and every user made costs an argon2 hash; at the server's parameters they
# were most of the server tests' time. The same code at argon2's cheapest parameters
# (test_server_auth checks the server's own stay the default).
auth.use_hasher(PasswordHasher.from_parameters(profiles.CHEAPEST))

#: The fixed day seeded workspaces are made relative to, so tests are repeatable.
TODAY = date(2026, 11, 25)

#: `make test` runs small; `make pytest SIZE=large` seeds a bigger workspace.
SIZES = {"small": 600, "large": 20000}
ACCOUNTS = SIZES.get(os.environ.get("CRMDESK_TEST_SIZE", "small"), 600)


def _english_locale() -> None:
    """Dates, numbers and money worded in English in every test, also those that build a
    pane's text without an application (the window sets its language's locale at start;
    a test process left alone would take the machine's, e.g. C in CI)."""
    from PySide6.QtCore import QLocale

    from crmdesk.ui.language import locale_of

    QLocale.setDefault(locale_of("en"))


_english_locale()


@pytest.fixture(scope="session")
def qapp_cls() -> type:
    """pytest-qt's application, in English as the window starts in it (crmdesk.ui.language):
    with the English plural forms ("1 day", "3 days") and an English locale."""
    from PySide6.QtWidgets import QApplication

    from crmdesk.ui.language import install_language

    class EnglishApplication(QApplication):
        def __init__(self, args: list[str]) -> None:
            super().__init__(args)
            install_language(self, "en")

    return EnglishApplication


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    """The window's language is Simplified Chinese for one test; English again after."""
    from crmdesk.ui.language import install_language

    install_language(qapp, "zh_CN")
    yield
    install_language(qapp, "en")


@pytest.fixture
def hebrew(qapp: QApplication) -> Iterator[None]:
    """The window's language is Hebrew, laid out right to left, for one test (before its
    widgets are made); English again after."""
    from crmdesk.ui.language import install_language

    install_language(qapp, "he")
    yield
    install_language(qapp, "en")


@pytest.fixture(autouse=True)
def _no_key_left_held(request: pytest.FixtureRequest) -> Iterator[None]:
    """A shortcut a test typed (Ctrl+M) whose release reached a window closed in between
    leaves Qt thinking the key is still held: the next test's clicks would then add to a
    selection instead of making one. Every held modifier is let go after each test."""
    yield
    if "qtbot" not in request.fixturenames:
        return
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    held = QGuiApplication.keyboardModifiers()
    if held == Qt.KeyboardModifier.NoModifier:
        return
    widget = QWidget()
    widget.show()
    for modifier, key in ((Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Control),
                          (Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Shift),
                          (Qt.KeyboardModifier.AltModifier, Qt.Key.Key_Alt),
                          (Qt.KeyboardModifier.MetaModifier, Qt.Key.Key_Meta)):
        if held & modifier:
            QTest.keyRelease(widget, key, Qt.KeyboardModifier.NoModifier)
    widget.close()
    widget.deleteLater()


@pytest.fixture(autouse=True)
def _old_objects_frozen() -> None:
    """What earlier tests left alive is set aside from garbage collection: a window's
    close collects everything on the UI thread (crmdesk.ui.collector), and over a whole
    session's heap that full collection cost ~3 s per window test."""
    gc.freeze()


@pytest.fixture(scope="session")
def seeded_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seed") / "seeded.db"
    seed_workspace(path, ACCOUNTS, seed=7, today=TODAY)
    return path


@pytest.fixture
def seeded(seeded_file: Path, tmp_path: Path) -> Iterator[Store]:
    """A private copy of the seeded workspace, open."""
    path = tmp_path / "workspace.db"
    copy_workspace(seeded_file, path)
    store = open_store(path)
    yield store
    store.close()


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Store]:
    """A new, empty workspace."""
    store = open_store(tmp_path / "empty.db", create=True)
    yield store
    store.close()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A module that sets SERVER_BACKENDS runs its `server` tests on those databases
    only (at the default size, the ones whose server database is incidental)."""
    dropped = [item for item in items
               if (wanted := getattr(getattr(item, "module", None), "SERVER_BACKENDS", None))
               is not None and (spec := getattr(item, "callspec", None)) is not None
               and spec.params.get("server", wanted[0]) not in wanted]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = [item for item in items if item not in dropped]


@pytest.fixture(params=["postgres", "sqlite"])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[object, object, str]]:
    """A migrated server database (PostgreSQL, then a SQLite file) with an admin "root",
    team East with rep "amy", served over HTTP on loopback: (httpx client, db, url)."""
    import httpx

    from tests.server_fixtures import PASSWORD, database_url, running_server, server_cli_here

    with database_url(request.param, tmp_path) as url:
        init = server_cli_here("init", "--database-url", url, "--admin", "root",
                               password=PASSWORD)
        assert init.returncode == 0, init.stderr
        assert server_cli_here("team", "add", "East", "--database-url", url).returncode == 0
        added = server_cli_here("user", "add", "amy", "--team", "East", "--role", "rep",
                                "--database-url", url, password=PASSWORD)
        assert added.returncode == 0, added.stderr
        with running_server(url) as (base, db), httpx.Client(base_url=base, timeout=30) as http:
            yield http, db, url


@pytest.fixture
def world(empty: Store) -> dict[str, uuid.UUID]:
    """A team East, its rep and the rep's company Acme with three contacts, in `empty`."""
    with empty.session.begin() as s:
        team = Team(name="East")
        s.add(team)
        s.flush()
        rep = User(username="rep", display_name="Rep One", team_id=team.id)
        s.add(rep)
        s.flush()
        acme = new_account(s, name="Acme Ltd.", owner_id=rep.id, team_id=team.id)
        ann = new_contact(s, acme, name="Ann", mobile="138 0000 1111", email="ann@acme.com")
        bob = new_contact(s, acme, name="Bob", mobile="139 0000 2222")
        cat = new_contact(s, acme, name="Cat", email="cat@acme.com")
        return {"team": team.id, "rep": rep.id, "acme": acme, "ann": ann, "bob": bob,
                "cat": cat}
