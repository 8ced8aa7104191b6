"""Sound tracks kept between sessions, by the video's content, beside the frame indexes.

Reading an hour's sound takes seconds; the same video is opened day after day, so its
envelope and spectrogram are kept in ``<cache>/sound/<key>.npz`` under the same content key as
its frame index (:func:`~attachcoder.io.media.index_cache.content_key`: a move or a rename
finds it, a re-encoded file does not). The file is numpy's own archive, read without pickles;
one written with other reduction settings, damaged or foreign, is read as absent and rebuilt.
A cache that cannot be written costs only the time to read the sound again.
"""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Callable
from pathlib import Path

import numpy as np

from attachcoder.io.atomic import atomic_write_bytes
from attachcoder.io.media.index_cache import cache_root, content_key
from attachcoder.io.media.sound_envelope import (
    BANDS,
    BUCKET,
    DB_FLOOR,
    DB_STEP,
    FFT_N,
    HOP,
    SAMPLE_RATE,
    SoundTrack,
)
from attachcoder.io.media.sound_track import Progress, read_sound_track

log = logging.getLogger(__name__)

VERSION = 1
_SETTINGS = (VERSION, SAMPLE_RATE, BUCKET, FFT_N, HOP, BANDS, int(DB_FLOOR * 10), int(DB_STEP * 10))


def cache_dir() -> Path:
    """Where sound tracks are kept."""
    return cache_root() / "sound"


def encode(track: SoundTrack) -> bytes:
    """The cache file: the arrays and the settings they were made with (compressed)."""
    out = io.BytesIO()
    np.savez_compressed(
        out,
        settings=np.array(_SETTINGS, dtype=np.int64),
        duration_ms=np.array([track.duration_ms], dtype=np.int64),
        lows=track.lows,
        highs=track.highs,
        spectrum=track.spectrum,
    )
    return out.getvalue()


def decode(data: bytes) -> SoundTrack | None:
    """The track in a cache file, or None if it is not one this version wrote."""
    try:
        with np.load(io.BytesIO(data), allow_pickle=False) as doc:
            if tuple(int(v) for v in doc["settings"]) != _SETTINGS:
                return None
            lows, highs, spectrum = doc["lows"], doc["highs"], doc["spectrum"]
            duration = int(doc["duration_ms"][0])
    except Exception:  # a damaged archive fails in zipfile, zlib or numpy, many ways: absent
        return None
    shapes_ok = (
        lows.dtype == np.float16
        and highs.dtype == np.float16
        and spectrum.dtype == np.uint8
        and lows.shape == highs.shape
        and lows.ndim == 1
        and spectrum.ndim == 2
        and spectrum.shape[1] == BANDS
    )
    if not shapes_ok:
        return None
    return SoundTrack(lows=lows, highs=highs, spectrum=spectrum, duration_ms=duration)


def cached_path(path: str | os.PathLike[str]) -> Path:
    """The cache file the sound of ``path`` is (or would be) kept in."""
    return cache_dir() / f"{content_key(path)}.npz"


def load_or_build(
    path: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SoundTrack | None:
    """The sound track of ``path`` from the cache, or read from the file and then cached;
    None when the file has no audio stream.

    Raises :class:`~attachcoder.io.media.sound_track.SoundTrackError` (or ``OSError``) when
    the file cannot be read.
    """
    cached = cached_path(path)
    try:
        track = decode(cached.read_bytes())
    except OSError:
        track = None
    if track is not None:
        if progress is not None:
            progress(1.0)
        return track
    track = read_sound_track(path, progress=progress, cancelled=cancelled)
    if track is None:
        return None
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(cached, encode(track))
    except OSError as exc:
        log.info("sound track not cached: %s", exc)
    return track
