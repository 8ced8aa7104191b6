"""The sound row under the timeline's layers: read in the background with progress, drawn in
step with the timeline's zoom and scroll, clicked to seek, switched to a spectrogram.

The video's sound is silence, a 440 Hz tone from 1 s to 2 s, then silence
(``small_videos.make_tone_video``): what the row draws is read back from its pixels.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from small_videos import make_tone_video

from attachcoder.core import Session
from attachcoder.core.session import Media
from attachcoder.gui.timeline import sound_reader
from attachcoder.gui.timeline.qt_timeline import QtTimeline
from attachcoder.gui.timeline.sound_reader import SoundSource
from attachcoder.gui.timeline.sound_row import SOUND_H, SPECTROGRAM, WAVEFORM
from attachcoder.gui.timeline.timeline_paint import LABEL_W, PLAYHEAD_COLOR
from attachcoder.io.session.file import default_scheme


@pytest.fixture(scope="module")
def tone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_tone_video(tmp_path_factory.mktemp("tone") / "tone.mp4")


@pytest.fixture(scope="module")
def mute(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_tone_video(tmp_path_factory.mktemp("mute") / "mute.mp4", audio=False)


@pytest.fixture
def timeline(qtbot) -> QtTimeline:  # type: ignore[no-untyped-def]
    session = Session(default_scheme(), media=[Media("tone.mp4", duration_ms=3000, fps=10.0)])
    tl = QtTimeline(session)
    qtbot.addWidget(tl)
    tl.resize(900, 320)
    tl.show()
    qtbot.waitExposed(tl)
    tl.zoom_to(5.0, 0)  # 3 s over 600 px
    tl.scroll_to(0)
    return tl


def loaded(qtbot, tl: QtTimeline, video: Path, offset_ms: int = 0) -> None:  # type: ignore[no-untyped-def]
    row = tl.sound_row
    with qtbot.waitSignal(row.trackChanged, timeout=10_000):
        row.load([SoundSource(0, video, offset_ms)])


def wave_heights(tl: QtTimeline) -> dict[int, int]:
    """Canvas x → how many pixels of the row's column are the waveform's colour."""
    image = tl.sound_row.grab().toImage()
    wave = QColor("#2C6E9B").rgb()
    return {
        x: sum(1 for y in range(image.height()) if image.pixel(x, y) == wave)
        for x in range(LABEL_W, image.width())
    }


def first_loud_x(heights: dict[int, int]) -> int:
    return min(x for x, h in heights.items() if h > SOUND_H / 2)


def test_the_row_says_how_far_it_has_read_then_draws_the_burst(
    qtbot, timeline, tone, monkeypatch, tmp_path
) -> None:
    monkeypatch.setenv("ATTACHCODER_CACHE_DIR", str(tmp_path / "cache"))  # read, not cached
    real = sound_reader.load_or_build
    release = threading.Event()

    def slow(path, *, progress=None, cancelled=None):  # type: ignore[no-untyped-def]
        progress(0.4)
        release.wait(10)
        return real(path, progress=progress, cancelled=cancelled)

    monkeypatch.setattr(sound_reader, "load_or_build", slow)
    row = timeline.sound_row
    assert not row.isVisible()  # nothing loaded: no row
    row.load([SoundSource(0, tone, 0)])
    assert row.isVisible()  # at once: the room is kept before the sound is known
    assert row.progress_text() == "Reading the sound track… 0 %"
    qtbot.waitUntil(lambda: row.reading == pytest.approx(0.4), timeout=5000)
    assert row.track is None
    assert row.progress_text() == "Reading the sound track… 40 %"
    with qtbot.waitSignal(row.trackChanged, timeout=10_000):
        release.set()
    assert row.track is not None and row.reading is None and row.isVisible()

    # under the layers, across the canvas, and the canvas makes room for it
    last = timeline.row_rect(timeline.layers[-1])
    assert row.geometry().top() == last.bottom() + 1 == timeline.rows_bottom()
    assert row.width() == timeline.canvas.width() and row.height() == SOUND_H
    assert timeline.canvas.minimumHeight() >= row.geometry().bottom()

    heights = wave_heights(timeline)
    for ms in range(100, 900, 50):  # silence: only the centre line
        assert heights[timeline.x_for_ms(ms)] <= 2, ms
    for ms in range(1100, 1900, 50):  # the burst: most of the row's height
        assert heights[timeline.x_for_ms(ms)] > SOUND_H * 0.8, ms
    assert abs(first_loud_x(heights) - timeline.x_for_ms(1000)) <= 2


def test_zoom_and_scroll_redraw_the_row_to_the_timeline_s_scale(qtbot, timeline, tone) -> None:
    loaded(qtbot, timeline, tone)
    at_5 = first_loud_x(wave_heights(timeline))
    timeline.zoom_to(2.5, 0)  # twice as close: the burst starts twice as far from 0
    at_2_5 = first_loud_x(wave_heights(timeline))
    assert at_5 - LABEL_W == pytest.approx(200, abs=2)
    assert at_2_5 - LABEL_W == pytest.approx(400, abs=2)
    timeline.scroll_to(500)
    assert first_loud_x(wave_heights(timeline)) == pytest.approx(timeline.x_for_ms(1000), abs=2)


def test_the_playhead_crosses_the_row_without_redrawing_it(qtbot, timeline, tone) -> None:
    """What is on screen (the window's backing store, not a fresh render): the playhead's
    line moves over the row, leaving no trail, and the row's picture is only copied."""
    loaded(qtbot, timeline, tone)
    row = timeline.sound_row
    qtbot.waitUntil(lambda: row.rebuilds > 0)
    drawn = row.rebuilds
    timeline.set_playhead(1500)
    qtbot.waitUntil(lambda: _red_on_screen(timeline, 1500))
    paints = PaintLog(row)
    for ms in (1520, 1540):  # as while playing: a few pixels a frame
        timeline.set_playhead(ms)
        qtbot.waitUntil(lambda ms=ms: _red_on_screen(timeline, ms))
    assert not _red_on_screen(timeline, 1500) and not _red_on_screen(timeline, 0)  # no trail
    assert row.rebuilds == drawn  # the picture was copied, not drawn again
    assert paints.rects and all(r.width() < 20 for r in paints.rects)  # strips only
    timeline.zoom_in()
    qtbot.waitUntil(lambda: row.rebuilds == drawn + 1)


class PaintLog(QObject):
    """The rectangles Qt asks a widget to paint."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.rects: list[QRect] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.rects.append(QRect(event.rect()))  # type: ignore[attr-defined]
        return False


def _red_on_screen(tl: QtTimeline, ms: int) -> bool:
    row = tl.sound_row
    at = row.mapTo(tl, QPoint(tl.x_for_ms(ms), SOUND_H // 2))
    image = tl.screen().grabWindow(tl.winId()).toImage()
    return image.pixel(at.x(), at.y()) == PLAYHEAD_COLOR.rgb()


def test_a_click_on_the_row_seeks_like_the_ruler(qtbot, timeline, tone) -> None:
    loaded(qtbot, timeline, tone)
    row = timeline.sound_row
    x = timeline.x_for_ms(1500)
    with qtbot.waitSignal(timeline.seekRequested) as seek:
        qtbot.mouseClick(row, Qt.MouseButton.LeftButton, pos=QPoint(x, SOUND_H // 2))
    assert seek.args == [timeline.ms_for_x(x)] and abs(seek.args[0] - 1500) <= 5


def _menu_action(text: str):  # type: ignore[no-untyped-def]
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def test_the_spectrogram_from_the_row_s_menu_shows_the_tone_low_down(qtbot, timeline, tone) -> None:
    loaded(qtbot, timeline, tone)
    row = timeline.sound_row
    assert row.view == WAVEFORM
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton, pos=QPoint(20, 10))  # its name: the menu
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    with qtbot.waitSignal(row.viewChosen) as chosen:
        _menu_action("Spectrogram").trigger()
    QApplication.activePopupWidget().close()
    assert chosen.args == [SPECTROGRAM] and row.view == SPECTROGRAM
    image = row.grab().toImage()
    # 0–5 kHz over the row's height (1 px margins): 440 Hz sits about 5 px above the bottom
    y = row.height() - 2 - round(440 / 5000 * (row.height() - 2))

    def light(ms: int, y: int) -> int:
        return QColor(image.pixel(timeline.x_for_ms(ms), y)).lightness()

    for ms in (1200, 1500, 1800):
        assert light(ms, y) > 150, ms  # the tone: bright
        assert light(ms, y) > light(500, y) + 100
        assert light(ms, y) > light(ms, 5) + 100  # 4.6 kHz: nothing there
    assert light(500, y) < 30  # silence: dark


def test_a_video_without_sound_gets_no_row(qtbot, timeline, mute, tone) -> None:
    row = timeline.sound_row
    loaded(qtbot, timeline, tone)
    assert row.isVisible()
    with qtbot.waitSignal(row.trackChanged, timeout=10_000):
        row.load([SoundSource(0, mute, 0)])
    assert not row.isVisible() and row.track is None
    assert timeline.canvas.minimumHeight() == timeline.rows_bottom() + 2
    with qtbot.waitSignal(row.trackChanged, timeout=10_000):  # camera 2 has sound: it is heard
        row.load([SoundSource(0, mute, 0), SoundSource(1, tone, 250)])
    assert row.isVisible() and row.source == SoundSource(1, tone, 250)
    heights = wave_heights(timeline)
    assert abs(first_loud_x(heights) - timeline.x_for_ms(1250)) <= 2  # its offset applies
