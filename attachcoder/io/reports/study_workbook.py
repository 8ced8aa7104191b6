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
from attachcoder.io.sheets.row_sheet import RowSheet

if TYPE_CHECKING:
    from openpyxl import Workbook


def _layer_names(agreement: StudyAgreement) -> list[str]:
    names: list[str] = []
    for p in agreement.pairs:
        if p.report is not None:
            names.extend(la.layer for la in p.report.layers if la.layer not in names)
    return names


def _kappa(sheet: RowSheet, value: float | None) -> Any:
    """A κ as a number shown to three places (an empty cell when it is undefined)."""
    return None if value is None else sheet.f.number(value, "0.000", "kappa")


def add_reliability_sheet(wb: Workbook, agreement: StudyAgreement) -> None:
    layers = _layer_names(agreement)
    widths = [12.0, 12.0, 10.0, 11.0, 26.0] + [16.0] * (2 * len(layers)) + [40.0]
    sheet = RowSheet(wb, "Reliability", widths)
    sheet.title("Double-coded videos with both codings complete (not in the analysis tables)")
    header = ["dyad_id", "session_date", "primary", "reliability", "completed_at"]
    for name in layers:
        header += [f"{name}: κ time units", f"{name}: κ events"]
    sheet.header([*header, "not compared"], numbers=False)
    for p in agreement.pairs:
        row: list[Any] = [p.dyad_id, p.session_date, p.coders[0], p.coders[1], p.completed_at]
        for name in layers:
            la = p.report.layer(name) if p.report is not None else None
            row.append(_kappa(sheet, None if la is None else la.time_units.stats.kappa))
            row.append(_kappa(sheet, None if la is None else la.events.stats.kappa))
        sheet.row([*row, p.refused or None])
    if not agreement.pairs:
        sheet.row(["none yet"])
    sheet.row()
    sheet.title("Pooled, per layer")
    sheet.header(["layer", "pairs", "mean κ time units", "mean κ events", "pooled κ time units"])
    for pl in agreement.pooled:
        sheet.row(
            [
                pl.layer,
                pl.pairs,
                _kappa(sheet, pl.mean_kappa_time_units),
                _kappa(sheet, pl.mean_kappa_events),
                _kappa(sheet, pl.pooled_kappa_time_units),
            ]
        )


def add_drift_sheet(wb: Workbook, agreement: StudyAgreement) -> None:
    """Top: the chart's table (pair number, one rolling-mean column per coder, the criterion)
    with the chart beside it; below, each coder's series with dates and slope."""
    from openpyxl.chart import LineChart, Reference

    coders = list(agreement.drift)
    longest = max((len(d.series) for d in agreement.drift.values()), default=0)
    sheet = RowSheet(wb, "Drift", [8.0] + [14.0] * (len(coders) + 1) + [12.0] * 4)
    top = sheet.header(["pair", *(f"{c} rolling κ" for c in coders), "criterion"])
    for i in range(longest):
        row: list[Any] = [i + 1]
        for c in coders:
            r = agreement.drift[c].rolling
            row.append(_kappa(sheet, r[i] if i < len(r) else None))
        sheet.row([*row, agreement.criterion])
    if longest:
        chart = LineChart()
        chart.title = "Observer drift: rolling mean κ of the last five pairs"
        chart.y_axis.title = "κ"
        chart.x_axis.title = "reliability pair (by completion)"
        chart.height, chart.width = 9, 18
        ws = sheet.ws
        last = top + longest
        data = Reference(ws, min_col=2, max_col=len(coders) + 2, min_row=top, max_row=last)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=top + 1, max_row=last))
        chart.series[-1].graphicalProperties.line.dashStyle = "dash"
        chart.series[-1].graphicalProperties.line.solidFill = "C00000"
        ws.add_chart(chart, f"{_letter(len(coders) + 3)}{top}")
    for _ in range(max(0, 20 - longest)):  # the chart's height, before the series below
        sheet.row()
    sheet.row()
    sheet.header(
        ["coder", "completed_at", "dyad_id", "κ", "rolling κ", "slope per 30 days", "flag"],
        numbers=False,
    )
    for c in coders:
        d = agreement.drift[c]
        flag = "below criterion" if d.flagged else None
        if not d.series:
            sheet.row([c, None, None, None, None, None, "no complete pair yet"])
        for pt, roll in zip(d.series, d.rolling, strict=True):
            sheet.row(
                [
                    c,
                    pt.completed_at,
                    pt.dyad_id,
                    _kappa(sheet, pt.kappa),
                    _kappa(sheet, roll),
                    _kappa(sheet, d.slope_per_30_days),
                    flag,
                ]
            )


def _letter(n: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(n)


def write_study_agreement_workbook(path: str | os.PathLike[str], agreement: StudyAgreement) -> None:
    from attachcoder.io.reports.session_workbook import new_workbook
    from attachcoder.io.sheets.xlsx_rows import save_atomically

    wb = new_workbook()
    add_reliability_sheet(wb, agreement)
    add_drift_sheet(wb, agreement)
    save_atomically(wb, path)
