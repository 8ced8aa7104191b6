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
from attachcoder.analysis.agreement.kappa import INDEPENDENCE_NOTE, ConfusionMatrix, KappaStats
from attachcoder.analysis.agreement.pairs import PairsSummary
from attachcoder.io.installed.translations import QT_TRANSLATE_NOOP, choose, language, translate
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
BANDS_NOTE = QT_TRANSLATE_NOOP(
    "workbook",
    "Bands after Landis & Koch (1977) describe κ; they are not a verdict. With a tolerance, κ "
    "may rise or fall; percent agreement never falls.",
)
ICC_NOTE = QT_TRANSLATE_NOOP(
    "workbook",
    "ICC(2,1): two-way random effects, absolute agreement, single rater (Shrout & Fleiss "
    "1979); 95% CI after McGraw & Wong (1996). Words after Koo & Li (2016): poor below .50, "
    "moderate to .75, good to .90, excellent above; a description, not a verdict.",
)
UNDEFINED_NOTE = QT_TRANSLATE_NOOP(
    "workbook",
    "A pair with κ undefined (nothing to compare, or one category throughout) is left out of "
    "the mean, minimum and maximum of its column.",
)


def _note() -> str:
    """The bands' and the CIs' note, in the workbook's language."""
    return f"{_t(BANDS_NOTE)} {translate('agreement', INDEPENDENCE_NOTE)}"


def _t(text: str) -> str:
    """A text marked ``QT_TRANSLATE_NOOP("workbook", …)``, in the workbook's language."""
    return translate("workbook", text)


def _band(word: str | None) -> str | None:
    """A band of κ or of an ICC in the workbook's language."""
    return translate("agreement", word) if word else word


def _ts(texts: Sequence[str]) -> list[str]:
    return [_t(x) for x in texts]


MAX_WIDTH = 40

#: Readable headers for the pairs' ``LAYER.figure`` columns.
_FIGURE_LABELS = {
    "kappa_time_units": (QT_TRANSLATE_NOOP("workbook", "κ (time units)"), KAPPA_FORMAT),
    "kappa_events": (QT_TRANSLATE_NOOP("workbook", "κ (events)"), KAPPA_FORMAT),
    "percent_agreement": (
        QT_TRANSLATE_NOOP("workbook", "% agreement (time units)"),
        PERCENT_FORMAT,
    ),
    "percent_linked": (QT_TRANSLATE_NOOP("workbook", "% linked (events)"), PERCENT_FORMAT),
}


def figure_header(column: str) -> tuple[str, str | None]:
    """``Interaction.kappa_events`` → ("Interaction κ (events)", κ's format)."""
    layer, _, figure = column.rpartition(".")
    label, fmt = _FIGURE_LABELS.get(figure, (figure.replace("_", " "), None))
    label = _t(label) if figure in _FIGURE_LABELS else label
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


def _ci(s: KappaStats) -> list[float | None]:
    return [s.se, s.ci_low, s.ci_high]


def _layer_rows(la: LayerAgreement) -> list[list[Any]]:
    t, e = la.time_units, la.events
    return [
        [
            la.layer,
            _t(TIME_UNITS),
            t.stats.n,
            t.stats.kappa,
            *_ci(t.stats),
            _band(t.stats.band),
            None,
            t.stats.p_o,
            t.stats.p_e,
            _percent(t.stats.percent_agreement),
            None,
            None,
            t.set_aside_units,
            t.excluded_units,
        ],
        [
            la.layer,
            _t(EVENTS),
            e.stats.n,
            e.stats.kappa,
            *_ci(e.stats),
            _band(e.band) or e.note,
            e.stats.kappa_max,
            e.stats.p_o,
            e.stats.p_e,
            _percent(e.stats.percent_agreement),
            _percent(e.percent_linked),
            _s(e.mean_abs_onset_diff_ms),
            e.set_aside_events,
            e.excluded_events,
        ],
    ]


