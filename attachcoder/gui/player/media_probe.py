"""Finding out what a video is before a session is made of it: duration, frame rate, checksum.

The duration and frame rate come from the program's one media wrapper
(:class:`attachcoder.gui.player.player.Player`, silent): it is loaded, and the first decoded frame
and the container's duration answer. Whether the rate is variable (phone and screen
recordings), and between which rates, comes from the video's frame index, read meanwhile in
the background (and so cached for when the session is opened). The SHA-256 of the file (how
a session recognises its video if it moves) is computed in a worker thread, so a 4 GB
recording never freezes the window.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from attachcoder.core.frame_times import FrameTimes
from attachcoder.gui.player.load_watch import TOO_SLOW, said
from attachcoder.gui.player.player import Player
from attachcoder.gui.player.real_frames import IndexReader

PROBE_TIMEOUT_MS = 20_000
CHUNK = 1 << 20


@dataclass(frozen=True)
class VideoFacts:
    path: Path
    duration_ms: int
    fps: float | None
    size: int
    #: (slowest, fastest) rate when the video's rate varies; None when constant or unknown
    fps_range: tuple[float, float] | None = None


class VideoProbe(QObject):
    """Loads one video silently and reports its facts (``done``) or why it cannot (``failed``)."""

    done = Signal(object)  # VideoFacts
    failed = Signal(str)

    def __init__(self, path: str | os.PathLike[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.facts: VideoFacts | None = None
        self.error: str | None = None
        self._player: Player | None = None
        self._frame_seen = False
        self._index_read = False
        self._times: FrameTimes | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self._fail(said(TOO_SLOW)))

    def start(self) -> None:
        if not self.path.is_file():
            QTimer.singleShot(0, lambda: self._fail(self.tr("no such file")))
            return
        self._player = Player(self, audio=False, real_frames=False)
        self._player.frameShown.connect(self._on_frame)
        self._player.durationChanged.connect(self._check)
        self._player.errorOccurred.connect(self._fail)
        self._player.loadFailed.connect(self._fail)  # no video stream, unreadable, …
        self._timer.start(PROBE_TIMEOUT_MS)
        reader = IndexReader(self)
        reader.done.connect(self._on_index)
        reader.read(self.path)
        self._player.set_source(self.path)

    @property
    def finished(self) -> bool:
        return self.facts is not None or self.error is not None

    def _on_frame(self, _ms: int, _frame: int) -> None:
        self._frame_seen = True
        self._check()

    def _on_index(self, _path: Path, times: FrameTimes | None) -> None:
        self._index_read, self._times = True, times
        self._check()

    def _check(self, *_args: object) -> None:
        p = self._player
        if p is None or self.finished or not self._frame_seen or p.duration_ms <= 0:
            return
        if not self._index_read:
            # Qt has answered in time; the index (every packet read: seconds for hours of
            # video, like the checksum) gets no time limit
            self._timer.stop()
            return
        times = self._times
        fps_range = times.rate_range() if times is not None and times.is_variable else None
        size = self.path.stat().st_size
        self.facts = VideoFacts(self.path, p.duration_ms, p.fps, size, fps_range)
        self._release()
        self.done.emit(self.facts)

    def _fail(self, message: str) -> None:
        if self.finished:
            return
        self.error = message
        self._release()
        self.failed.emit(message)

    def _release(self) -> None:
        self._timer.stop()
        if self._player is not None:
            player, self._player = self._player, None
            player.frameShown.disconnect(self._on_frame)
            player.close()
            player.deleteLater()


class HashWorker(QThread):
    """SHA-256 of one file, off the GUI thread; ``hashed(hex)`` or ``failed(message)``.

    ``requestInterruption()`` stops it between two blocks (a new file chosen, a dialog closed).
    """

    hashed = Signal(str)
    failed = Signal(str)

    def __init__(self, path: str | os.PathLike[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.digest: str | None = None
        self.error: str | None = None

    def run(self) -> None:
        h = hashlib.sha256()
        try:
            with open(self.path, "rb") as fh:
                while block := fh.read(CHUNK):
                    if self.isInterruptionRequested():
                        return
                    h.update(block)
        except OSError as exc:
            self.error = self.tr("cannot read {0}: {1}").format(self.path.name, exc.strerror or exc)
            self.failed.emit(self.error)
            return
        self.digest = h.hexdigest()
        self.hashed.emit(self.digest)
