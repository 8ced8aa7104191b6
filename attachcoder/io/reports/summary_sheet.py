"""The Summary sheet of the supervisor's workbook.

It reads its numbers from the tidy measures table (:mod:`attachcoder.analysis.tallies`);
nothing is computed here but layout. The Summary puts the proportion attuned beside the repair
measures on purpose: no proportion is a pass mark (DOMAIN.md, The construct).
"""

from __future__ import annotations

import math
from typing import Any

from openpyxl.chart import BarChart, Reference
from openpyxl.workbook import Workbook

from attachcoder.analysis.tallies import ALL, HEADLINE, Tallies, headline_from_table
from attachcoder.core.session import Session
from attachcoder.core.timefmt import format_ms
from attachcoder.io.installed.translations import QT_TRANSLATE_NOOP, translate
from attachcoder.io.reports.transitions_sheet import phase_label, write_transitions
from attachcoder.io.sheets.cells import (
    CLOCK_FORMAT,
    DATE_FORMAT,
    LEFT,
    PP_FORMAT,
    TITLE_FONT,
    UNIT_FORMATS,
    WRAP,
    clock_days,
    excel_date,
    font,
)
from attachcoder.io.sheets.row_sheet import BOLD, RowSheet

#: RowSheet and write_transitions lived here; they stay importable from this module
__all__ = ["RowSheet", "write_summary", "write_transitions"]

ITALIC = font(italic=True, color="555555")
MAX_GAPS_LISTED = 500

#: labels in English, marked for translation; shown through ``translate("workbook", …)``
_HEADLINE_LABELS = {
    "proportion_attuned": QT_TRANSLATE_NOOP("workbook", "Proportion attuned"),
    "proportion_misattuned": QT_TRANSLATE_NOOP("workbook", "Proportion misattuned"),
    "proportion_repair": QT_TRANSLATE_NOOP("workbook", "Proportion repair"),
    "ruptures": QT_TRANSLATE_NOOP("workbook", "Ruptures"),
    "proportion_repaired": QT_TRANSLATE_NOOP("workbook", "Proportion repaired"),
    "median_time_to_repair_s": QT_TRANSLATE_NOOP("workbook", "Median time to repair (s)"),
}
_HEADLINE_FORMATS = {
    "proportion_attuned": UNIT_FORMATS["proportion"],
    "proportion_misattuned": UNIT_FORMATS["proportion"],
    "proportion_repair": UNIT_FORMATS["proportion"],
    "ruptures": UNIT_FORMATS["count"],
    "proportion_repaired": UNIT_FORMATS["proportion"],
    "median_time_to_repair_s": UNIT_FORMATS["s"],
}


def _measure(table: Any, measure: str, phase: str = ALL, layer: str | None = None) -> Any:
    sel = (table["phase"] == phase) & (table["measure"] == measure)
    if layer is not None:
        sel &= table["layer"] == layer
    values = table.loc[sel, "value"]
    if values.empty:
        return None
    v = float(values.iloc[0])
    return None if math.isnan(v) else v


