"""Agreement workbooks (openpyxl): two codings, double-coded pairs, or trainees vs a reference.

Every figure is a numeric cell with a number format (κ to three decimals, percentages as
fractions shown ``0.0%`` like every other workbook of ours, times as ``[h]:mm:ss.000`` and in
seconds), so a supervisor can sort and chart them; the bands stand beside κ as words. Headers
are words, not the JSON's machine names. Every sheet prints landscape, one page wide, header
rows repeated; page-wide notes wrap in a merged cell instead of running off the page. Sessions
are named by session key and file base name only, never by a path. Files are written
atomically. Every sheet is written by the xlsx layer's one table writer
(:class:`~attachcoder.io.sheets.xlsx_table.TableWriter`, its ``aligned`` report style).
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
from attachcoder.io.sheets.cells import (
    CLOCK_FORMAT,
    DATE_FORMAT,
    HEADER_FILL,
    HEADER_FONT,
    Column,
    clock_days,
    excel_date,
    wrapped_height,
)
from attachcoder.io.sheets.xlsx_rows import save_atomically
from attachcoder.io.sheets.xlsx_table import CellStyle, TableWriter, fitted_widths

KAPPA_FORMAT = "0.000"
PERCENT_FORMAT = "0.0%"
SECONDS_FORMAT = "0.000"
MEAN_FORMAT = "0.000"
NOTE = (
    "Bands after Landis & Koch (1977) describe κ; they are not a verdict. With a tolerance, κ "
    "may rise or fall; percent agreement never falls."
)
ICC_NOTE = (
    "ICC(2,1): two-way random effects, absolute agreement, single rater (Shrout & Fleiss "
    "1979). Words after Koo & Li (2016): poor below .50, moderate to .75, good to .90, "
    "excellent above; a description, not a verdict."
)
MAX_WIDTH = 40

#: Readable headers for the pairs' ``LAYER.figure`` columns.
_FIGURE_LABELS = {
    "kappa_time_units": ("κ (time units)", KAPPA_FORMAT),
    "kappa_events": ("κ (events)", KAPPA_FORMAT),
    "percent_agreement": ("% agreement (time units)", PERCENT_FORMAT),
    "percent_linked": ("% linked (events)", PERCENT_FORMAT),
}


def figure_header(column: str) -> tuple[str, str | None]:
    """``Interaction.kappa_events`` → ("Interaction κ (events)", κ's format)."""
    layer, _, figure = column.rpartition(".")
    label, fmt = _FIGURE_LABELS.get(figure, (figure.replace("_", " "), None))
    return (f"{layer} {label}" if layer else label), fmt


def _percent(v: float | None) -> float | None:
    """A 0–100 percentage of the analysis as the fraction a ``0.0%`` cell holds."""
    return None if v is None else v / 100


def _columns(header: Sequence[str], formats: Sequence[str | None]) -> list[Column]:
    """``value`` columns: numbers in the column's format (General without one), text as text."""
    return [Column(h, "value", f or "General") for h, f in zip(header, formats, strict=True)]


def _table_rows(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[tuple[bool, Any]]:
    """A header and its rows as :func:`fitted_widths` reads them."""
    return [(True, header), *((False, r) for r in rows)]


def _sheet(
    wb: Any,
    title: str,
    header: Sequence[str],
    formats: Sequence[str | None],
    rows: Sequence[Sequence[Any]],
    *,
    minimum: float = 8,
    more: Iterable[tuple[bool, Sequence[Any]]] = (),
    fixed: dict[int, float] | None = None,
    **kw: Any,
) -> TableWriter:
    """A sheet with one table (or the first of several: ``more`` are their rows for the
    widths), headers wrapped, numbers formatted, widths fitted, printed one page wide."""
    widths = fitted_widths([*_table_rows(header, rows), *more], minimum=minimum, maximum=MAX_WIDTH)
    for i, w in (fixed or {}).items():
        widths[i] = w
    kw = {"fit": "width", "freeze": None, **kw}
    tw = TableWriter(
        wb, title, _columns(header, formats), widths=widths, aligned=True, filtered=False, **kw
    )
    tw.extend(rows)
    return tw


def _s(ms: float | None) -> float | None:
    return None if ms is None else ms / 1000


def _label(x: str | None, empty: str) -> str:
    return empty if x is None else x


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
            _percent(t.stats.percent_agreement),
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
            _percent(e.stats.percent_agreement),
            _percent(e.percent_linked),
            _s(e.mean_abs_onset_diff_ms),
            e.set_aside_events,
        ],
    ]


