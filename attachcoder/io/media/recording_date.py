"""When a video was recorded: the date a new session takes when none is given.

A session is named ``DYAD_DATE_CODER`` in every export, so a session made without a date
would read ``D099_NA_C1``. The best date is the one the camera wrote into the file: the
container's ``creation_time`` (what ``ffprobe`` shows; an MP4 or QuickTime movie header, a
Matroska ``DateUTC``), read with PyAV from the container's header without decoding anything.
Failing that (a container without one, a time left unset or out of reason), the file's
modification date; with no video, today. The answer says which, so the command line and the
New session dialog can tell the coder.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Source = Literal["recording", "file", "today"]


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


def container_created(path: str | os.PathLike[str]) -> dt.datetime | None:
    """The creation time the container's header holds, in local time, or None (none there,
    not a media file, or a time out of reason: a camera clock never set)."""
    import av

    try:
        with av.open(str(path)) as container:
            text = container.metadata.get("creation_time")
    except (OSError, av.FFmpegError, UnicodeDecodeError):
        return None
    if not text:
        return None
    try:
        created = dt.datetime.fromisoformat(str(text).strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if created.tzinfo is None:
        created = created.replace(tzinfo=dt.UTC)
    if not 1990 <= created.year <= dt.datetime.now(tz=dt.UTC).year + 1:
        return None
    return created.astimezone()
