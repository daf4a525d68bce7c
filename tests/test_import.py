"""Lead batches from CSV: parsing, importing with duplicate checks, CLI and dialog."""

from __future__ import annotations

import subprocess
import sys
import uuid
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from crmdesk.domain.lead_import import Outcome, UnreadableFile, decode, parse
from crmdesk.domain.text import clean_text, first_text_problem, text_problem
from crmdesk.store.db import Store, open_store, raw_connection
from crmdesk.store.journal import QUIET, pending_count
from crmdesk.store.lead_import import channel_named, channel_names, import_leads
from crmdesk.store.models import (
    Account,
    AccountRollup,
    Channel,
    ChannelKind,
    Contact,
    LeadBatch,
    OutboxEntry,
    Team,
)
from crmdesk.store.queries import search
from crmdesk.store.review import kept_facts
from tests.test_review_value import rollup_differences

CSV = """公司名称,网站,电话,联系人,职位,手机,邮箱,城市,行业
杭州云帆数据科技有限公司,www.yunfan-data.cn,0571-8765 4321,周敏,采购经理,139 0571 2233,\
zhoumin@yunfan-data.cn,杭州,Software
Acme Widgets Ltd.,acmewidgets.com,,Bob Stone,CTO,,bob@acmewidgets.com,California,Manufacturing
ACME WIDGETS LIMITED,,,,,,,,
,www.nameless.com,,,,,,,
"Broken, Row Co",www.broken.com,123
Fixit GmbH,fixit.de,12,Anna,,,anna@fixit,Bavaria,Retail
"""


def test_parse_finds_columns_and_reports_every_problem() -> None:
    batch = parse(CSV, "CN")
    assert batch.columns["name"] == "公司名称" and batch.columns["mobile"] == "手机"
    assert [r.name for r in batch.rows] == ["杭州云帆数据科技有限公司", "Acme Widgets Ltd.",
                                            "ACME WIDGETS LIMITED"]
    assert [(p.line, p.message.split(";")[0]) for p in batch.problems] == [
        (5, "has no company name"), (6, "has 3 fields where the header has 9"),
        (7, "“12” has the wrong number of digits for its country. “anna@fixit” is not an "
            "email address.")]
    assert "Broken, Row Co" in batch.problems[1].text  # the text, to fix and import again
    # a row is checked as the new-lead dialog checks what is typed, in its words
    fixit = batch.problems[-1]
    assert fixit.name == "Fixit GmbH" and "anna@fixit" in fixit.text
    from crmdesk.app.accounts import NewLead, lead_problems
    assert fixit.message == " ".join(lead_problems(NewLead(
        "Fixit GmbH", "fixit.de", "12", "Anna", "", "anna@fixit"), "CN"))


def test_parse_english_headers_semicolons_and_chinese_excel() -> None:
    text = "Company;Mobile;E-Mail\nGlobex;138 1234 5678;x@globex.com\n"
    batch = parse(text, "CN")
    assert batch.rows[0].mobile == "138 1234 5678"
    assert batch.rows[0].contact == "Globex"  # details without a name stay with the company
    assert decode(CSV.encode("gb18030")) == CSV
    assert decode(b"\xef\xbb\xbf" + CSV.encode()) == CSV
    with pytest.raises(UnreadableFile, match="No company-name column"):
        parse("Name of thing,Phone\nx,1\n".replace("Name of thing", "Widget"), "CN")
    with pytest.raises(UnreadableFile, match="empty"):
        parse("", "CN")
    with pytest.raises(UnreadableFile, match="says it is UTF-16 text but is not"):
        decode(b"\xff\xfe\x00\xd8\x00" * 3 + b"\x81")


def _team(store: Store) -> Team:
    with store.session.begin() as session:
        team = Team(name="East")
        session.add(team)
    return team


def _channel(store: Store, name: str) -> uuid.UUID:
    """A channel as it arrives from the server (made there by an administrator)."""
    with store.session.begin() as session:
        session.info[QUIET] = True  # pulled, not made here: nothing to send
        channel = Channel(name=name, kind=ChannelKind.EVENT)
        session.add(channel)
    return channel.id


