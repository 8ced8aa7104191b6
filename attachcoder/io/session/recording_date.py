"""When a video was recorded: the date a new session takes when none is given.

A session is named ``DYAD_DATE_CODER`` in every export, so a session made without a date
would read ``D099_NA_C1``. The best date is the one the camera wrote into the file: an MP4 or
QuickTime file (``.mp4``, ``.mov``, ``.m4v``, ``.3gp``) keeps its creation time in the movie
header (``moov/mvhd``, seconds since 1904, UTC — what ``ffprobe`` shows as ``creation_time``),
read here from a few boxes without reading the video itself. Failing that (another container,
a header left at zero), the file's modification date; with no video, today. The answer says
which, so the command line and the New session dialog can tell the coder.
"""

from __future__ import annotations

import datetime as dt
import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal

Source = Literal["recording", "file", "today"]

#: The MP4 epoch (1904-01-01 UTC) in Unix seconds.
_MP4_EPOCH = -2_082_844_800
_CONTAINERS = {b"moov"}
_MAX_BOXES = 10_000  # a damaged file must not keep the reader going round


@dataclass(frozen=True)
class RecordingDate:
    """A date (``YYYY-MM-DD``) and where it came from."""

    date: str
    source: Source

    def said(self) -> str:
        """How the command line and the dialog say where the date came from."""
        return {
            "recording": "the video's recording date",
            "file": "the video file's modification date (it holds no recording date)",
            "today": "today (no video)",
        }[self.source]


def recording_date(video: str | os.PathLike[str] | None) -> RecordingDate:
    """The date ``video`` was recorded, else the file's modification date, else today."""
    if video is None:
        return RecordingDate(dt.date.today().isoformat(), "today")
    path = Path(video)
    created = container_created(path)
    if created is not None:
        return RecordingDate(created.date().isoformat(), "recording")
    try:
        mtime = path.stat().st_mtime
    except OSError:
        return RecordingDate(dt.date.today().isoformat(), "today")
    return RecordingDate(dt.date.fromtimestamp(mtime).isoformat(), "file")


def container_created(path: Path) -> dt.datetime | None:
    """The creation time an MP4/QuickTime file's movie header holds (local time), or None
    (not such a file, unreadable, or a time left unset or out of reason)."""
    try:
        with open(path, "rb") as fh:
            seconds = _mvhd_created(fh, path.stat().st_size)
    except (OSError, struct.error, ValueError):
        return None
    if not seconds:
        return None
    unix = seconds + _MP4_EPOCH
    created = dt.datetime.fromtimestamp(unix, tz=dt.UTC)
    if not 1990 <= created.year <= dt.datetime.now(tz=dt.UTC).year + 1:
        return None  # a camera clock never set, or a field misread: no date is better
    return created.astimezone()


def _boxes(fh: BinaryIO, start: int, end: int) -> list[tuple[bytes, int, int]]:
    """The boxes between ``start`` and ``end``: (type, payload start, payload end)."""
    out = []
    at = start
    while at + 8 <= end and len(out) < _MAX_BOXES:
        fh.seek(at)
        size, kind = struct.unpack(">I4s", fh.read(8))
        head = 8
        if size == 1:  # a 64-bit size follows
            (size,) = struct.unpack(">Q", fh.read(8))
            head = 16
        elif size == 0:  # to the end of the file
            size = end - at
        if size < head or at + size > end:
            break
        out.append((kind, at + head, at + size))
        at += size
    return out


def _mvhd_created(fh: BinaryIO, size: int) -> int | None:
    top = _boxes(fh, 0, size)
    if not top or top[0][0] not in (b"ftyp", b"moov", b"wide", b"free", b"mdat", b"skip"):
        return None  # not an ISO media file
    for kind, start, end in top:
        if kind not in _CONTAINERS:
            continue
        for inner, istart, iend in _boxes(fh, start, end):
            if inner != b"mvhd" or iend - istart < 12:
                continue
            fh.seek(istart)
            version = fh.read(1)[0]
            fh.read(3)  # flags
            if version == 1:
                (created,) = struct.unpack(">Q", fh.read(8))
            else:
                (created,) = struct.unpack(">I", fh.read(4))
            return int(created)
    return None
