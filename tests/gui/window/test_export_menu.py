"""File ▸ Export workbook… of the open session and File ▸ Batch export… with a bad file in it."""

from __future__ import annotations

import shutil

from openpyxl import load_workbook
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from user_actions import ROOT, when_modal

from attachcoder.gui.dialogs.export_dialogs import BatchExportDialog, ExportSessionDialog


def _all_text(path) -> str:  # type: ignore[no-untyped-def]
    wb = load_workbook(path, read_only=True)
    out = [str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True)
           for v in row if v is not None]  # fmt: skip
    wb.close()
    return "\n".join(out)


def test_export_the_open_session_with_its_unsaved_coding(
    qtbot, make_window, sample_session_file, tmp_path
):
    w = make_window(sample_session_file)
    first = w.document.session.layer_episodes("Interaction")[0]
    w.document.edit_episode(first.id, note="unsaved remark")  # in the window, not on disk
    target = tmp_path / "out" / "D001.xlsx"
    target.parent.mkdir()
    offered: list[str] = []

    def export(d: QDialog) -> None:
        assert isinstance(d, ExportSessionDialog)
        offered.append(d.path.text())
        d.path.setText(str(target))
        qtbot.mouseClick(d.export_button, Qt.MouseButton.LeftButton)

    when_modal(export)
    qtbot.keyClick(w, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # Ctrl+E
    assert offered == [str(sample_session_file.with_suffix(".xlsx"))]  # beside the session
    assert target.is_file()
    assert w.statusBar().currentMessage() == "Exported D001.xlsx"
    text = _all_text(target)
    assert "D001" in text and "unsaved remark" in text
    assert str(tmp_path) not in text and "demo.mp4" not in text  # never a path
    assert "D001_C1.acs" not in text  # named by its session key, not its file
    assert w.isWindowModified()  # exporting is not saving


def test_batch_export_from_the_window_lists_a_bad_file_and_exports_the_rest(
    qtbot, make_window, tmp_path, monkeypatch
):
    folder = tmp_path / "sessions"
    folder.mkdir()
    for name in ("D001_C1.acs", "D001_C2.acs"):
        shutil.copy(ROOT / "sample_sessions" / name, folder / name)
    (folder / "broken.acs").write_text('{"format": "attachcoder-session", "ver', encoding="utf-8")
    out = tmp_path / "all.xlsx"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    w = make_window()
    seen: dict[str, object] = {}

    def run_batch(d: QDialog) -> None:
        assert isinstance(d, BatchExportDialog)
        qtbot.mouseClick(d.add_folder_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(d.out_path, str(out))
        with qtbot.waitSignal(d.finished_batch, timeout=60_000):
            qtbot.mouseClick(d.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not d.running)
        seen["rows"] = [
            [d.problems.topLevelItem(i).text(c) for c in range(3)]
            for i in range(d.problems.topLevelItemCount())
        ]
        seen["summary"] = d.summary.text()
        d.reject()

    when_modal(run_batch)
    w.session_actions.batch_action.trigger()
    assert ["broken.acs", "", "unreadable"] in seen["rows"]
    assert "2 session(s) from 3 file(s) written to all.xlsx" in str(seen["summary"])
    assert out.is_file()
    assert str(folder) not in _all_text(out)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert w.findChildren(QDialog) == []  # closed dialogs do not pile up
