"""The second coding drawn on the timeline, under each layer's row, with disagreement marks.

Plugged into :meth:`QtTimeline.set_comparison`: the timeline keeps a band of
:attr:`ComparisonOverlay.band_height` pixels under every layer's row, and this overlay draws
in it the other coder's episodes of that layer (thinner bars in their scheme's colours) and,
along the band's foot, the disagreeing stretches of the time-unit comparison: a dark strip
where the codings disagree, a thinner grey one where they differ but the tolerance counted the
units as agreement. Dark against grey, thick against thin, so the two read apart without colour.

Like the timeline itself it only ever draws what is visible: the second coding through
``Session.episodes_between`` (or one ``active_in`` look-up per pixel column when zoomed far
out), and the marks through a binary search in sorted, merged stretches, skipping stretches
that would land on pixels already drawn. A playhead step therefore costs the same for a short
session and for one with thousands of disagreements.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPolygon

from attachcoder.core.episode import Episode
from attachcoder.core.session import Session
from attachcoder.gui.timeline.timeline_paint import DEFAULT_COLOR, DENSE_MS_PER_PX

if TYPE_CHECKING:
    from attachcoder.analysis.agreement import Disagreement
    from attachcoder.gui.timeline.qt_timeline import QtTimeline

BAND_H = 22
"""The band under each row: the second coding's bars, then the marks strip."""
_BAR_TOP, _BAR_H = 2, 11
_MARK_TOP, _MARK_H = 15, 6
_FORGIVEN_TOP, _FORGIVEN_H = 16, 4

DISAGREE_COLOR = QColor("#1A1A1A")
FORGIVEN_COLOR = QColor("#A0A0A0")
MISSING_COLOR = QColor("#B0B0B0")


