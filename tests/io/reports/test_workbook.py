"""The supervisor's workbook, opened with openpyxl and checked against numbers worked by hand."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
from coded_sessions import WORKED, coded, read_tallies
from openpyxl import load_workbook

from attachcoder.analysis.tallies import measures_table
from attachcoder.core import Media
from attachcoder.io.reports.session_workbook import SHEETS, write_session_workbook
from attachcoder.io.reports.timeline_sheet import minutes_per_page

STILL_FACE = dict(
    interaction="A 0-8, M 8-10, M 10-16, A 16-20, A 20-25, M 25-30",
    phases="play 0-10, still-face 10-20, reunion 20-30",
)


def _write(tmp_path: Path, session: Any, **kw: Any) -> Any:
    path = tmp_path / "out.xlsx"
    write_session_workbook(session, path, **kw)
    return load_workbook(path)


_HEADLINE_ORDER = [
    "Duration (s)",
    "Proportion attuned",
    "Proportion misattuned",
    "Proportion repair",
    "Ruptures",
    "Proportion repaired",
    "Median time to repair (s)",
]


def _summary_table(ws: Any, first: str) -> dict[str, dict[str, Any]]:
    """A Summary table whose header starts with ``first``: row label → {column label: value}."""
    rows = list(ws.iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r[0] == first)
    labels = rows[start]
    out = {}
    for r in rows[start + 1 :]:
        if r[0] is None or str(r[0]).startswith("Proportions are"):
            break
        out[r[0]] = {label: v for label, v in zip(labels[1:], r[1:], strict=False) if label}
    return out


def _headline_rows(ws: Any) -> dict[str, list[Any]]:
    """The Summary's headline table: phase → [duration, six headline measures]."""
    return {
        phase: [row[label] for label in _HEADLINE_ORDER]
        for phase, row in _summary_table(ws, "Phase").items()
    }


def test_the_sheets_in_order(tmp_path: Path) -> None:
    wb = _write(tmp_path, coded(**STILL_FACE))
    assert wb.sheetnames == list(SHEETS)


def test_summary_headline_measures_per_phase_match_hand_values(tmp_path: Path) -> None:
    wb = _write(tmp_path, coded(**STILL_FACE))
    h = _headline_rows(wb["Summary"])
    # duration, attuned, misattuned, repair, ruptures, repaired, median time to repair
    assert h["play"][:5] == [10, pytest.approx(0.8), pytest.approx(0.2), 0, 1]
    assert h["play"][5] is None  # its one rupture is unresolved
    assert h["still-face"] == [10, pytest.approx(0.4), pytest.approx(0.6), 0, 1, 1, 6]
    assert h["reunion"][:5] == [10, pytest.approx(0.5), pytest.approx(0.5), 0, 1]
    assert h["all"][:6] == [30, pytest.approx(17 / 30), pytest.approx(13 / 30), 0, 3, 1]
    assert h["all"][6] == 6


def test_summary_shows_what_proportion_repaired_and_attempts_are_made_of(
    tmp_path: Path,
) -> None:
    # ruptures: M 0-4 repaired (A at 5), M 6-7 not repaired (M 8 first), M 8-10 unresolved;
    # attempts: R 4-5 successful (A next), R 7-8 not (M next), R 10-12 cut off by the end
    s = coded(
        "M 0-4, R 4-5 initiator=infant, A 5-6, M 6-7, R 7-8 initiator=caregiver, M 8-10, "
        "R 10-12 initiator=caregiver",
        phases="play 0-12",
        duration_s=12,
    )
    ws = _write(tmp_path, s)["Summary"]
    head = _summary_table(ws, "Phase")["play"]
    assert head["Codable time (s)"] == pytest.approx(12)
    assert head["Ruptures"] == 3
    assert (head["Repaired"], head["Resolved (repaired or not)"]) == (1, 2)
    assert head["Unresolved (left out)"] == 1
    assert head["Proportion repaired"] == pytest.approx(0.5)
    # the table header sits on page 1: before the chart's rows and any note
    rows = [r[0].value for r in ws.iter_rows()]
    attempts_at = rows.index("Repair attempts by phase")
    rows_att = list(ws.iter_rows(min_row=attempts_at + 2, values_only=True))
    header = [c for c in rows_att[0] if c]
    play = dict(zip(header[1:], rows_att[2][1:], strict=False))
    assert rows_att[2][0] == "play"
    assert play["Attempts"] == 3 and play["Successful"] == 1
    assert play["Unresolved (left out)"] == 1  # R 10-12 meets the end of play
    assert play["Proportion successful"] == pytest.approx(0.5)
    assert play["initiator: caregiver"] == 2 and play["initiator: infant"] == 1
    assert attempts_at < 40  # on the first printed page


