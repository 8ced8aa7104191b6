"""Reading the sound track in a worker thread, with progress, for the timeline's sound row.

Opening a session never waits for the sound: :class:`SoundReader` finds it in the cache or
reads it (:func:`attachcoder.io.media.sound_cache.load_or_build`) in a daemon thread, as the
player's frame index is read, and reports through queued signals. Each read is a *job*: a new
one cancels the one before (the coder opened another session), whose late signals the row
ignores by their job number. The sources are tried in order — the chosen camera first — and
the first with an audio stream is the one heard; a source that cannot be read is skipped.
"""

from __future__ import annotations

import itertools
import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

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


class SoundReader(QObject):
    """Reads sound tracks in worker threads; one job at a time matters."""

    #: (job, fraction read 0…1) — only once the source is known to have sound
    progress = Signal(int, float)
    #: (job, SoundResult)
    done = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs = itertools.count(1)
        self._cancel: threading.Event | None = None
        self.job = 0

    def read(self, sources: list[SoundSource]) -> int:
        """Start reading ``sources`` (the first with sound wins); returns the job number."""
        self.cancel()
        self.job = next(self._jobs)
        self._cancel = threading.Event()
        threading.Thread(
            target=self._run,
            args=(self.job, list(sources), self._cancel),
            name=f"sound:{self.job}",
            daemon=True,
        ).start()
        return self.job

    def cancel(self) -> None:
        """Give up the current job (its thread stops at its next packet)."""
        if self._cancel is not None:
            self._cancel.set()
            self._cancel = None

    def _run(self, job: int, sources: list[SoundSource], cancel: threading.Event) -> None:
        result = SoundResult(None, None)
        for source in sources:
            try:
                track = load_or_build(
                    source.path,
                    progress=lambda f: self._emit("progress", job, f),
                    cancelled=cancel.is_set,
                )
            except SoundReadCancelled:
                return
            except (SoundTrackError, OSError, ValueError) as exc:
                log.info("no sound track from %s: %s", source.path, exc)
                continue
            if track is not None:
                result = SoundResult(source, track)
                break
        if not cancel.is_set():
            self._emit("done", job, result)

    def _emit(self, signal: str, *args: object) -> None:
        try:
            getattr(self, signal).emit(*args)
        except RuntimeError:  # the reader went away while the sound was read
            pass
