"""Reading a video's frames with PyAV: the index, its cache, and decoding any frame by index."""

from __future__ import annotations

from pathlib import Path

import pytest
from small_videos import make_variable_rate_video, make_video, real_frame_starts

from attachcoder.io.media import index_cache
from attachcoder.io.media.frame_decoder import FrameDecoder
from attachcoder.io.media.frame_index import FrameIndexError, read_frame_times


@pytest.fixture(scope="module")
def vfr(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_variable_rate_video(tmp_path_factory.mktemp("media") / "phone.mp4")


def test_the_index_is_the_decoded_frames_own_times(vfr: Path) -> None:
    times = read_frame_times(vfr)
    assert times.starts_ms == real_frame_starts(vfr)  # demuxed == decoded
    assert times.is_variable and times.keyframes[0] == 0
    assert times.duration_ms == pytest.approx(6000, abs=100)


def test_files_that_are_no_video_say_so(tmp_path: Path) -> None:
    text = tmp_path / "notes.mp4"
    text.write_text("not a video" * 100)
    with pytest.raises(FrameIndexError, match=r"notes\.mp4: cannot be read as a video"):
        read_frame_times(text)


def test_the_cache_is_keyed_by_content_and_survives_damage(
    vfr: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ATTACHCODER_CACHE_DIR", str(tmp_path / "cache"))
    first = index_cache.load_or_build(vfr)
    [cached] = (tmp_path / "cache" / "frames").iterdir()
    assert cached.name == index_cache.content_key(vfr) + ".json"
    assert index_cache.decode(cached.read_bytes()) == first
    moved = tmp_path / "elsewhere.mp4"
    moved.write_bytes(vfr.read_bytes())
    assert index_cache.content_key(moved) == index_cache.content_key(vfr)  # a move: same key
    cached.write_bytes(b'{"format": "attachcoder-frame-index", "version": 1, "start_del')
    assert index_cache.load_or_build(moved) == first  # damaged: read again, and rewritten
    assert index_cache.decode(cached.read_bytes()) == first
    other = make_video(tmp_path / "other.mp4", 2, 9)
    assert index_cache.content_key(other) != index_cache.content_key(vfr)


def test_the_decoder_gives_every_frame_by_its_index_from_anywhere(tmp_path: Path) -> None:
    import subprocess

    import imageio_ffmpeg

    video = tmp_path / "gop.mp4"  # 4 s at 25 fps, a keyframe every 25 frames, B-frames
    subprocess.run(
        [imageio_ffmpeg.get_ffmpeg_exe(), "-loglevel", "error", "-y", "-f", "lavfi",
         "-i", "testsrc2=s=64x48:r=25:d=4", "-g", "25", "-pix_fmt", "yuv420p",
         "-c:v", "libx264", str(video)],
        check=True,
    )  # fmt: skip
    times = read_frame_times(video)
    assert times.keyframes == [0, 25, 50, 75]
    decoder = FrameDecoder(video, times)
    try:
        decoder.go_to(60)
        got = [decoder.next_frame() for _ in range(3)]
        assert [i for i, _ in got] == [50, 51, 52]  # from the keyframe before 60
        assert decoder.seeks == 1
        decoder.go_to(55)  # ahead, same GOP: goes on
        assert decoder.seeks == 1 and decoder.next_frame()[0] == 53
        decoder.go_to(10)  # behind: seeks to its keyframe
        assert decoder.seeks == 2 and decoder.next_frame()[0] == 0
        decoder.go_to(99)
        last = None
        while (got1 := decoder.next_frame()) is not None:
            last = got1
        assert last is not None and last[0] == 99 and decoder.position is None
        index, frame = (decoder.go_to(7), decoder.next_frame())[1]
        assert index == 0 and frame.pts is not None
    finally:
        decoder.close()
