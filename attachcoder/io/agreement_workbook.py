"""Agreement workbooks (openpyxl): two codings, double-coded pairs, or trainees vs a reference.

Every figure is a numeric cell (κ to three decimals, percentages 0–100, times in seconds), so a
supervisor can sort and chart them; the bands stand beside κ as words. Sessions are named by
session key and file base name only, never by a path. Files are written atomically.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import Any

from attachcoder.analysis.agreement.compare import AgreementReport, LayerAgreement
from attachcoder.analysis.agreement.criterion import CriterionResult
from attachcoder.analysis.agreement.icc import icc_band
from attachcoder.analysis.agreement.kappa import ConfusionMatrix
from attachcoder.analysis.agreement.pairs import PairsSummary
from attachcoder.core.timefmt import format_ms
from attachcoder.io.atomic import atomic_write_with
from attachcoder.io.workbook_cells import guard_formula_text

KAPPA_FORMAT = "0.000"
PERCENT_FORMAT = "0.0"
SECONDS_FORMAT = "0.000"
NOTE = (
    "Bands after Landis & Koch (1977) describe κ; they are not a verdict. With a tolerance, κ "
    "may rise or fall; percent agreement never falls."
)

_FORMATS = {
    "κ": KAPPA_FORMAT,
    "κ_max": KAPPA_FORMAT,
    "p_o": KAPPA_FORMAT,
    "p_e": KAPPA_FORMAT,
    "ICC(2,1)": KAPPA_FORMAT,
    "% agreement": PERCENT_FORMAT,
    "% linked": PERCENT_FORMAT,
}


def _fmt(header: str) -> str | None:
    if header in _FORMATS:
        return _FORMATS[header]
    if header.endswith("(s)") or header.endswith("_s"):
        return SECONDS_FORMAT
    if "kappa" in header:
        return KAPPA_FORMAT
    if "percent" in header:
        return PERCENT_FORMAT
    return None


def _table(ws: Any, header: Sequence[str], rows: Iterable[Sequence[Any]], *, row: int = 1) -> int:
    """Write a header and rows from ``row``; returns the next free row."""
    from openpyxl.styles import Font

    bold = Font(bold=True)
    for j, h in enumerate(header, start=1):
        ws.cell(row=row, column=j, value=h).font = bold
    formats = [_fmt(h) for h in header]
    r = row
    for r, values in enumerate(rows, start=row + 1):
        for j, v in enumerate(values, start=1):
            c = ws.cell(row=r, column=j, value=v)
            if formats[j - 1] and isinstance(v, int | float):
                c.number_format = formats[j - 1]
    return r + 1


def _widths(ws: Any, widths: Sequence[int]) -> None:
    from openpyxl.utils import get_column_letter

    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w


def _s(ms: float | None) -> float | None:
    return None if ms is None else ms / 1000


def _label(x: str | None, empty: str) -> str:
    return empty if x is None else x


def _save(wb: Any, path: str | os.PathLike[str]) -> None:
    guard_formula_text(wb)  # IDs and imported code names may start with = + - @
    atomic_write_with(path, wb.save)


# ------------------------------------------------------------------ two codings


def _layer_rows(la: LayerAgreement) -> list[list[Any]]:
    t, e = la.time_units, la.events
    return [
        [
            la.layer,
            "time units",
            t.stats.n,
            t.stats.kappa,
            t.stats.band,
            None,
            t.stats.p_o,
            t.stats.p_e,
            t.stats.percent_agreement,
            None,
            None,
            t.set_aside_units,
        ],
        [
            la.layer,
            "events",
            e.stats.n,
            e.stats.kappa,
            e.stats.band,
            e.stats.kappa_max,
            e.stats.p_o,
            e.stats.p_e,
            e.stats.percent_agreement,
            e.percent_linked,
            _s(e.mean_abs_onset_diff_ms),
            e.set_aside_events,
        ],
    ]


def summary_settings(report: AgreementReport, name_a: str, name_b: str) -> list[list[Any]]:
    r = report
    rows: list[list[Any]] = [
        ["first coding (A, rows)", f"{r.key_a} ({name_a})"],
        ["second coding (B, columns)", f"{r.key_b} ({name_b})"],
        ["duration A (s)", _s(r.duration_a_ms)],
        ["duration B (s)", _s(r.duration_b_ms)],
        ["common span (s)", _s(r.span_ms)],
        ["time unit", r.unit],
        ["time unit (s)", _s(r.unit_ms)],
        ["tolerance", r.tolerance],
        ["tolerance (units)", r.tolerance_units],
        ["overlap to link states", r.overlap],
        ["window to link points (s)", _s(r.point_window_ms)],
    ]
    for la in r.layers:
        if la.left_out_a or la.left_out_b:
            rows.append(
                [
                    f"codes left out of {la.layer}",
                    "; ".join(
                        [
                            *(f"{c} (only A)" for c in la.left_out_a),
                            *(f"{c} (only B)" for c in la.left_out_b),
                        ]
                    ),
                ]
            )
    rows += [["layer left out", s] for s in r.left_out_layers]
    rows += [["warning", w] for w in r.warnings]
    return rows


def write_agreement_workbook(
    path: str | os.PathLike[str], report: AgreementReport, *, name_a: str, name_b: str
) -> None:
    """Summary, Confusion matrices, Per-code and Disagreements of two codings."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    nxt = _table(ws, ["setting", "value"], summary_settings(report, name_a, name_b))
    header = [
        "layer",
        "basis",
        "n",
        "κ",
        "band",
        "κ_max",
        "p_o",
        "p_e",
        "% agreement",
        "% linked",
        "mean |onset difference| (s)",
        "set aside",
    ]
    rows = [row for la in report.layers for row in _layer_rows(la)]
    nxt = _table(ws, header, rows, row=nxt + 1)
    if report.ratings:
        ratings = [[x.item, x.a, x.b, x.difference] for x in report.ratings]
        nxt = _table(ws, ["rating item", "A", "B", "B − A"], ratings, row=nxt + 1)
    ws.cell(row=nxt + 1, column=1, value=NOTE)
    _widths(ws, [28, 34, 8, 8, 15, 8, 8, 8, 12, 10, 14, 10])
    ws.freeze_panes = "A2"

    cm = wb.create_sheet("Confusion matrices")
    r = 1
    for la in report.layers:
        for basis, m, empty in (
            ("time units", la.time_units.matrix, "none"),
            ("events", la.events.matrix, "∅"),
        ):
            title = f"{la.layer}, {basis}: rows {report.key_a} (A), columns {report.key_b} (B)"
            cm.cell(row=r, column=1, value=title)
            r = _matrix(cm, m, empty, r + 1) + 1
    _widths(cm, [16] * 12)

    pc = wb.create_sheet("Per-code")
    pc_rows = [
        [la.layer, basis, c.code, c.kappa, c.band, c.n_a, c.n_b, c.n_both]
        for la in report.layers
        for basis, res in (("time units", la.time_units), ("events", la.events))
        for c in res.per_code
    ]
    _table(pc, ["layer", "basis", "code", "κ", "band", "n A", "n B", "n both"], pc_rows)
    _widths(pc, [16, 12, 16, 8, 15, 8, 8, 8])
    pc.freeze_panes = "A2"

    ds = wb.create_sheet("Disagreements")
    d_rows = []
    for la in report.layers:
        for basis, items, empty in (
            ("time units", la.time_units.disagreements, "none"),
            ("events", la.events.disagreements, "∅"),
        ):
            for d in items:
                d_rows.append(
                    [
                        la.layer,
                        basis,
                        format_ms(d.start_ms),
                        d.start_ms / 1000,
                        d.end_ms / 1000,
                        (d.end_ms - d.start_ms) / 1000,
                        _label(d.code_a, empty),
                        _label(d.code_b, empty),
                        "yes" if d.forgiven_by_tolerance else "no",
                    ]
                )
    header = [
        "layer",
        "basis",
        "start",
        "start_s",
        "end_s",
        "duration_s",
        "code A",
        "code B",
        "forgiven by tolerance",
    ]
    _table(ds, header, d_rows)
    _widths(ds, [16, 12, 14, 10, 10, 10, 16, 16, 12])
    ds.freeze_panes = "A2"
    _save(wb, path)


