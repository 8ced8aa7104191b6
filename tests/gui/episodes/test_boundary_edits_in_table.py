"""The table edits a boundary as the timeline's drag does: at a boundary two touching states
share, a new onset moves both sides (one undo step); Shift+Enter moves the edge alone; a real
overlap is refused in a coder's words, and the refusal leaves the status bar with the next edit
that works. Driven as a person: select the cell, F2, type, Enter."""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from user_actions import drag

from attachcoder.core.timefmt import format_ms
from attachcoder.gui.episodes.episode_model import EDGE_TIP, Column

ID = re.compile(r"'e\d+'|\be\d+\b")
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _first(session, layer: str, code: str):  # type: ignore[no-untyped-def]
    return next(e for e in session.layer_episodes(layer) if e.code == code)


def _type_time(qtbot, w, episode_id: str, column: Column, text: str, *, shift: bool = False):  # type: ignore[no-untyped-def]
    """Select the cell, F2, type the time over what was there, Enter (Shift+Enter)."""
    view = w.table.view
    view.setCurrentIndex(w.table.proxy_index(episode_id, column))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.selectedText() == editor.text()  # the old time is selected: typing replaces it
    assert "Shift+Enter" in editor.toolTip()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return, SHIFT if shift else Qt.KeyboardModifier.NoModifier)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)


def test_an_onset_moved_earlier_at_a_shared_boundary_moves_both_as_one_undo_step(
    qtbot, make_window, sample_session_file
):
    w = make_window(sample_session_file)
    session, stack = w.document.session, w.document.undo_stack
    attuned = _first(session, "Interaction", "attuned")
    mis = _first(session, "Interaction", "misattuned")
    assert attuned.offset_ms == mis.onset_ms == 13_240  # continuous coding: they touch

    _type_time(qtbot, w, mis.id, Column.ONSET, "00:00:12.000")
    assert session.episode(mis.id).onset_ms == 12_000
    assert session.episode(attuned.id).offset_ms == 12_000  # the neighbour followed
    assert stack.count() == 1
    assert stack.undoText() == "Move onset of misattuned to 00:00:12.000 (and offset of attuned)"
    assert w.table.proxy_index(attuned.id, Column.OFFSET).data() == format_ms(12_000)
    assert session.problems() == []

    # later, from the other side: the attuned's offset takes the misattuned's onset with it
    _type_time(qtbot, w, attuned.id, Column.OFFSET, "00:00:14.000")
    assert session.episode(mis.id).onset_ms == session.episode(attuned.id).offset_ms == 14_000
    assert stack.count() == 2

    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Edit ▸ Undo
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.episode(attuned.id) == attuned and session.episode(mis.id) == mis
    assert not w.isWindowModified()


def test_shift_enter_moves_the_edge_alone_and_an_overlap_is_refused_in_a_coders_words(
    qtbot, make_window, sample_session_file
):
    w = make_window(sample_session_file)
    session, stack = w.document.session, w.document.undo_stack
    attuned = _first(session, "Interaction", "attuned")
    mis = _first(session, "Interaction", "misattuned")

    _type_time(qtbot, w, mis.id, Column.ONSET, "00:00:14.000", shift=True)  # alone: a gap
    assert session.episode(mis.id).onset_ms == 14_000
    assert session.episode(attuned.id) == attuned
    assert stack.count() == 1 and stack.undoText() == "Move onset of misattuned to 00:00:14.000"

    # alone and into the attuned before it: a real overlap, refused
    _type_time(qtbot, w, mis.id, Column.ONSET, "00:00:10.000", shift=True)
    message = w.statusBar().currentMessage()
    assert "misattuned 00:00:10.000–00:00:18.160 would overlap" in message
    assert "attuned 00:00:00.000–00:00:13.240" in message
    assert not ID.search(message), message  # never an internal id
    assert session.episode(mis.id).onset_ms == 14_000 and stack.count() == 1

    # the next edit that works takes the refusal off the status bar
    _type_time(qtbot, w, mis.id, Column.ONSET, "00:00:13.500", shift=True)
    assert session.episode(mis.id).onset_ms == 13_500
    assert w.statusBar().currentMessage() == ""

    # pushed past the neighbour's far edge, a shared boundary is refused too, and says why
    _type_time(qtbot, w, attuned.id, Column.OFFSET, "00:00:13.400")  # not touching: alone
    assert session.episode(attuned.id).offset_ms == 13_400
    _type_time(qtbot, w, attuned.id, Column.ONSET, "00:00:00.040")  # no neighbour before it
    assert session.episode(attuned.id).onset_ms == 40
    assert "overlap" not in w.statusBar().currentMessage()


def test_the_time_columns_say_how_enter_and_shift_enter_differ(make_window, sample_session_file):
    w = make_window(sample_session_file)
    model = w.table.model
    for col in (Column.ONSET, Column.OFFSET):
        assert (
            model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            == EDGE_TIP
        )
    assert "Shift+Enter" in EDGE_TIP and "timeline" in EDGE_TIP


def test_the_table_and_the_timeline_plan_the_same_edit(qtbot, make_window, sample_session_file):
    """One planning for both: a drag and a typed time at the same boundary give one result."""
    w = make_window(sample_session_file)
    session, tl = w.document.session, w.timeline
    attuned = _first(session, "Interaction", "attuned")
    mis = _first(session, "Interaction", "misattuned")
    tl.zoom_to(40.0, 0)
    tl.scroll_to(0)
    y = tl.row_rect("Interaction").center().y()
    drag(tl.canvas, QPoint(tl.x_for_ms(13_240), y), QPoint(tl.x_for_ms(12_000), y))
    dragged = (session.episode(attuned.id), session.episode(mis.id))
    assert dragged[0].offset_ms == dragged[1].onset_ms == 12_000
    assert w.document.undo_stack.count() == 1
    w.document.undo_stack.undo()
    _type_time(qtbot, w, mis.id, Column.ONSET, "00:00:12.000")
    assert (session.episode(attuned.id), session.episode(mis.id)) == dragged
    assert w.document.undo_stack.count() == 1  # the drag was undone; the typed edit is one step
