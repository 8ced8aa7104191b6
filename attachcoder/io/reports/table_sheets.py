"""The table sheets a session workbook and a batch workbook share: Tallies, Episodes, Codebook.

Each is written straight from the tidy tables of :mod:`attachcoder.analysis` (never recomputed
here), so the workbook, the CSV files and the window show the same numbers.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from openpyxl.styles import PatternFill
from openpyxl.workbook import Workbook

from attachcoder.analysis.tables import EPISODE_COLUMNS
from attachcoder.analysis.tallies import TIDY_COLUMNS
from attachcoder.core.contrast import text_colour_on
from attachcoder.core.scheme import Scheme
from attachcoder.io.installed.translations import QT_TRANSLATE_NOOP, translate
from attachcoder.io.sheets.cells import (
    EXCEL_MAX_ROWS,
    HEADER_FONT,
    LEFT,
    WRAP,
    Column,
    font,
    wrapped_height,
)
from attachcoder.io.sheets.xlsx_table import CellStyle, TableWriter

if TYPE_CHECKING:
    import pandas as pd

_SESSION_COLUMNS = [
    Column("session_key"),
    Column("dyad_id"),
    Column("coder_id"),
    Column("session_date", "date", width=14),
]

TALLY_SHEET_COLUMNS = [
    *_SESSION_COLUMNS,
    Column("phase"),
    Column("layer"),
    Column("code"),
    Column("to_code"),
    Column("measure", width=34),
    Column("value", "unit_value", width=12),
    Column("unit", width=11),
]
assert [c.name for c in TALLY_SHEET_COLUMNS] == TIDY_COLUMNS

EPISODE_SHEET_COLUMNS = [
    *_SESSION_COLUMNS,
    Column("layer"),
    Column("code"),
    Column("onset_s", "number", "0.000"),
    Column("offset_s", "number", "0.000"),
    Column("duration_s", "number", "0.000"),
    Column("modifiers"),
    Column("note", width=40),
    Column("onset_frame", "number", "0"),
    Column("offset_frame", "number", "0"),
]
assert [c.name for c in EPISODE_SHEET_COLUMNS] == EPISODE_COLUMNS

#: The per-session sheet also shows onset and offset as hh:mm:ss.mmm (Excel times).
EPISODE_SHEET_COLUMNS_WITH_CLOCKS = [
    *EPISODE_SHEET_COLUMNS[:6],
    Column("onset", "clock"),
    EPISODE_SHEET_COLUMNS[6],
    Column("offset", "clock"),
    *EPISODE_SHEET_COLUMNS[7:],
]


def _rows(frame: pd.DataFrame) -> Iterable[tuple[Any, ...]]:
    return frame.itertuples(index=False, name=None)


def not_printed(sheet: str, rows: int, instead: str) -> str:
    """The About sheet's line on a data table kept off paper: what it is, what prints in its
    place, and how to print it all the same."""
    return translate(
        "workbook",
        "{0}: {1} rows for analysis, not printed ({2}). To print them, select the sheet and "
        "clear its print area (Page Layout → Print Area → Clear).",
    ).format(sheet, f"{rows:,}", instead)


def write_tallies(
    wb: Workbook,
    frames: Sequence[pd.DataFrame],
    *,
    max_rows: int = EXCEL_MAX_ROWS,
    printed_instead: str | None = None,
) -> str:
    """The tidy measures table(s), one after the other, kept off paper; returns the About
    sheet's line saying so."""
    sample = _rows(frames[0]) if frames else ()
    tw = TableWriter(
        wb,
        "Tallies",
        TALLY_SHEET_COLUMNS,
        max_rows=max_rows,
        unit_column="unit",
        sample=sample,
        printed=False,
    )
    for frame in frames:
        tw.extend(_rows(frame))
    tw.close()
    instead = printed_instead or translate("workbook", "the Summary prints its figures")
    return not_printed("Tallies", sum(len(f) for f in frames), instead)


def write_episodes(
    wb: Workbook,
    frames: Sequence[pd.DataFrame],
    *,
    clocks: bool = False,
    max_rows: int = EXCEL_MAX_ROWS,
    printed_instead: str | None = None,
) -> str:
    """Episodes tables (columns of CLI.md; with ``clocks`` also onset/offset as times), kept
    off paper; returns the About sheet's line saying so."""
    columns = EPISODE_SHEET_COLUMNS_WITH_CLOCKS if clocks else EPISODE_SHEET_COLUMNS
    sample = _rows(frames[0]) if frames else ()
    n = sum(len(f) for f in frames)
    tw = TableWriter(wb, "Episodes", columns, max_rows=max_rows, sample=sample, printed=False)
    for frame in frames:
        rows = _rows(frame)
        if clocks:
            rows = ((*r[:6], r[6], r[6], r[7], r[7], *r[8:]) for r in rows)
        tw.extend(rows)
    tw.close()
    instead = printed_instead or translate("workbook", "the Timeline prints them as a score")
    return not_printed("Episodes", n, instead)


