"""`crmdesk report`: every panel of the review printed from the seeded workspace as a
table, CSV or JSON, each the very figures the panel's own Tables hold (the functions
the window draws and exports with), a few of them counted again by hand from the rows,
and clear words for what cannot be printed."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from crmdesk.app.context import Context
from crmdesk.app.report_export import csv_rows, table_json, table_lines
from crmdesk.app.review import resolve_names, review_panel, review_scope
from crmdesk.cli import main
from crmdesk.domain.deals import OPEN_STAGES, STAGE_LABELS
from crmdesk.domain.report import Panel
from crmdesk.domain.text import display_width
from crmdesk.store.db import Store
from crmdesk.store.models import Account, Opportunity, User
from crmdesk.store.review import PANELS
from tests.conftest import TODAY
from tests.review_world import assert_board, open_board

SEEDED_DAY = TODAY.isoformat()
KEYS = [key for key, _title in PANELS]


@pytest.fixture
def workspace(seeded: Store) -> Path:
    return seeded.path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def expected(store: Store, key: str, *, rep: str | None = None, team: str | None = None,
             start: date | None = None, end: date | None = None,
             since: date | None = None) -> Panel:
    """Panel `key` as the window computes it, for the scope the command line names."""
    ctx = Context(store, None, today=lambda: TODAY)
    team_id, rep_id = resolve_names(ctx, rep, team)
    scope = review_scope(ctx, team_id=team_id, rep_id=rep_id, start=start, end=end,
                         since=since)
    return review_panel(ctx, key, scope)


def open_deals(store: Store, username: str) -> dict[object, int]:
    """A user's open CNY deals (of live accounts), counted from whole rows: id -> amount."""
    with store.session() as session:
        owner = session.scalar(select(User.id).where(User.username == username))
        deals = session.scalars(select(Opportunity).where(Opportunity.owner_id == owner))
        live = {a.id for a in session.scalars(select(Account)) if not a.deleted}
        return {d.id: d.amount or 0 for d in deals
                if not d.deleted and d.account_id in live and d.currency == "CNY"
                and d.stage in {s.value for s in OPEN_STAGES}}


