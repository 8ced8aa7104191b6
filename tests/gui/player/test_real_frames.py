"""Frames are the stream's own: a variable-rate clip coded with real key presses.

The clip is 3 s at 30 frames a second, then 3 s at 15 (135 frames). A frame grid at the mean
rate (22.5) would name frames that do not exist; here every `.` must land on the next real
frame, the label must name it, and the saved onset must be its real presentation time, read
independently by decoding the file with PyAV.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from small_videos import make_variable_rate_video, real_frame_starts
from user_actions import press, session_file

from attachcoder.core import Session
from attachcoder.core.session import Media
from attachcoder.core.timefmt import format_ms
from attachcoder.io.session.file import default_scheme, load


@pytest.fixture(scope="module")
def vfr_video(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_variable_rate_video(tmp_path_factory.mktemp("vfr") / "phone.mp4")


def _session(folder: Path, video: Path) -> Path:
    link = folder / video.name
    link.symlink_to(video)
    media = [Media(video.name, duration_ms=6000, fps=22.5)]  # what Qt reports: the mean
    return session_file(folder / "phone.acs", Session(default_scheme(), media=media))


def _ready(qtbot, w) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: w.player.frame_times is not None, timeout=10_000)
    w.table.view.setFocus()


def test_n_presses_of_dot_land_on_real_frame_n(qtbot, make_window, tmp_path, vfr_video) -> None:
    real = real_frame_starts(vfr_video)
    assert len(real) == 135 and real[91] - real[90] > 60  # 30 fps, then 15
    w = make_window(_session(tmp_path, vfr_video))
    _ready(qtbot, w)
    assert w.player.frame_times.starts_ms == real

    assert w.player.current_frame == 0
    for n in (45, 100):  # one stop in the 30 fps part, one in the 15 fps part
        for _ in range(n - w.player.current_frame):  # N presses, as quick as the keys go
            press(qtbot, w, ".")
        qtbot.waitUntil(lambda n=n: w.player.current_frame == n, timeout=5000)
        assert w.player.current_ms == real[n]
        assert w.transport.frame_label.text() == f"frame {n}"
        assert w.transport.time_label.text() == format_ms(real[n])
    press(qtbot, w, "1")  # attuned from the frame on screen: frame 100
    for _ in range(3):
        press(qtbot, w, ",")
    qtbot.waitUntil(lambda: w.player.current_frame == 97, timeout=5000)
    press(qtbot, w, "b")  # a point mark on frame 97
    press(qtbot, w, Qt.Key.Key_Right)  # one second later: 15 frames in this part
    qtbot.waitUntil(lambda: w.player.current_frame == 112, timeout=5000)
    assert w.transport.frame_label.text() == "frame 112"

    assert w.save()
    saved = load(tmp_path / "phone.acs")
    onsets = {e.code: e.onset_ms for e in saved.episodes()}
    assert onsets == {"attuned": real[100], "infant bid": real[97]}


def test_every_press_moves_exactly_one_real_frame(qtbot, make_window, tmp_path, vfr_video) -> None:
    real = real_frame_starts(vfr_video)
    w = make_window(_session(tmp_path, vfr_video))
    _ready(qtbot, w)
    w.player.seek(real[84])
    qtbot.waitUntil(lambda: w.player.current_frame == 84, timeout=5000)
    seen = []
    for k in range(85, 97):  # across the change of rate at frame 90
        press(qtbot, w, ".")
        qtbot.waitUntil(lambda k=k: w.player.current_frame == k, timeout=5000)
        seen.append(w.player.current_ms)
    assert seen == real[85:97]
    for k in range(96, 80, -1):
        press(qtbot, w, ",")
        qtbot.waitUntil(lambda k=k: w.player.current_frame == k - 1, timeout=5000)
        assert w.player.current_ms == real[k - 1]
    assert w.video.has_frame()
