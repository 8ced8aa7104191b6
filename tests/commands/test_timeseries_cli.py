"""``attachcoder batch --timeseries DIR --step DUR`` writes timeseries.csv beside the workbook."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from coded_sessions import coded

from attachcoder.cli import main
from attachcoder.io.session.file import save


def test_batch_writes_the_time_series(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    save(coded("A 0-1, M 1-2", marks="b 0.3"), tmp_path / "a.acs", backup=False)
    save(coded("R 0-1", coder="C2"), tmp_path / "b.acs", backup=False)
    rc = main(
        [
            "batch",
            str(tmp_path),
            "-o",
            str(tmp_path / "x.xlsx"),
            "--quiet",
            "--timeseries",
            str(tmp_path / "ts"),
            "--step",
            "500ms",
        ]
    )
    assert rc == 0
    with open(tmp_path / "ts" / "timeseries.csv", newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["t_s"] for r in rows] == ["0.0", "0.5", "1.0", "1.5", "0.0", "0.5"]
    assert [r["Interaction"] for r in rows] == ["attuned"] * 2 + ["misattuned"] * 2 + ["repair"] * 2
    assert [r["infant bid"] for r in rows] == ["1", "0", "0", "0", "0", "0"]


def test_a_bad_step_is_a_usage_error(tmp_path: Path) -> None:
    save(coded("A 0-1"), tmp_path / "a.acs", backup=False)
    argv = ["batch", str(tmp_path), "-o", str(tmp_path / "x.xlsx"), "--timeseries", str(tmp_path)]
    assert main([*argv, "--step", "0s"]) == 2
    assert main([*argv, "--step", "soon"]) == 2
