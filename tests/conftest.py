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
