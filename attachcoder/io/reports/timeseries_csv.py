"""Writing ``timeseries.csv`` (STUDY.md) for ``batch --timeseries`` and ``study export``.

A :class:`TimeSeriesWriter` is handed each session as the batch export reads it (so no file
is read twice), keeps its rows, and writes the one CSV file atomically at the end.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from attachcoder.analysis.timeseries import combine, session_timeseries
from attachcoder.core.session import Session
from attachcoder.core.timefmt import Duration
from attachcoder.io.atomic import WriteError, atomic_file, describe_os_error

if TYPE_CHECKING:
    import pandas as pd

FILE_NAME = "timeseries.csv"


def session_fps(session: Session) -> float | None:
    return next((m.fps for m in session.media if m.fps), None)


class TimeSeriesWriter:
    """Collects the time series of each session; ``problems`` says which could not be cut
    (a step in frames for a session whose frame rate is not known)."""

    def __init__(self, step: Duration) -> None:
        self.step = step
        self.frames: list[pd.DataFrame] = []
        self.problems: list[str] = []

    def __call__(self, session: Session, key: str) -> None:
        try:
            step_ms = self.step.to_ms(session_fps(session))
        except ValueError as exc:
            self.problems.append(f"{key}: no time series: {exc}")
            return
        self.frames.append(session_timeseries(session, step_ms, session_key=key))

    def write(self, folder: str | os.PathLike[str]) -> Path:
        from attachcoder.io.sheets.csv_tables import guard_csv_text

        out_dir = Path(folder)
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WriteError(describe_os_error(out_dir, exc)) from exc
        path = out_dir / FILE_NAME
        table = guard_csv_text(combine(self.frames))
        with atomic_file(path, "w") as fh:
            table.to_csv(fh, index=False, lineterminator="\n")
        return path
