"""A study folder a sync client touched: conflict copies are found, named, and resolved safely.

The folder is built through the commands (as in test_study_cli.py); the copies are made the way
Dropbox, OneDrive and Syncthing name them, and one more the way a person copies a file.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from small_videos import make_videos
from test_study_cli import build, fill, run

from attachcoder.io.study.conflicts import copy_maker, keep_one
from attachcoder.io.study.file import load_study
from attachcoder.io.study.status import CONFLICT, study_status


@pytest.fixture(scope="module")
def videos(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return make_videos(tmp_path_factory.mktemp("videos"), 12)


@pytest.mark.parametrize(
    ("copy", "maker"),
    [
        ("D001_C1 (conflicted copy 2026-01-02)", "Dropbox"),
        ("D001_C1 (Ana's conflicted copy 2026-01-02)", "Dropbox"),
        ("D001_C1-DESKTOP-1", "OneDrive"),
        ("D001_C1-LAPTOP-7QK2-2", "OneDrive"),
        ("D001_C1.sync-conflict-20260102-101500-ABCDEFG", "Syncthing"),
        ("D001_C1 (1)", "a copy"),
        ("D001_C1 - Copy", "a copy"),
    ],
)
def test_sync_clients_names_are_recognised(copy: str, maker: str) -> None:
    assert copy_maker("D001_C1", copy) == maker


def test_names_that_are_no_copy_are_not_taken_for_one() -> None:
    assert copy_maker("D001_C1", "D001_C1") is None
    assert copy_maker("D001_C1", "D001_C10") is None
    assert copy_maker("D001_C1", "D001_C2") is None


def test_conflict_copies_hold_the_dyad_out_and_are_named(qapp, tmp_path: Path, videos, capsys):
    folder = tmp_path / "shared-study"
    build(capsys, folder, videos)
    study = load_study(folder)
    for i, v in enumerate(study.videos):
        fill(folder / study.session_path(v, v.primary), 0, complete_at=f"2027-02-{i + 1:02d}T10:00")
        if v.reliability:
            fill(folder / study.session_path(v, v.reliability), 0, complete_at="2027-03-01T10:00")
    dyads = list(study.videos)
    made = {}
    names = [
        "{} (conflicted copy 2026-01-02).acs",
        "{}-DESKTOP-1.acs",
        "{}.sync-conflict-20260102-101500-ABCDEFG.acs",
    ]
    for v, pattern in zip(dyads[:3], names, strict=True):
        assigned = folder / study.session_path(v, v.primary)
        copy = assigned.with_name(pattern.format(assigned.stem))
        shutil.copy(assigned, copy)
        made[v.dyad_id] = (assigned, copy)
    # a copy under a name no client uses, found by the dyad and coder it names
    v4 = dyads[3]
    assigned4 = folder / study.session_path(v4, v4.primary)
    odd = assigned4.with_name("finished-version.acs")
    shutil.copy(assigned4, odd)
    made[v4.dyad_id] = (assigned4, odd)

    rc, out, err = run(capsys, "study", "status", folder)
    assert rc == 1
    for assigned, copy in made.values():
        assert copy.name in err and assigned.name in err
    assert "4 in conflict" in out

    rc, out, _ = run(capsys, "study", "status", folder, "--json")
    doc = json.loads(out)
    by_dyad = {row["dyad_id"]: row for row in doc["videos"]}
    for dyad, (_, copy) in made.items():
        assert by_dyad[dyad]["primary_status"] == CONFLICT
        assert [c["copy"] for c in by_dyad[dyad]["conflicts"]] == [str(copy)]
    assert doc["totals"]["overall"]["conflict"] == 4

    # the agreement JSON says why those dyads are not among its pairs
    rc, out, _ = run(capsys, "study", "agreement", folder, "--json")
    doc = json.loads(out)
    assert rc == 1 and {p["dyad_id"] for p in doc["pairs"]}.isdisjoint(made)
    double = {v.dyad_id for v in study.videos if v.reliability} & set(made)
    assert double  # the sample draws some of them
    for dyad in double:
        assert f"dyad {dyad}: left out of agreement until its conflict is resolved" in doc[
            "left_out"
        ]
    assert not any(".acs" in line for line in doc["left_out"])

    out_xlsx = tmp_path / "study.xlsx"
    rc, out, err = run(capsys, "study", "export", folder, "-o", out_xlsx)
    assert rc == 1
    assert "4 of them in conflict" in out
    sessions = load_workbook(out_xlsx, read_only=True)["Sessions"]
    header, *rows = list(sessions.values)
    exported = {row[header.index("dyad_id")] for row in rows}
    assert exported == {v.dyad_id for v in study.videos} - set(made)
    for assigned, copy in made.values():
        assert any(copy.name in line and assigned.name in line for line in err.splitlines())
    # the workbook itself says why each dyad is missing (by dyad and coder, never a file name)
    problems = list(load_workbook(out_xlsx, read_only=True)["Problems"].values)
    conflict_lines = [r[3] for r in problems[1:] if r[2] == "conflict"]
    assert len(conflict_lines) == len(made)
    for dyad in made:
        v = next(v for v in study.videos if v.dyad_id == dyad)
        [line] = [x for x in conflict_lines if x.startswith(f"dyad {dyad}, coder {v.primary} ")]
        assert "left out of the analysis tables and agreement" in line
    assert "Dropbox's name" in " ".join(conflict_lines)
    assert not any(".acs" in str(cell) for row in problems for cell in row)


def test_keeping_the_copy_sets_the_assigned_file_aside(qapp, tmp_path: Path, videos, capsys):
    folder = tmp_path / "study"
    build(capsys, folder, videos)
    study = load_study(folder)
    v = study.videos[0]
    assigned = folder / study.session_path(v, v.primary)
    fill(assigned, 0, complete_at=None)
    copy = assigned.with_name(f"{assigned.stem} (conflicted copy 2026-01-02).acs")
    shutil.copy(assigned, copy)
    fill(copy, 1, complete_at="2027-02-01T10:00")  # the finished coding is the renamed copy
    finished = copy.read_bytes()
    older = assigned.read_bytes()

    assert study_status(study, folder).videos[0].primary.status == CONFLICT
    aside = keep_one(assigned, copy, keep_copy=True)
    assert assigned.read_bytes() == finished
    assert aside.read_bytes() == older and aside.name.endswith(".bak")
    assert not copy.exists()
    status = study_status(study, folder)
    assert status.videos[0].primary.status == "complete"
    assert not status.problems


def test_keeping_the_assigned_file_sets_the_copy_aside(qapp, tmp_path: Path, videos, capsys):
    folder = tmp_path / "study"
    build(capsys, folder, videos)
    study = load_study(folder)
    v = study.videos[0]
    assigned = folder / study.session_path(v, v.primary)
    copy = assigned.with_name(f"{assigned.stem}-DESKTOP-1.acs")
    shutil.copy(assigned, copy)
    kept = assigned.read_bytes()
    aside = keep_one(assigned, copy, keep_copy=False)
    assert assigned.read_bytes() == kept and aside.exists() and not copy.exists()
    assert study_status(study, folder).videos[0].primary.status != CONFLICT
