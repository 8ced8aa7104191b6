"""The timeline, driven by mouse and wheel: seek, select, zoom, drag an edge and undo it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent, QUndoStack, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from attachcoder.core import Session
from attachcoder.core.session import Media
from attachcoder.gui.editing.document import Document
from attachcoder.gui.timeline.qt_timeline import QtTimeline
from attachcoder.gui.timeline.timeline_paint import LABEL_W, ROW_H
from attachcoder.io.session.file import default_scheme

ATTUNED = QColor("#009E73")
MISATTUNED = QColor("#D55E00")
PLAY = QColor("#0072B2")
STILL_FACE = QColor("#CC79A7")


@pytest.fixture
def session() -> Session:
    s = Session(
        default_scheme(),
        duration_ms=60_000,
        media=[Media("demo.mp4", duration_ms=60_000, fps=25.0)],
    )
    s.code("Interaction", "attuned", 0)
    s.code("Interaction", "misattuned", 4000)
    s.code("Interaction", "attuned", 6000)
    s.code("Interaction", "attuned", 10_000)  # closes it: attuned 6000–10000
    s.code("Phase", "play", 0)
    s.code("Phase", "still-face", 20_000)
    s.code("Marks", "infant bid", 5000)
    return s


@pytest.fixture
def timeline(qtbot: QtBot, session: Session) -> Iterator[QtTimeline]:
    doc = Document(session, None)  # drags go where the window's go (no file: no journal)
    signals, stack = doc.signals, doc.undo_stack
    tl = QtTimeline(session, signals, doc)
    tl.resize(LABEL_W + 600, 160)
    tl.show()
    qtbot.addWidget(tl)
    qtbot.waitExposed(tl)
    tl.zoom_to(20.0, 0)  # 20 ms per pixel: 12 s across
    tl.scroll_to(0)
    tl.stack = stack  # type: ignore[attr-defined]
    tl.signals = signals  # type: ignore[attr-defined]
    yield tl
    doc.close(discard=True)


def grab(tl: QtTimeline) -> QImage:
    return tl.canvas.grab().toImage()


def pixel(tl: QtTimeline, layer: str, ms: int, dy: int = 5) -> QColor:
    y = tl.row_rect(layer).top() + dy
    return grab(tl).pixelColor(tl.x_for_ms(ms) + 2, y)


def mid_y(tl: QtTimeline, layer: str) -> int:
    return tl.row_rect(layer).center().y()


def send_mouse(widget, kind, pos: QPoint, buttons, button=Qt.MouseButton.LeftButton, mods=None):  # type: ignore[no-untyped-def]
    mods = mods or Qt.KeyboardModifier.NoModifier
    ev = QMouseEvent(kind, QPointF(pos), widget.mapToGlobal(QPointF(pos)), button, buttons, mods)
    QApplication.sendEvent(widget, ev)


def drag(tl: QtTimeline, start: QPoint, end: QPoint, mods=None) -> None:  # type: ignore[no-untyped-def]
    """Press, move in a few steps holding the button, release: a person's drag."""
    c = tl.canvas
    left = Qt.MouseButton.LeftButton
    send_mouse(c, QMouseEvent.Type.MouseButtonPress, start, left, mods=mods)
    for k in range(1, 5):
        p = start + (end - start) * (k / 4)
        send_mouse(c, QMouseEvent.Type.MouseMove, p, left, Qt.MouseButton.NoButton, mods)
    send_mouse(c, QMouseEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton, left, mods)


def test_episodes_are_drawn_in_their_scheme_colours(timeline: QtTimeline) -> None:
    assert pixel(timeline, "Interaction", 1000) == ATTUNED
    assert pixel(timeline, "Interaction", 4500) == MISATTUNED
    assert pixel(timeline, "Phase", 8000) == PLAY
    # the Marks row shows a tick at 5 s and nothing a second later
    img = grab(timeline)
    y = mid_y(timeline, "Marks")
    assert img.pixelColor(timeline.x_for_ms(5000), y) == QColor("#F0E442")
    assert img.pixelColor(timeline.x_for_ms(6000), y) != QColor("#F0E442")
    # rows follow the scheme's layer order
    tops = [timeline.row_rect(n).top() for n in ("Interaction", "Phase", "Marks")]
    assert tops == sorted(tops) and tops[1] - tops[0] == ROW_H