def test_a_state_still_running_is_warned_about_near_the_top(tmp_path: Path) -> None:
    ws = _write(tmp_path, coded("A 0-10, M 10-", duration_s=30))["Summary"]
    rows = [r[0] for r in ws.iter_rows(values_only=True)]
    warn = rows.index("Warnings")
    assert "still running" in rows[warn + 1]
    assert warn < rows.index("Headline measures by phase")


def test_summary_has_a_chart_of_proportions_by_phase(tmp_path: Path) -> None:
    wb = _write(tmp_path, coded(**STILL_FACE))
    charts = wb["Summary"]._charts
    assert len(charts) == 1
    assert len(charts[0].series) == 3


def test_summary_effects(tmp_path: Path) -> None:
    wb = _write(tmp_path, coded(**STILL_FACE))
    rows = {r[0].value: r[1:3] for r in wb["Summary"].iter_rows() if r[0].value}
    # still-face − play .4 − .8, reunion − play .5 − .8: percentage points, not percent
    sf, ru = rows["Proportion attuned (percentage points)"]
    assert (sf.value, ru.value) == (pytest.approx(-40.0), pytest.approx(-30.0))
    assert sf.number_format == '+0.0" pp";-0.0" pp";0.0" pp"'
    assert rows["Ruptures"][0].value == 0 and rows["Ruptures"][0].number_format == "+0;-0;0"
    header = next(r for r in wb["Summary"].iter_rows() if r[0].value == "Measure")
    assert [c.value for c in header[:3]] == ["Measure", "Still-face\n− play", "Reunion\n− play"]
    assert header[1].alignment.wrap_text
    assert wb["Summary"].row_dimensions[header[0].row].height >= 30


def test_ratings_do_not_run_into_their_scale(tmp_path: Path) -> None:
    wb = _write(tmp_path, coded("A 0-1", ratings={"sensitivity": 6}))
    row = next(r for r in wb["Summary"].iter_rows() if r[0].value == "sensitivity")
    assert (row[1].value, row[1].alignment.horizontal) == (6, "left")
    assert row[2].value == "1 to 9"
    codebook = list(wb["Codebook"].iter_rows())
    head = next(r for r in codebook if r[0].value == "rating item")
    assert [c.value for c in head[:3]] == ["rating item", "min", "max"]
    assert head[7].value == "definition"
    item = next(r for r in codebook if r[0].value == "sensitivity")
    assert (item[1].value, item[2].value) == (1, 9)
    assert item[2].alignment.horizontal == "left"
    assert item[3].value is None  # the definition waits for its own wide column
    assert item[7].value and item[7].alignment.wrap_text


@pytest.mark.parametrize(("sequence", "expected"), WORKED)
def test_worked_cases_through_the_workbook(
    tmp_path: Path, sequence: str, expected: tuple[int, int, int, int, list[float]]
) -> None:
    n, repaired, not_repaired, unresolved, ttr = expected
    wb = _write(tmp_path, coded(sequence))
    t = read_tallies([wb["Tallies"]])

    def v(measure: str) -> Any:
        return t[("all", "Interaction", "misattuned", "", measure)].value

    assert (v("ruptures"), v("ruptures_repaired")) == (n, repaired)
    assert (v("ruptures_not_repaired"), v("ruptures_unresolved")) == (not_repaired, unresolved)
    assert v("time_to_repair_median") == (pytest.approx(ttr[0]) if ttr else None)


