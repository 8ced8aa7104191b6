"""Fixtures of the compare tests: the sample's second coding, and a window comparing with it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from comparing import SAMPLE_DIR, menu_action, settled
from PySide6.QtWidgets import QFileDialog


@pytest.fixture
def second_coding(sample_session_file: Path) -> Path:
    """D001_C2.acs beside the copy of D001_C1.acs (same video)."""
    path = sample_session_file.parent / "D001_C2.acs"
    shutil.copy2(SAMPLE_DIR / "D001_C2.acs", path)
    return path


@pytest.fixture
def comparing(make_window, sample_session_file: Path, second_coding: Path, monkeypatch, qtbot):  # type: ignore[no-untyped-def]
    """A window on C1, compared with C2 through File → Compare with…, its figures shown."""
    w = make_window(sample_session_file)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(second_coding), ""))
    menu_action(w.file_menu, "Compare with…").trigger()
    assert w.compare.active
    settled(qtbot, w)
    return w
