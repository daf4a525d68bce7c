"""The window's translations: `make translations` runs this.

`pyside6-lupdate` gathers every translatable string of the sources into
`resources/translations/crmdesk_<lang>.ts` (English is the source text; its .ts holds only
the plural forms), `pyside6-lrelease` compiles each into
`crmdesk/translations/crmdesk_<lang>.qm`, and `build/compile_resources.py` puts those in the
package's resources module (`crmdesk/ui/resources_rc.py`, read at ":/translations/...").

`--check` changes nothing: it says which strings a .ts lacks or leaves untranslated, and
whether a committed .qm is not the compiled form of its .ts (tests/test_translations.py).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from compile_resources import compile_resources

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = ROOT / "crmdesk" / "translations"
LANGUAGES = ("zh_CN", "he", "en")
#: English is the source: its file only carries the plural forms ("%n day(s)").
PLURALS_ONLY = frozenset({"en"})
#: Where translatable text lives: the window, and the words the domain marks (the
#: server's refusals and the sync's words about it are marked too: the window words them).
SOURCE_DIRS = ("crmdesk/ui", "crmdesk/domain", "crmdesk/app", "crmdesk/store",
               "crmdesk/server", "crmdesk/sync")
#: Single modules beside those folders that mark words (the wire's value checks).
SOURCE_FILES = ("crmdesk/json_values.py",)
MARKS = ("tr(", "translate(", "tr_noop(", "Counted(")


def _tool(name: str) -> str:
    """A PySide6 tool beside this Python (the venv's bin), else on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"translations: {name} not found (pip install PySide6)")
    return found


def sources() -> list[str]:
    """The Python files holding translatable text, relative to the project root."""
    found: list[str] = []
    for folder in SOURCE_DIRS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if any(mark in path.read_text(encoding="utf-8") for mark in MARKS):
                found.append(str(path.relative_to(ROOT)))
    for name in SOURCE_FILES:
        if any(mark in (ROOT / name).read_text(encoding="utf-8") for mark in MARKS):
            found.append(name)
    return found


def update(ts_dir: Path) -> None:
    """Bring each language's .ts in `ts_dir` up to date with the sources."""
    ts_dir.mkdir(parents=True, exist_ok=True)
    files = sources()
    for language in LANGUAGES:
        command = [_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                   "-tr-function-alias", "QT_TR_NOOP+=tr_noop,tr+=Counted",
                   "-target-language", language, *files,
                   "-ts", str(ts_dir / f"crmdesk_{language}.ts")]
        if language in PLURALS_ONLY:
            command.insert(2, "-pluralonly")
        subprocess.run(command, cwd=ROOT, check=True)


def release(ts_dir: Path, qm_dir: Path) -> None:
    """Compile each .ts of `ts_dir` into `qm_dir`."""
    qm_dir.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        subprocess.run([_tool("pyside6-lrelease"), "-silent",
                        str(ts_dir / f"crmdesk_{language}.ts"),
                        "-qm", str(qm_dir / f"crmdesk_{language}.qm")], check=True)


def _messages(ts: Path) -> dict[tuple[str, str, str], list[str]]:
    """(context, source, disambiguation) → its translations ([] when unfinished)."""
    found: dict[tuple[str, str, str], list[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                   "obsolete"):
                found[key] = []
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            found[key] = forms if message.get("numerus") == "yes" else [translation.text or ""]
    return found


def problems() -> list[str]:
    """What is wrong with the committed translations, one line each (none: all good)."""
    said: list[str] = []
    with tempfile.TemporaryDirectory(prefix="crmdesk-ts-") as scratch:
        fresh = Path(scratch) / "ts"
        fresh.mkdir()
        for language in LANGUAGES:
            committed = TS_DIR / f"crmdesk_{language}.ts"
            if not committed.exists():
                said.append(f"{committed.relative_to(ROOT)} is missing")
                continue
            shutil.copy(committed, fresh / committed.name)
        if said:
            return said
        update(fresh)
        for language in LANGUAGES:
            name = f"crmdesk_{language}.ts"
            have = _messages(TS_DIR / name)
            for key, forms in _messages(fresh / name).items():
                where = f"{name}: [{key[0]}] {key[1]!r}"
                if key not in have:
                    said.append(f"{where} is not in the file (run make translations)")
                elif not forms or not all(form.strip() for form in forms):
                    said.append(f"{where} has no translation")
        built = Path(scratch) / "qm"
        release(TS_DIR, built)
        for language in LANGUAGES:
            name = f"crmdesk_{language}.qm"
            shipped = QM_DIR / name
            if not shipped.exists() or shipped.read_bytes() != (built / name).read_bytes():
                said.append(f"{shipped.relative_to(ROOT)} is not the compiled form of its .ts "
                            "(run make translations)")
    return said


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; list what is missing or out of date")
    if parser.parse_args().check:
        found = problems()
        for line in found:
            print(line)
        return 1 if found else 0
    update(TS_DIR)
    release(TS_DIR, QM_DIR)
    compile_resources()  # the .qm files ship inside the resources module
    return 0


if __name__ == "__main__":
    sys.exit(main())
