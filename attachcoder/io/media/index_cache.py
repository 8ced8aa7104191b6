"""Frame indexes kept between sessions, by the video's content, in the user's cache folder.

Reading an hour's frame times takes seconds (every packet is read); a video is coded many
times, by several coders, and moved between folders, so its index is kept under a key made of
its content: the SHA-256 of its size and of 1 MiB at its start, middle and end (cheap even for
a 4 GB file, and a re-encoded or trimmed video gets a new key). ``ATTACHCODER_CACHE_DIR`` puts
the cache elsewhere (tests, portable installs). A damaged or foreign cache file is read as
absent and rebuilt; a cache that cannot be written costs only the time to read the index again.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import logging
import os
from pathlib import Path

from attachcoder.core.frame_times import FrameTimes
from attachcoder.io.atomic import atomic_write_bytes
from attachcoder.io.media.frame_index import read_frame_times

log = logging.getLogger(__name__)

FORMAT = "attachcoder-frame-index"
VERSION = 1
_SAMPLE = 1 << 20


def cache_root() -> Path:
    """The user's cache folder for attachcoder (each kind of cached thing has a subfolder)."""
    override = os.environ.get("ATTACHCODER_CACHE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("attachcoder", appauthor=False))


def cache_dir() -> Path:
    """Where frame indexes are kept."""
    return cache_root() / "frames"


def content_key(path: str | os.PathLike[str]) -> str:
    """A hash of the file's size and three 1 MiB samples of it (start, middle, end)."""
    where = Path(path)
    size = where.stat().st_size
    h = hashlib.sha256(f"{size}:".encode())
    with open(where, "rb") as fh:
        for offset in sorted({0, max(0, size // 2 - _SAMPLE // 2), max(0, size - _SAMPLE)}):
            fh.seek(offset)
            h.update(fh.read(_SAMPLE))
    return h.hexdigest()


def encode(times: FrameTimes) -> bytes:
    """The cache file: starts as differences (a few bytes a frame), keyframes by index."""
    starts = times.starts_ms
    deltas = [starts[0]] + [b - a for a, b in itertools.pairwise(starts)]
    doc = {
        "format": FORMAT,
        "version": VERSION,
        "duration_ms": times.duration_ms,
        "start_deltas_ms": deltas,
        "keyframes": times.keyframes,
    }
    return json.dumps(doc, separators=(",", ":")).encode()


def decode(data: bytes) -> FrameTimes | None:
    """The index in a cache file, or None if it is not one this program wrote."""
    try:
        doc = json.loads(data)
        if doc.get("format") != FORMAT or doc.get("version") != VERSION:
            return None
        starts: list[int] = []
        t = 0
        for d in doc["start_deltas_ms"]:
            if not isinstance(d, int) or d < 0 or (starts and d == 0):
                return None
            t += d
            starts.append(t)
        keys = [int(k) for k in doc["keyframes"]]
        duration = doc.get("duration_ms")
        return FrameTimes(starts, keyframes=keys, duration_ms=duration)
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def load_or_build(path: str | os.PathLike[str]) -> FrameTimes:
    """The video's frame times from the cache, or read from the file and then cached.

    Raises :class:`~attachcoder.io.media.frame_index.FrameIndexError` (or ``OSError``) when the
    file cannot be read as a video.
    """
    key = content_key(path)
    cached = cache_dir() / f"{key}.json"
    try:
        times = decode(cached.read_bytes())
    except OSError:
        times = None
    if times is not None:
        return times
    times = read_frame_times(path)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(cached, encode(times))
    except OSError as exc:
        log.info("frame index not cached: %s", exc)
    return times
