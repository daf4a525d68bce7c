"""The compiled resources: crmdesk/ui/resources_rc.py (committed) holds exactly the files
resources/crmdesk.qrc names, byte for byte, so a changed icon or translation that was not
compiled (`make resources`, `make translations`) fails here; and the application's mark
draws."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QDir, QDirIterator, QFile, QIODevice
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from crmdesk.ui.icons import APP_ICON, app_icon

ROOT = Path(__file__).resolve().parent.parent
QRC = ROOT / "resources" / "crmdesk.qrc"


def _listed() -> dict[str, Path]:
    """":/alias" → the source file, as the .qrc names them."""
    listed: dict[str, Path] = {}
    for resource in ET.parse(QRC).getroot().iter("qresource"):
        prefix = resource.get("prefix", "/").strip("/")
        for entry in resource.iter("file"):
            name = entry.get("alias") or entry.text or ""
            listed[":/" + "/".join(p for p in (prefix, name) if p)] = (
                QRC.parent / (entry.text or "")).resolve()
    return listed


def _compiled(folders: set[str]) -> set[str]:
    """Every file the registered resources hold in `folders` (Qt's own are elsewhere)."""
    found: set[str] = set()
    for folder in folders:
        walk = QDirIterator(folder, QDir.Filter.Files,
                            QDirIterator.IteratorFlag.Subdirectories)
        while walk.hasNext():
            found.add(walk.next())
    return found


def _bytes(name: str) -> bytes:
    file = QFile(name)
    assert file.open(QIODevice.OpenModeFlag.ReadOnly), name
    try:
        return bytes(file.readAll().data())
    finally:
        file.close()


def test_the_resources_module_holds_the_files_the_qrc_names_as_they_are_now() -> None:
    listed = _listed()
    assert APP_ICON in listed
    assert {":/translations/crmdesk_zh_CN.qm", ":/translations/crmdesk_he.qm"} <= set(listed)
    folders = {":/" + name.split("/")[1] for name in listed}
    assert _compiled(folders) == set(listed), "run make resources"
    stale = [name for name, source in listed.items()
             if _bytes(name) != source.read_bytes()]
    assert stale == [], f"{stale} differ from their files: run make resources"


def test_the_application_mark_draws_and_is_every_windows_icon(qapp: QApplication) -> None:
    image = app_icon().pixmap(32, 32).toImage()
    assert not image.isNull() and image.width() == 32
    # the blue tile, the white ring and a green account: drawn, not a blank square
    colours = {QColor(image.pixel(x, y)).name() for x in range(32) for y in range(32)}
    assert len(colours) > 10
    assert QColor(image.pixel(3, 16)).blue() > QColor(image.pixel(3, 16)).red()
