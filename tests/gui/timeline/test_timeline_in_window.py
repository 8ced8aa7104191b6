"""The timeline inside the coding window: drag and undo, zoom, click to seek, shared selection."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from user_actions import FRAME_MS, drag

from attachcoder.core.timefmt import format_ms
from attachcoder.gui.episodes.episode_model import Column
from attachcoder.gui.timeline.timeline_paint import RULER_H


def _first(session, layer: str, code: str):  # type: ignore[no-untyped-def]
    return next(e for e in session.layer_episodes(layer) if e.code == code)


def test_the_timeline_shows_the_open_session_and_follows_the_video(
    qtbot, make_window, sample_session_file
):
    w = make_window()
    assert not w.timeline.isVisible()  # no session: no timeline (the start page shows)
    w = make_window(sample_session_file)
    tl = w.timeline
    assert tl.isVisible() and tl.session is w.document.session
    assert tl.layers == ["Interaction", "Phase", "Marks"]
    w.player.seek(3000)
    qtbot.waitUntil(lambda: tl.playhead_ms == 3000, timeout=5000)
    w.close_document(discard=True)
    assert not tl.isVisible() and tl.session is not None and len(tl.session) == 0


def test_drag_a_shared_edge_then_undo_and_redo_it(qtbot, make_window, sample_session_file):
    w = make_window(sample_session_file)
    tl, session = w.timeline, w.document.session
    attuned = _first(session, "Interaction", "attuned")
    misattuned = _first(session, "Interaction", "misattuned")
    assert attuned.offset_ms == misattuned.onset_ms == 13_240
    tl.zoom_to(40.0, 0)
    tl.scroll_to(0)
    y = tl.row_rect("Interaction").center().y()
    drag(tl.canvas, QPoint(tl.x_for_ms(13_240), y), QPoint(tl.x_for_ms(14_000), y))

    # one edit moved both sides of the boundary, snapped to a frame start
    assert session.episode(attuned.id).offset_ms == 14_000
    assert session.episode(misattuned.id).onset_ms == 14_000
    assert w.document.undo_stack.count() == 1 and w.isWindowModified()
    row = w.table.proxy_index(misattuned.id, Column.ONSET)
    assert row.data() == format_ms(14_000)  # the table followed

    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Edit ▸ Undo
    assert session.episode(attuned.id) == attuned
    assert session.episode(misattuned.id) == misattuned
    assert w.table.proxy_index(misattuned.id, Column.ONSET).data() == format_ms(13_240)
    assert not w.isWindowModified()
    qtbot.keyClick(w, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # Edit ▸ Redo
    assert session.episode(misattuned.id).onset_ms == 14_000


def test_a_refused_drag_is_reported_in_the_status_bar(qtbot, make_window, sample_session_file):
    w = make_window(sample_session_file)
    tl, session = w.timeline, w.document.session
    attuned = _first(session, "Interaction", "attuned")
    tl.zoom_to(40.0, 0)
    tl.scroll_to(0)
    y = tl.row_rect("Interaction").center().y()
    # Shift: the edge alone; pulled past the next episode's onset, it would overlap it
    left = Qt.MouseButton.LeftButton
    shift = Qt.KeyboardModifier.ShiftModifier
    start, end = QPoint(tl.x_for_ms(13_240), y), QPoint(tl.x_for_ms(15_000), y)
    qtbot.mousePress(tl.canvas, left, shift, start)
    qtbot.mouseMove(tl.canvas, end)
    qtbot.mouseRelease(tl.canvas, left, shift, end)
    assert session.episode(attuned.id) == attuned
    assert w.document.undo_stack.count() == 0
    assert "overlap" in w.statusBar().currentMessage()


def test_zoom_with_buttons_and_ctrl_wheel_is_remembered(qtbot, make_window, sample_session_file):
    w = make_window(sample_session_file)
    tl = w.timeline
    before = tl.ms_per_px
    qtbot.mouseClick(tl.zoom_in_button, Qt.MouseButton.LeftButton)
    assert tl.ms_per_px < before
    pos = QPointF(tl.canvas.width() / 2, RULER_H + 5)
    wheel = QWheelEvent(pos, tl.canvas.mapToGlobal(pos), QPoint(0, 0), QPoint(0, -240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
    QApplication.sendEvent(tl.canvas, wheel)
    zoomed_out = tl.ms_per_px
    assert zoomed_out > before
    assert w.settings.timeline_ms_per_px == zoomed_out  # kept for the next session
    qtbot.mouseClick(tl.fit_button, Qt.MouseButton.LeftButton)
    start, end = tl.visible_range()
    assert start == 0 and end >= w.document.session.duration_ms


def test_a_click_in_the_timeline_seeks_the_video(qtbot, make_window, sample_session_file):
    w = make_window(sample_session_file)
    tl = w.timeline
    tl.zoom_to(40.0, 0)
    tl.scroll_to(0)
    x = tl.x_for_ms(10_000)
    qtbot.mouseClick(tl.canvas, Qt.MouseButton.LeftButton, pos=QPoint(x, RULER_H // 2))
    qtbot.waitUntil(lambda: w.player.current_ms == 10_000, timeout=5000)
    assert tl.playhead_ms == 10_000
    assert w.transport.frame_label.text() == f"frame {10_000 // FRAME_MS}"


def test_selection_is_shared_between_table_and_timeline(qtbot, make_window, sample_session_file):
    w = make_window(sample_session_file)
    tl, session = w.timeline, w.document.session
    tl.zoom_to(40.0, 0)
    tl.scroll_to(0)
    misattuned = _first(session, "Interaction", "misattuned")
    y = tl.row_rect("Interaction").center().y()
    qtbot.mouseClick(tl.canvas, Qt.MouseButton.LeftButton, pos=QPoint(tl.x_for_ms(15_000), y))
    assert tl.selected_episode == misattuned.id
    assert w.table.selected_episode_ids() == [misattuned.id]

    # the other way: a click on a row of the table highlights (and shows) it in the timeline
    later = next(e for e in session.layer_episodes("Interaction") if e.onset_ms > 120_000)
    index = w.table.proxy_index(later.id, Column.CODE)
    w.table.view.scrollTo(index)
    rect = w.table.view.visualRect(index)
    qtbot.mouseClick(w.table.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tl.selected_episode == later.id
    start, end = tl.visible_range()
    assert start <= later.onset_ms < end


def test_double_click_in_the_timeline_jumps_to_the_onset(qtbot, make_window, sample_session_file):
    w = make_window(sample_session_file)
    tl, session = w.timeline, w.document.session
    tl.zoom_to(40.0, 0)
    tl.scroll_to(0)
    misattuned = _first(session, "Interaction", "misattuned")
    y = tl.row_rect("Interaction").center().y()
    qtbot.mouseDClick(tl.canvas, Qt.MouseButton.LeftButton, pos=QPoint(tl.x_for_ms(16_000), y))
    qtbot.waitUntil(lambda: w.player.current_ms == misattuned.onset_ms, timeout=5000)