LAYER_HEADER = [
    "layer",
    "basis",
    "n",
    "κ",
    "band",
    "κ max",
    "observed agreement p_o",
    "chance agreement p_e",
    "% agreement",
    "% linked",
    "mean |onset difference| (s)",
    "set aside",
]
LAYER_FORMATS = [None, None, "0", KAPPA_FORMAT, None, KAPPA_FORMAT, KAPPA_FORMAT, KAPPA_FORMAT,
                 PERCENT_FORMAT, PERCENT_FORMAT, SECONDS_FORMAT, "0"]  # fmt: skip


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

    wb = Workbook(write_only=True)
    settings = summary_settings(report, name_a, name_b)
    layer_rows = [r for la in report.layers for r in _layer_rows(la)]
    ratings = [[x.item, x.a, x.b, x.difference] for x in report.ratings]
    rating_head = ["rating item", "A", "B", "B − A"]
    more = _table_rows(LAYER_HEADER, layer_rows)
    if ratings:
        more += _table_rows(rating_head, ratings)
    ws = _sheet(wb, "Summary", ["setting", "value"], [None, None], settings, more=more,
                freeze="A2", title_rows=None)  # fmt: skip
    for head, formats, rows in (
        (LAYER_HEADER, LAYER_FORMATS, layer_rows),
        (rating_head, [None] * 4, ratings),
    ):
        if rows:
            ws.append([])
            ws.start_table(_columns(head, formats))
            ws.extend(rows)
    ws.append([])
    ws.note(NOTE)
    _confusion_matrices(wb, report)

    pc_rows = [
        [la.layer, basis, c.code, c.kappa, c.band, c.n_a, c.n_b, c.n_both]
        for la in report.layers
        for basis, res in (("time units", la.time_units), ("events", la.events))
        for c in res.per_code
    ]
    head = ["layer", "basis", "code", "κ", "band", "n A", "n B", "n both"]
    _sheet(wb, "Per-code", head, [None, None, None, KAPPA_FORMAT, None, "0", "0", "0"], pc_rows,
           freeze="A2")  # fmt: skip

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
                        clock_days(d.start_ms),
                        clock_days(d.end_ms),
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
        "end",
        "start (s)",
        "end (s)",
        "duration (s)",
        "code A",
        "code B",
        "forgiven by tolerance",
    ]
    fmts = [None, None, CLOCK_FORMAT, CLOCK_FORMAT, *[SECONDS_FORMAT] * 3, None, None, None]
    _sheet(wb, "Disagreements", header, fmts, d_rows, freeze="A2", fixed={2: 14, 3: 14})
    save_atomically(wb, path)  # text like = + - @ (IDs, code names) is guarded as written


def _confusion_matrices(wb: Any, report: AgreementReport) -> None:
    """Each layer's two matrices under a bold title: codes of A down, of B across."""
    blocks: list[tuple[str, list[str], ConfusionMatrix]] = []
    for la in report.layers:
        for basis, m, empty in (
            ("time units", la.time_units.matrix, "none"),
            ("events", la.events.matrix, "∅"),
        ):
            title = f"{la.layer}, {basis}: rows {report.key_a} (A), columns {report.key_b} (B)"
            blocks.append((title, [_label(x, empty) for x in m.labels], m))
    rows: list[tuple[bool, Sequence[Any]]] = []
    for _, names, m in blocks:
        rows.append((True, ["A \\ B", *names]))
        rows += [(False, [n, *counts]) for n, counts in zip(names, m.counts, strict=True)]
    widths = fitted_widths(rows, minimum=12, maximum=MAX_WIDTH)
    columns = [Column(f"c{i}", "value") for i in range(len(widths))]
    tw = TableWriter(wb, "Confusion matrices", columns, widths=widths, header=False, fit="width",
                     freeze=None, filtered=False, title_rows=None)  # fmt: skip
    bold: CellStyle = ("bold", {"font": HEADER_FONT})
    head: CellStyle = ("head", {"font": HEADER_FONT, "fill": HEADER_FILL})
    for title, names, m in blocks:
        tw.append([title], styles={0: bold})
        header = ["A \\ B", *names]
        height = wrapped_height([(h, w - 2) for h, w in zip(names, widths[1:], strict=False)])
        tw.append(header, styles={0: bold, **dict.fromkeys(range(1, len(widths)), head)},
                  height=height)  # fmt: skip
        for n, counts in zip(names, m.counts, strict=True):
            tw.append([n, *counts], styles={0: bold})
        tw.append([])


