"""A coder opens a coding a sync client copied: the dashboard says "conflict", and opening it
asks to compare the two copies or keep one — driven with clicks, as a coder would."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from test_study_dashboard import double_click, open_dashboard, study  # noqa: F401
from user_actions import when_modal

from attachcoder.gui.study.status_model import COL_PRIMARY_STATUS
from attachcoder.io.study.file import load_study


def _click(label_start: str):
    def act(box) -> None:
        assert isinstance(box, QMessageBox) and box.objectName() == "conflict-question"
        button = next(b for b in box.buttons() if b.text().startswith(label_start))
        button.click()

    return act


def test_conflict_copy_compare_then_keep_the_copy(qtbot, make_window, study, monkeypatch):  # noqa: F811
    plan = load_study(study)
    video = plan.videos[0]
    assigned = study / plan.session_path(video, video.primary)
    w = make_window()
    board = open_dashboard(qtbot, w, study, monkeypatch)
    board.coder_box.setCurrentText(video.primary)
    assert assigned.exists()  # study add made the primary's file
    copy = assigned.with_name(f"{assigned.stem} (conflicted copy 2027-01-11).acs")
    shutil.copy(assigned, copy)
    board.refresh_button.click()
    row = board.model.row_of(video.dyad_id)
    cell = board.model.index(row, COL_PRIMARY_STATUS)
    # the cell says it in a few words (no path to push the reliability columns off the
    # window); the whole sentence is its tooltip and the problems line
    assert cell.data() == "conflict: a second copy (Dropbox)"
    assert copy.name in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert copy.name in board.problems_label.text()

    compared: list[tuple[Path, Path]] = []
    board.compare = lambda a, b: compared.append((a, b))
    when_modal(_click("Compare"))
    double_click(qtbot, board, video.dyad_id)
    assert compared == [(assigned, copy)]
    assert board.model.index(row, COL_PRIMARY_STATUS).data().startswith("conflict")

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    when_modal(_click(f"Keep {copy.name}"))
    copied = copy.read_bytes()
    double_click(qtbot, board, video.dyad_id)
    assert not copy.exists() and assigned.read_bytes() == copied
    asides = list(assigned.parent.glob("*.bak"))
    assert len(asides) == 1 and asides[0].name in told[0]
    qtbot.waitUntil(
        lambda: not board.model.index(row, COL_PRIMARY_STATUS).data().startswith("conflict")
    )
