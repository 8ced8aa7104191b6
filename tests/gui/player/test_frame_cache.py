"""Paused steps are shown from decoded frames: the right picture, a bounded cache, and
playback going on from the frame on screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from small_videos import frame_colours, make_colour_per_frame_video

from attachcoder.gui.player.frame_cache import FrameCache
from attachcoder.gui.player.player import Player
from attachcoder.gui.player.video_widget import VideoWidget
from attachcoder.io.media.frame_index import read_frame_times


@pytest.fixture(scope="module")
def colours_video(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_colour_per_frame_video(tmp_path_factory.mktemp("colours") / "colours.mp4")


@pytest.fixture
def shown(qtbot, colours_video: Path) -> Iterator[tuple[Player, VideoWidget]]:
    player = Player(audio=False)
    widget = VideoWidget(player)
    qtbot.addWidget(widget)
    widget.resize(320, 240)
    widget.show()
    qtbot.waitExposed(widget)
    player.set_source(colours_video, fps=25.0)
    qtbot.waitUntil(lambda: player.frame_times is not None, timeout=10_000)
    qtbot.waitUntil(lambda: player.current_ms is not None, timeout=10_000)
    yield player, widget
    player.close()
    player.deleteLater()


def _centre(widget: VideoWidget) -> tuple[int, int, int]:
    c = widget.grab().toImage().pixelColor(QPoint(widget.width() // 2, widget.height() // 2))
    return c.red(), c.green(), c.blue()


def _near(a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
    return max(abs(x - y) for x, y in zip(a, b, strict=True)) <= 12


def test_each_step_shows_the_picture_of_its_frame(qtbot, shown, colours_video) -> None:
    player, widget = shown
    colours = frame_colours(colours_video)
    player.seek(player.frame_times.start_ms(47))
    qtbot.waitUntil(lambda: player.current_frame == 47, timeout=5000)
    path = [48, 49, 50, 51, 52, 51, 50, 49, 48, 47, 46, 24, 25, 26]
    for target in path:
        player.step(target - player.current_frame)
        qtbot.waitUntil(lambda t=target: player.current_frame == t, timeout=5000)
        assert _near(_centre(widget), colours[target]), (target, _centre(widget))
        others = [i for i in (target - 1, target + 1) if 0 <= i < len(colours)]
        assert not any(_near(_centre(widget), colours[i]) for i in others)


def test_playing_goes_on_from_the_decoded_frame_on_screen(qtbot, shown) -> None:
    player, _widget = shown
    player.seek(player.frame_times.start_ms(30))
    qtbot.waitUntil(lambda: player.current_frame == 30, timeout=5000)
    for _ in range(5):
        player.step(1)
    qtbot.waitUntil(lambda: player.current_frame == 35, timeout=5000)
    seen: list[int] = []
    player.frameShown.connect(lambda _ms, i: seen.append(i))
    player.play()
    qtbot.waitUntil(lambda: len(seen) >= 5, timeout=5000)
    player.pause()
    assert 35 <= seen[0] <= 37 and seen == sorted(seen)


def test_the_cache_stays_within_its_budget(qtbot, colours_video) -> None:
    times = read_frame_times(colours_video)
    per_frame = 64 * 48 * 4
    cache = FrameCache(colours_video, times, budget_bytes=12 * per_frame, box=(64, 48))
    got: list[int] = []
    cache.ready.connect(got.append)
    try:
        for target in (10, 11, 12, 60, 59, 58, 99, 0):
            if cache.want(target) is None:
                qtbot.waitUntil(lambda t=target: cache.image(t) is not None, timeout=5000)
            assert len(cache.cached()) <= 12
        qtbot.waitUntil(lambda: len(cache.cached()) == 12, timeout=5000)  # filled around 0
        assert min(cache.cached()) == 0 and 0 in got
    finally:
        cache.close()