CODEBOOK_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("workbook", "layer")),
    Column(QT_TRANSLATE_NOOP("workbook", "kind"), width=8),
    Column(QT_TRANSLATE_NOOP("workbook", "layer_role"), width=12),
    Column(QT_TRANSLATE_NOOP("workbook", "code")),
    Column(QT_TRANSLATE_NOOP("workbook", "key"), width=6),
    Column(QT_TRANSLATE_NOOP("workbook", "colour"), width=10),
    Column(QT_TRANSLATE_NOOP("workbook", "role"), width=12),
    Column(QT_TRANSLATE_NOOP("workbook", "definition"), width=56),
    Column(QT_TRANSLATE_NOOP("workbook", "modifiers"), width=28),
    Column(QT_TRANSLATE_NOOP("workbook", "asks_note"), width=10),
]


def shown_columns(columns: Sequence[Column]) -> list[Column]:
    """A reader's table (the Codebook) with its headers in the workbook's language."""
    return [dataclasses.replace(c, name=translate("workbook", c.name)) for c in columns]


_COLOUR = 5
_DEFINITION = 7
_ASKS_NOTE = 9


def codebook_rows(scheme: Scheme) -> list[list[Any]]:
    rows = []
    for layer in scheme.layers:
        for code in layer.codes:
            mods = "; ".join(f"{m.name}: {' / '.join(m.values)}" for m in code.modifiers)
            rows.append(
                [
                    layer.name,
                    layer.kind,
                    layer.role or "",
                    code.name,
                    code.key or "",
                    code.color or "",
                    code.role or "",
                    code.definition,
                    mods,
                    QT_TRANSLATE_NOOP("workbook", "yes") if code.asks_note else "",
                ]
            )
    return rows


def write_codebook(
    wb: Workbook,
    scheme: Scheme,
    *,
    extra_columns: Sequence[Column] = (),
    extra_values: Sequence[Sequence[Any]] | None = None,
    rows: Sequence[Sequence[Any]] | None = None,
) -> None:
    """The scheme's layers and codes as used (colours shown as filled cells), then its ratings.

    A batch passes ``rows`` (the union of several schemes) and extra columns saying which
    schemes and how many sessions use each code.
    """
    body = list(rows) if rows is not None else codebook_rows(scheme)
    # "yes" stays English in codebook.csv; the sheet says it in the workbook's language
    body = [[*r[:_ASKS_NOTE], translate("workbook", r[_ASKS_NOTE]) if r[_ASKS_NOTE] else ""]
            for r in body]  # fmt: skip
    if extra_values is not None:
        body = [[*r, *e] for r, e in zip(body, extra_values, strict=True)]
    columns = shown_columns([*CODEBOOK_COLUMNS, *extra_columns])
    # one page wide whatever the columns: a batch's Codebook split over four pages across
    tw = TableWriter(wb, translate("workbook", "Codebook"), columns, sample=body, fit="width")
    for row in body:
        _codebook_row(tw, row)
    tw.close()
    if scheme.rating_items:
        _rating_items(tw, scheme)


def _rating_items(tw: TableWriter, scheme: Scheme) -> None:
    """The rating items under the codes: min and max left-aligned (a right-aligned 9 ran into
    the text beside it), the definition wrapped in the codes' definition column."""
    tw.append([])
    gap = [None] * (_DEFINITION - 3)
    head = [
        translate("workbook", "rating item"),
        translate("workbook", "min"),
        translate("workbook", "max"),
        *gap,
        translate("workbook", "definition"),
    ]
    bold = {i: (("rh", i), {"font": HEADER_FONT}) for i, h in enumerate(head) if h is not None}
    tw.append(head, styles=bold)
    width = tw.widths[_DEFINITION]
    left = {"alignment": LEFT}
    styles = {
        1: (("rmin",), left),
        2: (("rmax",), left),
        _DEFINITION: (("rdef",), {"alignment": WRAP}),
    }
    for item in scheme.rating_items:
        height = wrapped_height([(item.definition, width)])
        row = [item.name, item.min, item.max, *gap, item.definition]
        tw.append(row, styles=styles, height=height if height > 15 else None)


def _codebook_row(tw: TableWriter, row: Sequence[Any]) -> None:
    """A code's row: definition and modifiers wrapped, the colour cell filled with its colour."""
    definition, modifiers = str(row[_DEFINITION]), str(row[_DEFINITION + 1])
    widths = tw.widths[_DEFINITION], tw.widths[_DEFINITION + 1]
    height = wrapped_height([(definition, widths[0]), (modifiers, widths[1])])
    styles: dict[int, CellStyle] = {
        _DEFINITION: (("definition",), {"alignment": WRAP}),
        _DEFINITION + 1: (("modifiers",), {"alignment": WRAP}),
    }
    hex_ = row[_COLOUR]
    if isinstance(hex_, str) and len(hex_) == 7 and hex_.startswith("#"):
        fill = PatternFill(fill_type="solid", fgColor=hex_[1:].upper())
        colour = {"fill": fill, "font": font(color=text_colour_on(hex_)[1:])}
        styles[_COLOUR] = (("colour", hex_), colour)
    tw.append(row, styles=styles, height=height if height > 15 else None)
