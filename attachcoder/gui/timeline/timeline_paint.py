"""Painting the timeline: the ruler, one row per layer, bars and ticks, the playhead.

Kept apart from :mod:`~attachcoder.gui.timeline.qt_timeline` (state and mouse) so each
stays small. It
draws only the damaged rectangle, asking the session for the episodes of that time span.

When a comparison is shown (issue 7), each layer's row is followed by a *band* of
``band_h`` pixels, labelled ``band_label``, in which the overlay draws the second coding and
the disagreement marks; the painter only makes room for it and names it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen, QPolygon

from attachcoder.core.episode import Episode
from attachcoder.core.scheme import Scheme
from attachcoder.core.timefmt import format_ms

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from attachcoder.core.session import Session


class TimelineView(Protocol):
    """What the painter reads of the timeline it draws (:class:`QtTimeline` is one)."""

    @property
    def canvas(self) -> QWidget: ...
    @property
    def session(self) -> Session: ...
    @property
    def ms_per_px(self) -> float: ...
    @property
    def playhead_ms(self) -> int: ...
    @property
    def selected_episode(self) -> str | None: ...
    def x_for_ms(self, ms: float) -> int: ...
    def ms_for_x(self, x: float) -> int: ...


LABEL_W = 96
RULER_H = 18
ROW_H = 24
BAR_MARGIN = 3
DENSE_MS_PER_PX = 250.0
"""From this zoom out (a quarter second per pixel) state rows are drawn per pixel column."""

DEFAULT_COLOR = "#888888"
PLAYHEAD_COLOR = QColor("#D00000")
PLAYHEAD_HALF_W = 5
"""The playhead's marker (a triangle on the ruler) reaches this far either side of its line."""
LABEL_PAD = 4
"""Room left of and right of a bar's label."""
SELECTED_PEN = QPen(QColor("#000000"), 2)

_TICK_STEPS_MS = (
    40, 100, 200, 500, 1000, 2000, 5000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000,
    600_000, 900_000, 1_800_000, 3_600_000,
)  # fmt: skip


