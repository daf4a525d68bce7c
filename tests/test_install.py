"""What an install brings: the desktop runs without the server's packages (they are the
`server` extra), `crmdesk-server` says what it lacks, and the window names the system
libraries Qt needs instead of Qt's bare abort."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from crmdesk.server_command import SERVER_PACKAGES
from crmdesk.ui.system_libraries import (
    debian_package,
    not_found,
    uses_x11,
    window_problem,
)

ROOT = Path(__file__).resolve().parent.parent

#: Run in a fresh Python with the server's packages made unimportable, as on a desktop
#: install: every laptop module imports, and a workspace is made and reported on.
DESKTOP_ONLY = """
import sys
for name in {blocked!r}:
    sys.modules[name] = None
import importlib, pkgutil
import crmdesk
for info in pkgutil.walk_packages(crmdesk.__path__, "crmdesk."):
    if info.name.startswith(("crmdesk.server", "crmdesk.__main__")):
        continue
    if ".migrations.versions." in info.name or info.name.endswith(".migrations.env"):
        continue
    importlib.import_module(info.name)
from crmdesk.cli import main
assert main(["seed", "--db", sys.argv[1], "--accounts", "40"]) == 0
assert main(["report", "value", "--db", sys.argv[1], "--format", "json"]) == 0
"""


def _project() -> dict[str, object]:
    with open(ROOT / "pyproject.toml", "rb") as file:
        return tomllib.load(file)["project"]  # type: ignore[no-any-return]


def _names(requirements: object) -> set[str]:
    assert isinstance(requirements, list)
    return {str(r).split(";")[0].split(">")[0].split("=")[0].split("[")[0].strip()
            for r in requirements}


def test_the_server_packages_are_an_extra_the_desktop_does_not_pull() -> None:
    project = _project()
    extras = project["optional-dependencies"]
    assert isinstance(extras, dict)
    server = {name.split("[")[0] for name in SERVER_PACKAGES.values()}
    assert server <= _names(extras["server"])
    assert not server & _names(project["dependencies"])
    assert "crmdesk[server]" in extras["dev"]


def test_the_laptop_works_without_the_server_packages(tmp_path: Path) -> None:
    blocked = sorted(SERVER_PACKAGES)
    done = subprocess.run([sys.executable, "-c", DESKTOP_ONLY.format(blocked=blocked),
                           str(tmp_path / "w.db")], capture_output=True, text=True,
                          timeout=300, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    assert '"value.pareto"' in done.stdout or "pareto" in done.stdout


def test_crmdesk_server_names_what_a_desktop_install_lacks() -> None:
    script = ("import sys\nsys.modules['fastapi'] = None\nsys.modules['argon2'] = None\n"
              "from crmdesk.server_command import main\nsys.exit(main(['--help']))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, cwd=ROOT, check=False)
    assert done.returncode == 2
    assert "fastapi, argon2-cffi" in done.stderr
    assert "pip install 'crmdesk[server]'" in done.stderr
    assert "Traceback" not in done.stderr


def test_crmdesk_server_runs_when_installed() -> None:
    done = subprocess.run([sys.executable, "-m", "crmdesk.server_command", "--help"],
                          capture_output=True, text=True, timeout=60, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr
    assert "usage: " in done.stdout


@pytest.mark.parametrize(("soname", "package"), [
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libX11-xcb.so.1", "libx11-xcb1"),
    ("libdbus-1.so.3", "libdbus-1-3"),
    ("libEGL.so.1", "libegl1"),
    ("libglib-2.0.so.0", "libglib2.0-0"),
])
def test_a_missing_library_is_named_by_its_debian_package(soname: str, package: str) -> None:
    assert debian_package(soname) == package


def test_the_loaders_not_found_lines_are_read_once_each() -> None:
    output = ("\tlinux-vdso.so.1 (0x00007ffd)\n"
              "\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x7fa7)\n"
              "\tlibxcb-icccm.so.4 => not found\n"
              "\tlibxcb-keysyms.so.1 => not found\n"
              "\tlibxcb-icccm.so.4 => not found\n")
    assert not_found(output) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]


def test_which_platform_opens_the_window() -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("X11 is a Linux desktop's")
    assert uses_x11({"DISPLAY": ":0"})
    assert uses_x11({"QT_QPA_PLATFORM": "xcb"})
    assert not uses_x11({"QT_QPA_PLATFORM": "offscreen"})
    assert not uses_x11({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"})
    assert window_problem({"QT_QPA_PLATFORM": "offscreen"}) is None


def test_the_window_says_what_stops_it_instead_of_aborting(tmp_path: Path) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("X11 is a Linux desktop's")
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "xcb"
    expected = window_problem(env)
    # on this machine either a library is missing or there is no display: both are said
    assert expected is not None
    done = subprocess.run([sys.executable, "-m", "crmdesk", "--db", str(tmp_path / "w.db")],
                          capture_output=True, text=True, timeout=60, cwd=ROOT, env=env,
                          check=False)
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip() == expected.strip()
    assert not (tmp_path / "w.db").exists()  # nothing was opened or made
