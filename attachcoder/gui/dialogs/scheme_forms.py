"""The forms of the scheme editor: one for a layer, one for a code, a table of rating items.

Each form edits one draft record (:mod:`attachcoder.core.scheme_edit`) in place and emits
``edited`` after every change, so the editor can re-check the scheme as the user types.
Loading a record into a form never echoes back as an edit.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from attachcoder.core.scheme import CODE_ROLES, LAYER_ROLES
from attachcoder.core.scheme_edit import (
    CodeDraft,
    LayerDraft,
    RatingDraft,
    SchemeEditError,
    format_modifiers,
    parse_modifiers,
)
from attachcoder.core.translatable import QT_TRANSLATE_NOOP

NO_ROLE = QT_TRANSLATE_NOOP("scheme_forms", "(none)")
#: the roles as the scheme files write them, marked for translation where the forms show them
ROLE_WORDS = (
    QT_TRANSLATE_NOOP("scheme_forms", "interaction"),
    QT_TRANSLATE_NOOP("scheme_forms", "phase"),
    QT_TRANSLATE_NOOP("scheme_forms", "attuned"),
    QT_TRANSLATE_NOOP("scheme_forms", "misattuned"),
    QT_TRANSLATE_NOOP("scheme_forms", "repair"),
    QT_TRANSLATE_NOOP("scheme_forms", "excluded"),
    QT_TRANSLATE_NOOP("scheme_forms", "play"),
    QT_TRANSLATE_NOOP("scheme_forms", "still-face"),
    QT_TRANSLATE_NOOP("scheme_forms", "reunion"),
)


def swatch(color: str | None, size: int = 14) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(QColor(color or "#888888"))
    return QIcon(pix)


class _Form(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.form = QFormLayout(self)

    @contextmanager
    def _load(self) -> Iterator[None]:
        """Fill the widgets without treating it as an edit (cuts the feedback loop)."""
        self._loading = True
        try:
            yield
        finally:
            self._loading = False

    def _changed(self) -> None:
        if not self._loading:
            self._store()
            self.edited.emit()

    def _store(self) -> None:
        raise NotImplementedError


def _role_combo(roles: frozenset[str], parent: QWidget) -> QComboBox:
    """The roles by their translated names; each item's data is the role the file keeps."""
    combo = QComboBox(parent)
    combo.addItem(QCoreApplication.translate("scheme_forms", NO_ROLE), None)
    for role in sorted(roles):
        combo.addItem(QCoreApplication.translate("scheme_forms", role), role)
    return combo


def _set_role(combo: QComboBox, role: str | None) -> None:
    combo.setCurrentIndex(max(combo.findData(role), 0) if role is not None else 0)


class LayerForm(_Form):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layer: LayerDraft | None = None
        self.name = QLineEdit(self)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("states (one at a time)"), "state")
        self.kind.addItem(self.tr("points (instants)"), "point")
        self.role = _role_combo(LAYER_ROLES, self)
        self.role.setToolTip(
            self.tr(
                "What the measures use this layer for: 'interaction' for attuned / misattuned / "
                "repair, 'phase' for play / still-face / reunion."
            )
        )
        self.form.addRow(self.tr("Layer name"), self.name)
        self.form.addRow(self.tr("Holds"), self.kind)
        self.form.addRow(self.tr("Role"), self.role)
        self.name.textEdited.connect(self._changed)
        self.kind.currentIndexChanged.connect(self._changed)
        self.role.currentIndexChanged.connect(self._changed)

    def set_layer(self, layer: LayerDraft) -> None:
        self.layer = layer
        with self._load():
            self.name.setText(layer.name)
            self.kind.setCurrentIndex(self.kind.findData(layer.kind))
            _set_role(self.role, layer.role)

    def _store(self) -> None:
        if self.layer is None:
            return
        self.layer.name = self.name.text()
        self.layer.kind = self.kind.currentData()
        self.layer.role = self.role.currentData()


