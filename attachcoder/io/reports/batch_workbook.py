"""The batch workbook's sheets: Sessions, Tallies, Episodes, Codebook, Problems, About.

Layout only: the tables arrive ready from :mod:`attachcoder.io.reports.batch`. The long tables are
written as the sessions are read — each session's Tallies and Episodes rows go straight to
disk (:class:`~attachcoder.io.sheets.xlsx_table.TableWriter` streams them), so memory stays flat
however many sessions a batch holds — and continue on ``Tallies (2)``… past Excel's row
limit, which the Problems and About sheets then say. Sessions, Codebook, Problems and About
need every session and are written at the end (Sessions is put first all the same).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attachcoder.core.scheme import Scheme
from attachcoder.io.installed.translations import QT_TRANSLATE_NOOP, translate
from attachcoder.io.reports.session_workbook import new_workbook, write_about
from attachcoder.io.reports.table_sheets import (
    EPISODE_SHEET_COLUMNS,
    TALLY_SHEET_COLUMNS,
    not_printed,
    write_codebook,
)
from attachcoder.io.sheets.cells import EXCEL_MAX_ROWS, PP_FORMAT, UNIT_FORMATS, Column
from attachcoder.io.sheets.xlsx_rows import discard_workbook, streams_of
from attachcoder.io.sheets.xlsx_table import TableWriter

if TYPE_CHECKING:
    import pandas as pd
    from openpyxl.workbook import Workbook

_EXTRA_FORMATS = {"months": "0.0"}
#: A proportion difference is shown as percentage points: the cell holds it × 100, and the
#: column name says so (sessions.csv keeps the raw difference under the plain name).
PP_SUFFIX = "_pp"


#: Numeric columns of the Sessions sheet are as wide as their numbers, their long names wrapped
#: over up to this many lines: at the names' width (up to 40 characters) the sheet printed
#: across 20 pages for 20 sessions.
HEADER_LINES = 4
_NUMBER_WIDTH = 12.0


def _sessions_columns(units: dict[str, str]) -> list[Column]:
    cols = []
    for name, unit in units.items():
        if unit in ("text", "date"):
            cols.append(Column(name, unit))
        elif unit == "proportion_difference":
            cols.append(Column(name + PP_SUFFIX, "number", PP_FORMAT, width=_NUMBER_WIDTH))
        else:
            fmt = _EXTRA_FORMATS.get(unit) or UNIT_FORMATS.get(unit, "General")
            cols.append(Column(name, "number", fmt, width=_NUMBER_WIDTH))
    return cols


def continued_notice(writer: TableWriter, csv_name: str | None) -> str | None:
    """``Episodes continue on 'Episodes (2)'; the CSV holds the whole table (episodes.csv)``
    when the table passed Excel's row limit; None when it fits one sheet."""
    more = [ws.title for ws in writer.sheets[1:]]
    if not more:
        return None
    where = translate("workbook", " and ").join(f"'{t}'" for t in more)
    whole = (
        f"({csv_name})"
        if csv_name
        else translate("workbook", "(export with a CSV folder, e.g. --csv DIR, to get it)")
    )
    return translate("workbook", "{0} continue on {1}; the CSV holds the whole table {2}").format(
        writer.title, where, whole
    )


