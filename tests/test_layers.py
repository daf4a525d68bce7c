"""The arrows of dependency hold: ui and cli → app → domain, store, sync; the server and
the laptop share only what sits beside `crmdesk.protocol`."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import crmdesk

ROOT = Path(crmdesk.__file__).parent

#: What each part of the package may never import (module prefixes).
FORBIDDEN: dict[str, tuple[str, ...]] = {
    # plain rules: no Qt, no database, no network, none of the layers above
    "domain": ("PySide6", "sqlalchemy", "httpx", "keyring", "crmdesk.store", "crmdesk.sync",
               "crmdesk.server", "crmdesk.ui", "crmdesk.app", "crmdesk.cli"),
    "store": ("PySide6", "httpx", "crmdesk.sync", "crmdesk.server", "crmdesk.ui",
              "crmdesk.app", "crmdesk.cli"),
    "sync": ("PySide6", "crmdesk.server", "crmdesk.ui", "crmdesk.app", "crmdesk.cli"),
    "server": ("PySide6", "crmdesk.sync", "crmdesk.ui", "crmdesk.app", "crmdesk.cli"),
    "demo": ("PySide6", "crmdesk.sync", "crmdesk.ui", "crmdesk.app", "crmdesk.cli"),
    # the commands: domain, store and sync below them; no Qt, nothing above, no server
    "app": ("PySide6", "crmdesk.ui", "crmdesk.cli", "crmdesk.server"),
    # the window may use the commands (crmdesk.app), but syncs and signs in only
    # through them, never by driving the engine itself
    "ui": ("crmdesk.cli", "crmdesk.server", "crmdesk.sync.engine.SyncClient",
           "crmdesk.sync.engine.sign_in"),
}

#: Modules the laptop and the server share, beside protocol.py: they import neither side.
SHARED = ("protocol", "hlc", "json_values")
SHARED_FORBIDDEN = ("PySide6", "crmdesk.store", "crmdesk.sync", "crmdesk.server",
                    "crmdesk.ui", "crmdesk.app", "crmdesk.cli")


def imported_modules(path: Path) -> set[str]:
    """Every module `path` imports, at any depth of its code (absolute names)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def breaches(path: Path, forbidden: tuple[str, ...]) -> list[str]:
    return sorted(name for name in imported_modules(path)
                  if any(name == bad or name.startswith(bad + ".") for bad in forbidden))


def _cases() -> list[tuple[Path, tuple[str, ...]]]:
    cases = [(path, forbidden) for part, forbidden in FORBIDDEN.items()
             for path in sorted((ROOT / part).rglob("*.py"))
             if "migrations" not in path.parts or path.name == "env.py"]
    cases += [(ROOT / f"{name}.py", SHARED_FORBIDDEN) for name in SHARED]
    cases += [(ROOT / "cli.py", ("PySide6", "crmdesk.server", "crmdesk.sync.engine.SyncClient",
                                 "crmdesk.sync.engine.sign_in"))]
    return cases


@pytest.mark.parametrize(("path", "forbidden"), _cases(),
                         ids=lambda value: str(value.relative_to(ROOT))
                         if isinstance(value, Path) else "")
def test_module_keeps_to_its_layer(path: Path, forbidden: tuple[str, ...]) -> None:
    assert breaches(path, forbidden) == []


def test_the_check_sees_a_breach(tmp_path: Path) -> None:
    """The checker itself finds an import hidden inside a function."""
    module = tmp_path / "bad.py"
    module.write_text("def f():\n    from crmdesk.sync.engine import SyncClient\n")
    assert breaches(module, FORBIDDEN["server"]) == ["crmdesk.sync.engine",
                                                     "crmdesk.sync.engine.SyncClient"]
