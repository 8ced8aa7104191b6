"""Shared test set-up: Qt runs offscreen; the repository's own fixtures (``tests/fixtures``,
MIT-licensed) and the GPL-licensed ones kept outside it (``../shared/fixtures``)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
# ``ATTACHCODER_SHARED`` points elsewhere (a git worktree whose parent has no shared/)
SHARED = Path(os.environ.get("ATTACHCODER_SHARED") or ROOT.parent / "shared")
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Frame indexes go to one folder for the whole run, never the user's cache."""
    folder = tmp_path_factory.mktemp("cache")
    os.environ["ATTACHCODER_CACHE_DIR"] = str(folder)
    return folder


@pytest.fixture
def fixtures() -> Path:
    """The MIT-licensed files the repository carries (tests/fixtures/README.md names them)."""
    return FIXTURES


@pytest.fixture
def shared_fixtures() -> Path:
    """The GPL-licensed BORIS, Datavyu and EAF-parser files, which may not be copied here."""
    path = SHARED / "fixtures"
    if not path.is_dir():
        pytest.skip(
            f"GPL-licensed fixtures not in the repository: ../shared/fixtures is absent ({path})"
        )
    return path


# PySide6 6.12's abi3 wheels leak references to None/True/False on Python 3.11 (see
# attachcoder/gui/_refcount_guard.py); pin them before any test makes a Qt call.
from attachcoder.gui._refcount_guard import pin_singletons  # noqa: E402

pin_singletons()
