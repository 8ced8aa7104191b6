"""File → New study… and File → Open study…: choosing or making a study folder.

The new-study form asks what ``attachcoder study init`` takes (folder, name, coders, the
reliability plan) and makes the study through the same function; nothing is written until
the form is accepted, and an existing study is never overwritten.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
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
        self.setWindowTitle(self.tr("New study"))
        self.made: Path | None = None
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.folder_edit = QLineEdit(str(start / "new-study"), self)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Folder"), row)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("the folder's name"))
        form.addRow(self.tr("Name"), self.name_edit)
        self.coders_edit = QLineEdit("C1, C2, C3", self)
        form.addRow(self.tr("Coders (IDs, commas between)"), self.coders_edit)
        self.fraction = QDoubleSpinBox(self)
        self.fraction.setRange(0, 1)
        self.fraction.setSingleStep(0.05)
        self.fraction.setValue(0.2)
        form.addRow(self.tr("Share double-coded"), self.fraction)
        self.seed = QSpinBox(self)
        self.seed.setRange(0, 999_999)
        self.seed.setValue(secrets.randbelow(1_000_000))
        form.addRow(self.tr("Seed of the draw"), self.seed)
        self.unit_edit = QLineEdit("1s", self)
        self.tolerance_edit = QLineEdit("1s", self)
        form.addRow(self.tr("Agreement unit"), self.unit_edit)
        form.addRow(self.tr("Tolerance"), self.tolerance_edit)
        self.align_box = QComboBox(self)
        self.align_box.addItem(self.tr("Overlap (Holle & Rein 2015)"), "overlap")
        self.align_box.addItem(self.tr("GSEQ (Bakeman, Quera & Gnisci 2009)"), "gseq")
        self.align_box.setToolTip(
            self.tr(
                "How events are paired for event κ: by overlap (states at ≥ 60% of the longer "
                "one, points within 1 s) or by GSEQ's dynamic-programming alignment of onsets"
            )
        )
        form.addRow(self.tr("Event alignment"), self.align_box)
        self.onset_tolerance_edit = QLineEdit("2s", self)
        self.onset_tolerance_edit.setToolTip(self.tr("GSEQ alignment: onsets this close may pair"))
        form.addRow(self.tr("Onset tolerance (GSEQ)"), self.onset_tolerance_edit)
        self.excluded_box = QComboBox(self)
        for label, value in (
            (self.tr("Leave out when both say uncodable"), "drop-both"),
            (self.tr("Leave out when either says uncodable"), "drop-either"),
            (self.tr("Count uncodable as a code"), "category"),
        ):
            self.excluded_box.addItem(label, value)
        self.excluded_box.setToolTip(
            self.tr(
                "Codes with role 'excluded' (uncodable): agreeing that nothing could be coded "
                "is not agreement on the interaction, so by default such time is left out"
            )
        )
        form.addRow(self.tr("Uncodable time"), self.excluded_box)
        self.criterion = QDoubleSpinBox(self)
        self.criterion.setRange(-1, 1)
        self.criterion.setSingleStep(0.05)
        self.criterion.setValue(0.7)
        form.addRow(self.tr("Criterion κ"), self.criterion)
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
            self, self.tr("Folder of the new study"), self.folder_edit.text()
        )
        if d:
            self.folder_edit.setText(d)

    def _make(self) -> None:
        from attachcoder.io.study.operations import init_study

        coders = [c.strip() for c in self.coders_edit.text().split(",") if c.strip()]
        try:
            Duration(self.unit_edit.text())
            Duration(self.tolerance_edit.text())
            Duration(self.onset_tolerance_edit.text())
            plan = ReliabilityPlan(
                self.fraction.value(),
                self.seed.value(),
                self.unit_edit.text(),
                self.tolerance_edit.text(),
                self.criterion.value(),
                align=str(self.align_box.currentData()),
                onset_tolerance=self.onset_tolerance_edit.text(),
                excluded=str(self.excluded_box.currentData()),
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
    d = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("study", "Open study (its folder)"), str(start)
    )
    if not d:
        return None
    folder = Path(d)
    if not (folder / STUDY_FILE).is_file():
        QMessageBox.information(
            parent,
            QCoreApplication.translate("study", "Not a study"),
            QCoreApplication.translate("study", "{0} has no {1}.").format(folder, STUDY_FILE),
        )
        return None
    return folder