TIME_UNITS = QT_TRANSLATE_NOOP("workbook", "time units")
EVENTS = QT_TRANSLATE_NOOP("workbook", "events")
LAYER_HEADER = [
    QT_TRANSLATE_NOOP("workbook", "layer"),
    QT_TRANSLATE_NOOP("workbook", "basis"),
    "n",
    "κ",
    "SE",
    QT_TRANSLATE_NOOP("workbook", "95% CI low"),
    QT_TRANSLATE_NOOP("workbook", "95% CI high"),
    QT_TRANSLATE_NOOP("workbook", "band"),
    QT_TRANSLATE_NOOP("workbook", "κ max"),
    QT_TRANSLATE_NOOP("workbook", "observed agreement p_o"),
    QT_TRANSLATE_NOOP("workbook", "chance agreement p_e"),
    QT_TRANSLATE_NOOP("workbook", "% agreement"),
    QT_TRANSLATE_NOOP("workbook", "% linked"),
    QT_TRANSLATE_NOOP("workbook", "mean |onset difference| (s)"),
    QT_TRANSLATE_NOOP("workbook", "set aside"),
    QT_TRANSLATE_NOOP("workbook", "excluded"),
]
LAYER_FORMATS = [
    None,
    None,
    "0",
    KAPPA_FORMAT,
    KAPPA_FORMAT,
    KAPPA_FORMAT,
    KAPPA_FORMAT,
    None,
    KAPPA_FORMAT,
    KAPPA_FORMAT,
    KAPPA_FORMAT,
    PERCENT_FORMAT,
    PERCENT_FORMAT,
    SECONDS_FORMAT,
    "0",
    "0",
]


def summary_settings(report: AgreementReport, name_a: str, name_b: str) -> list[list[Any]]:
    r = report
    rows: list[list[Any]] = [
        [translate("workbook", "first coding (A, rows)"), f"{r.key_a} ({name_a})"],
        [translate("workbook", "second coding (B, columns)"), f"{r.key_b} ({name_b})"],
        [translate("workbook", "duration A (s)"), _s(r.duration_a_ms)],
        [translate("workbook", "duration B (s)"), _s(r.duration_b_ms)],
        [translate("workbook", "common span (s)"), _s(r.span_ms)],
        [translate("workbook", "time unit"), r.unit],
        [translate("workbook", "time unit (s)"), _s(r.unit_ms)],
        [translate("workbook", "tolerance"), r.tolerance],
        [translate("workbook", "tolerance (units)"), r.tolerance_units],
        [translate("workbook", "time unit rule"), _t(UNIT_RULE)],
        [translate("workbook", "tolerance rule"), _t(TOLERANCE_RULE)],
        [translate("workbook", "event alignment"), r.align],
        [translate("workbook", "event alignment, in words"), r.alignment_text()],
    ]
    if r.align == "gseq":
        rows.append([translate("workbook", "onset tolerance (s)"), _s(r.onset_tolerance_ms)])
    else:
        rows += [
            [translate("workbook", "overlap to link states"), r.overlap],
            [translate("workbook", "window to link points (s)"), _s(r.point_window_ms)],
        ]
    rows += [
        [translate("workbook", "excluded rule"), r.excluded],
        [translate("workbook", "excluded rule, in words"), r.excluded_text()],
    ]
    only_a, only_b = translate("workbook", "{0} (only A)"), translate("workbook", "{0} (only B)")
    for la in r.layers:
        if la.left_out_a or la.left_out_b:
            rows.append(
                [
                    translate("workbook", "codes left out of {0}").format(la.layer),
                    "; ".join(
                        [
                            *(only_a.format(c) for c in la.left_out_a),
                            *(only_b.format(c) for c in la.left_out_b),
                        ]
                    ),
                ]
            )
    under_one = translate("workbook", "{0}: episodes under one unit")
    for la in r.layers:
        t = la.time_units
        said = [
            f"{who}: {s.describe(t.unit_ms)}"
            for who, s in (("A", t.short_a), ("B", t.short_b))
            if s.shorter
        ]
        if said:
            rows.append([under_one.format(la.layer), "; ".join(said)])
    rows += [[translate("workbook", "layer left out"), s] for s in r.left_out_layers]
    rows += [[translate("workbook", "warning"), w] for w in r.warnings]
    return rows


UNIT_RULE = QT_TRANSLATE_NOOP(
    "workbook", "the code at each unit's midpoint; a partial last unit dropped"
)
TOLERANCE_RULE = QT_TRANSLATE_NOOP(
    "workbook", "symmetric: a unit forgiven by both labels counts half for each"
)


