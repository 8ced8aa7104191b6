"""The supervisor's workbook on paper: the Notes and modifiers page, the Summary chart whole on
page one, and the paper size of the clinic's locale (A4, Letter where Letter is the custom)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from coded_sessions import coded
from openpyxl import load_workbook

from attachcoder.cli import main
from attachcoder.io.reports.session_workbook import write_session_workbook
from attachcoder.io.session.file import save
from attachcoder.io.sheets.xlsx_page import default_paper

SHEET = "Notes and modifiers"


def _session():
    """Three repairs — initiator caregiver, infant, and one left unset — and two notes."""
    s = coded(
        "A 0-5, M 5-8, R 8-10, A 10-15, M 15-17, R 17-19, A 19-25, M 25-27, R 27-29, A 29-30",
        notes={0: "settles quickly", 6: "mother sings = soothes"},
    )
    repairs = [e for e in s.episodes() if e.code == "repair"]
    s.update(repairs[0].id, modifiers={"initiator": "caregiver"})
    s.update(repairs[1].id, modifiers={"initiator": "infant"})
    return s


def test_notes_and_modifiers_page_lists_what_the_coder_saw(tmp_path: Path) -> None:
    session = _session()
    out = tmp_path / "out.xlsx"
    write_session_workbook(session, out)
    ws = load_workbook(out)[SHEET]
    rows = [r for r in ws.iter_rows(values_only=True)]
    header = rows.index(("Onset", "Offset", "Layer", "Code", "Modifiers", "Note"))
    listed = rows[header + 1 :]
    # the same list, worked out from the episodes themselves
    expected = []
    for e in session.episodes():
        mods = ""
        if e.code == "repair":
            mods = f"initiator: {e.modifiers.get('initiator') or 'not coded'}"
        if e.note or mods:
            expected.append((e.onset_ms, e.offset_ms, e.code, mods or None, e.note or None))
    def ms(t) -> int:  # a clock cell: a timedelta as openpyxl reads it back
        return round(t.total_seconds() * 1000)

    got = [(ms(r[0]), ms(r[1]), r[3], r[4], r[5]) for r in listed]
    assert got == expected
    assert "5 episode(s) with a note or a modifier; 1 modifier(s) not coded." in rows[1][0]
    unset = next(i for i, r in enumerate(listed) if r[4] == "initiator: not coded")
    cell = ws.cell(row=header + 2 + unset, column=5)
    assert cell.font.color.rgb.endswith("B00000")  # the unanswered question stands out
    assert ws.cell(row=header + 2, column=1).number_format == "[h]:mm:ss.000"
    # printed: portrait, one page wide, not off paper like the data tables
    assert ws.page_setup.orientation == "portrait" and not ws.print_area
    note_cell = ws.cell(row=header + 2 + [r[5] for r in listed].index("mother sings = soothes"),
                        column=6)  # fmt: skip
    assert note_cell.data_type == "s"  # text that looks like a formula stays text


def test_no_notes_leaves_the_notes_out_of_the_page_too(tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    write_session_workbook(_session(), out, notes=False)
    cells = [c for r in load_workbook(out)[SHEET].iter_rows(values_only=True) for c in r if c]
    assert "settles quickly" not in cells and not any("sings" in str(c) for c in cells)
    assert any("notes left out (--no-notes)" in str(c) for c in cells)
    assert "initiator: caregiver" in cells


def test_a_session_without_notes_or_modifiers_says_so(tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    write_session_workbook(coded("A 0-5, M 5-10"), out)
    cells = [c for r in load_workbook(out)[SHEET].iter_rows(values_only=True) for c in r if c]
    assert "No episode has a note or a modifier." in cells


def test_the_summary_chart_stands_whole_on_page_one(tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    write_session_workbook(
        coded("A 0-8, M 8-10, A 10-30", phases="play 0-10, still-face 10-20, reunion 20-30"), out
    )
    with zipfile.ZipFile(out) as z:
        drawing = next(n for n in z.namelist() if re.match(r"xl/drawings/drawing\d+\.xml", n))
        xml = z.read(drawing).decode()
    start = re.search(
        r"<(?:xdr:)?from><(?:xdr:)?col>(\d+)</(?:xdr:)?col>.*?<(?:xdr:)?row>(\d+)<", xml
    )
    assert start is not None
    col, row = int(start.group(1)), int(start.group(2))
    assert (col, row) == (6, 2)  # G3: beside the particulars, at the top of page one
    height = re.search(r'<(?:xdr:)?ext cx="\d+" cy="(\d+)"', xml)
    assert height is not None and int(height.group(1)) <= 6.5 * 360_000  # 6.5 cm: rows 3–16


@pytest.mark.parametrize(
    "session",
    [
        coded("A 0-4, M 4-", duration_s=240, observed_s=60),  # stopped early
        coded("A 0-4, M 4-", duration_s=240),  # an older file: not recorded
        coded("A 0-10", duration_s=3_599),
    ],
)
def test_every_particular_shows_whole_left_of_the_chart(tmp_path: Path, session) -> None:
    """The chart is drawn over the cells right of its anchor: a particular's value (column B,
    running into C, D, …) must end before it — "(25 %)" of the Observed line was hidden."""
    out = tmp_path / "out.xlsx"
    write_session_workbook(session, out)
    ws = load_workbook(out)["Summary"]
    with zipfile.ZipFile(out) as z:
        drawing = next(n for n in z.namelist() if re.match(r"xl/drawings/drawing\d+\.xml", n))
        m = re.search(r"<(?:xdr:)?from><(?:xdr:)?col>(\d+)<", z.read(drawing).decode())
    assert m is not None
    chart_col = int(m.group(1)) + 1  # 1-based: the chart's first column
    room = sum(ws.column_dimensions[chr(64 + c)].width for c in range(2, chart_col))
    values = [row[1] for row in ws.iter_rows(min_row=3, max_row=18, values_only=True)]
    texts = [v for v in values if isinstance(v, str)]
    assert any(t.startswith(("observed to", "not recorded")) for t in texts)
    for text in texts:
        # a column's width is counted in '0's of the body font; no character is wider
        assert len(text) <= room, f"{text!r} ({len(text)}) runs under the chart ({room})"


@pytest.mark.parametrize(
    ("name", "paper"),
    [("de_DE.UTF-8", "a4"), ("fr_FR", "a4"), ("pt_BR.UTF-8", "a4"), ("en_GB", "a4"),
     ("en_US.UTF-8", "letter"), ("fr_CA.UTF-8", "letter"), ("es_MX", "letter")],
)  # fmt: skip
def test_paper_follows_the_locale(name: str, paper: str) -> None:
    assert default_paper(name) == paper


def test_every_sheet_prints_on_the_locales_paper_or_the_one_asked_for(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    session_file = tmp_path / "s.acs"
    save(_session(), session_file, backup=False)
    monkeypatch.setenv("LC_PAPER", "de_DE.UTF-8")
    assert main(["export", str(session_file), "-o", str(tmp_path / "eu.xlsx")]) == 0
    assert {ws.page_setup.paperSize for ws in load_workbook(tmp_path / "eu.xlsx")} == {9}
    out = tmp_path / "us.xlsx"
    assert main(["export", str(session_file), "-o", str(out), "--paper", "letter"]) == 0
    assert {ws.page_setup.paperSize for ws in load_workbook(out)} == {1}
    batch = tmp_path / "batch.xlsx"
    assert main(["batch", str(session_file), "-o", str(batch), "--paper", "letter", "--quiet"]) == 0
    assert {ws.page_setup.paperSize for ws in load_workbook(batch)} == {1}


@pytest.mark.parametrize(
    "session",
    [coded("A 0-4, M 4-", duration_s=240, observed_s=60), coded("A 0-10", duration_s=3_599)],
)
def test_the_timeline_title_ends_before_its_note(tmp_path: Path, session) -> None:
    """The title runs over the cells up to the note on the same row; "observed to 00:00:2"
    was all a reader saw of the stopped coding's title under the note."""
    out = tmp_path / "out.xlsx"
    write_session_workbook(session, out)
    ws = load_workbook(out)["Timeline"]
    first = next(ws.iter_rows(min_row=1, max_row=1))
    title = first[0].value
    note_col = next(c.column for c in first[1:] if c.value)
    widths = [ws.column_dimensions[c.column_letter].width for c in first[: note_col - 1]]
    # bold text: a character is counted 1.1 of a '0' of the body font
    assert len(title) * 1.1 <= sum(widths), (title, sum(widths))
