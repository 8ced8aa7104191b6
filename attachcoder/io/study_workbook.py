"""The study's Reliability and Drift sheets (in the study export and ``study agreement -o``).

Reliability: one row per double-coded video with both codings complete — the two coders and
each layer's κ in time units and in events — then the pooled figures per layer. These are the
only place reliability codings appear: they never enter the analysis tables.

Drift: each coder's series (κ of the headline layer per pair, by the later completion), the
rolling mean of the last five and the slope per 30 days, and a line chart of the rolling mean
with one line per coder and the criterion drawn as a line of its own.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from attachcoder.analysis.study_agreement import StudyAgreement
from attachcoder.io.workbook_cells import Column, TableWriter

if TYPE_CHECKING:
    from openpyxl import Workbook


def _layer_names(agreement: StudyAgreement) -> list[str]:
    names: list[str] = []
    for p in agreement.pairs:
        if p.report is not None:
            names.extend(la.layer for la in p.report.layers if la.layer not in names)
    return names


def add_reliability_sheet(wb: Workbook, agreement: StudyAgreement) -> None:
    layers = _layer_names(agreement)
    columns = [
        Column("dyad_id", width=12),
        Column("session_date", width=12),
        Column("primary", width=10),
        Column("reliability", width=10),
        Column("completed_at", width=26),
    ]
    for name in layers:
        columns.append(Column(f"{name}: κ time units", "number", "0.000", width=18))
        columns.append(Column(f"{name}: κ events", "number", "0.000", width=16))
    columns.append(Column("not compared", width=40))
    tw = TableWriter(wb, "Reliability", columns)
    for p in agreement.pairs:
        row: list[Any] = [p.dyad_id, p.session_date, p.coders[0], p.coders[1], p.completed_at]
        for name in layers:
            la = p.report.layer(name) if p.report is not None else None
            row.append(None if la is None else la.time_units.stats.kappa)
            row.append(None if la is None else la.events.stats.kappa)
        row.append(p.refused)
        tw.append(row)
    tw.close()
    ws = tw.sheet  # the pooled figures below the table, outside its filter
    if not agreement.pairs:
        ws.append(["no double-coded video has both codings complete yet"])
    ws.append([])
    ws.append(
        ["pooled: layer", "pairs", "mean κ time units", "mean κ events", "pooled κ time units"]
    )
    for pl in agreement.pooled:
        ws.append(
            [
                pl.layer,
                pl.pairs,
                pl.mean_kappa_time_units,
                pl.mean_kappa_events,
                pl.pooled_kappa_time_units,
            ]
        )


def add_drift_sheet(wb: Workbook, agreement: StudyAgreement) -> None:
    """Left: the chart's table (pair number, one rolling-mean column per coder, criterion);
    below it each coder's series with dates."""
    from openpyxl.chart import LineChart, Reference

    coders = list(agreement.drift)
    longest = max((len(d.series) for d in agreement.drift.values()), default=0)
    columns = [Column("pair", "number", "0", width=8)]
    columns += [Column(f"{c} rolling κ", "number", "0.000", width=14) for c in coders]
    columns.append(Column("criterion", "number", "0.00", width=10))
    tw = TableWriter(wb, "Drift", columns)
    for i in range(longest):
        row: list[Any] = [i + 1]
        for c in coders:
            r = agreement.drift[c].rolling
            row.append(r[i] if i < len(r) else None)
        row.append(agreement.criterion)
        tw.append(row)
    tw.close()
    ws = tw.sheet
    if longest:
        chart = LineChart()
        chart.title = "Observer drift: rolling mean κ of the last five pairs"
        chart.y_axis.title = "κ"
        chart.x_axis.title = "reliability pair (by completion)"
        chart.height, chart.width = 9, 18
        data = Reference(ws, min_col=2, max_col=len(coders) + 2, min_row=1, max_row=longest + 1)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=longest + 1))
        chart.series[-1].graphicalProperties.line.dashStyle = "dash"
        chart.series[-1].graphicalProperties.line.solidFill = "C00000"
        ws.add_chart(chart, f"{_letter(len(coders) + 3)}2")
    ws.append([])
    ws.append(["coder", "completed_at", "dyad_id", "κ", "rolling κ", "slope per 30 days", "flag"])
    for c in coders:
        d = agreement.drift[c]
        flag = "below criterion" if d.flagged else ""
        if not d.series:
            ws.append([c, None, None, None, None, None, "no complete pair yet"])
        for pt, roll in zip(d.series, d.rolling, strict=True):
            ws.append([c, pt.completed_at, pt.dyad_id, pt.kappa, roll, d.slope_per_30_days, flag])


def _letter(n: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(n)


def write_study_agreement_workbook(path: str | os.PathLike[str], agreement: StudyAgreement) -> None:
    from attachcoder.io.workbook import new_workbook
    from attachcoder.io.xlsx_rows import save_atomically

    wb = new_workbook()
    add_reliability_sheet(wb, agreement)
    add_drift_sheet(wb, agreement)
    save_atomically(wb, path)
