"""`crmdesk sync` as a user runs it, and where the token is (and is not) kept."""

from __future__ import annotations

import io
import subprocess
import sys
import uuid
from pathlib import Path

import httpx
import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import select

from crmdesk.cli import main
from crmdesk.secrets import NO_KEYRING, KeyringStore, read_entry, shared_token_key, token_key
from crmdesk.server.db import ServerDB
from crmdesk.store.db import open_store
from crmdesk.store.models import Account, User
from crmdesk.store.writes import new_account
from crmdesk.sync.engine import sign_in
from tests.server_fixtures import PASSWORD
from tests.sync_harness import BACKENDS

#: The command is the same against either server database (large size: both).
SERVER_BACKENDS = BACKENDS

Server = tuple[httpx.Client, ServerDB, str]


def crmdesk(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crmdesk.cli", *args], input=stdin,
                          capture_output=True, text=True, timeout=120)


def test_sync_command(server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                      capsys: pytest.CaptureFixture[str]) -> None:
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

    # the rest in this process (starting the command is most of its time) as the user
    # types it, with this machine's keyring: none
    def here(*args: str, stdin: str = PASSWORD + "\n") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(["sync", "--db", str(db), "--server", base, *args])
        out = capsys.readouterr()
        assert "Traceback" not in out.err
        return code, out.out, out.err

    code, out, _err = here("--user", "amy")
    assert code == 0 and "dropped" not in out
    # the same workspace for another user: asked for --replace first, then told
    code, _out, err = here("--user", "root")
    assert code == 1 and "holds the records of “amy”" in err and "--replace" in err
    code, out, err = here("--user", "root", "--replace")
    assert code == 0, err
    assert out.startswith("This workspace held another user's records: they were "
                          "dropped, and it now holds root's.")
    # a process of its own: this one's keeps root's token in memory (no keyring)
    wrong = crmdesk("sync", "--db", str(db), "--server", base, "--user", "amy",
                    stdin="not the password\n")
    assert wrong.returncode == 1 and "Wrong user name or password" in wrong.stderr
    assert "Traceback" not in wrong.stderr
    base = "http://127.0.0.1:9"
    code, _out, err = here("--user", "amy")
    assert code == 1 and "could not be reached" in err
    db = tmp_path / "nope.db"
    code, _out, err = here("--user", "amy")
    assert code == 1 and "No workspace at" in err


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
    key = token_key("c0ffee", "http://server:8765/", "amy")
    store.put(key, "secret-token")
    assert dict_keyring.saved == {("crmdesk", "token:c0ffee:http://server:8765:amy"):
                                  "secret-token"}
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


def _ids(db: ServerDB) -> tuple[uuid.UUID, uuid.UUID]:
    """amy's id and her team's, as the server knows them."""
    with db.session() as session:
        amy = session.scalars(select(User).where(User.username == "amy")).one()
        assert amy.team_id is not None
        return amy.id, amy.team_id


def _add_account(path: Path, name: str, owner: uuid.UUID, team: uuid.UUID) -> None:
    store = open_store(path)
    try:
        with store.write.begin() as session:
            new_account(session, name=name, owner_id=owner, team_id=team)
    finally:
        store.close()