# ------------------------------------------------------------------ pairs


def write_pairs_workbook(path: str | os.PathLike[str], summary: PairsSummary) -> None:
    """Pairs (one row each, then mean, minimum, maximum), ICC, and Unpaired."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    cols = list(summary.columns)
    labels = [figure_header(c) for c in cols]
    percent = [fmt == PERCENT_FORMAT for _, fmt in labels]

    def shown(values: Sequence[float | None]) -> list[float | None]:
        return [_percent(v) if p else v for v, p in zip(values, percent, strict=True)]

    header = ["dyad ID", "session date", "file A", "file B", "coder A", "coder B",
              *(h for h, _ in labels), "problem"]  # fmt: skip
    formats = [None, DATE_FORMAT, None, None, None, None, *(f for _, f in labels), None]
    rows: list[list[Any]] = []
    for p in summary.rows:
        serial = excel_date(p.session_date)
        rows.append(
            [
                p.dyad_id,
                p.session_date if serial is None else serial,
                p.a.name,
                p.b.name,
                p.a.session.metadata.coder_id,
                p.b.session.metadata.coder_id,
                *shown([p.figures.get(c) for c in cols]),
                p.problem or "",
            ]
        )
    for label, values in (
        ("mean", summary.mean),
        ("minimum", summary.minimum),
        ("maximum", summary.maximum),
    ):
        rows.append([label, None, None, None, None, None, *shown([values.get(c) for c in cols])])
    # many layers make a wide sheet: one page wide only while that stays readable, else at
    # full size across pages with dyad ID and date repeated on each
    _sheet(wb, "Pairs", header, formats, rows, minimum=10, freeze="C2", fit="auto",
           title_columns=2)  # fmt: skip
    icc_rows = [[m.measure, m.n, m.icc, icc_band(m.icc), m.mean_a, m.mean_b] for m in summary.icc]
    ic = _sheet(wb, "ICC", ["measure", "pairs", "ICC(2,1)", "band", "mean A", "mean B"],
                [None, "0", KAPPA_FORMAT, None, MEAN_FORMAT, MEAN_FORMAT], icc_rows,
                minimum=10)  # fmt: skip
    ic.append([])
    ic.note(ICC_NOTE)
    unpaired = [[u.side, u.name, u.reason] for u in summary.unpaired]
    _sheet(wb, "Unpaired", ["folder", "file", "reason"], [None] * 3, unpaired)
    save_atomically(wb, path)  # text like = + - @ (IDs, code names) is guarded as written


# ------------------------------------------------------------------ training to criterion


def write_reference_workbook(
    path: str | os.PathLike[str], gold_name: str, results: Sequence[CriterionResult]
) -> None:
    """Trainees: one row each against the reference, pass or not, and the weakest codes."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
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
    formats = [None, None, KAPPA_FORMAT, None, KAPPA_FORMAT, None, None]
    ws = _sheet(wb, "Trainees", header, formats, rows, minimum=10)
    ws.append([])
    ws.note(f"reference: {gold_name}")
    ws.note(NOTE)
    pc_rows = [
        [r.name, la.layer, c.code, c.kappa, c.band, c.n_a, c.n_b, c.n_both]
        for r in results
        for la in r.report.layers
        for c in la.time_units.per_code
    ]
    _sheet(wb, "Per-code",
           ["trainee", "layer", "code", "κ", "band", "n reference", "n trainee", "n both"],
           [None, None, None, KAPPA_FORMAT, None, "0", "0", "0"], pc_rows, freeze="A2")  # fmt: skip
    save_atomically(wb, path)  # text like = + - @ (IDs, code names) is guarded as written
