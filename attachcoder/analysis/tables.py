"""The episodes table (CLI.md): one row per episode, the single source of every episode listing.

The workbook's Episodes sheet, ``episodes.csv`` of a batch and ``convert … .csv`` all come from
:func:`episodes_table`, so they can never disagree.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from attachcoder.core.session import Session
from attachcoder.core.translatable import QT_TRANSLATE_NOOP
from attachcoder.core.unset_modifiers import unset_modifiers

if TYPE_CHECKING:
    import pandas as pd

EPISODE_COLUMNS = [
    "session_key",
    "dyad_id",
    "coder_id",
    "session_date",
    "layer",
    "code",
    "onset_s",
    "offset_s",
    "duration_s",
    "modifiers",
    "note",
    "onset_frame",
    "offset_frame",
]


def format_modifiers(modifiers: dict[str, str]) -> str:
    """``name=value; name=value`` in name order; unanswered modifiers are left out."""
    return "; ".join(f"{k}={v}" for k, v in sorted(modifiers.items()) if v not in ("", None))


def frame_at(ms: int, fps: float, offset_ms: int = 0) -> int:
    """The index of the video frame on screen at session time ``ms`` (frame 0 first): frames
    start at ``k × 1000 / fps`` ms of the video, stored rounded to the millisecond, so half a
    millisecond is added before flooring (a frame's start never reads as the frame before)."""
    return max(0, math.floor((ms - offset_ms + 0.5) * fps / 1000))


def episodes_table(
    session: Session, *, session_key: str | None = None, notes: bool = True
) -> pd.DataFrame:
    """Episodes ordered by onset; times in seconds (floats, exact to the millisecond).

    A point has no offset or duration; a state still running has neither either (the tallies
    end it where the coding was observed to, or leave it out when the file does not say, and
    say so: core/observed.py). ``onset_frame`` / ``offset_frame``: the first video's frame on
    screen at the onset and at the offset (BORIS's image index), when the session has a video
    with a frame rate; empty otherwise.
    """
    import pandas as pd

    md = session.metadata
    key = session_key or md.session_key()
    video = session.media[0] if session.media and session.media[0].fps else None

    def frame(ms: int | None) -> int | None:
        if video is None or ms is None or video.fps is None:
            return None
        return frame_at(ms, video.fps, video.offset_ms)

    rows = []
    for e in session.episodes():
        rows.append(
            (
                key,
                md.dyad_id,
                md.coder_id,
                md.session_date,
                e.layer,
                e.code,
                e.onset_ms / 1000,
                None if e.offset_ms is None else e.offset_ms / 1000,
                None if e.offset_ms is None else (e.offset_ms - e.onset_ms) / 1000,
                format_modifiers(e.modifiers),
                e.note if notes else "",
                frame(e.onset_ms),
                frame(e.offset_ms),
            )
        )
    df = pd.DataFrame.from_records(rows, columns=EPISODE_COLUMNS)
    for col in ("onset_s", "offset_s", "duration_s"):
        df[col] = df[col].astype("float64")
    for col in ("onset_frame", "offset_frame"):
        df[col] = df[col].astype("Int64")  # whole numbers, empty where there is no video
    return df



NOT_CODED = QT_TRANSLATE_NOOP("workbook", "not coded")  # the workbook shows it translated


@dataclass(frozen=True)
class AnnotatedEpisode:
    """An episode as the Notes and modifiers page lists it."""

    onset_ms: int
    offset_ms: int | None  # None for a point or a state still running
    layer: str
    code: str
    #: one (name, value) per modifier the code defines, then any other the episode holds;
    #: an unset one reads :data:`NOT_CODED`
    modifiers: tuple[tuple[str, str], ...]
    note: str

    @property
    def unset(self) -> int:
        return sum(1 for _, v in self.modifiers if v == NOT_CODED)


def notes_and_modifiers(session: Session, *, notes: bool = True) -> list[AnnotatedEpisode]:
    """Every episode with a note, a modifier, or a modifier its code asks for left unset — the
    supervisor's view of what the coder saw — in onset order (notes blank when ``notes`` is
    False)."""
    rows: list[AnnotatedEpisode] = []
    for e in session.episodes():
        layer = session.scheme.layer(e.layer)
        code = layer.code(e.code) if layer is not None else None
        defined = [m.name for m in code.modifiers] if code is not None else []
        unset = set(unset_modifiers(session.scheme, e))  # the table's and status bar's rule
        names = [*defined, *sorted(k for k in e.modifiers if k not in defined)]
        mods = tuple((n, NOT_CODED if n in unset else str(e.modifiers.get(n) or "")) for n in names)
        note = e.note.strip() if notes else ""
        if note or mods:
            rows.append(AnnotatedEpisode(e.onset_ms, e.offset_ms, e.layer, e.code, mods, note))
    return rows
