"""The comparison on the timeline: a band under each row with the second coding, dark marks
where the codings disagree, thin grey ones where the tolerance forgave the difference — drawn
only for the visible span."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from attachcoder.analysis.agreement import compare_sessions
from attachcoder.core import Session
from attachcoder.core.session import Media
from attachcoder.gui.compare.compare_overlay import (
    _FORGIVEN_TOP,
    _MARK_TOP,
    BAND_H,
    DISAGREE_COLOR,
    FORGIVEN_COLOR,
    MISSING_COLOR,
    ComparisonOverlay,
    Segments,
)
from attachcoder.gui.editing.document import Document
from attachcoder.gui.timeline.qt_timeline import QtTimeline
from attachcoder.gui.timeline.timeline_paint import LABEL_W, ROW_H
from attachcoder.io.session.file import default_scheme

ATTUNED = QColor("#009E73")
MISATTUNED = QColor("#D55E00")
INFANT_BID = QColor("#F0E442")
MEDIA = [Media("demo.mp4", sha256="ab" * 32, duration_ms=60_000, fps=25.0)]


def coding(*states: tuple[str, int], end: int = 30_000) -> Session:
    s = Session(default_scheme(), duration_ms=60_000, media=MEDIA)
    for code, at in states:
        s.code("Interaction", code, at)
    s.stop("Interaction", end)
    s.code("Phase", "play", 0)
    s.stop("Phase", end)
    return s


@pytest.fixture
def pair() -> tuple[Session, Session]:
    """A: attuned 0–10, misattuned 10–20, repair 20–25, attuned 25–30 (s).
    B: attuned 0–11, misattuned 11–20, attuned 20–30, and an infant bid at 5 s."""
    a = coding(("attuned", 0), ("misattuned", 10_000), ("repair", 20_000), ("attuned", 25_000))
    b = coding(("attuned", 0), ("misattuned", 11_000), ("attuned", 20_000))
    b.add_point("Marks", "infant bid", 5000)
    return a, b


@pytest.fixture
def timeline(qtbot: QtBot, pair: tuple[Session, Session]) -> Iterator[QtTimeline]:
    a, _b = pair
    doc = Document(a, None)
    tl = QtTimeline(a, doc.signals, doc)
    tl.resize(LABEL_W + 600, 220)
    tl.show()
    qtbot.addWidget(tl)
    qtbot.waitExposed(tl)
    tl.set_follow_playhead(False)
    tl.zoom_to(50.0, 0)  # 50 ms per pixel: 30 s across
    tl.scroll_to(0)
    yield tl
    doc.close(discard=True)


def overlay_for(a: Session, b: Session, tolerance: str = "1s") -> ComparisonOverlay:
    report = compare_sessions(a, b, tolerance=tolerance)
    ov = ComparisonOverlay(b, "C2")
    ov.set_disagreements(
        {la.layer: la.time_units.disagreements for la in report.layers},
        compared=[la.layer for la in report.layers],
    )
    return ov


def grab(tl: QtTimeline) -> QImage:
    return tl.canvas.grab().toImage()


def test_the_marks_follow_the_time_unit_analysis(pair: tuple[Session, Session]) -> None:
    a, b = pair
    ov = overlay_for(a, b, tolerance="1s")
    # unit 10 (A misattuned, B attuned; A has attuned a unit before): forgiven; units 20–23
    # (A repair, B attuned): disagree; unit 24 (A attuned a unit later): forgiven
    assert ov.marks("Interaction") == ([(20_000, 24_000)], [(10_000, 11_000), (24_000, 25_000)])
    assert ov.marks("Phase") == ([], [])
    no_tolerance = overlay_for(a, b, tolerance="0s")
    assert no_tolerance.marks("Interaction") == ([(10_000, 11_000), (20_000, 25_000)], [])


def test_segments_merge_and_search() -> None:
    s = Segments([(50, 60), (0, 10), (10, 20), (30, 40), (35, 45), (70, 70)])
    assert s.spans() == [(0, 20), (30, 45), (50, 60)]
    assert s.first_ending_after(20) == 1 and s.first_ending_after(19) == 0


def test_the_band_shows_the_second_coding_and_the_marks(
    timeline: QtTimeline, pair: tuple[Session, Session]
) -> None:
    a, b = pair
    tl = timeline
    assert tl.row_rect("Phase").top() - tl.row_rect("Interaction").top() == ROW_H
    height_before = tl.canvas.minimumHeight()
    tl.set_comparison(overlay_for(a, b))
    assert tl.row_rect("Phase").top() - tl.row_rect("Interaction").top() == ROW_H + BAND_H
    assert tl.canvas.minimumHeight() == height_before + 3 * BAND_H
    band = tl.band_rect("Interaction")
    assert band.top() == tl.row_rect("Interaction").bottom() + 1 and band.height() == BAND_H

    img = grab(tl)
    row_y = tl.row_rect("Interaction").top() + 5  # above the code's name
    bar_y = band.top() + 6
    mark_y = band.top() + _MARK_TOP + 2
    forgiven_y = band.top() + _FORGIVEN_TOP + 1

    def at(ms: int, y: int) -> QColor:
        return img.pixelColor(tl.x_for_ms(ms), y)

    # 10.5 s: this coding says misattuned (row), the other attuned (band)
    assert at(10_500, row_y) == MISATTUNED
    assert at(10_500, bar_y) == ATTUNED
    assert at(15_000, bar_y) == MISATTUNED
    # the marks: disagreement 20–24 s dark, forgiven 10–11 s and 24–25 s thin grey, none at 5 s
    assert at(22_000, mark_y) == DISAGREE_COLOR
    assert at(10_500, forgiven_y) == FORGIVEN_COLOR
    assert at(24_500, forgiven_y) == FORGIVEN_COLOR
    assert at(24_500, mark_y + 3) != DISAGREE_COLOR  # thinner than a disagreement
    base = tl.canvas.palette().base().color()
    assert at(5000, mark_y) == base and at(5000, forgiven_y) == base
    # the other coding's point, in the Marks band
    marks_band = tl.band_rect("Marks")
    column = [
        img.pixelColor(tl.x_for_ms(5000), y) for y in range(marks_band.top(), marks_band.bottom())
    ]
    assert INFANT_BID in column

    tl.set_comparison(None)
    assert tl.row_rect("Phase").top() - tl.row_rect("Interaction").top() == ROW_H
    assert tl.band_rect("Interaction").isNull()
    assert tl.canvas.minimumHeight() == height_before


def test_a_layer_not_compared_is_hatched(
    timeline: QtTimeline, pair: tuple[Session, Session]
) -> None:
    _a, b = pair
    ov = ComparisonOverlay(b, "C2")
    ov.set_disagreements({}, compared=["Interaction", "Phase"])
    timeline.set_comparison(ov)
    img = grab(timeline)
    band = timeline.band_rect("Marks")
    colors = {
        img.pixelColor(x, y).name()
        for x in range(LABEL_W + 10, LABEL_W + 40)
        for y in range(band.top() + 2, band.bottom() - 1)
    }
    assert MISSING_COLOR.name() in colors
    assert timeline.canvas.palette().base().color().name() in colors  # hatched, not filled


def test_far_zoom_draws_the_second_coding_per_column(
    timeline: QtTimeline, pair: tuple[Session, Session]
) -> None:
    a, b = pair
    timeline.set_comparison(overlay_for(a, b))
    timeline.zoom_to(400.0, 0)  # dense drawing: one look-up per pixel column
    img = grab(timeline)
    bar_y = timeline.band_rect("Interaction").top() + 6
    assert img.pixelColor(timeline.x_for_ms(5000), bar_y) == ATTUNED
    assert img.pixelColor(timeline.x_for_ms(16_000), bar_y) == MISATTUNED
    assert img.pixelColor(timeline.x_for_ms(45_000), bar_y) == timeline.canvas.palette().base()


def test_a_playhead_step_draws_only_a_strip(
    timeline: QtTimeline, pair: tuple[Session, Session], qtbot: QtBot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    timeline.set_comparison(overlay_for(a, b))
    timeline.set_playhead(10_000)
    QApplication.processEvents()  # every paint asked for so far is done
    asked: list[tuple[str, int, int]] = []
    real = b.episodes_between

    def recording(layer: str, start: int, end: int):  # type: ignore[no-untyped-def]
        asked.append((layer, start, end))
        return real(layer, start, end)

    monkeypatch.setattr(b, "episodes_between", recording)
    timeline.set_playhead(10_040)  # one frame on
    qtbot.waitUntil(lambda: len(asked) > 0, timeout=2000)
    widest = max(end - start for _layer, start, end in asked)
    assert widest <= 20 * timeline.ms_per_px  # a strip of a few pixels, not the 30 s shown


def test_a_click_in_the_band_seeks_and_edits_nothing(
    timeline: QtTimeline, pair: tuple[Session, Session], qtbot: QtBot
) -> None:
    a, b = pair
    timeline.set_comparison(overlay_for(a, b))
    before = sorted(a.iter_episodes())
    pos = QPoint(timeline.x_for_ms(10_000), timeline.band_rect("Interaction").center().y())
    assert timeline.edge_at(pos) is None and timeline.episode_at(pos) is None
    with qtbot.waitSignal(timeline.seekRequested) as sought:
        for kind, buttons in (
            (QMouseEvent.Type.MouseButtonPress, Qt.MouseButton.LeftButton),
            (QMouseEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
        ):
            ev = QMouseEvent(
                kind,
                QPointF(pos),
                timeline.canvas.mapToGlobal(QPointF(pos)),
                Qt.MouseButton.LeftButton,
                buttons,
                Qt.KeyboardModifier.NoModifier,
            )
            QApplication.sendEvent(timeline.canvas, ev)
    assert abs(sought.args[0] - 10_000) <= timeline.ms_per_px
    assert timeline.selected_episode is None
    assert sorted(a.iter_episodes()) == before
