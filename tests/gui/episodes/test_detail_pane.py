"""Notes and modifiers in sight: the columns fit a 1366-px window, the selected episode's note
and modifiers are shown whole under the table and edited there (one undo step each), and a
modifier left unset is marked in the table and counted in the status bar until it is set."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox

from attachcoder.gui.episodes.episode_detail import NOT_SET
from attachcoder.gui.episodes.episode_model import UNSET_COLOR, Column

FRAME_MS = 40
CTRL = Qt.KeyboardModifier.ControlModifier


def _press(qtbot, w, key) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget() or w, key)


def _step_to(qtbot, w, frame: int) -> None:  # type: ignore[no-untyped-def]
    w.player.seek(frame * FRAME_MS)
    qtbot.waitUntil(lambda: w.player.current_frame == frame, timeout=5000)


def _at_1366(qtbot, w) -> None:  # type: ignore[no-untyped-def]
    w.resize(1366, 768)
    qtbot.waitUntil(lambda: w.width() == 1366 and w.height() == 768)
    view = w.table.view
    qtbot.waitUntil(lambda: view.horizontalHeader().length() <= view.viewport().width())


def _choose(qtbot, combo: QComboBox, text: str) -> None:
    """Open the list with a click and pick the value with the arrow keys and Enter (a click
    on an item straight after opening counts as the opening click's release)."""
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    popup = combo.view()
    qtbot.waitUntil(popup.isVisible)
    target = combo.findText(text)
    assert target >= 0
    while popup.currentIndex().row() != target:
        key = Qt.Key.Key_Down if popup.currentIndex().row() < target else Qt.Key.Key_Up
        qtbot.keyClick(popup, key)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())


def test_the_columns_fit_a_1366_px_window_and_the_pane_shows_note_and_modifiers(
    qtbot, make_window, sample_session_file
):
    w = make_window(sample_session_file)
    _at_1366(qtbot, w)
    view, header = w.table.view, w.table.view.horizontalHeader()
    shown = [c for c in Column if not view.isColumnHidden(c)]
    assert sum(header.sectionSize(c) for c in shown) <= view.viewport().width()
    for col in (Column.NOTE, Column.MODIFIERS):  # in the table, or whole in the pane
        assert col not in shown or header.sectionSize(col) >= 56
    assert w.table.detail.isVisible() and w.table.detail.width() >= view.width() - 2

    session = w.document.session
    repair = next(e for e in session.episodes() if e.code == "repair")
    w.table.select_episode(repair.id)
    detail = w.table.detail
    assert detail.episode_id == repair.id
    assert "repair" in detail.title.text()
    combo = detail.combo("initiator")
    assert combo is not None and combo.currentText() == repair.modifiers["initiator"]
    values = session.scheme.layer("Interaction").code("repair").modifiers[0].values
    assert [combo.itemText(i) for i in range(combo.count())] == [NOT_SET, *values]

    # the window shrunk to a narrow one: Modifiers, then Note, leave the table for the pane
    w.resize(900, 700)
    qtbot.waitUntil(lambda: view.horizontalHeader().length() <= view.viewport().width())
    assert view.isColumnHidden(Column.MODIFIERS)


def test_note_and_initiator_are_edited_in_the_pane_one_undo_step_each(
    qtbot, make_window, empty_session_file
):
    w = make_window(empty_session_file)
    _at_1366(qtbot, w)
    session, stack = w.document.session, w.document.undo_stack
    status = w.table.unset_count

    # code as a coder does: two repairs left without their initiator
    for frame, key in ((25, "1"), (50, "3"), (75, "1"), (100, "3"), (125, "1")):
        _step_to(qtbot, w, frame)
        _press(qtbot, w, key)
    assert not w.modifier_bar.isVisible()  # the code after each repair closed its bar
    repairs = [e for e in session.episodes() if e.code == "repair"]
    assert len(repairs) == 2 and all(not e.modifiers for e in repairs)
    assert status.isVisible() and status.summary() == "2 repairs without initiator"
    assert "2 repairs without initiator" in status.text()

    # each is marked in the table, colour and words
    model = w.table.model
    for ep in repairs:
        index = model.index(model.row_of(ep.id), Column.CODE)
        assert index.data(Qt.ItemDataRole.BackgroundRole) == UNSET_COLOR
        assert "initiator not set" in index.data(Qt.ItemDataRole.ToolTipRole)
        assert "initiator: ?" in model.index(index.row(), Column.MODIFIERS).data()
    attuned = next(e for e in session.episodes() if e.code == "attuned")
    assert (
        model.index(model.row_of(attuned.id), Column.CODE).data(Qt.ItemDataRole.BackgroundRole)
        is None
    )

    # a click on the count selects the first repair; its initiator is chosen in the pane
    qtbot.mouseClick(status, Qt.MouseButton.LeftButton, pos=QPoint(8, status.height() // 2))
    detail = w.table.detail
    assert w.table.selected_episode_ids() == [repairs[0].id] == [detail.episode_id]
    combo = detail.combo("initiator")
    assert combo is not None and combo.currentText() == NOT_SET
    steps = stack.count()
    _choose(qtbot, combo, "infant")
    assert session.episode(repairs[0].id).modifiers == {"initiator": "infant"}
    assert stack.count() == steps + 1
    assert status.summary() == "1 repair without initiator"
    index = model.index(model.row_of(repairs[0].id), Column.CODE)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is None

    # the note: several lines, typed in the pane (code keys are text there), Ctrl+Enter keeps it
    qtbot.mouseClick(detail.note.viewport(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(detail.note.hasFocus)
    qtbot.keyClicks(detail.note, "infant looks 1st")
    qtbot.keyClick(detail.note, Qt.Key.Key_Return)
    qtbot.keyClicks(detail.note, "then smiles")
    assert len(session) == 5  # "1" and "3" typed text, not codes
    qtbot.keyClick(detail.note, Qt.Key.Key_Return, CTRL)
    assert session.episode(repairs[0].id).note == "infant looks 1st\nthen smiles"
    assert stack.count() == steps + 2
    assert not detail.note.hasFocus()  # back to coding
    assert model.index(model.row_of(repairs[0].id), Column.NOTE).data() == (
        "infant looks 1st then smiles"
    )

    # undo takes back the note, then the initiator, one step each; the pane follows
    qtbot.keyClick(w, Qt.Key.Key_Z, CTRL)
    assert session.episode(repairs[0].id).note == "" and detail.note.toPlainText() == ""
    qtbot.keyClick(w, Qt.Key.Key_Z, CTRL)
    assert session.episode(repairs[0].id).modifiers == {}
    assert combo.currentText() == NOT_SET
    assert status.summary() == "2 repairs without initiator"

    # Escape in the note puts back what was there
    qtbot.mouseClick(detail.note.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(detail.note, "oops")
    qtbot.keyClick(detail.note, Qt.Key.Key_Escape)
    assert detail.note.toPlainText() == "" and session.episode(repairs[0].id).note == ""
    assert stack.index() == steps and stack.count() == steps + 2  # Escape made no step


def test_a_note_typed_then_left_for_another_episode_stays_with_its_own(
    qtbot, make_window, sample_session_file
):
    w = make_window(sample_session_file)
    session, detail = w.document.session, w.table.detail
    first, second = session.episodes()[:2]
    w.table.select_episode(first.id)
    qtbot.mouseClick(detail.note.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(detail.note, "calm start")
    w.table.select_episode(second.id)  # e.g. a click in the timeline
    assert session.episode(first.id).note == "calm start"
    assert session.episode(second.id).note == second.note
    assert detail.episode_id == second.id
