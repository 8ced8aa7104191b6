"""Modifiers and notes never cost a keystroke."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

FRAME_MS = 40


def _press(qtbot, w, key) -> None:
    qtbot.keyClick(QApplication.focusWidget() or w, key)


def _step_to(qtbot, w, frame: int) -> None:
    w.player.seek(frame * FRAME_MS)
    qtbot.waitUntil(lambda: w.player.current_frame == frame, timeout=5000)


def test_modifier_value_chosen_in_the_bar_then_the_next_code_closes_it(
    qtbot, make_window, empty_session_file
):
    w = make_window(empty_session_file)
    session = w.document.session
    _step_to(qtbot, w, 50)
    _press(qtbot, w, "3")  # repair: the bar offers initiator values, taking no focus
    repair = session.running("Interaction")
    assert repair is not None and repair.code == "repair"
    assert w.modifier_bar.isVisible() and w.modifier_bar.episode_id == repair.id
    focus_before = QApplication.focusWidget()

    qtbot.mouseClick(w.modifier_bar.button("initiator", "caregiver"), Qt.MouseButton.LeftButton)
    assert session.episode(repair.id).modifiers == {"initiator": "caregiver"}
    assert w.modifier_bar.button("initiator", "caregiver").isChecked()
    assert QApplication.focusWidget() is focus_before
    # its own undo step: undo takes back the value, not the coding
    w.document.undo_stack.undo()
    assert session.episode(repair.id).modifiers == {}
    assert not w.modifier_bar.button("initiator", "caregiver").isChecked()
    assert len(session) == 1
    w.document.undo_stack.redo()
    assert session.episode(repair.id).modifiers == {"initiator": "caregiver"}

    _step_to(qtbot, w, 80)
    _press(qtbot, w, "1")  # the next code key still codes … and closes the bar
    assert session.running("Interaction").code == "attuned"
    assert session.episode(repair.id).offset_ms == 80 * FRAME_MS
    assert QApplication.focusWidget() is focus_before
    assert not w.modifier_bar.isVisible() and w.modifier_bar.episode_id is None
    _press(qtbot, w, "b")
    assert len(session) == 3

    # an unanswered modifier stays empty; a new repair takes the bar over
    _step_to(qtbot, w, 120)
    _press(qtbot, w, "3")
    second = session.running("Interaction")
    assert w.modifier_bar.episode_id == second.id
    assert second.modifiers == {}
    _press(qtbot, w, Qt.Key.Key_Escape)
    assert not w.modifier_bar.isVisible()
    assert session.episode(second.id).modifiers == {}
    # undoing the coding of an episode removes its bar
    _step_to(qtbot, w, 130)
    _press(qtbot, w, "3")  # the running repair's own key: it stops (no bar for a stop)
    assert session.episode(second.id).offset_ms == 130 * FRAME_MS
    assert not w.modifier_bar.isVisible()
    _step_to(qtbot, w, 140)
    _press(qtbot, w, "3")
    third = session.running("Interaction")
    assert third.onset_ms == 140 * FRAME_MS and w.modifier_bar.episode_id == third.id
    w.document.undo_stack.undo()
    assert third.id not in session
    assert not w.modifier_bar.isVisible()


def test_note_pauses_video_enter_keeps_escape_leaves_none(qtbot, make_window, empty_session_file):
    w = make_window(empty_session_file)
    session = w.document.session
    _press(qtbot, w, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: w.player.current_frame >= 5, timeout=5000)
    shown = w.player.current_ms
    _press(qtbot, w, "n")
    qtbot.waitUntil(lambda: not w.player.is_playing)  # the note pauses the video
    note = next(e for e in session.episodes() if e.code == "note")
    assert note.onset_ms == shown
    assert w.note_prompt.isVisible() and QApplication.focusWidget() is w.note_prompt.edit
    qtbot.keyClicks(w.note_prompt.edit, "caregiver looks away")
    qtbot.keyClick(w.note_prompt.edit, Qt.Key.Key_Return)
    assert session.episode(note.id).note == "caregiver looks away"
    qtbot.waitUntil(lambda: w.player.is_playing)  # and plays on after the note
    assert QApplication.focusWidget() is not w.note_prompt.edit

    qtbot.waitUntil(lambda: w.player.current_frame >= 12, timeout=5000)
    _press(qtbot, w, "n")
    qtbot.waitUntil(lambda: not w.player.is_playing)
    second = max(session.episodes(), key=lambda e: e.onset_ms)
    qtbot.keyClicks(w.note_prompt.edit, "never mind")
    qtbot.keyClick(w.note_prompt.edit, Qt.Key.Key_Escape)
    assert session.episode(second.id).note == ""  # Escape: the episode stays, without a note
    assert not w.note_prompt.isVisible()
    qtbot.waitUntil(lambda: w.player.is_playing)
    _press(qtbot, w, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not w.player.is_playing)
    # undo: the note was its own step
    w.document.undo_stack.undo()  # the second note's coding
    w.document.undo_stack.undo()  # the first note's text
    assert session.episode(note.id).note == ""


def test_preference_keeps_the_video_playing_during_a_note(qtbot, make_window, empty_session_file):
    w = make_window(empty_session_file)
    w.settings.note_keeps_playing = True
    _press(qtbot, w, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: w.player.current_frame >= 3, timeout=5000)
    _press(qtbot, w, "n")
    frame = w.player.current_frame
    qtbot.waitUntil(lambda: w.player.current_frame >= frame + 5, timeout=5000)
    assert w.player.is_playing and w.note_prompt.isVisible()
    qtbot.keyClick(w.note_prompt.edit, Qt.Key.Key_Escape)
    _press(qtbot, w, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not w.player.is_playing)


def test_clicking_a_pad_button_codes_like_its_key(qtbot, make_window, empty_session_file):
    w = make_window(empty_session_file)
    _step_to(qtbot, w, 10)
    qtbot.mouseClick(w.pad.button("Phase", "play"), Qt.MouseButton.LeftButton)
    run = w.document.session.running("Phase")
    assert run is not None and run.code == "play" and run.onset_ms == 400
    assert w.pad.active()["Phase"] == "play"
    button = w.pad.button("Phase", "play")
    assert button.property("active") is True and button.text().startswith("●")


def test_the_controls_stay_put_while_a_note_prompt_opens_and_closes(
    qtbot, make_window, empty_session_file
):
    """A click aimed at a modifier value must not land on the slider because a bar moved."""
    w = make_window(empty_session_file)
    qtbot.keyClick(w, "3")  # repair: the modifier bar appears
    qtbot.waitUntil(w.modifier_bar.isVisible)

    def rows() -> tuple[int, ...]:
        QApplication.processEvents()
        return (w.modifier_bar.y(), w.transport.y(), w.video.height())

    before = rows()
    qtbot.keyClick(w, "n")  # a note: the prompt opens...
    qtbot.waitUntil(w.note_prompt.isVisible)
    assert rows() == before
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # ...and closes
    qtbot.waitUntil(lambda: not w.note_prompt.isVisible())
    assert rows() == before
