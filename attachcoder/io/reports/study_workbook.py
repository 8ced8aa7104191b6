"""The study's Reliability and Drift sheets (in the study export and ``study agreement -o``).

Reliability: one row per double-coded video with both codings complete — the two coders and
each layer's κ in time units and in events, each with its 95% CI (treating units as
independent) — then the pooled figures per layer with their bootstrap CIs over videos and the
pairs whose κ is undefined, the ICC(2,1) of each rating item and headline measure with its CI,
and the settings that made them. These are the only place reliability codings appear: they
never enter the analysis tables.

Drift: each coder's series (κ of the headline layer per pair, by the later completion), the
rolling mean of the last five and the slope per 30 days, and a line chart of the rolling mean
with one line per coder and the criterion drawn as a line of its own.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from attachcoder.analysis.agreement.bootstrap import RESAMPLES
from attachcoder.analysis.agreement.kappa import KappaStats
from attachcoder.analysis.study_agreement import StudyAgreement
from attachcoder.io.installed.translations import choose, language, translate
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
    # a cell of its own for every κ (a shared template slot would hand every cell the last κ)
    return None if value is None else sheet.f.number(value, "0.000")


def _with_ci(sheet: RowSheet, stats: KappaStats | None) -> list[Any]:
    """κ, then its 95% CI's low and high end (empty cells where undefined)."""
    if stats is None:
        return [None, None, None]
    return [_kappa(sheet, v) for v in (stats.kappa, stats.ci_low, stats.ci_high)]


def add_reliability_sheet(wb: Workbook, agreement: StudyAgreement) -> None:
    layers = _layer_names(agreement)
    widths = [12.0, 12.0, 10.0, 11.0, 26.0] + [13.0] * (6 * len(layers)) + [40.0]
    sheet = RowSheet(wb, translate("workbook", "Reliability"), widths)
    sheet.title(
        translate(
            "workbook",
            "Double-coded videos with both codings complete (not in the analysis tables)",
        )
    )
    header = [
        translate("workbook", "dyad_id"),
        translate("workbook", "session_date"),
        translate("workbook", "primary"),
        translate("workbook", "reliability"),
        translate("workbook", "completed_at"),
    ]
    low, high = translate("workbook", "95% CI low"), translate("workbook", "95% CI high")
    for name in layers:
        for kappa in (
            translate("workbook", "{0}: κ time units"),
            translate("workbook", "{0}: κ events"),
        ):
            header += [kappa.format(name), low, high]
    sheet.header([*header, translate("workbook", "not compared")], numbers=False)
    for p in agreement.pairs:
        row: list[Any] = [p.dyad_id, p.session_date, p.coders[0], p.coders[1], p.completed_at]
        for name in layers:
            la = p.report.layer(name) if p.report is not None else None
            row += _with_ci(sheet, None if la is None else la.time_units.stats)
            row += _with_ci(sheet, None if la is None else la.events.stats)
        sheet.row([*row, p.refused or None])
    if not agreement.pairs:
        sheet.row([translate("workbook", "none yet")])
    sheet.row()
    sheet.title(
        translate("workbook", "Pooled, per layer (95% CIs: percentile bootstrap over videos)")
    )
    sheet.header([translate("workbook", "layer"), translate("workbook", "pairs"),
                  translate("workbook", "κ undefined"), translate("workbook", "mean κ time units"),
                  low, high, translate("workbook", "mean κ events"), low, high,
                  translate("workbook", "pooled κ time units"), low, high])  # fmt: skip
    for pl in agreement.pooled:
        sheet.row(
            [
                pl.layer,
                pl.pairs,
                pl.undefined_time_units,
                *(
                    _kappa(sheet, v)
                    for v in (
                        pl.mean_kappa_time_units,
                        pl.mean_ci.low,
                        pl.mean_ci.high,
                        pl.mean_kappa_events,
                        pl.mean_events_ci.low,
                        pl.mean_events_ci.high,
                        pl.pooled_kappa_time_units,
                        pl.pooled_ci.low,
                        pl.pooled_ci.high,
                    )
                ),
            ]
        )
    if agreement.icc:
        sheet.row()
        sheet.title(
            translate(
                "workbook",
                "ICC(2,1) between the two codings over the pairs (95% CI: McGraw & Wong 1996)",
            )
        )
        sheet.header(
            [
                translate("workbook", "measure"),
                translate("workbook", "pairs"),
                "ICC(2,1)",
                low,
                high,
            ]
        )
        for m in agreement.icc:
            values = (m.icc, m.ci_low, m.ci_high)
            sheet.row([m.measure, m.n, *(_kappa(sheet, v) for v in values)])
    sheet.row()
    for line in settings_notes(agreement):
        sheet.note(line)


