"""The list of disagreeing stretches in the compare panel: click one and the video goes there.

A table model over a :class:`~.compare_rows.RowSource` (the stretches as the analysis returned
them, in the list's order, made on the worker thread), reset in one step after each
recomputation: the view asks only for the rows it shows, and only those become row objects, so
a list of a hundred thousand frame-sized stretches costs no more to refresh than a short one.
The columns are sized from the names they can hold (sizing them to their contents would read a
thousand rows after every edit).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from attachcoder.core.timefmt import format_ms
from attachcoder.gui.compare.compare_rows import Row, RowSource

Index = QModelIndex | QPersistentModelIndex

HEADERS = ("Layer", "From", "To", "This coding", "Other", "")
_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.ToolTipRole,
)
FORGIVEN_TEXT = "forgiven (tolerance)"
_GREY = QColor("#808080")


def _clock(ms: int) -> str:
    text = format_ms(ms)
    return text[3:] if text.startswith("00:") else text


class DisagreementModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = RowSource.empty_source()

    def set_rows(self, rows: RowSource) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row(self, i: int) -> Row:
        return self._rows.row(i)

    def rows(self) -> list[Row]:
        return self._rows.rows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role not in _ROLES:
            return None
        r = self._rows.row(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            values = (r.layer, _clock(r.start_ms), _clock(r.end_ms), r.code_a, r.code_b,
                      FORGIVEN_TEXT if r.forgiven else "")  # fmt: skip
            return values[col]
        if role == Qt.ItemDataRole.ForegroundRole and r.forgiven:
            return _GREY
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{r.layer}, {_clock(r.start_ms)}–{_clock(r.end_ms)}: {r.code_a} / {r.code_b}"
            if r.forgiven:
                tip += " — the codes differ, but the tolerance counts this as agreement"
            return tip + "\nClick to show this moment in the video."
        return None


class DisagreementList(QWidget):
    """The stretches, filtered by layer and by kind (time units or events); click to seek."""

    seekRequested = Signal(int, str)  # ms, layer
    sourceChanged = Signal(str)  # "units" or "events"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all = RowSource.empty_source()
        self.source = QComboBox(self)
        self.source.addItem("by time units", "units")
        self.source.addItem("by events", "events")
        self.source.setToolTip(
            "Time units: stretches where the units' labels differ (marked on the timeline).\n"
            "Events: episodes linked with another code, or not linked at all (∅)."
        )
        self.layer = QComboBox(self)
        self.count = QLabel(self)
        self.count.setWordWrap(True)
        self.model = DisagreementModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(20)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.fit_columns([], [])
        self.view.clicked.connect(self._on_clicked)
        self.view.activated.connect(self._on_clicked)
        self.source.currentIndexChanged.connect(
            lambda _i: self.sourceChanged.emit(str(self.source.currentData()))
        )
        self.layer.currentIndexChanged.connect(self._apply_filter)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.source)
        top.addWidget(self.layer, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.count)
        layout.addWidget(self.view, 1)

    @property
    def kind(self) -> str:
        return str(self.source.currentData())

    def set_rows(self, rows: RowSource, layers: Sequence[str]) -> None:
        """Show ``rows``; keep the layer filter where it was when that layer is still there."""
        self._all = rows
        keep = self.layer.currentData()
        self.layer.blockSignals(True)
        self.layer.clear()
        self.layer.addItem("all layers", None)
        for name in layers:
            self.layer.addItem(name, name)
        i = self.layer.findData(keep) if keep is not None else 0
        self.layer.setCurrentIndex(max(i, 0))
        self.layer.blockSignals(False)
        self._apply_filter()

    def fit_columns(self, layers: Iterable[str], codes: Iterable[str]) -> None:
        """Widths that hold any layer, time and code the rows can show (and the headings)."""
        fm = self.view.fontMetrics()
        pad = 2 * fm.horizontalAdvance("M")
        header = self.view.horizontalHeader()

        def widest(texts: Iterable[str]) -> int:
            return max((fm.horizontalAdvance(t) for t in texts), default=0) + pad

        times = ("00:00:00.000",)
        names = [*codes, "none", "∅"]
        for col, texts in enumerate(((*layers, "Layer"), (*times, "From"), (*times, "To"),
                                     (*names, "This coding"), (*names, "Other"))):  # fmt: skip
            header.resizeSection(col, widest(texts))

    def _apply_filter(self) -> None:
        rows = self._all.only(self.layer.currentData())
        self.model.set_rows(rows)
        forgiven = rows.forgiven()
        n = len(rows)
        if self.kind == "events":
            text = f"{n} event{'s' if n != 1 else ''} coded differently or not linked (∅)"
        else:
            text = f"{n} disagreeing stretch{'es' if n != 1 else ''}"
        if forgiven:
            text += f" ({forgiven} forgiven by the tolerance)"
        self.count.setText(text)

    def _on_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            r = self.model.row(index.row())
            self.seekRequested.emit(r.start_ms, r.layer)
