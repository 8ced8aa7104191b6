"""``attachcoder batch``: exit codes, full paths on the terminal only, progress, --quiet, --csv."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from coded_sessions import coded
from openpyxl import load_workbook

from attachcoder.cli import main
from attachcoder.commands.batch import ProgressBar
from attachcoder.io.session.file import save


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    save(coded("A 0-4, M 4-6, A 6-9"), d / "a.acs", backup=False)
    save(coded("A 0-4", coder="C2"), d / "b.acs", backup=False)
    return d


def test_all_good_exits_0(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "all.xlsx"
    assert main(["batch", str(folder), "-o", str(out), "--csv", str(tmp_path / "csv")]) == 0
    captured = capsys.readouterr()
    assert "2 of 2 session file(s) exported" in captured.out
    assert "batch: 2/2" in captured.err  # progress on stderr (not a terminal: a line per tenth)
    assert len(list((tmp_path / "csv").glob("*.csv"))) == 5
    assert load_workbook(out)["Sessions"].max_row == 3


def test_a_bad_file_exits_1_with_its_full_path_on_the_terminal_only(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "bad.acs").write_text("[]", encoding="utf-8")
    out = tmp_path / "all.xlsx"
    assert main(["batch", str(folder), "-o", str(out), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert str(folder / "bad.acs") in err
    assert "batch:" not in err  # --quiet: no progress
    problems = list(load_workbook(out)["Problems"].iter_rows(values_only=True))
    assert problems[1][0] == "bad.acs"
    assert all(str(folder) not in str(c) for r in problems for c in r)


def test_nothing_found_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["batch", str(empty), "-o", str(tmp_path / "x.xlsx"), "--quiet"]) == 1
    assert "no session files found" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists()


def test_output_must_be_xlsx(folder: Path, tmp_path: Path) -> None:
    assert main(["batch", str(folder), "-o", str(tmp_path / "x.csv")]) == 2


def test_progress_bar_on_a_terminal_redraws_in_place() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Tty()
    bar = ProgressBar(stream, width=10)
    bar(0, 4, "a.acs")
    bar(4, 4, "")
    text = stream.getvalue()
    assert text.startswith("\r[----------] 0/4 a.acs")
    assert "\r[##########] 4/4" in text and text.endswith("\n")


@pytest.mark.parametrize("with_csv", [True, False])
def test_a_table_past_the_row_limit_is_said_everywhere(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    with_csv: bool,
) -> None:
    """Excel's row limit lowered to 40 rows a sheet: the 6 × 9 episodes continue on
    'Episodes (2)', and the terminal, the Problems sheet and the About sheet say so."""
    from attachcoder.io.reports import batch
    monkeypatch.setattr(batch, "EXCEL_MAX_ROWS", 40)
    d = tmp_path / "in"
    d.mkdir()
    for i in range(6):
        spec = ", ".join(f"{'AMR'[k % 3]} {k}-{k + 1}" for k in range(9))
        save(coded(spec, dyad=f"D{i}"), d / f"s{i}.acs", backup=False)
    out = tmp_path / "all.xlsx"
    argv = ["batch", str(d), "-o", str(out), "--quiet"]
    assert main([*argv, "--csv", str(tmp_path / "csv")] if with_csv else argv) == 0
    printed = capsys.readouterr()
    said = "Episodes continue on 'Episodes (2)'; the CSV holds the whole table"
    assert said in printed.out and said not in printed.err
    assert ("(episodes.csv)" in printed.out) is with_csv
    assert "Tallies continue on 'Tallies (2)'" in printed.out  # the tidy table is longer still
    wb = load_workbook(out)
    parts = [n for n in wb.sheetnames if n.startswith("Episodes")]
    assert parts == ["Episodes", "Episodes (2)"]
    rows = sum(wb[n].max_row - 1 for n in parts)
    assert rows == 6 * 9 and all(wb[n].max_row <= 40 for n in parts)
    problems = [r[3] for r in wb["Problems"].iter_rows(min_row=2, values_only=True)]
    assert any(p.startswith(said) for p in problems)
    about = [c for r in wb["About"].iter_rows(values_only=True) for c in r if isinstance(c, str)]
    assert any(t.startswith(said) for t in about)
    assert wb.sheetnames.index("Episodes (2)") == wb.sheetnames.index("Episodes") + 1
    if with_csv:
        with open(tmp_path / "csv" / "episodes.csv", encoding="utf-8-sig") as fh:
            assert sum(1 for _ in fh) - 1 == 6 * 9  # the whole table
