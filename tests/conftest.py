"""Shared fixtures: real SQLite workspace files, seeded once per session and copied."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from crmdesk.demo.seed import seed_workspace
from crmdesk.store.db import Store, copy_workspace, open_store

#: The fixed day seeded workspaces are made relative to, so tests are repeatable.
TODAY = date(2026, 11, 25)

#: `make test` runs small; `make pytest SIZE=large` seeds a bigger workspace.
SIZES = {"small": 600, "large": 20000}
ACCOUNTS = SIZES.get(os.environ.get("CRMDESK_TEST_SIZE", "small"), 600)


@pytest.fixture(scope="session")
def seeded_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seed") / "seeded.db"
    seed_workspace(path, ACCOUNTS, seed=7, today=TODAY)
    return path


@pytest.fixture
def seeded(seeded_file: Path, tmp_path: Path) -> Iterator[Store]:
    """A private copy of the seeded workspace, open."""
    path = tmp_path / "workspace.db"
    copy_workspace(seeded_file, path)
    store = open_store(path)
    yield store
    store.close()


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Store]:
    """A new, empty workspace."""
    store = open_store(tmp_path / "empty.db", create=True)
    yield store
    store.close()
