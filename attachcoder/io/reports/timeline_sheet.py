"""The Timeline sheet: the session as a score — one system per minute, one cell per second.

Each minute is a block of rows, one per layer (phases first), under a ruler of seconds 0–59,
so a 6-minute session prints on one page and a reader finds any second by its row and column.
A state cell is filled with the scheme colour of the state active at the middle of its second
(the rule the time-unit agreement uses); a point cell with the first point inside it. The
code's initial is written in the cell too, so the sheet still reads in grey print and for
colour-blind readers. An episode that no cell shows — a state shorter than a second that holds
no cell's middle, a second point in one second — leaves a mark (``*``) in the cell where it
starts, and takes that cell when it is otherwise empty, so nothing coded is invisible. The
legend sits above the ruler and is repeated with it at the top of every printed page, and
a long session's pages end between two minutes, never inside one. The score covers the
observed span only (core/observed.py): a coding stopped at 1:00 of a 4-minute video prints
one minute, a state still running ends there, and one the figures leave out is not drawn.
"""

from __future__ import annotations

import math
from typing import Any

from openpyxl.styles import Alignment, PatternFill
from openpyxl.workbook import Workbook
from openpyxl.worksheet.pagebreak import Break

from attachcoder.analysis.tallies import observed_text
from attachcoder.core.contrast import text_colour_on
from attachcoder.core.episode import Episode
from attachcoder.core.observed import ObservedSpan, closed_episodes, observed_span
from attachcoder.core.scheme import Code, Layer
from attachcoder.core.session import Session
from attachcoder.io.installed.translations import translate
from attachcoder.io.sheets.cells import CellFactory, font
from attachcoder.io.sheets.xlsx_page import page_setup

SECONDS_PER_ROW = 60
ROW_PT = 13.0
GAP_PT = 5.0
PAGE_ROWS_PT = 660.0
LABEL_EVERY_S = 5
#: the mark of a cell that also holds an episode its colour does not show
MARK = "*"
LEGEND_SLOT = 12  # cells per legend entry: the swatch, then the name running over the rest
_NOTE_COLUMN = 24  # where the title row's note starts, clear of the title running over
_CENTRE = Alignment(horizontal="center", vertical="center")
_LEFT = Alignment(horizontal="left")
_SMALL = font(size=8, color="555555")
_BOLD = font(bold=True)
_ITALIC = font(italic=True, size=9, color="555555")
_DEFAULT_COLOUR = "#BBBBBB"

Label = tuple[str, bool]  # (code, marked)


def _initial(code: Code) -> str:
    return code.name[:1].upper() or "?"


def code_cell_style(code: Code) -> dict[str, Any]:
    """Fill, text colour and alignment of a cell showing ``code``."""
    colour = code.color or _DEFAULT_COLOUR
    return {
        "fill": PatternFill(fill_type="solid", fgColor=colour[1:].upper()),
        "font": font(size=8, bold=True, color=text_colour_on(colour)[1:]),
        "alignment": _CENTRE,
    }


def _end(ep: Episode, end_ms: int) -> int:
    return ep.offset_ms if ep.offset_ms is not None else end_ms


def _mark(out: list[Label | None], k: int, code: str) -> None:
    """An episode no cell shows: a mark where it starts (taking the cell when empty)."""
    cell = out[k]
    out[k] = (code, True) if cell is None else (cell[0], True)


