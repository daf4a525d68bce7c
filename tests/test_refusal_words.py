"""Refusals are marked templates with their figures, not English sentences: the command
line and the exports read the same English as ever (a Worded is its English), the window
words them in its language through one function (crmdesk.ui.words.refusal_words), with
Qt's plural forms for a count (Counted) and every nested sentence worded too."""

from __future__ import annotations

import ast
import pickle
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crmdesk.app import membership as mb
from crmdesk.domain.membership import redeem_problem
from crmdesk.domain.words import Counted, Joined, Worded, english_plural, lines, message, tr_noop
from crmdesk.store.db import Store
from crmdesk.store.refusals import NotFound, Refused
from crmdesk.ui.card_membership import PointsDialog
from crmdesk.ui.contract_dialogs import ContractDialog
from crmdesk.ui.language import install_language
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.words import refusal_words, said
from tests.test_ui import make_window, settle

ROOT = Path(__file__).resolve().parent.parent
#: Where the laptop's refusals are raised (the server's are worded on the wire).
SCANNED = ("crmdesk/domain", "crmdesk/store", "crmdesk/app")
#: Files left out of the scan, each named so it is a decision, not an oversight.
EXEMPT: frozenset[str] = frozenset()


# ---- every refusal is a marked template ------------------------------------------------

def _name(node: ast.expr) -> str:
    return node.id if isinstance(node, ast.Name) else (
        node.attr if isinstance(node, ast.Attribute) else "")


def _refusal_classes(trees: dict[str, ast.Module]) -> set[str]:
    """Refused, NotFound, a file that cannot be read (the import's UnreadableFile, shown
    in its window) and every class of the scanned code made from one."""
    found = {"Refused", "NotFound", "UnreadableFile"}
    grew = True
    while grew:
        grew = False
        for tree in trees.values():
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in found and any(
                        _name(base) in found for base in node.bases):
                    found.add(node.name)
                    grew = True
    return found


def _bare(arg: ast.expr) -> bool:
    """An English sentence made on the spot: a literal, an f-string, literals joined or
    formatted, or an exception's words turned into plain text (str(exc))."""
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return True
    if isinstance(arg, ast.JoinedStr):
        return True
    if isinstance(arg, ast.BinOp):  # "…" + name, "…" % figures
        return _bare(arg.left) or _bare(arg.right)
    if isinstance(arg, ast.Call):
        if isinstance(arg.func, ast.Attribute) and arg.func.attr in ("format", "join"):
            return True  # TEMPLATE.format(x) loses the template; "\n".join(…) its parts
        if _name(arg.func) == "str":
            return True
    return False


def bare_refusals(trees: dict[str, ast.Module]) -> list[str]:
    """Where a refusal is raised (or made) with a bare English sentence."""
    classes = _refusal_classes(trees)
    wrong = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) in classes and node.args \
                    and _bare(node.args[0]):
                wrong.append(f"{path}:{node.lineno}")
    return wrong


def _trees() -> dict[str, ast.Module]:
    return {str(path.relative_to(ROOT)): ast.parse(path.read_text(encoding="utf-8"))
            for folder in SCANNED for path in sorted((ROOT / folder).rglob("*.py"))
            if str(path.relative_to(ROOT)) not in EXEMPT}


def test_every_refusal_is_raised_with_a_marked_template_or_constant() -> None:
    assert bare_refusals(_trees()) == []


def test_the_scan_finds_a_literal_an_f_string_a_format_and_a_subclass() -> None:
    code = '''
class Gone(NotFound):
    pass
def f(name, exc, problems):
    raise Refused("A company needs a name.")
    raise Refused(f"{name} is taken.")
    raise NotFound(NO_SUCH.format(name))
    raise Refused("\\n".join(problems))
    raise Refused(str(exc))
    raise Gone("This is gone.")
    raise Refused(tr_noop("A company needs a name."))
    raise Refused(Worded(tr_noop("{0} is taken."), name))
    raise Refused(lines(problems))
    raise Refused(message(exc))
'''
    found = bare_refusals({"x.py": ast.parse(code)})
    assert found == [f"x.py:{n}" for n in (5, 6, 7, 8, 9, 10)]


# ---- the English stays --------------------------------------------------------------------

def test_the_command_line_reads_the_same_english_and_the_template_is_kept() -> None:
    named = Worded(tr_noop("{0}: {1}"), "Acme", Worded(tr_noop("Say why: {0} needs a reason."),
                                                        Worded(tr_noop("a redemption"))))
    assert named == "Acme: Say why: a redemption needs a reason."
    assert str(Refused(named)) == named and message(Refused(named)) is named
    assert redeem_problem(5, 1) == "Only 1 point to redeem; 5 asked."
    assert redeem_problem(5_000, 1_234) == "Only 1,234 points to redeem; 5,000 asked."
    assert english_plural("%n company(ies), %n match(es), %n day(s)", 1) == \
        "1 company, 1 match, 1 day"
    assert english_plural("%n company(ies), %n match(es), %n day(s)", 0) == \
        "0 companies, 0 matches, 0 days"
    both = lines([named, tr_noop("A deal needs a name.")])
    assert both == "Acme: Say why: a redemption needs a reason.\nA deal needs a name."
    # a refusal crosses a thread and a process whole (the runner, a worker)
    for kept in (named, both, Counted("A tag is at most %n character(s).", "", 40)):
        again = pickle.loads(pickle.dumps(kept))
        assert again == kept and type(again) is type(kept)
        assert getattr(again, "template", None) == getattr(kept, "template", None)
    assert isinstance(pickle.loads(pickle.dumps(both)), Joined)