def write_agreement_workbook(
    path: str | os.PathLike[str],
    report: AgreementReport,
    *,
    name_a: str,
    name_b: str,
    lang: str | None = None,
) -> None:
    """Summary, Confusion matrices, Per-code and Disagreements of two codings (headings in
    ``lang``, default: the system's language)."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    with language(choose(lang)):
        _agreement_sheets(wb, report, name_a, name_b)
    save_atomically(wb, path)  # text like = + - @ (IDs, code names) is guarded as written


def _agreement_sheets(wb: Any, report: AgreementReport, name_a: str, name_b: str) -> None:
    settings = summary_settings(report, name_a, name_b)
    layer_rows = [r for la in report.layers for r in _layer_rows(la)]
    ratings = [[x.item, x.a, x.b, x.difference] for x in report.ratings]
    rating_head = [translate("workbook", "rating item"), "A", "B", "B − A"]
    layer_header = _ts(LAYER_HEADER)
    more = _table_rows(layer_header, layer_rows)
    if ratings:
        more += _table_rows(rating_head, ratings)
    ws = _sheet(
        wb,
        translate("workbook", "Summary"),
        [translate("workbook", "setting"), translate("workbook", "value")],
        [None, None],
        settings,
        more=more,
        freeze="A2",
        title_rows=None,
    )
    for head, formats, rows in (
        (layer_header, LAYER_FORMATS, layer_rows),
        (rating_head, [None] * 4, ratings),
    ):
        if rows:
            ws.append([])
            ws.start_table(_columns(head, formats))
            ws.extend(rows)
    ws.append([])
    ws.note(_note())
    _confusion_matrices(wb, report)

    pc_rows = [
        [
            la.layer,
            basis,
            c.code,
            c.kappa,
            c.ci_low,
            c.ci_high,
            _band(c.band),
            c.n_a,
            c.n_b,
            c.n_both,
        ]
        for la in report.layers
        for basis, res in ((_t(TIME_UNITS), la.time_units), (_t(EVENTS), la.events))
        for c in res.per_code
    ]
    head = [
        translate("workbook", "layer"),
        translate("workbook", "basis"),
        translate("workbook", "code"),
        "κ",
        translate("workbook", "95% CI low"),
        translate("workbook", "95% CI high"),
        translate("workbook", "band"),
        translate("workbook", "n A"),
        translate("workbook", "n B"),
        translate("workbook", "n both"),
    ]
    _sheet(
        wb,
        translate("workbook", "Per-code"),
        head,
        [None, None, None, KAPPA_FORMAT, KAPPA_FORMAT, KAPPA_FORMAT, None, "0.#", "0.#", "0.#"],
        pc_rows,
        freeze="A2",
    )

    d_rows = []
    yes, no = translate("workbook", "yes"), translate("workbook", "no")
    for la in report.layers:
        for basis, items, empty in (
            (_t(TIME_UNITS), la.time_units.disagreements, translate("workbook", "none")),
            (_t(EVENTS), la.events.disagreements, "∅"),
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
                        yes if d.forgiven_by_tolerance else no,
                    ]
                )
    header = [
        translate("workbook", "layer"),
        translate("workbook", "basis"),
        translate("workbook", "start"),
        translate("workbook", "end"),
        translate("workbook", "start (s)"),
        translate("workbook", "end (s)"),
        translate("workbook", "duration (s)"),
        translate("workbook", "code A"),
        translate("workbook", "code B"),
        translate("workbook", "forgiven by tolerance"),
    ]
    fmts = [None, None, CLOCK_FORMAT, CLOCK_FORMAT, *[SECONDS_FORMAT] * 3, None, None, None]
    _sheet(
        wb,
        translate("workbook", "Disagreements"),
        header,
        fmts,
        d_rows,
        freeze="A2",
        fixed={2: 14, 3: 14},
    )


def _confusion_matrices(wb: Any, report: AgreementReport) -> None:
    """Each layer's two matrices under a bold title: codes of A down, of B across."""
    blocks: list[tuple[str, list[str], ConfusionMatrix]] = []
    for la in report.layers:
        for basis, m, empty in (
            (_t(TIME_UNITS), la.time_units.matrix, translate("workbook", "none")),
            (_t(EVENTS), la.events.matrix, "∅"),
        ):
            title = translate("workbook", "{0}, {1}: rows {2} (A), columns {3} (B)").format(
                la.layer, basis, report.key_a, report.key_b
            )
            blocks.append((title, [_label(x, empty) for x in m.labels], m))
    rows: list[tuple[bool, Sequence[Any]]] = []
    for _, names, m in blocks:
        rows.append((True, ["A \\ B", *names]))
        rows += [(False, [n, *counts]) for n, counts in zip(names, m.counts, strict=True)]
    widths = fitted_widths(rows, minimum=12, maximum=MAX_WIDTH)
    columns = [Column(f"c{i}", "value") for i in range(len(widths))]
    tw = TableWriter(
        wb,
        translate("workbook", "Confusion matrices"),
        columns,
        widths=widths,
        header=False,
        fit="width",
        freeze=None,
        filtered=False,
        title_rows=None,
    )
    bold: CellStyle = ("bold", {"font": HEADER_FONT})
    head: CellStyle = ("head", {"font": HEADER_FONT, "fill": HEADER_FILL})
    for title, names, m in blocks:
        tw.append([title], styles={0: bold})
        header = ["A \\ B", *names]
        height = wrapped_height([(h, w - 2) for h, w in zip(names, widths[1:], strict=False)])
        tw.append(
            header, styles={0: bold, **dict.fromkeys(range(1, len(widths)), head)}, height=height
        )
        for n, counts in zip(names, m.counts, strict=True):
            tw.append([n, *counts], styles={0: bold})
        tw.append([])