def test_the_phase_rows_of_the_worked_table_through_the_workbook(tmp_path: Path) -> None:
    phases = "play 0-120, still-face 120-130"
    wb = _write(tmp_path, coded("M 110-120, A 120-130", phases=phases))
    t = read_tallies([wb["Tallies"]])
    assert t[("play", "Interaction", "misattuned", "", "ruptures_unresolved")].value == 1
    assert t[("still-face", "Interaction", "misattuned", "", "ruptures")].value == 0

    wb = _write(tmp_path, coded("M 115-125, A 125-130", phases=phases))
    t = read_tallies([wb["Tallies"]])
    assert t[("play", "Interaction", "misattuned", "", "ruptures_unresolved")].value == 1
    sf = ("still-face", "Interaction", "misattuned", "")
    assert t[(*sf, "ruptures_repaired")].value == 1
    assert t[(*sf, "time_to_repair_median")].value == 5
    h = _headline_rows(wb["Summary"])
    assert h["still-face"][5:] == [1, 5]


def test_tallies_sheet_holds_the_measures_table_as_numbers(tmp_path: Path) -> None:
    session = coded(**STILL_FACE, marks="b 3")
    wb = _write(tmp_path, session)
    t = read_tallies([wb["Tallies"]])
    table = measures_table(session)
    assert len(t) == len(table)
    for row in table.itertuples(index=False):
        cell = t[(row.phase, row.layer, row.code, row.to_code, row.measure)]
        if math.isnan(row.value):
            assert cell.value is None
        else:
            assert cell.data_type == "n"
            assert cell.value == pytest.approx(row.value)
    assert t[("all", "Interaction", "attuned", "", "proportion")].number_format == "0.0%"


def test_headers_frozen_and_filtered(tmp_path: Path) -> None:
    wb = _write(tmp_path, coded(**STILL_FACE))
    for name in ("Tallies", "Episodes", "Codebook"):
        ws = wb[name]
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref is not None and ws.auto_filter.ref.startswith("A1:")
        assert ws.column_dimensions["A"].width > 8


def test_episodes_sheet_has_clock_and_seconds(tmp_path: Path) -> None:
    wb = _write(tmp_path, coded("A 0-1.5, M 1.5-62.25"))
    rows = list(wb["Episodes"].iter_rows())
    header = [c.value for c in rows[0]]
    assert header[4:] == [
        "layer", "code", "onset", "onset_s", "offset", "offset_s", "duration_s", "modifiers",
        "note", "onset_frame", "offset_frame",
    ]  # fmt: skip
    m = rows[2]
    assert m[6].number_format == "[h]:mm:ss.000"
    assert m[6].value.total_seconds() == pytest.approx(1.5)
    assert m[7].value == pytest.approx(1.5) and m[7].data_type == "n"
    assert m[10].value == pytest.approx(60.75)


def test_no_number_is_written_as_text(tmp_path: Path) -> None:
    wb = _write(tmp_path, coded(**STILL_FACE, marks="b 3", ratings={"sensitivity": 7}))
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                if ws.title == "Codebook" and cell.column == 5:
                    continue  # keys are characters ("1"), not numbers
                if isinstance(cell.value, str):
                    with pytest.raises(ValueError):
                        float(cell.value.replace("%", ""))


def _score(ws: Any) -> dict[tuple[str, str], list[Any]]:
    """The Timeline score: (minute label, layer) → the 60 cells of that row."""
    rows = list(ws.iter_rows())
    ruler = next(i for i, r in enumerate(rows) if r[0].value == "from")
    out = {}
    minute = None
    for r in rows[ruler + 1 :]:
        if r[0].value is not None:
            minute = r[0].value
        if len(r) > 1 and r[1].value:
            out[(minute, r[1].value)] = list(r[2:62])
    return out