def write_summary(
    wb: Workbook,
    session: Session,
    tallies: Tallies,
    *,
    notes: bool,
) -> None:
    s = RowSheet(wb, translate("workbook", "Summary"), [36.0, *([11.5] * (len(_HEADLINE_COLUMNS)))])
    table = tallies.table
    md = session.metadata
    f = s.f
    s.title(translate("workbook", "attachcoder — session summary"), TITLE_FONT)
    s.row()
    key = str(table["session_key"].iloc[0]) if len(table) else md.session_key()
    s.pair(translate("workbook", "Session key"), key)
    s.pair(translate("workbook", "Dyad ID"), md.dyad_id)
    s.pair(translate("workbook", "Coder ID"), md.coder_id)
    serial = excel_date(md.session_date)
    date = serial if serial is not None else md.session_date
    s.pair(translate("workbook", "Session date"), date, DATE_FORMAT)
    s.pair(translate("workbook", "Infant age (months)"), md.infant_age_months, "0.0")
    yes_no = translate("workbook", "yes") if md.corrected_age else translate("workbook", "no")
    s.pair(translate("workbook", "Corrected age"), yes_no)
    s.pair(translate("workbook", "Caregiver role"), caregiver_role(md.caregiver_role))
    scheme = translate("workbook", "{0}, version {1}").format(
        session.scheme.name, session.scheme.version
    )
    s.pair(translate("workbook", "Scheme"), scheme)
    s.pair(translate("workbook", "Duration"), clock_days(tallies.end_ms), CLOCK_FORMAT)
    s.pair(translate("workbook", "Observed"), tallies.observed_text())
    s.pair(translate("workbook", "Episodes"), _measure(table, "episodes"), "0")
    s.pair(translate("workbook", "Episodes crossing a phase boundary"), tallies.crossing, "0")
    ia = tallies.interaction_layer
    if ia is not None:
        coverage = translate("workbook", "Coverage ({0})").format(ia)
        s.pair(coverage, _measure(table, "coverage", layer=ia), "0.0%")
        gaps = translate("workbook", "Uncoded gaps > 1 s ({0})").format(ia)
        s.pair(gaps, _measure(table, "uncoded_gaps", layer=ia), "0")
    s.row()

    if tallies.warnings:
        s.title(translate("workbook", "Warnings"), font(bold=True, color="B00000"))
        for warning in tallies.warnings:
            s.note(warning)
        s.row()
    first, last = _headline_table(s, table, tallies.phases, ia)
    _attempts_table(s, session, table, tallies.phases, ia)
    if ia is not None and last > first:
        _chart(s, session, first, last)

    _effects(s, tallies)
    _ratings(s, session)
    if tallies.notes:
        s.row()
        s.title(translate("workbook", "Notes on these figures"))
        for note in tallies.notes:
            s.note(note)
    if notes and md.notes.strip():
        s.row()
        s.title(translate("workbook", "Session notes (the coder's)"))
        s.row([f.text(md.notes, alignment=WRAP)])
    _gaps(s, tallies)


#: The Summary's headline table, column by column: (label, measure or key, number format).
#: The counts proportion repaired is made of stand beside it (repaired of resolved, and the
#: unresolved ones left out), so a reader sees "100 %" is 1 of 1 and not 40 of 40.
_HEADLINE_COLUMNS: list[tuple[str, str, str]] = [
    (QT_TRANSLATE_NOOP("workbook", "Duration (s)"), "duration", "0.0"),
    (QT_TRANSLATE_NOOP("workbook", "Codable time (s)"), "codable_time", "0.0"),
    *((_HEADLINE_LABELS[k], k, _HEADLINE_FORMATS[k]) for k in list(HEADLINE)[:5]),
    (QT_TRANSLATE_NOOP("workbook", "Repaired"), "ruptures_repaired", "0"),
    (QT_TRANSLATE_NOOP("workbook", "Resolved (repaired or not)"), "resolved", "0"),
    (QT_TRANSLATE_NOOP("workbook", "Unresolved (left out)"), "ruptures_unresolved", "0"),
    (_HEADLINE_LABELS["median_time_to_repair_s"], "median_time_to_repair_s", "0.000"),
]
#: the caregiver roles the window offers, kept in English in the file
_CAREGIVER_ROLES = (
    QT_TRANSLATE_NOOP("workbook", "mother"),
    QT_TRANSLATE_NOOP("workbook", "father"),
    QT_TRANSLATE_NOOP("workbook", "other caregiver"),
)


def caregiver_role(role: str) -> str:
    """A listed role in the workbook's language; one the coder typed as typed."""
    return translate("workbook", role) if role in _CAREGIVER_ROLES else role


#: where the chart stands: right of the label–value pairs (columns A–B, their text running into
#: C–F: "observed to 00:01:00.000 of 00:04:00.000 (25 %)" needs more than B–E, and under a
#: chart at E3 the share was hidden), from the third row; 14 cm wide and 6.5 cm high it spans
#: columns G–L and rows 3–16
CHART_ANCHOR = "G3"
CHART_WIDTH_CM = 14

#: where the chart finds the three proportions (1-based columns of the headline table)
_PROPORTION_COLUMNS = (4, 6)


