"""Decoding a video's frames in order with PyAV, each named by its real index (no Qt).

A decoder can only start at a keyframe; a frame 290 frames past one costs 290 decodes. So the
decoder remembers where it is: asking for a frame a little ahead of the last one decoded goes
on decoding, and only a frame behind it, or further ahead than its keyframe, seeks. Frames
come out in presentation order, each with its index in the video's :class:`FrameTimes`
(frames that are not in the index — a broken leading B-frame after a seek — are skipped).

One decoder belongs to one thread: the player's frame cache runs it in its worker.
"""

from __future__ import annotations

import os
from collections import deque
from typing import Any

from attachcoder.core.frame_times import FrameTimes
from attachcoder.io.media.frame_index import container_start_us, open_video, pts_to_ms


class FrameDecoder:
    """Yields ``(index, av.VideoFrame)`` from any frame on; :meth:`close` releases the file."""

    def __init__(self, path: str | os.PathLike[str], times: FrameTimes) -> None:
        self._container, self._stream = open_video(path)
        self._stream.codec_context.thread_type = "AUTO"
        self._times = times
        self._tb = self._stream.time_base
        self._start_us = container_start_us(self._container)
        self._packets: Any = None
        self._ready: deque[Any] = deque()
        #: index of the last frame handed out since the last seek (None: must seek first)
        self.position: int | None = None
        self.seeks = 0
        self.decoded = 0

    @property
    def rotation(self) -> int:
        """Degrees the picture is turned for display (counter-clockwise), from the stream."""
        return self._rotation

    _rotation = 0

    def close(self) -> None:
        self._ready.clear()
        self._packets = None
        self._container.close()

    def go_to(self, index: int) -> None:
        """Make the next frames handed out lead to ``index`` at the least cost: go on from
        here if that is no more decoding than from its keyframe, else seek to the keyframe."""
        index = self._times.clamp(index)
        key = self._times.keyframe_before(index)
        here = self.position
        if here is not None and key - 1 <= here < index:
            return
        self._seek(key)

    def _seek(self, key: int) -> None:
        ms = self._times.start_ms(key)
        # the keyframe's start in the stream's time base, a hair late: a backward seek to it
        # lands on that keyframe (and never on the one before).
        target = (ms * 1000 + self._start_us) / 1_000_000 / self._tb
        self._container.seek(int(target), stream=self._stream, backward=True)
        self._packets = self._container.demux(self._stream)
        self._ready.clear()
        self.position = key - 1
        self.seeks += 1

    def next_frame(self) -> tuple[int, Any] | None:
        """The next frame in presentation order and its index; None at the end of the video."""
        if self._packets is None:
            self._seek(0)
        while True:
            while self._ready:
                frame = self._ready.popleft()
                index = self._index_of(frame)
                if index is None or (self.position is not None and index <= self.position):
                    continue
                self.position = index
                return index, frame
            try:
                packet = next(self._packets)
            except StopIteration:
                self.position = None
                self._packets = None
                return None
            for frame in packet.decode():
                self.decoded += 1
                if frame.rotation:
                    self._rotation = int(frame.rotation)
                self._ready.append(frame)

    def _index_of(self, frame: Any) -> int | None:
        ts = frame.pts
        if ts is None:
            return None
        return self._times.index_of_frame(pts_to_ms(ts, self._tb, self._start_us))