def test_timeline_is_a_score_one_row_per_minute_one_cell_per_second(tmp_path: Path) -> None:
    wb = _write(tmp_path, coded("A 0-3, M 3-65", phases="play 0-65", duration_s=65))
    ws = wb["Timeline"]
    score = _score(ws)
    inter = score[("0:00", "Interaction")]
    assert [c.value for c in inter[:5]] == ["A", "A", "A", "M", "M"]
    assert inter[0].fill.fgColor.rgb.endswith("009E73")
    assert inter[3].fill.fgColor.rgb.endswith("D55E00")
    # the second minute holds 60–65 s: five cells
    second = score[("1:00", "Interaction")]
    assert [c.value for c in second[:6]] == ["M"] * 5 + [None]
    assert [c.value for c in score[("1:00", "Phase")][:5]] == ["P"] * 5
    assert max(len(r) for r in ws.iter_rows()) <= 62  # 2 label columns + 60 seconds
    # legend and ruler on every printed page; one page wide
    ruler = next(r[0].row for r in ws.iter_rows() if r[0].value == "from")
    assert ws.print_title_rows == f"$1:${ruler}"
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    legend = [c.value for r in ws.iter_rows(max_row=ruler - 1) for c in r if c.value]
    assert {"attuned", "misattuned", "repair", "uncodable", "play"} <= set(legend)


def test_timeline_marks_episodes_shorter_than_a_second(tmp_path: Path) -> None:
    # M 2.1-2.4 holds no second's middle: its cell (still A at 2.5 s) gets a mark;
    # R 5.6-5.9 falls in a gap: its cell shows it, marked; two bids in one second: marked
    s = coded("A 0-2.1, M 2.1-2.4, A 2.4-5, R 5.6-5.9", marks="b 1.2, b 1.7", duration_s=8)
    score = _score(_write(tmp_path, s)["Timeline"])
    inter = [c.value for c in score[("0:00", "Interaction")][:8]]
    assert inter == ["A", "A", "A*", "A", "A", "R*", None, None]
    marks = [c.value for c in score[("0:00", "Marks")][:3]]
    assert marks == [None, "I*", None]


def test_a_long_session_is_one_row_block_per_minute(tmp_path: Path) -> None:
    five_hours = 5 * 3600
    wb = _write(tmp_path, coded("A 0-10", duration_s=five_hours))
    ws = wb["Timeline"]
    score = _score(ws)
    assert ("4:59:00", "Interaction") in score
    assert len({m for m, _ in score}) == 300
    # printed pages end between minutes, never inside one: each break's next row starts one
    first_cells = {r[0].row: r[0].value for r in ws.iter_rows()}
    breaks = [b.id for b in ws.row_breaks.brk]
    assert len(breaks) == 300 // minutes_per_page(3) - 1
    assert all(isinstance(first_cells.get(b + 1), str) for b in breaks)
    assert first_cells[breaks[0] + 1] == f"0:{minutes_per_page(3):02d}:00"


def test_codebook_lists_definitions_and_keys(tmp_path: Path) -> None:
    wb = _write(tmp_path, coded("A 0-1"))
    rows = list(wb["Codebook"].iter_rows(values_only=True))
    attuned = next(r for r in rows if r[3] == "attuned")
    assert attuned[4] == "1" and attuned[6] == "attuned"
    assert attuned[7].startswith("Partners' states correspond")
    assert any(r[0] == "sensitivity" for r in rows)


def test_about_names_tool_scheme_and_measures(tmp_path: Path) -> None:
    wb = _write(tmp_path, coded("A 0-1"))
    cells = [c for r in wb["About"].iter_rows(values_only=True) for c in r if c]
    assert any(str(c).startswith("attachcoder ") for c in cells)
    assert "attachment, version 1" in cells
    assert "yules_q" in cells


def test_no_path_in_any_cell(tmp_path: Path) -> None:
    session = coded("A 0-5", duration_s=10)
    session.media = (Media(path="/very/secret/videos/D001 mother.mp4", sha256="ab" * 32),)
    wb = _write(tmp_path, session)
    texts = [str(c) for ws in wb for r in ws.iter_rows(values_only=True) for c in r if c]
    assert "D001_2026-03-02_C1" in texts  # the session key names the session
    for text in texts:
        for forbidden in ("secret", "videos", "mp4", "/home", "someone", str(tmp_path)):
            assert forbidden not in text