def _headline_table(s: RowSheet, table: Any, phases: list[str], ia: str | None) -> tuple[int, int]:
    """Headline measures by phase with the counts behind them; returns its first/last row."""
    f = s.f
    s.title(translate("workbook", "Headline measures by phase"))
    labels = [translate("workbook", label) for label, _, _ in _HEADLINE_COLUMNS]
    first = s.header([translate("workbook", "Phase"), *labels], height=45)
    for phase in [ALL, *phases]:
        h: dict[str, Any] = dict(headline_from_table(table, phase))
        h["duration"] = _measure(table, "duration", phase)
        h["codable_time"] = _measure(table, "codable_time", phase, ia) if ia else None
        repaired = _measure(table, "ruptures_repaired", phase)
        not_repaired = _measure(table, "ruptures_not_repaired", phase)
        h["ruptures_repaired"] = repaired
        h["ruptures_unresolved"] = _measure(table, "ruptures_unresolved", phase)
        h["resolved"] = None if repaired is None else repaired + (not_repaired or 0)
        cells = [f.text(phase_label(phase), font=BOLD)]
        cells += [f.number(h[key], fmt) for _, key, fmt in _HEADLINE_COLUMNS]
        s.row(cells)
    last = s.next_row - 1
    s.note(
        translate(
            "workbook",
            "Proportions are of codable time (uncodable time left out). Proportion repaired = "
            "repaired / resolved: a rupture the end of its phase cuts off (unresolved) says "
            "nothing either way. No proportion is a pass mark: read the proportion attuned "
            "beside the repair measures.",
        ),
        ITALIC,
    )
    return first, last


def _attempts_table(
    s: RowSheet, session: Session, table: Any, phases: list[str], ia: str | None
) -> None:
    """Repair attempts by phase: success, the censored ones, and who initiated them."""
    if ia is None:
        return
    layer = session.scheme.layer(ia)
    mods = [
        (m.name, v)
        for code in (layer.codes_with_role("repair") if layer else ())
        for m in code.modifiers
        for v in m.values
    ]
    mods = list(dict.fromkeys(mods))
    names = list(dict.fromkeys(name for name, _ in mods))
    not_coded = translate("workbook", "{0}: not coded")
    columns = [
        (translate("workbook", "Attempts"), "repair_attempts", "0"),
        (translate("workbook", "Successful"), "repair_attempts_successful", "0"),
        (translate("workbook", "Unresolved (left out)"), "repair_attempts_unresolved", "0"),
        (
            translate("workbook", "Proportion successful"),
            "proportion_repair_successful",
            UNIT_FORMATS["proportion"],
        ),
        *((f"{n}: {v}", f"repair_attempts_{n}_{v}", "0") for n, v in mods),
        *((not_coded.format(n), f"repair_attempts_{n}_not_coded", "0") for n in names),
    ]
    f = s.f
    s.row()
    s.title(translate("workbook", "Repair attempts by phase"))
    s.header([translate("workbook", "Phase"), *(label for label, _, _ in columns)], height=30)
    for phase in [ALL, *phases]:
        cells = [f.text(phase_label(phase), font=BOLD)]
        cells += [f.number(_measure(table, m, phase, ia), fmt) for _, m, fmt in columns]
        s.row(cells)


def _chart(s: RowSheet, session: Session, first: int, last: int) -> None:
    """Proportion attuned / misattuned / repair by phase, in the scheme's colours."""
    chart = BarChart()
    chart.type = "col"
    chart.grouping = "clustered"
    chart.title = translate("workbook", "Proportion of codable time, by phase")
    chart.y_axis.title = translate("workbook", "proportion")
    chart.y_axis.number_format = "0%"
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 1
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.height = 6.5
    chart.width = CHART_WIDTH_CM
    lo, hi = _PROPORTION_COLUMNS
    data = Reference(s.ws, min_col=lo, max_col=hi, min_row=first, max_row=last)
    cats = Reference(s.ws, min_col=1, min_row=first + 1, max_row=last)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(cats)
    from attachcoder.analysis.tallies import interaction_layer

    layer = interaction_layer(session.scheme)
    for series, role in zip(chart.series, ("attuned", "misattuned", "repair"), strict=False):
        codes = layer.codes_with_role(role) if layer else ()
        if codes and codes[0].color:
            series.graphicalProperties.solidFill = codes[0].color[1:]
            series.graphicalProperties.line.solidFill = codes[0].color[1:]
    # beside the session's particulars at the top, so it is always whole on page one (below
    # the tables it was cut between pages 1 and 2); its data are the headline table's cells
    s.ws.add_chart(chart, CHART_ANCHOR)


