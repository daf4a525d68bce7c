"""Run every benchmark and print all figures with their targets, and each figure's
ratio to a calibration measured at the start of the run.

    python bench/run.py --accounts 100000
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import (
    bench_graph,
    bench_intake,
    bench_server_load,
    bench_store,
    bench_sync,
    bench_ui,
)
from bench.calibrate import calibrate


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--reuse", action="store_true", help="reuse an existing bench workspace")
    parser.add_argument("--server-load", action="store_true",
                        help="also the load bench (bench_server_load.py: 100 to 1,000 reps "
                             "on one and two workers, over ten minutes)")
    parser.add_argument("--intake", action="store_true",
                        help="also the web enquiry bench (bench_intake.py: 200 a second "
                             "for a minute, or $CRMDESK_BENCH_SECONDS)")
    args = parser.parse_args()
    calibration = calibrate()  # once, first: the benches below reuse it
    common = ["--accounts", str(args.accounts)] + (["--reuse"] if args.reuse else [])
    figures = bench_store.main(common)
    figures += bench_ui.main(["--accounts", str(args.accounts)])
    figures += bench_sync.main(["--accounts", str(args.accounts)])
    figures += bench_graph.main([])
    if args.server_load:  # its own demo size (15,000 accounts), as the issue measures it
        figures += bench_server_load.main([])
    if args.intake:
        figures += bench_intake.main([])
    print("\nall figures:")
    print("\n".join(calibration.lines()))
    for figure in figures:
        print(figure.report(calibration))
    return 0 if all(f.ok for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