# ------------------------------------------------------------------ pairs


def write_pairs_workbook(
    path: str | os.PathLike[str], summary: PairsSummary, *, lang: str | None = None
) -> None:
    """Pairs (one row each, then mean, minimum, maximum), ICC, and Unpaired (headings in
    ``lang``, default: the system's language)."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    with language(choose(lang)):
        _pairs_sheets(wb, summary)
    save_atomically(wb, path)  # text like = + - @ (IDs, code names) is guarded as written


def _pairs_sheets(wb: Any, summary: PairsSummary) -> None:
    cols = list(summary.columns)
    labels: list[tuple[str, str | None]] = []
    for c in cols:  # each κ column is followed by its 95% CI (treating units as independent)
        labels.append(figure_header(c))
        if _kappa_column(c):
            labels += [
                (translate("workbook", "95% CI low"), KAPPA_FORMAT),
                (translate("workbook", "95% CI high"), KAPPA_FORMAT),
            ]

    def shown(values: Sequence[float | None], row: Any = None) -> list[float | None]:
        out: list[float | None] = []
        for c, v in zip(cols, values, strict=True):
            out.append(_percent(v) if figure_header(c)[1] == PERCENT_FORMAT else v)
            if _kappa_column(c):
                s = None if row is None else _stats_of(row, c)
                out += [None, None] if s is None else [s.ci_low, s.ci_high]
        return out

    header = [
        translate("workbook", "dyad ID"),
        translate("workbook", "session date"),
        translate("workbook", "file A"),
        translate("workbook", "file B"),
        translate("workbook", "coder A"),
        translate("workbook", "coder B"),
        *(h for h, _ in labels),
        translate("workbook", "problem"),
    ]
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
                *shown([p.figures.get(c) for c in cols], p),
                p.problem or "",
            ]
        )
    for label, values in (
        (translate("workbook", "mean"), summary.mean),
        (translate("workbook", "minimum"), summary.minimum),
        (translate("workbook", "maximum"), summary.maximum),
    ):
        rows.append([label, None, None, None, None, None, *shown([values.get(c) for c in cols])])
    # many layers make a wide sheet: one page wide only while that stays readable, else at
    # full size across pages with dyad ID and date repeated on each
    pairs_sheet = _sheet(
        wb,
        translate("workbook", "Pairs"),
        header,
        formats,
        rows,
        minimum=10,
        freeze="C2",
        fit="auto",
        title_columns=2,
    )
    undefined = [
        f"{figure_header(c)[0]}: {n}"
        for c in cols
        if _kappa_column(c) and (n := summary.undefined.get(c))
    ]
    pairs_sheet.append([])
    undefined_in = (
        translate("workbook", "κ undefined in: {0}.").format("; ".join(undefined))
        if undefined
        else ""
    )
    pairs_sheet.note(" ".join(filter(None, [_t(UNDEFINED_NOTE), undefined_in])))
    pairs_sheet.note(translate("agreement", INDEPENDENCE_NOTE))
    pairs_sheet.note(settings_note(summary.settings))
    icc_rows = [
        [m.measure, m.n, m.icc, m.ci_low, m.ci_high, _band(icc_band(m.icc)), m.mean_a, m.mean_b]
        for m in summary.icc
    ]
    ic = _sheet(
        wb,
        "ICC",
        [
            translate("workbook", "measure"),
            translate("workbook", "pairs"),
            "ICC(2,1)",
            translate("workbook", "95% CI low"),
            translate("workbook", "95% CI high"),
            translate("workbook", "band"),
            translate("workbook", "mean A"),
            translate("workbook", "mean B"),
        ],
        [None, "0", KAPPA_FORMAT, KAPPA_FORMAT, KAPPA_FORMAT, None, MEAN_FORMAT, MEAN_FORMAT],
        icc_rows,
        minimum=10,
    )
    ic.append([])
    ic.note(_t(ICC_NOTE))
    unpaired = [[u.side, u.name, u.reason] for u in summary.unpaired]
    _sheet(
        wb,
        translate("workbook", "Unpaired"),
        [
            translate("workbook", "folder"),
            translate("workbook", "file"),
            translate("workbook", "reason"),
        ],
        [None] * 3,
        unpaired,
    )


def settings_note(st: Any) -> str:
    """The settings of every pair's figures, in one line (an :class:`AgreementSettings`)."""
    align = (
        translate("workbook", "GSEQ's (Bakeman, Quera & Gnisci 2009), onset tolerance {0}").format(
            st.onset_tolerance
        )
        if st.align == "gseq"
        else translate(
            "workbook", "by overlap (states at ≥ {0} of the longer one, points within {1})"
        ).format(f"{st.overlap:.0%}", st.point_window)
    )
    return translate(
        "workbook",
        "Settings: time unit {0} (the code at each unit's midpoint), tolerance {1} "
        "(symmetric), event alignment {2}, excluded rule {3}.",
    ).format(st.unit, st.tolerance, align, st.excluded)


