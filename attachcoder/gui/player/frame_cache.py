"""Decoded frames around the playhead, kept in a bounded cache that a worker thread fills.

Stepping through a long-GOP file with ``QMediaPlayer`` is a seek from the keyframe on every
press (310 ms for a press 290 frames past a keyframe on 1080p). Here a worker decodes with
PyAV (:class:`~attachcoder.io.media.frame_decoder.FrameDecoder`) and keeps, as ``QImage``\\ s
scaled to the video pane, the frames just behind the wanted one and a few ahead of it:

* the wanted frame first (decoding on from where the decoder is, or from its keyframe; the
  frames met on the way that fall in the window behind it are kept, for free);
* then the frames ahead (one decode each: the decoder is already there);
* then the frames behind, nearest first, one GOP at a time (each refill decodes from that
  GOP's keyframe: the costly direction, so those frames are evicted last).

The cache holds at most ``budget_bytes`` of pictures; the frame farthest from the wanted one
goes first. A request the running job will reach (a key held down) lets it run; one it will
not reach stops it at the next frame. :meth:`want` answers at once from the cache; otherwise
``ready(index)`` follows when the frame is decoded.
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage, QTransform
from shiboken6 import isValid

from attachcoder.core.frame_times import FrameTimes
from attachcoder.io.media.frame_decoder import FrameDecoder
from attachcoder.io.media.frame_index import FrameIndexError

log = logging.getLogger(__name__)

#: Pictures kept at most (bytes): ~90 frames of a 960 × 540 pane, 24 of full 1080p.
DEFAULT_BUDGET = 192 << 20
#: Frames decoded ahead of the wanted one, at most.
MAX_AHEAD = 30


@dataclass(frozen=True)
class _Job:
    start: int  # decoding leads here first (going on, or from its keyframe)
    first: int  # frames first..last are kept; decoding ends at last
    last: int


class FrameCache(QObject):
    """Frames of one video as ``QImage``, decoded in the background around the wanted one."""

    #: a frame asked for with :meth:`want` is now in the cache
    ready = Signal(int)
    #: a frame asked for that the decoder does not give (the player asks QMediaPlayer)
    missing = Signal(int)
    #: the decoder cannot read the file (the player then keeps using QMediaPlayer)
    failed = Signal(str)

    def __init__(
        self,
        path: str | os.PathLike[str],
        times: FrameTimes,
        *,
        budget_bytes: int = DEFAULT_BUDGET,
        box: tuple[int, int] = (960, 540),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.times = times
        self._budget = max(int(budget_bytes), 1)
        self._cond = threading.Condition()
        self._images: dict[int, QImage] = {}
        self._skipped: set[int] = set()  # frames the decoder never gave: not asked for again
        self._target: int | None = None
        self._box = box
        self._frame_bytes = box[0] * box[1] * 4
        self._stop = False
        self._dead = False
        self.rotation = 0
        self._thread = threading.Thread(
            target=self._work, name=f"frames:{self.path.name}", daemon=True
        )
        self._thread.start()

    # ------------------------------------------------------------------ GUI side

    def want(self, index: int) -> QImage | None:
        """Ask for frame ``index``: its picture now if cached, else None (``ready`` follows)."""
        index = self.times.clamp(index)
        with self._cond:
            self._target = index
            image = self._images.get(index)
            self._cond.notify_all()
        return image

    def image(self, index: int) -> QImage | None:
        with self._cond:
            return self._images.get(index)

    @property
    def usable(self) -> bool:
        """False once the decoder has failed or the cache is closed."""
        return not (self._dead or self._stop)

    def set_box(self, width: int, height: int) -> None:
        """The pane's size in device pixels: pictures are decoded to fit it (never larger
        than the video)."""
        with self._cond:
            self._box = (max(int(width), 16), max(int(height), 16))

    def cached(self) -> list[int]:
        with self._cond:
            return sorted(self._images)

    def close(self) -> None:
        """Stop the worker and drop the pictures (waits for the frame being decoded)."""
        with self._cond:
            self._stop = True
            self._images.clear()
            self._cond.notify_all()
        if self._thread is not threading.current_thread():
            self._thread.join(timeout=5)

    # ------------------------------------------------------------------ worker

    def _capacity(self) -> int:
        return max(8, self._budget // max(self._frame_bytes, 1))

    def _windows(self) -> tuple[int, int]:
        cap = self._capacity()
        ahead = max(2, min(cap // 4, MAX_AHEAD))
        return cap - ahead - 1, ahead

    def _plan(self) -> _Job | None:
        t = self._target
        if t is None:
            return None
        behind, ahead = self._windows()
        have = self._images.keys() | self._skipped
        if t not in have:
            return _Job(t, max(0, t - behind), t)
        top = min(t + ahead, self.times.last)
        gap = next((i for i in range(t + 1, top + 1) if i not in have), None)
        if gap is not None:
            return _Job(gap, gap, top)
        low = max(0, t - behind)
        hole = next((i for i in range(t - 1, low - 1, -1) if i not in have), None)
        if hole is not None:
            first = max(low, self.times.keyframe_before(hole))
            return _Job(first, first, hole)
        return None

    def _work(self) -> None:
        try:
            decoder = FrameDecoder(self.path, self.times)
        except (FrameIndexError, OSError) as exc:
            self._die(str(exc))
            return
        try:
            while True:
                with self._cond:
                    job = None
                    while not self._stop and (job := self._plan()) is None:
                        if not self._cond.wait(timeout=2.0) and not isValid(self):
                            return  # deleted with its player without close(): end quietly
                    if self._stop or job is None:
                        return
                self._run(decoder, job)
        except Exception as exc:  # a damaged stream: say so once, QMediaPlayer takes over
            log.warning("decoding %s stopped: %s", self.path, exc)
            self._die(self.tr("{0}: frames could not be decoded ({1})").format(self.path.name, exc))
        finally:
            decoder.close()

    def _run(self, decoder: FrameDecoder, job: _Job) -> None:
        decoder.go_to(job.start)
        since = job.start if decoder.position is None else decoder.position + 1
        while True:
            got = decoder.next_frame()
            if got is None:
                self._give_up(range(since, job.last + 1))
                return
            index, frame = got
            self._give_up(range(since, index))  # frames the stream skipped on the way
            since = index + 1
            with self._cond:
                if self._stop:
                    return
                keep = job.first <= index <= job.last and index not in self._images
            if keep:
                self._keep(index, frame, decoder.rotation)
            if index >= job.last:
                return
            with self._cond:
                t = self._target
                if t is not None and t not in self._images and not (index < t <= job.last):
                    return  # the new wanted frame is not on this job's way: plan again

    def _give_up(self, indices: range) -> None:
        """Frames between two decoded ones (or at the end) that the decoder never gave."""
        if not indices:
            return
        with self._cond:
            lost = [i for i in indices if i not in self._images]
            self._skipped.update(lost)
            wanted = self._target in lost
            t = self._target
        if wanted and t is not None:
            try:
                self.missing.emit(t)
            except RuntimeError:
                pass

    def _keep(self, index: int, frame: Any, rotation: int) -> None:
        image = self._picture(frame, rotation)
        with self._cond:
            if self._stop:
                return
            self._frame_bytes = image.sizeInBytes()
            self._images[index] = image
            self._evict()
            wanted = index == self._target
        if wanted:
            self._emit_ready(index)

    def _picture(self, frame: Any, rotation: int) -> QImage:
        with self._cond:
            box_w, box_h = self._box
        w, h = int(frame.width), int(frame.height)
        turned = rotation % 180 != 0
        fit_w, fit_h = (box_h, box_w) if turned else (box_w, box_h)
        scale = min(fit_w / w, fit_h / h, 1.0)
        out_w = max(2, int(w * scale) // 2 * 2)
        out_h = max(2, int(h * scale) // 2 * 2)
        pixels = frame.reformat(width=out_w, height=out_h, format="bgra").to_ndarray()
        image = QImage(
            pixels.data, out_w, out_h, pixels.strides[0], QImage.Format.Format_RGB32
        ).copy()
        if rotation % 360:
            self.rotation = rotation
            image = image.transformed(QTransform().rotate(-rotation))
        return image

    def _evict(self) -> None:
        t = self._target if self._target is not None else 0
        cap = self._capacity()
        while len(self._images) > cap:
            # ahead is cheap to decode again (one frame each); behind costs a GOP
            far = max(
                (i for i in self._images if i != t),
                key=lambda i: (i - t) * 2 if i > t else t - i,
                default=None,
            )
            if far is None:
                return
            del self._images[far]

    def _emit_ready(self, index: int) -> None:
        try:
            self.ready.emit(index)
        except RuntimeError:  # the cache was deleted with its player: nobody is waiting
            with self._cond:
                self._stop = True

    def _die(self, message: str) -> None:
        self._dead = True
        try:
            self.failed.emit(message)
        except RuntimeError:
            pass
