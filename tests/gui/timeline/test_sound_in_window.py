"""The sound row in the coding window: from the session's video, under the layers; a click
seeks the video; the spectrogram is remembered; no sound, no row; camera 2's sound."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMenu
from small_videos import make_tone_video
from user_actions import session_file

from attachcoder.core import Session
from attachcoder.core.session import Media
from attachcoder.gui.timeline.sound_reader import SoundSource
from attachcoder.gui.timeline.sound_row import SOUND_H, SPECTROGRAM, WAVEFORM
from attachcoder.gui.window import file_flow
from attachcoder.gui.window.settings import load_settings
from attachcoder.io.session.file import default_scheme


@pytest.fixture(scope="module")
def videos(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("sound-videos")
    return {
        "tone": make_tone_video(folder / "tone.mp4"),
        "mute": make_tone_video(folder / "mute.mp4", audio=False),
    }


def _session(folder: Path, *names_and_offsets: tuple[Path, int]) -> Path:
    media = []
    for video, offset in names_and_offsets:
        (folder / video.name).symlink_to(video)
        media.append(Media(video.name, duration_ms=3000, fps=10.0, offset_ms=offset))
    return session_file(folder / "tone.acs", Session(default_scheme(), media=media))


def _settled(qtbot, w) -> None:  # type: ignore[no-untyped-def]
    row = w.timeline.sound_row
    qtbot.waitUntil(lambda: bool(row.sources) and not row.busy, timeout=10_000)


def test_the_row_under_the_layers_seeks_the_video(qtbot, make_window, tmp_path, videos) -> None:
    w = make_window(_session(tmp_path, (videos["tone"], 0)))
    _settled(qtbot, w)
    tl, row = w.timeline, w.timeline.sound_row
    assert row.isVisible() and row.source == SoundSource(0, tmp_path / "tone.mp4", 0)
    assert row.geometry().top() == tl.row_rect(tl.layers[-1]).bottom() + 1
    assert row.geometry().bottom() < tl.canvas.height()  # all of it shown
    tl.zoom_to(5.0, 0)
    tl.scroll_to(0)
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton, pos=QPoint(tl.x_for_ms(1530), SOUND_H // 2))
    qtbot.waitUntil(lambda: w.player.current_ms == 1500, timeout=5000)  # the frame at 1.53 s
    assert tl.playhead_ms == 1500
    job, track = row.reader.job, row.track
    # the same video again (the seek above made the session longer observed: no question)
    assert file_flow.open_session(w, tmp_path / "tone.acs", confirm=False)
    QApplication.processEvents()  # the sound link looks at the cameras once both are set
    _settled(qtbot, w)
    assert row.reader.job == job and row.track is track and row.isVisible()  # not read again
    w.close_document(discard=True)
    qtbot.waitUntil(lambda: not row.sources)
    assert not tl.isVisible() and row.track is None and not row.busy


def test_the_spectrogram_is_remembered(qtbot, make_window, tmp_path, videos) -> None:
    w = make_window(_session(tmp_path, (videos["tone"], 0)))
    _settled(qtbot, w)
    row = w.timeline.sound_row
    assert row.view == WAVEFORM
    # through the window, as the platform delivers it: Qt makes the context-menu event
    at = row.mapTo(w, QPoint(300, SOUND_H // 2))
    qtbot.mouseClick(w.windowHandle(), Qt.MouseButton.RightButton, pos=at)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    texts = [a.text().replace("&", "") for a in menu.actions()]
    assert texts == ["Waveform", "Spectrogram"]  # one camera: no choice of sound
    qtbot.keyClick(menu, Qt.Key.Key_S)  # its accelerator
    qtbot.waitUntil(lambda: row.view == SPECTROGRAM)
    assert w.settings.sound_view == SPECTROGRAM
    w.close_document(discard=True)
    w.close()
    assert load_settings().sound_view == SPECTROGRAM
    (tmp_path / "next").mkdir()
    w = make_window(_session(tmp_path / "next", (videos["tone"], 0)))
    assert w.timeline.sound_row.view == SPECTROGRAM


def test_a_video_without_sound_gets_no_row(qtbot, make_window, tmp_path, videos) -> None:
    w = make_window(_session(tmp_path, (videos["mute"], 0)))
    _settled(qtbot, w)
    tl = w.timeline
    assert w.player.has_video and tl.isVisible()
    assert not tl.sound_row.isVisible() and tl.sound_row.track is None
    assert tl.canvas.minimumHeight() == tl.rows_bottom() + 2  # no room kept for it


def test_camera_2_s_sound_when_camera_1_has_none_then_by_choice(
    qtbot, make_window, tmp_path, videos
) -> None:
    w = make_window(_session(tmp_path, (videos["mute"], 0), (videos["tone"], 400)))
    row = w.timeline.sound_row
    qtbot.waitUntil(lambda: len(row.sources) == 2 and not row.busy, timeout=10_000)
    assert row.source == SoundSource(1, tmp_path / "tone.mp4", 400)  # the first with sound
    row.open_menu(row.mapToGlobal(QPoint(300, 10)))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    cameras = [a for a in menu.actions() if a.text().startswith("Sound of camera")]
    assert [(a.text(), a.isChecked()) for a in cameras] == [
        ("Sound of camera 1", False),
        ("Sound of camera 2", True),
    ]
    cameras[0].trigger()  # camera 1 asked for: it has none, so camera 2's stays
    menu.close()
    assert w.settings.sound_camera == 0
    qtbot.waitUntil(lambda: not row.busy and row.sources[0].camera == 0, timeout=10_000)
    assert row.source is not None and row.source.camera == 1 and row.isVisible()
