"""The built desktop bundle works: it makes a workspace, renders the window offscreen and
syncs with a real server. Run by `make bundle-check` (CI builds the bundle first and
points CRMDESK_BUNDLE at its executable); `make test` has no bundle to run."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import httpx
import pytest
from PySide6.QtGui import QImage
from sqlalchemy import select

from crmdesk.store.db import open_store
from crmdesk.store.models import User
from tests.server_fixtures import PASSWORD

BUNDLE = os.environ.get("CRMDESK_BUNDLE")
pytestmark = pytest.mark.skipif(not BUNDLE, reason="no bundle built (make bundle-check)")

#: One server database is enough: the bundle is the laptop's side.
SERVER_BACKENDS = ("postgres",)


def bundled(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    assert BUNDLE is not None
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([BUNDLE, *args], input=stdin, capture_output=True, text=True,
                          timeout=300, env=env, check=False)


def test_the_bundle_holds_the_laptop_and_not_the_server() -> None:
    assert BUNDLE is not None
    inside = Path(BUNDLE).parent / "_internal"
    assert (inside / "crmdesk" / "store" / "migrations" / "versions").is_dir()
    # the application icon is an SVG (in crmdesk.ui.resources_rc): Qt's SVG plugins draw it
    plugins = inside / "PySide6" / "Qt" / "plugins"
    assert (plugins / "iconengines" / "libqsvgicon.so").exists()
    assert (plugins / "imageformats" / "libqsvg.so").exists()
    assert not [name for name in os.listdir(inside)
                if name.split("-")[0].split(".")[0] in ("fastapi", "uvicorn", "psycopg",
                                                        "argon2")]


def test_the_bundle_makes_a_workspace_and_shows_the_window(tmp_path: Path) -> None:
    db, shot = tmp_path / "demo.db", tmp_path / "window.png"
    seeded = bundled("seed", "--db", str(db), "--accounts", "150")
    assert seeded.returncode == 0, seeded.stderr
    shown = bundled("--db", str(db), "--screenshot", str(shot))
    assert shown.returncode == 0, shown.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1366, 768)
    # a window with its panes drawn, not a blank or a single colour
    colours = {image.pixel(x, y) for x in range(0, 1366, 11) for y in range(0, 768, 11)}
    assert len(colours) > 20
    found = bundled("search", "--db", str(db), "Ltd")
    assert found.returncode == 0, found.stderr


def test_the_bundle_syncs_with_the_server(server: tuple[httpx.Client, object, str],
                                          tmp_path: Path) -> None:
    http, _db, _url = server
    db = tmp_path / "laptop.db"
    open_store(db, create=True).close()
    synced = bundled("sync", "--db", str(db), "--server", str(http.base_url), "--user", "amy",
                     stdin=PASSWORD + "\n")
    assert synced.returncode == 0, synced.stderr
    assert synced.stdout.startswith("Sent ")
    store = open_store(db)
    try:
        with store.session() as session:
            names = set(session.scalars(select(User.username)))
    finally:
        store.close()
    assert {"amy", "root"} <= names
    wrong = bundled("sync", "--db", str(db), "--server", str(http.base_url), "--user", "amy",
                    stdin="not it\n")
    assert wrong.returncode == 1 and "Wrong user name or password" in wrong.stderr