def _sync(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], db: Path,
          base: str, stdin: str = "") -> tuple[int, str, str]:
    """`crmdesk sync` as amy, in this process (so it uses this test's keyring); the
    password, if it is asked for, from `stdin`."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(["sync", "--db", str(db), "--server", base, "--user", "amy"])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_two_workspaces_of_one_user_each_keep_their_own_token(
        server: Server, tmp_path: Path, dict_keyring: DictKeyring,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Two workspaces signed in as amy on one computer: each keeps its own token, so
    each sends its edits later without being asked for the password."""
    http, db, _url = server
    base = str(http.base_url)
    amy, east = _ids(db)
    paths = [tmp_path / "office.db", tmp_path / "home.db"]
    for path in paths:
        open_store(path, create=True).close()
        code, _out, err = _sync(monkeypatch, capsys, path, base, PASSWORD + "\n")
        assert code == 0, err
    for path in paths:
        _add_account(path, f"{path.stem.title()} Edit Ltd.", amy, east)
    for path in paths:  # no password on standard input: the kept token is used
        code, out, err = _sync(monkeypatch, capsys, path, base)
        assert code == 0, err
        assert out.startswith("Sent 1 change(s)") and "Traceback" not in err
    with db.session() as session:
        names = set(session.scalars(select(Account.name)))
    assert {"Office Edit Ltd.", "Home Edit Ltd."} <= names
    assert len(dict_keyring.saved) == 2  # one token each
    for path in paths:  # the tokens are in the keyring only
        for part in tmp_path.glob(f"{path.name}*"):
            raw = part.read_bytes()
            assert not any(read_entry(entry).token.encode() in raw
                           for entry in dict_keyring.saved.values())


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_a_refused_token_asks_for_the_password_again_and_the_sync_goes_on(
        server: Server, tmp_path: Path, dict_keyring: DictKeyring,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    http, db, _url = server
    base = str(http.base_url)
    amy, east = _ids(db)
    path = tmp_path / "laptop.db"
    open_store(path, create=True).close()
    code, _out, err = _sync(monkeypatch, capsys, path, base, PASSWORD + "\n")
    assert code == 0, err
    (token,) = (read_entry(entry).token for entry in dict_keyring.saved.values())

    # revoked (or expired): asked again, and the edit goes
    assert http.post("/v1/logout", headers={"Authorization": f"Bearer {token}"}
                     ).status_code == 204
    _add_account(path, "After Revoke Ltd.", amy, east)
    code, out, err = _sync(monkeypatch, capsys, path, base, PASSWORD + "\n")
    assert code == 0, err
    assert out.startswith("Sent 1 change(s)")
    assert "expired or was revoked" in err  # why the password is asked again
    (fresh,) = (read_entry(entry).token for entry in dict_keyring.saved.values())
    assert fresh != token and PASSWORD not in out + err and fresh not in out + err

    # a token made for another workspace (as an older version's shared entry could
    # hold): the server will not take this workspace's edits with it; asked again
    other = sign_in(http, "amy", PASSWORD, "another-workspace").token
    dict_keyring.saved = {key: other for key in dict_keyring.saved}
    _add_account(path, "Another Token Ltd.", amy, east)
    code, out, err = _sync(monkeypatch, capsys, path, base, PASSWORD + "\n")
    assert code == 0, err
    assert "made for another workspace" in err and out.startswith("Sent 1 change(s)")
    assert other not in (read_entry(entry).token for entry in dict_keyring.saved.values())
    with db.session() as session:
        names = set(session.scalars(select(Account.name)))
    assert {"After Revoke Ltd.", "Another Token Ltd."} <= names

    # no password this time: the kept token works
    code, out, err = _sync(monkeypatch, capsys, path, base)
    assert code == 0 and "Password" not in err, err


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_an_older_versions_shared_token_is_removed_and_ended_at_sign_in(
        server: Server, tmp_path: Path, dict_keyring: DictKeyring,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """The entry an older version kept for every workspace of amy may be another
    workspace's token: it is not used; the password is asked once, and the old entry
    leaves the keyring and ends on the server."""
    http, _db, _url = server
    base = str(http.base_url)
    path = tmp_path / "laptop.db"
    store = open_store(path, create=True)
    client_id = store.client_id
    store.close()
    old = sign_in(http, "amy", PASSWORD, "a-workspace-of-before").token
    KeyringStore().put(shared_token_key(base, "amy"), old)
    code, _out, err = _sync(monkeypatch, capsys, path, base)
    assert code == 1 and "No password given" in err  # asked, not used
    code, _out, err = _sync(monkeypatch, capsys, path, base, PASSWORD + "\n")
    assert code == 0, err
    assert list(dict_keyring.saved) == [("crmdesk", token_key(client_id, base, "amy"))]
    assert http.get("/v1/me", headers={"Authorization": f"Bearer {old}"}).status_code == 401
