"""``study export``: the batch export of the complete primary codings, and the study's sheets.

The analysis tables (Sessions, Tallies, Episodes, and their CSV) hold one coding per dyad —
the primary coder's, once it is complete — so no dyad counts twice. Reliability codings are
listed on the Reliability sheet only; the Drift sheet follows each coder's agreement. The time
series (``--timeseries``) is cut from the same sessions as they are read, never a second read.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from attachcoder.core.records import STATUS_COMPLETE
from attachcoder.core.study import Study
from attachcoder.core.timefmt import Duration
from attachcoder.io.reports.batch import BatchReport, Problem, Progress, export_batch
from attachcoder.io.reports.study_workbook import add_drift_sheet, add_reliability_sheet
from attachcoder.io.reports.timeseries_csv import TimeSeriesWriter
from attachcoder.io.study.pairs import agreement_of_study
from attachcoder.io.study.status import CONFLICT, StudyStatus, study_status


@dataclass
class StudyExportReport:
    batch: BatchReport
    primaries: int = 0  # complete primary codings exported
    left_out: int = 0  # primary codings not complete yet (conflicts included)
    conflicts: int = 0  # of those, primary codings with a second copy beside them
    pairs: int = 0
    problems: list[str] = field(default_factory=list)
    timeseries: Path | None = None


def complete_primaries(status: StudyStatus) -> list[Path]:
    return [vs.primary.path for vs in status.videos if vs.primary.status == STATUS_COMPLETE]


def _maker(made_by: str) -> str:
    """A sync client (Dropbox → "Dropbox's name"); "a copy" and "its metadata" as they are."""
    return made_by if made_by[:1].islower() else f"{made_by}'s name"


def conflict_problems(status: StudyStatus, agreement_problems: list[str]) -> list[Problem]:
    """The Problems sheet's lines for what the study left out: each coding with a second copy
    beside it (by dyad and coder, as the sheet names sessions — never by file name) and each
    pair left out of agreement, so a dyad missing from Sessions or Reliability says why."""
    out = []
    for vs in status.videos:
        for c in vs.codings():
            if c.status != CONFLICT:
                continue
            makers = sorted({_maker(copy.made_by) for copy in c.conflicts}) or ["a copy"]
            n = len(c.conflicts)
            copies = "a second copy" if n <= 1 else f"{n} more copies"
            left = "the analysis tables and agreement" if c.role == "primary" else "agreement"
            out.append(Problem(
                "", "", "conflict",
                f"dyad {vs.video.dyad_id}, coder {c.coder} ({c.role}): {copies} of this coding "
                f"beside it ({', '.join(makers)}) — compare them and keep one; left out "
                f"of {left} until then",
            ))  # fmt: skip
    for line in agreement_problems:
        # those that name no file; a conflict's is said above
        if line.startswith("dyad ") and not line.endswith("until its conflict is resolved"):
            out.append(Problem("", "", "agreement", line))
    return out


def export_study(
    study: Study,
    folder: str | os.PathLike[str],
    out_xlsx: str | os.PathLike[str],
    *,
    csv_dir: str | os.PathLike[str] | None = None,
    timeseries_dir: str | os.PathLike[str] | None = None,
    step: Duration | None = None,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
    lang: str | None = None,
) -> StudyExportReport:
    """Write the workbook (and CSV, and the time series); raises ``WriteError`` on output.
    ``lang``: the workbook's language (default: the system's)."""
    status = study_status(study, folder)
    files = complete_primaries(status)
    agreement, agreement_problems = agreement_of_study(study, folder, status)
    problems = [*status.problems, *agreement_problems]
    series = TimeSeriesWriter(step or Duration("1s")) if timeseries_dir is not None else None

    def add_sheets(wb: object) -> None:
        add_reliability_sheet(wb, agreement)  # type: ignore[arg-type]
        add_drift_sheet(wb, agreement)  # type: ignore[arg-type]

    batch = export_batch(
        files,
        out_xlsx,
        csv_dir=csv_dir,
        progress=progress,
        should_cancel=should_cancel,
        on_session=series,
        add_sheets=add_sheets,
        lang=lang,
        listed=conflict_problems(status, agreement_problems),
    )
    report = StudyExportReport(
        batch,
        primaries=batch.sessions,
        left_out=len(status.videos) - len(files),
        conflicts=sum(1 for vs in status.videos if vs.primary.status == CONFLICT),
        pairs=len(agreement.pairs),
        problems=problems,
    )
    if series is not None and timeseries_dir is not None and not batch.cancelled:
        report.timeseries = series.write(timeseries_dir)
        report.problems.extend(series.problems)
    return report
