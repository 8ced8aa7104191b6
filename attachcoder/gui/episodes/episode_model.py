"""The episode table: one Qt model over the session, updated row by row (never rebuilt).

After napari's ``_qt/containers`` adapter: the session's change notifications (through
:class:`SessionSignals`) become ``beginInsertRows`` / ``beginRemoveRows`` / ``beginMoveRows`` /
``dataChanged``, so a new episode costs one row insert, not a reset. Rows are kept in the
session's natural order — onset, then the layer's place in the scheme — as a sorted list of
keys, so a row is found by bisection and the default view needs no sorting at all.

Edits typed into the table are parsed here and handed to an *editor* callable (the document's
``edit_episode``): the model never changes the session itself, so every edit is an undo step.
An onset or offset is a boundary edit, planned by :mod:`attachcoder.core.boundaries` exactly as
the timeline's drag is: at a boundary two touching states share, both move (one undo step);
set with :data:`EDGE_ALONE_ROLE` (Shift+Enter in the cell editor) the edge moves alone. A
refusal (bad text, an overlap, an offset before the onset) is emitted as ``editRefused``.

An episode whose code has a modifier left unset (a repair without its initiator) is marked:
its Code and Modifiers cells are tinted and say which is missing.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from attachcoder.core.boundaries import Edge, boundary_partner, plan_edge
from attachcoder.core.changes import Change, EpisodeEdit, FieldChange
from attachcoder.core.episode import Episode
from attachcoder.core.scheme import Code, Scheme
from attachcoder.core.session import Session, SessionError
from attachcoder.core.timefmt import format_ms, parse_clock
from attachcoder.core.translatable import QT_TRANSLATE_NOOP
from attachcoder.core.unset_modifiers import unset_modifiers
from attachcoder.gui.editing.session_signals import SessionSignals
from attachcoder.gui.editing.step_names import edge_text
from attachcoder.gui.editing.window_slices import Edits

Index = QModelIndex | QPersistentModelIndex
Editor = Callable[..., Any]  # editor(episode_id, **fields); raises SessionError when refused

EPISODE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
EDGE_ALONE_ROLE = Qt.ItemDataRole.UserRole + 3
"""Set an onset or offset with this role to move that edge alone (Shift+Enter in the editor);
with ``EditRole`` a boundary two touching states share moves both sides."""
_RUNNING_SORT = 1 << 62


class Column(IntEnum):
    LAYER = 0
    CODE = 1
    ONSET = 2
    OFFSET = 3
    DURATION = 4
    MODIFIERS = 5
    NOTE = 6


translate = QCoreApplication.translate  # pyside6-lupdate reads translate("context", "literal")
HEADERS = (
    QT_TRANSLATE_NOOP("EpisodeTableModel", "Layer"),
    QT_TRANSLATE_NOOP("EpisodeTableModel", "Code"),
    QT_TRANSLATE_NOOP("EpisodeTableModel", "Onset"),
    QT_TRANSLATE_NOOP("EpisodeTableModel", "Offset"),
    QT_TRANSLATE_NOOP("EpisodeTableModel", "Duration"),
    QT_TRANSLATE_NOOP("EpisodeTableModel", "Modifiers"),
    QT_TRANSLATE_NOOP("EpisodeTableModel", "Note"),
)
_TIME_COLUMNS = (Column.ONSET, Column.OFFSET, Column.DURATION)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_EDGES: dict[int, Edge] = {Column.ONSET: "onset", Column.OFFSET: "offset"}
UNSET_COLOR = QColor("#FFD27F")
"""The tint of a cell whose episode has a modifier left unset."""
EDGE_TIP = QT_TRANSLATE_NOOP(
    "EpisodeTableModel",
    "Enter moves the boundary: a touching episode's edge moves with it (as dragging it in the "
    "timeline does). Shift+Enter moves this edge alone.",
)

Key = tuple[int, int, str]


_MARK_ROLES = (
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.ToolTipRole,
)


def unset_tip(ep: Episode, unset: list[str]) -> str:
    """What the mark on an episode with a modifier left unset says."""
    names = translate("EpisodeTableModel", " and ").join(unset)
    return translate(
        "EpisodeTableModel",
        "{0} at {1}: {2} not set yet — choose it in the detail pane under the table (or type "
        "it in the Modifiers column)",
    ).format(ep.code, format_ms(ep.onset_ms), names)


def format_modifiers(modifiers: dict[str, str]) -> str:
    return "; ".join(f"{k}: {v}" for k, v in modifiers.items() if v)


def parse_modifiers(text: str, code: Code) -> dict[str, str]:
    """``name=value; name=value`` (or a bare value when the code has one modifier)."""
    out: dict[str, str] = {}
    for part in (p.strip() for p in text.replace(",", ";").split(";")):
        if not part:
            continue
        sep = "=" if "=" in part else (":" if ":" in part else None)
        if sep is None:
            if len(code.modifiers) != 1:
                names = ", ".join(m.name for m in code.modifiers) or _none()
                raise ValueError(
                    translate(
                        "EpisodeTableModel", "write modifiers as name=value (modifiers of {0}: {1})"
                    ).format(repr(code.name), names)
                )
            name, value = code.modifiers[0].name, part
        else:
            name, value = (s.strip() for s in part.split(sep, 1))
        spec = code.modifier(name)
        if spec is None:
            names = ", ".join(m.name for m in code.modifiers) or _none()
            raise ValueError(
                translate("EpisodeTableModel", "{0} has no modifier {1} (it has: {2})").format(
                    repr(code.name), repr(name), names
                )
            )
        if value and value not in spec.values:
            raise ValueError(
                translate(
                    "EpisodeTableModel", "{0} is not a value of {1}; choose one of {2}"
                ).format(repr(value), repr(name), ", ".join(spec.values))
            )
        out[name] = value
    return out


def _none() -> str:
    return translate("EpisodeTableModel", "none")


class EpisodeTableModel(QAbstractTableModel):
    """Every episode of a session, one per row, in onset order."""

    editRefused = Signal(str)

    def __init__(
        self,
        session: Session,
        signals: SessionSignals,
        editor: Editor | None = None,
        parent: QObject | None = None,
        *,
        edits: Edits | None = None,
    ) -> None:
        """``editor(id, **fields)`` makes a plain field edit, ``edits.push`` a boundary move
        (both the open document: each call one undo step)."""
        super().__init__(parent)
        self._session = session
        self._editor = editor
        self._edits = edits
        self._layer_order: dict[str, int] = {}
        self._colors: dict[tuple[str, str], QColor] = {}
        self._read_scheme(session.scheme)
        self._keys: list[Key] = sorted(self._key(e) for e in session.iter_episodes())
        self._limbo: dict[str, Episode] = {}
        self._signals = signals
        signals.changed.connect(self._on_changed)

    # ------------------------------------------------------------------ lookup

    @property
    def session(self) -> Session:
        return self._session

    @property
    def signals(self) -> SessionSignals:
        """The open session's change notifications (what the table's other parts follow)."""
        return self._signals

    def _read_scheme(self, scheme: Scheme) -> None:
        self._layer_order = {la.name: i for i, la in enumerate(scheme.layers)}
        self._colors = {
            (la.name, c.name): QColor(c.color) for la in scheme.layers for c in la.codes if c.color
        }

    def _key(self, ep: Episode) -> Key:
        return (ep.onset_ms, self._layer_order.get(ep.layer, len(self._layer_order)), ep.id)

    def _row_of_key(self, key: Key) -> int:
        row = bisect_left(self._keys, key)
        if row >= len(self._keys) or self._keys[row] != key:
            raise LookupError(f"episode {key[2]!r} is not in the table")
        return row

    def row_of(self, episode_id: str) -> int:
        """The row showing ``episode_id`` (O(log n)), or -1."""
        if episode_id not in self._session:
            return -1
        try:
            return self._row_of_key(self._key(self._session.episode(episode_id)))
        except LookupError:
            return -1

    def row_keys(self) -> list[Key]:
        """Every row's key in row order (the live list: read it, never change it)."""
        return self._keys

    def row_of_key(self, key: Key) -> int:
        """The row of the episode with this key (O(log n)); LookupError when there is none."""
        return self._row_of_key(key)

    def episode_of_key(self, key: Key) -> Episode:
        return self._episode(key[2])

    def sort_value(self, ep: Episode, column: int) -> Any:
        """What ``column`` sorts on for ``ep`` (values of one column always compare)."""
        return self._sort_value(ep, column)

    def episode_id(self, row: int) -> str:
        return self._keys[row][2]

    def episode_at(self, row: int) -> Episode:
        return self._episode(self._keys[row][2])

    def _episode(self, episode_id: str) -> Episode:
        # While an edit is being applied the session is already in its new state; a row that
        # is about to go still shows its old record (views may ask for it in between).
        if episode_id in self._session:
            return self._session.episode(episode_id)
        return self._limbo[episode_id]

    # ------------------------------------------------------------------ Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr(HEADERS[section])
            if role == Qt.ItemDataRole.TextAlignmentRole and section in _TIME_COLUMNS:
                return _RIGHT
            if role == Qt.ItemDataRole.ToolTipRole and section in _EDGES:
                return self.tr(EDGE_TIP)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        col = index.column()
        if col in (Column.CODE, Column.ONSET, Column.NOTE):
            return base | Qt.ItemFlag.ItemIsEditable
        ep = self.episode_at(index.row())
        if col == Column.OFFSET and self._is_state(ep.layer):
            return base | Qt.ItemFlag.ItemIsEditable
        if col == Column.MODIFIERS:
            code = self._code(ep)
            if code is not None and code.modifiers:
                return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._keys):
            return None
        ep = self._episode(self._keys[index.row()][2])
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(ep, col)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(ep, col)
        if role == SORT_ROLE:
            return self._sort_value(ep, col)
        if role == EPISODE_ID_ROLE:
            return ep.id
        if role == Qt.ItemDataRole.DecorationRole and col == Column.CODE:
            return self._colors.get((ep.layer, ep.code))
        if col in (Column.CODE, Column.MODIFIERS) and role in _MARK_ROLES:
            unset = unset_modifiers(self._session.scheme, ep)
            if unset:
                if role == Qt.ItemDataRole.BackgroundRole:
                    return UNSET_COLOR
                if role == Qt.ItemDataRole.ForegroundRole:
                    return QColor("#000000")
                return unset_tip(ep, unset)
        if role == Qt.ItemDataRole.ToolTipRole and col == Column.CODE:
            code = self._code(ep)
            return code.definition if code is not None and code.definition else None
        if role == Qt.ItemDataRole.ToolTipRole and col in _EDGES:
            return self.tr(EDGE_TIP)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in _TIME_COLUMNS:
            return _RIGHT
        return None

    def _display(self, ep: Episode, col: int) -> str:
        if col == Column.LAYER:
            return ep.layer
        if col == Column.CODE:
            return ep.code
        if col == Column.ONSET:
            return format_ms(ep.onset_ms)
        if col == Column.OFFSET:
            if ep.offset_ms is None:
                return self.tr("running") if self._is_state(ep.layer) else ""
            return format_ms(ep.offset_ms)
        if col == Column.DURATION:
            d = ep.duration_ms
            return "" if d is None else f"{d / 1000:.3f} s"
        if col == Column.MODIFIERS:
            shown = format_modifiers(ep.modifiers)
            unset = unset_modifiers(self._session.scheme, ep)
            if unset:
                shown = "; ".join([*filter(None, [shown]), *(f"{n}: ?" for n in unset)])
            return shown
        if col == Column.NOTE:
            return " ".join(ep.note.split())  # one line: the detail pane shows it whole
        return ""

    def _edit_text(self, ep: Episode, col: int) -> str:
        if col == Column.OFFSET:
            return format_ms(ep.offset_ms)
        if col == Column.MODIFIERS:
            return "; ".join(f"{k}={v}" for k, v in ep.modifiers.items() if v)
        if col == Column.NOTE:
            return ep.note
        return self._display(ep, col)

    def _sort_value(self, ep: Episode, col: int) -> Any:
        if col == Column.LAYER:
            return self._layer_order.get(ep.layer, len(self._layer_order))
        if col == Column.ONSET:
            return ep.onset_ms
        if col == Column.OFFSET:
            return _RUNNING_SORT if ep.offset_ms is None else ep.offset_ms
        if col == Column.DURATION:
            d = ep.duration_ms
            return -1 if d is None else d
        return self._display(ep, col).casefold()

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        alone = role == EDGE_ALONE_ROLE
        if role not in (Qt.ItemDataRole.EditRole, EDGE_ALONE_ROLE) or not index.isValid():
            return False
        if self._editor is None:
            return False
        ep = self.episode_at(index.row())
        try:
            fields = self._parse_edit(ep, index.column(), "" if value is None else str(value))
        except ValueError as exc:
            self.editRefused.emit(self.tr("Not changed: {0}").format(exc))
            return False
        if not fields or all(getattr(ep, k) == v for k, v in fields.items()):
            return False
        edge = _EDGES.get(index.column())
        at = fields.get(f"{edge}_ms") if edge is not None else None
        try:
            if edge is not None and at is not None and self._edits is not None:
                self._move_edge(ep, edge, at, alone=alone)
            else:
                self._editor(ep.id, **fields)
        except SessionError as exc:
            self.editRefused.emit(self.tr("Not changed: {0}").format(exc))
            return False
        return True

    def _move_edge(self, ep: Episode, edge: Edge, at_ms: int, *, alone: bool) -> None:
        """One undo step, planned as the timeline's drag plans it (core.boundaries)."""
        assert self._edits is not None
        partner = boundary_partner(self._session, ep, edge, alone=alone)
        change = plan_edge(self._session, ep, edge, at_ms, partner)
        self._edits.push(change, edge_text(ep, edge, at_ms, partner))

    def edit_episode(self, episode_id: str, **fields: Any) -> bool:
        """An edit made beside the table (the detail pane): one undo step through the editor;
        False, with ``editRefused``, when it was refused."""
        if self._editor is None or episode_id not in self._session:
            return False
        try:
            self._editor(episode_id, **fields)
        except SessionError as exc:
            self.editRefused.emit(self.tr("Not changed: {0}").format(exc))
            return False
        return True

    def _parse_edit(self, ep: Episode, col: int, text: str) -> dict[str, Any]:
        text = text.strip()
        if col == Column.ONSET:
            if not text:
                raise ValueError(self.tr("an episode needs an onset"))
            return {"onset_ms": parse_clock(text)}
        if col == Column.OFFSET:
            return {"offset_ms": parse_clock(text) if text else None}
        if col == Column.NOTE:
            return {"note": text}  # a cell edits one line; the detail pane keeps line breaks
        if col == Column.CODE:
            layer = self._session.scheme.layer(ep.layer)
            new = layer.code(text) if layer is not None else None
            if layer is None or new is None:
                names = ", ".join(c.name for c in layer.codes) if layer is not None else ""
                raise ValueError(
                    self.tr("layer {0} has no code {1} (codes: {2})").format(
                        repr(ep.layer), repr(text), names
                    )
                )
            kept = {k: v for k, v in ep.modifiers.items() if new.modifier(k) is not None}
            return {"code": new.name, "modifiers": kept}
        if col == Column.MODIFIERS:
            code = self._code(ep)
            if code is None:
                raise ValueError(self.tr("code {0} is not in the scheme").format(repr(ep.code)))
            return {"modifiers": parse_modifiers(text, code)}
        return {}

    # ------------------------------------------------------------------ session changes

    def _on_changed(self, change: Change) -> None:
        if isinstance(change, EpisodeEdit):
            self._apply_edit(change)
        elif isinstance(change, FieldChange) and change.field == "scheme":
            self.beginResetModel()  # rare: a scheme edit may reorder layers and recolour codes
            self._read_scheme(self._session.scheme)
            self._keys = sorted(self._key(e) for e in self._session.iter_episodes())
            self.endResetModel()

    def _apply_edit(self, edit: EpisodeEdit) -> None:
        removed = {e.id: e for e in edit.removed}
        added = {e.id: e for e in edit.added}
        self._limbo = removed
        try:
            for eid in removed.keys() - added.keys():
                row = self._row_of_key(self._key(removed[eid]))
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._keys[row]
                self.endRemoveRows()
            for eid in removed.keys() & added.keys():
                self._update_row(self._key(removed[eid]), self._key(added[eid]))
            for eid in added.keys() - removed.keys():
                key = self._key(added[eid])
                row = bisect_left(self._keys, key)
                self.beginInsertRows(QModelIndex(), row, row)
                self._keys.insert(row, key)
                self.endInsertRows()
        finally:
            self._limbo = {}

    def _update_row(self, old: Key, new: Key) -> None:
        row = self._row_of_key(old)
        if old != new:
            del self._keys[row]
            dest = bisect_left(self._keys, new)
            self._keys.insert(row, old)
            # beginMoveRows counts the destination in the list *before* the move
            qt_dest = dest + 1 if dest >= row else dest
            if qt_dest not in (row, row + 1):
                if not self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), qt_dest):
                    raise RuntimeError("Qt refused a row move")  # cannot happen for one row
                del self._keys[row]
                insort(self._keys, new)
                self.endMoveRows()
                row = dest
            else:
                self._keys[row] = new
        last = self.index(row, len(HEADERS) - 1)
        self.dataChanged.emit(self.index(row, 0), last)

    # ------------------------------------------------------------------ helpers

    def _is_state(self, layer: str) -> bool:
        la = self._session.scheme.layer(layer)
        return la is not None and la.is_state

    def _code(self, ep: Episode) -> Code | None:
        la = self._session.scheme.layer(ep.layer)
        return la.code(ep.code) if la is not None else None
