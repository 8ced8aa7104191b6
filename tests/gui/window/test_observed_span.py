"""How far a coding was observed, kept by the window as the coder works (issue 18).

The coder plays, steps and codes with keys; ``metadata.observed_to_ms`` follows the frames
shown, is saved and found again on reload, never shrinks and is never an undo step. Saving
and closing with a state still running say so; Mark coding complete asks where it ends.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from user_actions import when_modal

from attachcoder.core.timefmt import format_ms
from attachcoder.io.session.file import load
from attachcoder.io.session.journal import journal_path

FRAME_MS = 40  # the sample video runs at 25 frames per second


def press(qtbot, w, key) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget() or w, key)


def frame_is(qtbot, w, index: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: w.player.current_frame == index, timeout=5000)


def focus_table(qtbot, w) -> None:  # type: ignore[no-untyped-def]
    w.table.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.table.view)


def modal_buttons(box: QMessageBox) -> dict[str, QPushButton]:
    return {b.text(): b for b in box.findChildren(QPushButton)}


def test_play_step_code_save_reload_finds_how_far_it_was_observed(
    qtbot, make_window, empty_session_file
) -> None:
    w = make_window(empty_session_file)
    doc = w.document
    focus_table(qtbot, w)
    press(qtbot, w, Qt.Key.Key_Space)  # play
    qtbot.waitUntil(lambda: w.player.current_frame >= 10, timeout=5000)
    press(qtbot, w, "1")  # attuned from the frame on screen, left running
    started = doc.session.running("Interaction").onset_ms
    qtbot.waitUntil(lambda: w.player.current_frame >= 30, timeout=5000)
    press(qtbot, w, Qt.Key.Key_Space)  # pause: how far it was watched is written at once
    qtbot.waitUntil(lambda: not w.player.is_playing)
    paused = w.player.current_frame
    assert doc.session.metadata.observed_to_ms >= (paused - 1) * FRAME_MS
    for _ in range(3):
        press(qtbot, w, ".")
    frame_is(qtbot, w, paused + 3)
    furthest = (paused + 3) * FRAME_MS
    for _ in range(2):
        press(qtbot, w, ",")  # stepping back shows nothing new
    frame_is(qtbot, w, paused + 1)

    qtbot.keyClick(w, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    qtbot.waitUntil(lambda: not doc.is_modified)
    message = w.statusBar().currentMessage()
    assert message.startswith(f"Saved {empty_session_file.name}. Still running: 'attuned'")
    assert f"the figures end it at {format_ms(furthest)}" in message

    saved = load(empty_session_file)
    assert saved.metadata.observed_to_ms == furthest
    assert saved.running("Interaction").onset_ms == started
    # only the key press is an undo step; undoing it keeps the time shown
    assert doc.undo_stack.count() == 1
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Z
    assert doc.session.running("Interaction") is None
    assert doc.session.metadata.observed_to_ms == furthest

    # reopened, the window starts from the saved extent: nothing shown beyond it, no change
    w.close_document(discard=True)
    w2 = make_window(empty_session_file)
    assert w2.document.session.metadata.observed_to_ms == furthest
    assert not w2.document.is_modified


def test_the_time_shown_is_journaled_and_marks_the_session_unsaved(
    qtbot, make_window, empty_session_file
) -> None:
    """Even without a key press, watching further than saved is a change: it is in the
    journal (a crash keeps it) and the title says unsaved; the last frame counts as the
    whole video."""
    w = make_window(empty_session_file)
    doc = w.document
    assert doc.session.metadata.observed_to_ms is None and not doc.is_modified
    end = doc.session.duration_ms
    w.player.seek(end - FRAME_MS)  # the last frame
    qtbot.waitUntil(lambda: w.player.current_ms == end - FRAME_MS, timeout=5000)
    doc.sync_journal()  # what the once-a-second timer does
    assert doc.session.metadata.observed_to_ms == end
    assert doc.is_modified and w.isWindowModified()
    assert doc.undo_stack.count() == 0
    lines = journal_path(empty_session_file).read_text(encoding="utf-8").splitlines()
    assert any(re.search(rf'"observed_to_ms": ?{end}\b', line) for line in lines)


def test_looking_at_an_older_file_coded_to_its_end_changes_nothing(
    qtbot, make_window, sample_session_file
) -> None:
    w = make_window(sample_session_file)
    end = w.document.session.duration_ms
    w.player.seek(end // 2)
    qtbot.waitUntil(lambda: w.player.current_ms == end // 2, timeout=5000)
    w.document.sync_journal()
    assert w.document.session.metadata.observed_to_ms is None and not w.document.is_modified


def test_mark_complete_with_a_state_running_asks_where_it_ends(
    qtbot, make_window, empty_session_file
) -> None:
    w = make_window(empty_session_file)
    doc = w.document
    focus_table(qtbot, w)
    w.player.seek(2000)
    frame_is(qtbot, w, 50)
    press(qtbot, w, "2")  # misattuned from 2 s, still running
    for _ in range(5):
        press(qtbot, w, ".")
    frame_is(qtbot, w, 55)

    # asked, then cancelled: nothing changes
    seen: list[str] = []

    def cancel(box) -> None:  # type: ignore[no-untyped-def]
        seen.append(box.text())
        qtbot.mouseClick(modal_buttons(box)["Cancel"], Qt.MouseButton.LeftButton)

    when_modal(cancel)
    assert not w.study.mark_complete()
    assert "'misattuned' in layer 'Interaction', started at 00:00:02.000" in seen[0]
    assert not doc.session.metadata.is_complete
    assert doc.session.running("Interaction") is not None

    # asked again from the menu, closed at the frame on screen: one undo step, saved
    on_screen = f"At the frame on screen ({format_ms(55 * FRAME_MS)})"
    when_modal(
        lambda box: qtbot.mouseClick(modal_buttons(box)[on_screen], Qt.MouseButton.LeftButton)
    )
    w.study.mark_action.trigger()
    qtbot.waitUntil(lambda: doc.session.metadata.is_complete, timeout=5000)
    [ep] = doc.session.layer_episodes("Interaction")
    assert (ep.onset_ms, ep.offset_ms) == (2000, 55 * FRAME_MS)
    saved = load(empty_session_file)
    assert saved.metadata.is_complete and saved.running_states() == {}
    assert saved.metadata.observed_to_ms == 55 * FRAME_MS
    w.activateWindow()  # back from the question
    qtbot.waitUntil(w.isActiveWindow)
    # Ctrl+Z: marking and closing are one step
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not doc.session.metadata.is_complete
    assert doc.session.running("Interaction") is not None

    # or at the end of the video
    end = doc.session.duration_ms
    when_modal(
        lambda box: qtbot.mouseClick(
            modal_buttons(box)[f"At the end of the video ({format_ms(end)})"],
            Qt.MouseButton.LeftButton,
        )
    )
    assert w.study.mark_complete()
    [ep] = doc.session.layer_episodes("Interaction")
    assert ep.offset_ms == end


def test_closing_with_unsaved_changes_and_a_state_running_says_so(
    qtbot, make_window, empty_session_file
) -> None:
    w = make_window(empty_session_file)
    focus_table(qtbot, w)
    press(qtbot, w, "1")
    texts: list[str] = []

    def read_and_cancel(box) -> None:  # type: ignore[no-untyped-def]
        texts.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    when_modal(read_and_cancel)
    assert not w.close()  # cancelled: the window stays
    assert "has changes that are not saved" in texts[0]
    assert "Still running: 'attuned' in layer 'Interaction'" in texts[0]


def test_a_state_that_starts_at_the_frame_on_screen_is_not_closed_there(
    qtbot, make_window, empty_session_file
) -> None:
    """Closing it there would remove it: refused, said, nothing marked."""
    w = make_window(empty_session_file)
    focus_table(qtbot, w)
    w.player.seek(2000)
    frame_is(qtbot, w, 50)
    press(qtbot, w, "2")
    on_screen = f"At the frame on screen ({format_ms(2000)})"
    when_modal(
        lambda box: qtbot.mouseClick(modal_buttons(box)[on_screen], Qt.MouseButton.LeftButton)
    )
    assert not w.study.mark_complete()
    assert not w.document.session.metadata.is_complete
    assert w.document.session.running("Interaction").onset_ms == 2000
    assert "show a later frame" in w.statusBar().currentMessage()
