"""The timeline under the video: one row per layer, episodes as coloured bars, a playhead.

Drawing is proportional to what is visible, never to the session: each paint asks
``Session.episodes_between`` for the time span of the damaged rectangle only, and a playhead
move repaints just the strip between its old and new place. So a per-frame update costs the
same with 100 episodes as with 100,000.

Editing by mouse goes through the session's planning methods and one undo command per drag
(:meth:`Document.push <attachcoder.gui.editing.document.Document.push>`); a refused
 edit (an overlap) is reported through
:attr:`QtTimeline.editRefused` and the bar snaps back. Changes made elsewhere (keys, the table,
undo) arrive through :class:`~attachcoder.gui.editing.session_signals.SessionSignals`
and repaint only the span they touched.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLocale, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QWheelEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollBar,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from attachcoder.core.boundaries import Edge, boundary_partner
from attachcoder.core.changes import Change, EpisodeEdit, FieldChange
from attachcoder.core.episode import Episode
from attachcoder.core.frame_times import FrameTimes
from attachcoder.core.session import Session, SessionError
from attachcoder.gui.editing.session_signals import SessionSignals
from attachcoder.gui.editing.window_slices import Edits
from attachcoder.gui.timeline.sound_row import SoundRow
from attachcoder.gui.timeline.timeline_edit import EdgeDrag, snap_time
from attachcoder.gui.timeline.timeline_paint import (
    LABEL_W,
    PLAYHEAD_HALF_W,
    ROW_H,
    RULER_H,
    TimelinePainter,
)

EDGE_PX = 4
"""How close (in pixels) the mouse must be to an edge to grab it."""

MIN_MS_PER_PX = 0.5
MAX_MS_PER_PX = 60_000.0
ZOOM_STEP = 1.25


class TimelineOverlay(Protocol):
    """Something drawn over the episodes, e.g. a second coding and its disagreements (issue 7).

    ``paint`` is called after the episodes with the painter clipped to the damaged rectangle;
    use :meth:`QtTimeline.x_for_ms`, :meth:`QtTimeline.row_rect` and
    :meth:`QtTimeline.band_rect` to place marks. ``band_height`` pixels are kept free under
    every layer's row for it (0: draw over the rows only), labelled ``band_label``.
    """

    band_height: int
    band_label: str

    def paint(
        self, painter: QPainter, timeline: QtTimeline, start_ms: int, end_ms: int
    ) -> None: ...


class _Canvas(QWidget):
    """The painted surface; all state and logic live in :class:`QtTimeline`."""

    def __init__(self, timeline: QtTimeline) -> None:
        super().__init__(timeline)
        self._t = timeline
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # code keys keep working everywhere
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._t._paint(self, event.rect())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._t._on_press(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._t._on_move(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._t._on_release(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._t._on_double_click(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self._t._on_wheel(event)

    def resizeEvent(self, event: object) -> None:
        self._t._sync_scrollbar()


class QtTimeline(QWidget):
    seekRequested = Signal(int)
    """A click or drag asks the video to show this time (ms)."""
    episodeSelected = Signal(str)
    """The user clicked an episode (not emitted by :meth:`select_episode`)."""
    episodeActivated = Signal(str)
    """The user double-clicked an episode (e.g. seek to its onset)."""
    editRefused = Signal(str)
    """A drag was refused by the session (e.g. an overlap); the message says why."""
    zoomChanged = Signal(float)

    def __init__(
        self,
        session: Session,
        signals: SessionSignals | None = None,
        edits: Edits | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``edits`` (the open :class:`Document`) takes each drag as one undo step; without
        it the timeline only shows the session (edges cannot be dragged)."""
        super().__init__(parent)
        self._session = session
        self._frames: FrameTimes | None = None  # the first video's real frames, once read
        self._signals: SessionSignals | None = None
        self._edits = edits
        self._start_ms = 0.0
        self._ms_per_px = 40.0
        self._playhead = 0
        self._follow = True
        self._selected: str | None = None
        self._drag: EdgeDrag | None = None
        self._scrubbing = False
        self._overlay: TimelineOverlay | None = None
        self._extent = 0
        self._painter = TimelinePainter()

        self.canvas = _Canvas(self)
        self.sound_row = SoundRow(self)  # the sound track under the layers (sound_row.py)
        self.canvas.setToolTip(
            self.tr(
                "Drag an edge to move it; where two episodes touch, both move. Hold Shift to "
                "move the edge alone. Click to seek, double-click to go to an episode."
            )
        )
        self.scrollbar = QScrollBar(Qt.Orientation.Horizontal, self)
        self.scrollbar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scrollbar.valueChanged.connect(self._on_scrollbar)
        self.zoom_in_button = self._button("+", self.tr("Zoom in (Ctrl+wheel)"), self.zoom_in)
        self.zoom_out_button = self._button("−", self.tr("Zoom out (Ctrl+wheel)"), self.zoom_out)
        self.fit_button = self._button(self.tr("Fit"), self.tr("Show the whole session"), self.fit)
        self.scale_label = QLabel(self)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for w in (self.zoom_out_button, self.zoom_in_button, self.fit_button, self.scale_label):
            bar.addWidget(w)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.scrollbar)
        self.set_document(session, signals, edits)

    def _button(self, text: str, tip: str, slot: object) -> QToolButton:
        b = QToolButton(self)
        b.setText(text)
        b.setToolTip(tip)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space must never click it
        b.clicked.connect(slot)
        return b

    # ------------------------------------------------------------------ document

    def set_document(
        self, session: Session, signals: SessionSignals | None, edits: Edits | None
    ) -> None:
        """Show ``session``; follow its changes through ``signals``; drags go to ``edits``."""
        if self._signals is not None:
            self._signals.changed.disconnect(self._on_changed)
        self._session, self._signals, self._edits = session, signals, edits
        if signals is not None:
            signals.changed.connect(self._on_changed)
        self._selected = None
        self._drag = None
        self._extent = max(
            (e.onset_ms if e.offset_ms is None else e.offset_ms for e in session.iter_episodes()),
            default=0,
        )
        self._on_scheme()
        self._sync_scrollbar()

    @property
    def session(self) -> Session:
        return self._session

    # ------------------------------------------------------------------ geometry

    @property
    def ms_per_px(self) -> float:
        return self._ms_per_px

    @property
    def playhead_ms(self) -> int:
        return self._playhead

    @property
    def layers(self) -> list[str]:
        """The layers shown, top to bottom (the scheme's order)."""
        return list(self._painter.layers)

    @property
    def selected_episode(self) -> str | None:
        return self._selected

    @property
    def start_ms(self) -> float:
        """The time at the left edge of the episodes (canvas x ``LABEL_W``)."""
        return self._start_ms

    def rows_bottom(self) -> int:
        """Canvas y just under the last layer's row (and its band): the sound row's top."""
        return self._painter.row_top(len(self._painter.layers))

    def x_for_ms(self, ms: float) -> int:
        """Canvas x of a time (may lie outside the canvas)."""
        return LABEL_W + round((ms - self._start_ms) / self._ms_per_px)

    def ms_for_x(self, x: float) -> int:
        return max(0, round(self._start_ms + (x - LABEL_W) * self._ms_per_px))

    def visible_range(self) -> tuple[int, int]:
        """The time span shown, [start, end) in ms."""
        return int(self._start_ms), self.ms_for_x(self.canvas.width())

    def row_rect(self, layer: str) -> QRect:
        """The canvas rectangle of ``layer``'s row (empty when the scheme has no such layer)."""
        names = self._painter.layers
        if layer not in names:
            return QRect()
        top = self._painter.row_top(names.index(layer))
        return QRect(0, top, self.canvas.width(), ROW_H)

    def band_rect(self, layer: str) -> QRect:
        """The comparison band under ``layer``'s row (empty when no overlay keeps one)."""
        row = self.row_rect(layer)
        if row.isEmpty() or not self._painter.band_h:
            return QRect()
        return QRect(0, row.bottom() + 1, row.width(), self._painter.band_h)

    def extent_ms(self) -> int:
        """The time the scroll range covers: the media, the coding and the playhead."""
        return max(self._session.duration_ms, self._extent, self._playhead, 1000)

    def _span_ms(self) -> float:
        return max(1, self.canvas.width() - LABEL_W) * self._ms_per_px

    # ------------------------------------------------------------------ public slots

    def set_playhead(self, ms: int) -> None:
        """Move the playhead; repaints a strip, and pages the view when it runs off screen."""
        ms = int(ms)
        old, self._playhead = self._playhead, ms
        if self._follow and self._drag is None and not self._scrubbing:
            start, end = self._start_ms, self._start_ms + self._span_ms()
            if ms < start or ms >= end:
                self._scroll_to(ms - self._span_ms() * 0.1)
                return
        x0, x1 = sorted((self.x_for_ms(old), self.x_for_ms(ms)))
        running = self._session.running_states()
        if ms > self._extent and running:
            self._sync_scrollbar()
        # the playhead's marker reaches PLAYHEAD_HALF_W either side of its line: the strip
        # repainted covers the old and the new marker whole, or the ruler keeps a red trail
        reach = PLAYHEAD_HALF_W + 1
        self.canvas.update(QRect(x0 - reach, 0, x1 - x0 + 2 * reach + 1, self.canvas.height()))
        for ep in running.values():
            self._update_running_label(ep, old, ms)

    def _update_running_label(self, ep: Episode, old_ms: int, new_ms: int) -> None:
        """A running state's bar ends at the playhead, and its label is elided to the bar: while
        the bar is too short for the whole label, the label changes as it grows, so the bar's
        label strip is repainted whole (never half old, half new text)."""
        if ep.onset_ms >= max(old_ms, new_ms):
            return
        x0 = self.x_for_ms(ep.onset_ms)
        shown = min(self.x_for_ms(old_ms), self.x_for_ms(new_ms)) - x0
        if shown > self._painter.label_width(self.canvas.fontMetrics(), ep.code):
            return  # the label was whole before and is whole now: the strip suffices
        row = self.row_rect(ep.layer)
        if row.isEmpty():
            return
        right = max(self.x_for_ms(old_ms), self.x_for_ms(new_ms)) + 1
        self.canvas.update(QRect(x0, row.top(), right - x0 + 1, row.height()))

    def set_frame_times(self, frames: FrameTimes | None) -> None:
        """The first video's real frame starts: dragged edges snap to them."""
        self._frames = frames

    def set_follow_playhead(self, follow: bool) -> None:
        self._follow = follow

    def select_episode(self, episode_id: str | None) -> None:
        """Highlight an episode (e.g. the table's current row) and bring it into view."""
        if episode_id is not None and episode_id not in self._session:
            episode_id = None
        self._selected = episode_id
        if episode_id is not None:
            ep = self._session.episode(episode_id)
            start, end = self.visible_range()
            if not start <= ep.onset_ms < end:
                self._scroll_to(ep.onset_ms - self._span_ms() * 0.1)
        self.canvas.update()

    def zoom_to(self, ms_per_px: float, anchor_ms: float | None = None) -> None:
        """Show ``ms_per_px`` ms per pixel, keeping ``anchor_ms`` (default: the playhead when
        visible, else the middle) at the same place on screen."""
        widest = max(MAX_MS_PER_PX, 1.25 * self.extent_ms() / max(1, self.canvas.width() - LABEL_W))
        mpp = min(max(float(ms_per_px), MIN_MS_PER_PX), widest)
        if anchor_ms is None:
            start, end = self.visible_range()
            anchor_ms = self._playhead if start <= self._playhead < end else (start + end) / 2
        ax = LABEL_W + (anchor_ms - self._start_ms) / self._ms_per_px
        self._ms_per_px = mpp
        self._start_ms = max(0.0, anchor_ms - (ax - LABEL_W) * mpp)
        self._sync_scrollbar()
        self.canvas.update()
        self.zoomChanged.emit(mpp)

    def zoom_in(self) -> None:
        self.zoom_to(self._ms_per_px / ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_to(self._ms_per_px * ZOOM_STEP)

    def fit(self) -> None:
        """Show the whole session."""
        self._start_ms = 0.0
        self.zoom_to(self.extent_ms() / max(1, self.canvas.width() - LABEL_W), 0)

    def scroll_to(self, start_ms: float) -> None:
        self._scroll_to(start_ms)

    def set_comparison(self, overlay: TimelineOverlay | None) -> None:
        """Draw ``overlay`` over the episodes (a second coding, disagreement marks), or stop."""
        self._overlay = overlay
        p = self._painter
        band = (overlay.band_height, overlay.band_label) if overlay is not None else (0, "")
        if (p.band_h, p.band_label) != band:
            p.band_h, p.band_label = band
            self._on_scheme()  # the rows moved: new minimum height
        self.canvas.update()

    @property
    def comparison(self) -> TimelineOverlay | None:
        return self._overlay

    # ------------------------------------------------------------------ scrolling

    def _scroll_to(self, start_ms: float) -> None:
        self._start_ms = max(0.0, float(start_ms))
        self._sync_scrollbar()
        self.canvas.update()

    def _sync_scrollbar(self) -> None:
        span = self._span_ms()
        top = max(0, int(self.extent_ms() - span * 0.9), int(self._start_ms))
        sb = self.scrollbar
        sb.blockSignals(True)  # our own echo must not move the view back
        sb.setRange(0, top)
        sb.setPageStep(max(1, int(span)))
        sb.setSingleStep(max(1, int(span / 10)))
        sb.setValue(int(self._start_ms))
        sb.blockSignals(False)
        self.scale_label.setText(_scale_text(self._ms_per_px))

    def _on_scrollbar(self, value: int) -> None:
        self._start_ms = float(value)
        self.canvas.update()

    # ------------------------------------------------------------------ session changes

    def _on_changed(self, change: Change) -> None:
        if isinstance(change, FieldChange):
            if change.field == "scheme":
                self._on_scheme()
            self._sync_scrollbar()
            self.canvas.update()
            return
        if not isinstance(change, EpisodeEdit):
            return
        lo, hi = None, 0
        for ep in (*change.removed, *change.added):
            end = ep.offset_ms if ep.offset_ms is not None else max(ep.onset_ms, self._playhead)
            lo = ep.onset_ms if lo is None else min(lo, ep.onset_ms)
            hi = max(hi, end)
        for ep in change.added:
            self._extent = max(self._extent, ep.offset_ms or ep.onset_ms)
        if self._selected is not None and self._selected not in self._session:
            self._selected = None
        if self._drag is not None and self._drag.episode.id not in self._session:
            self._drag = None
        if lo is not None:
            x0, x1 = self.x_for_ms(lo), self.x_for_ms(hi)
            self.canvas.update(QRect(x0 - 3, 0, x1 - x0 + 7, self.canvas.height()))
        if hi > self.scrollbar.maximum():
            self._sync_scrollbar()

    def _on_scheme(self) -> None:
        self._painter.set_scheme(self._session.scheme)
        rows = max(1, len(self._painter.layers))
        self.canvas.setMinimumHeight(RULER_H + self._painter.pitch * rows + 2)
        self.sound_row.place()
        self.updateGeometry()

    # ------------------------------------------------------------------ painting

    def _paint(self, canvas: QWidget, rect: QRect) -> None:
        t0 = self.ms_for_x(rect.left() - 1)
        t1 = self.ms_for_x(rect.right() + 2) + 1
        previews = self._drag.previews() if self._drag is not None else {}
        p = QPainter(canvas)
        try:
            self._painter.paint(p, self, rect, t0, t1, previews)
            if self._overlay is not None:
                p.setClipRect(QRect(LABEL_W, 0, canvas.width(), canvas.height()) & rect)
                self._overlay.paint(p, self, t0, t1)
                p.setClipping(False)
            self._painter.paint_playhead(p, self, rect)
        finally:
            p.end()

    # ------------------------------------------------------------------ mouse

    def _layer_at(self, y: int) -> str | None:
        i, within = divmod(y - RULER_H, self._painter.pitch)
        names = self._painter.layers
        if y < RULER_H or within >= ROW_H:  # the ruler, or a comparison band (not editable)
            return None
        return names[i] if 0 <= i < len(names) else None

    def edge_at(self, pos: QPoint) -> tuple[Episode, Edge] | None:
        """The episode edge under ``pos`` (within a few pixels): (episode, "onset"/"offset")."""
        layer = self._layer_at(pos.y())
        if layer is None or pos.x() < LABEL_W:
            return None
        t0, t1 = self.ms_for_x(pos.x() - EDGE_PX), self.ms_for_x(pos.x() + EDGE_PX) + 1
        best: tuple[int, Episode, Edge] | None = None
        for ep in self._session.episodes_between(layer, t0, t1):
            edges: list[tuple[Edge, int]] = [("onset", ep.onset_ms)]
            if ep.offset_ms is not None:
                edges.append(("offset", ep.offset_ms))
            for name, t in edges:
                d = abs(self.x_for_ms(t) - pos.x())
                if d <= EDGE_PX and (best is None or d < best[0]):
                    best = (d, ep, name)
        return None if best is None else (best[1], best[2])

    def episode_at(self, pos: QPoint) -> Episode | None:
        layer = self._layer_at(pos.y())
        if layer is None or pos.x() < LABEL_W:
            return None
        t = self.ms_for_x(pos.x())
        for ep in self._session.episodes_between(layer, t - 1, t + 1):
            end = ep.offset_ms if ep.offset_ms is not None else self._playhead
            if ep.offset_ms is None and not self._painter.is_state(layer):
                if abs(self.x_for_ms(ep.onset_ms) - pos.x()) <= EDGE_PX:
                    return ep
            elif ep.onset_ms <= t < max(end, ep.onset_ms + 1):
                return ep
        return None

    def _on_press(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            if self._drag is not None:  # another button cancels a drag
                self._drag = None
                self.canvas.update()
            return
        pos = event.position().toPoint()
        if pos.x() < LABEL_W:
            return
        if pos.y() < RULER_H:
            self._scrubbing = True
            self.seekRequested.emit(self.ms_for_x(pos.x()))
            return
        hit = self.edge_at(pos) if self._edits is not None else None
        if hit is not None:
            ep, edge = hit
            alone = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            partner = boundary_partner(self._session, ep, edge, alone=alone)
            self._drag = EdgeDrag(ep, edge, partner)
            self._select_by_user(ep.id)
            return
        under = self.episode_at(pos)
        if under is not None:
            self._select_by_user(under.id)
        self._scrubbing = True
        self.seekRequested.emit(self.ms_for_x(pos.x()))

    def _select_by_user(self, episode_id: str) -> None:
        if self._selected != episode_id:
            self._selected = episode_id
            self.canvas.update()
        self.episodeSelected.emit(episode_id)

    def _on_move(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._drag is not None:
            t = snap_time(self._session, self.ms_for_x(pos.x()), self._frames)
            if t != self._drag.time:
                self._drag.time = t
                self.canvas.update()
                self.seekRequested.emit(t)
            return
        if self._scrubbing and event.buttons() & Qt.MouseButton.LeftButton:
            self.seekRequested.emit(self.ms_for_x(pos.x()))
            return
        cursor = Qt.CursorShape.SizeHorCursor if self.edge_at(pos) else Qt.CursorShape.ArrowCursor
        self.canvas.setCursor(cursor)

    def _on_release(self, event: QMouseEvent) -> None:
        self._scrubbing = False
        drag, self._drag = self._drag, None
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            return
        self.canvas.update()
        if not drag.moved:
            return
        try:
            if self._edits is not None:
                self._edits.push(drag.plan(self._session), drag.text())
        except SessionError as exc:
            message = self.tr("The edit was undone: {0}").format(exc)
            QToolTip.showText(event.globalPosition().toPoint(), message, self.canvas)
            self.editRefused.emit(message)

    def _on_double_click(self, event: QMouseEvent) -> None:
        ep = self.episode_at(event.position().toPoint())
        if ep is not None:
            self.episodeActivated.emit(ep.id)

    def _on_wheel(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        steps = (delta.y() or delta.x()) / 120
        if not steps:
            return
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            anchor = self.ms_for_x(event.position().x())
            self.zoom_to(self._ms_per_px / ZOOM_STEP**steps, anchor)
        else:
            self._scroll_to(self._start_ms - steps * self._span_ms() / 10)
        event.accept()


def _scale_text(ms_per_px: float) -> str:
    """The zoom, as the locale writes numbers: ``4 s / 100 px``."""
    per_100 = ms_per_px * 100
    locale = QLocale()
    if per_100 < 1000:
        number, unit = locale.toString(float(round(per_100)), "f", 0), "ms"
    elif per_100 < 120_000:
        number, unit = locale.toString(per_100 / 1000, "g", 3), "s"
    else:
        number, unit = locale.toString(per_100 / 60_000, "g", 3), "min"
    return QCoreApplication.translate("QtTimeline", "{0} {1} / 100 px").format(number, unit)
