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
from attachcoder.core.translatable import QT_TRANSLATE_NOOP
from attachcoder.gui.compare.compare_rows import Row, RowSource

Index = QModelIndex | QPersistentModelIndex

HEADERS = (
    QT_TRANSLATE_NOOP("DisagreementModel", "Layer"),
    QT_TRANSLATE_NOOP("DisagreementModel", "From"),
    QT_TRANSLATE_NOOP("DisagreementModel", "To"),
    QT_TRANSLATE_NOOP("DisagreementModel", "This coding"),
    QT_TRANSLATE_NOOP("DisagreementModel", "Other"),
    "",
)
_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.ToolTipRole,
)
FORGIVEN_TEXT = QT_TRANSLATE_NOOP("DisagreementModel", "forgiven (tolerance)")
_GREY = QColor("#808080")


def _clock(ms: int) -> str:
    text = format_ms(ms)
    return text[3:] if text.startswith("00:") else text


class DisagreementModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = RowSource.empty_source()
        self._forgiven = self.tr(FORGIVEN_TEXT)

    def set_rows(self, rows: RowSource) -> None:
        self._forgiven = self.tr(FORGIVEN_TEXT)  # translated once, shown on many rows
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
            return self.tr(HEADERS[section]) if HEADERS[section] else ""
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
                      self._forgiven if r.forgiven else "")  # fmt: skip
            return values[col]
        if role == Qt.ItemDataRole.ForegroundRole and r.forgiven:
            return _GREY
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{r.layer}, {_clock(r.start_ms)}–{_clock(r.end_ms)}: {r.code_a} / {r.code_b}"
            if r.forgiven:
                tip += self.tr(" — the codes differ, but the tolerance counts this as agreement")
            return tip + "\n" + self.tr("Click to show this moment in the video.")
        return None


class DisagreementList(QWidget):
    """The stretches, filtered by layer and by kind (time units or events); click to seek."""

    seekRequested = Signal(int, str)  # ms, layer
    sourceChanged = Signal(str)  # "units" or "events"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all = RowSource.empty_source()
        self.source = QComboBox(self)
        self.source.addItem(self.tr("by time units"), "units")
        self.source.addItem(self.tr("by events"), "events")
        self.source.setToolTip(
            self.tr(
                "Time units: stretches where the units' labels differ (marked on the "
                "timeline).\nEvents: episodes linked with another code, or not linked at all (∅)."
            )
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
        self.layer.addItem(self.tr("all layers"), None)
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
        heads = [self.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
        for col, texts in enumerate(((*layers, heads[0]), (*times, heads[1]), (*times, heads[2]),
                                     (*names, heads[3]), (*names, heads[4]))):  # fmt: skip
            header.resizeSection(col, widest(str(t) for t in texts))

    def _apply_filter(self) -> None:
        rows = self._all.only(self.layer.currentData())
        self.model.set_rows(rows)
        forgiven = rows.forgiven()
        n = len(rows)
        if self.kind == "events":
            said = (
                self.tr("{0} event coded differently or not linked (∅)")
                if n == 1
                else self.tr("{0} events coded differently or not linked (∅)")
            )
        else:
            said = (
                self.tr("{0} disagreeing stretch")
                if n == 1
                else self.tr("{0} disagreeing stretches")
            )
        text = said.format(n)
        if forgiven:
            text += self.tr(" ({0} forgiven by the tolerance)").format(forgiven)
        self.count.setText(text)

    def _on_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            r = self.model.row(index.row())
            self.seekRequested.emit(r.start_ms, r.layer)