def test_no_notes_leaves_free_text_out(tmp_path: Path) -> None:
    session = coded(
        "A 0-5, M 5-9", notes={0: "mother sings", 1: "baby fussy"}, metadata_notes="tired day"
    )
    with_notes = _write(tmp_path, session)
    texts = [str(c) for ws in with_notes for r in ws.iter_rows(values_only=True) for c in r if c]
    assert "mother sings" in texts and "tired day" in texts
    wb = _write(tmp_path, session, notes=False)
    texts = [str(c) for ws in wb for r in ws.iter_rows(values_only=True) for c in r if c]
    for note in ("mother sings", "baby fussy", "tired day"):
        assert not any(note in t for t in texts)


@pytest.mark.parametrize(
    "text", ['=HYPERLINK("http://x","click")', "+1+2", "-3+4", "@SUM(A1)", "\tx", "\r=1", "#N/A"]
)
def test_text_that_looks_like_a_formula_is_written_as_text(tmp_path: Path, text: str) -> None:
    session = coded("A 0-5", notes={0: text}, dyad=text)
    path = tmp_path / "inj.xlsx"
    write_session_workbook(session, path)
    wb = load_workbook(path)
    note = wb["Episodes"]["M2"]
    assert note.value == text
    assert note.data_type == "s"
    assert note.quotePrefix
    dyad = wb["Tallies"]["B2"]
    assert dyad.value == text and dyad.data_type == "s"
    # and nothing anywhere is a formula
    for ws in wb:
        for row in ws.iter_rows():
            assert all(c.data_type != "f" for c in row)


def test_a_running_state_is_flagged_on_the_summary(tmp_path: Path) -> None:
    wb = _write(tmp_path, coded("A 0-10, M 10-", duration_s=30))
    texts = [str(c) for r in wb["Summary"].iter_rows(values_only=True) for c in r if c]
    assert any("still running" in t for t in texts)


def test_an_empty_session_still_gets_a_workbook(tmp_path: Path) -> None:
    wb = _write(tmp_path, coded(""))
    assert wb.sheetnames == list(SHEETS)
    h = _headline_rows(wb["Summary"])
    assert h["all"][4] == 0  # no ruptures
    assert h["all"][1] is None  # no codable time, no proportion


def test_summary_effects_are_empty_with_the_note_when_phase_roles_are_missing(
    tmp_path: Path,
) -> None:
    import dataclasses

    from attachcoder.core import Code
    from attachcoder.io.session.file import default_scheme

    s = default_scheme()
    german = (Code("Spiel", key="p"), Code("Standbild", key="s"), Code("Wiedersehen", key="r"))
    scheme = dataclasses.replace(
        s,
        layers=tuple(
            dataclasses.replace(la, codes=german) if la.role == "phase" else la for la in s.layers
        ),
    )
    session = coded(
        STILL_FACE["interaction"],
        phases="Spiel 0-10, Standbild 10-20, Wiedersehen 20-30",
        scheme=scheme,
    )
    rows = list(_write(tmp_path, session)["Summary"].iter_rows(values_only=True))
    at = next(i for i, r in enumerate(rows) if r[0] == "Still-face effect and reunion carry-over")
    attuned = next(r for r in rows[at:] if r[0] == "Proportion attuned (percentage points)")
    assert attuned[1:3] == (None, None)
    below = [str(r[0]) for r in rows[at : at + 12] if r[0]]
    assert any("has no code with role" in t for t in below)


def test_the_data_tables_stay_off_paper_but_not_off_screen(tmp_path: Path) -> None:
    wb = _write(tmp_path, coded("A 0-3, M 3-6, A 6-9", duration_s=10))
    about = [c for r in wb["About"].iter_rows(values_only=True) for c in r if c]
    for title in ("Tallies", "Episodes"):
        ws = wb[title]
        assert ws.sheet_state == "visible" and ws.max_row > 2  # every row on screen
        # the print area is one empty cell right of the header: the sheet prints no page
        cell = ws.cell(row=1, column=ws.max_column + 1)
        assert ws.print_area == f"'{title}'!${cell.column_letter}$1"
        assert cell.value is None and not ws.oddHeader.center.text
        # the printed About sheet says so, and how to print the table all the same
        line = next(c for c in about if str(c).startswith(f"{title}: "))
        assert "not printed" in line and "clear its print area" in line
    assert "On paper" in about
