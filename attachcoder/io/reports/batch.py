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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from attachcoder.analysis.scheme_compare import scheme_differences
from attachcoder.analysis.sessions_table import SessionRows, session_row, sessions_table
from attachcoder.analysis.tables import episodes_table
from attachcoder.analysis.tallies import analyse
from attachcoder.core.ids import file_name_part, metadata_id_problems
from attachcoder.core.scheme import Scheme
from attachcoder.core.scheme_align import align_scheme, aligned_session
from attachcoder.io.atomic import WriteError, describe_os_error, refuse_read_only
from attachcoder.io.installed.translations import choose, language
from attachcoder.io.session.file import SessionFileError, default_scheme, find_session_files, load
from attachcoder.io.sheets.cells import EXCEL_MAX_ROWS
from attachcoder.io.sheets.csv_tables import CsvSet, guard_csv_text
from attachcoder.io.sheets.xlsx_page import Paper
from attachcoder.io.sheets.xlsx_rows import save_atomically

if TYPE_CHECKING:
    import pandas as pd
    from openpyxl import Workbook

    from attachcoder.core.session import Session
    from attachcoder.io.reports.batch_workbook import BatchWorkbook

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
    #: tables longer than a sheet holds, each a sentence (also under Problems and on About)
    continued: list[str] = field(default_factory=list)

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