def test_click_seeks_and_selects(timeline: QtTimeline, qtbot: QtBot) -> None:
    x = timeline.x_for_ms(3000)
    with (
        qtbot.waitSignal(timeline.seekRequested) as seek,
        qtbot.waitSignal(timeline.episodeSelected) as sel,
    ):
        qtbot.mouseClick(
            timeline.canvas,
            Qt.MouseButton.LeftButton,
            pos=QPoint(x, mid_y(timeline, "Interaction")),
        )
    assert seek.args == [3000]
    first = timeline.session.layer_episodes("Interaction")[0]
    assert sel.args == [first.id]
    assert timeline.selected_episode == first.id
    # clicking on the ruler seeks too
    with qtbot.waitSignal(timeline.seekRequested) as seek:
        qtbot.mouseClick(
            timeline.canvas, Qt.MouseButton.LeftButton, pos=QPoint(timeline.x_for_ms(7000), 5)
        )
    assert seek.args == [7000]


def test_select_episode_highlights_scrolls_and_does_not_echo(
    timeline: QtTimeline, qtbot: QtBot
) -> None:
    [_, still] = timeline.session.layer_episodes("Phase")
    emitted: list[str] = []
    timeline.episodeSelected.connect(emitted.append)
    timeline.set_playhead(30_000)  # still-face runs from 20 s up to the playhead
    timeline.scroll_to(40_000)
    timeline.select_episode(still.id)  # outside the view: it scrolls there
    start, end = timeline.visible_range()
    assert start <= 20_000 < end
    y = timeline.row_rect("Phase").top() + 4  # the outline lies just inside the bar's top
    assert grab(timeline).pixelColor(timeline.x_for_ms(22_000), y) == QColor("#000000")
    assert emitted == []
    timeline.select_episode(None)
    assert timeline.selected_episode is None


