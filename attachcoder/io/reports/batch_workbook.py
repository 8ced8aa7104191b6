"""The batch workbook's sheets: Sessions, Tallies, Episodes, Codebook, Problems, About.

Layout only: the tables arrive ready from :mod:`attachcoder.io.reports.batch`.
Big tables stream into write-only sheets and continue on ``Tallies (2)``… past Excel's row limit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from attachcoder.core.scheme import Scheme
from attachcoder.io.installed.translations import QT_TRANSLATE_NOOP, translate
from attachcoder.io.reports.session_workbook import new_workbook, write_about
from attachcoder.io.reports.table_sheets import write_codebook, write_episodes, write_tallies
from attachcoder.io.sheets.cells import EXCEL_MAX_ROWS, PP_FORMAT, UNIT_FORMATS, Column
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


def build_batch_workbook(
    sessions: pd.DataFrame,
    units: dict[str, str],
    tallies: Sequence[pd.DataFrame],
    episodes: Sequence[pd.DataFrame],
    codebook: tuple[list[list[Any]], list[list[Any]]],
    problems: pd.DataFrame,
    reference: Scheme | None,
    *,
    notes: bool,
    max_rows: int = EXCEL_MAX_ROWS,
) -> Workbook:
    wb = new_workbook()
    pp = [c for c, u in units.items() if u == "proportion_difference"]
    if pp:
        import pandas as pd

        shown = sessions.assign(**{c: pd.to_numeric(sessions[c]) * 100 for c in pp})
    else:
        shown = sessions
    rows = list(shown.itertuples(index=False, name=None))
    tw = TableWriter(
        wb,
        "Sessions",
        _sessions_columns(units),
        max_rows=max_rows,
        sample=rows,
        header_lines=HEADER_LINES,
    )
    tw.extend(rows)
    tw.close()
    tallies_note = write_tallies(
        wb,
        list(tallies),
        max_rows=max_rows,
        printed_instead=translate(
            "workbook", "the Sessions sheet prints each session's headline figures"
        ),
    )
    episodes_note = write_episodes(
        wb,
        list(episodes),
        max_rows=max_rows,
        printed_instead=translate(
            "workbook", "each session's own workbook prints them as a Timeline score"
        ),
    )
    body, extra = codebook
    write_codebook(
        wb,
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
        wb,
        "Problems",
        [
            Column("file", width=30),
            Column("session_key", width=24),
            Column("kind", width=18),
            Column("problem", width=100),
        ],
        max_rows=max_rows,
    )
    pw.extend(prob_rows)
    if not prob_rows:
        pw.append(["", "", "", translate("workbook", "no problems")])
    pw.close()
    scheme_labels = sorted({label for e in extra for label in str(e[0]).split("; ")})
    write_about(
        wb,
        schemes=scheme_labels or [translate("workbook", "(no sessions)")],
        notes=notes,
        extra=[
            translate(
                "workbook", "{0} session(s) exported; problems are listed on the Problems sheet."
            ).format(len(sessions))
        ],
        off_paper=[tallies_note, episodes_note],
    )
    return wb
