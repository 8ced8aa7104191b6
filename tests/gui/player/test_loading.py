"""Every load ends with a picture or with the reason there is none, shown in the video pane.

The bad files are made here (tests/small_videos.py): a text file renamed .mp4, an empty file,
a recording cut before its index, one cut right after its header, a sound-only .mp4; and a
clip with a phone's rotation. Each is loaded into a real Player and its VideoWidget.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from small_videos import make_rotated, make_sound_only, make_unplayable, make_video

from attachcoder.gui.player.load_watch import (
    EMPTY,
    NO_PICTURE,
    NO_VIDEO,
    NOT_READABLE,
    TOO_SLOW,
    LoadWatch,
)
from attachcoder.gui.player.media_probe import VideoProbe
from attachcoder.gui.player.player import Player
from attachcoder.gui.player.video_widget import VideoWidget


@pytest.fixture
def shown(qtbot) -> Iterator[tuple[Player, VideoWidget]]:
    player = Player(audio=False)
    video = VideoWidget(player)
    video.resize(400, 300)
    qtbot.addWidget(video)
    video.show()
    yield player, video
    player.close()
    player.deleteLater()


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bad")
    files = make_unplayable(folder)
    files["sound_only"] = make_sound_only(folder / "sound.mp4")
    return files


EXPECTED = {
    "text": NOT_READABLE,
    "empty": EMPTY,
    "cut": NOT_READABLE,
    "header_only": NO_PICTURE,
    "sound_only": NO_VIDEO,
}


@pytest.mark.parametrize("kind", sorted(EXPECTED))
def test_a_file_that_will_not_play_says_why_in_the_pane(qtbot, shown, bad_files, kind) -> None:
    player, video = shown
    path = bad_files[kind]
    with qtbot.waitSignal(player.loadFailed, timeout=10_000) as failed:
        player.set_source(path, fps=5.0)
        assert player.is_loading and video.hint == "Loading the video…"
    reason = failed.args[0]
    assert reason == EXPECTED[kind]
    assert not player.is_loading and player.load_problem == reason
    assert not video.has_frame() and player.current_ms is None
    # the pane, not only the status bar, says what happened and what to do
    assert video.hint.startswith(f"{path.name} cannot be played:\n{reason}.")
    assert "File ▸ Locate video…" in video.hint
    player.play()  # refused: nothing to play
    assert not player.is_playing


def test_the_message_is_painted_in_the_pane(qtbot, shown, bad_files) -> None:
    """The hint is what the pane paints: the picture differs from a plain "Loading…"."""
    player, video = shown
    loading = video.grab().toImage()
    with qtbot.waitSignal(player.loadFailed, timeout=10_000):
        player.set_source(bad_files["text"], fps=5.0)
    assert video.grab().toImage() != loading


def test_a_good_file_after_a_bad_one_plays(qtbot, shown, bad_files, tmp_path) -> None:
    player, video = shown
    with qtbot.waitSignal(player.loadFailed, timeout=10_000):
        player.set_source(bad_files["empty"], fps=5.0)
    player.set_source(make_video(tmp_path / "good.mp4", 2, 5), fps=5.0)
    qtbot.waitUntil(video.has_frame, timeout=10_000)
    assert player.load_problem is None and not player.is_loading
    assert player.current_frame == 0


def test_the_same_file_again_shows_its_frame_again(qtbot, shown, tmp_path) -> None:
    """QMediaPlayer ignores setSource with the URL it has: the player reloads it itself."""
    player, video = shown
    clip = make_video(tmp_path / "same.mp4", 4, 9)
    player.set_source(clip, fps=5.0)
    qtbot.waitUntil(lambda: player.current_ms is not None, timeout=10_000)
    player.seek(2000)
    qtbot.waitUntil(lambda: player.current_frame == 10, timeout=5000)
    player.set_source(clip, fps=5.0)
    assert player.current_ms is None and player.is_loading
    player.seek(1400)  # the remembered time, asked for while loading
    qtbot.waitUntil(lambda: player.current_frame == 7, timeout=10_000)
    assert player.current_ms == 1400 and video.has_frame() and not player.is_loading


def test_the_probe_refuses_a_sound_only_file_for_what_it_is(qtbot, bad_files) -> None:
    probe = VideoProbe(bad_files["sound_only"])
    with qtbot.waitSignal(probe.failed, timeout=10_000) as failed:
        probe.start()
    assert failed.args == [NO_VIDEO]


@pytest.mark.parametrize("degrees", [90, -90])
def test_a_rotated_phone_clip_fills_the_pane_by_its_displayed_shape(
    qtbot, shown, tmp_path, degrees
) -> None:
    """Stored 64 × 32 with a quarter turn: shown 32 × 64, so in a 400 × 300 pane it is as
    tall as the pane (300) and half as wide (150), not 400 × 200 from the stored shape."""
    player, video = shown
    player.set_source(make_rotated(tmp_path / f"phone{degrees}.mp4", degrees), fps=5.0)
    qtbot.waitUntil(video.has_frame, timeout=10_000)
    rect = video.picture_rect()
    assert (rect.height(), rect.width()) == (300, 150)
    assert rect.center().toTuple() == (200, 150)
    # paused steps show frames decoded by the frame cache (turned upright there): same shape
    qtbot.waitUntil(lambda: player.frame_times is not None, timeout=10_000)
    with qtbot.waitSignal(player.imageReady, timeout=10_000):
        player.step(1)
    rect = video.picture_rect()
    assert (rect.height(), rect.width()) == (300, 150)


def test_an_unrotated_clip_keeps_its_shape(qtbot, shown, tmp_path) -> None:
    player, video = shown
    player.set_source(make_rotated(tmp_path / "flat.mp4", 0), fps=5.0)
    qtbot.waitUntil(video.has_frame, timeout=10_000)
    rect = video.picture_rect()
    assert (rect.width(), rect.height()) == (400, 200)


def test_a_load_given_up_as_too_slow_still_succeeds_when_its_frame_comes(qtbot, tmp_path) -> None:
    """A network drive may answer after the time limit: the late frame ends the problem."""
    watch = LoadWatch(timeout_ms=1)
    with qtbot.waitSignal(watch.failed, timeout=2000) as failed:
        watch.start(tmp_path / "slow.mp4")
    assert failed.args == [TOO_SLOW] and watch.problem == TOO_SLOW and not watch.loading
    watch.frame_shown()
    assert watch.problem is None
