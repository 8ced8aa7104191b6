"""FrameTimes: the frame on screen at t, the frame starting at t, keyframes, rates."""

from __future__ import annotations

import pytest

from attachcoder.core.frame_times import FrameTimes, describe_rate, start_ms_of

# 30 fps for 3 s then 15 fps for 3 s, as an encoder's microseconds rounded up to ms
VFR = [start_ms_of(round(i * 1e6 / 30)) for i in range(90)] + [
    start_ms_of(round(3e6 + i * 1e6 / 15)) for i in range(45)
]


def test_start_ms_rounds_the_microseconds_up() -> None:
    assert [start_ms_of(us) for us in (0, 1, 33_333, 33_334, 1_000_000)] == [0, 1, 34, 34, 1000]


def test_the_frame_on_screen_and_the_frame_starting_there() -> None:
    t = FrameTimes(VFR, keyframes=[0, 60, 100])
    assert len(t) == 135 and t.last == 134
    assert [t.index_at(ms) for ms in (-5, 0, 33, 34, 2999, 3000, 3066, 3067, 10**6)] == [
        0, 0, 0, 1, 89, 90, 90, 91, 134,
    ]  # fmt: skip
    assert t.start_ms(91) == 3067 and t.start_ms(500) == t.start_ms(134)
    assert t.index_of_frame(3067) == 91 and t.index_of_frame(3066) == 91
    assert t.index_of_frame(3030) is None  # no frame starts there
    assert t.nearest(3030) == 90 and t.nearest(3040) == 91 and t.nearest(-9) == 0
    assert [t.keyframe_before(i) for i in (0, 59, 60, 99, 100, 134)] == [0, 0, 60, 60, 100, 100]


def test_rates_of_a_variable_and_a_constant_video() -> None:
    vfr = FrameTimes(VFR)
    assert vfr.is_variable
    lo, hi = vfr.rate_range()  # type: ignore[misc]
    assert (lo, hi) == (pytest.approx(15, abs=0.01), pytest.approx(30, abs=0.01))
    assert describe_rate(22.5, (lo, hi)) == "variable frame rate (15–30 fps)"
    ntsc = FrameTimes([start_ms_of(round(i * 1001e6 / 30000)) for i in range(3000)])
    assert not ntsc.is_variable  # 33 and 34 ms frames: whole-ms rounding, not a change of rate
    assert ntsc.mean_fps == pytest.approx(29.97, abs=0.01)
    assert describe_rate(30000 / 1001) == "29.97 frames/s" and describe_rate(None) == (
        "frame rate unknown"
    )
    one_dropped = FrameTimes([i * 40 for i in range(500) if i != 250])
    assert not one_dropped.is_variable  # one dropped frame is not a rate


def test_a_video_has_frames() -> None:
    with pytest.raises(ValueError):
        FrameTimes([])
