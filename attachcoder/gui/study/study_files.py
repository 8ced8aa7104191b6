"""File → New study… and File → Open study…: choosing or making a study folder.

The new-study form asks what ``attachcoder study init`` takes (folder, name, coders, the
reliability plan) and makes the study through the same function; nothing is written until
the form is accepted, and an existing study is never overwritten.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from attachcoder.core.study import ReliabilityPlan, StudyError
from attachcoder.core.timefmt import Duration
from attachcoder.io.atomic import WriteError
from attachcoder.io.session.file import SessionFileError
from attachcoder.io.study.file import STUDY_FILE


class NewStudyDialog(QDialog):
    def __init__(self, start: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New study")
        self.made: Path | None = None
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.folder_edit = QLineEdit(str(start / "new-study"), self)
        browse = QPushButton("Choose…", self)
        browse.clicked.connect(self._browse)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        form.addRow("Folder", row)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText("the folder's name")
        form.addRow("Name", self.name_edit)
        self.coders_edit = QLineEdit("C1, C2, C3", self)
        form.addRow("Coders (IDs, commas between)", self.coders_edit)
        self.fraction = QDoubleSpinBox(self)
        self.fraction.setRange(0, 1)
        self.fraction.setSingleStep(0.05)
        self.fraction.setValue(0.2)
        form.addRow("Share double-coded", self.fraction)
        self.seed = QSpinBox(self)
        self.seed.setRange(0, 999_999)
        self.seed.setValue(secrets.randbelow(1_000_000))
        form.addRow("Seed of the draw", self.seed)
        self.unit_edit = QLineEdit("1s", self)
        self.tolerance_edit = QLineEdit("1s", self)
        form.addRow("Agreement unit", self.unit_edit)
        form.addRow("Tolerance", self.tolerance_edit)
        self.criterion = QDoubleSpinBox(self)
        self.criterion.setRange(-1, 1)
        self.criterion.setSingleStep(0.05)
        self.criterion.setValue(0.7)
        form.addRow("Criterion κ", self.criterion)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #A33")
        self.error_label.setWordWrap(True)
        form.addRow(self.error_label)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        box.accepted.connect(self._make)
        box.rejected.connect(self.reject)
        form.addRow(box)

    def _browse(self) -> None:
        d = QFileDialog.getExistingDirectory(
            self, "Folder of the new study", self.folder_edit.text()
        )
        if d:
            self.folder_edit.setText(d)

    def _make(self) -> None:
        from attachcoder.io.study.operations import init_study

        coders = [c.strip() for c in self.coders_edit.text().split(",") if c.strip()]
        try:
            Duration(self.unit_edit.text())
            Duration(self.tolerance_edit.text())
            plan = ReliabilityPlan(
                self.fraction.value(),
                self.seed.value(),
                self.unit_edit.text(),
                self.tolerance_edit.text(),
                self.criterion.value(),
            )
            folder = Path(self.folder_edit.text()).expanduser()
            init_study(folder, coders=coders, name=self.name_edit.text().strip(), plan=plan)
        except (ValueError, StudyError, SessionFileError, WriteError) as exc:
            self.error_label.setText(str(exc))
            return
        self.made = folder
        self.accept()


def new_study(parent: QWidget, start: Path) -> Path | None:
    dlg = NewStudyDialog(start, parent)
    try:
        return dlg.made if dlg.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dlg.deleteLater()


def choose_study(parent: QWidget, start: Path) -> Path | None:
    """A study folder (or its study.json); None when cancelled or not a study."""
    d = QFileDialog.getExistingDirectory(parent, "Open study (its folder)", str(start))
    if not d:
        return None
    folder = Path(d)
    if not (folder / STUDY_FILE).is_file():
        QMessageBox.information(parent, "Not a study", f"{folder} has no {STUDY_FILE}.")
        return None
    return folder
