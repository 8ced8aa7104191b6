"""Reading the sound track in a worker thread, with progress, for the timeline's sound row.

Opening a session never waits for the sound: :class:`SoundReader` finds it in the cache or
reads it (:func:`attachcoder.io.media.sound_cache.load_or_build`) in a daemon thread, and a
timer in the GUI thread reports its progress and result as signals. Each read is a *job*: a
new one cancels the one before (the coder opened another session), and the row ignores
anything of an older job by its number. The sources are tried in order — the chosen camera
first — and the first with an audio stream is the one heard; one that cannot be read is
skipped.
"""

from __future__ import annotations

import itertools
import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from attachcoder.io.media.sound_cache import load_or_build
from attachcoder.io.media.sound_envelope import SoundTrack
from attachcoder.io.media.sound_track import SoundReadCancelled, SoundTrackError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SoundSource:
    """A camera's video and where its media clock sits on the session clock."""

    camera: int
    """0 for the first camera, 1 for the second."""
    path: Path
    offset_ms: int = 0


@dataclass(frozen=True)
class SoundResult:
    """What a job found: the track and the source it came from, or neither (no audio)."""

    source: SoundSource | None
    track: SoundTrack | None


class _Job:
    """One read, shared by the worker thread (which writes it) and the GUI thread (which reads
    it): plain Python values only, so the worker never touches a Qt object."""

    def __init__(self, number: int, sources: list[SoundSource]) -> None:
        self.number = number
        self.sources = sources
        self.cancel = threading.Event()
        self.finished = threading.Event()
        self.progress: float | None = None
        self.result = SoundResult(None, None)


class SoundReader(QObject):
    """Reads sound tracks in worker threads; one job at a time matters.

    The worker only fills in its :class:`_Job`; a timer in the GUI thread looks at it every
    ``POLL_MS`` while a job runs and emits the signals. (A worker emitting on this object
    itself could do so while the window is being torn down and the object destroyed, which
    crashes the process, not merely raises.)
    """

    POLL_MS = 50

    #: (job, fraction read 0…1) — only once the source is known to have sound
    progress = Signal(int, float)
    #: (job, SoundResult)
    done = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._numbers = itertools.count(1)
        self._job: _Job | None = None
        self._told: float | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(self.POLL_MS)
        self._timer.timeout.connect(self._poll)
        self.job = 0

    def read(self, sources: list[SoundSource]) -> int:
        """Start reading ``sources`` (the first with sound wins); returns the job number."""
        self.cancel()
        self.job = next(self._numbers)
        job = self._job = _Job(self.job, list(sources))
        self._told = None
        threading.Thread(target=_run, args=(job,), name=f"sound:{job.number}", daemon=True).start()
        self._timer.start()
        return job.number

    def cancel(self) -> None:
        """Give up the current job (its thread stops at its next packet)."""
        self.abandon()
        self._job = None
        self._timer.stop()

    def abandon(self) -> None:
        """Tell the current job's thread to stop; no Qt call (safe while being destroyed)."""
        if self._job is not None:
            self._job.cancel.set()

    def _poll(self) -> None:
        job = self._job
        if job is None:
            self._timer.stop()
            return
        finished = job.finished.is_set()
        if job.progress is not None and job.progress != self._told:
            self._told = job.progress
            self.progress.emit(job.number, job.progress)
        if finished:
            self._job = None
            self._timer.stop()
            self.done.emit(job.number, job.result)


def _run(job: _Job) -> None:
    """The worker: the first of the job's sources with sound, into ``job.result``."""

    def told(fraction: float) -> None:
        job.progress = fraction

    for source in job.sources:
        try:
            track = load_or_build(source.path, progress=told, cancelled=job.cancel.is_set)
        except SoundReadCancelled:
            return
        except (SoundTrackError, OSError, ValueError) as exc:
            log.info("no sound track from %s: %s", source.path, exc)
            continue
        if track is not None:
            job.result = SoundResult(source, track)
            break
    job.finished.set()
