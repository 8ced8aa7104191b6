"""The packaged build's study check (ATTACHCODER_STUDY_PROBE, run by scripts/smoke-bundle):
it passes on a study with a complete pair and fails when there is no drift line to paint."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from attachcoder.cli import main
from attachcoder.gui.study import dashboard_probe


def _study(tmp_path: Path, *, complete: bool) -> Path:
    sample, folder = tmp_path / "sample", tmp_path / "study"
    assert main(["sample", str(sample)]) == 0
    assert main(["study", "init", str(folder), "--coders", "C1,C2", "--fraction", "1"]) == 0
    assert (
        main(["study", "add", str(folder), str(sample / "demo.mp4"), "--date", "2026-01-15"]) == 0
    )
    assert main(["study", "sample", str(folder)]) == 0
    files = sorted(folder.rglob("*.acs"))
    assert len(files) == 2
    for i, path in enumerate(files, start=1):
        d = json.loads(path.read_text(encoding="utf-8"))
        d["episodes"] = json.loads((sample / f"D001_C{i}.acs").read_text(encoding="utf-8"))[
            "episodes"
        ]
        if complete:
            d["metadata"].update(status="complete", completed_at=f"2026-01-2{i}T10:00:00+00:00")
        path.write_text(json.dumps(d), encoding="utf-8")
    return folder


def test_probe_sees_the_dashboard_and_a_painted_drift_chart(
    qapp, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert dashboard_probe.run(_study(tmp_path, complete=True), timeout_s=20) == 0
    out = capsys.readouterr().out
    assert "study dashboard and drift chart shown" in out and "1 video(s), 3 line(s)" in out


def test_probe_fails_without_a_complete_pair_to_draw(
    qapp, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert dashboard_probe.run(_study(tmp_path, complete=False), timeout_s=0.5) == 1
    assert "no painted drift chart" in capsys.readouterr().err


def test_every_gui_module_imports() -> None:
    names = dashboard_probe.import_every_gui_module()
    assert "attachcoder.gui.study.agreement_view" in names and len(names) > 50
