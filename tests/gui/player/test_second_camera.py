"""Two synchronised cameras side by side, frame-locked while stepping, seeking and playing."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from user_actions import FRAME_MS, press, session_file, two_camera_media

from attachcoder.core import Session
from attachcoder.io.session.file import default_scheme

OFFSET_MS = 400  # camera 2 started 0.4 s (10 frames) after camera 1


def _two_cameras(tmp_path):  # type: ignore[no-untyped-def]
    session = Session(default_scheme(), media=two_camera_media(tmp_path, OFFSET_MS),
                      duration_ms=360_400)  # fmt: skip
    return session_file(tmp_path / "two.acs", session)


def _locked(qtbot, w) -> None:  # type: ignore[no-untyped-def]
    """Wait until camera 2 shows the frame matching camera 1's, then check the times agree."""
    cam2 = w.camera2
    qtbot.waitUntil(cam2.in_step, timeout=5000)
    t = w.player.current_ms
    # same recording, 10 frames later on camera 2: the same session time, frame index - 10
    assert cam2.player.current_ms == t
    assert cam2.player.current_frame == (t - OFFSET_MS) // FRAME_MS


def test_two_cameras_side_by_side_stay_frame_locked_while_stepping(qtbot, make_window, tmp_path):
    w = make_window(_two_cameras(tmp_path))
    cam2 = w.camera2
    assert cam2.video.isVisible() and w.video.isVisible()
    assert cam2.video.geometry().left() >= w.video.geometry().right()  # beside it
    assert cam2.player.offset_ms == OFFSET_MS and cam2.player.fps == 25.0
    qtbot.waitUntil(lambda: cam2.player.current_ms is not None, timeout=10_000)

    w.player.seek(2000)
    qtbot.waitUntil(lambda: w.player.current_frame == 50, timeout=5000)
    _locked(qtbot, w)
    for frame in (51, 52, 53):  # three frames forward, one key press each
        press(qtbot, w, ".")
        qtbot.waitUntil(lambda f=frame: w.player.current_frame == f, timeout=5000)
        _locked(qtbot, w)
    press(qtbot, w, ",")
    qtbot.waitUntil(lambda: w.player.current_frame == 52, timeout=5000)
    _locked(qtbot, w)
    press(qtbot, w, Qt.Key.Key_Right)  # one second on
    qtbot.waitUntil(lambda: w.player.current_frame == 77, timeout=5000)
    _locked(qtbot, w)

    # before camera 2 starts, it shows its first frame
    w.player.seek(200)
    qtbot.waitUntil(lambda: w.player.current_frame == 5, timeout=5000)
    qtbot.waitUntil(lambda: cam2.player.current_frame == 0, timeout=5000)
    assert cam2.in_step()

    # playing, both play; paused again, they lock exactly
    press(qtbot, w, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: w.player.is_playing and cam2.player.is_playing, timeout=5000)
    qtbot.waitUntil(lambda: w.player.current_frame > 30, timeout=10_000)
    press(qtbot, w, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not w.player.is_playing and not cam2.player.is_playing, timeout=5000)
    _locked(qtbot, w)

    # the coding follows camera 1's frame on screen
    press(qtbot, w, "b")
    [bid] = w.document.session.episodes()
    assert bid.onset_ms == w.player.current_ms


def test_one_camera_hides_the_second_picture(qtbot, make_window, tmp_path, empty_session_file):
    w = make_window(_two_cameras(tmp_path))
    assert w.camera2.video.isVisible()
    w.close_document(discard=True)
    assert not w.camera2.video.isVisible() and not w.camera2.active
    w2 = make_window(empty_session_file)
    assert not w2.camera2.video.isVisible() and not w2.camera2.active


def test_a_missing_second_video_says_so(qtbot, make_window, tmp_path):
    path = _two_cameras(tmp_path)
    (tmp_path / "cam2.mp4").unlink()
    w = make_window(path)
    assert w.camera2.video.isVisible() and not w.camera2.active
    assert "Camera 2 not found: cam2.mp4" in w.camera2.video._hint


def test_a_missing_second_video_can_be_located_from_the_file_menu(
    qtbot, make_window, tmp_path, monkeypatch
):
    from user_actions import VIDEO

    from attachcoder.gui.dialogs import prompts

    path = _two_cameras(tmp_path)
    (tmp_path / "cam2.mp4").unlink()
    moved = tmp_path / "elsewhere"
    moved.mkdir()
    shutil.copyfile(VIDEO, moved / "cam2.mp4")  # a copy: paths of links resolve to the target
    w = make_window(path)
    assert not w.camera2.active
    monkeypatch.setattr(prompts, "choose_video", lambda *a: moved / "cam2.mp4")
    action = next(a for a in w.file_menu.actions() if "camera &2" in a.text())
    assert action.isEnabled()
    action.trigger()
    qtbot.waitUntil(lambda: w.camera2.active, timeout=5000)
    assert w.document.session.media[1].path == "elsewhere/cam2.mp4"
    assert w.document.session.media[0].path == "cam1.mp4"  # camera 1 untouched
    w.document.undo_stack.undo()
    assert w.document.session.media[1].path == "cam2.mp4"


def test_locating_camera_2_is_off_without_a_second_camera(qtbot, make_window, empty_session_file):
    w = make_window(empty_session_file)
    action = next(a for a in w.file_menu.actions() if "camera &2" in a.text())
    assert not action.isEnabled()