def test_import_skips_known_companies_and_is_journaled(empty: Store) -> None:
    team = _team(empty)
    _channel(empty, "Trade show 2026")
    with empty.session() as session:
        before = pending_count(session)
    with empty.session.begin() as session:
        channel = channel_named(session, "Trade show 2026")
        result = import_leads(session, parse(CSV, "CN"), channel_id=channel, owner_id=None,
                              team_id=team.id, file_name="expo.csv",
                              received_on=date(2026, 11, 25))
    assert len(result.created) == 2
    assert [(s.line, s.text) for s in result.skipped] == [(4, "ACME WIDGETS LIMITED")]
    assert result.skipped[0].message.startswith("repeats line 3 “Acme Widgets Ltd.”: same "
                                                "company name")
    assert len(result.problems) == 3 and len(result.warnings) == 0
    with empty.session() as session:
        assert session.scalar(select(func.count()).select_from(Account)) == 2
        assert session.scalar(select(func.count()).select_from(Contact)) == 2
        batch = session.scalars(select(LeadBatch)).one()
        assert (batch.row_count, batch.file_name) == (2, "expo.csv")
        assert pending_count(session) == before + 2 * 2 + 1  # every row will sync
        # the batch is sent once, with its count: the server lets no rep change it later
        sent = session.scalars(select(OutboxEntry.fields).where(
            OutboxEntry.entity == "lead_batches")).all()
        assert [fields["row_count"] for fields in sent] == [2]
        (hit,) = search(session, "云帆")
        assert hit.title == "杭州云帆数据科技有限公司"
    # each new account's rollup, as the review reads it
    assert rollup_differences(empty) == []
    with empty.session() as session:
        assert session.scalar(select(func.count()).select_from(AccountRollup)) == 2
    # the same file again: everything is already known, nothing doubles
    with empty.session.begin() as session:
        again = import_leads(session, parse(CSV, "CN"), channel_id=channel, owner_id=None,
                             team_id=team.id, file_name="expo.csv",
                             received_on=date(2026, 11, 25))
    assert again.created == [] and len(again.skipped) == 3
    assert all(s.message.startswith("already known as") for s in again.skipped)
    assert "same company name" in " ".join(s.message for s in again.skipped)


def test_cli_import(seeded: Store, tmp_path: Path) -> None:
    path = tmp_path / "batch.csv"
    path.write_text(CSV, encoding="utf-8")
    db = str(seeded.path)
    seeded.close()
    ok = subprocess.run([sys.executable, "-m", "crmdesk.cli", "import", "--db", db,
                         "--channel", "Trade show", str(path)],
                        capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0, ok.stderr
    assert "Imported 2 lead(s)" in ok.stdout and "line 6: NOT imported" in ok.stdout
    assert "Saving new leads: 2 of 2" in ok.stderr  # progress goes to stderr
    bad = subprocess.run([sys.executable, "-m", "crmdesk.cli", "import", "--db", db,
                          "--channel", "Nope", str(path)], capture_output=True, text=True,
                         timeout=120)
    # a rep imports under a channel that exists; none is made
    assert bad.returncode == 2 and "No channel “Nope”. Channels: " in bad.stderr
    assert "Trade show, " in bad.stderr and "crmdesk-server channel add" in bad.stderr
    reopened = open_store(db)
    try:
        with reopened.session() as session:
            assert "Nope" not in channel_names(session)
            # the review's kept facts hold for the leads made (crmdesk.store.review.kept_facts)
            assert kept_facts.drift(raw_connection(session)) == []
    finally:
        reopened.close()
    missing = subprocess.run([sys.executable, "-m", "crmdesk.cli", "import", "--db", db,
                              "--channel", "Trade show", str(tmp_path / "nope.csv")],
                             capture_output=True, text=True, timeout=120)
    assert missing.returncode == 1 and "Cannot read" in missing.stderr
    assert "Traceback" not in bad.stderr + missing.stderr


def test_import_dialog(seeded: Store, tmp_path: Path, qtbot: QtBot) -> None:
    from crmdesk.ui.import_dialog import ImportDialog
    from tests.test_ui import make_window

    window = make_window(seeded, tmp_path, qtbot)
    path = tmp_path / "batch.csv"
    path.write_text(CSV, encoding="utf-8")
    dialog = ImportDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.start()
    assert "Choose a file first" in dialog.summary.text()
    dialog.path.setText(str(path))
    qtbot.waitUntil(lambda: dialog.channel.count() > 0, timeout=10000)
    assert not dialog.channel.isEditable()  # the channels there are; no new one
    with seeded.session() as session:
        assert [dialog.channel.itemText(i) for i in range(dialog.channel.count())] == \
            channel_names(session)
    dialog.channel.setCurrentText("Trade show")
    assert dialog.channel.currentText() == "Trade show"
    dialog.start()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=10000)
    assert dialog.summary.text().startswith("batch.csv: imported 2 new lead(s); 0 matched")
    rows = {row.line: row for row in dialog.outcome.rows}  # type: ignore[union-attr]
    assert rows[4].reason.startswith("repeats line 3 “Acme Widgets Ltd.”")
    assert rows[5].outcome is Outcome.SKIPPED
    qtbot.waitUntil(window.is_settled, timeout=10000)
    created = set(dialog.outcome.created)  # type: ignore[union-attr]
    assert created <= set(window.queue.model.ids())  # mine, in my queue at once


