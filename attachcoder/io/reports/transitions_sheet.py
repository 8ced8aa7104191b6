"""The Transitions sheet of the supervisor's workbook: lag-1 matrices per phase.

Read from the tidy measures table (:mod:`attachcoder.analysis.tallies`); layout only.
"""

from __future__ import annotations

from typing import Any

from openpyxl.workbook import Workbook

from attachcoder.analysis.tallies import ALL, YULES_Q_MIN_CELL, Tallies, yules_q_is_small
from attachcoder.io.installed.translations import QT_TRANSLATE_NOOP, translate
from attachcoder.io.sheets.cells import TITLE_FONT, font
from attachcoder.io.sheets.row_sheet import BOLD, RowSheet

ITALIC = font(italic=True, color="555555")
#: a Yule's Q from too few transitions: shown, but greyed
SMALL_COUNTS = font(italic=True, color="999999")
SMALL_NOTE = QT_TRANSLATE_NOOP(
    "workbook",
    "Grey: Yule's Q from a 2×2 table with a cell under {0} transitions — too few to read as a "
    "finding (Bakeman & Quera 2011); the counts above say how few.",
)


def phase_label(phase: str) -> str:
    """A phase as a reader's sheet names it: the whole session (``all`` in the tidy tables)
    in the workbook's language, a phase by its code's name."""
    return translate("workbook", "all") if phase == ALL else phase


def write_transitions(wb: Workbook, tallies: Tallies) -> None:
    """Lag-1 transition matrices per phase: counts, p(j | i) and Yule's Q."""
    table = tallies.table
    trans = table[table["measure"].isin(["transitions", "transition_probability", "yules_q"])]
    codes = list(dict.fromkeys(trans["code"]))
    # one page: a few small matrices per phase, read side by side
    widths: list[float] = [30, *([14] * (len(codes) + 1))]
    name = translate("workbook", "Transitions")
    s = RowSheet(wb, name, widths, fit="page", portrait=True)
    f = s.f
    s.title(translate("workbook", "Lag-1 transitions between interaction codes"), TITLE_FONT)
    s.note(
        translate(
            "workbook",
            "Rows are the earlier code i, columns the next code j. Chains stay inside a phase; "
            "an uncodable episode or an uncoded gap breaks them.",
        ),
        ITALIC,
    )
    if not codes:
        none = translate(
            "workbook", "The scheme has no interaction layer: there are no transitions."
        )
        s.row([f.text(none)])
        return
    blocks = (
        ("transitions", translate("workbook", "Counts n(i → j)"), "0"),
        ("transition_probability", translate("workbook", "p(j | i)"), "0.000"),
        ("yules_q", translate("workbook", "Yule's Q"), "0.000"),
    )
    from_to = translate("workbook", "{0}: from \\ to")
    total_label = translate("workbook", "total")
    for phase in [ALL, *tallies.phases]:
        part = trans[trans["phase"] == phase]
        cell = {(r.measure, r.code, r.to_code): r.value for r in part.itertuples(index=False)}
        small = _small_tables(cell, codes)
        s.row()
        s.title(translate("workbook", "Phase: {0}").format(phase_label(phase)), TITLE_FONT)
        for measure, label, fmt in blocks:
            total = measure == "transitions"
            s.header([from_to.format(label), *codes, *([total_label] if total else [])])
            for i in codes:
                values = [cell.get((measure, i, j)) for j in codes]
                row = [f.text(i, font=BOLD)]
                for j, v in zip(codes, values, strict=True):
                    grey = measure == "yules_q" and (i, j) in small and v is not None
                    row.append(f.number(v, fmt, font=SMALL_COUNTS) if grey else f.number(v, fmt))
                if total:
                    row.append(f.number(sum(v for v in values if v is not None), fmt, font=BOLD))
                s.row(row)
            if measure == "yules_q" and small:
                s.note(translate("workbook", SMALL_NOTE).format(YULES_Q_MIN_CELL), SMALL_COUNTS)


def _small_tables(cell: dict[Any, Any], codes: list[str]) -> set[tuple[str, str]]:
    """The (i, j) whose Yule's Q comes from a 2×2 table with a cell under 5, from the counts."""
    n = {(i, j): int(cell.get(("transitions", i, j)) or 0) for i in codes for j in codes}
    out = {i: sum(n[i, j] for j in codes) for i in codes}
    into = {j: sum(n[i, j] for i in codes) for j in codes}
    total = sum(out.values())
    return {
        (i, j) for i in codes for j in codes if yules_q_is_small(n[i, j], out[i], into[j], total)
    }