def state_labels(eps: list[Episode], end_ms: int, n: int) -> list[Label | None]:
    """Per second: the code active at its middle; marked where an unseen episode starts.

    One sweep: episodes are in onset order and do not overlap within a layer.
    """
    out: list[Label | None] = [None] * n
    unseen: list[Episode] = []
    j = 0
    for k in range(n):
        mid = k * 1000 + 500
        while j < len(eps) and _end(eps[j], end_ms) <= mid:
            ep = eps[j]
            if not _shows(ep, end_ms, n):
                unseen.append(ep)
            j += 1
        if j < len(eps) and eps[j].onset_ms <= mid:
            out[k] = (eps[j].code, False)
    unseen.extend(ep for ep in eps[j:] if not _shows(ep, end_ms, n))
    for ep in unseen:
        _mark(out, min(ep.onset_ms // 1000, n - 1), ep.code)
    return out


def _shows(ep: Episode, end_ms: int, n: int) -> bool:
    """Whether the episode holds the middle of one of the ``n`` seconds (so a cell shows it)."""
    k = max(0, -(-(ep.onset_ms - 500) // 1000))  # the first second whose middle is >= onset
    return k < n and k * 1000 + 500 < _end(ep, end_ms)


def point_labels(eps: list[Episode], n: int) -> list[Label | None]:
    """Per second: the first point inside it, marked when more points share the second."""
    out: list[Label | None] = [None] * n
    for ep in eps:  # in onset order: the first point of a second wins
        k = min(ep.onset_ms // 1000, n - 1)
        if out[k] is None:
            out[k] = (ep.code, False)
        else:
            _mark(out, k, ep.code)
    return out


def minutes_per_page(layers: int) -> int:
    """How many minute blocks a printed page holds below the legend and ruler (landscape, one
    page wide, so scaled to about 80 %: some 660 pt of rows, 13 pt a layer, 5 pt between
    minutes)."""
    return max(1, int(PAGE_ROWS_PT // (ROW_PT * layers + GAP_PT)))


def _ordered_layers(session: Session) -> list[Layer]:
    layers = list(session.scheme.layers)
    return sorted(layers, key=lambda la: (la.role != "phase", not la.is_state))


def _clock(t_s: int, hours: bool) -> str:
    if hours:
        return f"{t_s // 3600}:{t_s // 60 % 60:02d}:{t_s % 60:02d}"
    return f"{t_s // 60}:{t_s % 60:02d}"


def _legend(ws: Any, f: CellFactory, layers: list[Layer]) -> int:
    """One row per layer (more when it has many codes): swatch, then the code's name."""
    rows = 0
    per_row = SECONDS_PER_ROW // LEGEND_SLOT
    for layer in layers:
        for start in range(0, max(len(layer.codes), 1), per_row):
            row: list[Any] = [None, f.text(layer.name if start == 0 else "", font=_BOLD)]
            for code in layer.codes[start : start + per_row]:
                style = code_cell_style(code)
                row.append(f.text(_initial(code), **style))
                row.append(f.text(code.name, font=font(size=9)))
                row.extend([None] * (LEGEND_SLOT - 2))
            ws.append(row)
            rows += 1
    return rows


def _title(span: ObservedSpan) -> str:
    """The title runs over the cells up to the note (column :data:`_NOTE_COLUMN`): how far the
    coding was observed takes the place of the layout's description, which the ruler shows
    anyway (both together ran under the note: "observed to 00:00:2")."""
    if span.recorded and span.end_ms < span.media_end_ms:
        observed = observed_text(span.end_ms, span.media_end_ms, span.observed_to_ms)
        return translate("workbook", "Timeline — {0}").format(observed)
    return translate("workbook", "Timeline: one row per minute, one cell per second")


def write_timeline(wb: Workbook, session: Session) -> None:
    ws = wb.create_sheet(translate("workbook", "Timeline"))
    f = CellFactory(ws)
    span = observed_span(session)
    end = span.end_ms
    n = max(1, math.ceil(end / 1000))
    minutes = math.ceil(n / SECONDS_PER_ROW)
    hours = end >= 3_600_000
    widths = [7.0 if hours else 5.5, 12.0, *([2.4] * SECONDS_PER_ROW)]
    from openpyxl.utils import get_column_letter

    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    layers = _ordered_layers(session)
    per_row = SECONDS_PER_ROW // LEGEND_SLOT
    ruler_row = 2 + sum(max(1, math.ceil(len(la.codes) / per_row)) for la in layers)
    # write-only sheets take their page set-up and panes before the first row
    ws.freeze_panes = f"C{ruler_row + 1}"
    page_setup(ws, widths, title_rows=f"1:{ruler_row}", fit="width", title_columns=0)
    ws.append(
        [
            f.text(_title(span), font=_BOLD),
            *([None] * (_NOTE_COLUMN - 1)),
            f.text(
                translate(
                    "workbook",
                    "Each cell shows the code at the middle of its second; {0} marks a second "
                    "that also holds an episode too short to show (see the Episodes sheet).",
                ).format(MARK),
                font=_ITALIC,
            ),
        ]
    )
    legend_rows = _legend(ws, f, layers)
    assert ruler_row == legend_rows + 2
    ruler: list[Any] = [
        f.text(translate("workbook", "from"), font=_BOLD),
        f.text(translate("workbook", "layer"), font=_BOLD),
    ]
    for s in range(SECONDS_PER_ROW):
        tick = s % LABEL_EVERY_S == 0
        ruler.append(f.number(s, "0", font=_SMALL, alignment=_LEFT) if tick else None)
    ws.append(ruler)

    labels: dict[str, list[Label | None]] = {}
    for layer in layers:
        if layer.is_state:
            labels[layer.name] = state_labels(closed_episodes(session, layer.name, span), end, n)
        else:
            labels[layer.name] = point_labels(session.layer_episodes(layer.name), n)
    styles = {
        (la.name, c.name): (_initial(c), code_cell_style(c)) for la in layers for c in la.codes
    }
    row_no = ruler_row + 1
    per_page = minutes_per_page(len(layers))
    for m in range(minutes):
        if m and m % per_page == 0:
            # a page ends between two minutes, never inside one minute's rows
            ws.row_breaks.append(Break(id=row_no - 1))
        first = m * SECONDS_PER_ROW
        last = min(first + SECONDS_PER_ROW, n)
        for i, layer in enumerate(layers):
            row: list[Any] = [
                f.text(_clock(first, hours), font=_BOLD) if i == 0 else None,
                f.text(layer.name, font=_SMALL),
            ]
            for label in labels[layer.name][first:last]:
                if label is None:
                    row.append(None)
                    continue
                code, marked = label
                text, style = styles[(layer.name, code)]
                row.append(f.text(text + MARK if marked else text, **style))
            ws.row_dimensions[row_no].height = ROW_PT
            ws.append(row)
            row_no += 1
        ws.row_dimensions[row_no].height = GAP_PT  # a thin gap between minutes
        ws.append([])
        row_no += 1
