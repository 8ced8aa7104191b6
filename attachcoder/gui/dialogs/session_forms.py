"""The session's details and ratings as forms: pseudonymous metadata, and the global ratings.

Both can be reopened at any time; what they return is applied as one
``FieldChange`` through the undo stack (:func:`edit_metadata`, :func:`edit_ratings`).
The metadata form asks only for what the format keeps: pseudonymous IDs, a date, the infant's
age in months (never a birth date) with a corrected-age flag, the caregiver's role, notes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from attachcoder.core.ids import id_problem
from attachcoder.core.scheme import RatingItem, Scheme
from attachcoder.core.session import Metadata, SessionError
from attachcoder.core.translatable import QT_TRANSLATE_NOOP
from attachcoder.gui.editing.document import Document

#: kept in the file in English (batch tables group by them); shown in the window's language
CAREGIVER_ROLES = (
    QT_TRANSLATE_NOOP("MetadataForm", "mother"),
    QT_TRANSLATE_NOOP("MetadataForm", "father"),
    QT_TRANSLATE_NOOP("MetadataForm", "other caregiver"),
)
NOT_GIVEN = -1.0


def date_problem(text: str) -> str | None:
    if not text:
        return None
    problem = QCoreApplication.translate(
        "MetadataForm", "the session date {0} must be written YYYY-MM-DD (e.g. 2026-03-02)"
    ).format(repr(text))
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return problem
    if len(text) != 10:
        return problem
    return None


class MetadataForm(QWidget):
    """The metadata fields; :meth:`metadata` keeps keys of newer files (``extra``)."""

    def __init__(self, metadata: Metadata | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base = metadata or Metadata()
        self.dyad_id = QLineEdit(self)
        self.dyad_id.setPlaceholderText(self.tr("e.g. D014 — a code, never a name"))
        self.coder_id = QLineEdit(self)
        self.coder_id.setPlaceholderText(self.tr("e.g. C2"))
        self.session_date = QLineEdit(self)
        self.session_date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.today_button = QPushButton(self.tr("Today"), self)
        self.today_button.setAutoDefault(False)
        self.today_button.clicked.connect(
            lambda: self.session_date.setText(dt.date.today().isoformat())
        )
        self.age = QDoubleSpinBox(self)
        self.age.setRange(NOT_GIVEN, 72.0)
        self.age.setDecimals(1)
        self.age.setSingleStep(0.5)
        self.age.setSuffix(self.tr(" months"))
        self.age.setSpecialValueText(self.tr("not given"))
        self.corrected = QCheckBox(self.tr("corrected for prematurity"), self)
        self.caregiver = QComboBox(self)
        self.caregiver.setEditable(True)
        self.caregiver.addItem("", "")
        for role in CAREGIVER_ROLES:
            self.caregiver.addItem(self.tr(role), role)
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(80)
        date_row = QHBoxLayout()
        date_row.addWidget(self.session_date, 1)
        date_row.addWidget(self.today_button)
        age_row = QHBoxLayout()
        age_row.addWidget(self.age, 1)
        age_row.addWidget(self.corrected)
        form = QFormLayout(self)
        note = self.tr("Pseudonymous IDs only: no names, no birth dates.")
        form.addRow(QLabel(f"<i>{note}</i>", self))
        form.addRow(self.tr("Dyad ID"), self.dyad_id)
        form.addRow(self.tr("Coder ID"), self.coder_id)
        form.addRow(self.tr("Session date"), date_row)
        form.addRow(self.tr("Infant age"), age_row)
        form.addRow(self.tr("Caregiver"), self.caregiver)
        form.addRow(self.tr("Notes"), self.notes)
        self.set_metadata(self._base)

    def set_metadata(self, m: Metadata) -> None:
        self._base = m
        self.dyad_id.setText(m.dyad_id)
        self.coder_id.setText(m.coder_id)
        self.session_date.setText(m.session_date)
        self.age.setValue(NOT_GIVEN if m.infant_age_months is None else m.infant_age_months)
        self.corrected.setChecked(m.corrected_age)
        i = self.caregiver.findData(m.caregiver_role) if m.caregiver_role else -1
        self.caregiver.setCurrentText(self.caregiver.itemText(i) if i > 0 else m.caregiver_role)
        self.notes.setPlainText(m.notes)

    def metadata(self) -> Metadata:
        age = self.age.value()
        return dataclasses.replace(
            self._base,
            dyad_id=self.dyad_id.text().strip(),
            coder_id=self.coder_id.text().strip(),
            session_date=self.session_date.text().strip(),
            infant_age_months=None if age <= NOT_GIVEN else round(age, 1),
            corrected_age=self.corrected.isChecked(),
            caregiver_role=self._caregiver_role(),
            notes=self.notes.toPlainText(),
        )

    def _caregiver_role(self) -> str:
        """The role typed or chosen; a listed one is kept in English, whatever is shown."""
        text = self.caregiver.currentText().strip()
        i = self.caregiver.findText(text)
        return str(self.caregiver.itemData(i)) if i > 0 else text

    def problems(self) -> list[str]:
        m = self.metadata()
        out = []
        err = date_problem(m.session_date)
        if err:
            out.append(err)
        for label, value in ((self.tr("dyad ID"), m.dyad_id), (self.tr("coder ID"), m.coder_id)):
            problem = id_problem(label, value)
            if problem is not None:
                out.append(problem)
            elif any(ch in value for ch in '/\\:*?"<>|'):
                out.append(
                    self.tr(
                        'the {0} {1} names files in exports; leave out / \\ : * ? " < > |'
                    ).format(label, repr(value))
                )
        return out


class MetadataDialog(QDialog):
    def __init__(self, metadata: Metadata, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Session details"))
        self.form = MetadataForm(metadata, self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)

    def metadata(self) -> Metadata:
        return self.form.metadata()

    def accept(self) -> None:
        problems = self.form.problems()
        if problems:
            QMessageBox.warning(self, self.tr("Session details"), "\n".join(problems))
            return
        super().accept()


class RatingsDialog(QDialog):
    """One spin box per rating item of the scheme, within the item's range; unrated is allowed."""

    def __init__(
        self, scheme: Scheme, ratings: dict[str, Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ratings"))
        self.items = scheme.rating_items
        self.spins: dict[str, QDoubleSpinBox] = {}
        self.rated: dict[str, QCheckBox] = {}
        self._others = {k: v for k, v in ratings.items() if scheme.rating_item(k) is None}
        form = QFormLayout()
        for item in self.items:
            spin = self._spin(item)
            value = ratings.get(item.name)
            check = QCheckBox(self.tr("rated"), self)
            check.setChecked(value is not None)
            spin.setEnabled(value is not None)
            if value is not None:
                spin.setValue(float(value))
            check.toggled.connect(spin.setEnabled)
            row = QHBoxLayout()
            row.addWidget(spin, 1)
            row.addWidget(check)
            low, high = QLocale().toString(float(item.min)), QLocale().toString(float(item.max))
            label = QLabel(f"{item.name} ({low}–{high})", self)
            label.setToolTip(item.definition)
            spin.setToolTip(item.definition)
            form.addRow(label, row)
            self.spins[item.name], self.rated[item.name] = spin, check
        if not self.items:
            form.addRow(
                QLabel(
                    self.tr("The scheme has no rating items (add them in the scheme editor)."), self
                )
            )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _spin(self, item: RatingItem) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        whole = float(item.min).is_integer() and float(item.max).is_integer()
        spin.setDecimals(0 if whole else 1)
        spin.setSingleStep(1.0 if whole else 0.1)
        spin.setRange(float(item.min), float(item.max))
        return spin

    def ratings(self) -> dict[str, Any]:
        """The ratings as the session keeps them (whole numbers as ``int``)."""
        out: dict[str, Any] = dict(self._others)
        for name, spin in self.spins.items():
            if self.rated[name].isChecked():
                v = spin.value()
                out[name] = int(v) if float(v).is_integer() else v
        return out


def edit_metadata(parent: QWidget, document: Document) -> bool:
    """Reopen the session details; a change becomes one undo step."""
    dialog = MetadataDialog(document.session.metadata, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    text = QCoreApplication.translate("MetadataDialog", "Edit session details")
    return _push(parent, document, "metadata", dialog.metadata(), text)


def edit_ratings(parent: QWidget, document: Document) -> bool:
    session = document.session
    dialog = RatingsDialog(session.scheme, session.ratings, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    text = QCoreApplication.translate("RatingsDialog", "Edit ratings")
    return _push(parent, document, "ratings", dialog.ratings(), text)


def _push(parent: QWidget, document: Document, field: str, value: Any, text: str) -> bool:
    change = document.session.plan_field(field, value)
    if change.is_empty:
        return False
    try:
        document.push(change, text)
    except SessionError as exc:
        QMessageBox.warning(parent, text, str(exc))
        return False
    return True
