"""Many sessions into one workbook (and CSV files) for researchers: ``attachcoder batch``.

Sheets: Sessions (one wide row per session), Tallies (the tidy long table), Episodes,
Codebook, Problems, About; with ``csv_dir`` the same tables as CSV. A bad file never stops
the batch: it is listed under Problems (by session key, or by base name when it gave no key;
full paths are for the terminal only). No report names a session by its file.
Cost is linear in the number of sessions: each is read, measured and reduced to its tables
once, and the tables are streamed into write-only sheets that continue on a second sheet past
Excel's row limit. The GUI's batch dialog calls :func:`export_batch` with a progress and a
cancel callback; a cancelled batch writes nothing.
"""

from __future__ import annotations

import errno
import logging
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from attachcoder.analysis.scheme_compare import scheme_differences
from attachcoder.analysis.sessions_table import session_row, sessions_table
from attachcoder.analysis.tables import episodes_table
from attachcoder.analysis.tallies import analyse
from attachcoder.core.scheme import Scheme
from attachcoder.io.atomic import WriteError, describe_os_error, refuse_read_only
from attachcoder.io.installed.translations import choose, language
from attachcoder.io.session.file import SessionFileError, find_session_files, load
from attachcoder.io.sheets.cells import EXCEL_MAX_ROWS
from attachcoder.io.sheets.csv_tables import guard_csv_text, write_csv_set
from attachcoder.io.sheets.xlsx_page import Paper
from attachcoder.io.sheets.xlsx_rows import save_atomically

if TYPE_CHECKING:
    import pandas as pd
    from openpyxl import Workbook

    from attachcoder.core.session import Session

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Problem:
    """One thing to tell the user. ``path`` (and ``file`` of a session that has a key) are for
    the terminal and the dialog only, never for a report: see :meth:`report_row`."""

    file: str  # base name
    session_key: str
    kind: str  # unreadable | duplicate key | scheme difference | note
    problem: str
    path: str = ""

    @property
    def is_error(self) -> bool:
        return self.kind == "unreadable"

    def report_row(self) -> tuple[str, str, str, str]:
        """The Problems sheet's row: a session that was read is named by its key alone; only a
        file that gave no key is named, by its base name (DOMAIN.md, Privacy)."""
        return ("" if self.session_key else self.file, self.session_key, self.kind, self.problem)


@dataclass
class BatchReport:
    files: int = 0
    sessions: int = 0
    problems: list[Problem] = field(default_factory=list)
    output: Path | None = None
    csv_files: list[Path] = field(default_factory=list)
    cancelled: bool = False

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def ok(self) -> bool:
        return not self.errors and not self.cancelled


class SessionKeys:
    """Session keys made unique in order of arrival: the later ones get ``-2``, ``-3``…"""

    def __init__(self) -> None:
        self._used: set[str] = set()

    def assign(self, key: str) -> tuple[str, bool]:
        """(unique key, whether it had to be changed)."""
        if key not in self._used:
            self._used.add(key)
            return key, False
        n = 2
        while f"{key}-{n}" in self._used:
            n += 1
        self._used.add(f"{key}-{n}")
        return f"{key}-{n}", True


_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def safe_file_name(key: str) -> str:
    """A session key as a file name on every system (no separators, no reserved characters)."""
    name = _UNSAFE.sub("_", key).strip(" .")
    return name or "session"


PROBLEM_COLUMNS = ["file", "session_key", "kind", "problem"]
CSV_NAMES = ("sessions.csv", "tallies.csv", "episodes.csv", "codebook.csv", "problems.csv")

__all__ = [
    "BatchReport",
    "Problem",
    "SessionKeys",
    "export_batch",
    "guard_csv_text",
    "safe_file_name",
]