class Segments:
    """Disjoint, sorted [start, end) spans with their ends searchable (for bisection)."""

    __slots__ = ("ends", "starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted(spans):
            if end <= start:
                continue
            if self.ends and start <= self.ends[-1]:  # touching or overlapping: one span
                self.ends[-1] = max(self.ends[-1], end)
            else:
                self.starts.append(start)
                self.ends.append(end)

    def __len__(self) -> int:
        return len(self.starts)

    def spans(self) -> list[tuple[int, int]]:
        return list(zip(self.starts, self.ends, strict=True))

    def first_ending_after(self, t: float, lo: int = 0) -> int:
        return bisect_right(self.ends, t, lo)


Marks = dict[str, tuple[Segments, Segments]]
"""Per layer: the disagreeing spans and the spans forgiven by the tolerance, merged."""


def marks_from(by_layer: Mapping[str, Iterable[Disagreement]]) -> Marks:
    """The timeline marks of each layer's time-unit stretches (pure Python: any thread)."""
    out: Marks = {}
    for layer, stretches in by_layer.items():
        items = list(stretches)
        out[layer] = (
            Segments((d.start_ms, d.end_ms) for d in items if not d.forgiven_by_tolerance),
            Segments((d.start_ms, d.end_ms) for d in items if d.forgiven_by_tolerance),
        )
    return out


class ComparisonOverlay:
    """Draws ``other`` (the second coding) and the disagreement marks of each layer."""

    band_height = BAND_H

    def __init__(self, other: Session, label: str) -> None:
        self.band_label = label
        self._other = other
        self._state = {la.name: la.is_state for la in other.scheme.layers}
        self._colors: dict[tuple[str, str], QColor] = {}
        for la in other.scheme.layers:
            for c in la.codes:
                self._colors[(la.name, c.name)] = QColor(c.color or DEFAULT_COLOR)
        self._disagree: dict[str, Segments] = {}
        self._forgiven: dict[str, Segments] = {}
        self._compared: set[str] = set(self._state)

    @property
    def other(self) -> Session:
        return self._other

    def set_disagreements(
        self, by_layer: Mapping[str, Iterable[Disagreement]], compared: Iterable[str] | None = None
    ) -> None:
        """The stretches to mark, per layer; ``compared``: the layers the analysis compared
        (the others get a hatched band: nothing to compare there)."""
        self.set_marks(marks_from(by_layer), compared)

    def set_marks(self, marks: Marks, compared: Iterable[str] | None = None) -> None:
        """Marks made beforehand by :func:`marks_from` (on the worker thread)."""
        self._disagree = {layer: pair[0] for layer, pair in marks.items()}
        self._forgiven = {layer: pair[1] for layer, pair in marks.items()}
        self._compared = set(compared) if compared is not None else set(self._state)

    def marks(self, layer: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """(disagreeing spans, forgiven spans) of ``layer``, merged and sorted."""
        empty = Segments(())
        return (
            self._disagree.get(layer, empty).spans(),
            self._forgiven.get(layer, empty).spans(),
        )

    # ------------------------------------------------------------------ painting

    def paint(self, painter: QPainter, timeline: QtTimeline, start_ms: int, end_ms: int) -> None:
        clip = painter.clipBoundingRect().toAlignedRect()
        for layer in timeline.layers:
            band = timeline.band_rect(layer)
            if band.isEmpty() or (not clip.isEmpty() and not band.intersects(clip)):
                continue
            if layer not in self._compared:
                painter.fillRect(band.adjusted(0, 1, 0, -1),
                                 QBrush(MISSING_COLOR, Qt.BrushStyle.BDiagPattern))  # fmt: skip
                continue
            self._paint_other(painter, timeline, band, layer, start_ms, end_ms)
            forgiven = self._forgiven.get(layer)
            if forgiven:
                top = band.top() + _FORGIVEN_TOP
                _paint_spans(painter, timeline, forgiven, start_ms, end_ms, top, _FORGIVEN_H,
                             FORGIVEN_COLOR)  # fmt: skip
            disagree = self._disagree.get(layer)
            if disagree:
                top = band.top() + _MARK_TOP
                _paint_spans(painter, timeline, disagree, start_ms, end_ms, top, _MARK_H,
                             DISAGREE_COLOR)  # fmt: skip

    def _paint_other(
        self, p: QPainter, tl: QtTimeline, band: QRect, layer: str, t0: int, t1: int
    ) -> None:
        top = band.top() + _BAR_TOP
        if not self._state.get(layer, True):
            last_x = None
            for ep in self._other.episodes_between(layer, t0, t1):
                x = tl.x_for_ms(ep.onset_ms)
                if x != last_x:
                    self._paint_point(p, x, top, self._color(ep))
                    last_x = x
            return
        if tl.ms_per_px >= DENSE_MS_PER_PX:
            self._paint_dense(p, tl, top, layer, t0, t1)
            return
        for ep in self._other.episodes_between(layer, t0, t1):
            x0 = tl.x_for_ms(ep.onset_ms)
            x1 = max(tl.x_for_ms(self._end(ep)), x0 + 1)
            p.fillRect(QRect(x0, top, x1 - x0, _BAR_H), self._color(ep))

    def _paint_dense(
        self, p: QPainter, tl: QtTimeline, top: int, layer: str, t0: int, t1: int
    ) -> None:
        """Zoomed far out: one O(log n) look-up per pixel column, runs drawn as one bar."""
        x_from, x_to = tl.x_for_ms(t0), tl.x_for_ms(t1) + 1
        half = tl.ms_per_px / 2
        run: Episode | None = None
        run_x = x_from
        for x in range(x_from, x_to + 1):
            here = None
            if x < x_to:
                t = round(tl.ms_for_x(x) + half)
                here = self._other.active_in(layer, t)
                if here is not None and here.offset_ms is None and t > self._end(here):
                    here = None
            if here is not run:
                if run is not None:
                    p.fillRect(QRect(run_x, top, x - run_x, _BAR_H), self._color(run))
                run, run_x = here, x

    def _paint_point(self, p: QPainter, x: int, top: int, color: QColor) -> None:
        edge = color.darker(160)
        p.fillRect(QRect(x - 1, top, 3, _BAR_H), edge)
        p.fillRect(QRect(x, top + 1, 1, _BAR_H - 2), color)
        p.setPen(edge)
        p.setBrush(color)
        p.drawPolygon(QPolygon([QPoint(x - 4, top), QPoint(x + 4, top), QPoint(x, top + 5)]))

    def _end(self, ep: Episode) -> int:
        """Where a bar ends; a state left running in the file runs to the session's end."""
        if ep.offset_ms is not None:
            return ep.offset_ms
        return max(self._other.duration_ms, ep.onset_ms)

    def _color(self, ep: Episode) -> QColor:
        return self._colors.get((ep.layer, ep.code), QColor(DEFAULT_COLOR))


def _paint_spans(
    p: QPainter, tl: QtTimeline, segs: Segments, t0: int, t1: int, top: int, h: int, color: QColor
) -> None:
    """Fill the visible spans of ``segs``; at most one bisection per pixel column drawn."""
    i = segs.first_ending_after(t0)
    n = len(segs)
    drawn_to = -(10**9)  # canvas x up to which the strip is already filled
    while i < n and segs.starts[i] < t1:
        x0 = tl.x_for_ms(segs.starts[i])
        x1 = max(tl.x_for_ms(segs.ends[i]), x0 + 1)
        if x1 <= drawn_to:  # only pixels already drawn: jump to the first span past them
            i = max(i + 1, segs.first_ending_after(tl.ms_for_x(drawn_to), i))
            continue
        x0 = max(x0, drawn_to)
        p.fillRect(QRect(x0, top, x1 - x0, h), color)
        drawn_to = x1
        i += 1
