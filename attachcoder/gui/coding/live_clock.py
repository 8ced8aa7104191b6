"""A clock for live coding: a session without video runs on time the user starts and pauses.

:class:`LiveClock` is a :class:`~attachcoder.gui.player.time_source.TimeSource`, as the
player is, so the window, the keys, the table and the timeline code against either. By
nature, the "frame" index of ``frameShown`` counts clock ticks, the speed keys change nothing
(real time runs at 1×), and :attr:`current_ms` is the time of the key press itself, not of the
last tick — in the room nothing is "on screen" that could lag behind.

Stopping ends the observation: :func:`plan_stop_session` closes every running state at the
stop time and extends ``duration_ms`` to it, as one change (one undo step).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer, Signal

from attachcoder.core.changes import Change, CompoundChange
from attachcoder.core.session import Session

TICK_MS = 40
"""How often the display is told the time (25 times a second, like a PAL video)."""


class LiveClock(QObject):
    """Session time from a monotonic clock, started, paused and stopped by the user."""

    #: (session ms, tick index) — about every :data:`TICK_MS` while running, and on every jump.
    frameShown = Signal(int, int)
    playingChanged = Signal(bool)
    #: the furthest time reached so far (the session's span), on pause, stop and jumps
    durationChanged = Signal(int)
    #: the clock was stopped at this time (the observation ended)
    stopped = Signal(int)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        start_ms: int = 0,
        now_ms: Callable[[], int] | None = None,
    ) -> None:
        super().__init__(parent)
        if now_ms is None:
            elapsed = QElapsedTimer()
            elapsed.start()
            now_ms = elapsed.elapsed
        self._now = now_ms
        self._base = max(0, int(start_ms))  # session time when the clock last (re)started
        self._since: int | None = None  # monotonic ms at that moment, None when paused
        self._reached = self._base
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    # ------------------------------------------------------------------ the time source

    @property
    def current_ms(self) -> int:
        """Session time now (while running: at this very call)."""
        if self._since is None:
            return self._base
        return self._base + max(0, int(self._now()) - self._since)

    @property
    def current_frame(self) -> int:
        return self.current_ms // TICK_MS

    @property
    def duration_ms(self) -> int:
        """The furthest time the clock has reached."""
        return max(self._reached, self.current_ms)

    @property
    def is_playing(self) -> bool:
        return self._since is not None

    @property
    def is_stopped(self) -> bool:
        """True after :meth:`stop` until the clock is started again."""
        return self._stopped

    def play(self) -> None:
        """Start (or resume) the clock from where it stands."""
        if self._since is not None:
            return
        self._stopped = False
        self._since = int(self._now())
        self._timer.start()
        self.playingChanged.emit(True)
        self._emit_time()

    def pause(self) -> None:
        if self._since is None:
            return
        self._base = self.current_ms
        self._since = None
        self._timer.stop()
        self._reached = max(self._reached, self._base)
        self.playingChanged.emit(False)
        self._emit_time()
        self.durationChanged.emit(self._reached)

    def toggle(self) -> None:
        if self.is_playing:
            self.pause()
        else:
            self.play()

    def stop(self) -> None:
        """End the observation here (the window then closes the running states)."""
        self.pause()
        self._stopped = True
        self.stopped.emit(self._base)

    def seek(self, session_ms: int) -> None:
        """Set the clock (paused or running) to ``session_ms``, e.g. to correct a late start."""
        t = max(0, int(session_ms))
        self._reached = max(self._reached, self.current_ms, t)
        self._base = t
        if self._since is not None:
            self._since = int(self._now())
        self._emit_time()
        self.durationChanged.emit(self._reached)

    def step(self, frames: int) -> None:
        """Move by whole ticks (pausing first), the clock's nearest thing to a frame step."""
        self.pause()
        self.seek(self.current_ms + frames * TICK_MS)

    def skip(self, ms: int) -> None:
        self.seek(self.current_ms + ms)

    def faster(self) -> None:
        """Real time runs at 1×: the speed keys change nothing."""

    def slower(self) -> None:
        pass

    def normal_speed(self) -> None:
        pass

    # ------------------------------------------------------------------ internals

    def _tick(self) -> None:
        self._emit_time()

    def _emit_time(self) -> None:
        t = self.current_ms
        self.frameShown.emit(t, t // TICK_MS)


def plan_stop_session(session: Session, at_ms: int) -> CompoundChange:
    """Close every running state at ``at_ms`` and extend the session's span to it: one change.

    A state that started after ``at_ms`` (the clock was set back) is left running; the session
    would refuse to end it before it began.
    """
    parts: list[Change] = []
    for layer, ep in sorted(session.running_states().items()):
        if ep.onset_ms <= at_ms:
            parts.append(session.plan_stop(layer, at_ms))
    if at_ms > session.duration_ms:
        parts.append(session.plan_field("duration_ms", at_ms))
    return CompoundChange(tuple(parts))
