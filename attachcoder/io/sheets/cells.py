"""Writing cells that are safe and typed, fast, into openpyxl write-only sheets.

Three promises every workbook of ours keeps, kept here once:

* numbers are numeric cells with a number format (never numbers as text), an empty value is
  an empty cell (never ``nan``);
* text a spreadsheet would take as a formula (starting with ``=``, ``+``, ``-``, ``@``, tab or
  carriage return) or as an error code is written as a string cell with Excel's "quote
  prefix", so it is shown, edited and saved as the text it is; characters XML cannot hold are
  dropped, and text past Excel's 32,767-character limit is cut with a mark;
* a table longer than Excel's 1,048,576 rows continues on a second sheet, never a workbook
  Excel refuses.

Write-only sheets stream rows to disk; a styled value is a cell of its own whose style is
copied from one built once per style (:class:`CellFactory`), never a cell shared by two slots.
"""

from __future__ import annotations

import copy
import datetime as _dt
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill

#: Excel's last row; a sheet holds this many rows including its header.
EXCEL_MAX_ROWS = 1_048_576
EXCEL_MAX_COLUMNS = 16_384
EXCEL_MAX_TEXT = 32_767

FORMULA_START = frozenset("=+-@\t\r")
_ERRORS = frozenset(ERROR_CODES)

#: Number formats by unit of the tidy table.
UNIT_FORMATS = {
    "count": "0",
    "s": "0.000",
    "proportion": "0.0%",
    "proportion_difference": "+0.000;-0.000;0.000",
    "count_difference": "+0;-0;0",
    "per_min": "0.00",
    "Q": "0.000",
    "points": "General",
}
#: A difference of two proportions shown as percentage points (the cell holds it × 100).
PP_FORMAT = '+0.0" pp";-0.0" pp";0.0" pp"'
CLOCK_FORMAT = "[h]:mm:ss.000"
DATE_FORMAT = "yyyy-mm-dd"
_MS_PER_DAY = 86_400_000
_EXCEL_EPOCH = _dt.date(1899, 12, 30)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def font(*, size: float = 11, **kwargs: Any) -> Font:
    """A font in the workbook's face: a Font without a name falls back to a serif elsewhere."""
    return Font(name="Calibri", size=size, **kwargs)


HEADER_FONT = font(bold=True)
HEADER_FILL = PatternFill(fill_type="solid", fgColor="DDDDDD")
TITLE_FONT = font(bold=True, size=14)
WRAP = Alignment(wrap_text=True, vertical="top")
LEFT = Alignment(horizontal="left")


def wrapped_height(texts_and_widths: Iterable[tuple[str, float]], line: float = 15.0) -> float:
    """A row height that shows every text wrapped in its column width (write-only sheets
    cannot ask the spreadsheet to fit the row, and LibreOffice does not on its own)."""
    lines = 1
    for text, width in texts_and_widths:
        chars = max(width * 1.15, 1.0)
        n = sum(max(1, math.ceil(len(part) / chars)) for part in text.split("\n"))
        lines = max(lines, n)
    return line * lines


def clean_text(value: Any) -> str:
    """Text XML (and so Excel) can hold: illegal control characters dropped, length capped."""
    s = value if isinstance(value, str) else str(value)
    if ILLEGAL_CHARACTERS_RE.search(s):
        s = ILLEGAL_CHARACTERS_RE.sub("", s)
    if len(s) > EXCEL_MAX_TEXT:
        s = s[: EXCEL_MAX_TEXT - 1] + "…"
    return s


def needs_guard(s: str) -> bool:
    """True when a spreadsheet would read ``s`` as a formula or an error value."""
    return bool(s) and (s[0] in FORMULA_START or s in _ERRORS)


def guard_formula_text(wb: Any) -> None:
    """Every text cell of an ordinary (not write-only) workbook that a spreadsheet would run
    as a formula becomes plain text, shown exactly as typed (Excel's quote prefix)."""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and needs_guard(cell.value):
                    cell.data_type = "s"
                    cell.quotePrefix = True


