"""Safe, typed cells; tables continuing past the row limit; writing that fails cleanly."""

from __future__ import annotations

import errno
import math
from pathlib import Path
from typing import Any

import pytest
from coded_sessions import coded
from openpyxl import Workbook, load_workbook

from attachcoder.io.atomic import WriteError
from attachcoder.io.reports.session_workbook import write_session_workbook
from attachcoder.io.sheets.cells import (
    EXCEL_MAX_TEXT,
    Column,
    clean_text,
    excel_date,
    needs_guard,
)
from attachcoder.io.sheets.xlsx_rows import save_atomically
from attachcoder.io.sheets.xlsx_table import TableWriter


@pytest.mark.parametrize("text", ["=1", "+1", "-1", "@x", "\tx", "\rx", "#DIV/0!"])
def test_formula_like_text_needs_a_guard(text: str) -> None:
    assert needs_guard(text)


@pytest.mark.parametrize("text", ["", "attuned", "1", "a=b", " =x"])
def test_ordinary_text_needs_none(text: str) -> None:
    assert not needs_guard(text)


def test_clean_text_drops_control_characters_and_caps_length() -> None:
    assert clean_text("ok\x01\x1f go") == "ok go"
    assert clean_text("tab\tand\nline") == "tab\tand\nline"
    long = clean_text("x" * 40_000)
    assert len(long) == EXCEL_MAX_TEXT and long.endswith("…")


def test_excel_dates() -> None:
    assert excel_date("1900-03-01") == 61.0
    assert excel_date("2026-02-30") is None
    assert excel_date("March 2") is None


def _save(wb: Any, tmp_path: Path) -> Any:
    path = tmp_path / "t.xlsx"
    save_atomically(wb, path)  # the one way our workbooks are saved: it splices the rows in
    return load_workbook(path)


def test_a_table_continues_on_a_second_sheet_past_the_row_limit(tmp_path: Path) -> None:
    wb = Workbook(write_only=True)
    columns = [Column("n", "number", "0"), Column("v", "unit_value"), Column("unit")]
    tw = TableWriter(wb, "Tallies", columns, max_rows=4, unit_column="unit")
    for i in range(7):
        tw.append([i, i / 10, "proportion"])
    tw.close()
    back = _save(wb, tmp_path)
    assert back.sheetnames == ["Tallies", "Tallies (2)", "Tallies (3)"]
    values = [
        r[0] for ws in back for r in ws.iter_rows(min_row=2, values_only=True)
    ]  # every sheet repeats the header
    assert values == list(range(7))
    assert back["Tallies (2)"]["A1"].value == "n"
    assert back["Tallies (2)"].auto_filter.ref == "A1:C4"
    assert back["Tallies"]["B2"].number_format == "0.0%"


def test_nan_and_none_are_empty_cells(tmp_path: Path) -> None:
    wb = Workbook(write_only=True)
    tw = TableWriter(wb, "T", [Column("a", "number", "0.0"), Column("b")])
    tw.append([math.nan, None])
    tw.append([1.5, "x"])
    tw.close()
    ws = _save(wb, tmp_path)["T"]
    assert [c.value for c in ws[2]] == [None, None]
    assert ws["A3"].value == 1.5