def _kappa_column(column: str) -> bool:
    return column.endswith((".kappa_time_units", ".kappa_events"))


def _stats_of(row: Any, column: str) -> KappaStats | None:
    """The κ statistics behind a pair's ``LAYER.kappa_…`` figure."""
    if row.report is None:
        return None
    layer, _, figure = column.rpartition(".")
    la = row.report.layer(layer)
    if la is None:
        return None
    return la.time_units.stats if figure == "kappa_time_units" else la.events.stats


# ------------------------------------------------------------------ training to criterion


def _trainee_ci(r: CriterionResult) -> list[float | None]:
    head = r.report.headline_layer()
    return (
        [None, None]
        if head is None
        else [head.time_units.stats.ci_low, head.time_units.stats.ci_high]
    )


def write_reference_workbook(
    path: str | os.PathLike[str],
    gold_name: str,
    results: Sequence[CriterionResult],
    *,
    lang: str | None = None,
) -> None:
    """Trainees: one row each against the reference, pass or not, and the weakest codes
    (headings in ``lang``, default: the system's language)."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    with language(choose(lang)):
        _reference_sheets(wb, gold_name, results)
    save_atomically(wb, path)  # text like = + - @ (IDs, code names) is guarded as written


def _reference_sheets(wb: Any, gold_name: str, results: Sequence[CriterionResult]) -> None:
    yes, no = translate("workbook", "yes"), translate("workbook", "no")
    rows = [
        [
            r.name,
            r.layer or "",
            r.kappa,
            *_trainee_ci(r),
            _band(r.band),
            r.criterion,
            yes if r.passed else no,
            "; ".join(f"{c.code} {c.kappa:.2f}" for c in r.pulled_down if c.kappa is not None),
        ]
        for r in results
    ]
    header = [
        translate("workbook", "trainee"),
        translate("workbook", "layer"),
        "κ",
        translate("workbook", "95% CI low"),
        translate("workbook", "95% CI high"),
        translate("workbook", "band"),
        translate("workbook", "criterion"),
        translate("workbook", "passed"),
        translate("workbook", "codes below criterion"),
    ]
    formats = [None, None, KAPPA_FORMAT, KAPPA_FORMAT, KAPPA_FORMAT, None, KAPPA_FORMAT, None, None]
    ws = _sheet(wb, translate("workbook", "Trainees"), header, formats, rows, minimum=10)
    ws.append([])
    ws.note(translate("workbook", "reference: {0}").format(gold_name))
    if results:
        r0 = results[0].report
        ws.note(
            translate(
                "workbook",
                "Settings: time unit {0}, tolerance {1} = {2} unit(s) (symmetric), {3}, "
                "excluded rule {4} ({5}).",
            ).format(
                r0.unit,
                r0.tolerance,
                r0.tolerance_units,
                r0.alignment_text(),
                r0.excluded,
                r0.excluded_text(),
            )
        )
    ws.note(_note())
    pc_rows = [
        [
            r.name,
            la.layer,
            c.code,
            c.kappa,
            c.ci_low,
            c.ci_high,
            _band(c.band),
            c.n_a,
            c.n_b,
            c.n_both,
        ]
        for r in results
        for la in r.report.layers
        for c in la.time_units.per_code
    ]
    _sheet(
        wb,
        translate("workbook", "Per-code"),
        [
            translate("workbook", "trainee"),
            translate("workbook", "layer"),
            translate("workbook", "code"),
            "κ",
            translate("workbook", "95% CI low"),
            translate("workbook", "95% CI high"),
            translate("workbook", "band"),
            translate("workbook", "n reference"),
            translate("workbook", "n trainee"),
            translate("workbook", "n both"),
        ],
        [None, None, None, KAPPA_FORMAT, KAPPA_FORMAT, KAPPA_FORMAT, None, "0.#", "0.#", "0.#"],
        pc_rows,
        freeze="A2",
    )
