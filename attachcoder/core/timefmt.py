"""Turning integer milliseconds into text and back, for the edges of the program."""

from __future__ import annotations

import re


def format_ms(ms: int | None) -> str:
    """``hh:mm:ss.mmm``; an empty string for ``None`` (a running state)."""
    if ms is None:
        return ""
    sign = "-" if ms < 0 else ""
    ms = abs(int(ms))
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, milli = divmod(rest, 1000)
    return f"{sign}{h:02d}:{m:02d}:{s:02d}.{milli:03d}"


_CLOCK = re.compile(r"^\s*(?:(\d+):)?(\d{1,2}):(\d{1,2}(?:\.\d{1,3})?)\s*$")


def parse_clock(text: str) -> int:
    """Parse ``hh:mm:ss.mmm``, ``mm:ss.mmm`` or plain seconds into milliseconds."""
    m = _CLOCK.match(text)
    if m:
        h = int(m.group(1) or 0)
        return h * 3_600_000 + int(m.group(2)) * 60_000 + round(float(m.group(3)) * 1000)
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a time; write hh:mm:ss.mmm or seconds") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(f"{text!r} is not a time")
    return round(value * 1000)


def frame_at(ms: int, fps: float) -> int:
    """The index of the frame that is on screen at ``ms`` (frame k spans [k/fps, (k+1)/fps))."""
    return int((ms * fps + 1e-6) // 1000)


def frame_start_ms(frame: int, fps: float) -> int:
    """The first whole millisecond at which frame ``frame`` is on screen."""
    start = frame * 1000 / fps
    return int(-(-start // 1))  # ceil without importing math


class Duration:
    """A duration given on the command line: ``250ms``, ``1s``, ``1.5s``, ``2f``, or seconds.

    Frames stay frames until a frame rate is known (:meth:`to_ms`).
    """

    __slots__ = ("frames", "ms", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        t = text.strip().lower()
        self.ms: float | None = None
        self.frames: float | None = None
        try:
            if t.endswith("ms"):
                self.ms = float(t[:-2])
            elif t.endswith("f"):
                self.frames = float(t[:-1])
            elif t.endswith("s"):
                self.ms = float(t[:-1]) * 1000
            else:
                self.ms = float(t) * 1000
        except ValueError:
            raise ValueError(
                f"{text!r} is not a duration; write e.g. 250ms, 1s, 1.5s, 2f (frames) or 2"
            ) from None
        value = self.ms if self.ms is not None else self.frames
        if value is None or value != value or value < 0 or value == float("inf"):
            raise ValueError(f"{text!r} is not a duration of zero or more")

    @property
    def in_frames(self) -> bool:
        return self.frames is not None

    def to_ms(self, fps: float | None = None) -> float:
        if self.ms is not None:
            return self.ms
        if not fps:
            raise ValueError(
                f"{self.text!r} is given in frames, but the media's frame rate is not known; "
                "give the duration in seconds or milliseconds instead"
            )
        assert self.frames is not None
        return self.frames * 1000.0 / fps

    def __repr__(self) -> str:
        return f"Duration({self.text!r})"
