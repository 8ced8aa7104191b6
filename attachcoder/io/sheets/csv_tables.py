"""Tables as CSV for R, SPSS, pandas and Excel — the one CSV writer of the program.

Every CSV file the program writes goes through here: the batch's set (``--csv DIR``),
``timeseries.csv``, the episodes of ``convert … .csv`` and File → Export for other tools.
UTF-8 with a byte-order mark (so Excel on Windows reads umlauts), comma-separated, rows ended
by CRLF, which makes the ``csv`` module quote every field holding a CR, an LF, a quote or a
comma: a carriage return in a note or an ID can no longer split a row. A number is written as
that number (to the last digit); text a spreadsheet would run as a formula gets a leading
apostrophe, unless it is simply a number (``-0.71`` stays -0.71). Files are written
atomically; a *set* of files is written into a temporary folder as its rows arrive and swapped
in whole, so a folder never mixes two batches.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING

from attachcoder.io.atomic import (
    WriteError,
    atomic_file,
    describe_os_error,
    fsync_dir,
    refuse_read_only,
)
from attachcoder.io.sheets.cells import needs_guard

if TYPE_CHECKING:
    import pandas as pd

ENCODING = "utf-8-sig"
LINE_END = "\r\n"

#: text that is a plain decimal number: a spreadsheet reads it as that number, never as a
#: formula, so it needs no guard (a code ``-0.71`` stays -0.71, not ``'-0.71``)
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def csv_needs_guard(text: str) -> bool:
    """True when a spreadsheet opening the CSV would run ``text`` as a formula: it starts
    with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return (or is an error value), and
    is not simply a number."""
    return needs_guard(text) and _PLAIN_NUMBER.fullmatch(text) is None


def guard_csv_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Text a spreadsheet would run as a formula gets a leading apostrophe (OWASP's advice
    for CSV, which has no other way to say "this is text"); numbers, and text that is a
    plain number, are written as they are."""
    out = frame
    for col in frame.columns:
        if frame[col].dtype.kind in "OUST" or str(frame[col].dtype) in ("str", "string"):
            values = frame[col]
            mask = values.map(lambda v: isinstance(v, str) and csv_needs_guard(v))
            if mask.any():
                if out is frame:
                    out = frame.copy()
                out.loc[mask, col] = "'" + values[mask].astype(str)
    return out


class CsvTable:
    """One CSV file being written: the header, then rows a frame at a time (so a table of a
    thousand sessions never has to be held whole)."""

    def __init__(self, fh: IO[str], columns: Sequence[str]) -> None:
        import csv

        self.fh = fh
        self.columns = list(columns)
        self.rows = 0
        header = ["'" + c if csv_needs_guard(c) else c for c in self.columns]  # layer names too
        csv.writer(fh, lineterminator=LINE_END).writerow(header)

    def write(self, frame: pd.DataFrame) -> None:
        """Append ``frame``'s rows (its columns are the table's, in any order)."""
        if len(frame):
            guard_csv_text(frame).to_csv(
                self.fh, index=False, header=False, columns=self.columns, lineterminator=LINE_END
            )
            self.rows += len(frame)


def write_csv(df: pd.DataFrame, path: str | os.PathLike[str]) -> None:
    """Write ``df`` without its index; empty cells for missing values; '.' as decimal point."""
    write_csv_frames(path, [df], list(df.columns))


def write_csv_frames(
    path: str | os.PathLike[str], frames: Iterable[pd.DataFrame], columns: Sequence[str]
) -> int:
    """One CSV file, atomically, from frames that may arrive one at a time; returns the
    number of rows written."""
    with atomic_file(path, "w", encoding=ENCODING) as fh:
        table = CsvTable(fh, columns)
        for frame in frames:
            table.write(frame)
    return table.rows


CsvTableSpec = tuple[str, Sequence["pd.DataFrame"], Sequence[str]]  # file name, frames, columns