# ---- every panel, every format -------------------------------------------------------
@pytest.mark.parametrize("key", KEYS)
def test_json_is_the_panels_own_tables(workspace: Path, seeded: Store, key: str,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "report", key, "--db", str(workspace), "--today",
                         SEEDED_DAY, "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    panel = expected(seeded, key)
    assert (data["panel"], data["title"]) == (panel.key, panel.title)
    assert data["scope"] == {"from": "2026-10-01", "to": "2026-12-31", "currency": "CNY",
                             "team_id": None, "rep_id": None, "since": None}
    assert data["tables"] == json.loads(json.dumps([table_json(t) for t in panel.tables],
                                                   ensure_ascii=False))
    assert any(t["rows"] for t in data["tables"])  # the demo makes every panel say something


@pytest.mark.parametrize("key", KEYS)
def test_csv_is_the_exports_csv_of_each_table(workspace: Path, seeded: Store, key: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "report", key, "--db", str(workspace), "--today",
                         SEEDED_DAY, "--format", "csv")
    assert code == 0, err
    panel = expected(seeded, key)
    got: list[list[list[str]]] = []
    names: list[str] = []
    for line in csv.reader(io.StringIO(out)):
        if len(panel.tables) > 1 and len(line) == 1 and line[0].startswith("# "):
            names.append(line[0])
            got.append([])
        elif line:
            if not got:
                got.append([])
            got[-1].append(line)
    assert got == [csv_rows(t) for t in panel.tables]
    if len(panel.tables) > 1:
        assert names == [f"# {t.key}: {t.title}" for t in panel.tables]


@pytest.mark.parametrize("key", KEYS)
def test_a_panel_prints_as_aligned_columns(workspace: Path, seeded: Store, key: str,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "report", key, "--db", str(workspace), "--today",
                         SEEDED_DAY)
    assert code == 0, err
    panel = expected(seeded, key)
    lines = out.splitlines()
    assert lines[0] == f"{panel.title}: 2026-10-01 to 2026-12-31"
    want = [f"{panel.title}: 2026-10-01 to 2026-12-31"]
    for table in panel.tables:
        want += ["", *table_lines(table)]
    assert lines == want
    first = panel.tables[0]  # its figures end under the end of their heading
    printed = table_lines(first)[2 if first.note else 1:]
    heading, body = printed[0], printed[1:1 + len(first.rows)]
    assert heading.startswith(first.columns[0].label)
    last = first.columns[-1].label
    assert body and all(
        display_width(line) <= display_width(heading) for line in body
    ) and heading.endswith(last)


# ---- figures counted again by hand ---------------------------------------------------
def test_a_reps_open_deals_counted_by_hand(workspace: Path, seeded: Store,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "report", "pipeline", "--db", str(workspace), "--rep",
                         "tom.baker", "--from", "2026-07-01", "--to", "2026-09-30",
                         "--since", "2026-11-18", "--format", "json", "--today", SEEDED_DAY)
    assert code == 0, err
    data = json.loads(out)
    with seeded.session() as session:
        tom = session.scalar(select(User.id).where(User.username == "tom.baker"))
    assert data["scope"]["rep_id"] == str(tom)
    assert (data["scope"]["from"], data["scope"]["to"], data["scope"]["since"]) == (
        "2026-07-01", "2026-09-30", "2026-11-18")
    deals = open_deals(seeded, "tom.baker")
    assert deals  # the demo gives Tom open deals
    board = open_board(seeded, tom)
    assert set(board) == set(deals)
    listed = next(t for t in data["tables"] if t["key"] == "pipeline.deals")
    # the panel's Table: the ids behind its rows are the board it promises (every open
    # deal while no stage has more than the board shows), each once
    panel = expected(seeded, "pipeline", rep="tom.baker", start=date(2026, 7, 1),
                     end=date(2026, 9, 30), since=date(2026, 11, 18))
    table = next(t for t in panel.tables if t.key == "pipeline.deals")
    ids = [d for row in table.rows for d in row.behind]
    assert len(ids) == len(set(ids)) == len(listed["rows"])
    assert_board(set(ids), board)
    assert sum(r["values"]["amount"] or 0 for r in listed["rows"]) == sum(
        deals[d] for d in ids)
    # and its note says how many of how many it lists, so none is left out unsaid; the
    # open stages' rows of Deals by stage hold them all
    assert f"({len(ids):,} of {len(deals):,})" in listed["note"]
    by_stage = next(t for t in panel.tables if t.key == "pipeline.by_stage")
    labels = [STAGE_LABELS[s] for s in OPEN_STAGES]
    assert {d for row in by_stage.rows if row.values[0] in labels
            for d in row.behind} == set(deals)


def test_the_reps_row_counts_their_open_deals(workspace: Path, seeded: Store,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "report", "reps", "--db", str(workspace), "--team",
                         "North China", "--format", "json", "--today", SEEDED_DAY)
    assert code == 0, err
    rows = json.loads(out)["tables"][0]["rows"]
    with seeded.session() as session:
        tom = session.get(User, session.scalar(select(User.id).where(
            User.username == "tom.baker")))
        assert tom is not None
        name = tom.display_name
    row = next(r for r in rows if r["values"]["rep"] == name)
    deals = open_deals(seeded, "tom.baker")
    assert row["values"]["open_deals"] == len(deals)
    assert row["values"]["open_amount"] == sum(deals.values())


# ---- what cannot be printed ----------------------------------------------------------
@pytest.mark.parametrize(("argv", "said"), [
    (("--rep", "nobody"), "No user “nobody” in this workspace"),
    (("--team", "Atlantis"), "No team “Atlantis” in this workspace. Teams: East China"),
    (("--user", "lead.north", "--team", "East China"),
     "You lead North China: the review shows your team's figures, not East China's."),
    (("--user", "li.wei", "--rep", "tom.baker"), "You see your own figures only"),
    (("--from", "2026-12-01", "--to", "2026-11-01"), "The period starts (2026-12-01) after"),
    (("--from", "2026-12-01",), "give both --from and --to"),
    (("--currency", "dollars"), "is not a currency code"),
    (("--table", "nope"),
     "has no table “nope”; it has: pipeline.by_stage, pipeline.deals, pipeline.changes"),
])
def test_what_cannot_be_printed_is_said_plainly(workspace: Path,
                                                capsys: pytest.CaptureFixture[str],
                                                argv: tuple[str, ...], said: str) -> None:
    code, out, err = run(capsys, "report", "pipeline", "--db", str(workspace), *argv)
    assert code == 2 and out == ""
    assert said in err and "Traceback" not in err


def test_one_table_alone(workspace: Path, seeded: Store,
                         capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "report", "value", "--db", str(workspace), "--table",
                         "value.loyalty", "--format", "csv", "--today", SEEDED_DAY)
    assert code == 0, err
    table = next(t for t in expected(seeded, "value").tables if t.key == "value.loyalty")
    assert list(csv.reader(io.StringIO(out))) == csv_rows(table)


def test_a_bad_date_is_refused_by_the_parser(workspace: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["report", "pipeline", "--db", str(workspace), "--from", "2026-13-01",
              "--to", "2026-12-31"])
    assert exited.value.code == 2
    assert "expected a date as YYYY-MM-DD, got '2026-13-01'" in capsys.readouterr().err


def test_the_real_pipeline_panel_end_to_end(workspace: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "crmdesk.cli", "report", "pipeline", "--db", str(workspace),
         "--today", SEEDED_DAY, "--format", "json"],
        capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["panel"] == "pipeline" and data["tables"]
    assert all(t["rows"] is not None for t in data["tables"])
    table = subprocess.run(
        [sys.executable, "-m", "crmdesk.cli", "report", "pipeline", "--db", str(workspace),
         "--today", SEEDED_DAY], capture_output=True, text=True, timeout=120, check=False)
    assert table.returncode == 0 and data["tables"][0]["title"] in table.stdout