def safe_file_name(key: str) -> str:
    """A session key as a file name on every system (no separators, no reserved characters,
    no control or text-direction characters: :func:`attachcoder.core.ids.file_name_part`)."""
    return file_name_part(key)


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
    max_rows: int | None = None,
    on_session: Callable[[Session, str], None] | None = None,
    add_sheets: Callable[[Workbook], None] | None = None,
    listed: Sequence[Problem] = (),
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
    the workbook is saved. ``max_rows`` is the rows a sheet may hold (Excel's limit unless
    given): a longer table continues on further sheets, and the report says so. ``listed``:
    problems the caller found before (a study's sync conflicts), put first on the Problems
    sheet and in problems.csv — the reader of the workbook must see why a dyad is missing —
    but not added to the returned report (the caller has said them already).

    Each session's rows are written (to temporary files) as soon as it is read, so memory
    stays flat with the number of sessions; only the one-row-per-session Sessions table is
    kept until the end.
    """
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
    from attachcoder.io.reports.batch_workbook import BatchWorkbook

    book = BatchWorkbook(
        max_rows=EXCEL_MAX_ROWS if max_rows is None else max_rows, csv=csv_dir is not None
    )
    csv_set = CsvSet(csv_dir, CSV_NAMES) if csv_dir is not None else None
    options = _Options(
        out, notes, paper, lang, progress, should_cancel, on_session, add_sheets, tuple(listed)
    )
    try:
        written = _export(files, report, book, csv_set, options)
    except BaseException:
        book.discard()
        if csv_set is not None:
            csv_set.discard()
        raise
    if not written:
        book.discard()
        if csv_set is not None:
            csv_set.discard()
    return report


@dataclass(frozen=True)
class _Options:
    """What :func:`export_batch` was asked, handed on to :func:`_export` whole."""

    out: Path
    notes: bool
    paper: Paper | None
    lang: str | None
    progress: Progress | None
    should_cancel: Callable[[], bool] | None
    on_session: Callable[[Session, str], None] | None
    add_sheets: Callable[[Workbook], None] | None
    listed: tuple[Problem, ...] = ()


def _export(
    files: list[Path],
    report: BatchReport,
    book: BatchWorkbook,
    csv_set: CsvSet | None,
    o: _Options,
) -> bool:
    """Read, write as read, finish; False when nothing is to be written (cancelled, or no
    session could be read)."""
    from attachcoder.analysis.tables import EPISODE_COLUMNS
    from attachcoder.analysis.tallies import TIDY_COLUMNS

    tallies_csv = csv_set.table("tallies.csv", TIDY_COLUMNS) if csv_set else None
    episodes_csv = csv_set.table("episodes.csv", EPISODE_COLUMNS) if csv_set else None
    keys = SessionKeys()
    canonical: Scheme | None = None  # whose words every session is read in
    reference: Scheme | None = None
    schemes: dict[tuple[str, str], tuple[Scheme, int]] = {}
    rows = SessionRows()  # one compact row per session, kept for the Sessions table
    phases: list[list[str]] = []
    n = len(files)
    for i, path in enumerate(files):
        if o.should_cancel is not None and o.should_cancel():
            report.cancelled = True
            return False
        if o.progress is not None:
            o.progress(i, n, path.name)
        try:
            session = load(path)
        except SessionFileError as exc:
            where = f"{exc.place}: " if exc.place else ""
            report.problems.append(
                Problem(path.name, "", "unreadable", where + exc.problem, str(path))
            )
            continue
        if canonical is None:
            canonical = canonical_scheme(session.scheme)
        session = aligned_session(session, canonical)  # one vocabulary, whatever the language
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
        for place, problem in metadata_id_problems(session.metadata):
            report.problems.append(
                Problem(path.name, key, "note", f"{place}: {problem}", str(path))
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
            episodes = episodes_table(session, session_key=key, notes=o.notes)
        except Exception as exc:  # a bug must not cost the rest of the batch
            log.exception("analysing %s failed", path)
            report.problems.append(
                Problem(path.name, key, "unreadable", f"could not be analysed ({exc})", str(path))
            )
            continue
        for w in tallies.warnings:
            report.problems.append(Problem(path.name, key, "note", w, str(path)))
        book.add(tallies.table, episodes)
        if tallies_csv is not None and episodes_csv is not None:
            tallies_csv.write(tallies.table)
            episodes_csv.write(episodes)
        rows.append(session_row(session, tallies))
        if o.on_session is not None:
            o.on_session(session, key)
        phases.append(tallies.phases)
        report.sessions += 1
    if o.progress is not None:
        o.progress(n, n, "")
    if o.should_cancel is not None and o.should_cancel():
        report.cancelled = True
        return False
    if report.sessions == 0:
        return False  # nothing read: an old workbook is worth more than an empty one

    import pandas as pd

    report.continued = book.continued()
    for notice in report.continued:
        report.problems.append(Problem("", "", "note", notice))
    sessions, units = sessions_table(rows, phases)
    problems = pd.DataFrame.from_records(
        [p.report_row() for p in (*o.listed, *report.problems)], columns=PROBLEM_COLUMNS
    )
    codebook = _codebook(reference, schemes)
    with language(choose(o.lang)):  # headings and notes; the data columns stay English
        wb = book.finish(sessions, units, codebook, problems, reference, notes=o.notes)
        if o.add_sheets is not None:
            o.add_sheets(wb)
    save_atomically(wb, o.out, paper=o.paper)
    report.output = o.out
    if csv_set is not None:
        _finish_csv(csv_set, sessions, codebook, problems)
        report.csv_files = csv_set.commit()
    return True


def canonical_scheme(first: Scheme) -> Scheme:
    """The words a batch reads every session in: the English default scheme's when the first
    session was coded with the shipped scheme (in any language, perhaps edited), else the
    first session's own. Codes are matched to them by role and key, never by name
    (:mod:`attachcoder.core.scheme_align`), so sessions coded in different languages give
    one table."""
    english = default_scheme("en")
    if first.name != english.name:
        return first
    matched = align_scheme(first, english)
    roles = {la.role for la in english.layers if la.role}
    has_roles = {la.role for la in first.layers if la.role and la.name in matched.layers}
    return english if roles <= has_roles else first


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


def _finish_csv(
    csv_set: CsvSet,
    sessions: pd.DataFrame,
    codebook: tuple[list[list[Any]], list[list[Any]]],
    problems: pd.DataFrame,
) -> None:
    """The CSV files that need every session: sessions, codebook, problems."""
    import pandas as pd

    from attachcoder.io.reports.table_sheets import CODEBOOK_COLUMNS

    body, extra = codebook
    code_df = pd.DataFrame(
        [[*r, *e] for r, e in zip(body, extra, strict=True)],
        columns=[*(c.name for c in CODEBOOK_COLUMNS), "schemes", "sessions"],
    )
    csv_set.table("sessions.csv", list(sessions.columns)).write(sessions)
    csv_set.table("codebook.csv", list(code_df.columns)).write(code_df)
    csv_set.table("problems.csv", PROBLEM_COLUMNS).write(problems)
