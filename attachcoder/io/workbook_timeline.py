"""The Timeline sheet: the session drawn as coloured cells, one column per second.

One row per layer (phases first), each cell filled with the scheme colour of the state active
at the middle of its second (the rule the time-unit agreement uses), or of the first point
inside it; the code's initial is written in the cell too, so the sheet still reads in grey
print and for colour-blind readers. Long sessions use several seconds per column so that the
sheet stays within Excel's 16,384 columns.
"""

from __future__ import annotations

import math
from typing import Any

from openpyxl.styles import Alignment, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook

from attachcoder.analysis.segments import session_end_ms
from attachcoder.core.episode import Episode
from attachcoder.core.scheme import Code, Layer
from attachcoder.core.session import Session
from attachcoder.io.workbook_cells import EXCEL_MAX_COLUMNS, CellFactory, font
from attachcoder.io.workbook_tables import text_colour

LABEL_EVERY_S = 10
_CENTRE = Alignment(horizontal="center", vertical="center")
_SMALL = font(size=8, color="555555")
_BOLD = font(bold=True)
_DEFAULT_COLOUR = "#BBBBBB"


def seconds_per_column(end_ms: int) -> int:
    """1, or more when the session has more seconds than Excel has columns to spare."""
    seconds = math.ceil(end_ms / 1000)
    return max(1, math.ceil(seconds / (EXCEL_MAX_COLUMNS - 1)))


def _initial(code: Code) -> str:
    return code.name[:1].upper() or "?"


def _style(f: CellFactory, code: Code) -> Any:
    colour = code.color or _DEFAULT_COLOUR
    return {
        "fill": PatternFill(fill_type="solid", fgColor=colour[1:].upper()),
        "font": font(size=8, bold=True, color=text_colour(colour)),
        "alignment": _CENTRE,
    }


def _end(ep: Episode, end_ms: int) -> int:
    return ep.offset_ms if ep.offset_ms is not None else end_ms


def _state_labels(eps: list[Episode], end_ms: int, unit_ms: int, n: int) -> list[str | None]:
    """The code active at the middle of each column, in one sweep over the episodes."""
    out: list[str | None] = [None] * n
    j = 0
    for k in range(n):
        mid = k * unit_ms + unit_ms // 2
        while j < len(eps) and _end(eps[j], end_ms) <= mid:
            j += 1
        if j < len(eps) and eps[j].onset_ms <= mid:
            out[k] = eps[j].code
    return out


def _point_labels(eps: list[Episode], unit_ms: int, n: int) -> list[str | None]:
    out: list[str | None] = [None] * n
    for ep in eps:  # in onset order: the first point of a column wins
        k = min(ep.onset_ms // unit_ms, n - 1)
        if out[k] is None:
            out[k] = ep.code
    return out


def _ordered_layers(session: Session) -> list[Layer]:
    layers = list(session.scheme.layers)
    return sorted(layers, key=lambda la: (la.role != "phase", not la.is_state))


def write_timeline(wb: Workbook, session: Session) -> None:
    ws = wb.create_sheet("Timeline")
    f = CellFactory(ws)
    end = session_end_ms(session)
    per = seconds_per_column(end)
    unit_ms = per * 1000
    n = max(1, math.ceil(end / unit_ms))
    ws.column_dimensions["A"].width = 16
    for k in range(n):
        ws.column_dimensions[get_column_letter(k + 2)].width = 2.6
    ws.freeze_panes = "B2"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 0
    ws.page_setup.fitToHeight = 1
    # every printed page starts with the layer names and the time row
    ws.print_title_cols = "A:A"
    ws.print_title_rows = "1:1"
    hours = end >= 3_600_000
    unit = "h:mm:ss" if hours else "m:ss"
    label = f"time ({unit})" if per == 1 else f"time ({unit}), {per} s per column"
    header: list[Any] = [f.text(label, font=_BOLD)]
    every = max(1, LABEL_EVERY_S // per) if per < LABEL_EVERY_S else 1
    for k in range(n):
        if k % every == 0:
            t = k * per
            text = (
                f"{t // 3600}:{t // 60 % 60:02d}:{t % 60:02d}"
                if hours
                else f"{t // 60}:{t % 60:02d}"
            )
            header.append(f.text(text, font=_SMALL))
        else:
            header.append(None)
    ws.append(header)
    layers = _ordered_layers(session)
    for i, layer in enumerate(layers):
        eps = session.layer_episodes(layer.name)
        labels = (
            _state_labels(eps, end, unit_ms, n)
            if layer.is_state
            else _point_labels(eps, unit_ms, n)
        )
        styles = {c.name: (_initial(c), _style(f, c)) for c in layer.codes}
        row: list[Any] = [f.text(layer.name, font=_BOLD)]
        for name in labels:
            if name is None:
                row.append(None)
            else:
                text, style = styles[name]
                # one template per code: identical cells in a row may share it
                row.append(f.text(text, ("code", layer.name, name), **style))
        ws.row_dimensions[i + 2].height = 18
        ws.append(row)
    ws.append([])
    ws.append([f.text("Legend", font=_BOLD)])
    for layer in layers:
        for code in layer.codes:
            text, style = _initial(code), _style(f, code)
            ws.append([f.text(layer.name), f.text(text, None, **style), f.text(code.name)])
