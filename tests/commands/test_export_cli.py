"""``attachcoder export``: one workbook, a folder of workbooks, bad files, usage, --no-notes."""

from __future__ import annotations

from pathlib import Path

import pytest
from coded_sessions import coded
from openpyxl import load_workbook

from attachcoder.cli import main
from attachcoder.core import Session
from attachcoder.io.session.file import save


def _save(session: Session, path: Path) -> Path:
    save(session, path, backup=False)
    return path


def _texts(path: Path) -> list[str]:
    wb = load_workbook(path)
    return [str(c) for ws in wb for r in ws.iter_rows(values_only=True) for c in r if c]


def test_one_session_to_one_workbook(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _save(coded("M 0-4, A 4-9", notes={1: "smiles"}), tmp_path / "D001_C1.acs")
    out = tmp_path / "report.xlsx"
    assert main(["export", str(src), "-o", str(out)]) == 0
    assert "smiles" in _texts(out)
    assert str(out) in capsys.readouterr().out


def test_the_workbook_names_the_session_by_its_key_never_by_its_file(tmp_path: Path) -> None:
    # a file name may say more than the pseudonymous IDs do (DOMAIN.md, Privacy)
    src = _save(coded("M 0-4, A 4-9"), tmp_path / "Anna Becker home visit.acs")
    out = tmp_path / "report.xlsx"
    assert main(["export", str(src), "-o", str(out)]) == 0
    summary = list(load_workbook(out)["Summary"].iter_rows(values_only=True))
    pairs = {r[0]: r[1] for r in summary if r[0]}
    assert pairs["Session key"] == "D001_2026-03-02_C1"
    assert "Session file" not in pairs
    assert not [t for t in _texts(out) if "Anna" in t or "Becker" in t or ".acs" in t]


def test_no_notes(tmp_path: Path) -> None:
    src = _save(coded("M 0-4, A 4-9", notes={1: "smiles"}), tmp_path / "s.acs")
    out = tmp_path / "report.xlsx"
    assert main(["export", str(src), "-o", str(out), "--no-notes"]) == 0
    assert "smiles" not in _texts(out)


def test_several_sessions_into_a_folder_named_by_session_key(tmp_path: Path) -> None:
    a = _save(coded("A 0-1", coder="C1"), tmp_path / "a.acs")
    b = _save(coded("A 0-1", coder="C2"), tmp_path / "b.acs")
    c = _save(coded("A 0-1", coder="C2"), tmp_path / "c.acs")  # same key as b
    out = tmp_path / "books"
    assert main(["export", str(a), str(b), str(c), "-o", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "D001_2026-03-02_C1.xlsx",
        "D001_2026-03-02_C2-2.xlsx",
        "D001_2026-03-02_C2.xlsx",
    ]
    assert "D001_2026-03-02_C2-2" in _texts(out / "D001_2026-03-02_C2-2.xlsx")


def test_a_bad_file_is_reported_and_the_rest_exported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _save(coded("A 0-1"), tmp_path / "good.acs")
    bad = tmp_path / "bad.acs"
    bad.write_text("", encoding="utf-8")
    out = tmp_path / "books"
    assert main(["export", str(good), str(bad), "-o", str(out)]) == 1
    assert [p.name for p in out.iterdir()] == ["D001_2026-03-02_C1.xlsx"]
    assert f"{bad}: the file is empty" in capsys.readouterr().err


def test_a_missing_path_among_several_is_reported_and_the_rest_exported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _save(coded("A 0-1"), tmp_path / "good.acs")
    typo = tmp_path / "no-such-session.acs"
    out = tmp_path / "books"
    assert main(["export", str(typo), str(good), "-o", str(out)]) == 1
    assert [p.name for p in out.iterdir()] == ["D001_2026-03-02_C1.xlsx"]
    assert f"{typo}: no such file or folder" in capsys.readouterr().err


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = _save(coded("A 0-1"), tmp_path / "a.acs")
    b = _save(coded("A 0-1", coder="C2"), tmp_path / "b.acs")
    assert main(["export", str(a), "-o", str(tmp_path / "out.txt")]) == 2
    assert main(["export", str(a), str(b), "-o", str(tmp_path / "two.xlsx")]) == 2
    assert main(["export", str(a)]) == 2  # -o is required
    assert "must end in .xlsx" in capsys.readouterr().err
    assert not (tmp_path / "two.xlsx").exists()


def test_an_unwritable_output_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = _save(coded("A 0-1"), tmp_path / "a.acs")
    assert main(["export", str(a), "-o", str(tmp_path / "missing" / "out.xlsx")]) == 1
    assert "the folder does not exist" in capsys.readouterr().err
