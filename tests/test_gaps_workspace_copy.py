"""A copied workspace file is another workspace: it gets its own sync client id when it
is first opened (a renamed one keeps its id), keeps its unsent edits, signs in for
itself, and its edits and the original's never silently replace each other."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import keyring
import pytest
from sqlalchemy import select

from crmdesk.secrets import token_key
from crmdesk.server.schema import Conflict
from crmdesk.store import conflicts
from crmdesk.store.db import Store, open_store
from crmdesk.store.journal import pending_count
from crmdesk.store.models import Account
from crmdesk.store.writes import new_account, update_account_field
from tests.server_fixtures import PASSWORD
from tests.test_server_sync import _people
from tests.test_sync import Laptop, Server
from tests.test_sync_cli import (  # the CLI tests' keyring and sign-in helpers
    DictKeyring,
    _add_account,
    _ids,
    _sync,
    dict_keyring,  # noqa: F401 (a fixture)
)


def _opened(path: Path) -> tuple[str, int]:
    """The workspace's client id and its number of unsent edits."""
    store: Store = open_store(path)
    try:
        with store.session() as session:
            return store.client_id, pending_count(session)
    finally:
        store.close()


def test_a_copy_gets_a_new_client_id_and_keeps_its_unsent_edits(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    store = open_store(path, create=True)
    first = store.client_id
    with store.write.begin() as s:
        new_account(s, name="Pending Co", owner_id=None, team_id=None)
    store.close()
    assert _opened(path) == (first, 1)  # reopened: the same workspace
    renamed = tmp_path / "renamed.db"
    path.rename(renamed)
    assert _opened(renamed) == (first, 1)  # a rename is the same file
    copy = tmp_path / "copy.db"
    shutil.copyfile(renamed, copy)
    copied, pending = _opened(copy)
    assert copied != first and pending == 1  # its unsent edit stays, to go under its id
    assert _opened(copy) == (copied, 1)  # and it keeps that id from now on
    assert _opened(renamed) == (first, 1)  # the original is untouched
    assert token_key(copied, "http://s", "amy") != token_key(first, "http://s", "amy")


def test_a_copy_at_the_same_path_on_another_computer_gets_a_new_client_id(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The file copied to another laptop, at the same path: it is another workspace. Put
    back at its path on this computer (restored from a backup), it is this one still."""
    path = tmp_path / "office.db"
    store = open_store(path, create=True)
    first = store.client_id
    store.close()
    backup = tmp_path / "backup.db"
    shutil.copyfile(path, backup)
    # each file set aside (not deleted), so no new file takes its inode number
    path.rename(tmp_path / "lost.db")
    shutil.copyfile(backup, path)  # another file (inode) at the same path
    assert _opened(path)[0] == first
    path.rename(tmp_path / "left-behind.db")
    shutil.copyfile(backup, path)
    monkeypatch.setattr(socket, "gethostname", lambda: "another-laptop")
    assert _opened(path)[0] != first


def test_edits_of_a_workspace_and_its_copy_never_silently_replace_each_other(
        server: Server, tmp_path: Path) -> None:
    http, db, _url = server
    ids = _people(server)
    office = Laptop(tmp_path, http, "amy", file_name="office.db")
    with office.store.write.begin() as s:
        account = new_account(s, name="Copied Co", owner_id=ids["amy"], team_id=ids["East"])
    office.sync()
    with office.store.write.begin() as s:  # unsent when the file is copied: both have it
        update_account_field(s, account, "industry", "Retail")
    office.close()
    shutil.copyfile(tmp_path / "office.db", tmp_path / "home.db")
    # each signs in for itself (a token is bound to its workspace's id)
    office = Laptop(tmp_path, http, "amy", file_name="office.db", first_sync=False)
    home = Laptop(tmp_path, http, "amy", file_name="home.db", first_sync=False)
    try:
        with home.store.write.begin() as s:  # the earlier edit
            update_account_field(s, account, "address", "1 Home Road")
        with office.store.write.begin() as s:  # the later one: it holds the field
            update_account_field(s, account, "address", "2 Office Street")
        reports = [office.sync(), home.sync(), office.sync(), home.sync()]
        assert [r.refused for r in reports] == [0, 0, 0, 0]
        with db.session() as s:
            kept = s.get(Account, account)
            assert kept is not None and (kept.address, kept.industry) == (
                "2 Office Street", "Retail")
            assert [(c.field, c.kept_value, c.lost_value) for c in s.scalars(
                select(Conflict))] == [("address", "2 Office Street", "1 Home Road")]
        with home.store.session() as s:  # the copy's value lost, and it is told so
            assert [(r.mine, r.theirs) for r in conflicts.unresolved(s)] == [
                ("1 Home Road", "2 Office Street")]
            assert pending_count(s) == 0
        with office.store.session() as s:
            assert conflicts.unresolved(s) == [] and pending_count(s) == 0
            row = s.get(Account, account)
            assert row is not None and row.address == "2 Office Street"
        assert home.store.client_id != office.store.client_id
    finally:
        office.close()
        home.close()


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
@pytest.mark.usefixtures("dict_keyring")
def test_a_copy_asks_for_the_password_and_keeps_a_token_of_its_own(
        server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    saved = keyring.get_keyring()
    assert isinstance(saved, DictKeyring)
    http, db, _url = server
    base = str(http.base_url)
    amy, east = _ids(db)
    office, home = tmp_path / "office.db", tmp_path / "home.db"
    open_store(office, create=True).close()
    code, _out, err = _sync(monkeypatch, capsys, office, base, PASSWORD + "\n")
    assert code == 0, err
    _add_account(office, "Sent From The Copy Ltd.", amy, east)  # unsent when copied
    shutil.copyfile(office, home)
    code, _out, err = _sync(monkeypatch, capsys, home, base)  # nothing on stdin
    assert code == 1 and "No password given" in err  # asked: the office token is not its
    code, out, err = _sync(monkeypatch, capsys, home, base, PASSWORD + "\n")
    assert code == 0 and out.startswith("Sent 1 change(s)"), (out, err)
    assert len(saved.saved) == 2  # one token each
    code, out, err = _sync(monkeypatch, capsys, office, base)  # its own token still
    assert code == 0, err
    with db.session() as session:
        assert session.scalars(select(Account.name).where(
            Account.name == "Sent From The Copy Ltd.")).all() == ["Sent From The Copy Ltd."]
