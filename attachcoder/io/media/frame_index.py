"""Reading a video's frame times from its container with PyAV (no decoding, no Qt).

Every video packet carries the presentation timestamp of the frame it holds; demuxing the
stream once (seconds for an hour of video: packets are read, not decoded) gives every frame's
start, whatever the rate says. Times are on the media clock as Qt's decoder reports it: the
container's start time is taken away, so the first frame of an ``.mp4`` made with an offset,
or of an MPEG-TS stream, is at 0 as it is on screen. Packets a decoder discards (the lead-in
of an edit list) and any before the start are no frames.
"""

from __future__ import annotations

import os
from fractions import Fraction
from pathlib import Path
from typing import Any

from attachcoder.core.frame_times import FrameTimes, start_ms_of


class FrameIndexError(Exception):
    """The frames of a video could not be read; the message names the file and why."""


def pts_to_us(pts: int, time_base: Fraction, start_us: int) -> int:
    """A timestamp in the stream's time base → microseconds of media time (as Qt rounds)."""
    return round(pts * time_base * 1_000_000) - start_us


def pts_to_ms(pts: int, time_base: Fraction, start_us: int) -> int:
    """A timestamp → the start of its frame in whole ms (``core.frame_times.start_ms_of``)."""
    return start_ms_of(pts_to_us(pts, time_base, start_us))


def container_start_us(container: Any) -> int:
    """The container's start time in µs (0 when it has none): what Qt subtracts."""
    start = container.start_time
    return int(start) if start is not None and start > 0 else 0


def open_video(path: str | os.PathLike[str]) -> tuple[Any, Any]:
    """The PyAV container and its first video stream; :class:`FrameIndexError` says why not."""
    import av

    where = Path(path)
    try:
        container = av.open(str(where))
    except (OSError, av.FFmpegError) as exc:
        raise FrameIndexError(f"{where.name}: cannot be read as a video ({exc})") from exc
    if not container.streams.video:
        container.close()
        raise FrameIndexError(f"{where.name}: has no video stream")
    return container, container.streams.video[0]


def read_frame_times(path: str | os.PathLike[str]) -> FrameTimes:
    """Every frame's start time and the keyframes of the first video stream of ``path``."""
    import av

    container, stream = open_video(path)
    try:
        tb = stream.time_base
        if tb is None:
            raise FrameIndexError(f"{Path(path).name}: the video stream has no time base")
        start = container_start_us(container)
        frames: list[tuple[int, bool]] = []
        for packet in container.demux(stream):
            if packet.size == 0 or packet.is_discard:
                continue
            ts = packet.pts if packet.pts is not None else packet.dts
            if ts is None:
                continue
            us = pts_to_us(ts, tb, start)
            if us < 0:
                continue
            frames.append((start_ms_of(us), bool(packet.is_keyframe)))
        duration_ms = None
        if container.duration is not None and container.duration > 0:
            duration_ms = int(container.duration) // 1000
    except av.FFmpegError as exc:
        raise FrameIndexError(f"{Path(path).name}: damaged video data ({exc})") from exc
    finally:
        container.close()
    if not frames:
        raise FrameIndexError(f"{Path(path).name}: the video stream holds no frames")
    frames.sort()
    starts: list[int] = []
    keys: list[int] = []
    for ms, key in frames:
        if starts and starts[-1] == ms:  # the same frame twice (a repeated packet)
            if key and keys[-1:] != [len(starts) - 1]:
                keys.append(len(starts) - 1)
            continue
        if key:
            keys.append(len(starts))
        starts.append(ms)
    return FrameTimes(starts, keyframes=keys, duration_ms=duration_ms)
