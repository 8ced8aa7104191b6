"""Drawing a sound track for a stretch of the timeline: the waveform or the spectrogram.

Each pixel column of the timeline stands for ``ms_per_px`` milliseconds. Zoomed out, a column
takes the extremes (waveform) or the loudest level (spectrogram) of the 10 ms buckets or
20 ms columns under it — numpy's ``reduceat``, one call for the whole width, so a paint costs
the width in pixels whatever the length of the recording; zoomed in, a bucket spans many
columns and each shows the bucket it falls in. Silence draws as a flat line, so the
still-face's quiet reads at a glance.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QLine, QRect
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from attachcoder.io.media.sound_envelope import SoundTrack

SHOWN_BANDS = 80
"""The spectrogram shows 0–5 kHz (80 bands of 62.5 Hz), as Praat does by default: a voice's
pitch, its formants and a cry's first harmonics."""
DYNAMIC_RANGE_DB = 70.0
"""Levels more than this below the loudest are drawn black."""
WAVE_COLOR = QColor("#2C6E9B")

_GRADIENT = (  # black → purple → red → orange → pale yellow (magma-like: loud is bright)
    (0.0, (0, 0, 4)),
    (0.25, (59, 15, 112)),
    (0.5, (140, 41, 129)),
    (0.75, (222, 73, 104)),
    (0.9, (254, 159, 109)),
    (1.0, (252, 253, 191)),
)


@dataclass(frozen=True)
class Stretch:
    """The part of the timeline to draw: where its pixel columns are and what time they show."""

    x0: int
    """First canvas column drawn."""
    x1: int
    """One past the last column drawn."""
    start_ms: float
    """Session time at canvas column ``origin_x``."""
    ms_per_px: float
    origin_x: int
    offset_ms: int = 0
    """Where the track's 0 is on the session clock (the camera's offset)."""

    def reduce_indices(self, unit_ms: float, count: int) -> tuple[int, npt.NDArray[np.int64]]:
        """The first column that shows any of ``count`` items of ``unit_ms`` each, and the
        item indices for ``reduceat`` (one per column shown, then the end): empty when none."""
        edges = np.arange(self.x0, self.x1 + 1, dtype=np.float64)
        ms = self.start_ms + (edges - self.origin_x) * self.ms_per_px - self.offset_ms
        idx = np.floor(ms / unit_ms).astype(np.int64)
        left, right = idx[:-1], idx[1:]
        shown = np.nonzero((left < count) & (ms[1:] > 0))[0]
        if not len(shown) or count == 0:
            return self.x0, np.zeros(0, np.int64)
        first, last = int(shown[0]), int(shown[-1])
        starts = np.clip(left[first : last + 1], 0, count - 1)
        end = int(np.clip(right[last], starts[-1] + 1, count))
        return self.x0 + first, np.append(starts, end)


def _reduce(a: npt.NDArray, indices: npt.NDArray[np.int64], op: np.ufunc) -> npt.NDArray:
    """``op.reduceat`` over ``a`` for each column; ``indices`` ends with the last column's end
    (which may be ``len(a)``: ``a`` is extended by its last item so that index exists)."""
    extended = np.concatenate((a, a[-1:]))
    return op.reduceat(extended, indices, axis=0)[:-1]


def paint_waveform(p: QPainter, track: SoundTrack, stretch: Stretch, top: int, height: int) -> None:
    """The envelope as one vertical line per pixel column, scaled to the track's peak."""
    first, indices = stretch.reduce_indices(track.bucket_ms, len(track.lows))
    mid = top + height / 2
    p.setPen(QPen(WAVE_COLOR.lighter(160), 1))
    p.drawLine(stretch.x0, round(mid), stretch.x1 - 1, round(mid))
    if not len(indices):
        return
    lows = _reduce(track.lows, indices, np.minimum).astype(np.float64)
    highs = _reduce(track.highs, indices, np.maximum).astype(np.float64)
    peak = track.peak
    scale = (height / 2 - 2) / peak if peak > 0 else 0.0
    ys_top = np.floor(mid - highs * scale).astype(np.int64)
    ys_bottom = np.maximum(np.ceil(mid - lows * scale).astype(np.int64), ys_top)
    p.setPen(QPen(WAVE_COLOR, 1))
    p.drawLines(
        [
            QLine(x, y0, x, y1)
            for x, y0, y1 in zip(
                range(first, first + len(lows)), ys_top.tolist(), ys_bottom.tolist(), strict=True
            )
        ]
    )


def color_table(track: SoundTrack) -> list[int]:
    """The 256 colours of the stored levels: the loudest level of the track is the brightest,
    ``DYNAMIC_RANGE_DB`` below it black."""
    shown = track.spectrum[:, :SHOWN_BANDS]
    top_db = float(track.decibels(np.array([shown.max()], np.uint8))[0]) if shown.size else 0.0
    levels = track.decibels(np.arange(256, dtype=np.uint8))
    v = np.clip((levels - (top_db - DYNAMIC_RANGE_DB)) / DYNAMIC_RANGE_DB, 0.0, 1.0)
    stops = np.array([s for s, _ in _GRADIENT])
    rgb = np.array([c for _, c in _GRADIENT], dtype=np.float64)
    channels = [np.interp(v, stops, rgb[:, k]) for k in range(3)]
    return [
        QColor(int(r), int(g), int(b)).rgb()
        for r, g, b in zip(*(np.rint(c).astype(int) for c in channels), strict=True)
    ]


def paint_spectrogram(
    p: QPainter, track: SoundTrack, stretch: Stretch, top: int, height: int, colors: list[int]
) -> None:
    """The spectrogram, low frequencies at the bottom, 0–5 kHz over the row's height."""
    first, indices = stretch.reduce_indices(track.column_ms, len(track.spectrum))
    if not len(indices):
        return
    levels = _reduce(track.spectrum[:, :SHOWN_BANDS], indices, np.maximum)
    pixels = np.ascontiguousarray(levels.T[::-1])  # rows: high frequencies first
    rows, width = pixels.shape
    image = QImage(pixels.data, width, rows, width, QImage.Format.Format_Indexed8)
    image.setColorTable(colors)
    p.drawImage(QRect(first, top, width, height), image)  # pixels outlive the call
