"""The episodes table (CLI.md): one row per episode, the single source of every episode listing.

The workbook's Episodes sheet, ``episodes.csv`` of a batch and ``convert … .csv`` all come from
:func:`episodes_table`, so they can never disagree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from attachcoder.core.session import Session

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
]


def format_modifiers(modifiers: dict[str, str]) -> str:
    """``name=value; name=value`` in name order; unanswered modifiers are left out."""
    return "; ".join(f"{k}={v}" for k, v in sorted(modifiers.items()) if v not in ("", None))


def episodes_table(
    session: Session, *, session_key: str | None = None, notes: bool = True
) -> pd.DataFrame:
    """Episodes ordered by onset; times in seconds (floats, exact to the millisecond).

    A point has no offset or duration; a state still running has neither either (the tallies
    end it where the coding was observed to, or leave it out when the file does not say, and
    say so: core/observed.py).
    """
    import pandas as pd

    md = session.metadata
    key = session_key or md.session_key()
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
            )
        )
    df = pd.DataFrame.from_records(rows, columns=EPISODE_COLUMNS)
    for col in ("onset_s", "offset_s", "duration_s"):
        df[col] = df[col].astype("float64")
    return df
