"""A write-only sheet written top to bottom: titles, label–value pairs, small tables, notes.

The free-form sheets of the supervisor's workbook (Summary, Transitions, About) are short and
mixed — a title, some pairs, a table or two, running text — so they are written row by row
here, in the workbook's fonts, printed one page wide (:mod:`attachcoder.io.sheets.xlsx_page`).
Long tables go through :class:`attachcoder.io.sheets.xlsx_table.TableWriter` instead.
"""

from __future__ import annotations

from typing import Any

from openpyxl.styles import Alignment, Font
from openpyxl.workbook import Workbook

from attachcoder.io.sheets.cells import (
    HEADER_FILL,
    HEADER_FONT,
    LEFT,
    WRAP,
    CellFactory,
    font,
    wrapped_height,
)
from attachcoder.io.sheets.xlsx_page import Fit, page_setup

BOLD = font(bold=True)


class RowSheet:
    """A write-only sheet filled top to bottom, knowing which row comes next."""

    def __init__(
        self,
        wb: Workbook,
        title: str,
        widths: list[float],
        *,
        portrait: bool = False,
        fit: Fit = "width",
    ) -> None:
        from openpyxl.utils import get_column_letter

        self.ws = wb.create_sheet(title)
        for i, w in enumerate(widths, 1):
            self.ws.column_dimensions[get_column_letter(i)].width = w
        self.f = CellFactory(self.ws)
        self.next_row = 1
        # a line of running text as wide as the sheet's columns: text running past them
        # widened the printed page and shrank the whole sheet to fit it
        self.line_chars = max(40, int(sum(widths) * 0.9))
        # printed as wide as one page, as many pages down as it takes
        page_setup(self.ws, widths, fit=fit, title_rows=None, portrait=portrait)

    def row(self, values: list[Any] | None = None) -> int:
        self.ws.append(values or [])
        self.next_row += 1
        return self.next_row - 1

    def note(self, text: str, font: Font | None = None) -> int:
        """Running text, broken into rows no wider than the sheet's columns."""
        import textwrap

        row = 0
        for line in textwrap.wrap(text, self.line_chars) or [""]:
            row = self.row([self.f.text(line, font=font) if font else self.f.text(line)])
        return row

    def title(self, text: str, font: Font = BOLD) -> int:
        return self.row([self.f.text(text, font=font)])

    def header(self, names: list[str], *, height: float | None = None, numbers: bool = True) -> int:
        """A bold header row; labels over numbers (all but the first, unless ``numbers`` is
        false) are right-aligned, and with ``height`` they wrap onto several lines."""
        style: dict[str, Any] = {"font": HEADER_FONT, "fill": HEADER_FILL}
        if height is not None:
            self.ws.row_dimensions[self.next_row].height = height
        first = Alignment(wrap_text=height is not None, vertical="bottom")
        rest = Alignment(
            wrap_text=height is not None,
            vertical="bottom",
            horizontal="right" if numbers else None,
        )
        return self.row(
            [
                self.f.text(n, alignment=first if i == 0 else rest, **style)
                for i, n in enumerate(names)
            ]
        )

    def wrapped(self, values: list[Any], widths: list[float]) -> int:
        """A row of text cells that wrap in their columns, made tall enough to show them."""
        texts = [("" if v is None else str(v), w) for v, w in zip(values, widths, strict=True)]
        self.ws.row_dimensions[self.next_row].height = wrapped_height(texts)
        return self.row([self.f.text(v, alignment=WRAP) if v else None for v in values])

    def pair(self, label: str, value: Any, number_format: str | None = None) -> int:
        if isinstance(value, str) or value is None:
            cell = self.f.text(value, alignment=LEFT)
        else:
            cell = self.f.number(value, number_format or "General", alignment=LEFT)
        return self.row([self.f.text(label, font=BOLD), cell])
