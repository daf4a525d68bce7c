"""A path given as a workspace that is not one: refused with a message naming it, the
file left as it was; a folder that cannot be made says why. Real files, the
commands in this process, the real window start-up in a process of its own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from crmdesk.cli import main
from tests.server_fixtures import crmdesk_here


def crmdesk(*args: str) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "crmdesk.cli", *args], env=env,
                          capture_output=True, text=True, timeout=120)


def _snapshot(path: Path) -> tuple[bytes, int, list[Path]]:
    return path.read_bytes(), path.stat().st_mtime_ns, sorted(path.parent.iterdir())


@pytest.mark.parametrize("content", [b"", b"name,phone\nAcme,021 6234 5678\n"])
def test_a_file_that_is_not_a_workspace_is_refused_by_every_command(
        tmp_path: Path, content: bytes) -> None:
    given = tmp_path / "given.db"
    given.write_bytes(content)
    os.utime(given, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    before = _snapshot(given)
    shot = tmp_path / "out.png"
    # the window's start-up in a process of its own; the commands in this one
    for run, args in ((crmdesk_here, ("search", "--db", str(given), "acme")),
                      (crmdesk_here, ("dupes", "--db", str(given))),
                      (crmdesk_here, ("seed", "--db", str(given), "--accounts", "5")),
                      (crmdesk, ("--db", str(given), "--screenshot", str(shot)))):
        result = run(*args)
        assert result.returncode == 1, (args, result.stderr)
        assert f"crmdesk: {given} " in result.stderr and "not" in result.stderr, args
        assert "left as it was" in result.stderr and "Traceback" not in result.stderr
        assert _snapshot(given) == before, args
    assert not shot.exists()


def test_seed_where_the_folder_cannot_be_made_says_why(tmp_path: Path) -> None:
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder")
    result = crmdesk_here("seed", "--db", str(blocker / "sub" / "ws.db"), "--accounts", "5")
    assert result.returncode == 2
    assert result.stderr == (f"crmdesk: Cannot make the folder {blocker / 'sub'} for the "
                             f"workspace: {blocker} is a file, not a folder.\n")
    assert blocker.read_text() == "not a folder"


def test_the_window_given_a_file_that_is_not_a_workspace_shows_why(
        tmp_path: Path, qtbot: QtBot, capsys: pytest.CaptureFixture[str]) -> None:
    """Started from a desktop, no one reads the terminal: the message is shown."""
    given = tmp_path / "given.db"
    given.write_bytes(b"")
    shown: list[str] = []

    def answer() -> None:  # the user reads the message and closes it
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        shown.append(box.text())
        box.close()
        if str(given) not in box.text():  # some other question: the window would open
            QTimer.singleShot(2000, QApplication.quit)

    QTimer.singleShot(0, answer)
    assert main(["--db", str(given)]) == 1
    assert len(shown) == 1 and shown[0].startswith(f"{given} is an empty file (0 bytes)")
    err = capsys.readouterr().err
    assert err == f"crmdesk: {shown[0]}\n"
    assert given.read_bytes() == b""