class CodeForm(_Form):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code: CodeDraft | None = None
        self.modifier_problem: str | None = None
        self.name = QLineEdit(self)
        self.key = QLineEdit(self)
        self.key.setMaxLength(1)
        self.key.setMaximumWidth(48)
        self.key.setToolTip(
            self.tr("One letter or digit; case does not matter; never a player key.")
        )
        self.color = QPushButton(self)
        self.color.clicked.connect(self._pick_color)
        self.definition = QPlainTextEdit(self)
        self.definition.setPlaceholderText(self.tr("What a coder must see to use this code"))
        self.definition.setMaximumHeight(90)
        self.role = _role_combo(CODE_ROLES, self)
        self.role.setToolTip(
            self.tr(
                "What the measures count this code as: attuned, misattuned (a rupture), repair, "
                "or excluded (left out of codable time)."
            )
        )
        self.modifiers = QPlainTextEdit(self)
        self.modifiers.setPlaceholderText(self.tr("e.g.  initiator: caregiver, infant, mutual"))
        self.modifiers.setMaximumHeight(70)
        self.asks_note = QCheckBox(self.tr("Ask for a note when coded"), self)
        self.usage = QLabel(self)
        self.form.addRow(self.tr("Code name"), self.name)
        self.form.addRow(self.tr("Key"), self.key)
        self.form.addRow(self.tr("Colour"), self.color)
        self.form.addRow(self.tr("Definition"), self.definition)
        self.form.addRow(self.tr("Role"), self.role)
        self.form.addRow(self.tr("Modifiers"), self.modifiers)
        self.form.addRow("", self.asks_note)
        self.form.addRow("", self.usage)
        self.name.textEdited.connect(self._changed)
        self.key.textEdited.connect(self._changed)
        self.definition.textChanged.connect(self._changed)
        self.role.currentIndexChanged.connect(self._changed)
        self.modifiers.textChanged.connect(self._changed)
        self.asks_note.toggled.connect(self._changed)

    def set_code(self, code: CodeDraft, usage: int | None) -> None:
        self.code = code
        self.modifier_problem = None
        with self._load():
            self.name.setText(code.name)
            self.key.setText(code.key or "")
            self._show_color(code.color)
            self.definition.setPlainText(code.definition)
            _set_role(self.role, code.role)
            self.modifiers.setPlainText(format_modifiers(code.modifiers))
            self.asks_note.setChecked(code.asks_note)
        self.usage.setText(
            ""
            if usage is None
            else self.tr("{0} episode(s) of this code in the open session").format(usage)
        )

    def _show_color(self, color: str | None) -> None:
        self.color.setIcon(swatch(color, 16))
        self.color.setText(color or self.tr("choose…"))

    def _pick_color(self) -> None:
        if self.code is None:
            return
        initial = QColor(self.code.color or "#888888")
        chosen = QColorDialog.getColor(
            initial, self, self.tr("Colour of {0}").format(self.code.name)
        )
        if chosen.isValid():
            self.code.color = chosen.name().upper()
            self._show_color(self.code.color)
            self.edited.emit()

    def _store(self) -> None:
        c = self.code
        if c is None:
            return
        c.name = self.name.text()
        c.key = self.key.text() or None
        c.definition = self.definition.toPlainText()
        c.role = self.role.currentData()
        c.asks_note = self.asks_note.isChecked()
        try:
            c.modifiers = parse_modifiers(self.modifiers.toPlainText(), c.modifiers)
            self.modifier_problem = None
        except SchemeEditError as exc:
            self.modifier_problem = self.tr("code {0}: {1}").format(repr(c.name), exc)


class RatingTable(QTableWidget):
    """Rating items as rows: name, min, max, definition."""

    edited = Signal()
    COLUMNS = (
        QT_TRANSLATE_NOOP("RatingTable", "Rating item"),
        QT_TRANSLATE_NOOP("RatingTable", "Min"),
        QT_TRANSLATE_NOOP("RatingTable", "Max"),
        QT_TRANSLATE_NOOP("RatingTable", "Definition"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(self.COLUMNS), parent)
        self.setHorizontalHeaderLabels(
            [QCoreApplication.translate("RatingTable", c) for c in self.COLUMNS]
        )
        self.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.drafts: list[RatingDraft] = []
        self.problems: list[str] = []
        self._loading = False
        self.itemChanged.connect(self._on_item_changed)

    def set_items(self, items: list[RatingDraft]) -> None:
        self.drafts = items
        self._loading = True
        try:
            self.setRowCount(len(items))
            for row, r in enumerate(items):
                for col, value in enumerate((r.name, f"{r.min:g}", f"{r.max:g}", r.definition)):
                    self.setItem(row, col, QTableWidgetItem(value))
        finally:
            self._loading = False
        self._check()

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        r = self.drafts[item.row()]
        text = item.text().strip()
        col = item.column()
        if col == 0:
            r.name = text
        elif col == 3:
            r.definition = text
        else:
            try:
                value = float(text)
            except ValueError:
                value = None
            if value is not None:
                setattr(
                    r, "min" if col == 1 else "max", int(value) if value.is_integer() else value
                )
        self._check()
        self.edited.emit()

    def _check(self) -> None:
        """Numbers that do not parse are problems the scheme itself cannot see."""
        self.problems = []
        for row in range(self.rowCount()):
            for col in (1, 2):
                cell = self.item(row, col)
                text = "" if cell is None else cell.text()
                try:
                    float(text)
                except ValueError:
                    problem = (
                        self.tr("rating item {0}: min {1} is not a number")
                        if col == 1
                        else self.tr("rating item {0}: max {1} is not a number")
                    )
                    self.problems.append(problem.format(repr(self.drafts[row].name), repr(text)))
