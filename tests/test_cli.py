"""The command line, run as a user runs it: real files; a real process for the first
run of each command (its start-up, its exit code), the rest in this process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import TODAY
from tests.server_fixtures import crmdesk_here


def crmdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crmdesk.cli", *args],
                          capture_output=True, text=True, timeout=120)


def test_seed_search_and_dupes(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    seeded = crmdesk("seed", "--db", str(db), "--accounts", "300", "--seed", "5",
                     "--today", TODAY.isoformat())
    assert seeded.returncode == 0, seeded.stderr
    assert "accounts" in seeded.stdout and "300" in seeded.stdout

    found = crmdesk_here("search", "--db", str(db), "有限公司")
    assert found.returncode == 0
    assert found.stdout.startswith("company  ") and "有限公司" in found.stdout

    nothing = crmdesk_here("search", "--db", str(db), "zzzzqqqq")
    assert nothing.returncode == 0 and nothing.stdout.strip() == "No matches."

    dupes = crmdesk_here("dupes", "--db", str(db))
    assert dupes.returncode == 0
    assert "group(s) of likely duplicates" in dupes.stdout  # the seed's deliberate ones
    assert "legal form is ignored" in dupes.stdout

    again = crmdesk_here("seed", "--db", str(db), "--accounts", "10")
    assert again.returncode == 1
    assert "already holds accounts" in again.stderr and "Traceback" not in again.stderr


def test_bad_input_gets_a_message_not_a_traceback(tmp_path: Path) -> None:
    missing = tmp_path / "nope.db"
    for run, args in ((crmdesk, ("search", "--db", str(missing), "x")),
                      (crmdesk_here, ("dupes", "--db", str(missing)))):
        result = run(*args)
        assert result.returncode == 1
        assert "No workspace at" in result.stderr and "Traceback" not in result.stderr
    assert not missing.exists()

    for args, message in (
        (("seed", "--db", str(tmp_path / "a.db"), "--accounts", "0"), "at least 1"),
        (("seed", "--db", str(tmp_path / "a.db"), "--accounts", "many"), "whole number"),
        (("seed", "--db", str(tmp_path / "a.db"), "--today", "25/11/2026"), "YYYY-MM-DD"),
        (("seed",), "--db"),
        (("frobnicate",), "invalid choice"),
    ):
        result = crmdesk_here(*args)
        assert result.returncode == 2, args
        assert message in result.stderr and "Traceback" not in result.stderr

    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x00garbage" * 512)
    result = crmdesk_here("search", "--db", str(junk), "x")
    assert result.returncode == 1 and "not a crmdesk workspace" in result.stderr

    folder = crmdesk_here("seed", "--db", str(tmp_path), "--accounts", "5")
    assert folder.returncode == 1 and "is a folder" in folder.stderr
