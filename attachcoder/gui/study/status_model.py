"""The dashboard's table: one row per video, its primary and reliability coder and status.

A table model over the :class:`~attachcoder.io.study.status.StudyStatus` rows; a row is
replaced in place (``dataChanged``) when one video's status is read again (a coder saved or
marked complete), the whole table reset only when the study itself changes. A filter proxy
keeps the rows that match: everything, mine, not started, in progress, complete, or the
reliability sample.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from attachcoder.core.records import STATUS_COMPLETE, STATUS_IN_PROGRESS
from attachcoder.core.study import NOT_STARTED
from attachcoder.core.translatable import QT_TRANSLATE_NOOP
from attachcoder.io.study.status import CONFLICT, UNREADABLE, CodingStatus, VideoStatus

Index = QModelIndex | QPersistentModelIndex

HEADERS = (
    QT_TRANSLATE_NOOP("study", "Dyad"),
    QT_TRANSLATE_NOOP("study", "Date"),
    QT_TRANSLATE_NOOP("study", "Primary"),
    QT_TRANSLATE_NOOP("study", "Primary status"),
    QT_TRANSLATE_NOOP("study", "Reliability"),
    QT_TRANSLATE_NOOP("study", "Reliability status"),
    QT_TRANSLATE_NOOP("study", "Video"),
)
COL_PRIMARY_STATUS, COL_RELIABILITY_STATUS = 3, 5

#: status → background (Okabe–Ito, light): the colour says it at a glance, the text says it
COLOURS = {
    NOT_STARTED: QColor("#EEEEEE"),
    STATUS_IN_PROGRESS: QColor("#FBE3B0"),
    STATUS_COMPLETE: QColor("#BFE8D6"),
    UNREADABLE: QColor("#F4C2B5"),
    CONFLICT: QColor("#F4C2B5"),
}
MISSING_VIDEO = QT_TRANSLATE_NOOP("study", "missing")

#: the filters (their English names are the modes; the box shows them translated)
FILTERS = (
    QT_TRANSLATE_NOOP("study", "All videos"),
    QT_TRANSLATE_NOOP("study", "Mine"),
    NOT_STARTED,
    STATUS_IN_PROGRESS,
    STATUS_COMPLETE,
    CONFLICT,
    QT_TRANSLATE_NOOP("study", "Reliability sample"),
)
#: the statuses as the study files write them, marked for translation where they are shown
STATUS_WORDS = (
    QT_TRANSLATE_NOOP("study", "not started"),
    QT_TRANSLATE_NOOP("study", "in progress"),
    QT_TRANSLATE_NOOP("study", "complete"),
    QT_TRANSLATE_NOOP("study", "unreadable"),
    QT_TRANSLATE_NOOP("study", "conflict"),
)


def shown(word: str) -> str:
    """A header, filter or status in the window's language (the files keep the English)."""
    return QCoreApplication.translate("study", word)


def _status_text(c: CodingStatus | None) -> str:
    """The cell: a conflict in a few words (the whole sentence, paths and all, is the cell's
    tooltip and the problems line below — in the cell it said "conflict — conflict: …" and
    widened the column until the reliability columns left the window)."""
    if c is None:
        return ""
    if c.status == CONFLICT and c.conflicts:
        makers = ", ".join(sorted({x.made_by for x in c.conflicts}))
        n = len(c.conflicts)
        text = (
            QCoreApplication.translate("study", "conflict: a second copy ({0})").format(makers)
            if n == 1
            else QCoreApplication.translate("study", "conflict: {0} more copies ({1})").format(
                n, makers
            )
        )
        return text
    return f"{shown(c.status)} — {c.problem}" if c.problem else shown(c.status)


class StudyStatusModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[VideoStatus] = []

    def set_rows(self, rows: list[VideoStatus]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def replace_row(self, row: VideoStatus) -> None:
        for i, old in enumerate(self.rows):
            if old.video.dyad_id == row.video.dyad_id:
                self.rows[i] = row
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(HEADERS) - 1))
                return

    def row_of(self, dyad_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.video.dyad_id == dyad_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return shown(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        vs = self.rows[index.row()]
        col = index.column()
        coding = {COL_PRIMARY_STATUS: vs.primary, COL_RELIABILITY_STATUS: vs.reliability}
        if role == Qt.ItemDataRole.DisplayRole:
            v = vs.video
            return (
                v.dyad_id,
                v.session_date,
                v.primary,
                _status_text(vs.primary),
                v.reliability or "—",
                _status_text(vs.reliability),
                shown(MISSING_VIDEO) if vs.video_missing else v.path,
            )[col]
        if role == Qt.ItemDataRole.BackgroundRole:
            if col in coding and coding[col] is not None:
                return COLOURS.get(coding[col].status)  # type: ignore[union-attr]
            if col == 6 and vs.video_missing:
                return COLOURS[UNREADABLE]
        if role == Qt.ItemDataRole.ToolTipRole and col in coding and coding[col] is not None:
            return coding[col].problem or None  # type: ignore[union-attr]
        if role == Qt.ItemDataRole.ToolTipRole and col == 6:
            if vs.video_missing:
                return QCoreApplication.translate("study", "{0} is missing").format(vs.video.path)
            return vs.video.path
        if role == Qt.ItemDataRole.UserRole:
            return vs
        return None


class StudyFilterProxy(QSortFilterProxyModel):
    """Rows matching one of :data:`FILTERS`; "mine" and the statuses are about ``coder``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.mode = FILTERS[0]
        self.coder = ""

    def set_filter(self, mode: str, coder: str) -> None:
        self.beginFilterChange()
        self.mode, self.coder = mode, coder
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, StudyStatusModel)
        vs = model.rows[source_row]
        mode = self.mode
        if mode == FILTERS[0]:
            return True
        if mode == FILTERS[-1]:
            return vs.reliability is not None
        mine = vs.coding_of(self.coder) if self.coder else None
        if mode == FILTERS[1]:
            return mine is not None
        # a status: the signed-in coder's own coding; without one, any coding of the video
        codings = [mine] if mine is not None else ([] if self.coder else list(vs.codings()))
        return any(c.status == mode for c in codings)