def test_zoom_with_buttons_ctrl_wheel_and_zoom_to(timeline: QtTimeline, qtbot: QtBot) -> None:
    before = timeline.ms_per_px
    qtbot.mouseClick(timeline.zoom_in_button, Qt.MouseButton.LeftButton)
    assert timeline.ms_per_px == pytest.approx(before / 1.25)
    qtbot.mouseClick(timeline.zoom_out_button, Qt.MouseButton.LeftButton)
    assert timeline.ms_per_px == pytest.approx(before)

    # Ctrl+wheel zooms in around the mouse: the time under it stays under it
    x = timeline.x_for_ms(4000)
    pos = QPointF(x, mid_y(timeline, "Interaction"))
    ev = QWheelEvent(
        pos, timeline.canvas.mapToGlobal(pos), QPoint(), QPoint(0, 240),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(timeline.canvas, ev)
    assert timeline.ms_per_px == pytest.approx(before / 1.25**2)
    assert abs(timeline.ms_for_x(x) - 4000) <= timeline.ms_per_px

    # a plain wheel scrolls instead
    start = timeline.visible_range()[0]
    ev = QWheelEvent(
        pos, timeline.canvas.mapToGlobal(pos), QPoint(), QPoint(0, -120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(timeline.canvas, ev)
    assert timeline.visible_range()[0] > start

    timeline.zoom_to(1.0, 5000)
    assert timeline.ms_per_px == 1.0
    assert timeline.x_for_ms(5000) >= LABEL_W
    # a frame (40 ms) is now 40 px wide: the misattuned/attuned edge at 6 s is far from 5 s
    timeline.fit()
    assert timeline.visible_range()[1] >= 60_000


def test_scrollbar_moves_the_view(timeline: QtTimeline) -> None:
    timeline.scrollbar.setValue(10_000)
    assert timeline.visible_range()[0] == 10_000
    assert pixel(timeline, "Phase", 15_000) == PLAY
    assert timeline.x_for_ms(15_000) == LABEL_W + 250


def test_dragging_an_edge_is_one_undoable_edit(timeline: QtTimeline, qtbot: QtBot) -> None:
    s = timeline.session
    stack: QUndoStack = timeline.stack  # type: ignore[attr-defined]
    y = mid_y(timeline, "Interaction")
    # the boundary at 4 s is shared by attuned (0–4) and misattuned (4–6): both move
    drag(timeline, QPoint(timeline.x_for_ms(4000), y), QPoint(timeline.x_for_ms(3000), y))
    assert [(e.code, e.onset_ms, e.offset_ms) for e in s.layer_episodes("Interaction")][:2] == [
        ("attuned", 0, 3000),
        ("misattuned", 3000, 6000),
    ]
    assert stack.count() == 1
    assert pixel(timeline, "Interaction", 3500) == MISATTUNED
    stack.undo()
    assert [(e.onset_ms, e.offset_ms) for e in s.layer_episodes("Interaction")][:2] == [
        (0, 4000),
        (4000, 6000),
    ]
    assert pixel(timeline, "Interaction", 3500) == ATTUNED
    stack.redo()
    assert s.layer_episodes("Interaction")[1].onset_ms == 3000


def test_a_dragged_edge_snaps_to_frame_starts(timeline: QtTimeline) -> None:
    s = timeline.session
    y = mid_y(timeline, "Interaction")
    # Shift moves one edge only: the attuned episode ending at 10 s, nothing after it
    drag(
        timeline,
        QPoint(timeline.x_for_ms(10_000), y),
        QPoint(timeline.x_for_ms(10_000) + 3, y),  # 60 ms at 20 ms/px: not a frame start
        mods=Qt.KeyboardModifier.ShiftModifier,
    )
    last = s.layer_episodes("Interaction")[-1]
    assert last.offset_ms is not None and last.offset_ms % 40 == 0
    assert last.offset_ms in (10_040, 10_080)


def test_a_dragged_edge_snaps_to_the_videos_real_frames(timeline: QtTimeline) -> None:
    from attachcoder.core.frame_times import FrameTimes

    # a variable-rate video: 25 fps up to 10 s, then 7 frames 150 ms apart
    starts = [i * 40 for i in range(250)] + [10_000 + k * 150 for k in range(7)]
    timeline.set_frame_times(FrameTimes(starts))
    s = timeline.session
    y = mid_y(timeline, "Interaction")
    drag(
        timeline,
        QPoint(timeline.x_for_ms(10_000), y),
        QPoint(timeline.x_for_ms(10_000) + 14, y),  # 280 ms: nearest real frame 10 300
        mods=Qt.KeyboardModifier.ShiftModifier,
    )
    last = s.layer_episodes("Interaction")[-1]
    assert last.offset_ms == 10_300  # not 10 280, the 25 fps grid's


def test_a_refused_drag_says_why_and_snaps_back(timeline: QtTimeline, qtbot: QtBot) -> None:
    s = timeline.session
    before = sorted(s.iter_episodes())
    y = mid_y(timeline, "Interaction")
    # drag misattuned's onset (shared with attuned at 4 s) past attuned's own start: the
    # earlier episode would end before it begins
    with qtbot.waitSignal(timeline.editRefused) as refused:
        drag(timeline, QPoint(timeline.x_for_ms(4000), y), QPoint(LABEL_W + 1, y))
    assert "not after" in refused.args[0]
    assert sorted(s.iter_episodes()) == before
    assert timeline.stack.count() == 0  # type: ignore[attr-defined]
    assert pixel(timeline, "Interaction", 3500) == ATTUNED  # snapped back


def test_dragging_into_a_neighbour_is_refused(qtbot: QtBot) -> None:
    s = Session(default_scheme(), duration_ms=20_000)
    s.code("Interaction", "attuned", 1000)
    s.code("Interaction", "attuned", 3000)
    s.code("Interaction", "misattuned", 5000)
    s.code("Interaction", "misattuned", 8000)
    doc = Document(s, None)
    tl = QtTimeline(s, None, doc)
    tl.resize(LABEL_W + 600, 160)
    tl.show()
    qtbot.addWidget(tl)
    tl.zoom_to(20.0, 0)
    y = mid_y(tl, "Interaction")
    with qtbot.waitSignal(tl.editRefused) as refused:
        drag(tl, QPoint(tl.x_for_ms(3000), y), QPoint(tl.x_for_ms(6000), y))
    assert "overlap" in refused.args[0]
    assert s.layer_episodes("Interaction")[0].offset_ms == 3000


def test_the_view_follows_session_changes(timeline: QtTimeline, qtbot: QtBot) -> None:
    s = timeline.session
    empty = pixel(timeline, "Interaction", 11_000)
    assert empty != ATTUNED
    # from elsewhere (a key press, the table): misattuned 10.5–12 s
    s.code("Interaction", "misattuned", 10_500)
    s.code("Interaction", "misattuned", 12_000)
    qtbot.waitUntil(lambda: pixel(timeline, "Interaction", 11_000) == MISATTUNED)
    # a running state is drawn, lighter, up to the playhead and not beyond
    s.code("Interaction", "attuned", 13_000)
    timeline.set_playhead(14_000)
    running = pixel(timeline, "Interaction", 13_500)
    assert running not in (ATTUNED, empty)
    assert running.green() > running.red()  # still reads as attuned's green
    assert pixel(timeline, "Interaction", 14_500) == empty
    timeline.set_playhead(15_000)
    assert pixel(timeline, "Interaction", 14_500) == running


def test_a_scheme_change_relays_out_the_rows(timeline: QtTimeline) -> None:
    s = timeline.session
    from attachcoder.core.scheme_edit import SchemeDraft

    draft = SchemeDraft(s.scheme)
    draft.move_layer(2, -2)  # Marks first
    draft.layers[1].name = "Dyad"
    s.apply(draft.analyse(s).change)
    assert timeline.row_rect("Marks").top() < timeline.row_rect("Dyad").top()
    assert timeline.row_rect("Interaction").isNull()
    assert pixel(timeline, "Dyad", 1000) == ATTUNED


def test_playhead_updates_paint_only_what_is_near_it(qtbot: QtBot) -> None:
    """Per-frame work must not grow with the session: count the episodes a repaint touches."""
    s = Session(default_scheme(), duration_ms=0)
    for k in range(5000):
        s.code("Interaction", "attuned" if k % 2 else "misattuned", k * 200)
        s.code("Marks", "infant bid", k * 200 + 50)
    tl = QtTimeline(s, None, None)
    tl.resize(LABEL_W + 600, 160)
    tl.show()
    qtbot.addWidget(tl)
    qtbot.waitExposed(tl)
    tl.set_follow_playhead(False)
    tl.zoom_to(20.0, 0)

    touched: list[int] = []
    original = s.episodes_between

    def counting(layer: str, start: int, end: int) -> list:  # type: ignore[type-arg]
        out = original(layer, start, end)
        touched.append(len(out))
        return out

    s.episodes_between = counting  # type: ignore[method-assign]
    tl.canvas.update()  # a full repaint, for comparison
    qtbot.waitUntil(lambda: len(touched) >= 3)
    full = sum(touched)
    assert full > 50
    tl.set_playhead(5000)
    qtbot.waitUntil(lambda: len(touched) >= 6)
    touched.clear()
    tl.set_playhead(5040)
    qtbot.waitUntil(lambda: len(touched) >= 3)
    assert sum(touched) <= 6  # a strip a few pixels wide: one or two episodes per row


def test_double_click_activates_an_episode(timeline: QtTimeline, qtbot: QtBot) -> None:
    pos = QPoint(timeline.x_for_ms(5000), mid_y(timeline, "Interaction"))
    with qtbot.waitSignal(timeline.episodeActivated) as activated:
        qtbot.mouseDClick(timeline.canvas, Qt.MouseButton.LeftButton, pos=pos)
    [mis] = [e for e in timeline.session.iter_episodes() if e.code == "misattuned"]
    assert activated.args == [mis.id]


def test_a_point_can_be_dragged_and_undone(timeline: QtTimeline) -> None:
    s = timeline.session
    stack: QUndoStack = timeline.stack  # type: ignore[attr-defined]
    y = mid_y(timeline, "Marks")
    drag(timeline, QPoint(timeline.x_for_ms(5000), y), QPoint(timeline.x_for_ms(5400), y))
    assert [e.onset_ms for e in s.layer_episodes("Marks")] == [5400]
    assert stack.undoText().startswith("Move onset of infant bid")
    stack.undo()
    assert [e.onset_ms for e in s.layer_episodes("Marks")] == [5000]


def test_zoomed_far_out_rows_are_drawn_per_pixel_column(qtbot: QtBot) -> None:
    """Past a quarter second per pixel, drawing follows the width, not the episode count."""
    s = Session(default_scheme(), duration_ms=0)
    for k in range(5000):
        s.code("Interaction", "attuned" if k % 2 else "misattuned", k * 200)
    s.code("Interaction", "misattuned", 1_000_000)
    s.code("Interaction", "attuned", 1_200_000)  # misattuned 1000–1200 s: 400 px at 500
    tl = QtTimeline(s, None, None)
    tl.resize(LABEL_W + 600, 160)
    tl.show()
    qtbot.addWidget(tl)
    qtbot.waitExposed(tl)
    tl.zoom_to(500.0, 0)
    tl.scroll_to(950_000)
    lookups: list[int] = []
    original = s.active_in

    def counting(layer: str, t: int):  # type: ignore[no-untyped-def]
        lookups.append(t)
        return original(layer, t)

    s.active_in = counting  # type: ignore[method-assign]
    img = tl.canvas.grab().toImage()
    y = tl.row_rect("Interaction").top() + 5
    assert img.pixelColor(tl.x_for_ms(1_100_000), y) == MISATTUNED
    # 200 ms episodes: each column shows the one in its middle
    assert img.pixelColor(tl.x_for_ms(990_000), y) in (ATTUNED, MISATTUNED)
    assert len(lookups) <= 2 * tl.canvas.width()  # two state layers, one look-up per column
