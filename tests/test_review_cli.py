"""`crmdesk report`: a panel printed as a table, CSV or JSON through the same functions
the window exports with, and clear words for what cannot be printed."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

import pytest
from sqlalchemy import select

from crmdesk.app.report_export import csv_rows
from crmdesk.cli import main
from crmdesk.domain.report import Panel, ReviewScope
from crmdesk.domain.text import display_width
from crmdesk.store.db import Store
from crmdesk.store.models import Opportunity, User
from tests.review_stand_in import deals_by_stage, stand_in

SEEDED_DAY = "2026-11-25"


@pytest.fixture
def workspace(seeded: Store) -> Path:
    return seeded.path


@pytest.fixture
def pipeline(monkeypatch: pytest.MonkeyPatch) -> list[ReviewScope]:
    """The pipeline panel as tests.review_stand_in computes it; the scopes it was asked."""
    asked: list[ReviewScope] = []

    def figures(session: object, scope: ReviewScope) -> Panel:
        asked.append(scope)
        return deals_by_stage(session, scope)  # type: ignore[arg-type]

    stand_in(monkeypatch, "pipeline", figures)
    return asked


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_panel_prints_as_aligned_columns(workspace: Path, pipeline: list[ReviewScope],
                                           capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "report", "pipeline", "--db", str(workspace), "--today",
                       SEEDED_DAY)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Pipeline: 2026-10-01 to 2026-12-31"
    assert lines[2] == "Deals by stage (CNY)"
    heading = lines[3]
    assert heading.startswith("Stage") and heading.endswith("Amount")
    body = [line for line in lines[4:] if line]
    assert body and all(display_width(line) == display_width(heading) for line in body)
    scope = pipeline[-1]
    assert (scope.team_id, scope.rep_id, scope.currency) == (None, None, "CNY")


def test_a_rep_and_a_period_narrow_it(workspace: Path, seeded: Store,
                                      pipeline: list[ReviewScope],
                                      capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "report", "pipeline", "--db", str(workspace), "--rep",
                       "tom.baker", "--from", "2026-07-01", "--to", "2026-09-30", "--since",
                       "2026-11-18", "--format", "json", "--today", SEEDED_DAY)
    assert code == 0
    data = json.loads(out)
    with seeded.session() as session:
        tom = session.scalar(select(User.id).where(User.username == "tom.baker"))
        deals = session.execute(select(Opportunity.id, Opportunity.amount).where(
            Opportunity.owner_id == tom, Opportunity.currency == "CNY",
            Opportunity.deleted.is_(False))).all()
    assert data["scope"]["rep_id"] == str(tom)
    assert (data["scope"]["from"], data["scope"]["to"], data["scope"]["since"]) == (
        "2026-07-01", "2026-09-30", "2026-11-18")
    rows = data["tables"][0]["rows"]
    assert sum(r["behind"] for r in rows) == len(deals)
    assert sum(r["values"]["amount"] for r in rows) == sum(a or 0 for _, a in deals)
    assert pipeline[-1].rep_id == tom


def test_csv_is_the_exports_csv(workspace: Path, pipeline: list[ReviewScope],
                                capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "report", "pipeline", "--db", str(workspace), "--format",
                       "csv", "--today", SEEDED_DAY)
    assert code == 0
    from crmdesk.app.context import Context
    from crmdesk.app.review import review_panel

    expected = csv_rows(review_panel(Context(_open(workspace)), "pipeline",
                                     pipeline[-1]).tables[0])
    assert list(csv.reader(io.StringIO(out))) == expected


def _open(path: Path) -> Store:
    from crmdesk.store.db import open_store

    return open_store(path)


@pytest.mark.parametrize(("argv", "said"), [
    (("--rep", "nobody"), "No user “nobody” in this workspace"),
    (("--team", "Atlantis"), "No team “Atlantis” in this workspace. Teams: East China"),
    (("--user", "lead.north", "--team", "East China"),
     "You lead North China: the review shows your team's figures, not East China's."),
    (("--user", "li.wei", "--rep", "tom.baker"), "You see your own figures only"),
    (("--from", "2026-12-01", "--to", "2026-11-01"), "The period starts (2026-12-01) after"),
    (("--from", "2026-12-01",), "give both --from and --to"),
    (("--currency", "dollars"), "is not a currency code"),
    (("--table", "nope"), "has no table “nope”; it has: test.by_stage"),
])
def test_what_cannot_be_printed_is_said_plainly(workspace: Path, pipeline: list[ReviewScope],
                                                capsys: pytest.CaptureFixture[str],
                                                argv: tuple[str, ...], said: str) -> None:
    code, out, err = run(capsys, "report", "pipeline", "--db", str(workspace), *argv)
    assert code == 2 and out == ""
    assert said in err and "Traceback" not in err


def test_a_bad_date_is_refused_by_the_parser(workspace: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["report", "pipeline", "--db", str(workspace), "--from", "2026-13-01",
              "--to", "2026-12-31"])
    assert exited.value.code == 2
    assert "expected a date as YYYY-MM-DD, got '2026-13-01'" in capsys.readouterr().err


def test_a_panel_not_in_the_build_says_so(workspace: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    from crmdesk.app import review

    monkeypatch.setattr(review, "find_spec", lambda name: None)
    code, _out, err = run(capsys, "report", "roi", "--db", str(workspace))
    assert code == 2
    assert err.strip() == "crmdesk: The Channel ROI panel is not in this build yet."


@pytest.mark.skipif(find_spec("crmdesk.store.review.pipeline") is None,
                    reason="the pipeline panel is not in this build yet")
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
