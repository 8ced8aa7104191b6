"""Export the open session's workbook, and a batch with a bad file in it (and a cancelled one)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from attachcoder.core import Session
from attachcoder.gui.dialogs.export_dialogs import BatchExportDialog, ExportSessionDialog
from attachcoder.io.session.file import load

ROOT = Path(__file__).resolve().parents[3]
SAMPLES = ROOT / "sample_sessions"


def all_text(path: Path) -> str:
    wb = load_workbook(path, read_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.extend(str(v) for v in row if v is not None)
    return "\n".join(out)


@pytest.fixture
def coded(tmp_path: Path) -> tuple[Session, Path]:
    path = tmp_path / "D001_C1.acs"
    shutil.copy(SAMPLES / "D001_C1.acs", path)
    session = load(path)
    [first, *_] = session.layer_episodes("Interaction")
    session.update(first.id, note="caregiver name slip: do not export")
    return session, path


def test_export_the_open_session(qtbot: QtBot, coded: tuple[Session, Path], tmp_path: Path) -> None:
    session, path = coded
    dialog = ExportSessionDialog(session, path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.path.text() == str(tmp_path / "D001_C1.xlsx")  # beside the session
    qtbot.mouseClick(dialog.notes, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert not dialog.notes.isChecked()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.written == tmp_path / "D001_C1.xlsx"
    assert dialog.result() == dialog.DialogCode.Accepted
    text = all_text(dialog.written)
    assert session.metadata.dyad_id in text
    assert "do not export" not in text  # notes left out
    assert str(tmp_path) not in text  # never a folder
    assert "demo.mp4" not in text  # never a video path


def test_a_workbook_that_cannot_be_written_is_reported_and_the_dialog_stays(
    qtbot: QtBot, coded: tuple[Session, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session, path = coded
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    dialog = ExportSessionDialog(session, path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(tmp_path / "no such folder" / "out"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "the folder does not exist" in warnings[0]
    assert dialog.isVisible() and dialog.written is None


@pytest.fixture
def batch_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "sessions"
    (folder / "coder2").mkdir(parents=True)
    shutil.copy(SAMPLES / "D001_C1.acs", folder / "D001_C1.acs")
    shutil.copy(SAMPLES / "D001_C2.acs", folder / "coder2" / "D001_C2.acs")
    (folder / "broken.acs").write_text('{"format": "attachcoder-session", "vers', encoding="utf-8")
    return folder


@pytest.fixture
def batch(qtbot: QtBot) -> BatchExportDialog:
    dialog = BatchExportDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_batch_with_a_bad_file_lists_it_and_exports_the_rest(
    qtbot: QtBot,
    batch: BatchExportDialog,
    batch_folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert not batch.export_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(batch_folder))
    qtbot.mouseClick(batch.add_folder_button, Qt.MouseButton.LeftButton)
    assert batch.paths() == [batch_folder]
    out = tmp_path / "all.xlsx"
    qtbot.keyClicks(batch.out_path, str(tmp_path / "all"))
    csv_dir = tmp_path / "csv"
    csv_dir.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(csv_dir))
    qtbot.mouseClick(batch.csv_browse, Qt.MouseButton.LeftButton)
    assert batch.csv.isChecked()
    assert batch.export_button.isEnabled()
    with qtbot.waitSignal(batch.finished_batch, timeout=60_000) as finished:
        qtbot.mouseClick(batch.export_button, Qt.MouseButton.LeftButton)
    report = finished.args[0]
    assert report is not None and report.sessions == 2 and report.files == 3
    qtbot.waitUntil(lambda: not batch.running)
    assert out.is_file()
    assert any(csv_dir.glob("*.csv"))
    rows = [
        [batch.problems.topLevelItem(i).text(c) for c in range(4)]  # type: ignore[union-attr]
        for i in range(batch.problems.topLevelItemCount())
    ]
    assert ["broken.acs", "", "unreadable"] in [r[:3] for r in rows]
    assert "2 session(s) from 3 file(s) written to all.xlsx" in batch.summary.text()
    assert "1 file(s) could not be read" in batch.summary.text()
    assert str(batch_folder) not in all_text(out)


def test_a_cancelled_batch_writes_nothing(
    qtbot: QtBot, batch: BatchExportDialog, tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(40):
        shutil.copy(SAMPLES / "D001_C1.acs", folder / f"s{i:02d}.acs")
    batch.add_paths([folder])
    out = tmp_path / "never.xlsx"
    batch.out_path.setText(str(out))
    # cancel as soon as the first file is being read, as a person pressing Cancel would
    first = []

    def on_progress(i: int, n: int, name: str) -> None:
        if not first:
            first.append(name)
            assert batch.progress is not None and batch.progress.isVisible()
            button = batch.progress.findChild(QPushButton)
            assert button is not None and button.text() == "Cancel"
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    with qtbot.waitSignal(batch.finished_batch, timeout=60_000) as finished:
        batch.start()
        assert batch.worker is not None
        batch.worker.progressed.connect(on_progress)
    report = finished.args[0]
    assert report.cancelled
    assert not out.exists()
    assert batch.summary.text() == "Cancelled: nothing was written."
    qtbot.waitUntil(lambda: not batch.running)
    assert batch.export_button.isEnabled()  # ready for another go


def test_inputs_are_chosen_and_removed(
    qtbot: QtBot, batch: BatchExportDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    files = [str(SAMPLES / "D001_C1.acs"), str(SAMPLES / "D001_C2.acs")]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (files, ""))
    qtbot.mouseClick(batch.add_files_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(batch.add_files_button, Qt.MouseButton.LeftButton)  # no duplicates
    assert [str(p) for p in batch.paths()] == files
    batch.inputs.item(0).setSelected(True)
    qtbot.mouseClick(batch.remove_button, Qt.MouseButton.LeftButton)
    assert [str(p) for p in batch.paths()] == files[1:]
    batch.out_path.setText(str(tmp_path / "missing" / "x.xlsx"))
    assert "does not exist" in batch.current_problems()[0]
    assert not batch.export_button.isEnabled()


def test_a_batch_that_reads_nothing_keeps_the_old_workbook_and_says_so(
    qtbot: QtBot, batch: BatchExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "unreadable"
    bad.mkdir()
    (bad / "x.acs").write_text("{", encoding="utf-8")
    out = tmp_path / "all.xlsx"
    out.write_bytes(b"an earlier batch")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(bad))
    qtbot.mouseClick(batch.add_folder_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(batch.out_path, str(tmp_path / "all"))
    with qtbot.waitSignal(batch.finished_batch, timeout=60_000) as finished:
        qtbot.mouseClick(batch.export_button, Qt.MouseButton.LeftButton)
    assert finished.args[0] is not None and finished.args[0].output is None
    qtbot.waitUntil(lambda: not batch.running)
    assert "No session could be read, so nothing was written." in batch.summary.text()
    assert out.read_bytes() == b"an earlier batch"


def test_the_paper_is_the_locales_and_can_be_chosen(
    qtbot: QtBot, coded: tuple[Session, Path], tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("LC_PAPER", "de_DE.UTF-8")  # a clinic in Germany prints on A4
    session, path = coded
    dialog = ExportSessionDialog(session, path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.paper.currentText() == "A4"
    dialog.paper.setFocus()
    qtbot.keyClick(dialog.paper, Qt.Key.Key_Down)  # the coder picks US Letter
    assert dialog.paper.currentText() == "US Letter"
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    sheets = load_workbook(dialog.written).worksheets
    assert {ws.page_setup.paperSize for ws in sheets} == {1}
    assert "Notes and modifiers" in [ws.title for ws in sheets]
