"""Batch export: many sessions, a bad file, duplicate keys, other schemes, row limits, cancel."""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path
from typing import Any

import pytest
from coded_sessions import coded, read_tallies
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from attachcoder.analysis.tallies import headline_measures, measures_table
from attachcoder.core import Code, Session
from attachcoder.io.atomic import WriteError
from attachcoder.io.reports.batch import SessionKeys, export_batch, safe_file_name
from attachcoder.io.session.file import save


def _save(session: Session, path: Path) -> Path:
    save(session, path, backup=False)
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "sessions"
    (d / "sub").mkdir(parents=True)
    _save(coded("A 0-8, M 8-10, A 10-20", phases="play 0-10, still-face 10-20"), d / "a.acs")
    _save(coded("M 0-4, R 4-6, A 6-9", coder="C2", notes={0: "=SUM(A1)"}), d / "sub" / "b.acs")
    (d / "broken.acs").write_text('{"format": "attachcoder-session"', encoding="utf-8")
    return d


def _texts(wb: Any) -> list[str]:
    return [str(c) for ws in wb for r in ws.iter_rows(values_only=True) for c in r if c]


def _table(ws: Any) -> list[dict[str, Any]]:
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


def test_a_batch_with_a_bad_file_exports_the_rest(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    report = export_batch([folder], out)
    assert report.sessions == 2 and report.files == 3
    assert not report.ok
    [bad] = report.errors
    assert bad.file == "broken.acs" and bad.path == str(folder / "broken.acs")
    wb = load_workbook(out)
    assert wb.sheetnames == ["Sessions", "Tallies", "Episodes", "Codebook", "Problems", "About"]
    problems = _table(wb["Problems"])
    assert problems[0]["file"] == "broken.acs"
    assert "not valid JSON" in problems[0]["problem"]
    # base names only: no folder of the machine in any cell
    for text in _texts(wb):
        assert str(tmp_path) not in text and "sessions/" not in text


def test_sessions_sheet_has_one_row_per_session_with_headline_measures(
    folder: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.xlsx"
    export_batch([folder], out)
    rows = _table(load_workbook(out)["Sessions"])
    assert [r["session_key"] for r in rows] == ["D001_2026-03-02_C1", "D001_2026-03-02_C2"]
    a, b = rows
    assert "session_file" not in a  # named by its key, never by its file (privacy)
    assert a["proportion_attuned_all"] == pytest.approx(0.9)
    assert a["proportion_attuned_play"] == pytest.approx(0.8)
    assert a["proportion_attuned_still_face"] == pytest.approx(1.0)
    assert a["ruptures_play"] == 1
    # session b has no phases: its per-phase cells are empty
    assert b["proportion_attuned_play"] is None
    assert b["time_to_repair_median_all"] == pytest.approx(6)
    assert b["ruptures_all"] == 1
    expected = headline_measures(coded("M 0-4, R 4-6, A 6-9", coder="C2"))
    assert b["proportion_repaired_all"] == expected["proportion_repaired"]


@pytest.fixture
def still_face(tmp_path: Path) -> Path:
    d = tmp_path / "sf"
    d.mkdir()
    phases = "play 0-10, still-face 10-20, reunion 20-30"
    _save(coded("A 0-8, M 8-10, A 10-20, M 20-30", phases=phases), d / "a.acs")
    return d


def test_sessions_sheet_names_and_effects_in_percentage_points(
    still_face: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.xlsx"
    export_batch([still_face], out, csv_dir=tmp_path / "csv")
    ws = load_workbook(out)["Sessions"]
    header = [c.value for c in ws[1]]
    assert not [h for h in header if "-" in h or " " in h]  # names R's read.csv keeps
    # still-face − play of proportion attuned: 1.0 − 0.8, shown as +20.0 pp
    j = header.index("still_face_effect_proportion_attuned_pp")
    cell = ws.cell(row=2, column=j + 1)
    assert cell.value == pytest.approx(20.0)
    assert cell.number_format == '+0.0" pp";-0.0" pp";0.0" pp"'
    j = header.index("still_face_effect_ruptures")
    assert ws.cell(row=2, column=j + 1).number_format == "+0;-0;0"
    # sessions.csv keeps the raw difference under the plain name
    with open(tmp_path / "csv" / "sessions.csv", encoding="utf-8-sig") as fh:
        row = next(csv.DictReader(fh))
    assert "proportion_attuned_still_face" in row
    assert float(row["still_face_effect_proportion_attuned"]) == pytest.approx(0.2)


def test_the_batch_prints_readably(
    still_face: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.xlsx"
    export_batch([still_face], out)
    wb = load_workbook(out)
    ws = wb["Sessions"]
    assert ws.max_column > 40
    # not squeezed to one page width (about 1 pt): full size, key column and header repeated
    assert ws.sheet_properties.pageSetUpPr.fitToPage is False
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (0, 0)
    assert ws.print_title_cols == "$A:$A"
    assert ws.print_title_rows == "$1:$1"
    assert ws.page_setup.orientation == "landscape"
    # a narrow sheet still prints one page wide
    problems = wb["Problems"]
    assert problems.sheet_properties.pageSetUpPr.fitToPage is True
    assert (problems.page_setup.fitToWidth, problems.page_setup.fitToHeight) == (1, 0)
    assert problems.print_title_rows == "$1:$1"
    # numeric columns as narrow as their numbers, their long names wrapped in the header
    assert ws.column_dimensions[get_column_letter(ws.max_column)].width == 12
    assert ws.cell(row=1, column=ws.max_column).alignment.wrap_text
    assert ws.row_dimensions[1].height >= 60
    # the data tables print no page (an empty print area), and the About sheet says why
    about = [c for r in wb["About"].iter_rows(values_only=True) for c in r if c]
    for title in ("Tallies", "Episodes"):
        ws = wb[title]
        assert ws.print_area == f"'{title}'!${get_column_letter(ws.max_column + 1)}$1"
        text = next(c for c in about if str(c).startswith(f"{title}: "))
        assert "not printed" in text and "Clear" in text
    # the Codebook prints one page wide, however many columns a batch adds
    codebook = wb["Codebook"]
    assert codebook.sheet_properties.pageSetUpPr.fitToPage is True
    assert (codebook.page_setup.fitToWidth, codebook.page_setup.fitToHeight) == (1, 0)


def test_tallies_and_episodes_hold_every_session(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    export_batch([folder], out)
    wb = load_workbook(out)
    tallies = _table(wb["Tallies"])
    keys = {r["session_key"] for r in tallies}
    assert keys == {"D001_2026-03-02_C1", "D001_2026-03-02_C2"}
    n_a = len(measures_table(coded("A 0-8, M 8-10, A 10-20", phases="play 0-10, still-face 10-20")))
    assert sum(r["session_key"].endswith("C1") for r in tallies) == n_a
    episodes = _table(wb["Episodes"])
    assert len(episodes) == 5 + 3
    injected = next(r for r in episodes if r["note"])
    assert injected["note"] == "=SUM(A1)"


def test_csv_files_hold_the_same_tables(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    report = export_batch([folder], out, csv_dir=tmp_path / "csv", notes=False)
    names = sorted(p.name for p in report.csv_files)
    assert names == ["codebook.csv", "episodes.csv", "problems.csv", "sessions.csv", "tallies.csv"]
    with open(tmp_path / "csv" / "tallies.csv", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == [
        "session_key", "dyad_id", "coder_id", "session_date", "phase", "layer", "code",
        "to_code", "measure", "value", "unit",
    ]  # fmt: skip
    assert len(rows) == len(_table(load_workbook(out)["Tallies"]))
    with open(tmp_path / "csv" / "episodes.csv", encoding="utf-8-sig") as fh:
        notes = [r["note"] for r in csv.DictReader(fh)]
    assert notes == [""] * 8  # --no-notes


def test_csv_text_that_a_spreadsheet_would_run_is_quoted(tmp_path: Path) -> None:
    _save(coded("A 0-1", notes={0: "=SUM(A1)"}), tmp_path / "a.acs")
    export_batch([tmp_path / "a.acs"], tmp_path / "out.xlsx", csv_dir=tmp_path / "csv")
    with open(tmp_path / "csv" / "episodes.csv", encoding="utf-8-sig") as fh:
        [row] = list(csv.DictReader(fh))
    assert row["note"] == "'=SUM(A1)"


def test_duplicate_keys_are_numbered_and_noted(tmp_path: Path) -> None:
    for name in ("x.acs", "y.acs", "z.acs"):
        _save(coded("A 0-1"), tmp_path / name)
    report = export_batch([tmp_path], tmp_path / "out.xlsx")
    keys = [r["session_key"] for r in _table(load_workbook(tmp_path / "out.xlsx")["Sessions"])]
    assert keys == ["D001_2026-03-02_C1", "D001_2026-03-02_C1-2", "D001_2026-03-02_C1-3"]
    dups = [p for p in report.problems if p.kind == "duplicate key"]
    assert [p.file for p in dups] == ["y.acs", "z.acs"]
    assert report.ok  # a note, not an error


def test_sessions_of_different_schemes_are_matched_by_name_and_the_difference_reported(
    tmp_path: Path,
) -> None:
    first = coded("A 0-5")
    _save(first, tmp_path / "a.acs")
    scheme = first.scheme
    inter = scheme.layer("Interaction")
    assert inter is not None
    neutral = Code("neutral", key="4", role=None, definition="Neither.")
    layers = tuple(
        dataclasses.replace(la, codes=(*la.codes, neutral)) if la is inter else la
        for la in scheme.layers
        if la.name != "Marks"
    )
    other = dataclasses.replace(scheme, layers=layers, version="2")
    second = Session(other, duration_ms=5000, episodes=[e for e in first.episodes()])
    _save(second, tmp_path / "b.acs")
    report = export_batch([tmp_path], tmp_path / "out.xlsx")
    diffs = [p.problem for p in report.problems if p.kind == "scheme difference"]
    assert any("version 2" in d for d in diffs)
    assert any("no layer 'Marks'" in d for d in diffs)
    assert any("'neutral'" in d for d in diffs)
    wb = load_workbook(tmp_path / "out.xlsx")
    codebook = _table(wb["Codebook"])
    neutral_row = next(r for r in codebook if r["code"] == "neutral")
    assert neutral_row["schemes"] == "attachment v2" and neutral_row["sessions"] == 1
    attuned = next(r for r in codebook if r["code"] == "attuned")
    assert attuned["schemes"] == "attachment v1; attachment v2" and attuned["sessions"] == 2
    # both sessions' attuned rows are in the one Tallies table, matched by layer and code
    tallies = read_tallies([wb["Tallies"]])
    assert ("all", "Interaction", "attuned", "", "proportion") in tallies


def test_a_sheet_past_the_row_limit_continues_and_the_csv_holds_all(tmp_path: Path) -> None:
    for i in range(3):
        _save(coded("A 0-5, M 5-9", dyad=f"D{i}"), tmp_path / f"s{i}.acs")
    report = export_batch([tmp_path], tmp_path / "out.xlsx", csv_dir=tmp_path / "csv", max_rows=100)
    wb = load_workbook(tmp_path / "out.xlsx")
    parts = [n for n in wb.sheetnames if n.startswith("Tallies")]
    assert parts[:2] == ["Tallies", "Tallies (2)"]
    total = sum(wb[n].max_row - 1 for n in parts)
    assert all(wb[n].max_row <= 100 for n in parts)
    with open(tmp_path / "csv" / "tallies.csv", encoding="utf-8-sig") as fh:
        assert total == sum(1 for _ in fh) - 1
    assert report.ok


def test_progress_and_cancel(folder: Path, tmp_path: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    export_batch([folder], tmp_path / "out.xlsx", progress=lambda *a: calls.append(a))
    assert [c[:2] for c in calls] == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert calls[0][2] == "a.acs"

    out = tmp_path / "cancelled.xlsx"
    asked: list[int] = []

    def cancel_after_one() -> bool:
        asked.append(1)
        return len(asked) > 1

    report = export_batch([folder], out, should_cancel=cancel_after_one)
    assert report.cancelled and not report.ok
    assert not out.exists()


def test_a_missing_path_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    report = export_batch([tmp_path / "nope.acs"], tmp_path / "out.xlsx")
    assert [p.file for p in report.errors] == ["nope.acs"]
    assert report.output is None
    assert not (tmp_path / "out.xlsx").exists()  # nothing read: nothing written


def test_session_keys_and_file_names() -> None:
    keys = SessionKeys()
    assert keys.assign("K") == ("K", False)
    assert keys.assign("K") == ("K-2", True)
    assert keys.assign("K-2") == ("K-2-2", True)
    assert safe_file_name('D/1:2*"x"') == "D_1_2__x_"
    assert safe_file_name("..") == "session"


def test_a_missing_output_folder_is_reported_before_any_work(folder: Path, tmp_path: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    with pytest.raises(WriteError, match="the folder does not exist"):
        export_batch([folder], tmp_path / "no" / "out.xlsx", progress=lambda *a: calls.append(a))
    assert calls == []


def test_no_report_names_a_session_by_its_file(tmp_path: Path) -> None:
    """Sessions that were read are named by key in every sheet and CSV; only a file that gave
    no key is named, by its base name (DOMAIN.md, Privacy)."""
    d = tmp_path / "study"
    d.mkdir()
    _save(coded("A 0-5, M 5-9", phases="play 0-9"), d / "Anna Becker visit.acs")
    _save(coded("A 0-5, M 5-"), d / "Anna Becker second.acs")  # same key; a state still running
    (d / "Carl Diaz.acs").write_text("{", encoding="utf-8")
    out, csv_dir = tmp_path / "out.xlsx", tmp_path / "csv"
    report = export_batch([d], out, csv_dir=csv_dir)
    assert {p.kind for p in report.problems} >= {"duplicate key", "note", "unreadable"}
    wb = load_workbook(out)
    problems = _table(wb["Problems"])
    assert [r["file"] for r in problems if r["kind"] == "unreadable"] == ["Carl Diaz.acs"]
    assert all(r["session_key"] and not r["file"] for r in problems if r["kind"] != "unreadable")
    with open(csv_dir / "problems.csv", encoding="utf-8-sig") as fh:
        assert [r["file"] for r in csv.DictReader(fh) if r["file"]] == ["Carl Diaz.acs"]
    texts = _texts(wb)
    for name in sorted(csv_dir.iterdir()):
        with open(name, encoding="utf-8-sig") as fh:
            texts += [field for row in csv.reader(fh) for field in row]
    assert "D001_2026-03-02_C1-2" in texts
    assert not [t for t in texts if "Anna" in t or "Becker" in t or "visit" in t]