class BatchWorkbook:
    """A batch workbook filled as the sessions are read, finished once all are read.

    ``csv`` says whether the batch also writes CSV files (the notice of a table too long for
    one sheet points to them).
    """

    def __init__(self, *, max_rows: int = EXCEL_MAX_ROWS, csv: bool = False) -> None:
        self.wb: Workbook = new_workbook()
        self.max_rows = max_rows
        self.csv = csv
        self.tallies: TableWriter | None = None
        self.episodes: TableWriter | None = None
        self.tally_rows = 0
        self.episode_rows = 0

    def _writers(self, sample_tallies: Any = (), sample_episodes: Any = ()) -> None:
        if self.tallies is None:
            # the first session's rows size the columns (write-only sheets need widths first)
            self.tallies = TableWriter(
                self.wb,
                "Tallies",
                TALLY_SHEET_COLUMNS,
                max_rows=self.max_rows,
                unit_column="unit",
                sample=sample_tallies,
                printed=False,
            )
            self.episodes = TableWriter(
                self.wb,
                "Episodes",
                EPISODE_SHEET_COLUMNS,
                max_rows=self.max_rows,
                sample=sample_episodes,
                printed=False,
            )

    def add(self, tallies: pd.DataFrame, episodes: pd.DataFrame) -> None:
        """One session's tidy measures and episodes, written now."""
        t_rows = list(tallies.itertuples(index=False, name=None))
        e_rows = list(episodes.itertuples(index=False, name=None))
        self._writers(t_rows, e_rows)
        assert self.tallies is not None and self.episodes is not None
        self.tallies.extend(t_rows)
        self.episodes.extend(e_rows)
        self.tally_rows += len(t_rows)
        self.episode_rows += len(e_rows)

    def continued(self) -> list[str]:
        """A sentence for each table that continues on further sheets."""
        self._writers()
        assert self.tallies is not None and self.episodes is not None
        notices = [
            continued_notice(self.tallies, "tallies.csv" if self.csv else None),
            continued_notice(self.episodes, "episodes.csv" if self.csv else None),
        ]
        return [n for n in notices if n]

    def finish(
        self,
        sessions: pd.DataFrame,
        units: dict[str, str],
        codebook: tuple[list[list[Any]], list[list[Any]]],
        problems: pd.DataFrame,
        reference: Scheme | None,
        *,
        notes: bool,
    ) -> Workbook:
        """Sessions (first), Codebook, Problems and About; returns the workbook to save."""
        self._writers()
        assert self.tallies is not None and self.episodes is not None
        self.tallies.close()
        self.episodes.close()
        pp = [c for c, u in units.items() if u == "proportion_difference"]
        if pp:
            import pandas as pd

            shown = sessions.assign(**{c: pd.to_numeric(sessions[c]) * 100 for c in pp})
        else:
            shown = sessions
        rows = list(shown.itertuples(index=False, name=None))
        tw = TableWriter(
            self.wb,
            "Sessions",
            _sessions_columns(units),
            max_rows=self.max_rows,
            sample=rows,
            header_lines=HEADER_LINES,
            index=0,
        )
        tw.extend(rows)
        tw.close()
        body, extra = codebook
        write_codebook(
            self.wb,
            reference or Scheme(name="", layers=()),
            rows=body,
            extra_values=extra,
            extra_columns=[
                Column(QT_TRANSLATE_NOOP("workbook", "schemes"), width=30),
                Column(QT_TRANSLATE_NOOP("workbook", "sessions"), "number", "0"),
            ],
        )
        prob_rows = list(problems.itertuples(index=False, name=None))
        pw = TableWriter(
            self.wb,
            "Problems",
            [
                Column("file", width=30),
                Column("session_key", width=24),
                Column("kind", width=18),
                Column("problem", width=100),
            ],
            max_rows=self.max_rows,
        )
        pw.extend(prob_rows)
        if not prob_rows:
            pw.append(["", "", "", translate("workbook", "no problems")])
        pw.close()
        scheme_labels = sorted({label for e in extra for label in str(e[0]).split("; ")})
        write_about(
            self.wb,
            schemes=scheme_labels or [translate("workbook", "(no sessions)")],
            notes=notes,
            extra=[
                translate(
                    "workbook",
                    "{0} session(s) exported; problems are listed on the Problems sheet.",
                ).format(len(sessions)),
                *self.continued(),
            ],
            off_paper=[
                not_printed(
                    "Tallies",
                    self.tally_rows,
                    translate(
                        "workbook", "the Sessions sheet prints each session's headline figures"
                    ),
                ),
                not_printed(
                    "Episodes",
                    self.episode_rows,
                    translate(
                        "workbook", "each session's own workbook prints them as a Timeline score"
                    ),
                ),
            ],
        )
        return self.wb

    def discard(self) -> None:
        """Nothing to save after all (cancelled, or no session read): temporary files go."""
        discard_workbook(self.wb)
        for stream in streams_of(self.wb).values():
            stream.close()
