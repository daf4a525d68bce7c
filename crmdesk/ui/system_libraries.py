"""The system libraries Qt's X11 window needs, checked before Qt is asked to open it.

On a bare Debian or Ubuntu machine Qt's xcb platform plugin misses a few libraries
(libxcb-cursor0, libxcb-icccm4, ...) that the PySide6 wheel does not ship, and Qt then
aborts with "could not load the Qt platform plugin" and no word of which. Asking the
dynamic loader (`ldd`) what the plugin cannot find names them exactly, so the user is
told the one `apt-get install` line that makes `crmdesk` start.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

#: Debian packages whose name the soname rule below does not give.
_PACKAGE_OF: dict[str, str] = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libgio-2.0.so.0": "libglib2.0-0",
}

_NOT_FOUND = re.compile(r"^\s*(\S+)\s*=>\s*not found\s*$", re.M)
_SONAME = re.compile(r"^(lib.+?)\.so\.(\d+)")


def debian_package(soname: str) -> str:
    """The Debian package that ships `soname`, by Debian's library naming policy:
    libxcb-icccm.so.4 is in libxcb-icccm4, libdbus-1.so.3 in libdbus-1-3 (a name ending
    in a digit takes a dash before the version)."""
    if soname in _PACKAGE_OF:
        return _PACKAGE_OF[soname]
    match = _SONAME.match(soname)
    if match is None:
        return soname
    name, version = match.group(1).lower(), match.group(2)
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def not_found(ldd_output: str) -> list[str]:
    """The libraries `ldd` reports as not found, each once, in the order it names them."""
    return list(dict.fromkeys(_NOT_FOUND.findall(ldd_output)))


def _xcb_plugin() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for root in spec.submodule_search_locations:
        plugin = Path(root) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.exists():
            return plugin
    return None


def missing_for_window() -> list[str]:
    """The sonames Qt's X11 plugin cannot load on this machine (none when there is no
    plugin to check or no `ldd`: then Qt has the last word)."""
    plugin = _xcb_plugin()
    ldd = shutil.which("ldd")
    if plugin is None or ldd is None:
        return []
    done = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=30,
                          check=False)
    return not_found(done.stdout)


def uses_x11(environ: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    """Whether Qt will open the window through X11 (xcb): asked for by name, or the
    default on a Linux desktop that is not a Wayland session."""
    if not sys.platform.startswith("linux"):
        return False
    asked = environ.get("QT_QPA_PLATFORM", "")
    if asked:
        return asked.split(";")[0].split(":")[0] == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def window_problem(environ: dict[str, str] | os._Environ[str] = os.environ) -> str | None:
    """Why the window cannot open on this machine, in words that say what to do, or
    None when nothing is known to stop it."""
    if not uses_x11(environ):
        return None
    missing = missing_for_window()
    if missing:
        packages = " ".join(dict.fromkeys(debian_package(name) for name in missing))
        return ("crmdesk cannot open its window: Qt needs system libraries this machine "
                f"lacks ({', '.join(missing)}). On Debian or Ubuntu install them with:\n"
                f"  sudo apt-get install {packages}")
    if not environ.get("DISPLAY"):
        return ("crmdesk cannot open its window: there is no display (DISPLAY is not "
                "set). Start it from a desktop session, or render the window to a file "
                "with `crmdesk --screenshot OUT.png`.")
    return None