class CsvSet:
    """Several CSV files written as one set: all of them, or none.

    The files are written into a temporary folder beside ``folder`` as their rows arrive
    (:meth:`table`, then :meth:`CsvTable.write` as often as needed); :meth:`commit` puts the
    set in ``folder``'s place only when every file is complete. A folder that holds other
    files too keeps them: then each file of the set is renamed in (renames cannot fail for
    want of space). :meth:`discard` (or an exception inside ``with``) leaves ``folder`` as it
    was. Raises :class:`WriteError`.
    """

    def __init__(self, folder: str | os.PathLike[str], names: Sequence[str]) -> None:
        self.target = Path(folder)
        self.names = list(names)
        parent = self.target.parent if str(self.target.parent) else Path(".")
        for name in self.names:
            refuse_read_only(self.target / name)
        try:
            parent.mkdir(parents=True, exist_ok=True)
            self.staging = Path(
                tempfile.mkdtemp(prefix=f".{self.target.name}.", suffix=".tmp", dir=parent)
            )
        except OSError as exc:
            raise WriteError(describe_os_error(self.target, exc)) from exc
        self._files = contextlib.ExitStack()
        self.tables: dict[str, CsvTable] = {}

    def table(self, name: str, columns: Sequence[str]) -> CsvTable:
        """Start the file ``name`` (one of the set's) with its header."""
        assert name in self.names and name not in self.tables, name
        try:
            fh = self._files.enter_context(atomic_file(self.staging / name, "w", encoding=ENCODING))
        except OSError as exc:
            self.discard()
            if isinstance(exc, WriteError):
                raise
            raise WriteError(describe_os_error(self.target, exc)) from exc
        self.tables[name] = CsvTable(fh, columns)
        return self.tables[name]

    def commit(self) -> list[Path]:
        """Finish every file and swap the set in; returns the files' paths."""
        missing = [n for n in self.names if n not in self.tables]
        assert not missing, f"the set has no {missing}"
        try:
            self._files.close()  # each file flushed, synced and renamed into the staging folder
            _swap_in(self.staging, self.target, self.names)
        except OSError as exc:
            shutil.rmtree(self.staging, ignore_errors=True)
            if isinstance(exc, WriteError):
                raise
            raise WriteError(describe_os_error(self.target, exc)) from exc
        except BaseException:
            shutil.rmtree(self.staging, ignore_errors=True)
            raise
        return [self.target / name for name in self.names]

    def discard(self) -> None:
        """Write nothing: the staging folder and its files go, ``folder`` stays as it was."""
        stop = RuntimeError("the CSV set was discarded")
        with contextlib.suppress(Exception):  # each open file closed and its temporary removed
            self._files.__exit__(RuntimeError, stop, None)
        shutil.rmtree(self.staging, ignore_errors=True)

    def __enter__(self) -> CsvSet:
        return self

    def __exit__(self, kind: object, exc: object, tb: object) -> None:
        if kind is not None:
            self.discard()


def write_csv_set(folder: str | os.PathLike[str], tables: Sequence[CsvTableSpec]) -> list[Path]:
    """Write several CSV files, each from its frames, into ``folder`` as one set
    (:class:`CsvSet`). Raises :class:`WriteError` with ``folder`` as it was."""
    with CsvSet(folder, [name for name, _, _ in tables]) as out:
        for name, frames, columns in tables:
            table = out.table(name, columns)
            for frame in frames:
                table.write(frame)
        return out.commit()


def _swap_in(staging: Path, target: Path, names: list[str]) -> None:
    try:
        others = [p for p in target.iterdir() if p.name not in names] if target.exists() else []
        if not target.exists():
            os.replace(staging, target)
        elif not others:  # the folder is the old set alone: replace it whole
            old = target.with_name(f".{target.name}.old.tmp")
            shutil.rmtree(old, ignore_errors=True)
            os.replace(target, old)
            try:
                os.replace(staging, target)
            except OSError:
                os.replace(old, target)  # put the old set back
                raise
            shutil.rmtree(old, ignore_errors=True)
        else:
            for name in names:
                os.replace(staging / name, target / name)
            staging.rmdir()
        fsync_dir(target.parent if str(target.parent) else Path("."))
    except OSError as exc:
        raise WriteError(describe_os_error(target, exc)) from exc
