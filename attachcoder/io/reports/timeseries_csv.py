"""Writing ``timeseries.csv`` (STUDY.md) for ``batch --timeseries`` and ``study export``.

A :class:`TimeSeriesWriter` is handed each session as the batch export reads it (so no file
is read twice), spools its rows to a temporary file, and writes the one CSV file atomically
at the end through the program's one CSV writer (:mod:`attachcoder.io.sheets.csv_tables`).
"""

from __future__ import annotations

import os
import pickle
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING

from attachcoder.analysis.timeseries import ID_COLUMNS, ColumnUnion, session_timeseries
from attachcoder.core.session import Session
from attachcoder.core.timefmt import Duration
from attachcoder.io.atomic import WriteError, describe_os_error
from attachcoder.io.sheets.csv_tables import write_csv_frames

if TYPE_CHECKING:
    import pandas as pd

FILE_NAME = "timeseries.csv"


def session_fps(session: Session) -> float | None:
    return next((m.fps for m in session.media if m.fps), None)


class TimeSeriesWriter:
    """Collects the time series of each session; ``problems`` says which could not be cut
    (a step in frames for a session whose frame rate is not known).

    Each session's rows go to a temporary file as they come (memory stays flat however many
    sessions a study has); :meth:`write` reads them back one session at a time into the one
    CSV writer, every row with the columns of all the sessions.
    """

    def __init__(self, step: Duration) -> None:
        self.step = step
        self.problems: list[str] = []
        self.sessions = 0
        self._union = ColumnUnion()
        self._spool: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 (closed by write)

    def __call__(self, session: Session, key: str) -> None:
        try:
            step_ms = self.step.to_ms(session_fps(session))
        except ValueError as exc:
            self.problems.append(f"{key}: no time series: {exc}")
            return
        frame = session_timeseries(session, step_ms, session_key=key)
        self._union.add(frame)
        pickle.dump(frame, self._spool, protocol=pickle.HIGHEST_PROTOCOL)
        self.sessions += 1

    def _frames(self) -> Iterator[pd.DataFrame]:
        self._spool.seek(0)
        for _ in range(self.sessions):
            yield self._union.conform(pickle.load(self._spool))  # our own file, just written

    def write(self, folder: str | os.PathLike[str]) -> Path:
        out_dir = Path(folder)
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WriteError(describe_os_error(out_dir, exc)) from exc
        path = out_dir / FILE_NAME
        columns = self._union.columns or list(ID_COLUMNS)
        try:
            write_csv_frames(path, self._frames(), columns)
        finally:
            self._spool.close()
        return path