# ---- what comes in: control characters, huge cells, encodings, a busy workspace ----------

def test_one_text_rule_for_control_characters() -> None:
    assert text_problem("name", "Acme 有限公司 ’é€") is None
    assert text_problem("name", "Ac\x00me") == (
        "The name contains a NUL character, which cannot be saved here; remove it.")
    for bad, shown in (("\x07", "U+0007"), ("\x1b", "U+001B"), ("\x7f", "U+007F"),
                       ("\x85", "U+0085"), ("\x9f", "U+009F")):
        assert shown in (text_problem("region", f"a{bad}b") or "")
    assert "a tab" in (text_problem("name", "a\tb") or "")
    assert "a NUL" in (text_problem("lost_reason", "a\nb\x00") or "")
    assert "a line break" in (text_problem("address", "1 Road\nTown") or "")
    # fields written over several lines keep their line breaks and tabs, never a NUL
    assert text_problem("notes", "line one\n\tline two\r\n") is None
    assert "NUL" in (text_problem("notes", "x\x00") or "")
    assert first_text_problem({"value_score": 3, "name": "ok", "email": "a\x01@b.c"}) == \
        text_problem("email", "a\x01@b.c")
    assert clean_text("Ac\x00me \n\t Co\x85 Ltd") == "Acme Co Ltd"
    assert clean_text("one\ntwo\x00\x1b", multiline=True) == "one\ntwo"


def test_every_write_refuses_control_characters_with_the_one_message(seeded: Store) -> None:
    from crmdesk.domain.activity import ActivityKind
    from crmdesk.store.writes import (
        ActivityInput,
        Refused,
        log_activity,
        new_account,
        new_contact,
        update_account_field,
    )

    with seeded.session() as session:
        account = session.scalars(select(Account.id).limit(1)).one()
        before = (session.scalar(select(func.count()).select_from(Account)),
                  pending_count(session))
    attempts = [
        lambda s: new_account(s, name="Nul\x00 Co", owner_id=None, team_id=None),
        lambda s: new_account(s, name="Fine Co", owner_id=None, team_id=None,
                              region="East\x1b"),
        lambda s: new_contact(s, account, name="Li\tWei"),
        lambda s: log_activity(s, account, None, ActivityInput(ActivityKind.NOTE,
                                                               notes="called\x00")),
    ]
    for attempt in attempts:
        with (pytest.raises(Refused, match="cannot be saved here; remove it"),
              seeded.write.begin() as session):
            attempt(session)
    with seeded.write.begin() as session:
        checked = update_account_field(session, account, "name", "Bell\x07 Co")
        assert checked.problem == text_problem("name", "Bell\x07 Co")
        # a note may run over several lines
        log_activity(session, account, None, ActivityInput(ActivityKind.NOTE,
                                                           notes="line one\nline two"))
    with seeded.session() as session:
        assert session.scalar(select(func.count()).select_from(Account)) == before[0]
        assert pending_count(session) == before[1] + 1  # the note (derived values stay local)
        name = session.get(Account, account).name  # type: ignore[union-attr]
        assert "\x07" not in name


def test_import_cleans_control_characters_and_says_so() -> None:
    batch = parse("Company,Contact\nNul\x00 Trading\x85 Co,Li\tWei\n", "CN")
    (row,) = batch.rows
    assert (row.name, row.contact) == ("Nul Trading Co", "Li Wei")
    assert text_problem("name", row.name) is None and text_problem("contact", row.contact) is None
    assert row.warnings == ("Company: control characters or line breaks were taken out.",
                            "Contact: control characters or line breaks were taken out.")