class TimelinePainter:
    """Draws a :class:`TimelineView` (a ``QtTimeline``) and holds the per-scheme look-ups."""

    def __init__(self) -> None:
        self.layers: list[str] = []
        self._state: dict[str, bool] = {}
        self._colors: dict[tuple[str, str], QColor] = {}
        self._text: dict[tuple[str, str], QColor] = {}
        self.band_h = 0
        """Pixels under each row kept for a comparison overlay (0: none)."""
        self.band_label = ""

    @property
    def pitch(self) -> int:
        """Vertical distance from one layer's row to the next."""
        return ROW_H + self.band_h

    def row_top(self, index: int) -> int:
        return RULER_H + index * self.pitch

    def set_scheme(self, scheme: Scheme) -> None:
        self.layers = [la.name for la in scheme.layers]
        self._state = {la.name: la.is_state for la in scheme.layers}
        self._colors.clear()
        self._text.clear()
        for la in scheme.layers:
            for c in la.codes:
                color = QColor(c.color or DEFAULT_COLOR)
                self._colors[(la.name, c.name)] = color
                self._text[(la.name, c.name)] = _text_color(color)

    def is_state(self, layer: str) -> bool:
        return self._state.get(layer, True)

    @staticmethod
    def label_width(fm: QFontMetrics, code: str) -> int:
        """How wide a bar must be to show ``code`` whole (narrower: the label is elided)."""
        return fm.horizontalAdvance(code) + 2 * LABEL_PAD + 2

    def color(self, layer: str, code: str) -> QColor:
        return self._colors.get((layer, code), QColor(DEFAULT_COLOR))

    # ------------------------------------------------------------------ whole paint

    def paint(
        self,
        p: QPainter,
        tl: TimelineView,
        rect: QRect,
        t0: int,
        t1: int,
        previews: dict[str, Episode],
    ) -> None:
        w = tl.canvas.width()
        pal = tl.canvas.palette()
        p.fillRect(rect, pal.base())
        if rect.top() < RULER_H:
            self._paint_ruler(p, tl, rect, t0, t1)
        p.save()
        p.setClipRect(QRect(LABEL_W, RULER_H, w - LABEL_W, tl.canvas.height()) & rect)
        fm = QFontMetrics(p.font())
        for i, layer in enumerate(self.layers):
            row = QRect(0, self.row_top(i), w, ROW_H)
            if not row.adjusted(0, 0, 0, self.band_h).intersects(rect):
                continue
            if i % 2:
                p.fillRect(row.adjusted(0, 0, 0, self.band_h) & rect, pal.alternateBase())
            if not row.intersects(rect):
                continue
            if tl.ms_per_px >= DENSE_MS_PER_PX:
                self._paint_dense(p, tl, row, rect, layer, previews, fm)
            else:
                for ep in tl.session.episodes_between(layer, t0, t1):
                    if ep.id not in previews:
                        self._paint_episode(p, tl, row, ep, fm)
            for ep in previews.values():
                if ep.layer == layer:
                    self._paint_episode(p, tl, row, ep, fm, ghost=True)
        p.restore()
        if rect.left() < LABEL_W:
            self._paint_labels(p, tl, rect)

    def _paint_dense(
        self,
        p: QPainter,
        tl: TimelineView,
        row: QRect,
        rect: QRect,
        layer: str,
        previews: dict[str, Episode],
        fm: QFontMetrics,
    ) -> None:
        """Zoomed far out, many episodes share a pixel: draw per pixel column, not per episode.

        A state layer asks which episode is active in the middle of each column (a look-up in
        O(log n)) and draws runs of the same episode as one bar; a point layer draws at most
        one tick per column. The cost follows the width of the damage, never the session.
        """
        x_from, x_to = max(rect.left(), LABEL_W), rect.right() + 1
        session, playhead, half = tl.session, tl.playhead_ms, tl.ms_per_px / 2
        if not self.is_state(layer):
            last_x = None
            for ep in session.episodes_between(layer, tl.ms_for_x(x_from), tl.ms_for_x(x_to) + 1):
                x = tl.x_for_ms(ep.onset_ms)
                if x != last_x and ep.id not in previews:
                    self._paint_episode(p, tl, row, ep, fm)
                    last_x = x
            return
        run: Episode | None = None
        run_x = x_from
        for x in range(x_from, x_to + 1):
            here: Episode | None = None
            if x < x_to:
                here = session.active_in(layer, round(tl.ms_for_x(x) + half))
                if here is not None and (
                    here.id in previews or (here.offset_ms is None and tl.ms_for_x(x) > playhead)
                ):
                    here = None
            if here is not run:
                if run is not None:
                    self._paint_episode(p, tl, row, run, fm, span=(run_x, x))
                run, run_x = here, x

    def _paint_episode(
        self, p: QPainter, tl: TimelineView, row: QRect, ep: Episode, fm: QFontMetrics,
        *, ghost: bool = False, span: tuple[int, int] | None = None,
    ) -> None:  # fmt: skip
        color = self.color(ep.layer, ep.code)
        selected = ep.id == tl.selected_episode
        x0 = tl.x_for_ms(ep.onset_ms)
        top, h = row.top() + BAR_MARGIN, ROW_H - 2 * BAR_MARGIN
        if not self.is_state(ep.layer):
            edge = color.darker(160)  # light colours (yellow) stay visible on white
            p.fillRect(QRect(x0 - 2, top, 5 if not selected else 6, h), edge)
            p.fillRect(QRect(x0 - 1, top + 1, 3 if not selected else 4, h - 2), color)
            tri = QPolygon([QPoint(x0 - 5, top), QPoint(x0 + 5, top), QPoint(x0, top + 6)])
            p.setPen(SELECTED_PEN if selected else QPen(edge, 1))
            p.setBrush(color)
            p.drawPolygon(tri)
            return
        running = ep.offset_ms is None
        end = ep.offset_ms if ep.offset_ms is not None else max(tl.playhead_ms, ep.onset_ms)
        x1 = max(tl.x_for_ms(end), x0 + 1)
        if span is not None:  # drawn per pixel column (zoomed far out)
            x0, x1 = span
        bar = QRect(x0, top, x1 - x0, h)
        fill = QColor(color)
        if running or ghost:
            fill.setAlpha(150)
        p.fillRect(bar, fill)
        if ghost:
            p.setPen(QPen(QColor("#000000"), 1, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(bar.adjusted(0, 0, -1, -1))
        if selected:
            p.setPen(SELECTED_PEN)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(bar.adjusted(1, 1, -1, -1))
        if bar.width() > 24:
            text = fm.elidedText(ep.code, Qt.TextElideMode.ElideRight, bar.width() - 2 * LABEL_PAD)
            if len(text) > 1:  # a lone ellipsis says nothing
                p.setPen(self._text.get((ep.layer, ep.code), QColor("#000000")))
                inner = bar.adjusted(LABEL_PAD, 0, -LABEL_PAD, 0)
                p.drawText(inner, Qt.AlignmentFlag.AlignVCenter, text)

    def _paint_ruler(self, p: QPainter, tl: TimelineView, rect: QRect, t0: int, t1: int) -> None:
        pal = tl.canvas.palette()
        p.fillRect(QRect(rect.left(), 0, rect.width(), RULER_H), pal.window())
        step = next((s for s in _TICK_STEPS_MS if s / tl.ms_per_px >= 90), _TICK_STEPS_MS[-1])
        p.setPen(pal.text().color())
        first = (max(0, t0 - step) // step) * step
        t = first
        while t <= t1 + step:
            x = tl.x_for_ms(t)
            if x >= LABEL_W:
                p.drawLine(x, RULER_H - 6, x, RULER_H - 1)
                label = format_ms(t)
                label = label[3:] if label.startswith("00:") else label
                if step >= 1000:
                    label = label[:-4]
                p.drawText(x + 3, RULER_H - 5, label)
            t += step
        p.drawLine(rect.left(), RULER_H - 1, rect.right(), RULER_H - 1)

    def _paint_labels(self, p: QPainter, tl: TimelineView, rect: QRect) -> None:
        pal = tl.canvas.palette()
        p.fillRect(QRect(0, rect.top(), LABEL_W, rect.height()), pal.window())
        p.setPen(pal.text().color())
        fm = QFontMetrics(p.font())
        left = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        for i, layer in enumerate(self.layers):
            row = QRect(6, self.row_top(i), LABEL_W - 10, ROW_H)
            text = fm.elidedText(layer, Qt.TextElideMode.ElideRight, row.width())
            p.drawText(row, left, text)
        if self.band_h and self.band_label:
            p.save()
            p.setPen(pal.placeholderText().color())
            for i in range(len(self.layers)):
                band = QRect(14, self.row_top(i) + ROW_H, LABEL_W - 18, self.band_h)
                text = fm.elidedText(self.band_label, Qt.TextElideMode.ElideRight, band.width())
                p.drawText(band, left, text)
            p.restore()
        p.drawLine(LABEL_W - 1, 0, LABEL_W - 1, tl.canvas.height())

    def paint_playhead(self, p: QPainter, tl: TimelineView, rect: QRect) -> None:
        x = tl.x_for_ms(tl.playhead_ms)
        if x < LABEL_W or not rect.left() - 2 <= x <= rect.right() + 2:
            return
        p.setPen(QPen(PLAYHEAD_COLOR, 1))
        p.drawLine(x, 0, x, tl.canvas.height())
        p.setBrush(PLAYHEAD_COLOR)
        w = PLAYHEAD_HALF_W
        p.drawPolygon(QPolygon([QPoint(x - w, 0), QPoint(x + w, 0), QPoint(x, 6)]))


def _text_color(color: QColor) -> QColor:
    """Black or white, whichever reads better on ``color``."""
    lum = 0.299 * color.red() + 0.587 * color.green() + 0.114 * color.blue()
    return QColor("#000000") if lum > 140 else QColor("#FFFFFF")
