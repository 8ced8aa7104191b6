"""The episode table widget: filter by layer and code, sort, edit in place, jump to an episode.

Sorting and filtering live in a proxy (:mod:`attachcoder.gui.episodes.episode_proxy`), so the source
model stays in onset order and is only ever updated row by row. Sorting by onset, ascending,
*is* the source order: the proxy then does no sorting at all; any other column is sorted once
with a key function, which keeps a session of 100,000 episodes quick to sort and filter.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from attachcoder.core.scheme import Scheme
from attachcoder.gui.episodes.episode_model import EPISODE_ID_ROLE, Column, EpisodeTableModel
from attachcoder.gui.episodes.episode_proxy import EpisodeFilterProxy

__all__ = ["EpisodeDelegate", "EpisodeFilterProxy", "EpisodeTable", "EpisodeView"]

Index = QModelIndex | QPersistentModelIndex
_ALL = "All"


class EpisodeDelegate(QStyledItemDelegate):
    """A list of the layer's codes for the Code column, and of the values for one modifier."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        choices = self._choices(index)
        if choices is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.addItems(choices)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            i = editor.findText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.setCurrentIndex(max(i, 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    @staticmethod
    def _choices(index: Index) -> list[str] | None:
        model = index.model()
        if isinstance(model, QAbstractProxyModel):
            index = model.mapToSource(index)
            model = model.sourceModel()
        if not isinstance(model, EpisodeTableModel):
            return None
        ep = model.episode_at(index.row())
        layer = model.session.scheme.layer(ep.layer)
        if layer is None:
            return None
        if index.column() == Column.CODE:
            return [c.name for c in layer.codes]
        code = layer.code(ep.code)
        if index.column() == Column.MODIFIERS and code is not None and len(code.modifiers) == 1:
            return ["", *code.modifiers[0].values]
        return None


class EpisodeView(QTableView):
    """Enter (like a double click) asks to jump to the episode; F2 or a click edits."""

    activatedEpisode = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.doubleClicked.connect(self._on_activated)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.state() != QAbstractItemView.State.EditingState
            and self.currentIndex().isValid()
        ):
            self._on_activated(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _on_activated(self, index: QModelIndex) -> None:
        eid = index.data(EPISODE_ID_ROLE)
        if eid:
            self.activatedEpisode.emit(str(eid))


class EpisodeTable(QWidget):
    """Filters above, the table below. ``activatedEpisode(id)`` asks the window to seek there;
    ``episodeSelected(id | None)`` follows the current row (for a timeline to highlight it)."""

    activatedEpisode = Signal(str)
    episodeSelected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: EpisodeTableModel | None = None
        self.proxy = EpisodeFilterProxy(self)
        self.view = EpisodeView(self)
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(EpisodeDelegate(self.view))
        header = self.view.horizontalHeader()
        header.setSortIndicator(Column.ONSET, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.activatedEpisode.connect(self.activatedEpisode)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row)
        # Filters never take keyboard focus: code keys must keep coding (keymap.py).
        self.layer_filter = QComboBox(self)
        self.code_filter = QComboBox(self)
        for combo in (self.layer_filter, self.code_filter):
            combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            # as wide as about 16 characters, whatever the scheme (imported code names can be
            # long); the open list still shows whole names
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
            combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.layer_filter.currentIndexChanged.connect(self._on_layer_filter)
        self.code_filter.currentIndexChanged.connect(self._apply_filter)
        self._scheme: Scheme | None = None
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel("Layer", self))
        row.addWidget(self.layer_filter)
        row.addWidget(QLabel("Code", self))
        row.addWidget(self.code_filter)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view)

    def set_model(self, model: EpisodeTableModel | None) -> None:
        self.model = model
        self.proxy.setSourceModel(model)  # None detaches
        self._scheme = model.session.scheme if model is not None else None
        self._fill_filters()
        if model is not None:
            widths = {Column.LAYER: 90, Column.CODE: 110, Column.ONSET: 100, Column.OFFSET: 100,
                      Column.DURATION: 80, Column.MODIFIERS: 130}  # fmt: skip
            for col, width in widths.items():
                self.view.setColumnWidth(col, width)

    def refresh_scheme(self) -> None:
        """The scheme changed: offer its layers and codes in the filters."""
        self._scheme = self.model.session.scheme if self.model is not None else None
        self._fill_filters()

    # ------------------------------------------------------------------ selection

    def selected_episode_ids(self) -> list[str]:
        sel = self.view.selectionModel()
        if sel is None:
            return []
        return [str(i.data(EPISODE_ID_ROLE)) for i in sel.selectedRows(Column.LAYER)]

    def select_episode(self, episode_id: str | None) -> None:
        sel = self.view.selectionModel()
        if sel is None or self.model is None:
            return
        if episode_id is None:
            sel.clearSelection()
            return
        index = self.proxy_index(episode_id)
        if index.isValid():
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            sel.setCurrentIndex(index, flags)
            self.view.scrollTo(index)

    def scroll_to_episode(self, episode_id: str) -> None:
        index = self.proxy_index(episode_id)
        if index.isValid():
            self.view.scrollTo(index)

    def proxy_index(self, episode_id: str, column: int = 0) -> QModelIndex:
        if self.model is None:
            return QModelIndex()
        row = self.model.row_of(episode_id)
        if row < 0:
            return QModelIndex()
        return self.proxy.mapFromSource(self.model.index(row, column))

    def _on_current_row(self, current: QModelIndex, previous: QModelIndex) -> None:
        eid = current.data(EPISODE_ID_ROLE) if current.isValid() else None
        self.episodeSelected.emit(str(eid) if eid else None)

    # ------------------------------------------------------------------ filters

    def _fill_filters(self) -> None:
        self.layer_filter.blockSignals(True)
        self.layer_filter.clear()
        self.layer_filter.addItem(_ALL)
        if self._scheme is not None:
            self.layer_filter.addItems([la.name for la in self._scheme.layers])
        self.layer_filter.blockSignals(False)
        self._on_layer_filter()

    def _on_layer_filter(self) -> None:
        layer = self._current(self.layer_filter)
        self.code_filter.blockSignals(True)
        self.code_filter.clear()
        self.code_filter.addItem(_ALL)
        if self._scheme is not None:
            layers = self._scheme.layers if layer is None else (self._scheme.layer(layer),)
            names: list[str] = []
            for la in layers:
                if la is not None:
                    names.extend(c.name for c in la.codes if c.name not in names)
            self.code_filter.addItems(names)
        self.code_filter.blockSignals(False)
        self._apply_filter()

    def _apply_filter(self) -> None:
        self.proxy.set_filter(self._current(self.layer_filter), self._current(self.code_filter))

    @staticmethod
    def _current(combo: QComboBox) -> str | None:
        return None if combo.currentIndex() <= 0 else combo.currentText()
