"""A study of 12 generated videos with three coders, built through the commands (STUDY.md).

The videos are real (imageio-ffmpeg) and probed by the program's Qt media probe headless; the
coders' work is written into their session files as the window would save it.
"""

from __future__ import annotations

import csv
import dataclasses
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from small_videos import make_videos

from attachcoder.cli import main
from attachcoder.core import Episode
from attachcoder.io.session.file import load, save
from attachcoder.io.study.file import load_study

CODES = ["attuned", "misattuned", "repair"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    rc = main([str(a) for a in argv])
    out = capsys.readouterr()
    return rc, out.out, out.err


def fill(path: Path, shift: int, *, complete_at: str | None) -> None:
    """Code the Interaction layer in 2 s stretches; ``shift`` moves the codes along."""
    s = load(path)
    eps = [
        Episode(f"e{i}", "Interaction", CODES[(i + shift) % 3], i * 2000, (i + 1) * 2000)
        for i in range(s.duration_ms // 2000)
    ]
    s = type(s)(
        s.scheme, metadata=s.metadata, media=s.media, duration_ms=s.duration_ms, episodes=eps
    )
    if complete_at is not None:
        s.metadata = dataclasses.replace(s.metadata, status="complete", completed_at=complete_at)
    save(s, path, backup=False)


@pytest.fixture(scope="module")
def videos(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return make_videos(tmp_path_factory.mktemp("videos"), 12)


def build(capsys, folder: Path, videos: list[Path], seed: int = 7) -> None:
    rc, out, _ = run(
        capsys,
        "study",
        "init",
        folder,
        "--coders",
        "C1,C2,C3",
        "--seed",
        seed,
        "--fraction",
        "0.25",
        "--tolerance",
        "0s",
    )
    assert rc == 0, out
    rc, out, err = run(capsys, "study", "add", folder, *videos[:8], "--date", "2027-01-10")
    assert rc == 0, err
    rc, _, _ = run(capsys, "study", "sample", folder)
    assert rc == 0
    rc, out, err = run(capsys, "study", "add", folder, *videos[8:])
    assert rc == 0, err
    assert run(capsys, "study", "sample", folder)[0] == 0


def test_a_study_through_the_commands(qapp, tmp_path: Path, videos, capsys) -> None:
    folder = tmp_path / "still-face"
    build(capsys, folder, videos)
    study = load_study(folder)
    assert len(study.videos) == 12
    assert [v.primary for v in study.videos] == ["C1", "C2", "C3"] * 4
    assert all(v.duration_ms == 6000 and v.fps == pytest.approx(5) for v in study.videos)
    sampled = [v for v in study.videos if v.reliability is not None]
    assert len(sampled) >= 3  # ceil(0.25 × 12)
    assert all(v.reliability != v.primary for v in sampled)

    # the same videos and seed give the same picks; a second draw changes nothing
    twin = tmp_path / "twin"
    build(capsys, twin, videos)
    assert [v.reliability for v in load_study(twin).videos] == [v.reliability for v in study.videos]
    run(capsys, "study", "sample", folder)
    assert load_study(folder) == study

    # a video already in the study (same hash) is reported and skipped
    rc, _, err = run(capsys, "study", "add", folder, videos[0])
    assert rc == 0 and "already in the study as dyad D001" in err

    # coders work: primaries of D001–D009 complete, D010 in progress; all reliability complete
    for i, v in enumerate(study.videos):
        primary = folder / "sessions" / v.dyad_id / f"{v.dyad_id}_{v.primary}.acs"
        if i < 10:
            fill(primary, 0, complete_at=f"2027-02-{i + 1:02}T10:00:00+00:00" if i < 9 else None)
        if v.reliability is not None:
            rel = folder / "sessions" / v.dyad_id / f"{v.dyad_id}_{v.reliability}.acs"
            fill(rel, i % 2, complete_at=f"2027-02-{i + 2:02}T12:00:00+00:00")

    rc, out, _ = run(capsys, "study", "status", folder, "--json")
    assert rc == 0
    doc = json.loads(out)
    by_dyad = {r["dyad_id"]: r for r in doc["videos"]}
    assert by_dyad["D001"]["primary_status"] == "complete"
    assert by_dyad["D010"]["primary_status"] == "in progress"
    assert by_dyad["D012"]["primary_status"] == "not started"
    assert doc["totals"]["overall"]["complete"] == 9 + len(sampled)

    rc, out, _ = run(capsys, "study", "agreement", folder, "--json")
    ag = json.loads(out)
    complete_pairs = [v for i, v in enumerate(study.videos) if v.reliability and i < 9]
    assert [p["dyad_id"] for p in ag["pairs"]] == [v.dyad_id for v in complete_pairs]
    assert rc == 0
    for pair, v in zip(ag["pairs"], complete_pairs, strict=True):
        a = folder / "sessions" / v.dyad_id / f"{v.dyad_id}_{v.primary}.acs"
        b = folder / "sessions" / v.dyad_id / f"{v.dyad_id}_{v.reliability}.acs"
        rc, out, _ = run(capsys, "agreement", a, b, "--unit", "1s", "--tolerance", "0s", "--json")
        assert rc == 0 and json.loads(out)["layers"] == pair["layers"]
    for coder in ("C1", "C2", "C3"):
        mine = [p for p in ag["pairs"] if coder in p["coders"]]
        assert len(ag["drift"][coder]["series"]) == len(mine)

    out_xlsx = tmp_path / "study.xlsx"
    rc, out, err = run(
        capsys,
        "study",
        "export",
        folder,
        "-o",
        out_xlsx,
        "--timeseries",
        tmp_path / "ts",
        "--step",
        "1s",
    )
    assert rc == 0, err
    wb = load_workbook(out_xlsx, read_only=True)
    keys = [r[0] for r in wb["Sessions"].iter_rows(min_row=2, values_only=True)]
    expected = [f"{v.dyad_id}_2027-01-10_{v.primary}" for v in study.videos[:8]]
    expected += [f"{v.dyad_id}_{v.session_date}_{v.primary}" for v in study.videos[8:9]]
    assert sorted(keys) == sorted(expected)  # complete primary codings only, each dyad once
    episode_coders = {r[2] for r in wb["Episodes"].iter_rows(min_row=2, values_only=True)}
    assert episode_coders <= {v.primary for v in study.videos[:9]}
    rel_rows = list(
        wb["Reliability"].iter_rows(min_row=3, max_row=2 + len(complete_pairs), values_only=True)
    )
    assert [r[0] for r in rel_rows] == [v.dyad_id for v in complete_pairs]
    assert "Drift" in wb.sheetnames
    import zipfile

    with zipfile.ZipFile(out_xlsx) as z:  # the drift chart: one line per coder + the criterion
        chart = z.read("xl/charts/chart1.xml").decode()
    assert chart.count("<ser>") == 4 and "<lineChart>" in chart and "'Drift'!" in chart
    with open(tmp_path / "ts" / "timeseries.csv", newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 9 * 6 and {r["session_key"] for r in rows} == set(expected)


def test_a_missing_video_is_refused_and_nothing_written(qapp, tmp_path: Path, capsys) -> None:
    out = tmp_path / "s.acs"
    rc, _, err = run(capsys, "new", out, "--video", tmp_path / "nope.mp4")
    assert rc == 1 and "no such video file" in err and not out.exists()
    (tmp_path / "bad.mp4").write_bytes(b"not a video at all" * 100)
    rc, _, err = run(capsys, "new", out, "--video", tmp_path / "bad.mp4")
    assert rc == 1 and "cannot be read as a video" in err and not out.exists()


def test_new_makes_a_headless_session(qapp, tmp_path: Path, videos, capsys) -> None:
    out = tmp_path / "s.acs"
    rc, text, _ = run(
        capsys,
        "new",
        out,
        "--video",
        videos[0],
        "--video",
        videos[1],
        "--offset",
        "2s",
        "--dyad",
        "D1",
        "--coder",
        "C2",
        "--date",
        "2027-03-01",
    )
    assert rc == 0, text
    s = load(out)
    assert s.metadata.session_key() == "D1_2027-03-01_C2"
    assert [m.offset_ms for m in s.media] == [0, 2000] and s.duration_ms == 8000
    assert s.media[0].fps == pytest.approx(5) and len(s.media[0].sha256 or "") == 64
    assert run(capsys, "new", tmp_path / "live.acs")[0] == 0
    assert load(tmp_path / "live.acs").media == ()
    assert run(capsys, "new", out, "--offset", "1s")[0] == 2  # usage


def test_moved_study_missing_video_and_foreign_session_are_reported(
    qapp, tmp_path: Path, capsys
) -> None:
    base = tmp_path / "lab"
    vids = make_videos(base / "videos", 3)
    run(capsys, "study", "init", base / "study", "--coders", "C1,C2", "--seed", "1")
    assert run(capsys, "study", "add", base / "study", base / "videos")[0] == 0  # a folder
    assert [v.dyad_id for v in load_study(base / "study").videos] == [p.stem for p in vids]
    moved = tmp_path / "moved"
    base.rename(moved)  # the study and its videos moved as a whole: relative paths still hold
    (moved / "videos" / "D003.mp4").unlink()
    d2 = moved / "study" / "sessions" / "D002" / "D002_C2.acs"
    s = load(d2)
    s.metadata = dataclasses.replace(s.metadata, coder_id="C1")  # edited outside the study
    save(s, d2, backup=False)
    rc, out, err = run(capsys, "study", "status", moved / "study", "--json")
    doc = json.loads(out)
    assert rc == 1
    assert [v["video_missing"] for v in doc["videos"]] == [False, False, True]
    assert doc["videos"][1]["problems"] == ["names coder 'C1', not 'C2'"]
    assert "D002_C2.acs: names coder 'C1', not 'C2'" in err
    assert "the video ../videos/D003.mp4 is missing" in err
    assert load_study(moved / "study").videos[1].primary == "C2"  # never silently reassigned


def test_new_says_when_the_frame_rate_varies(qapp, tmp_path: Path, capsys) -> None:
    from small_videos import make_variable_rate_video

    video = make_variable_rate_video(tmp_path / "phone.mp4")
    out = tmp_path / "phone.acs"
    rc, text, _ = run(capsys, "new", out, "--video", video)
    assert rc == 0
    assert "phone.mp4: variable frame rate (15–30 fps)" in text
    media = load(out).media[0]
    assert media.fps_range == pytest.approx((15, 30), abs=0.05)
    assert json.loads(out.read_text())["media"][0]["fps_range"] == list(media.fps_range)
    steady = make_videos(tmp_path, 1)[0]
    rc, text, _ = run(capsys, "new", tmp_path / "steady.acs", "--video", steady)
    assert rc == 0 and "variable" not in text
    assert load(tmp_path / "steady.acs").media[0].fps_range is None
    assert "fps_range" not in (tmp_path / "steady.acs").read_text()


def test_every_study_option_has_a_help_line() -> None:
    """`study init --help` and the others describe every option and argument they take."""
    import argparse

    from attachcoder.cli import _parser

    def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
        return next(
            a.choices for a in parser._actions if isinstance(a, argparse._SubParsersAction)
        )

    study = subcommands(subcommands(_parser())["study"])
    for name, sub in study.items():
        for action in sub._actions:
            if isinstance(action, argparse._HelpAction):
                continue
            assert action.help, f"study {name} {action.option_strings or action.dest}"
