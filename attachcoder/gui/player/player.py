"""The one wrapper around ``QMediaPlayer``: integer milliseconds, and the frame on screen.

Nothing else in the program touches ``QMediaPlayer`` (after Picard's ``ui/player/player.py``).
What the player reports is the frame actually delivered to the screen, never
``QMediaPlayer.position()``: measured with PySide6 6.12's FFmpeg backend, ``position()`` runs
up to ~60 ms away from the frame shown, while ``QVideoFrame.startTime()`` of the frame handed
to the ``QVideoSink`` was exact on every frame. So:

* ``frameShown(ms, index)`` is emitted for every frame delivered, with the frame's start time
  (µs → ms, rounded up so that ``core.timefmt.frame_at(ms, fps) == index``) on the session
  clock (media time + the media's ``offset_ms``). :attr:`current_ms` is what a keystroke codes.
* a paused seek goes to the frame's start **+ 1 ms**: a seek to the exact start showed the
  previous frame in .mp4 and .webm, start + 1 ms showed the right frame in .mp4, .webm, .avi.
* a frame step is exactly one frame, counted from the frame on screen (or from the frame a
  step already asked for, so that pressing "." three times quickly moves three frames).
* frames are the stream's own: once the video's frame index is read (in the background, see
  ``real_frames.py``) frame numbers, steps and the times reported are those of the frames the
  file really has, on variable-rate files too; until then, the ``fps`` grid counts them.
* paused, frames come from a cache of decoded frames around the playhead
  (``frame_cache.py``): a step shows a picture already decoded (``imageReady``) instead of
  a seek from the keyframe. Playing is QMediaPlayer's, from the frame on screen.
* every load ends: with the first frame (or the one :meth:`Player.seek` asked for before it)
  on screen, or with ``loadFailed(reason)`` (:mod:`~attachcoder.gui.player.load_watch`). Loading
  the file already loaded again (a second coder's session of the same video, the same session
  reopened) reloads it: ``QMediaPlayer.setSource`` with the same URL does nothing at all.

Audio goes to a ``QAudioOutput`` only when the machine has a sound device and
``ATTACHCODER_NO_AUDIO`` is not set (tests set it: a sound server would pace playback to the
audio clock); without one the video plays silently.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import (
    QAudioOutput,
    QMediaDevices,
    QMediaMetaData,
    QMediaPlayer,
    QVideoFrame,
    QVideoSink,
)

from attachcoder.core.frame_times import FrameTimes
from attachcoder.core.timefmt import frame_at, frame_start_ms
from attachcoder.gui.actions.keymap import SPEEDS
from attachcoder.gui.player.load_watch import LoadWatch
from attachcoder.gui.player.real_frames import RealFrames

log = logging.getLogger(__name__)

#: How long a requested-but-not-yet-shown frame counts as the base for the next step.
_PENDING_S = 1.0


def audio_wanted() -> bool:
    """True when sound should be played: a device exists and it is not switched off."""
    if os.environ.get("ATTACHCODER_NO_AUDIO", "") not in ("", "0"):
        return False
    return bool(QMediaDevices.audioOutputs())


class Player(QObject):
    """Plays one video; speaks integer milliseconds on the session clock."""

    #: (session ms of the frame on screen, its frame index) — once per delivered frame.
    frameShown = Signal(int, int)
    #: the frame itself, for the widget that paints it
    frameReady = Signal(QVideoFrame)
    #: a decoded frame shown while paused (instead of a QVideoFrame), for the same widget
    imageReady = Signal(QImage)
    #: the video's real frame times (FrameTimes) once read; None for a new source
    frameTimesChanged = Signal(object)
    playingChanged = Signal(bool)
    rateChanged = Signal(float)
    durationChanged = Signal(int)
    #: the video file now loaded (a Path), or None
    sourceChanged = Signal(object)
    #: an error while playing (a load that fails says so through ``loadFailed`` instead)
    errorOccurred = Signal(str)
    #: why the video just loaded shows no picture (no video stream, unreadable, …)
    loadFailed = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        audio: bool | None = None,
        real_frames: bool = True,
    ) -> None:
        super().__init__(parent)
        self._mp = QMediaPlayer(self)
        self._sink = QVideoSink(self)
        self._mp.setVideoSink(self._sink)
        self._audio: QAudioOutput | None = None
        if audio_wanted() if audio is None else audio:
            self._audio = QAudioOutput(self)
            self._mp.setAudioOutput(self._audio)
        self._source: Path | None = None
        self._fps: float | None = None
        self._fps_given: float | None = None
        self._offset_ms = 0
        self._frame_ms: int | None = None  # media time of the frame on screen
        self._frame = -1
        self._pending: int | None = None  # frame index a seek or step asked for
        self._pending_until = 0.0
        self._first_frame_due = False
        self._ready = False  # loaded and shown paused once: seeks can go to the backend
        self._initial_ms = 0
        self._watch = LoadWatch(self)
        self._watch.failed.connect(self._on_load_failed)
        self._decoded = False  # paused on a frame from the decoded-frame cache
        self._real: RealFrames | None = None
        if real_frames:
            self._real = RealFrames(self)
            self._real.indexReady.connect(self._on_index_ready)
        self._sink.videoFrameChanged.connect(self._on_video_frame)
        self._mp.playbackStateChanged.connect(self._on_state)
        self._mp.durationChanged.connect(self._on_duration)
        self._mp.mediaStatusChanged.connect(self._on_status)
        self._mp.errorOccurred.connect(self._on_error)
        self._mp.playbackRateChanged.connect(lambda r: self.rateChanged.emit(float(r)))

    # ------------------------------------------------------------------ source

    def set_source(
        self, path: str | os.PathLike[str] | None, *, fps: float | None = None, offset_ms: int = 0
    ) -> None:
        """Load a video (or nothing); shows its first frame as soon as it is decoded."""
        self._mp.stop()
        self._source = Path(path) if path is not None else None
        self._fps_given = fps if fps and fps > 0 else None
        self._fps = self._fps_given
        self._offset_ms = int(offset_ms)
        self._frame_ms = None
        self._frame = -1
        self._pending = None
        self._first_frame_due = path is not None
        self._ready = False
        self._initial_ms = self._offset_ms
        self._decoded = False
        if self._real is not None:
            self._real.load(self._source)
            self.frameTimesChanged.emit(None)
        url = QUrl.fromLocalFile(str(path)) if path is not None else QUrl()
        if not url.isEmpty() and url == self._mp.source():
            self._mp.setSource(QUrl())  # the same URL again would be ignored: no load, no frame
        self._watch.start(self._source)
        self._mp.setSource(url)
        self.sourceChanged.emit(self._source)

    @property
    def source(self) -> Path | None:
        return self._source

    @property
    def is_loading(self) -> bool:
        """True while a video is loading: no frame of it shown yet, no failure either."""
        return self._watch.loading

    @property
    def load_problem(self) -> str | None:
        """Why the video loaded last shows no picture (None when it does, or still may)."""
        return self._watch.problem

    def close(self) -> None:
        """Stop and release the file (before the window goes away)."""
        self._mp.stop()
        self._watch.start(None)
        self._mp.setSource(QUrl())
        self._source = None
        self._frame_ms = None
        self._ready = False
        self._decoded = False
        if self._real is not None:
            self._real.close()

    # ------------------------------------------------------------------ state

    @property
    def has_video(self) -> bool:
        return self._source is not None

    @property
    def current_ms(self) -> int | None:
        """Session time of the frame on screen (what a keystroke codes), or None."""
        return None if self._frame_ms is None else self._frame_ms + self._offset_ms

    @property
    def current_frame(self) -> int:
        """Index of the frame on screen (-1 before the first one)."""
        return self._frame

    @property
    def fps(self) -> float | None:
        return self._fps

    def shown_to_ms(self, session_ms: int, index: int) -> int:
        """How far the video has been shown once frame ``index`` (at ``session_ms``) is on
        screen: to that frame's start, or to the media's end for the last frame (the coder
        has then seen the whole video)."""
        last = self._last_frame()
        if last is not None and index >= last:
            return self._offset_ms + self.duration_ms
        return session_ms

    @property
    def frame_times(self) -> FrameTimes | None:
        """The video's real frame times, once read (None before, or when PyAV cannot)."""
        return self._real.times if self._real is not None else None

    def set_frame_box(self, width: int, height: int) -> None:
        """The size (device pixels) the picture is shown at: decoded frames are fitted to it."""
        if self._real is not None:
            self._real.set_box(width, height)

    @property
    def offset_ms(self) -> int:
        return self._offset_ms

    @property
    def duration_ms(self) -> int:
        """Length of the video in media milliseconds (0 until known)."""
        return max(int(self._mp.duration()), 0)

    @property
    def is_playing(self) -> bool:
        return self._mp.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    @property
    def rate(self) -> float:
        return float(self._mp.playbackRate())

    # ------------------------------------------------------------------ transport

    def play(self) -> None:
        if self._source is None or self.load_problem is not None:
            return
        if self._decoded and self._frame >= 0:  # QMediaPlayer plays on from the frame shown
            self._mp.setPosition(self._start_of(self._frame) + 1)
        elif self._mp.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia:
            self._mp.setPosition(0)
        self._decoded = False
        self._pending = None
        self._mp.play()

    def pause(self) -> None:
        self._mp.pause()

    def toggle(self) -> None:
        if self.is_playing:
            self.pause()
        else:
            self.play()

    def seek(self, session_ms: int) -> None:
        """Show the frame that is on screen at ``session_ms`` (clamped to the video)."""
        if not self._ready:  # still loading: the first frame shown will be this one
            self._initial_ms = int(session_ms)
            return
        media_ms = int(session_ms) - self._offset_ms
        index = self._index_at(media_ms)
        if index is not None:
            self._seek_frame(index)
        else:
            self._mp.setPosition(self._clamp(media_ms) + 1)

    def step(self, frames: int) -> None:
        """Move exactly ``frames`` frames (negative: back), pausing first if playing."""
        if self._source is None or not (self._fps or self.frame_times):
            return
        if self.is_playing:
            self._mp.pause()
            base = self._frame
        else:
            base = self._step_base()
        if base < 0:
            base = 0
        self._seek_frame(base + frames)

    def skip(self, ms: int) -> None:
        """Jump by ``ms`` from the frame on screen (or the one already asked for)."""
        if self._source is None:
            return
        base = self._step_base()
        if base >= 0 and (self._fps or self.frame_times) and not self.is_playing:
            start = self._start_of(base) + self._offset_ms
        else:
            start = self.current_ms if self.current_ms is not None else self._offset_ms
        self.seek(start + ms)

    def set_rate(self, rate: float) -> None:
        self._mp.setPlaybackRate(float(rate))

    def faster(self) -> None:
        self.set_rate(next((s for s in SPEEDS if s > self.rate + 1e-4), SPEEDS[-1]))

    def slower(self) -> None:
        self.set_rate(next((s for s in reversed(SPEEDS) if s < self.rate - 1e-4), SPEEDS[0]))

    def normal_speed(self) -> None:
        self.set_rate(1.0)

    # ------------------------------------------------------------------ internals

    def _step_base(self) -> int:
        if self._pending is not None and time.monotonic() < self._pending_until:
            return self._pending
        return self._frame

    def _index_at(self, media_ms: int) -> int | None:
        """The frame on screen at ``media_ms``: the real one, or on the fps grid."""
        times = self.frame_times
        if times is not None:
            return times.index_at(media_ms)
        return frame_at(max(media_ms, 0), self._fps) if self._fps else None

    def _start_of(self, index: int) -> int:
        """Media ms at which frame ``index`` starts."""
        times = self.frame_times
        if times is not None:
            return times.start_ms(index)
        assert self._fps
        return frame_start_ms(index, self._fps)

    def _last_frame(self) -> int | None:
        times = self.frame_times
        if times is not None:
            return times.last
        if not self._fps or self.duration_ms <= 0:
            return None
        return frame_at(self.duration_ms - 1, self._fps)

    def _clamp(self, media_ms: int) -> int:
        top = self.duration_ms - 1 if self.duration_ms > 0 else media_ms
        return max(0, min(media_ms, top))

    def _seek_frame(self, index: int) -> None:
        last = self._last_frame()
        if last is not None:
            index = min(index, last)
        index = max(index, 0)
        self._pending = index
        self._pending_until = time.monotonic() + _PENDING_S
        cache = self._real.cache if self._real is not None else None
        if cache is not None and cache.usable and not self.is_playing:
            self._decoded = True
            image = cache.want(index)
            if image is not None:
                self._show_decoded(index, image)
            return
        self._decoded = False
        self._mp.setPosition(self._start_of(index) + 1)

    def _on_index_ready(self, times: FrameTimes) -> None:
        cache = self._real.cache if self._real is not None else None
        if cache is not None:
            cache.ready.connect(self._on_decoded_ready)
            cache.missing.connect(self._on_decoded_missing)
        self.frameTimesChanged.emit(times)
        if self._frame_ms is not None:  # the frame on screen, counted on the fps grid so far
            index = times.index_at(self._frame_ms)
            self._frame, self._frame_ms = index, times.start_ms(index)
            self.frameShown.emit(self._frame_ms + self._offset_ms, index)
            if not self.is_playing:
                self._prefetch()

    def _on_decoded_ready(self, index: int) -> None:
        cache = self._real.cache if self._real is not None else None
        if cache is None or not self._decoded or index != self._pending:
            return  # playing again, or a frame asked for before the last request
        image = cache.image(index)
        if image is not None:
            self._show_decoded(index, image)

    def _on_decoded_missing(self, index: int) -> None:
        if self._decoded and index == self._pending:  # the decoder skips it: ask QMediaPlayer
            self._decoded = False
            self._mp.setPosition(self._start_of(index) + 1)

    def _show_decoded(self, index: int, image: QImage) -> None:
        ms = self._start_of(index)
        self._frame_ms = ms
        self._frame = index
        self._watch.frame_shown()
        if self._pending == index:
            self._pending = None
        self.imageReady.emit(image)
        self.frameShown.emit(ms + self._offset_ms, index)

    def _on_video_frame(self, frame: QVideoFrame) -> None:
        if not frame.isValid():
            return  # stop/end of media hands over an empty frame: keep showing the last one
        if self._decoded and not self.is_playing:
            return  # paused on a decoded frame: a late frame of QMediaPlayer's is not shown
        start_us = frame.startTime()
        if start_us < 0:
            return
        ms = -(-start_us // 1000)  # ceil: frame_at(ms, fps) is then this frame's index
        if self._fps is None:
            end_us = frame.endTime()
            if end_us > start_us:
                self._fps = 1e6 / (end_us - start_us)
        times = self.frame_times
        if times is not None:
            index = times.index_of_frame(ms)  # ± 1 ms: how Qt rounds is its own business
            if index is None:
                index = times.index_at(ms)
            ms = times.start_ms(index)
        else:
            index = frame_at(ms, self._fps) if self._fps else 0
        self._frame_ms = ms
        self._frame = index
        self._watch.frame_shown()
        if self._pending == index:
            self._pending = None
        self.frameReady.emit(frame)
        self.frameShown.emit(ms + self._offset_ms, index)

    def _on_state(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        if not playing:
            self._prefetch()
        self.playingChanged.emit(playing)

    def _prefetch(self) -> None:
        """Paused on QMediaPlayer's frame: have its neighbours decoded before the first step."""
        cache = self._real.cache if self._real is not None else None
        if cache is not None and cache.usable and not self._decoded and self._frame >= 0:
            cache.want(self._frame)

    def _on_duration(self, duration: int) -> None:
        self.durationChanged.emit(int(duration))

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        self._watch.status(status, has_video=self._mp.hasVideo())
        loaded = status == QMediaPlayer.MediaStatus.LoadedMedia and self._mp.hasVideo()
        if loaded and self._first_frame_due:  # (late too: a load given up as too slow)
            self._first_frame_due = False
            if self._fps_given is None:
                rate = self._mp.metaData().value(QMediaMetaData.Key.VideoFrameRate)
                if isinstance(rate, (int, float)) and rate > 0:
                    self._fps = float(rate)
            # Not from inside this signal: the FFmpeg backend crashes on a re-entrant pause().
            QTimer.singleShot(0, self._show_first_frame)

    def _show_first_frame(self) -> None:
        if self._source is None or self._ready:
            return
        self._ready = True
        if self.is_playing:
            return
        self._mp.pause()  # a stopped player renders nothing; paused, it shows the seek
        self.seek(self._initial_ms)

    def _on_error(self, error: QMediaPlayer.Error, message: str) -> None:
        if error != QMediaPlayer.Error.NoError:
            log.warning("video %s: %s", self._source, message)
            if not self._watch.error(message or str(error)):
                self.errorOccurred.emit(message or str(error))

    def _on_load_failed(self, reason: str) -> None:
        log.warning("video %s shows no picture: %s", self._source, reason)
        self.loadFailed.emit(reason)  # play() refuses until a frame shows; seeks are kept
