"""Agreement workbooks (openpyxl): two codings, double-coded pairs, or trainees vs a reference.

Every figure is a numeric cell with a number format (κ to three decimals, percentages as
fractions shown ``0.0%`` like every other workbook of ours, times as ``[h]:mm:ss.000`` and in
seconds), so a supervisor can sort and chart them; the bands stand beside κ as words. Headers
are words, not the JSON's machine names. Every sheet prints landscape, one page wide, header
rows repeated; page-wide notes wrap in a merged cell instead of running off the page. Sessions
are named by session key and file base name only, never by a path. Files are written
atomically.
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
from attachcoder.io.atomic import atomic_write_with
from attachcoder.io.workbook_cells import (
    CLOCK_FORMAT,
    DATE_FORMAT,
    HEADER_FILL,
    HEADER_FONT,
    clock_days,
    excel_date,
    guard_formula_text,
    wrapped_height,
)
from attachcoder.io.xlsx_page import page_setup

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


def _table(
    ws: Any,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    formats: Sequence[str | None],
    *,
    row: int = 1,
) -> int:
    """Write a header (bold, shaded, wrapped; right-aligned over numbers) and rows from
    ``row``, each number with its column's format; text after the first column is indented
    so that it never runs into a right-aligned number beside it ("0.996excellent").
    Returns the next free row."""
    from openpyxl.styles import Alignment

    text = Alignment(horizontal="left", indent=1)
    for j, h in enumerate(header, start=1):
        c = ws.cell(row=row, column=j, value=h)
        right = formats[j - 1] is not None
        c.font, c.fill = HEADER_FONT, HEADER_FILL
        c.alignment = Alignment(
            wrap_text=True,
            vertical="bottom",
            horizontal="right" if right else "left",
            indent=0 if right or j == 1 else 1,
        )
    r = row
    for r, values in enumerate(rows, start=row + 1):
        for j, v in enumerate(values, start=1):
            c = ws.cell(row=r, column=j, value=v)
            fmt = formats[j - 1]
            if fmt and isinstance(v, int | float) and not isinstance(v, bool):
                c.number_format = fmt
            elif isinstance(v, str) and j > 1:
                c.alignment = text
    return r + 1


def _is_header(c: Any) -> bool:
    return c.fill.fill_type == "solid" and bool(c.font.b)


def _fit_columns(ws: Any, minimum: float = 8, skip_rows: Sequence[int] = ()) -> None:
    """Each column as wide as its longest value (numbers take ten characters), headers
    wrapping onto more lines rather than widening a column past 14 characters; merged notes
    and ``skip_rows`` (titles) do not count. Header rows are made tall enough to show."""
    from openpyxl.utils import get_column_letter

    widths: dict[int, float] = {}
    headers: dict[int, list[Any]] = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is None or c.row in skip_rows or c.coordinate in ws.merged_cells:
                continue
            n = len(c.value) if isinstance(c.value, str) else 10
            if _is_header(c):
                headers.setdefault(c.row, []).append(c)
                n = min(n, 14)
            widths[c.column] = max(widths.get(c.column, minimum), min(n + 3, MAX_WIDTH))
    for j, w in widths.items():
        ws.column_dimensions[get_column_letter(j)].width = w
    for r, cells in headers.items():
        ws.row_dimensions[r].height = wrapped_height(
            [(str(c.value), widths[c.column] - 2) for c in cells]
        )


def _note(ws: Any, row: int, text: str, columns: int | None = None) -> int:
    """A page-wide note merged across the sheet's columns, wrapped and tall enough to show;
    returns the next free row."""
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    last = max(columns or ws.max_column, 1)
    c = ws.cell(row=row, column=1, value=text)
    c.alignment = Alignment(wrap_text=True, vertical="top")
    if last > 1:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
    width = sum(
        ws.column_dimensions[get_column_letter(j)].width or 8.43 for j in range(1, last + 1)
    )
    ws.row_dimensions[row].height = wrapped_height([(text, width)])
    return row + 1


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

    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    nxt = _table(ws, ["setting", "value"], summary_settings(report, name_a, name_b), [None, None])
    nxt = _table(ws, LAYER_HEADER, [r for la in report.layers for r in _layer_rows(la)],
                 LAYER_FORMATS, row=nxt + 1)  # fmt: skip
    if report.ratings:
        ratings = [[x.item, x.a, x.b, x.difference] for x in report.ratings]
        nxt = _table(ws, ["rating item", "A", "B", "B − A"], ratings, [None] * 4, row=nxt + 1)
    _fit_columns(ws)
    _note(ws, nxt + 1, NOTE)
    ws.freeze_panes = "A2"
    page_setup(ws, fit="width", title_rows=None)

    cm = wb.create_sheet("Confusion matrices")
    r = 1
    titles = []
    for la in report.layers:
        for basis, m, empty in (
            ("time units", la.time_units.matrix, "none"),
            ("events", la.events.matrix, "∅"),
        ):
            title = f"{la.layer}, {basis}: rows {report.key_a} (A), columns {report.key_b} (B)"
            cm.cell(row=r, column=1, value=title).font = HEADER_FONT
            titles.append(r)
            r = _matrix(cm, m, empty, r + 1) + 1
    _fit_columns(cm, minimum=12, skip_rows=titles)
    page_setup(cm, fit="width", title_rows=None)

    pc = wb.create_sheet("Per-code")
    pc_rows = [
        [la.layer, basis, c.code, c.kappa, c.band, c.n_a, c.n_b, c.n_both]
        for la in report.layers
        for basis, res in (("time units", la.time_units), ("events", la.events))
        for c in res.per_code
    ]
    head = ["layer", "basis", "code", "κ", "band", "n A", "n B", "n both"]
    _table(pc, head, pc_rows, [None, None, None, KAPPA_FORMAT, None, "0", "0", "0"])
    _fit_columns(pc)
    pc.freeze_panes = "A2"
    page_setup(pc, fit="width")

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
    _table(ds, header, d_rows, fmts)
    _fit_columns(ds)
    for col in "CD":
        ds.column_dimensions[col].width = 14
    ds.freeze_panes = "A2"
    page_setup(ds, fit="width")
    _save(wb, path)


def _matrix(ws: Any, m: ConfusionMatrix, empty: str, row: int) -> int:
    bold = HEADER_FONT
    names = [_label(x, empty) for x in m.labels]
    ws.cell(row=row, column=1, value="A \\ B").font = bold
    for j, n in enumerate(names, start=2):
        c = ws.cell(row=row, column=j, value=n)
        c.font, c.fill = bold, HEADER_FILL
    for i, (n, counts) in enumerate(zip(names, m.counts, strict=True), start=row + 1):
        ws.cell(row=i, column=1, value=n).font = bold
        for j, v in enumerate(counts, start=2):
            ws.cell(row=i, column=j, value=v)
    return row + len(names) + 1


# ------------------------------------------------------------------ pairs


def write_pairs_workbook(path: str | os.PathLike[str], summary: PairsSummary) -> None:
    """Pairs (one row each, then mean, minimum, maximum), ICC, and Unpaired."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "Pairs"
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
    _table(ws, header, rows, formats)
    _fit_columns(ws, minimum=10)
    ws.freeze_panes = "C2"
    # many layers make a wide sheet: one page wide only while that stays readable, else at
    # full size across pages with dyad ID and date repeated on each
    widths = [ws.column_dimensions[get_column_letter(j)].width for j in range(1, len(header) + 1)]
    page_setup(ws, widths, title_columns=2)

    ic = wb.create_sheet("ICC")
    icc_rows = [[m.measure, m.n, m.icc, icc_band(m.icc), m.mean_a, m.mean_b] for m in summary.icc]
    nxt = _table(
        ic,
        ["measure", "pairs", "ICC(2,1)", "band", "mean A", "mean B"],
        icc_rows,
        [None, "0", KAPPA_FORMAT, None, MEAN_FORMAT, MEAN_FORMAT],
    )
    _fit_columns(ic, minimum=10)
    _note(ic, nxt + 1, ICC_NOTE)
    page_setup(ic, fit="width")

    un = wb.create_sheet("Unpaired")
    _table(
        un,
        ["folder", "file", "reason"],
        [[u.side, u.name, u.reason] for u in summary.unpaired],
        [None] * 3,
    )
    _fit_columns(un)
    page_setup(un, fit="width")
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
    formats = [None, None, KAPPA_FORMAT, None, KAPPA_FORMAT, None, None]
    nxt = _table(ws, header, rows, formats)
    _fit_columns(ws, minimum=10)
    nxt = _note(ws, nxt + 1, f"reference: {gold_name}")
    _note(ws, nxt, NOTE)
    page_setup(ws, fit="width")
    pc = wb.create_sheet("Per-code")
    pc_rows = [
        [r.name, la.layer, c.code, c.kappa, c.band, c.n_a, c.n_b, c.n_both]
        for r in results
        for la in r.report.layers
        for c in la.time_units.per_code
    ]
    _table(
        pc,
        ["trainee", "layer", "code", "κ", "band", "n reference", "n trainee", "n both"],
        pc_rows,
        [None, None, None, KAPPA_FORMAT, None, "0", "0", "0"],
    )
    _fit_columns(pc)
    pc.freeze_panes = "A2"
    page_setup(pc, fit="width")
    _save(wb, path)
