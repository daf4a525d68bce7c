"""`crmdesk sync` as a user runs it, and where the token is (and is not) kept."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx
import keyring
import pytest
from keyring.backend import KeyringBackend

from crmdesk.secrets import NO_KEYRING, KeyringStore, token_key
from crmdesk.server.db import ServerDB
from crmdesk.store.db import open_store
from tests.server_fixtures import PASSWORD

Server = tuple[httpx.Client, ServerDB, str]


def crmdesk(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crmdesk.cli", *args], input=stdin,
                          capture_output=True, text=True, timeout=120)


def test_sync_command(server: Server, tmp_path: Path) -> None:
    http, _db, _url = server
    db = tmp_path / "laptop.db"
    open_store(db, create=True).close()
    base = str(http.base_url)
    ok = crmdesk("sync", "--db", str(db), "--server", base, "--user", "amy",
                 stdin=PASSWORD + "\n")
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.startswith("Sent ") and "received" in ok.stdout
    # this machine has no keyring: the user is told, and nothing is stored anywhere
    assert NO_KEYRING in ok.stderr
    raw = db.read_bytes() + Path(f"{db}-wal").read_bytes() if Path(f"{db}-wal").exists() \
        else db.read_bytes()
    assert PASSWORD.encode() not in raw and b"Bearer" not in raw
    assert PASSWORD not in ok.stdout + ok.stderr

    again = crmdesk("sync", "--db", str(db), "--server", base, "--user", "amy",
                    stdin=PASSWORD + "\n")
    assert again.returncode == 0 and "dropped" not in again.stdout
    # the same workspace for another user: asked for --replace first, then told
    asked = crmdesk("sync", "--db", str(db), "--server", base, "--user", "root",
                    stdin=PASSWORD + "\n")
    assert asked.returncode == 1 and "holds the records of “amy”" in asked.stderr
    assert "--replace" in asked.stderr and "Traceback" not in asked.stderr
    other = crmdesk("sync", "--db", str(db), "--server", base, "--user", "root",
                    "--replace", stdin=PASSWORD + "\n")
    assert other.returncode == 0, other.stderr
    assert other.stdout.startswith("This workspace held another user's records: they were "
                                   "dropped, and it now holds root's.")

    wrong = crmdesk("sync", "--db", str(db), "--server", base, "--user", "amy",
                    stdin="not the password\n")
    assert wrong.returncode == 1 and "Wrong user name or password" in wrong.stderr
    gone = crmdesk("sync", "--db", str(db), "--server", "http://127.0.0.1:9", "--user", "amy",
                   stdin=PASSWORD + "\n")
    assert gone.returncode == 1 and "could not be reached" in gone.stderr
    missing = crmdesk("sync", "--db", str(tmp_path / "nope.db"), "--server", base, "--user",
                      "amy")
    assert missing.returncode == 1 and "No workspace at" in missing.stderr
    for result in (wrong, gone, missing):
        assert "Traceback" not in result.stderr


class DictKeyring(KeyringBackend):
    """A real keyring backend that keeps passwords in a dict (for this test only)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.saved.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.saved[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.saved.pop((service, username), None)


@pytest.fixture
def dict_keyring() -> DictKeyring:
    previous = keyring.get_keyring()
    backend = DictKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_tokens_go_to_the_keyring_when_there_is_one(dict_keyring: DictKeyring) -> None:
    store = KeyringStore()
    assert store.warning is None
    key = token_key("http://server:8765/", "amy")
    store.put(key, "secret-token")
    assert dict_keyring.saved == {("crmdesk", "token:http://server:8765:amy"): "secret-token"}
    assert store.get(key) == "secret-token"
    store.delete(key)
    assert store.get(key) is None


def test_without_a_keyring_nothing_is_kept() -> None:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        store = KeyringStore()
        store.put("k", "secret")
        assert store.get("k") is None and store.warning == NO_KEYRING
    finally:
        keyring.set_keyring(previous)