def test_a_missing_folder_gives_a_clear_message_and_no_file(tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "out.xlsx"
    with pytest.raises(WriteError, match="the folder does not exist"):
        write_session_workbook(coded("A 0-1"), target)
    assert not target.exists()


def test_a_folder_in_the_way_gives_a_clear_message(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    target.mkdir()
    with pytest.raises(WriteError, match="it is a folder"):
        write_session_workbook(coded("A 0-1"), target)
    assert list(tmp_path.iterdir()) == [target]  # no temporary file left behind


def test_a_failure_while_writing_leaves_the_earlier_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.xlsx"
    write_session_workbook(coded("A 0-1"), target)
    before = target.read_bytes()

    def disk_full(self: Any, filename: Any) -> None:
        filename.write(b"PK partial")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("openpyxl.workbook.workbook.Workbook.save", disk_full)
    with pytest.raises(WriteError, match="disk is full"):
        write_session_workbook(coded("A 0-5, M 5-9"), target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]


def test_a_locked_target_gives_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Excel locks an open workbook: the final rename fails with "permission denied"."""
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"old")

    def locked(src: Any, dst: Any) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("os.replace", locked)
    with pytest.raises(WriteError, match="open in another program"):
        write_session_workbook(coded("A 0-1"), target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]


def test_fast_rows_round_trip_through_openpyxl(tmp_path: Path) -> None:
    import numpy as np

    wb = Workbook(write_only=True)
    columns = [Column("text"), Column("n", "number", "0.000"), Column("d", "date")]
    tw = TableWriter(wb, "Fast", columns, max_rows=3)
    values = [
        ["a & b <c>", np.float64(0.1), "2026-03-02"],
        [" padded ", 3, "not a date"],
        ["line\nbreak", math.nan, None],
        ["\r=x", np.int64(7), ""],
        ["", float("inf"), "2026-03-03"],
    ]
    for row in values:
        tw.append(row)
    tw.close()
    path = tmp_path / "fast.xlsx"
    save_atomically(wb, path)
    back = load_workbook(path)
    assert back.sheetnames == ["Fast", "Fast (2)", "Fast (3)"]
    rows = [r for ws in back for r in ws.iter_rows(min_row=2)]
    assert [r[0].value for r in rows] == ["a & b <c>", " padded ", "line\nbreak", "\r=x", None]
    assert rows[3][0].quotePrefix and rows[3][0].data_type == "s"
    assert [r[1].value for r in rows] == [0.1, 3, None, 7, None]
    assert rows[0][1].number_format == "0.000"
    assert rows[0][2].value.date().isoformat() == "2026-03-02"
    assert rows[1][2].value == "not a date"
    assert back["Fast (2)"].freeze_panes == "A2"


def test_a_row_may_style_some_cells_and_set_its_height(tmp_path: Path) -> None:
    from openpyxl.styles import PatternFill

    wb = Workbook(write_only=True)
    tw = TableWriter(wb, "S", [Column("a"), Column("b"), Column("c", "number", "0")])
    fill = PatternFill(fill_type="solid", fgColor="D55E00")
    tw.append(["=x", "red", 3], styles={0: (("a",), {"fill": fill}), 1: (("b",), {"fill": fill})})
    tw.append([])
    tw.append(["n", 2.5, None], styles={1: (("num",), {"number_format": "0.0"})}, height=40)
    tw.close()
    ws = _save(wb, tmp_path)["S"]
    assert ws["A2"].value == "=x" and ws["A2"].quotePrefix and ws["A2"].data_type == "s"
    assert ws["A2"].fill.fgColor.rgb.endswith("D55E00")
    assert ws["B2"].fill.fgColor.rgb.endswith("D55E00") and ws["C2"].value == 3
    assert [c.value for c in ws[3]] == [None, None, None]
    assert ws["B4"].value == 2.5 and ws["B4"].number_format == "0.0"
    assert ws.row_dimensions[4].height == 40


def test_cells_of_one_style_in_one_row_keep_their_own_values(tmp_path: Path) -> None:
    """The study workbooks once showed a row's last κ in every κ cell of it: one template
    cell was handed back for the style and filled again before the row was written."""
    from attachcoder.io.reports.session_workbook import new_workbook
    from attachcoder.io.sheets.row_sheet import RowSheet

    wb = new_workbook()
    sheet = RowSheet(wb, "Numbers", [10.0] * 4)
    values = [0.19799498746867164, -0.10805500982318272, 1.0, 2 / 3]
    sheet.row([sheet.f.number(v, "0.000") for v in values])
    sheet.row([sheet.f.text(t) for t in ("=a", "=b")])  # guarded: a cell each
    path = tmp_path / "n.xlsx"
    save_atomically(wb, path)
    ws = load_workbook(path)["Numbers"]
    # every digit kept: openpyxl alone writes 16 significant digits, one short of a double
    assert [c.value for c in ws[1]] == values
    assert ws["A1"].number_format == "0.000"
    assert [c.value for c in ws[2]][:2] == ["=a", "=b"]
