"""Tables as CSV for R, SPSS, pandas and Excel — the one CSV writer of the program.

UTF-8 with a byte-order mark (so Excel on Windows reads umlauts), comma-separated, rows ended
by CRLF, which makes the ``csv`` module quote every field holding a CR, an LF, a quote or a
comma: a carriage return in a note can no longer split a row. Text a spreadsheet would run as
a formula gets a leading apostrophe. Files are written atomically; a *set* of files (batch's
``--csv DIR``) is written into a temporary folder and swapped in whole, so a folder never
mixes two batches.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Sequence
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


def guard_csv_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Text a spreadsheet would run as a formula gets a leading apostrophe (OWASP's advice
    for CSV, which has no other way to say "this is text")."""
    out = frame
    for col in frame.columns:
        if frame[col].dtype.kind in "OUST" or str(frame[col].dtype) in ("str", "string"):
            values = frame[col]
            mask = values.map(lambda v: isinstance(v, str) and needs_guard(v))
            if mask.any():
                if out is frame:
                    out = frame.copy()
                out.loc[mask, col] = "'" + values[mask].astype(str)
    return out


def _write_frames(fh: IO[str], frames: Sequence[pd.DataFrame], columns: Sequence[str]) -> None:
    import pandas as pd

    if not frames:
        pd.DataFrame(columns=list(columns)).to_csv(fh, index=False, lineterminator=LINE_END)
    for i, frame in enumerate(frames):
        guard_csv_text(frame).to_csv(fh, index=False, header=i == 0, lineterminator=LINE_END)


def write_csv(df: pd.DataFrame, path: str | os.PathLike[str]) -> None:
    """Write ``df`` without its index; empty cells for missing values; '.' as decimal point."""
    with atomic_file(path, "w", encoding=ENCODING) as fh:
        _write_frames(fh, [df], list(df.columns))


CsvTable = tuple[str, Sequence["pd.DataFrame"], Sequence[str]]  # file name, frames, columns


def write_csv_set(folder: str | os.PathLike[str], tables: Sequence[CsvTable]) -> list[Path]:
    """Write several CSV files into ``folder`` as one set: all of them, or none.

    The set is written into a temporary folder beside ``folder``; only when every file is
    complete does it take ``folder``'s place. A folder that holds other files too keeps them:
    then each file of the set is renamed in (renames cannot fail for want of space).
    Raises :class:`WriteError` with ``folder`` as it was.
    """
    target = Path(folder)
    parent = target.parent if str(target.parent) else Path(".")
    names = [name for name, _, _ in tables]
    for name in names:
        refuse_read_only(target / name)
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=parent))
    except OSError as exc:
        raise WriteError(describe_os_error(target, exc)) from exc
    try:
        for name, frames, columns in tables:
            with atomic_file(staging / name, "w", encoding=ENCODING) as fh:
                _write_frames(fh, frames, columns)
        _swap_in(staging, target, names)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        if isinstance(exc, WriteError):
            raise
        raise WriteError(describe_os_error(target, exc)) from exc
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return [target / name for name in names]


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
