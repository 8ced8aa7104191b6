"""The study dashboard driven as a coder would: open the study, say who you are, filter,
double-click a video (your own session opens, never another coder's), mark it complete."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from small_videos import make_videos
from user_actions import when_modal

from attachcoder.cli import main
from attachcoder.gui.study import study_files
from attachcoder.gui.study.status_model import COL_PRIMARY_STATUS, COL_RELIABILITY_STATUS
from attachcoder.io.session.file import load, save
from attachcoder.io.study.file import load_study


@pytest.fixture
def study(qapp, tmp_path: Path) -> Path:
    folder = tmp_path / "study"
    videos = make_videos(tmp_path / "videos", 4, seconds=4)
    assert main(["study", "init", str(folder), "--coders", "C1,C2,C3", "--seed", "5",
                 "--fraction", "0.5", "--name", "Still-face 2027"]) == 0  # fmt: skip
    assert main(["study", "add", str(folder), *map(str, videos), "--date", "2027-01-10"]) == 0
    assert main(["study", "sample", str(folder)]) == 0
    return folder


def open_dashboard(qtbot, w, folder: Path, monkeypatch):
    monkeypatch.setattr(study_files, "choose_study", lambda parent, start: folder)
    w.study.open_study_action.trigger()  # File → Open study…
    board = w.study.dashboard
    assert board is not None
    qtbot.waitExposed(board)
    return board


def double_click(qtbot, board, dyad: str) -> None:
    proxy = board.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == dyad)
    rect = board.table.visualRect(proxy.index(row, 0))
    viewport = board.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # a double click
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # is two presses


def test_dashboard_filters_opens_own_session_and_marks_complete(
    qtbot, make_window, study, monkeypatch
) -> None:
    plan = load_study(study)
    w = make_window()
    board = open_dashboard(qtbot, w, study, monkeypatch)
    assert board.model.rowCount() == 4 and board.windowTitle().startswith("Still-face 2027")
    assert board.model.index(0, COL_PRIMARY_STATUS).data() == "not started"
    assert "Choose who you are" in board.next_label.text()

    board.coder_box.setCurrentText("C1")  # the coder says who they are, once
    first = next(v.dyad_id for v in plan.videos if "C1" in v.coders())
    assert f"Open your next coding: {first}" in board.next_label.text()
    assert "0 of 4 primary codings complete" in board.next_label.text()
    assert w.settings.study_coder == "C1"
    mine = [v for v in plan.videos if "C1" in v.coders()]
    board.filter_box.setCurrentText("Mine")
    assert board.proxy.rowCount() == len(mine)
    board.filter_box.setCurrentText("Reliability sample")
    assert board.proxy.rowCount() == sum(1 for v in plan.videos if v.reliability)
    board.filter_box.setCurrentText("complete")
    assert board.proxy.rowCount() == 0
    board.filter_box.setCurrentText("All videos")

    # a missing video is marked in its row, not fatal
    (study.parent / "videos" / "D002.mp4").rename(study.parent / "D002.mp4")
    board.refresh_button.click()
    assert board.model.index(board.model.row_of("D002"), 6).data() == "missing"
    assert "D002" in board.problems_label.text()

    # blind: a video C1 double-codes opens C1's own session, not the primary's
    rel = next((v for v in plan.videos if v.reliability == "C1"), None)
    target = rel or next(v for v in plan.videos if v.primary == "C1")
    double_click(qtbot, board, target.dyad_id)
    qtbot.waitUntil(lambda: w.document is not None)
    assert w.document.path == (study / "sessions" / target.dyad_id /
                               f"{target.dyad_id}_C1.acs").resolve()  # fmt: skip
    assert "Still-face 2027" in w.windowTitle()

    # a video C1 has nothing to do with is never opened for C1
    other = next((v for v in plan.videos if "C1" not in v.coders()), None)
    if other is not None:
        told: list[str] = []
        monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[1]))
        opened = w.document.path
        double_click(qtbot, board, other.dyad_id)
        assert told == ["Not yours to code"] and w.document.path == opened

    # code one episode with a key, then Session → Mark coding complete
    qtbot.waitUntil(lambda: w.player.current_ms is not None, timeout=10_000)
    w.activateWindow()
    key = w.document.session.scheme.layer("Interaction").codes[0].key
    qtbot.keyClick(QApplication.focusWidget() or w, key)
    qtbot.waitUntil(lambda: len(w.document.session) == 1)
    # the state is still running: Mark complete asks where it ends (here, the end of the video)
    asked: list[str] = []

    def close_at_end(box) -> None:  # type: ignore[no-untyped-def]
        asked.append(box.text())
        button = next(b for b in box.buttons() if b.text().startswith("At the end of the video"))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    when_modal(close_at_end)
    w.study.mark_action.trigger()
    assert asked and "still running" in asked[0]
    assert w.document.session.running_states() == {}
    assert w.document.session.metadata.is_complete and not w.document.is_modified
    assert load(w.document.path).metadata.completed_at
    col = COL_RELIABILITY_STATUS if target.reliability == "C1" else COL_PRIMARY_STATUS
    row = board.model.row_of(target.dyad_id)
    qtbot.waitUntil(lambda: board.model.index(row, col).data() == "complete")
    assert "complete" in w.windowTitle()
    assert f"Open your next coding: {target.dyad_id}" not in board.next_label.text()
    assert board.bars["C1"].value() == 1

    # complete is read-only: a code key changes nothing, until Reopen for editing
    qtbot.keyClick(QApplication.focusWidget() or w, key)
    assert len(w.document.session) == 1
    assert w.study.reopen_action.isEnabled()
    w.study.reopen_action.trigger()
    assert not w.document.session.metadata.is_complete
    w.undo_action.trigger()  # the reopening is one undo step back to complete
    assert w.document.session.metadata.is_complete
    w.undo_action.trigger()  # and marking complete is one undo step
    assert w.document.session.metadata.status == "" and len(w.document.session) == 1
    QApplication.processEvents()


def test_new_study_add_videos_sample_agreement_export(
    qtbot, make_window, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialogButtonBox

    from attachcoder.gui.study import study_actions
    from attachcoder.gui.study.study_files import NewStudyDialog

    w = make_window()
    folder = tmp_path / "new-study"

    def fill_form() -> None:
        dlg = next(x for x in QApplication.topLevelWidgets() if isinstance(x, NewStudyDialog))
        dlg.folder_edit.setText(str(folder))
        dlg.coders_edit.setText("A, B")
        dlg.fraction.setValue(1.0)
        dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, fill_form)
    w.study.new_study_action.trigger()  # File → New study…
    board = w.study.dashboard
    assert board is not None and load_study(folder).coders == ("A", "B")

    told: list[str] = []
    monkeypatch.setattr(study_actions, "inform", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(study_actions, "confirm", lambda parent, title, text: True)
    videos = make_videos(tmp_path / "videos", 2, seconds=3)
    monkeypatch.setattr(study_actions, "choose_videos", lambda parent, start: videos)
    board.add_button.click()
    assert board.model.rowCount() == 2 and told[-1].startswith("2 video(s) added")
    board.sample_button.click()
    assert all(vs.reliability is not None for vs in board.model.rows)  # fraction 1: every one
    # the result names, per coder, the videos they now double-code, and each coder's load
    for vs in board.model.rows:
        coder = vs.video.reliability
        line = next(x for x in told[-1].splitlines() if x.startswith(f"{coder} now double-codes"))
        assert vs.video.dyad_id in line
    assert "A: 1 primary + 1 double-coding = 2 coding(s)" in told[-1]
    board.agreement_button.click()
    dlg = board.agreement_dialog
    qtbot.waitExposed(dlg)
    assert dlg.tabs.count() == 3 and dlg.chart_view.chart().series()  # the criterion line
    dlg.close()
    out = tmp_path / "out.xlsx"
    monkeypatch.setattr(study_actions, "choose_export_path", lambda parent, start: out)
    board.export_button.click()
    assert told[-1] == "No primary coding is complete yet." and not out.exists()


def test_compare_waits_until_both_codings_are_complete(qtbot, make_window, study, monkeypatch):
    from attachcoder.gui.dialogs import prompts

    plan = load_study(study)
    v = next(v for v in plan.videos if v.reliability is not None)
    mine = study / "sessions" / v.dyad_id / f"{v.dyad_id}_{v.primary}.acs"
    theirs = study / "sessions" / v.dyad_id / f"{v.dyad_id}_{v.reliability}.acs"
    errors: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: errors.append(text))
    w = make_window(mine)
    assert not w.compare.compare_with(theirs)
    assert errors and "blind double-coding" in errors[-1]
    w.study.mark_action.trigger()
    assert not w.compare.compare_with(theirs)  # the other coding is not complete yet
    other = load(theirs)
    other.metadata = dataclasses.replace(
        other.metadata, status="complete", completed_at="2027-02-01T10:00:00+00:00"
    )
    save(other, theirs, backup=False)
    assert w.compare.compare_with(theirs)
