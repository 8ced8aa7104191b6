"""The player's real frames: the video's frame index, read in the background, and the cache of
decoded frames that paused stepping shows.

Opening a video never waits for either: :class:`RealFrames` reads (or finds cached) the
frame index in a worker thread and announces it with ``indexReady``; until then, and for any
video PyAV cannot read, the player counts frames on the ``fps`` grid as before. Once the index
is known a :class:`~attachcoder.gui.player.frame_cache.FrameCache` is started for stepping.
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from attachcoder.core.frame_times import FrameTimes
from attachcoder.gui.player.frame_cache import FrameCache
from attachcoder.io.media.frame_index import FrameIndexError
from attachcoder.io.media.index_cache import load_or_build

log = logging.getLogger(__name__)


class IndexReader(QObject):
    """Reads (or finds cached) a video's frame index in a worker thread: ``done(path, times)``,
    with ``times`` None when PyAV cannot read the file.

    The worker only appends plain values to a list; a timer on the GUI thread hands them on.
    A worker thread emitting a Qt signal itself could touch this object after the window that
    owns it was closed, which crashed the process.
    """

    done = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._results: list[tuple[Path, FrameTimes | None]] = []
        self._pending = 0
        self._timer = QTimer(self)
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._hand_on)

    def read(self, path: Path) -> None:
        self._pending += 1
        self._timer.start()
        threading.Thread(
            target=self._read, args=(path,), name=f"index:{path.name}", daemon=True
        ).start()

    def _read(self, path: Path) -> None:
        try:
            times: FrameTimes | None = load_or_build(path)
        except (FrameIndexError, OSError, ValueError) as exc:
            log.info("no frame index for %s: %s", path, exc)
            times = None
        self._results.append((path, times))  # a plain list: safe from any thread

    def _hand_on(self) -> None:
        while self._results:
            path, times = self._results.pop(0)
            self._pending -= 1
            self.done.emit(path, times)
        if self._pending <= 0:
            self._timer.stop()


class RealFrames(QObject):
    """Frame index and decoded-frame cache of the player's current video."""

    #: the FrameTimes of the current video (None: not known, or no video)
    indexReady = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path: Path | None = None
        self.times: FrameTimes | None = None
        self.cache: FrameCache | None = None
        self._box = (960, 540)
        self._reader = IndexReader(self)
        self._reader.done.connect(self._on_loaded)

    def load(self, path: str | os.PathLike[str] | None) -> None:
        """Forget the previous video; start reading the index of ``path`` (if any)."""
        self._drop_cache()
        self.times = None
        self._path = Path(path) if path is not None else None
        if self._path is not None:
            self._reader.read(self._path)

    def _on_loaded(self, path: Path, times: FrameTimes | None) -> None:
        if path != self._path or times is None:
            return  # a video since replaced, or one PyAV cannot read
        self.times = times
        self.cache = FrameCache(path, times, box=self._box, parent=self)
        self.cache.failed.connect(self._on_cache_failed)
        self.indexReady.emit(times)

    def _on_cache_failed(self, message: str) -> None:
        log.warning("%s", message)

    @property
    def can_decode(self) -> bool:
        return self.cache is not None and self.cache.usable

    def set_box(self, width: int, height: int) -> None:
        """The video pane's size in device pixels (decoded frames are fitted to it)."""
        self._box = (width, height)
        if self.cache is not None:
            self.cache.set_box(width, height)

    def close(self) -> None:
        self.load(None)

    def _drop_cache(self) -> None:
        if self.cache is not None:
            cache, self.cache = self.cache, None
            cache.close()
            cache.deleteLater()
