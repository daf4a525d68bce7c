"""Text in a terminal's columns (crmdesk.domain.text): what the CLI's tables pad and
cut by."""

from __future__ import annotations

from crmdesk.domain.text import clip, display_width, pad


def test_wide_characters_take_two_columns_and_marks_none() -> None:
    assert display_width("Acme") == 4
    assert display_width("北京市博通") == 10
    assert display_width("ＡＢ") == 4  # full-width Latin
    assert display_width("Cafe\u0301") == 4  # e and its combining accent: one column
    assert display_width("a\u200db") == 2  # a zero-width joiner takes none
    assert display_width("שלום") == 4


def test_clip_cuts_by_columns_never_inside_a_character() -> None:
    assert clip("北京市博通软件", 20) == "北京市博通软件"
    assert clip("北京市博通软件", 8) == "北京市…"  # 7 columns: 博 would make 9
    assert display_width(clip("北京市博通软件", 9)) == 9
    assert clip("Cafe\u0301 Noir", 5) == "Cafe\u0301…"  # the accent stays with its e
    assert clip("Acme Trading", 5) == "Acme…"


def test_pad_fills_to_columns_on_either_side() -> None:
    assert pad("北京", 6) == "北京  "
    assert pad("12", 4, right=True) == "  12"
    assert pad("too long", 3) == "too long"