def is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def blank(v: Any) -> bool:
    """An empty cell: None, NaN, an empty string, or pandas' NA."""
    if v is None:
        return True
    if isinstance(v, str):
        return not v
    if isinstance(v, float):
        return v != v
    return type(v).__name__ == "NAType"


def excel_date(text: str) -> float | None:
    """The Excel serial number of an ISO date (``2026-03-02``), or None when it is not one."""
    if not _ISO_DATE.match(text):
        return None
    try:
        return float((_dt.date.fromisoformat(text) - _EXCEL_EPOCH).days)
    except ValueError:
        return None


def clock_days(ms: float) -> float:
    """Milliseconds as a fraction of a day: what Excel stores for a time."""
    return ms / _MS_PER_DAY


def exact_number(cell: Any, value: float) -> None:
    """Put a float in a cell so that the file holds it to the last digit.

    openpyxl writes numbers with 16 significant digits, one short of what a double needs to
    come back unchanged (κ 0.19799498746867164 came back as 0.1979949874686716), so a cell
    could not be checked against the figure it names. The shortest text that reads back as
    the same double is written instead, as the table writer's XML rows do. Not a finite
    number: an empty cell.
    """
    if not math.isfinite(value):
        cell.value = None
        return
    cell.value = float.__repr__(value)  # numpy's float64 too: plain digits
    cell.data_type = "n"


class CellFactory:
    """Cells of one write-only sheet, each call a new cell.

    A write-only row is written when it is appended, so one cell object placed in two slots
    of a row (or handed back for a "slot" and filled again before the row was written) shows
    the last value in every slot: the study workbooks once showed a row's last κ in each of
    its κ cells. So a value never lives in a shared cell here; only the *style* is built once
    per distinct style and copied into each new cell (openpyxl's style array, a cheap copy).
    """

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self._styles: dict[tuple[Any, ...], WriteOnlyCell] = {}

    def _styled(self, **style: Any) -> WriteOnlyCell:
        key = tuple(sorted(style.items(), key=lambda kv: kv[0]))
        cell = self._styles.get(key)
        if cell is None:
            cell = WriteOnlyCell(self.ws)
            number_format = style.get("number_format")
            if number_format:
                cell.number_format = number_format
            for name in ("font", "fill", "alignment"):
                if style.get(name) is not None:
                    setattr(cell, name, style[name])
            if style.get("quote"):
                cell.quotePrefix = True
            self._styles[key] = cell
        return cell

    def style_id(
        self,
        *,
        number_format: str | None = None,
        font: Font | None = None,
        fill: PatternFill | None = None,
        alignment: Alignment | None = None,
        quote: bool = False,
    ) -> int:
        """The workbook's id of a cell style (for rows written as XML)."""
        cell = self._styled(
            number_format=number_format, font=font, fill=fill, alignment=alignment, quote=quote
        )
        return int(cell.style_id)

    def cell(
        self,
        value: Any,
        *,
        number_format: str | None = None,
        font: Font | None = None,
        fill: PatternFill | None = None,
        alignment: Alignment | None = None,
        quote: bool = False,
    ) -> WriteOnlyCell:
        """A new cell holding ``value`` in the given style."""
        template = self._styled(
            number_format=number_format, font=font, fill=fill, alignment=alignment, quote=quote
        )
        cell = WriteOnlyCell(self.ws)
        if isinstance(value, float):
            exact_number(cell, value)
        else:
            cell.value = value
        if template.has_style:
            cell._style = copy.copy(template._style)
        return cell

    def text(self, value: Any, **style: Any) -> Any:
        """A text value: plain when harmless and unstyled, else a (guarded) cell of its own."""
        if is_empty(value):
            return None
        s = clean_text(value)
        guard = needs_guard(s)
        if not guard and not style:
            return s
        cell = self.cell(s, quote=guard, **style)
        if guard:
            cell.data_type = "s"
        return cell

    def number(self, value: Any, number_format: str, **style: Any) -> Any:
        if is_empty(value):
            return None
        return self.cell(value, number_format=number_format, **style)


@dataclass(frozen=True)
class Column:
    """A table column: header, how its values are written, and its width in characters."""

    name: str
    kind: str = "text"  # text | number | date | clock | unit_value
    number_format: str = "General"
    width: float | None = None
