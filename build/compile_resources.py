"""The window's compiled resources: `make resources` runs this (and `make translations`
after it compiles the .qm files, which are among them).

`pyside6-rcc` compiles `resources/crmdesk.qrc` (the application icon and the compiled
translations) into `crmdesk/ui/resources_rc.py`, which is committed, so `make run` needs no
build step, and is frozen into the bundle like any module. Importing it makes the files
readable at ":/icons/..." and ":/translations/...". tests/test_resources.py fails when the
committed module no longer holds the bytes of the files the .qrc names.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QRC = ROOT / "resources" / "crmdesk.qrc"
MODULE = ROOT / "crmdesk" / "ui" / "resources_rc.py"


def compile_resources(out: Path = MODULE) -> None:
    """Compile the .qrc into the Python module `out`."""
    here = Path(sys.executable).parent / "pyside6-rcc"
    rcc = str(here) if here.exists() else shutil.which("pyside6-rcc")
    if rcc is None:
        raise SystemExit("resources: pyside6-rcc not found (pip install PySide6)")
    # format 1 stores no file times, so the module only changes when a file does (zstd,
    # rcc's default, is read by the Qt that PySide6 ships: its rcc and QtCore are one build)
    subprocess.run([rcc, "--format-version", "1", str(QRC), "-o", str(out)], check=True)


if __name__ == "__main__":
    compile_resources()
