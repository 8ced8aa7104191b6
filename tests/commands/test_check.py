"""``attachcoder check``: every problem with file and place; exit 0 sound, 1 bad input, 2 usage."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from attachcoder import __version__
from attachcoder.cli import main

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "sample_sessions"


def bad_copy(tmp_path: Path, name: str = "bad.acs") -> Path:
    doc = json.loads((SAMPLES / "D001_C1.acs").read_text(encoding="utf-8"))
    doc["episodes"][12]["code"] = "x"
    doc["episodes"][20]["onset_ms"] = -1
    path = tmp_path / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_sound_files_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    files = [SAMPLES / "D001_C1.acs", SAMPLES / "D001_C2.acs"]
    assert main(["check", *map(str, files)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{files[0]}: ok (")
    assert "D001_2026-01-15_C1" in out[0]
    assert out[-1] == "2 of 2 files are sound"


def test_a_bad_file_exits_1_naming_file_and_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = bad_copy(tmp_path)
    good = SAMPLES / "D001_C1.acs"
    assert main(["check", str(bad), str(good)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{bad}: episodes[20] (id 'e21').onset_ms: ")
    assert out[1].startswith(f"{good}: ok")  # the rest is still checked
    assert out[-1] == "1 of 2 files are sound"


def test_semantic_problems_are_listed_one_per_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = json.loads((SAMPLES / "D001_C1.acs").read_text(encoding="utf-8"))
    doc["episodes"][12]["code"] = "x"
    k, bid = next((k, e) for k, e in enumerate(doc["episodes"]) if e["layer"] == "Marks")
    bid["offset_ms"] = bid["onset_ms"] + 40
    path = tmp_path / "two.acs"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert sorted(out) == sorted(
        [
            f"{path}: episodes[12] (id 'e13'): code 'x' is not in layer 'Interaction' of the "
            "scheme",
            f"{path}: episodes[{k}] (id '{bid['id']}'): a point has no offset (its offset_ms "
            "must be null)",
        ]
    )


def test_a_folder_is_searched_and_backups_and_journals_are_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sub = tmp_path / "coder2"
    sub.mkdir()
    (sub / "s.acs").write_bytes((SAMPLES / "D001_C2.acs").read_bytes())
    (sub / "s.acs.bak").write_text("not a session")
    (sub / "s.acs.journal").write_text("not a session either")
    assert main(["check", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert ".bak" not in out and ".journal" not in out
    assert f"{sub / 's.acs'}: ok" in out


def test_missing_and_empty_inputs_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(tmp_path / "absent.acs")]) == 1
    assert capsys.readouterr().out.strip() == f"{tmp_path / 'absent.acs'}: no such file"
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["check", str(empty)]) == 1
    assert "no session files found" in capsys.readouterr().err


def test_a_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 2
    assert "the following arguments are required: SESSION" in capsys.readouterr().err
    assert main(["check", "--frobnicate", "x.acs"]) == 2


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"attachcoder {__version__}"


def test_the_installed_command_runs_check(tmp_path: Path) -> None:
    bad = bad_copy(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "attachcoder.cli", "check", str(bad)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stdout.startswith(f"{bad}: episodes[20] (id 'e21').onset_ms: ")


def test_a_complete_coding_with_a_state_running_is_flagged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A complete coding has nothing running; a running state without an observed end is
    named (every figure leaves it out) but the file is sound."""
    import dataclasses

    from attachcoder.io.session.file import load, save

    s = load(SAMPLES / "D001_C1.acs")
    last = max(s.layer_episodes("Interaction"), key=lambda e: e.onset_ms)
    s.apply(s.plan_update(last.id, offset_ms=None))  # the coder never ended it
    open_file = tmp_path / "open.acs"
    save(s, open_file, backup=False)
    s.metadata = dataclasses.replace(s.metadata, status="complete", completed_at="2027-02-01T10:00")
    done = tmp_path / "done.acs"
    save(s, done, backup=False)
    assert main(["check", str(open_file), str(done)]) == 1
    out = [x for x in capsys.readouterr().out.splitlines() if ": warning: media " not in x]
    assert out[0].startswith(f"{open_file}: ok")
    assert out[1].startswith(f"{open_file}: note: {last.code!r} in layer 'Interaction'")
    assert "left out of every figure" in out[1]
    assert out[2].startswith(f"{done}: metadata.status: the coding is marked complete but ")
    assert "is still running; reopen it for editing and end the state" in out[2]
    assert out[-1] == "1 of 2 files are sound"
