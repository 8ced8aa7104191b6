"""The episode table widget: filter by layer and code, sort, edit in place, jump to an episode.

Sorting and filtering live in a proxy (:mod:`attachcoder.gui.episodes.episode_proxy`), so the source
model stays in onset order and is only ever updated row by row. Sorting by onset, ascending,
*is* the source order: the proxy then does no sorting at all; any other column is sorted once
with a key function, which keeps a session of 100,000 episodes quick to sort and filter.

Under the table, the detail pane (:mod:`.episode_detail`) shows the selected episode's note and
modifiers whole and edits them; the columns are fitted to the table's width (until the coder
drags one), so nothing hides past a scroll bar on a 1366-px screen. In a time cell, Enter
moves a shared boundary (both episodes), Shift+Enter the edge alone.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from attachcoder.core.scheme import Code, Scheme
from attachcoder.core.translatable import QT_TRANSLATE_NOOP
from attachcoder.gui.episodes.episode_detail import EpisodeDetail
from attachcoder.gui.episodes.episode_model import (
    EDGE_ALONE_ROLE,
    EDGE_TIP,
    EPISODE_ID_ROLE,
    Column,
    EpisodeTableModel,
)
from attachcoder.gui.episodes.episode_proxy import EpisodeFilterProxy
from attachcoder.gui.episodes.unset_count import UnsetCount

__all__ = ["EpisodeDelegate", "EpisodeFilterProxy", "EpisodeTable", "EpisodeView"]

Index = QModelIndex | QPersistentModelIndex
_ALL = QT_TRANSLATE_NOOP("EpisodeTable", "All")
_EDGE_COLUMNS = (Column.ONSET, Column.OFFSET)
_ALONE = "edge_alone"  # the editor's property: Shift was held on the Enter that commits it


class EpisodeDelegate(QStyledItemDelegate):
    """A list of the layer's codes for the Code column, and of the values for one modifier;
    in a time cell, Shift+Enter commits the edge alone (Enter moves a shared boundary)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        choices = self._choices(index)
        if choices is None:
            editor = super().createEditor(parent, option, index)
            if index.column() in _EDGE_COLUMNS:
                editor.setToolTip(EDGE_TIP)
            return editor
        combo = QComboBox(parent)
        combo.addItems(choices)
        return combo

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """Note whether Shift is held on the Enter that commits a time (the base class then
        commits and closes the editor as usual)."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(obj, QLineEdit)
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            obj.setProperty(_ALONE, bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
        return super().eventFilter(obj, event)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            i = editor.findText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.setCurrentIndex(max(i, 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit) and index.column() in _EDGE_COLUMNS:
            alone = bool(editor.property(_ALONE))
            role = EDGE_ALONE_ROLE if alone else Qt.ItemDataRole.EditRole
            model.setData(index, editor.text(), role)
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
    resized = Signal()

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

    def viewportEvent(self, event: QEvent) -> bool:
        """The rows' area changed width (the window, a splitter, a scroll bar coming or going):
        ``resized`` tells the table to fit its columns again."""
        handled = super().viewportEvent(event)
        if event.type() == QEvent.Type.Resize:
            self.resized.emit()
        return handled


class EpisodeTable(QWidget):
    """Filters above, the table, the selected episode's detail pane below. ``activatedEpisode(id)``
    asks the window to seek there; ``episodeSelected(id | None)`` follows the current row (for
    a timeline to highlight it). ``unset_count`` is the "2 repairs without initiator" label the
    window puts in its status bar."""

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
        self._fitting = False
        self._user_sized = False  # the coder dragged a column: their widths stay
        header.sectionResized.connect(self._on_section_resized)
        self.view.resized.connect(self.fit_columns)
        self.view.activatedEpisode.connect(self.activatedEpisode)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.detail = EpisodeDetail(self)
        self.detail.noteEdited.connect(self._on_note_edited)
        self.detail.modifierChosen.connect(self._on_modifier_chosen)
        self._detail_id: str | None = None
        self.unset_count = UnsetCount()
        self.unset_count.nextRequested.connect(self._select_next_unset)
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
        row.addWidget(QLabel(self.tr("Layer"), self))
        row.addWidget(self.layer_filter)
        row.addWidget(QLabel(self.tr("Code"), self))
        row.addWidget(self.code_filter)
        row.addStretch(1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("episode_splitter")  # its place is kept (window_layout)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([450, 130])  # shares, until the coder moves it (then it is kept)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.splitter, 1)

    def set_model(self, model: EpisodeTableModel | None) -> None:
        old = self.model
        if old is not None:
            old.signals.committed.disconnect(self._refresh_detail)
            old.modelReset.disconnect(self._refresh_detail)
        self.model = model
        self.proxy.setSourceModel(model)  # None detaches
        self._scheme = model.session.scheme if model is not None else None
        self._fill_filters()
        self._detail_id = None
        self.unset_count.follow(model.session if model is not None else None,
                                model.signals if model is not None else None)  # fmt: skip
        if model is not None:
            # after a whole change (both sides of a boundary moved), never between its parts
            model.signals.committed.connect(self._refresh_detail)
            model.modelReset.connect(self._refresh_detail)
            self._user_sized = False
            self.fit_columns()
        self._refresh_detail()

    def refresh_scheme(self) -> None:
        """The scheme changed: offer its layers and codes in the filters."""
        self._scheme = self.model.session.scheme if self.model is not None else None
        self._fill_filters()
        self._refresh_detail()

    # ------------------------------------------------------------------ column widths

    def fit_columns(self) -> None:
        """Share the table's width among the columns so all of them are in sight: the times
        keep the width they need, Layer, Code and Modifiers give way down to a least width,
        Note takes what is left. Where even that is too narrow, Modifiers and then Note are
        left to the detail pane under the table. A column the coder dragged keeps its width."""
        model = self.model
        if model is None or self._user_sized:
            return
        view, header = self.view, self.view.horizontalHeader()
        style = view.style()
        fm, header_fm = view.fontMetrics(), header.fontMetrics()
        pad = 2 * (style.pixelMetric(style.PixelMetric.PM_FocusFrameHMargin) + 1) + 4
        header_pad = 2 * style.pixelMetric(style.PixelMetric.PM_HeaderMargin) + 6

        def wide(sample: str, col: Column) -> int:
            title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
            return max(
                fm.horizontalAdvance(sample) + pad, header_fm.horizontalAdvance(title) + header_pad
            )

        widths = {Column.ONSET: wide("00:00:00.000", Column.ONSET),
                  Column.OFFSET: wide("00:00:00.000", Column.OFFSET),
                  Column.DURATION: wide("000.000 s", Column.DURATION)}  # fmt: skip
        # (natural, least) widths of the columns that give way on a narrow screen
        # (the code is what was coded: it keeps room for a name like "misattuned" longest)
        give = {Column.LAYER: (90, 56), Column.CODE: (120, 96), Column.MODIFIERS: (120, 64)}
        note_least = 64
        avail = view.viewport().width() - sum(widths.values())
        hidden: set[Column] = set()
        if avail < sum(m for _, m in give.values()) + note_least:
            hidden.add(Column.MODIFIERS)  # in the detail pane, whole
            del give[Column.MODIFIERS]
            if avail < sum(m for _, m in give.values()) + note_least:
                hidden.add(Column.NOTE)
        room = avail - (0 if Column.NOTE in hidden else note_least)
        natural, least = sum(n for n, _ in give.values()), sum(m for _, m in give.values())
        share = 1.0 if room >= natural else max(0.0, (room - least) / max(1, natural - least))
        for col, (n, m) in give.items():
            widths[col] = int(m + (n - m) * share)
        if Column.NOTE not in hidden:
            widths[Column.NOTE] = note_least
        self._fitting = True
        try:
            # the last column stretches, but never below the width it had when the stretch
            # was turned on: so it is turned on again after the widths are set
            header.setStretchLastSection(False)
            for col in (Column.MODIFIERS, Column.NOTE):
                view.setColumnHidden(col, col in hidden)
            for col, width in widths.items():
                view.setColumnWidth(col, width)
            header.setStretchLastSection(True)
        finally:
            self._fitting = False

    def _on_section_resized(self, index: int, old: int, new: int) -> None:
        """A column dragged by the coder (the mouse held) keeps the widths they chose."""
        dragging = QApplication.mouseButtons() & Qt.MouseButton.LeftButton
        if not self._fitting and index != Column.NOTE and dragging:
            self._user_sized = True

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
        self._detail_id = str(eid) if eid else None
        self._refresh_detail()
        self.episodeSelected.emit(str(eid) if eid else None)

    # ------------------------------------------------------------------ detail pane

    def _refresh_detail(self, *_: object) -> None:
        """Show the selected episode as it is now (after any edit, undo or redo)."""
        model, eid = self.model, self._detail_id
        if model is None or eid is None or eid not in model.session:
            self.detail.show_episode(None, None)
            return
        ep = model.session.episode(eid)
        self.detail.show_episode(ep, self._code_of(ep.layer, ep.code))

    def _code_of(self, layer: str, code: str) -> Code | None:
        la = self.model.session.scheme.layer(layer) if self.model is not None else None
        return la.code(code) if la is not None else None

    def _on_note_edited(self, episode_id: str, text: str) -> None:
        if self.model is not None:
            self.model.edit_episode(episode_id, note=text)

    def _on_modifier_chosen(self, episode_id: str, name: str, value: str) -> None:
        model = self.model
        if model is None or episode_id not in model.session:
            return
        mods = dict(model.session.episode(episode_id).modifiers)
        mods[name] = value
        if mods != model.session.episode(episode_id).modifiers:
            model.edit_episode(episode_id, modifiers=mods)
        self._refresh_detail()  # a refused choice shows the value kept

    def _select_next_unset(self) -> None:
        """The status bar's count was clicked: select the next episode with a modifier unset."""
        if self.model is None:
            return
        eid = self.unset_count.next_after(self._detail_id)
        if eid is not None:
            self.select_episode(eid)

    # ------------------------------------------------------------------ filters

    def _fill_filters(self) -> None:
        self.layer_filter.blockSignals(True)
        self.layer_filter.clear()
        self.layer_filter.addItem(self.tr(_ALL))
        if self._scheme is not None:
            self.layer_filter.addItems([la.name for la in self._scheme.layers])
        self.layer_filter.blockSignals(False)
        self._on_layer_filter()

    def _on_layer_filter(self) -> None:
        layer = self._current(self.layer_filter)
        self.code_filter.blockSignals(True)
        self.code_filter.clear()
        self.code_filter.addItem(self.tr(_ALL))
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
