"""Starting the window: which workspace, which user, demo data, screenshot mode."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget
from sqlalchemy import select

from crmdesk.paths import default_workspace, demo_workspace
from crmdesk.store import queries as q
from crmdesk.store.db import Store, WorkspaceError, open_store
from crmdesk.store.journal import QUIET
from crmdesk.store.lead_import import channel_names
from crmdesk.store.models import User
from crmdesk.store.stand_in import new_stand_in
from crmdesk.store.workspace_keys import CURRENT_USER, PHONE_REGION
from crmdesk.ui.changes import ChangeBus, Selection
from crmdesk.ui.context import AppContext
from crmdesk.ui.icons import app_icon
from crmdesk.ui.language import chosen_language, install_language, system_language
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.settings import THEME, open_settings
from crmdesk.ui.style import apply_theme
from crmdesk.ui.system_libraries import window_problem
from crmdesk.ui.tasks import TaskRunner
from crmdesk.ui.words import tr

DEMO_ACCOUNTS = 3000


def _seed_with_progress(path: Path, accounts: int, quiet: bool) -> None:
    """Seed a demo workspace, showing progress unless rendering offscreen."""
    from crmdesk.demo.seed import seed_workspace

    dialog = None
    if not quiet:
        dialog = QProgressDialog(QCoreApplication.translate("app", "Preparing demo data…"),
                                 "", 0, accounts)
        dialog.setCancelButton(None)
        dialog.setMinimumDuration(0)
        dialog.show()

    def progress(done: int) -> None:
        if dialog is not None:
            dialog.setValue(done)
            QApplication.processEvents()

    seed_workspace(path, accounts, progress=progress, handoffs=True)
    if dialog is not None:
        dialog.close()


def _resolve_user(store: Store, wanted: str | None) -> q.UserRef:
    with store.session() as session:
        if wanted:
            user = q.user_by_name(session, wanted)
            if user is None:
                names = ", ".join(session.scalars(select(User.username).order_by(User.username)))
                raise WorkspaceError(f"No user “{wanted}” in this workspace. Known users: "
                                     f"{names or 'none'}.")
            return user
        saved = CURRENT_USER.get(session)
        if saved:
            user = q.user_by_id(session, saved)
            if user is not None:
                return user
        user = q.first_rep(session)
        if user is not None:
            return user
    # A brand-new workspace: work locally as its own user until signing in to a server.
    # That user is this laptop's alone: never sent (the server has the real people).
    with store.session.begin() as session:
        session.info[QUIET] = True
        new_stand_in(session)  # its work becomes the signed-in user's
    with store.session() as session:
        made = q.user_by_name(session, "me")
    assert made is not None
    return made


def _offer_start(store: Store) -> str:
    """For a workspace with no accounts: "demo", "import" or "empty" (what the user chose)."""
    with store.session() as session:
        if q.has_accounts(session):
            return "work"
        # leads come in under a channel an administrator made, which arrives by sync
        importable = bool(channel_names(session))
    box = QMessageBox(QMessageBox.Icon.Question, tr("Empty workspace"), tr(
        "Your workspace has no accounts yet. Load demo data to look around, or "
        "import a batch of leads from a CSV file?") if importable else tr(
        "Your workspace has no accounts yet. Load demo data to look around, or sign "
        "in to your team's server (Sync menu) to receive your work."))
    demo = box.addButton(tr("Load demo data"), QMessageBox.ButtonRole.AcceptRole)
    leads = (box.addButton(tr("Import leads…"), QMessageBox.ButtonRole.ActionRole)
             if importable else None)
    box.addButton(tr("Start empty"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    if clicked is demo:
        return "demo"
    return "import" if leads is not None and clicked is leads else "empty"


def _open(args: argparse.Namespace, shooting: bool) -> tuple[Store, q.UserRef, str]:
    """The workspace to open (made first for the demo), the user to work as, and how
    to start (see `_offer_start`)."""
    if args.db is not None:
        path, create = Path(args.db), False
    elif args.demo:
        path, create = demo_workspace(), True
        if not path.exists():
            _seed_with_progress(path, DEMO_ACCOUNTS, quiet=shooting)
    else:
        path, create = default_workspace(), True
    store = open_store(path, create=create)
    try:
        start = "work" if shooting or args.demo else _offer_start(store)
        if start == "demo":
            store.close()
            _seed_with_progress(path, DEMO_ACCOUNTS, quiet=False)
            store = open_store(path)
        return store, _resolve_user(store, args.user), start
    except WorkspaceError:
        store.close()
        raise


def _tell(message: str) -> None:
    """A workspace that cannot be opened: say why in a window."""
    box = QMessageBox(QMessageBox.Icon.Critical,
                      QCoreApplication.translate("app", "crmdesk cannot open the workspace"),
                      message)
    box.exec()


def run_app(args: argparse.Namespace) -> int:
    """Open the window on the chosen workspace; with --screenshot, render and exit."""
    # Workers hand results back within a millisecond instead of Python's default 5 ms
    # turns, so panes fill as soon as their query is done.
    sys.setswitchinterval(0.0005)
    shooting = args.screenshot is not None
    if QApplication.instance() is None:
        if shooting:
            # a screenshot needs no display: Qt's own offscreen platform renders it
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        elif (problem := window_problem()) is not None:
            print(problem, file=sys.stderr)  # instead of Qt's abort, which names nothing
            return 1
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("crmdesk")
    app.setOrganizationName("crmdesk")
    app.setWindowIcon(app_icon())  # every window's and dialog's, and the task bar's
    # before any window or message; a screenshot reads no setting: --lang or the system's
    override = getattr(args, "lang", None)
    install_language(app, (override or system_language()) if shooting
                     else chosen_language(open_settings(), override))
    try:
        store, user, start = _open(args, shooting)
    except WorkspaceError as exc:
        if not shooting:  # started from a desktop, no one reads the terminal
            _tell(str(exc))
        raise  # and said on the terminal too, without a traceback (crmdesk.cli)
    if shooting:
        # a screenshot never reads or writes the user's window layout
        settings_dir = tempfile.mkdtemp(prefix="crmdesk-shot-")
        qsettings = QSettings(str(Path(settings_dir) / "settings.ini"),
                              QSettings.Format.IniFormat)
    else:
        qsettings = open_settings()
        apply_theme(app, THEME.get(qsettings))
    with store.session() as session:
        region = PHONE_REGION.get(session)
    ctx = AppContext(store, user, TaskRunner(app), ChangeBus(app), Selection(app), qsettings,
                     region)
    window = MainWindow(ctx)
    listed = getattr(args, "queue_list", None)
    if listed:
        at = window.queue.filter.findData(listed)
        if at < 0:
            raise WorkspaceError(f"The queue has no list “{listed}”.")
        window.queue.filter.setCurrentIndex(at)
    if args.size:
        window.resize(*args.size)
    elif shooting:
        window.resize(1366, 768)
    else:
        window.resize(1366, 768)
        window.restore_layout()
    window.show()
    if getattr(args, "agenda", False):
        window.show_agenda()
    if start == "import":
        window.import_leads()
    if shooting:
        # a picture of this workspace as it is: no server is contacted
        return _screenshot(app, window, args.screenshot, args.select, args.graph_deal,
                           getattr(args, "review", None))
    window.start_sync()
    window.start_outbox()
    code = app.exec()
    store.close()
    return int(code)


def _wait(app: QApplication, ready: object, timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        if callable(ready) and ready():
            return True
        time.sleep(0.01)
    return False


def _screenshot(app: QApplication, window: MainWindow, out: Path, select: str | None,
                graph_deal: str | None = None, review: str | None = None) -> int:
    """Picture the window as it shows; with `review` ("" or a panel's key), the team
    review in its window instead, on that panel's tab."""
    if not _wait(app, lambda: window.is_settled(background=False)):
        print("crmdesk: the window did not finish loading within 30 s", file=sys.stderr)
        return 1
    if os.environ.get("CRMDESK_REPORT_LOADED"):
        # for bench/bench_ui.py: when every pane had its data (a system-wide clock)
        print(f"loaded-at {time.monotonic():.6f}", file=sys.stderr, flush=True)
    _wait(app, window.is_settled)  # the duplicate check too, so the picture is complete
    if select:
        window.queue.search.setText(select)
        if not _wait(app, lambda: window.ctx.runner.pending == 0):
            return 1
        hits = window.queue.results_model.hits()
        if not hits:
            print(f"crmdesk: nothing matches “{select}”", file=sys.stderr)
            return 1
        window.ctx.selection.select_contact(hits[0].account_id,
                                            hits[0].ref_id if hits[0].kind == "contact" else None)
        window.queue.search.clear()
        _wait(app, window.is_settled)
    if graph_deal:
        data = window.graph.data
        deal = next((d for d in (data.deals if data else ())
                     if graph_deal.casefold() in d.name.casefold()), None)
        if deal is None:
            print(f"crmdesk: the selected account has no deal named like “{graph_deal}”",
                  file=sys.stderr)
            return 1
        window.graph.choose_deal(deal.id)
        _wait(app, window.is_settled)
    shown: QWidget = window
    if review is not None:
        review_window = window.show_review()
        shown = review_window
        review_window.resize(window.size())
        if review and not review_window.pane.show_panel_tab(review):
            keys = ", ".join(review_window.pane.views)
            print(f"crmdesk: there is no review panel “{review}”; the panels: {keys}",
                  file=sys.stderr)
            return 1
        if not _wait(app, lambda: review_window.pane.is_settled):
            print("crmdesk: the review did not finish computing within 30 s", file=sys.stderr)
            return 1
    QTimer.singleShot(0, lambda: None)
    for _ in range(5):  # let the last layouts and repaints through
        app.processEvents()
        time.sleep(0.02)
    out.parent.mkdir(parents=True, exist_ok=True)
    if not shown.grab().save(str(out)):
        print(f"crmdesk: could not write {out}", file=sys.stderr)
        return 1
    print(f"Saved {out}")
    window.ctx.runner.wait(5000)
    window.ctx.store.close()
    return 0
