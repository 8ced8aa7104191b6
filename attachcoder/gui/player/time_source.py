"""What coding reads the time from: the player, or a live session's clock.

A keystroke codes at the time of the frame on screen (``current_ms``); ``frameShown(ms,
index)`` announces each new frame, and the transport keys step, skip, play and change the
rate. :class:`~attachcoder.gui.player.player.Player` and
:class:`~attachcoder.gui.coding.live_clock.LiveClock` both implement it, so the window and the
keys never ask which one they have.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import SignalInstance


@runtime_checkable
class TimeSource(Protocol):
    @property
    def current_ms(self) -> int | None:
        """The start of the frame on screen in session milliseconds (None: no frame yet)."""

    @property
    def current_frame(self) -> int: ...

    @property
    def frameShown(self) -> SignalInstance: ...

    def toggle(self) -> None: ...
    def step(self, frames: int) -> None: ...
    def skip(self, ms: int) -> None: ...
    def faster(self) -> None: ...
    def slower(self) -> None: ...
    def normal_speed(self) -> None: ...