def test_a_huge_cell_is_reported_with_its_line_and_the_good_rows_kept() -> None:
    huge = "x" * (200 * 1024)
    text = (f"Company,Phone,Notes\nGood One Ltd,,ok\nHuge Co,,{huge}\nGood Two Ltd,,ok\n"
            f'"Quoted Huge Co",,"{huge}"\nGood Three Ltd,,ok\n')
    batch = parse(text, "CN")
    assert [r.name for r in batch.rows] == ["Good One Ltd", "Good Two Ltd", "Good Three Ltd"]
    assert [(p.line, p.message.split(";")[0]) for p in batch.problems] == [
        (3, "has a cell longer than 128 KiB"), (5, "has a cell longer than 128 KiB")]
    assert batch.problems[0].text.startswith("Huge Co,,xxx") and len(batch.problems[0].text) < 100


def test_a_value_longer_than_its_column_is_reported_not_sent(empty: Store) -> None:
    team = _team(empty)
    channel = _channel(empty, "Fair")
    text = f"Company,Region\nShort Name Ltd,East\n{'Long' * 80} Ltd,East\nFine Co,{'R' * 121}\n"
    with empty.session.begin() as session:
        result = import_leads(session, parse(text, "CN"), channel_id=channel, owner_id=None,
                              team_id=team.id, file_name="long.csv",
                              received_on=date(2026, 11, 25))
    assert len(result.created) == 1
    assert [(p.line, p.message) for p in result.problems] == [
        (3, "Company name is at most 300 characters; this one has 324."),
        (4, "Region is at most 120 characters; this one has 121.")]