def _matrix(ws: Any, m: ConfusionMatrix, empty: str, row: int) -> int:
    from openpyxl.styles import Font

    bold = Font(bold=True)
    names = [_label(x, empty) for x in m.labels]
    ws.cell(row=row, column=1, value="A \\ B").font = bold
    for j, n in enumerate(names, start=2):
        ws.cell(row=row, column=j, value=n).font = bold
    for i, (n, counts) in enumerate(zip(names, m.counts, strict=True), start=row + 1):
        ws.cell(row=i, column=1, value=n).font = bold
        for j, v in enumerate(counts, start=2):
            ws.cell(row=i, column=j, value=v)
    return row + len(names) + 1


# ------------------------------------------------------------------ pairs


def write_pairs_workbook(path: str | os.PathLike[str], summary: PairsSummary) -> None:
    """Pairs (one row each, then mean, minimum, maximum), ICC, and Unpaired."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Pairs"
    cols = list(summary.columns)
    header = ["dyad_id", "session_date", "file A", "file B", "coder A", "coder B", *cols, "problem"]
    rows: list[list[Any]] = []
    for p in summary.rows:
        rows.append(
            [
                p.dyad_id,
                p.session_date,
                p.a.name,
                p.b.name,
                p.a.session.metadata.coder_id,
                p.b.session.metadata.coder_id,
                *(p.figures.get(c) for c in cols),
                p.problem or "",
            ]
        )
    for label, values in (
        ("mean", summary.mean),
        ("minimum", summary.minimum),
        ("maximum", summary.maximum),
    ):
        rows.append([label, "", "", "", "", "", *(values.get(c) for c in cols), ""])
    _table(ws, header, rows)
    _widths(ws, [10, 12, 22, 22, 8, 8, *([14] * len(cols)), 40])
    ws.freeze_panes = "C2"

    ic = wb.create_sheet("ICC")
    icc_rows = [[m.measure, m.n, m.icc, icc_band(m.icc), m.mean_a, m.mean_b] for m in summary.icc]
    nxt = _table(ic, ["measure", "pairs", "ICC(2,1)", "band", "mean A", "mean B"], icc_rows)
    ic.cell(
        row=nxt + 1,
        column=1,
        value="ICC(2,1): two-way random effects, absolute agreement, single rater "
        "(Shrout & Fleiss 1979). Words after Koo & Li (2016): poor below .50, moderate to .75, "
        "good to .90, excellent above; a description, not a verdict.",
    )
    _widths(ic, [30, 8, 10, 15, 10, 10])

    un = wb.create_sheet("Unpaired")
    _table(un, ["folder", "file", "reason"], [[u.side, u.name, u.reason] for u in summary.unpaired])
    _widths(un, [8, 28, 70])
    _save(wb, path)


# ------------------------------------------------------------------ training to criterion


def write_reference_workbook(
    path: str | os.PathLike[str], gold_name: str, results: Sequence[CriterionResult]
) -> None:
    """Trainees: one row each against the reference, pass or not, and the weakest codes."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Trainees"
    rows = [
        [
            r.name,
            r.layer or "",
            r.kappa,
            r.band,
            r.criterion,
            "yes" if r.passed else "no",
            "; ".join(f"{c.code} {c.kappa:.2f}" for c in r.pulled_down if c.kappa is not None),
        ]
        for r in results
    ]
    header = ["trainee", "layer", "κ", "band", "criterion", "passed", "codes below criterion"]
    nxt = _table(ws, header, rows)
    ws.cell(row=nxt + 1, column=1, value=f"reference: {gold_name}")
    ws.cell(row=nxt + 2, column=1, value=NOTE)
    _widths(ws, [28, 14, 8, 15, 10, 8, 50])
    pc = wb.create_sheet("Per-code")
    pc_rows = [
        [r.name, la.layer, c.code, c.kappa, c.band, c.n_a, c.n_b, c.n_both]
        for r in results
        for la in r.report.layers
        for c in la.time_units.per_code
    ]
    _table(
        pc, ["trainee", "layer", "code", "κ", "band", "n reference", "n trainee", "n both"], pc_rows
    )
    _widths(pc, [28, 14, 16, 8, 15, 10, 10, 8])
    _save(wb, path)
