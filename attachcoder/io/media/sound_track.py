"""Reading a video's sound track with PyAV into a :class:`SoundTrack` (no Qt).

The first audio stream is decoded, mixed down to mono and resampled to 16 kHz by FFmpeg's
resampler, and reduced piece by piece (:class:`~attachcoder.io.media.sound_envelope.SoundReducer`),
so an hour costs seconds and little memory. Times are on the media clock as the frame index's
are (the container's start taken away): audio that starts after the first frame is preceded
by silence, audio before it is dropped. Decoding reports its progress and can be cancelled
between packets (the user opened another session meanwhile).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from attachcoder.io.media.frame_index import container_start_us, pts_to_us
from attachcoder.io.media.sound_envelope import SAMPLE_RATE, SoundReducer, SoundTrack

Progress = Callable[[float], None]
"""Told the fraction read (0…1), at most about a hundred times."""


class SoundTrackError(Exception):
    """The sound of a video could not be read; the message names the file and why."""


class SoundReadCancelled(SoundTrackError):
    """Reading was given up because ``cancelled()`` said so."""


def has_audio(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` has an audio stream (False for a file that cannot be opened)."""
    import av

    try:
        with av.open(str(path)) as container:
            return bool(container.streams.audio)
    except (OSError, av.FFmpegError):
        return False


def read_sound_track(
    path: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SoundTrack | None:
    """The envelope and spectrogram of the first audio stream of ``path``; None when it has
    none. Raises :class:`SoundTrackError` when the file cannot be read."""
    import av

    where = Path(path)
    try:
        container = av.open(str(where))
    except (OSError, av.FFmpegError) as exc:
        raise SoundTrackError(f"{where.name}: cannot be read ({exc})") from exc
    try:
        if not container.streams.audio:
            return None
        stream = container.streams.audio[0]
        return _decode(container, stream, where, progress, cancelled)
    except av.FFmpegError as exc:
        raise SoundTrackError(f"{where.name}: damaged sound data ({exc})") from exc
    finally:
        container.close()


def _decode(
    container: Any,
    stream: Any,
    where: Path,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> SoundTrack:
    import av

    start_us = container_start_us(container)
    total_us = _duration_us(container, stream)
    resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
    reducer = SoundReducer()
    drop = 0  # samples before the media clock's 0, still to be dropped
    first = True
    told = -1

    pending: list[Any] = []  # fed to the reducer a second at a time: numpy's cost is per call
    held = 0

    def take(frame: Any) -> None:
        nonlocal drop, held
        for out in resampler.resample(frame):
            samples = out.to_ndarray().reshape(-1)
            if drop:
                cut = min(drop, len(samples))
                samples, drop = samples[cut:], drop - cut
            pending.append(samples)
            held += len(samples)
        if held >= SAMPLE_RATE or (frame is None and pending):
            reducer.feed(np.concatenate(pending))
            pending.clear()
            held = 0

    for packet in container.demux(stream):
        if cancelled is not None and cancelled():
            raise SoundReadCancelled(f"{where.name}: reading the sound was cancelled")
        try:
            frames = packet.decode()
        except av.InvalidDataError:
            continue  # one damaged packet: its few milliseconds stay silent
        for frame in frames:
            if first and frame.pts is not None and frame.time_base is not None:
                lead_us = pts_to_us(frame.pts, frame.time_base, start_us)
                if lead_us > 0:
                    reducer.feed_silence(lead_us * SAMPLE_RATE // 1_000_000)
                else:
                    drop = -lead_us * SAMPLE_RATE // 1_000_000
            first = False
            take(frame)
        if progress is not None and total_us:
            done = min(99, (reducer.samples + held) * 100 * 1_000_000 // (SAMPLE_RATE * total_us))
            if done > told:
                told = done
                progress(done / 100)
    take(None)
    if progress is not None:
        progress(1.0)
    return reducer.finish()


def _duration_us(container: Any, stream: Any) -> int:
    """The length to measure progress against (the stream's, else the container's)."""
    if stream.duration is not None and stream.time_base is not None:
        return int(stream.duration * stream.time_base * 1_000_000)
    return int(container.duration) if container.duration else 0