def _english_forms() -> dict[str, list[str]]:
    root = ET.parse(ROOT / "resources" / "translations" / "crmdesk_en.ts").getroot()
    return {m.findtext("source") or "": [f.text or "" for f in m.iter("numerusform")]
            for m in root.iter("message") if m.get("numerus") == "yes"}


def _counted_templates() -> set[str]:
    found = set()
    for tree in _trees().values():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) == "Counted":
                first = node.args[0]
                assert isinstance(first, ast.Constant) and isinstance(first.value, str)
                found.add(first.value)
    return found


def test_the_windows_english_plural_forms_are_the_command_lines() -> None:
    forms, templates = _english_forms(), _counted_templates()
    assert templates and templates <= set(forms)
    for template in templates:
        one, many = forms[template]
        assert (one.replace("%n", "1"), many.replace("%n", "2")) == (
            english_plural(template, 1), english_plural(template, 2)), template


# ---- the window's words -------------------------------------------------------------------

def test_a_refusal_its_nested_sentences_and_its_plural_in_each_language(
        qapp: QApplication) -> None:
    nested = Refused(Worded(tr_noop("{0}: {1}"), "Acme", Worded(
        tr_noop("Say why: {0} needs a reason."), Worded(tr_noop("a redemption")))))
    constant = NotFound(tr_noop("This payment no longer exists."))
    joined = Refused(lines([tr_noop("A deal needs a name."),
                            Counted("A tag is at most %n character(s).", "", 40)]))
    try:
        install_language(qapp, "zh_CN")
        assert refusal_words(nested) == "Acme：说明原因：兑换需要填写原因。"
        assert refusal_words(constant) == "该回款已不存在。"
        assert refusal_words(joined) == "商机需要名称。\n标签最多 40 个字符。"
        assert said(redeem_problem(5, 1)) == "只有 1 积分可兑换；申请了 5。"
        install_language(qapp, "he")
        assert said(redeem_problem(5, 1)) == "יש רק נקודה אחת למימוש; התבקשו 5."
        assert said(redeem_problem(5_000, 1_234)) == "יש רק 1,234 נקודות למימוש; התבקשו 5,000."
        install_language(qapp, "en")
        for exc in (nested, constant, joined):
            assert refusal_words(exc) == str(exc)  # English as the command line's
        assert said(redeem_problem(5, 2)) == "Only 2 points to redeem; 5 asked."
    finally:
        install_language(qapp, "en")


@pytest.fixture
def window(chinese: None, empty: Store, world: dict[str, uuid.UUID], tmp_path: Path,
           qtbot: QtBot) -> Iterator[MainWindow]:
    win = make_window(empty, tmp_path, qtbot)
    win.ctx.selection.select_account(world["acme"])
    settle(win, qtbot)
    yield win
    win.ctx.runner.wait()


def test_a_command_dialog_shows_the_stores_refusal_in_chinese(
        window: MainWindow, world: dict[str, uuid.UUID], qtbot: QtBot) -> None:
    contract = ContractDialog(window.ctx, world["acme"], "Acme Ltd.", window)
    contract.amount.setValue(100)
    contract.accept()  # no number: the store's rule, in the window's language
    qtbot.waitUntil(lambda: bool(contract.error.text()), timeout=10000)
    assert contract.error.text() == "合同需要编号。"
    assert contract.result() != ContractDialog.DialogCode.Accepted


def test_a_command_dialog_shows_a_count_in_its_plural_form(
        window: MainWindow, world: dict[str, uuid.UUID], qtbot: QtBot) -> None:
    app, acme = window.ctx.app, world["acme"]
    mb.issue_card(app, acme)
    mb.adjust(app, acme, 1, "Welcome gift")
    settle(window, qtbot)
    # the dialog opened on a balance since spent elsewhere: the store refuses the rest
    dialog = PointsDialog(window.ctx, acme, 1_000, True, window.card.membership)
    dialog.points.setValue(5)
    dialog.accept()  # no reason, and more than the card holds: both, one a line
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=10000)
    assert dialog.error.text() == "说明原因：兑换需要填写原因。\n只有 1 积分可兑换；申请了 5。"
    install_language(QApplication.instance(), "he")  # type: ignore[arg-type]
    dialog.accept()
    qtbot.waitUntil(lambda: "התבקשו" in dialog.error.text(), timeout=10000)
    assert dialog.error.text().endswith("יש רק נקודה אחת למימוש; התבקשו 5.")
    install_language(QApplication.instance(), "en")  # type: ignore[arg-type]
    dialog.accept()
    qtbot.waitUntil(lambda: "asked" in dialog.error.text(), timeout=10000)
    assert dialog.error.text() == ("Say why: a redemption needs a reason.\n"
                                   "Only 1 point to redeem; 5 asked.")
    dialog.reject()
