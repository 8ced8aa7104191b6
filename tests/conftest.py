"""Shared test set-up: Qt runs offscreen; ../shared/fixtures is found from the project root."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture
def shared_fixtures() -> Path:
    path = SHARED / "fixtures"
    assert path.is_dir(), f"../shared/fixtures is missing beside the project ({path})"
    return path

# PySide6 6.12's abi3 wheels leak references to None/True/False on Python 3.11 (see
# attachcoder/gui/_refcount_guard.py); pin them before any test makes a Qt call.
from attachcoder.gui._refcount_guard import pin_singletons  # noqa: E402

pin_singletons()
