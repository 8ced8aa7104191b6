"""Opening sessions of the video already loaded, and reopening a session where it was left.

Two coders of a study code the same video on one machine: their sessions name the same file.
Opening one after the other (or the same one again) must show a frame and let the keys code;
and each session reopens at the frame where its coder stopped — remembered beside the
settings, never written into the session file.
"""

from __future__ import annotations

import shutil

from PySide6.QtWidgets import QApplication
from small_videos import make_unplayable
from user_actions import FRAME_MS, press

from attachcoder.gui.window import file_flow
from attachcoder.gui.window.positions import remembered_position


def _frame(qtbot, w, index: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: w.player.current_frame == index, timeout=10_000)


def _code_here(qtbot, w, key: str = "1"):  # type: ignore[no-untyped-def]
    """Press a code key where the focus is; the episode it started, at the frame on screen."""
    session = w.document.session
    before = len(session)
    shown = w.player.current_ms
    press(qtbot, w, key)
    assert len(session) == before + 1, w.statusBar().currentMessage()
    return next(e for e in session.episodes() if e.onset_ms == shown)


def test_sessions_of_the_same_video_one_after_another(qtbot, make_window, empty_session_file):
    a = empty_session_file
    b = a.with_name("D001_C2.acs")  # the second coder's session: the same video beside it
    shutil.copy2(a, b)
    w = make_window(a)
    w.table.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.table.view)
    w.player.seek(50 * FRAME_MS)
    _frame(qtbot, w, 50)

    assert file_flow.open_session(w, b, confirm=False)
    _frame(qtbot, w, 0)  # B was never opened here: its first frame
    assert w.video.has_frame() and not w.player.is_loading
    assert _code_here(qtbot, w).onset_ms == 0

    w.player.seek(20 * FRAME_MS)
    _frame(qtbot, w, 20)
    assert file_flow.open_session(w, a, confirm=False)  # B's coding is dropped unsaved
    _frame(qtbot, w, 50)  # A again: where it was left
    assert w.video.has_frame()
    assert _code_here(qtbot, w, "2").onset_ms == 50 * FRAME_MS

    assert file_flow.save(w)
    assert file_flow.open_session(w, a, confirm=False)  # the very same session reopened
    _frame(qtbot, w, 50)
    assert len(w.document.session) == 1
    assert _code_here(qtbot, w, "B").onset_ms == 50 * FRAME_MS


def test_a_session_reopens_where_the_coder_stopped(qtbot, make_window, sample_session_file):
    before = sample_session_file.read_bytes()
    w = make_window(sample_session_file)
    w.player.seek(1234 * FRAME_MS + 7)
    _frame(qtbot, w, 1234)
    w.close_document(discard=True)
    assert remembered_position(sample_session_file) == 1234 * FRAME_MS
    assert sample_session_file.read_bytes() == before  # nothing written into the session

    w2 = make_window(sample_session_file)  # another window, as after a restart
    assert w2.player.current_frame == 1234
    assert w2.transport.frame_label.text() == "frame 1234"


def test_a_session_never_opened_here_starts_at_its_first_frame(make_window, sample_session_file):
    assert remembered_position(sample_session_file) is None
    w = make_window(sample_session_file)
    assert w.player.current_frame == 0


def test_a_video_that_will_not_play_says_so_in_the_pane_and_to_the_keys(
    qtbot, make_window, empty_session_file
):
    """The session's video replaced by a text file: the pane keeps saying why, after the
    status bar's message is gone, and a code key says the same instead of "locate"."""
    video = empty_session_file.with_name("demo.mp4")
    video.unlink()
    shutil.copy2(make_unplayable(empty_session_file.parent / "bad")["text"], video)
    w = make_window(empty_session_file, wait_frame=False)
    qtbot.waitUntil(lambda: w.player.load_problem is not None, timeout=10_000)
    assert w.video.hint.startswith("demo.mp4 cannot be played:")
    assert "File ▸ Locate video…" in w.video.hint
    w.statusBar().clearMessage()  # the status bar's message fades; the pane's stays
    assert w.video.hint.startswith("demo.mp4 cannot be played:")
    w.table.view.setFocus()
    press(qtbot, w, "1")
    assert len(w.document.session) == 0
    assert "the video cannot be played" in w.statusBar().currentMessage()