def export_batch(
    paths: Sequence[str | os.PathLike[str]],
    out_xlsx: str | os.PathLike[str],
    *,
    csv_dir: str | os.PathLike[str] | None = None,
    notes: bool = True,
    paper: Paper | None = None,
    lang: str | None = None,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
    max_rows: int = EXCEL_MAX_ROWS,
    on_session: Callable[[Session, str], None] | None = None,
    add_sheets: Callable[[Workbook], None] | None = None,
) -> BatchReport:
    """Read every session under ``paths`` and write one workbook (and CSV files).

    ``progress(i, n, name)`` is called before file ``i`` of ``n`` is read (and with
    ``i == n`` at the end); ``should_cancel()`` is asked between files. Raises
    :class:`attachcoder.io.atomic.WriteError` when an output cannot be written (nothing
    partial is left, and a read-only output is refused before any file is read); every
    problem with an input is in the returned report instead. When no session could be read
    (a mistyped path, every file unreadable) nothing is written and an existing workbook and
    CSV set stay as they were: ``report.output`` is then ``None``.
    ``on_session(session, key)`` sees each session exported (a study export builds its time
    series from it, so no file is read twice); ``add_sheets(workbook)`` adds sheets before
    the workbook is saved.
    """
    import pandas as pd

    out = Path(out_xlsx)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():  # say so before reading every session, not after
        raise WriteError(describe_os_error(out, FileNotFoundError(errno.ENOENT, "no folder")))
    refuse_read_only(out)
    if csv_dir is not None:
        for name in CSV_NAMES:
            refuse_read_only(Path(csv_dir) / name)
    report = BatchReport()
    files, missing = find_session_files(paths)
    for p in missing:
        report.problems.append(Problem(p.name, "", "unreadable", "no such file or folder", str(p)))
    report.files = len(files) + len(missing)
    if not report.files:
        return report  # nothing found: no workbook to write
    keys = SessionKeys()
    reference: Scheme | None = None
    schemes: dict[tuple[str, str], tuple[Scheme, int]] = {}
    tallies_frames: list[pd.DataFrame] = []
    episode_frames: list[pd.DataFrame] = []
    rows: list[dict[str, Any]] = []
    phases: list[list[str]] = []
    n = len(files)
    for i, path in enumerate(files):
        if should_cancel is not None and should_cancel():
            report.cancelled = True
            return report
        if progress is not None:
            progress(i, n, path.name)
        try:
            session = load(path)
        except SessionFileError as exc:
            where = f"{exc.place}: " if exc.place else ""
            report.problems.append(
                Problem(path.name, "", "unreadable", where + exc.problem, str(path))
            )
            continue
        key, renamed = keys.assign(session.metadata.session_key())
        if renamed:
            report.problems.append(
                Problem(
                    path.name,
                    key,
                    "duplicate key",
                    f"another session already has the key {key.rsplit('-', 1)[0]!r}; "
                    f"this one is exported as {key!r}",
                    str(path),
                )
            )
        scheme = session.scheme
        if reference is None:
            reference = scheme
        for diff in scheme_differences(reference, scheme):
            report.problems.append(Problem(path.name, key, "scheme difference", diff, str(path)))
        sid = (scheme.name, scheme.version)
        known, count = schemes.get(sid, (scheme, 0))
        schemes[sid] = (known, count + 1)
        try:
            tallies = analyse(session, session_key=key)
            episodes = episodes_table(session, session_key=key, notes=notes)
        except Exception as exc:  # a bug must not cost the rest of the batch
            log.exception("analysing %s failed", path)
            report.problems.append(
                Problem(path.name, key, "unreadable", f"could not be analysed ({exc})", str(path))
            )
            continue
        for w in tallies.warnings:
            report.problems.append(Problem(path.name, key, "note", w, str(path)))
        tallies_frames.append(tallies.table)
        episode_frames.append(episodes)
        rows.append(session_row(session, tallies))
        if on_session is not None:
            on_session(session, key)
        phases.append(tallies.phases)
        report.sessions += 1
    if progress is not None:
        progress(n, n, "")
    if should_cancel is not None and should_cancel():
        report.cancelled = True
        return report
    if report.sessions == 0:
        return report  # nothing read: an old workbook is worth more than an empty one

    sessions, units = sessions_table(rows, phases)
    problems = pd.DataFrame.from_records(
        [p.report_row() for p in report.problems], columns=PROBLEM_COLUMNS
    )
    codebook = _codebook(reference, schemes)
    from attachcoder.io.reports.batch_workbook import build_batch_workbook

    with language(choose(lang)):  # headings and notes; the data columns stay English
        wb = build_batch_workbook(
            sessions,
            units,
            tallies_frames,
            episode_frames,
            codebook,
            problems,
            reference,
            notes=notes,
            max_rows=max_rows,
        )
        if add_sheets is not None:
            add_sheets(wb)
    save_atomically(wb, out, paper=paper)
    report.output = out
    if csv_dir is not None:
        report.csv_files = _write_csv(
            Path(csv_dir), sessions, tallies_frames, episode_frames, codebook, problems
        )
    return report


def _codebook(
    reference: Scheme | None, schemes: dict[tuple[str, str], tuple[Scheme, int]]
) -> tuple[list[list[Any]], list[list[Any]]]:
    """The union of the schemes' codes by (layer, code): rows and, per row, (schemes, sessions)."""
    from attachcoder.io.reports.table_sheets import codebook_rows

    order: list[tuple[str, str]] = []
    first: dict[tuple[str, str], list[Any]] = {}
    used_by: dict[tuple[str, str], list[str]] = {}
    sessions: dict[tuple[str, str], int] = {}
    ordered = sorted(schemes.values(), key=lambda sn: sn[0] is not reference)
    for scheme, count in ordered:
        label = f"{scheme.name} v{scheme.version}"
        for row in codebook_rows(scheme):
            k = (row[0], row[3])
            if k not in first:
                order.append(k)
                first[k] = row
                used_by[k] = []
                sessions[k] = 0
            used_by[k].append(label)
            sessions[k] += count
    body = [first[k] for k in order]
    extra = [["; ".join(used_by[k]), sessions[k]] for k in order]
    return body, extra


def _write_csv(
    folder: Path,
    sessions: pd.DataFrame,
    tallies: list[pd.DataFrame],
    episodes: list[pd.DataFrame],
    codebook: tuple[list[list[Any]], list[list[Any]]],
    problems: pd.DataFrame,
) -> list[Path]:
    import pandas as pd

    from attachcoder.analysis.tables import EPISODE_COLUMNS
    from attachcoder.analysis.tallies import TIDY_COLUMNS
    from attachcoder.io.reports.table_sheets import CODEBOOK_COLUMNS

    body, extra = codebook
    code_df = pd.DataFrame(
        [[*r, *e] for r, e in zip(body, extra, strict=True)],
        columns=[*(c.name for c in CODEBOOK_COLUMNS), "schemes", "sessions"],
    )
    return write_csv_set(
        folder,
        [
            ("sessions.csv", [sessions], list(sessions.columns)),
            ("tallies.csv", tallies, TIDY_COLUMNS),
            ("episodes.csv", episodes, EPISODE_COLUMNS),
            ("codebook.csv", [code_df], list(code_df.columns)),
            ("problems.csv", [problems], PROBLEM_COLUMNS),
        ],
    )