def settings_notes(agreement: StudyAgreement) -> list[str]:
    """The settings and caveats the figures above need to be read."""
    st = agreement.settings
    align = (
        translate("workbook", "gseq (Bakeman, Quera & Gnisci 2009), onset tolerance {0}").format(
            st.onset_tolerance
        )
        if st.align == "gseq"
        else translate("workbook", "overlap (≥ {0} of the longer state; points within {1})").format(
            f"{st.overlap:.0%}", st.point_window
        )
    )
    undefined = sum(pl.undefined_time_units for pl in agreement.pooled)
    settings = translate(
        "workbook",
        "Settings: unit {0}, tolerance {1} (symmetric), event alignment {2}, excluded rule "
        "{3}; bootstrap: {4} resamples of the videos, seed {5}.",
    ).format(st.unit, st.tolerance, align, st.excluded, f"{RESAMPLES:,}", agreement.seed)
    caveat = (
        translate(
            "workbook",
            "A pair's κ CI treats its units as independent (Fleiss, Cohen & Everitt 1969), so "
            "it is too narrow; a pair with κ undefined is left out of the mean ({0} here).",
        ).format(undefined)
        if undefined
        else translate(
            "workbook",
            "A pair's κ CI treats its units as independent (Fleiss, Cohen & Everitt 1969), so "
            "it is too narrow; a pair with κ undefined is left out of the mean.",
        )
    )
    return [settings, caveat]


def add_drift_sheet(wb: Workbook, agreement: StudyAgreement) -> None:
    """Top: the chart's table (pair number, one rolling-mean column per coder, the criterion)
    with the chart beside it; below, each coder's series with dates and slope."""
    from openpyxl.chart import LineChart, Reference

    coders = list(agreement.drift)
    longest = max((len(d.series) for d in agreement.drift.values()), default=0)
    sheet = RowSheet(
        wb, translate("workbook", "Drift"), [8.0] + [14.0] * (len(coders) + 1) + [12.0] * 4
    )
    rolling = translate("workbook", "{0} rolling κ")
    top = sheet.header(
        [
            translate("workbook", "pair"),
            *(rolling.format(c) for c in coders),
            translate("workbook", "criterion"),
        ]
    )
    for i in range(longest):
        row: list[Any] = [i + 1]
        for c in coders:
            r = agreement.drift[c].rolling
            row.append(_kappa(sheet, r[i] if i < len(r) else None))
        sheet.row([*row, agreement.criterion])
    if longest:
        chart = LineChart()
        chart.title = translate("workbook", "Observer drift: rolling mean κ of the last five pairs")
        chart.y_axis.title = "κ"
        chart.x_axis.title = translate("workbook", "reliability pair (by completion)")
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
        [
            translate("workbook", "coder"),
            translate("workbook", "completed_at"),
            translate("workbook", "dyad_id"),
            "κ",
            translate("workbook", "rolling κ"),
            translate("workbook", "slope per 30 days"),
            translate("workbook", "flag"),
        ],
        numbers=False,
    )
    skipped_text = translate("workbook", "skipped: {0}")
    for c in coders:
        d = agreement.drift[c]
        flag = translate("workbook", "below criterion") if d.flagged else None
        if not d.series:
            sheet.row(
                [c, None, None, None, None, None, translate("workbook", "no complete pair yet")]
            )
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
        for skipped in d.skipped:  # pairs drift could not place, and why
            reason = skipped_text.format(skipped.reason)
            sheet.row([c, None, skipped.dyad_id, None, None, None, reason])


def _letter(n: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(n)


def write_study_agreement_workbook(
    path: str | os.PathLike[str], agreement: StudyAgreement, *, lang: str | None = None
) -> None:
    """Reliability and Drift, headings in ``lang`` (default: the system's language)."""
    from attachcoder.io.reports.session_workbook import new_workbook
    from attachcoder.io.sheets.xlsx_rows import save_atomically

    wb = new_workbook()
    with language(choose(lang)):
        add_reliability_sheet(wb, agreement)
        add_drift_sheet(wb, agreement)
    save_atomically(wb, path)
