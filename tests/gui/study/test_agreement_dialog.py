"""Agreement… as a supervisor uses it: the figures with their 95% CIs and the settings named,
and Copy methods text puts the study's reliability paragraph on the clipboard. New study asks
for the event alignment and the uncodable rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from reliability_study import make_study

from attachcoder.analysis.agreement.methods import study_methods
from attachcoder.gui.study import study_files
from attachcoder.io.study.file import load_study
from attachcoder.io.study.pairs import agreement_of_study


@pytest.fixture
def study(qapp, tmp_path: Path) -> Path:
    return make_study(tmp_path / "study", tmp_path / "videos", "--excluded", "category", n=4)


def test_copy_methods_text_puts_the_paragraph_on_the_clipboard(
    qtbot, make_window, study: Path, monkeypatch
) -> None:
    w = make_window()
    monkeypatch.setattr(study_files, "choose_study", lambda parent, start: study)
    w.study.open_study_action.trigger()  # File → Open study…
    board = w.study.dashboard
    qtbot.waitExposed(board)
    qtbot.mouseClick(board.agreement_button, Qt.MouseButton.LeftButton)  # Agreement…
    dlg = board.agreement_dialog
    qtbot.waitExposed(dlg)

    agreement, _ = agreement_of_study(load_study(study), study)
    inter = next(p for p in agreement.pooled if p.layer == "Interaction")
    table = dlg.pooled_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Interaction")
    pooled_ci = table.item(row, headers.index("Pooled κ (time units)") + 1).text()
    assert pooled_ci == f"[{inter.pooled_ci.low:.3f}, {inter.pooled_ci.high:.3f}]"
    assert "excluded rule category" in dlg.settings_label.text()
    assert "bootstrap over videos (seed 11)" in dlg.settings_label.text()

    QApplication.clipboard().clear()
    qtbot.mouseClick(dlg.copy_methods_button, Qt.MouseButton.LeftButton)
    text = QApplication.clipboard().text()
    assert text == study_methods(load_study(study), agreement)
    assert text.startswith("Of the 4 videos, 4 (100.0%) were double-coded")
    assert "Excluded time (uncodable) counted as an ordinary code." in text
    assert dlg.copy_methods_button.text() == "Copied ✓"
    dlg.close()


def test_new_study_records_the_alignment_and_the_uncodable_rule(
    qtbot, make_window, tmp_path: Path
) -> None:
    from attachcoder.gui.study.study_files import NewStudyDialog

    w = make_window()
    folder = tmp_path / "gseq-study"

    def pick(combo, text: str) -> None:  # type: ignore[no-untyped-def]
        """As a person picks: focus the box, arrow down to the item."""
        combo.setFocus()
        for _ in range(combo.count()):
            if combo.currentText() == text:
                break
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentText() == text

    def fill_form() -> None:
        dlg = next(x for x in QApplication.topLevelWidgets() if isinstance(x, NewStudyDialog))
        dlg.folder_edit.setText(str(folder))
        dlg.coders_edit.setText("A, B")
        pick(dlg.align_box, "GSEQ (Bakeman, Quera & Gnisci 2009)")
        dlg.onset_tolerance_edit.setText("1.5s")
        pick(dlg.excluded_box, "Leave out when either says uncodable")
        dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, fill_form)
    w.study.new_study_action.trigger()  # File → New study…
    plan = load_study(folder).reliability
    assert (plan.align, plan.onset_tolerance, plan.excluded) == ("gseq", "1.5s", "drop-either")
