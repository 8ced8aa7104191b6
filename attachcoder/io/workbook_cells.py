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

Write-only sheets stream rows to disk, so a styled value is passed as a template cell that is
reused for every row (openpyxl writes each row before the next is appended).
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook

from attachcoder.io.xlsx_page import Fit, page_setup

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


class CellFactory:
    """Template cells of one sheet: one per (style, slot), created once and reused."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self._cache: dict[tuple[Any, ...], WriteOnlyCell] = {}

    def template(
        self,
        slot: Any | None,
        *,
        number_format: str | None = None,
        font: Font | None = None,
        fill: PatternFill | None = None,
        alignment: Alignment | None = None,
        quote: bool = False,
    ) -> WriteOnlyCell:
        key = (slot, number_format, font, fill, alignment, quote)
        cell = self._cache.get(key) if slot is not None else None
        if cell is None:
            cell = WriteOnlyCell(self.ws)
            if number_format:
                cell.number_format = number_format
            if font is not None:
                cell.font = font
            if fill is not None:
                cell.fill = fill
            if alignment is not None:
                cell.alignment = alignment
            if quote:
                cell.quotePrefix = True
            if slot is not None:
                self._cache[key] = cell
        return cell

    def text(self, value: Any, slot: Any | None = None, **style: Any) -> Any:
        """A text value: plain when harmless and unstyled, else a guarded (template) cell.

        A template is reused for every row with the same ``slot`` (give each column its own);
        without a slot the cell is new, for the few cells of small sheets.
        """
        if is_empty(value):
            return None
        s = clean_text(value)
        guard = needs_guard(s)
        if not guard and not style:
            return s
        cell = self.template(None if slot is None else ("t", slot), quote=guard, **style)
        cell.value = s
        if guard:
            cell.data_type = "s"
        return cell

    def number(self, value: Any, number_format: str, slot: Any | None = None, **style: Any) -> Any:
        if is_empty(value):
            return None
        key = None if slot is None else ("n", slot)
        cell = self.template(key, number_format=number_format, **style)
        cell.value = value
        return cell

    def styled(self, value: Any, slot: Any | None = None, **style: Any) -> Any:
        """Any value with a style (numbers keep their type; text is guarded)."""
        if isinstance(value, str):
            return self.text(value, slot, **style)
        if is_empty(value):
            cell = self.template(None if slot is None else ("e", slot), **style)
            cell.value = None
            return cell
        return self.number(value, style.pop("number_format", "General"), slot, **style)


@dataclass(frozen=True)
class Column:
    """A table column: header, how its values are written, and its width in characters."""

    name: str
    kind: str = "text"  # text | number | date | clock | unit_value
    number_format: str = "General"
    width: float | None = None


Converter = Callable[[Any, Sequence[Any]], Any]


def _converter(factory: CellFactory, col: Column, i: int, unit_index: int | None) -> Converter:
    """How column ``i`` turns a raw value (given its whole row) into a value or a cell."""
    if col.kind == "text":

        def text(v: Any, row: Sequence[Any]) -> Any:
            return factory.text(v, i)

        return text
    if col.kind == "number":
        fmt = col.number_format

        def number(v: Any, row: Sequence[Any]) -> Any:
            return factory.number(v, fmt, i)

        return number
    if col.kind == "clock":

        def clock(v: Any, row: Sequence[Any]) -> Any:
            return None if is_empty(v) else factory.number(clock_days(v * 1000), CLOCK_FORMAT, i)

        return clock
    if col.kind == "date":
        cache: dict[str, float | None] = {}

        def date(v: Any, row: Sequence[Any]) -> Any:
            if is_empty(v) or v == "":
                return None
            if v not in cache:
                cache[v] = excel_date(v)
            serial = cache[v]
            return factory.text(v, i) if serial is None else factory.number(serial, DATE_FORMAT, i)

        return date
    if col.kind == "unit_value":
        assert unit_index is not None
        u = unit_index

        def unit_value(v: Any, row: Sequence[Any]) -> Any:
            unit = row[u]
            return factory.number(v, UNIT_FORMATS.get(unit, "General"), (i, unit))

        return unit_value
    raise ValueError(f"unknown column kind {col.kind!r}")


def column_converters(
    factory: CellFactory, columns: Sequence[Column], unit_index: int | None = None
) -> Callable[[Sequence[Any]], list[Any]]:
    """A function turning one row of raw values into values/cells ready for ``append``."""
    convs = [_converter(factory, col, i, unit_index) for i, col in enumerate(columns)]

    def convert(row: Sequence[Any]) -> list[Any]:
        return [c(v, row) for c, v in zip(convs, row, strict=True)]

    return convert


class TableWriter:
    """A table on one sheet, continued on ``TITLE (2)``, ``(3)``… past Excel's row limit.

    Headers are bold and frozen, filters are on, widths are set from the header and a sample
    of values (write-only sheets need them before the first row).
    """

    def __init__(
        self,
        wb: Workbook,
        title: str,
        columns: Sequence[Column],
        *,
        max_rows: int = EXCEL_MAX_ROWS,
        unit_column: str | None = None,
        sample: Iterable[Sequence[Any]] = (),
        title_columns: int = 1,
        fit: Fit = "auto",
        printed: str | None = None,
        header_lines: int = 1,
    ) -> None:
        """``printed``: None prints the whole table; a text keeps a long data table out of
        the printout — only its header row prints, under that text as the page header (a
        20-session batch's Tallies ran to 160 pages no supervisor reads on paper).
        ``header_lines`` > 1 wraps the header names onto that many lines, so columns can
        stay as narrow as their numbers."""
        self.wb = wb
        self.title_columns = title_columns
        self.fit: Fit = fit
        self.printed = printed
        self.header_lines = header_lines
        self.title = title
        self.columns = list(columns)
        self.max_rows = max_rows
        self.unit_index = (
            [c.name for c in columns].index(unit_column) if unit_column is not None else None
        )
        self.widths = _widths(self.columns, sample)
        self.sheets: list[Any] = []
        self._rows_here = 0
        self.factory: CellFactory
        self.convert: Callable[[Sequence[Any]], list[Any]]
        self._new_sheet()

    def _new_sheet(self) -> None:
        if self.sheets:
            self._close_sheet()
            title = f"{self.title} ({len(self.sheets) + 1})"
            index = self.wb.sheetnames.index(self.sheets[-1].title) + 1
            ws = self.wb.create_sheet(title, index)
        else:
            ws = self.wb.create_sheet(self.title)
        for i, w in enumerate(self.widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = w
        ws.freeze_panes = "A2"
        page_setup(ws, self.widths, title_columns=self.title_columns, fit=self.fit)
        if self.printed is not None:
            ws.print_area = f"A1:{get_column_letter(len(self.columns))}1"
            ws.oddHeader.center.text = self.printed
            ws.oddHeader.center.size = 10
        factory = self.factory = CellFactory(ws)
        self.convert = column_converters(factory, self.columns, self.unit_index)
        head: dict[str, Any] = {"font": HEADER_FONT, "fill": HEADER_FILL}
        if self.header_lines > 1:
            ws.row_dimensions[1].height = 15.0 * self.header_lines
            head["alignment"] = Alignment(wrap_text=True, vertical="bottom")
        ws.append([factory.text(c.name, ("h", i), **head) for i, c in enumerate(self.columns)])
        self.sheets.append(ws)
        self._rows_here = 1

    def _close_sheet(self) -> None:
        ws = self.sheets[-1]
        last = get_column_letter(len(self.columns))
        ws.auto_filter.ref = f"A1:{last}{max(self._rows_here, 1)}"

    def append(self, row: Sequence[Any]) -> None:
        """Append raw values, converted by the column kinds."""
        if self._rows_here >= self.max_rows:
            self._new_sheet()
        self.sheets[-1].append(self.convert(row))
        self._rows_here += 1

    def append_cells(self, make: Callable[[TableWriter], list[Any]]) -> None:
        """Append a row built by ``make`` (which may use :attr:`factory` for special cells)."""
        if self._rows_here >= self.max_rows:
            self._new_sheet()
        self.sheets[-1].append(make(self))
        self._rows_here += 1

    @property
    def next_row(self) -> int:
        """The sheet row the next appended row lands on (for setting its height first)."""
        return self._rows_here + 1

    @property
    def sheet(self) -> Any:
        return self.sheets[-1]

    def extend(self, rows: Iterable[Sequence[Any]]) -> None:
        for row in rows:
            self.append(row)

    def close(self) -> None:
        self._close_sheet()


def _widths(columns: Sequence[Column], sample: Iterable[Sequence[Any]]) -> list[float]:
    longest = [len(c.name) for c in columns]
    for n, row in enumerate(sample):
        if n >= 500:
            break
        for i, v in enumerate(row):
            if isinstance(v, str) and len(v) > longest[i]:
                longest[i] = len(v)
    out = []
    for c, n in zip(columns, longest, strict=True):
        if c.width is not None:
            out.append(c.width)
        elif c.kind == "clock":
            out.append(14.0)
        elif c.kind in ("number", "unit_value", "date"):
            out.append(max(11.0, len(c.name) + 3.0))
        else:
            out.append(min(max(8.0, n + 3.0), 60.0))
    return out
