"""``attachcoder batch PATH... -o OUT.xlsx [--csv DIR] [--no-notes] [--quiet]
[--timeseries DIR --step DUR]``.

Files and folders (searched recursively for ``.acs``) into one workbook, and CSV files with
``--csv``. Problems go to standard error with full paths (the workbook names a session by its
key, and a file by its base name only when it could not be read); a bad file never stops the
batch, but makes the exit code 1.
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import TYPE_CHECKING, TextIO

from attachcoder.commands.common import EXIT_BAD_INPUT, EXIT_OK, UsageError, duration_arg, err
from attachcoder.io.atomic import WriteError
from attachcoder.io.reports.batch import export_batch

if TYPE_CHECKING:
    from attachcoder.io.reports.timeseries_csv import TimeSeriesWriter


class ProgressBar:
    """``[#####-----] 12/200 name`` redrawn in place on a terminal; on a pipe, a line now and
    then (every tenth of the way), so logs stay readable."""

    def __init__(self, stream: TextIO | None = None, width: int = 30) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.width = width
        self.tty = self.stream.isatty()
        self._last_tenth = -1
        self._last_draw = 0.0

    def __call__(self, i: int, n: int, name: str) -> None:
        if n == 0:
            return
        if self.tty:
            now = time.monotonic()
            if i < n and now - self._last_draw < 0.05:
                return
            self._last_draw = now
            filled = self.width * i // n
            bar = "#" * filled + "-" * (self.width - filled)
            end = "\n" if i >= n else ""
            self.stream.write(f"\r[{bar}] {i}/{n} {name[:40]:<40}{end}")
            self.stream.flush()
        else:
            tenth = 10 * i // n
            if tenth != self._last_tenth:
                self._last_tenth = tenth
                self.stream.write(f"batch: {i}/{n} sessions read\n")
                self.stream.flush()


def _timeseries_writer(args: argparse.Namespace) -> TimeSeriesWriter | None:
    from attachcoder.io.reports.timeseries_csv import TimeSeriesWriter

    if getattr(args, "timeseries", None) is None:
        return None
    return TimeSeriesWriter(duration_arg("--step", args.step, positive=True))


def run(args: argparse.Namespace) -> int:
    if args.output.suffix.lower() != ".xlsx":
        raise UsageError(f"{args.output}: the workbook's name must end in .xlsx")
    progress = None if args.quiet else ProgressBar()
    series = _timeseries_writer(args)
    try:
        report = export_batch(
            args.paths,
            args.output,
            csv_dir=args.csv,
            notes=not args.no_notes,
            paper=args.paper,
            lang=args.lang,
            progress=progress,
            on_session=series,
        )
        if series is not None and report.output is not None:
            print(f"time series in {series.write(args.timeseries)}")
    except WriteError as exc:
        err(str(exc))
        return EXIT_BAD_INPUT
    if series is not None:
        for line in series.problems:
            err(line)
    for p in report.problems:
        if p.problem in report.continued:
            continue  # said with the summary below
        where = p.path or p.file
        label = "" if p.kind in ("unreadable", "note") else f"{p.kind}: "
        err(f"{where}: {label}{p.problem}")
    if report.files == 0:
        err("no session files found in " + ", ".join(map(str, args.paths)))
        return EXIT_BAD_INPUT
    if report.output is None:
        kept = " (the existing one is kept as it was)" if args.output.exists() else ""
        err(f"no session could be read, so {args.output} was not written{kept}")
        return EXIT_BAD_INPUT
    summary = f"{report.sessions} of {report.files} session file(s) exported to {report.output}"
    if report.csv_files:
        summary += f"; CSV files in {report.csv_files[0].parent}"
    print(summary)
    for notice in report.continued:  # e.g. Episodes continue on 'Episodes (2)'; …
        print(notice)
    return EXIT_OK if report.ok and report.files else EXIT_BAD_INPUT