def _effects(s: RowSheet, tallies: Tallies) -> None:
    """Still-face − play and reunion − play. A difference of proportions is shown in
    percentage points (the cell holds the difference × 100, formatted ``+12.5 pp``): "−40 %"
    would read as a relative change. The Tallies sheet keeps the raw difference. When the
    phase roles are missing the rows are empty and the note saying why stands under them."""
    table = tallies.table
    f = s.f
    rows = []
    for key, measure in HEADLINE.items():
        sf = _measure(table, "still_face_effect_" + measure)
        ru = _measure(table, "reunion_carryover_" + measure)
        has = ((table["measure"] == "still_face_effect_" + measure) & (table["phase"] == ALL)).any()
        if has:
            rows.append((key, sf, ru))
    if not rows:
        return
    s.row()
    s.title(translate("workbook", "Still-face effect and reunion carry-over"))
    # two lines each, broken by hand: wrapped by the spreadsheet, "Still-face −" / "play" ran
    # into "Reunion − play" beside it
    s.header(
        [
            translate("workbook", "Measure"),
            translate("workbook", "Still-face\n− play"),
            translate("workbook", "Reunion\n− play"),
        ],
        height=32,
    )
    for key, sf, ru in rows:
        label = translate("workbook", _HEADLINE_LABELS[key])
        if _HEADLINE_FORMATS[key] == UNIT_FORMATS["proportion"]:
            label = translate("workbook", "{0} (percentage points)").format(label)
            sf, ru = (None if v is None else v * 100 for v in (sf, ru))
            fmt = PP_FORMAT
        else:
            fmt = _signed(_HEADLINE_FORMATS[key])
        s.row([f.text(label), f.number(sf, fmt), f.number(ru, fmt)])
    if all(sf is None and ru is None for _, sf, ru in rows):
        for note in tallies.notes:
            if "still-face effect" in note:
                s.note(note, ITALIC)


def _signed(fmt: str) -> str:
    """A number format that shows the sign of a difference: +0;-0;0."""
    return f"+{fmt};-{fmt};{fmt}"


def _ratings(s: RowSheet, session: Session) -> None:
    items = session.scheme.rating_items
    if not items:
        return
    f = s.f
    s.row()
    s.title(translate("workbook", "Ratings"))
    # rating and scale both left-aligned: a right-aligned 6 beside "1–9" printed as "61–9"
    s.header(
        [
            translate("workbook", "Item"),
            translate("workbook", "Rating"),
            translate("workbook", "Scale"),
        ],
        numbers=False,
    )
    for item in items:
        value = session.ratings.get(item.name)
        s.row(
            [
                f.text(item.name),
                f.number(value, "General", alignment=LEFT)
                if isinstance(value, int | float)
                else None,
                f.text(
                    translate("workbook", "{0} to {1}").format(f"{item.min:g}", f"{item.max:g}")
                ),
            ]
        )


def _gaps(s: RowSheet, tallies: Tallies) -> None:
    if not tallies.gaps:
        return
    f = s.f
    s.row()
    s.title(translate("workbook", "Uncoded gaps longer than 1 s"))
    s.header(
        [
            translate("workbook", "Layer"),
            translate("workbook", "From"),
            translate("workbook", "To"),
            translate("workbook", "Duration (s)"),
        ]
    )
    for layer, a, b in tallies.gaps[:MAX_GAPS_LISTED]:
        s.row(
            [
                f.text(layer),
                f.number(clock_days(a), CLOCK_FORMAT),
                f.number(clock_days(b), CLOCK_FORMAT),
                f.number((b - a) / 1000, "0.000"),
            ]
        )
    more = len(tallies.gaps) - MAX_GAPS_LISTED
    if more > 0:
        said = translate("workbook", "… and {0} more (from {1})")
        s.row([f.text(said.format(more, format_ms(tallies.gaps[MAX_GAPS_LISTED][1])))])
