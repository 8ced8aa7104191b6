"""The Player on the sample video: the time it reports is that of the frame on screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from attachcoder.gui.actions.keymap import SPEEDS
from attachcoder.gui.player.player import Player, audio_wanted

FPS = 25
FRAME_MS = 40  # the sample video: 25 frames per second


@pytest.fixture
def player(qtbot, sample_video) -> Iterator[Player]:
    p = Player(audio=False)
    shown: list[tuple[int, int]] = []
    p.frameShown.connect(lambda ms, i: shown.append((ms, i)))
    p.shown = shown  # type: ignore[attr-defined]
    p.set_source(sample_video, fps=float(FPS))
    qtbot.waitUntil(lambda: p.current_ms is not None, timeout=10_000)
    yield p
    p.close()
    p.deleteLater()


def _wait_frame(qtbot, p: Player, index: int) -> None:
    qtbot.waitUntil(lambda: p.current_frame == index, timeout=5000)


def test_first_frame_is_shown_paused(player: Player) -> None:
    assert (player.current_ms, player.current_frame) == (0, 0)
    assert not player.is_playing
    assert player.duration_ms == 360_000
    assert player.shown[0] == (0, 0)


def test_every_reported_time_is_the_start_of_its_frame(qtbot, player: Player) -> None:
    player.play()
    qtbot.waitUntil(lambda: player.current_frame >= 12, timeout=5000)
    player.pause()
    qtbot.waitUntil(lambda: not player.is_playing)
    assert len(player.shown) >= 10
    for ms, index in player.shown:
        assert ms == index * FRAME_MS


def test_frame_steps_are_exactly_one_frame(qtbot, player: Player) -> None:
    player.seek(10_000)
    _wait_frame(qtbot, player, 250)
    for expected in (251, 252, 253):
        player.step(1)
        _wait_frame(qtbot, player, expected)
        assert player.current_ms == expected * FRAME_MS
    for expected in (252, 251, 250, 249):  # 249 is before a keyframe: decoding restarts
        player.step(-1)
        _wait_frame(qtbot, player, expected)
        assert player.current_ms == expected * FRAME_MS


def test_quick_steps_count_from_the_frame_already_asked_for(qtbot, player: Player) -> None:
    player.seek(4000)
    _wait_frame(qtbot, player, 100)
    player.step(1)
    player.step(1)
    player.step(1)
    _wait_frame(qtbot, player, 103)
    assert player.current_ms == 103 * FRAME_MS


def test_seek_lands_on_the_frame_that_contains_the_time(qtbot, player: Player) -> None:
    player.seek(123_456)  # inside frame 3086 (123.440–123.480 s)
    _wait_frame(qtbot, player, 3086)
    assert player.current_ms == 123_440
    player.seek(80)  # a frame's exact start shows that frame, not the one before
    _wait_frame(qtbot, player, 2)


def test_skips_and_the_ends_of_the_video(qtbot, player: Player) -> None:
    player.seek(2000)
    _wait_frame(qtbot, player, 50)
    player.skip(1000)
    _wait_frame(qtbot, player, 75)
    player.skip(-5000)
    _wait_frame(qtbot, player, 0)
    player.seek(10**9)
    _wait_frame(qtbot, player, 8999)  # the last frame, not past it
    player.step(1)
    player.seek(359_990)
    _wait_frame(qtbot, player, 8999)


def test_speeds_step_through_the_fixed_list(player: Player) -> None:
    seen = [player.rate]
    for _ in range(len(SPEEDS) + 2):
        player.faster()
        seen.append(player.rate)
    assert seen[-1] == pytest.approx(4.0)
    player.normal_speed()
    assert player.rate == pytest.approx(1.0)
    for _ in range(len(SPEEDS) + 2):
        player.slower()
    assert player.rate == pytest.approx(0.1)
    assert sorted({round(r, 2) for r in seen}) == [1.0, 1.5, 2.0, 3.0, 4.0]


def test_no_audio_when_switched_off(monkeypatch) -> None:
    monkeypatch.setenv("ATTACHCODER_NO_AUDIO", "1")
    assert audio_wanted() is False
