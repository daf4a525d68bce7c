"""The README and docs/ stand alone: every relative link leads to a file (and heading)
that exists, nothing points outside the repository, and the README starts with the two
commands a newcomer needs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
# [text](target) and ![alt](target); a target ends at a space (an optional title) or ")"
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
FENCE = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)


def _links(text: str) -> list[str]:
    """The link targets of a Markdown text, leaving code blocks out."""
    return LINK.findall(FENCE.sub("", text))


def _anchors(text: str) -> set[str]:
    """The anchors GitHub makes of a Markdown file's headings."""
    found = set()
    for line in FENCE.sub("", text).splitlines():
        if line.startswith("#"):
            title = line.lstrip("#").strip().lower()
            slug = re.sub(r"[^\w\- ]", "", title).replace(" ", "-")
            found.add(slug)
    return found


def test_the_link_finder_finds_links_and_anchors() -> None:
    text = "See [a](docs/a.md#x-y) and ![p](img/p.png \"t\") and [w](https://e.com).\n" \
           "```\n[not](in-code.md)\n```\n## X, y!\n"
    assert _links(text) == ["docs/a.md#x-y", "img/p.png", "https://e.com"]
    assert _anchors(text) == {"x-y"}


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_relative_link_resolves(doc: Path) -> None:
    broken = []
    for target in _links(doc.read_text(encoding="utf-8")):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target):  # https:, mailto:: not ours to check
            continue
        path, _, anchor = target.partition("#")
        file = (doc.parent / path).resolve() if path else doc
        if not file.is_file() or not file.is_relative_to(ROOT):
            broken.append(f"{target}: no such file in the repository")
        elif anchor and file.suffix == ".md" and anchor not in _anchors(
                file.read_text(encoding="utf-8")):
            broken.append(f"{target}: no heading makes #{anchor}")
    assert not broken, f"{doc.name}: " + "; ".join(broken)


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_no_doc_points_outside_the_repository(doc: Path) -> None:
    assert "../shared" not in doc.read_text(encoding="utf-8")


def test_the_readme_opens_with_make_run_and_make_test() -> None:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()[:8]
    commands = [line.split("#")[0].strip() for line in lines]
    assert "make run" in commands and "make test" in commands
    assert commands.index("make run") < commands.index("make test")


def test_the_readme_tours_with_screenshots_in_the_repository() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    images = [t for t in _links(readme) if t.startswith("docs/images/")]
    assert len(images) >= 3
    for image in images:
        assert (ROOT / image).stat().st_size < 250_000, image