def test_cli_import_of_a_huge_cell_keeps_the_good_rows(seeded: Store, tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_text("Company,Notes\nHugely Good Ltd,ok\nHuge Cell Co," + "y" * 140_000
                    + "\nAlso Good GmbH,ok\n", encoding="utf-8")
    db = str(seeded.path)
    seeded.close()
    done = subprocess.run([sys.executable, "-m", "crmdesk.cli", "import", "--db", db,
                           "--channel", "Trade show", str(path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert "Imported 2 lead(s)" in done.stdout
    assert "line 3: NOT imported: has a cell longer than 128 KiB" in done.stdout


#: A file as Excel on a Western European Windows saves it ("CSV (Comma delimited)"),
#: with letters the Western, Central European and Baltic code pages share.
WESTERN = ("Company,Contact,City\n"
           "Müller & Söhne GmbH,Jürgen Weiß,München\n"
           "O’Brien’s Bakery Ltd.,Kevin O’Brien,Dublin\n"
           "Euro€ Trading SA,Käthe Müller,Bruxelles\n"
           "Société Générale de Café,Renée Dubois,Paris\n")


def test_a_windows_1252_file_is_read_as_such() -> None:
    assert decode(WESTERN.encode("cp1252")) == WESTERN
    # these bytes are also valid GB18030, which the importer used to read them as
    assert decode("Müller Söhne,O’Brien\n".encode("cp1252")) == "Müller Söhne,O’Brien\n"
    names = [r.name for r in parse(decode(WESTERN.encode("cp1252")), "CN").rows]
    assert names[:3] == ["Müller & Söhne GmbH", "O’Brien’s Bakery Ltd.", "Euro€ Trading SA"]
    # and the Chinese Excel files, as before, and UTF-8 with and without its BOM
    assert decode(CSV.encode("gb18030")) == CSV
    assert decode(WESTERN.encode("utf-8-sig")) == WESTERN == decode(WESTERN.encode())
    assert decode(WESTERN.encode("utf-16")) == WESTERN


def test_an_ambiguous_file_is_refused_naming_what_it_could_be(
        seeded: Store, tmp_path: Path) -> None:
    # è, ñ and á are other letters in the Central European and Baltic code pages
    text = "Company,Contact\nCrème de la Crème SARL,José Núñez\nSeán’s Pub,Seán\n"
    with pytest.raises(UnreadableFile) as refused:
        decode(text.encode("cp1252"))
    message = str(refused.value)
    assert "Windows-1252 (Western European)" in message and "“Crème" in message
    assert "Windows-1250 (Central European)" in message and "“Crčme" in message
    assert "Windows-1257 (Baltic)" in message
    assert "CSV UTF-8" in message
    assert decode(text.encode("cp1252"), "cp1252") == text  # when the user says which
    path = tmp_path / "western.csv"
    path.write_bytes(text.encode("cp1252"))
    db = str(seeded.path)
    seeded.close()
    cli = [sys.executable, "-m", "crmdesk.cli", "import", "--db", db, "--channel",
           "Trade show", str(path)]
    refused_run = subprocess.run(cli, capture_output=True, text=True, timeout=120)
    assert refused_run.returncode == 1 and "Windows-1250" in refused_run.stderr
    assert "Traceback" not in refused_run.stderr
    told = subprocess.run([*cli, "--encoding", "cp1252"], capture_output=True, text=True,
                          timeout=120)
    assert told.returncode == 0 and "Imported 2 lead(s)" in told.stdout, told.stderr
    reopened = open_store(db)
    try:
        with reopened.session() as session:
            assert session.scalar(select(Account.id).where(
                Account.name == "Crème de la Crème SARL")) is not None
    finally:
        reopened.close()


def test_an_import_waits_for_another_writer_then_says_so(
        seeded: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    from crmdesk.cli import main

    path = tmp_path / "batch.csv"
    path.write_text(CSV, encoding="utf-8")
    db = str(seeded.path)
    with seeded.session() as session:
        before = session.scalar(select(func.count()).select_from(Account))
    seeded.close()
    other = sqlite3.connect(db, isolation_level=None)  # another crmdesk, mid-write
    try:
        other.execute("BEGIN IMMEDIATE")
        code = main(["import", "--db", db, "--channel", "Trade show", str(path)])
    finally:
        other.rollback()
        other.close()
    err = capsys.readouterr().err
    assert code == 1 and "another crmdesk is writing to this workspace" in err
    assert "Traceback" not in err
    reopened = open_store(db)
    try:
        with reopened.session() as session:
            assert session.scalar(select(func.count()).select_from(Account)) == before
    finally:
        reopened.close()


def test_the_import_dialog_says_when_there_is_no_channel_yet(
        empty: Store, tmp_path: Path, qtbot: QtBot) -> None:
    from crmdesk.store.stand_in import new_stand_in
    from crmdesk.ui.import_dialog import ImportDialog
    from tests.test_ui import make_window

    with empty.session.begin() as session:
        session.info[QUIET] = True
        new_stand_in(session)
    window = make_window(empty, tmp_path, qtbot, username="me")
    path = tmp_path / "batch.csv"
    path.write_text(CSV, encoding="utf-8")
    dialog = ImportDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "no channels" in dialog.summary.text(), timeout=10000)
    assert "crmdesk-server channel add" in dialog.summary.text()
    dialog.path.setText(str(path))
    dialog.start()
    assert "Choose the channel" in dialog.summary.text()
    window.ctx.runner.wait()
    with empty.session() as session:
        assert channel_names(session) == []
        assert session.scalar(select(func.count()).select_from(Account)) == 0


def test_the_dialog_reads_a_file_in_the_encoding_the_user_names(
        seeded: Store, tmp_path: Path, qtbot: QtBot) -> None:
    from crmdesk.ui.dialogs import NewLeadDialog
    from crmdesk.ui.import_dialog import ImportDialog
    from tests.test_ui import make_window

    window = make_window(seeded, tmp_path, qtbot)
    path = tmp_path / "western.csv"
    path.write_bytes("Company\nCrème Brûlée Traiteur SARL\n".encode("cp1252"))
    dialog = ImportDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.channel.count() > 0, timeout=10000)
    dialog.path.setText(str(path))
    dialog.start()  # no channel is chosen for the user: its ROI depends on the right one
    assert "Choose the channel" in dialog.summary.text()
    dialog.channel.setCurrentText("Trade show")
    dialog.start()
    qtbot.waitUntil(lambda: dialog.summary.text().startswith("Nothing was imported"),
                    timeout=10000)
    assert "Windows-1252 (Western European)" in dialog.summary.text()
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("cp1252"))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=10000)
    assert dialog.summary.text().startswith("western.csv: imported 1 new lead(s)")
    # the new-lead form refuses what the server would refuse, before saving
    form = NewLeadDialog(window.ctx, window)
    qtbot.addWidget(form)
    form.name.setText("Bell\x07 Co")
    assert form.problems() == [text_problem("name", "Bell\x07 Co")]
    window.ctx.runner.wait()
