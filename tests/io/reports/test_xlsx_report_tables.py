"""TableWriter for small report sheets (the agreement workbooks): value columns, text kept
clear of numbers, several tables on one sheet, page-wide notes, fitted widths."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook

from attachcoder.io.sheets.cells import Column
from attachcoder.io.sheets.xlsx_rows import save_atomically
from attachcoder.io.sheets.xlsx_table import TableWriter, fitted_widths


def test_fitted_widths_follow_the_longest_value_and_cap_headers() -> None:
    rows = [
        (True, ["setting", "a very long header name"]),
        (False, ["x" * 20, 0.5]),
        (False, ["y" * 60]),
    ]
    assert fitted_widths(rows, minimum=10, maximum=40) == [40.0, 17.0]
    assert fitted_widths([(False, ["ab", None])], minimum=8) == [8.0, 8.0]


def test_a_report_sheet_with_two_tables_and_a_note(tmp_path: Path) -> None:
    wb = Workbook(write_only=True)
    first = [Column("setting", "value"), Column("value", "value")]
    tw = TableWriter(
        wb, "Summary", first, widths=[20.0, 12.0, 12.0], aligned=True,
        freeze=None, filtered=False, title_rows=None, fit="width",
    )  # fmt: skip
    tw.extend([["duration (s)", 20.5], ["unit", "=1s"]])
    tw.append([])
    tw.start_table(
        [Column("layer", "value"), Column("κ", "value", "0.000"), Column("band", "value")]
    )
    tw.append(["Interaction", 0.9241, "almost perfect"])
    tw.append([])
    tw.note("Bands describe κ; they are not a verdict. " * 4)
    path = tmp_path / "report.xlsx"
    save_atomically(wb, path)
    ws = load_workbook(path)["Summary"]
    assert ws.freeze_panes is None and ws.auto_filter.ref is None
    assert ws["A1"].font.b and ws["A1"].fill.fill_type == "solid"
    assert ws["B2"].value == 20.5 and ws["B2"].number_format == "General"
    # text beside numbers is indented; formula-like text stays text
    assert ws["B3"].value == "=1s" and ws["B3"].quotePrefix and ws["B3"].alignment.indent == 1
    # the second table's header: bold, shaded, right-aligned over κ, indented over text
    assert [c.value for c in ws[5]] == ["layer", "κ", "band"]
    assert ws["B5"].font.b and ws["B5"].alignment.horizontal == "right"
    assert ws["C5"].alignment.horizontal == "left" and ws["C5"].alignment.indent == 1
    assert ws["B6"].number_format == "0.000" and ws["C6"].alignment.indent == 1
    assert [str(r) for r in ws.merged_cells.ranges] == ["A8:C8"]
    assert ws["A8"].alignment.wrap_text and ws.row_dimensions[8].height > 15
    assert ws.column_dimensions["A"].width == 20.0
