"""The one table writer of the xlsx layer: every table sheet of the session and batch workbooks.

A :class:`TableWriter` writes a header (bold, shaded, frozen, filtered; columns as wide as a
sample of values needs — write-only sheets need widths before the first row) through openpyxl,
then every data row straight as sheet XML (:mod:`attachcoder.io.sheets.xlsx_rows`: openpyxl spends
~7 µs a cell, and a batch has millions). The values are written as our cells promise
(:mod:`attachcoder.io.sheets.cells`): numbers as numbers with their column's format, empty
values as empty cells, formula-like text as quoted text. A row may give some of its cells a
style (a fill, a font, wrapping) and a height. A table longer than Excel's row limit continues
on ``TITLE (2)``, ``(3)``… Save the workbook with
:func:`~attachcoder.io.sheets.xlsx_rows.save_atomically`, which splices the rows in.

Small report sheets (the agreement workbooks) use the same writer with ``aligned`` cells (text
indented so it never runs into a number beside it, headers right-aligned over numbers),
``value`` columns (numbers in the column's format, text as text), several tables one under
another (:meth:`TableWriter.start_table`), page-wide notes (:meth:`TableWriter.note`) and
column widths fitted to every value (:func:`fitted_widths`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook

from attachcoder.io.sheets.cells import (
    CLOCK_FORMAT,
    DATE_FORMAT,
    EXCEL_MAX_ROWS,
    HEADER_FILL,
    HEADER_FONT,
    UNIT_FORMATS,
    WRAP,
    CellFactory,
    Column,
    blank,
    clean_text,
    clock_days,
    excel_date,
    needs_guard,
    wrapped_height,
)
from attachcoder.io.sheets.xlsx_page import Fit, page_setup
from attachcoder.io.sheets.xlsx_rows import RowStream, number_cell, streams_of, text_cell

CellWriter = Callable[[str, Any, Sequence[Any]], str]
#: a styled cell of a row: (a name for the style, for the reader; openpyxl style keywords).
#: Rows here are XML written with style ids, so cells never share a value whatever the name.
CellStyle = tuple[Any, dict[str, Any]]


class TableWriter:
    """A table on one sheet, continued on ``TITLE (2)``, ``(3)``… past Excel's row limit.

    ``printed=False`` keeps a long data table off paper without hiding it on screen: its
    print area is the one empty cell right of the header, which prints as no page at all (a
    20-session batch's Tallies ran to 160 pages no supervisor reads on paper; a header-only
    page says nothing either). The workbook's About sheet says so and how to print it all the
    same (clear the print area). ``header_lines`` > 1 wraps
    the header names onto that many lines, so columns can stay as narrow as their numbers.

    ``widths`` replaces the widths taken from the sample (e.g. :func:`fitted_widths` over
    several tables of one sheet); ``header=False`` writes no header row (a sheet of titled
    blocks); ``freeze``, ``filtered`` and ``title_rows`` say which cell the panes freeze at,
    whether the header gets a filter and which rows repeat on printed pages; ``index`` puts
    the sheet at that place among the workbook's sheets (a batch writes its Sessions sheet
    last, but shows it first).
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
        printed: bool = True,
        header_lines: int = 1,
        widths: Sequence[float] | None = None,
        header: bool = True,
        aligned: bool = False,
        freeze: str | None = "A2",
        filtered: bool = True,
        title_rows: str | None = "1:1",
        index: int | None = None,
    ) -> None:
        self.wb = wb
        self.index = index
        self.title = title
        self.columns = list(columns)
        self.max_rows = max_rows
        self.title_columns = title_columns
        self.fit: Fit = fit
        self.printed = printed
        self.header_lines = header_lines
        self.header = header
        self.aligned = aligned
        self.freeze = freeze
        self.filtered = filtered
        self.title_rows = title_rows
        self.unit_index = (
            [c.name for c in columns].index(unit_column) if unit_column is not None else None
        )
        self.widths = list(widths) if widths is not None else _widths(self.columns, sample)
        self._letters = [get_column_letter(i + 1) for i in range(len(self.columns))]
        self.sheets: list[Any] = []
        self._rows_here = 0
        self.factory: CellFactory
        self.stream: RowStream
        self._cells: list[CellWriter] = []
        self._new_sheet()

    # -- sheets

    def _new_sheet(self) -> None:
        if self.sheets:
            self._close_sheet()
            title = f"{self.title} ({len(self.sheets) + 1})"
            index = self.wb.sheetnames.index(self.sheets[-1].title) + 1
            ws = self.wb.create_sheet(title, index)
        else:
            ws = self.wb.create_sheet(self.title, self.index)
        for i, w in enumerate(self.widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = w
        if self.freeze is not None:
            ws.freeze_panes = self.freeze
        page_setup(
            ws, self.widths, title_rows=self.title_rows, title_columns=self.title_columns,
            fit=self.fit,
        )  # fmt: skip
        if not self.printed:
            ws.print_area = f"{get_column_letter(len(self.columns) + 1)}1"
        factory = self.factory = CellFactory(ws)
        if self.header:
            heads = self._header_styles()
            if self.header_lines > 1 or self.aligned:
                ws.row_dimensions[1].height = self._header_height()
            ws.append([factory.text(c.name, **h) for c, h in heads])
        self.sheets.append(ws)
        self._rows_here = int(self.header)
        self.stream = RowStream(ws.title, first_row=1 + int(self.header))
        streams_of(self.wb)[ws.title] = self.stream
        self._cells = [self._cell_writer(c, i) for i, c in enumerate(self.columns)]

    def _close_sheet(self) -> None:
        if self.filtered:
            ws = self.sheets[-1]
            ws.auto_filter.ref = f"A1:{self._letters[-1]}{max(self._rows_here, 1)}"

    def _header_styles(self) -> list[tuple[Column, dict[str, Any]]]:
        """Each column's header style: bold and shaded; wrapped when headers take several
        lines; ``aligned``: right over numbers, text headers indented as their cells."""
        out = []
        for i, c in enumerate(self.columns):
            head: dict[str, Any] = {"font": HEADER_FONT, "fill": HEADER_FILL}
            if self.aligned:
                right = c.kind != "text" and c.number_format != "General"
                head["alignment"] = Alignment(
                    wrap_text=True,
                    vertical="bottom",
                    horizontal="right" if right else "left",
                    indent=0 if right or i == 0 else 1,
                )
            elif self.header_lines > 1:
                head["alignment"] = Alignment(wrap_text=True, vertical="bottom")
            out.append((c, head))
        return out

    def _header_height(self) -> float:
        if not self.aligned:
            return 15.0 * self.header_lines
        return wrapped_height(
            [(c.name, w - 2) for c, w in zip(self.columns, self.widths, strict=False)]
        )

    def start_table(self, columns: Sequence[Column]) -> None:
        """Start a further table on this sheet: its header row here, its columns from now."""
        self.columns = list(columns)
        self._letters = [get_column_letter(i + 1) for i in range(len(self.columns))]
        n = str(self.stream.next_row)
        cells = [
            self._styled_cell(letter + n, c.name, head)
            for letter, (c, head) in zip(self._letters, self._header_styles(), strict=False)
        ]
        self.stream.add(cells, self._header_height() if self.aligned else None)
        self._rows_here += 1
        self._cells = [self._cell_writer(c, i) for i, c in enumerate(self.columns)]

    def note(self, text: str, *, columns: int | None = None) -> None:
        """A page-wide note: one cell merged across ``columns`` (all the sheet's), wrapped
        and tall enough to show, instead of a line running off the page."""
        last = max(columns or len(self.widths), 1)
        ref = f"A{self.stream.next_row}"
        if last > 1:
            ws = self.sheet
            ws.merged_cells.add(f"{ref}:{get_column_letter(last)}{self.stream.next_row}")
        height = wrapped_height([(text, sum(self.widths[:last]))])
        self.stream.add([self._styled_cell(ref, text, {"alignment": WRAP})], height)
        self._rows_here += 1

    @property
    def sheet(self) -> Any:
        return self.sheets[-1]

    def close(self) -> None:
        """Set the filter over the rows so far (rows may still follow, e.g. a note)."""
        self._close_sheet()

    # -- cells

    def _style_id(self, **style: Any) -> int:
        return self.factory.style_id(**style)

    def _cell_writer(self, col: Column, i: int) -> CellWriter:
        indent = {"alignment": _INDENTED} if self.aligned and i > 0 else {}
        quoted = self._style_id(quote=True, **indent)
        plain = self._style_id(**indent) if indent else 0

        def text(ref: str, v: Any, row: Sequence[Any]) -> str:
            s = clean_text(v)
            return text_cell(ref, s, quoted if needs_guard(s) else plain)

        def numeric(fmt: str) -> CellWriter:
            sid = self._style_id(number_format=fmt)
            return lambda ref, v, row: number_cell(ref, v, sid)

        if col.kind == "text":
            return text
        if col.kind == "number":
            return numeric(col.number_format)
        if col.kind == "value":
            number = numeric(col.number_format)

            def value(ref: str, v: Any, row: Sequence[Any]) -> str:
                return text(ref, v, row) if isinstance(v, str) else number(ref, v, row)

            return value
        if col.kind == "clock":
            clock = numeric(CLOCK_FORMAT)
            return lambda ref, v, row: clock(ref, clock_days(v * 1000), row)
        if col.kind == "date":
            as_date = numeric(DATE_FORMAT)
            cache: dict[str, float | None] = {}

            def date(ref: str, v: Any, row: Sequence[Any]) -> str:
                if v not in cache:
                    cache[v] = excel_date(v) if isinstance(v, str) else None
                serial = cache[v]
                return text(ref, v, row) if serial is None else as_date(ref, serial, row)

            return date
        if col.kind == "unit_value":
            assert self.unit_index is not None
            u = self.unit_index
            by_unit = {unit: numeric(fmt) for unit, fmt in UNIT_FORMATS.items()}
            general = numeric("General")

            def unit_value(ref: str, v: Any, row: Sequence[Any]) -> str:
                return by_unit.get(row[u], general)(ref, v, row)

            return unit_value
        raise ValueError(f"unknown column kind {col.kind!r}")

    def _styled_cell(self, ref: str, v: Any, style: dict[str, Any]) -> str:
        """A cell with its own style: text guarded as ever, numbers in the style's format."""
        if isinstance(v, str):
            s = clean_text(v)
            guard = needs_guard(s)
            return text_cell(ref, s, self._style_id(quote=guard, **style))
        style = {"number_format": "General", **style}
        return number_cell(ref, v, self._style_id(**style))

    # -- rows

    @property
    def next_row(self) -> int:
        """The sheet row the next appended row lands on."""
        return self.stream.next_row

    def append(
        self,
        row: Sequence[Any],
        *,
        styles: Mapping[int, CellStyle] | None = None,
        height: float | None = None,
    ) -> None:
        """Append raw values, written by their columns' kinds (a short row leaves the rest
        empty); ``styles`` gives some cells (by index) a style of their own, ``height`` the
        row's height in points."""
        if self._rows_here >= self.max_rows:
            self._new_sheet()
        n = str(self.stream.next_row)
        cells: list[str] = []  # stays empty for a blank row
        if row and styles:
            for i, (v, letter) in enumerate(zip(row, self._letters, strict=False)):
                if blank(v):
                    continue
                if i in styles:
                    cells.append(self._styled_cell(letter + n, v, styles[i][1]))
                else:
                    cells.append(self._cells[i](letter + n, v, row))
        elif row:
            cells = [
                conv(letter + n, v, row)
                for conv, letter, v in zip(self._cells, self._letters, row, strict=False)
                if not blank(v)
            ]
        self.stream.add(cells, height)
        self._rows_here += 1

    def extend(self, rows: Iterable[Sequence[Any]]) -> None:
        for row in rows:
            self.append(row)


#: text beside numbers in ``aligned`` tables: indented so that it never runs into them
_INDENTED = Alignment(horizontal="left", indent=1)


def fitted_widths(
    rows: Iterable[tuple[bool, Sequence[Any]]], *, minimum: float = 8.0, maximum: float = 40.0
) -> list[float]:
    """Column widths fitted to every value of ``(is_header, values)`` rows: each column as
    wide as its longest value (a number takes ten characters), headers wrapping onto more
    lines rather than widening a column past 14 characters."""
    widths: list[float] = []
    for is_header, values in rows:
        for i, v in enumerate(values):
            if i >= len(widths):
                widths.append(minimum)
            if v is None:
                continue
            n = len(v) if isinstance(v, str) else 10
            if is_header:
                n = min(n, 14)
            widths[i] = max(widths[i], min(n + 3.0, maximum))
    return widths


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
