"""The frames a video really has: each frame's start in integer milliseconds of media time.

A frame rate is only a summary. Phone and screen recordings change their rate as they go (a
clip may be 30 frames a second, then 15), and a grid ``k / fps`` then names frames that do not
exist and misses ones that do. :class:`FrameTimes` holds the start of every frame as the
container's presentation timestamps give it (read by ``attachcoder.io.media.frame_index``), so
"the next frame", "the frame on screen at t" and "the frame number" are the stream's own, on
variable- and constant-rate files alike.

A frame's start is its presentation time in microseconds (rounded, as Qt's decoder reports it)
rounded *up* to a whole millisecond: the frame is on screen from that millisecond on, so a time
coded on it maps back to it.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

#: Frame durations (ms) that differ by no more than this are one rate (whole-ms rounding).
_JITTER_MS = 2
#: ... and by no more than this share of the shorter one.
_JITTER_SHARE = 0.1


def start_ms_of(us: int) -> int:
    """The whole millisecond a frame starting at ``us`` microseconds is first on screen."""
    return -(-int(us) // 1000)


class FrameTimes:
    """The start (ms) of every frame of one video, ascending, and which frames are keyframes."""

    __slots__ = ("_keyframes", "_starts", "duration_ms")

    def __init__(
        self,
        starts_ms: Sequence[int],
        *,
        keyframes: Sequence[int] = (),
        duration_ms: int | None = None,
    ) -> None:
        starts = sorted(set(int(s) for s in starts_ms))
        if not starts:
            raise ValueError("a video has at least one frame")
        self._starts: list[int] = starts
        n = len(starts)
        self._keyframes: list[int] = sorted({k for k in keyframes if 0 <= k < n} | {0})
        self.duration_ms = duration_ms

    def __len__(self) -> int:
        return len(self._starts)

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, FrameTimes)
            and self._starts == other._starts
            and self._keyframes == other._keyframes
        )

    def __hash__(self) -> int:  # pragma: no cover - not used as a key
        return hash((len(self._starts), self._starts[0], self._starts[-1]))

    @property
    def starts_ms(self) -> list[int]:
        """Every frame's start (a copy)."""
        return list(self._starts)

    @property
    def keyframes(self) -> list[int]:
        """The indices of the frames a decoder can start from (a copy)."""
        return list(self._keyframes)

    @property
    def last(self) -> int:
        """The index of the last frame."""
        return len(self._starts) - 1

    def clamp(self, index: int) -> int:
        return max(0, min(int(index), self.last))

    def start_ms(self, index: int) -> int:
        """Start of frame ``index`` (clamped to the video's frames)."""
        return self._starts[self.clamp(index)]

    def index_at(self, ms: int) -> int:
        """The frame on screen at ``ms``: the last one starting at or before it (0 before the
        first frame, the last frame after the end)."""
        return max(0, bisect_right(self._starts, int(ms)) - 1)

    def index_of_frame(self, ms: int, tolerance_ms: int = 1) -> int | None:
        """The frame that starts at ``ms`` (± ``tolerance_ms``, for a decoder that rounds
        differently), or None when no frame starts there."""
        i = bisect_left(self._starts, int(ms) - tolerance_ms)
        if i < len(self._starts) and abs(self._starts[i] - int(ms)) <= tolerance_ms:
            return i
        return None

    def nearest(self, ms: int) -> int:
        """The frame whose start is nearest to ``ms`` (the earlier one on a tie)."""
        i = bisect_left(self._starts, int(ms))
        if i <= 0:
            return 0
        if i >= len(self._starts):
            return self.last
        before, after = self._starts[i - 1], self._starts[i]
        return i - 1 if ms - before <= after - ms else i

    def keyframe_before(self, index: int) -> int:
        """The last keyframe at or before frame ``index`` (where decoding it must start)."""
        k = bisect_right(self._keyframes, self.clamp(index)) - 1
        return self._keyframes[max(k, 0)]

    # ------------------------------------------------------------------ rates

    def _durations(self) -> list[int]:
        s = self._starts
        return [b - a for a, b in itertools.pairwise(s)]

    @property
    def mean_fps(self) -> float | None:
        """Frames per second over the whole video (None for a single frame)."""
        span = self._starts[-1] - self._starts[0]
        if len(self._starts) < 2 or span <= 0:
            return None
        return (len(self._starts) - 1) * 1000.0 / span

    def rate_range(self) -> tuple[float, float] | None:
        """The slowest and fastest rate the video keeps (frames per second), ignoring the
        rarest 1 % of frame durations at each end (one dropped frame is not a rate);
        None for a single frame."""
        d = sorted(x for x in self._durations() if x > 0)
        if not d:
            return None
        cut = len(d) // 100
        kept = d[cut : len(d) - cut] or d
        short, long = kept[0], kept[-1]

        def rate_near(ms: int) -> float:
            near = [x for x in kept if abs(x - ms) <= 1]  # undo the whole-ms rounding
            return 1000.0 * len(near) / sum(near)

        return rate_near(long), rate_near(short)

    @property
    def is_variable(self) -> bool:
        """True when the frame durations differ by more than whole-millisecond rounding."""
        d = sorted(x for x in self._durations() if x > 0)
        if len(d) < 2:
            return False
        cut = len(d) // 100
        kept = d[cut : len(d) - cut] or d
        short, long = kept[0], kept[-1]
        return long - short > max(_JITTER_MS, _JITTER_SHARE * short)


def describe_rate(fps: float | None, fps_range: tuple[float, float] | None = None) -> str:
    """``25 frames/s``, or ``variable frame rate (15–30 fps)``, or ``frame rate unknown``."""
    if fps_range is not None:
        lo, hi = fps_range
        return f"variable frame rate ({_num(lo)}–{_num(hi)} fps)"
    if fps:
        return f"{_num(fps)} frames/s"
    return "frame rate unknown"


def _num(x: float) -> str:
    return f"{round(x, 2):g}"
