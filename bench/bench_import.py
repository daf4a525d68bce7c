"""A 100,000-row lead file, as CSV and as an Excel workbook, imported into a seeded
100k-account workspace: every row checked, matched against the workspace and the file
by the one duplicate rule, the new ones written and journaled for sync. Each import
runs in its own process on a fresh copy of the workspace, so its peak memory is its own.

    python bench/bench_import.py --accounts 100000 --rows 100000 [--reuse]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select

from bench.bench_store import seed
from bench.calibrate import calibrate
from bench.common import DATA, Figure, workspace_path
from crmdesk.store.db import copy_workspace, open_store
from crmdesk.store.models import Account

SECONDS = 60.0
MEGABYTES = 500.0

HEADER_CSV = ("Company", "Contact", "Mobile", "Email", "Region", "Industry", "Website")
HEADER_XLSX = ("公司名称", "联系人", "手机", "邮箱", "地区", "行业", "网站")

_SYLLABLES = ("ka", "lo", "mer", "vin", "dra", "tes", "bol", "quo", "rin", "zan", "fel",
              "gor", "hal", "jun", "kes", "lum", "mor", "nex", "pra", "sil", "tor", "ul",
              "vex", "wen", "yar", "zef", "bri", "cal", "dor", "eth", "fin", "gal", "hol",
              "ith", "jor", "kal", "lin", "mab", "nor", "ost", "pel", "qua", "rox", "sab")
_EN_INDUSTRY = ("Logistics", "Software", "Trading", "Manufacturing", "Health", "Capital",
                "Energy", "Learning", "Foods", "Textiles")
_EN_SUFFIX = ("Ltd.", "Co., Ltd.", "Inc.", "LLC", "GmbH", "Limited", "Corporation")
_CJK = ("华东南北中新天海金银宏远盛达通信鑫源泰丰瑞祥嘉和安康恒久永昌兴旺德润泽博雅智联云帆"
        "星辰光明正大同创汇聚力鼎立高峰锦绣山河长青松柏龙凤麒麟")
_CN_CITY = ("北京市", "上海市", "广州市", "深圳市", "杭州市", "南京市", "成都市", "武汉市")
_CN_INDUSTRY = ("物流", "软件", "贸易", "机械制造", "医疗器械", "投资管理", "新能源", "教育科技")
_CN_SUFFIX = ("有限公司", "股份有限公司", "有限责任公司")
_HE_WORDS = ("אורן", "גלבוע", "כרמל", "ארבל", "תבור", "נגב", "שקד", "רימון", "זית", "אלון",
             "ברק", "דקל", "הדס", "יער", "לביא", "מור", "נחל", "סלע", "עדן", "פלג")
_HE_INDUSTRY = ("תעשיות", "מערכות", "לוגיסטיקה", "תוכנה", "סחר")


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(3)).capitalize()


def _new_name(rng: random.Random) -> str:
    pick = rng.random()
    if pick < 0.55:
        return f"{_word(rng)} {_word(rng)} {rng.choice(_EN_INDUSTRY)} {rng.choice(_EN_SUFFIX)}"
    if pick < 0.9:
        brand = "".join(rng.choice(_CJK) for _ in range(rng.choice((3, 3, 4))))
        return (f"{rng.choice(_CN_CITY) if rng.random() < 0.5 else ''}{brand}"
                f"{rng.choice(_CN_INDUSTRY)}{rng.choice(_CN_SUFFIX)}")
    words = " ".join(rng.choice(_HE_WORDS) for _ in range(3))
    return f"{words} {rng.choice(_HE_INDUSTRY)} בע\"מ"


def _another_form(name: str, rng: random.Random) -> str:
    """The same company written another way: its legal form changed, or dropped."""
    for suffix in sorted(_EN_SUFFIX + _CN_SUFFIX + ("Inc.", "LLC", "Corp.", "PLC", "Group"),
                         key=len, reverse=True):
        if name.endswith(suffix):
            base = name[: -len(suffix)].rstrip()
            if suffix in _CN_SUFFIX:
                return base + rng.choice([s for s in _CN_SUFFIX if s != suffix])
            return f"{base} {rng.choice([s for s in _EN_SUFFIX if s != suffix])}"
    return name.upper() if name.isascii() else f"{name} "


def _mobile(rng: random.Random) -> str:
    return f"1{rng.choice('3589')}{rng.randrange(10**9):09d}"


def lead_rows(known: list[str], count: int, seed_: int = 5) -> tuple[list[tuple[str, ...]],
                                                                      dict[str, int]]:
    """`count` rows of a lead file: new companies, with some of the workspace's accounts
    written another way (5%), some rows repeating an earlier row (3%) and some bad rows
    (2%: no name, a number that is no phone number, an address that is no address)."""
    rng = random.Random(seed_)
    rows: list[tuple[str, ...]] = []
    made = {"known": 0, "repeat": 0, "bad": 0, "new": 0}
    for i in range(count):
        pick = rng.random()
        person = f"Contact {i}"
        if pick < 0.05:
            name = _another_form(rng.choice(known), rng)
            made["known"] += 1
        elif pick < 0.08 and rows:
            name = _another_form(rng.choice(rows)[0], rng)
            made["repeat"] += 1
        else:
            name = _new_name(rng)
            made["new"] += 1
        domain = "".join(rng.choice("abcdefghij") for _ in range(8))
        mobile, email = _mobile(rng), f"sales{i}@{domain}.com"
        if pick >= 0.98:
            made["bad"] += 1
            made["new"] -= 1
            bad = rng.randrange(3)
            if bad == 0:
                name = ""
            elif bad == 1:
                mobile = "12345"
            else:
                email = "nobody-at-nowhere"
        rows.append((name, person, mobile, email, rng.choice(_CN_CITY), "Logistics",
                     ""))
    return rows, made


def write_files(rows: list[tuple[str, ...]], stem: str) -> tuple[Path, Path]:
    """The rows as a UTF-8 CSV (English headers) and an .xlsx (Chinese headers)."""
    import openpyxl

    csv_path, xlsx_path = DATA / f"{stem}.csv", DATA / f"{stem}.xlsx"
    if not csv_path.exists():
        with csv_path.open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(HEADER_CSV)
            writer.writerows(rows)
    if not xlsx_path.exists():
        book = openpyxl.Workbook(write_only=True)
        sheet = book.create_sheet("Leads")
        sheet.append(HEADER_XLSX)
        for row in rows:
            # phones as numbers, as spreadsheets keep them
            sheet.append([int(c) if c.isdigit() else c for c in row])
        book.save(xlsx_path)
    return csv_path, xlsx_path


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def one_import(workspace: Path, path: Path) -> dict[str, object]:
    """Import `path` into `workspace` (this process does nothing else): the report's
    counts, the time of each step, the wall and CPU time and the peak memory."""
    from crmdesk.app.context import Context
    from crmdesk.app.lead_import import ImportRequest, import_file
    from crmdesk.domain.lead_import import Outcome

    store = open_store(workspace)
    steps: dict[str, float] = {}
    peaks: dict[str, float] = {}
    started = time.perf_counter()
    cpu = time.process_time()

    def progress(what: str, _done: int, _total: int | None) -> None:
        if what not in steps:
            steps[what] = time.perf_counter() - started
            peaks[what] = _peak_mb()

    try:
        ctx = Context(store, None, "CN", date.today)
        report = import_file(ctx, ImportRequest(path, "Trade show"), owner_id=None,
                             team_id=None, progress=progress).value
    finally:
        store.close()
    took = time.perf_counter() - started
    return {"seconds": took, "cpu_seconds": time.process_time() - cpu, "peak_mb": _peak_mb(),
            "steps": steps, "peaks": peaks, "counts": {o.value: report.count(o) for o in Outcome}}


def main(argv: list[str] | None = None) -> list[Figure]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--reuse", action="store_true", help="reuse an existing bench workspace")
    parser.add_argument("--one", nargs=2, metavar=("WORKSPACE", "FILE"), type=Path,
                        help=argparse.SUPPRESS)  # the child process doing one import
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(one_import(*args.one)))
        return []
    calibration = calibrate()
    path = workspace_path(args.accounts)
    figures = seed(path, args.accounts, args.reuse)
    store = open_store(path)
    with store.session() as session:
        known = list(session.scalars(select(Account.name).order_by(Account.id)))
    store.close()
    rows, made = lead_rows(known, args.rows)
    print(f"lead file: {len(rows):,} rows: {made['new']:,} new, {made['known']:,} known "
          f"accounts written another way, {made['repeat']:,} repeats of earlier rows, "
          f"{made['bad']:,} bad rows")
    files = write_files(rows, f"leads-{args.rows}-{args.accounts}")
    for file in files:
        scratch = DATA / f"import-scratch-{args.accounts}.db"
        copy_workspace(path, scratch)
        done = subprocess.run([sys.executable, __file__, "--one", str(scratch), str(file)],
                              capture_output=True, text=True, check=False)
        if done.returncode != 0:
            print(done.stderr)
            raise SystemExit(f"the import of {file.name} failed")
        result = json.loads(done.stdout.strip().splitlines()[-1])
        kind = file.suffix.lstrip(".")
        steps = ", ".join(f"{what} from {at:.1f} s (peak {result['peaks'][what]:.0f} MB)"
                          for what, at in result["steps"].items())
        print(f"{file.name}: {result['counts']}; {steps}")
        figures.append(Figure(f"import {len(rows):,} rows ({kind}), 100k accounts",
                              result["seconds"], "s", SECONDS))
        # CPU time: this process's own work, whatever else the machine runs meanwhile
        figures.append(Figure(f"import {len(rows):,} rows ({kind}), CPU time",
                              result["cpu_seconds"], "s", None))
        figures.append(Figure(f"import {len(rows):,} rows ({kind}), peak memory",
                              result["peak_mb"], "MB", MEGABYTES))
        figures.append(Figure(f"import {len(rows):,} rows ({kind}), rows per second",
                              len(rows) / result["seconds"], "rows/s", None,
                              lower_is_better=False))
    for line in calibration.lines():
        print(line)
    for figure in figures:
        print(figure.report(calibration))
    return figures


if __name__ == "__main__":
    main()
