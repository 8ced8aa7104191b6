"""The Transitions sheet of the supervisor's workbook: lag-1 matrices per phase.

Read from the tidy measures table (:mod:`attachcoder.analysis.tallies`); layout only.
"""

from __future__ import annotations

from typing import Any

from openpyxl.workbook import Workbook

from attachcoder.analysis.tallies import ALL, Tallies
from attachcoder.io.sheets.cells import TITLE_FONT, font
from attachcoder.io.sheets.row_sheet import BOLD, RowSheet

ITALIC = font(italic=True, color="555555")
GREYED = font(color="A0A0A0")
#: a Yule's Q whose 2×2 table has a cell under this is too few to read (Bakeman & Quera 2011)
SMALL_CELL = 5
SMALL_NOTE = (
    f"A greyed Q rests on a 2×2 table with a cell under {SMALL_CELL}: too few transitions to "
    "read (Bakeman & Quera 2011)."
)


def small_tables(counts: dict[tuple[str, str], Any], codes: list[str]) -> set[tuple[str, str]]:
    """The (i, j) whose 2×2 table for Yule's Q — a = n_ij, b = n_i+ − a, c = n_+j − a,
    d = N − a − b − c (DOMAIN.md) — has a cell under :data:`SMALL_CELL`."""
    n = {(i, j): float(counts.get((i, j)) or 0) for i in codes for j in codes}
    rows = {i: sum(n[(i, j)] for j in codes) for i in codes}
    cols = {j: sum(n[(i, j)] for i in codes) for j in codes}
    total = sum(rows.values())
    out = set()
    for i in codes:
        for j in codes:
            a = n[(i, j)]
            b, c = rows[i] - a, cols[j] - a
            if min(a, b, c, total - a - b - c) < SMALL_CELL:
                out.add((i, j))
    return out


def write_transitions(wb: Workbook, tallies: Tallies) -> None:
    """Lag-1 transition matrices per phase: counts, p(j | i) and Yule's Q."""
    table = tallies.table
    trans = table[table["measure"].isin(["transitions", "transition_probability", "yules_q"])]
    codes = list(dict.fromkeys(trans["code"]))
    # one page: a few small matrices per phase, read side by side
    s = RowSheet(wb, "Transitions", [30, *([14] * (len(codes) + 1))], fit="page", portrait=True)
    f = s.f
    s.title("Lag-1 transitions between interaction codes", TITLE_FONT)
    s.note(
        "Rows are the earlier code i, columns the next code j. Chains stay inside a phase; an "
        "uncodable episode or an uncoded gap breaks them.",
        ITALIC,
    )
    if not codes:
        s.row([f.text("The scheme has no interaction layer: there are no transitions.")])
        return
    blocks = (
        ("transitions", "Counts n(i → j)", "0"),
        ("transition_probability", "p(j | i)", "0.000"),
        ("yules_q", "Yule's Q", "0.000"),
    )
    for phase in [ALL, *tallies.phases]:
        part = trans[trans["phase"] == phase]
        cell = {(r.measure, r.code, r.to_code): r.value for r in part.itertuples(index=False)}
        s.row()
        s.title(f"Phase: {phase}", TITLE_FONT)
        small = small_tables({(i, j): cell.get(("transitions", i, j)) for i in codes
                              for j in codes}, codes)  # fmt: skip
        for measure, label, fmt in blocks:
            total = measure == "transitions"
            s.header([f"{label}: from \\ to", *codes, *(["total"] if total else [])])
            for i in codes:
                values = [cell.get((measure, i, j)) for j in codes]
                grey = [measure == "yules_q" and (i, j) in small for j in codes]
                row = [f.text(i, font=BOLD)]
                for v, g in zip(values, grey, strict=True):
                    row.append(f.number(v, fmt, font=GREYED if g else None))
                if total:
                    row.append(f.number(sum(v for v in values if v is not None), fmt, font=BOLD))
                s.row(row)
        shown = {(i, j) for i in codes for j in codes if cell.get(("yules_q", i, j)) is not None}
        if shown & small:
            s.note(SMALL_NOTE, ITALIC)
