"""``attachcoder new`` names a session by dyad, date and coder — never ``NA`` for the date:
without ``--date`` it takes the video's recording date (what the camera wrote into the file),
else the file's modification date, or today for a live session, and says which."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from small_videos import make_video

from attachcoder.cli import main
from attachcoder.io.media.recording_date import container_created, recording_date
from attachcoder.io.session.file import load


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    rc = main([str(a) for a in argv])
    out = capsys.readouterr()
    return rc, out.out, out.err


@pytest.fixture(scope="module")
def stamped(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A video whose camera wrote its recording time (noon UTC: the same date everywhere)."""
    folder = tmp_path_factory.mktemp("stamped")
    return make_video(folder / "long.mp4", 2, 11, created="2024-05-17T12:00:00Z")


@pytest.fixture(scope="module")
def unstamped(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("unstamped")
    path = make_video(folder / "clip.mp4", 2, 12)
    when = dt.datetime(2023, 2, 3, 12, 0).timestamp()
    os.utime(path, (when, when))
    return path


def test_the_recording_date_is_read_from_the_file_as_ffmpeg_wrote_it(
    stamped, unstamped, tmp_path: Path
) -> None:
    created = container_created(stamped)
    assert created is not None
    assert created.astimezone(dt.UTC) == dt.datetime(2024, 5, 17, 12, 0, tzinfo=dt.UTC)
    assert recording_date(stamped).date == "2024-05-17"
    assert recording_date(stamped).source == "recording"
    mkv = make_video(tmp_path / "cam.mkv", 1, 5, created="2022-11-30T12:00:00Z")
    assert recording_date(mkv).date == "2022-11-30"  # Matroska keeps it too
    assert container_created(unstamped) is None  # ffmpeg writes no time unless told
    assert recording_date(unstamped).date == "2023-02-03"
    assert recording_date(unstamped).source == "file"
    assert recording_date(None).date == dt.date.today().isoformat()
    not_video = unstamped.with_name("notes.avi")
    not_video.write_bytes(b"RIFF\x00\x00\x00\x00AVI LIST" + b"\x00" * 64)
    assert container_created(not_video) is None  # unreadable: its file's date, never a guess
    assert recording_date(not_video).source == "file"


def test_new_without_date_takes_the_recording_date_and_says_so(
    qapp, tmp_path: Path, stamped, capsys
) -> None:
    out = tmp_path / "D021_C3.acs"
    rc, text, err = run(capsys, "new", out, "--video", stamped)
    assert rc == 0, err
    assert "session date 2024-05-17: the video's recording date" in text
    assert "dyad D021, coder C3: from the file's name" in text
    meta = load(out).metadata
    assert (meta.dyad_id, meta.session_date, meta.coder_id) == ("D021", "2024-05-17", "C3")
    assert meta.session_key() == "D021_2024-05-17_C3"
    assert "NA" not in meta.session_key() and "note:" not in err


def test_new_falls_back_to_the_files_date_then_today(
    qapp, tmp_path: Path, unstamped, capsys
) -> None:
    out = tmp_path / "s.acs"
    rc, text, err = run(capsys, "new", out, "--video", unstamped, "--dyad", "D1", "--coder", "C2")
    assert rc == 0, err
    assert "session date 2023-02-03: the video file's modification date" in text
    assert load(out).metadata.session_key() == "D1_2023-02-03_C2"

    live = tmp_path / "live.acs"
    rc, text, err = run(capsys, "new", live)
    today = dt.date.today().isoformat()
    assert rc == 0 and f"session date {today}: today (no video)" in text
    assert load(live).metadata.session_date == today
    # no IDs and a name that gives none: made, with a note saying how exports will name it
    assert "note: no dyad or coder ID" in err and "--dyad and --coder" in err

    dated = tmp_path / "D5_C1.acs"
    assert run(capsys, "new", dated, "--date", "2025-01-31")[0] == 0
    assert load(dated).metadata.session_key() == "D5_2025-01-31_C1"


def test_every_option_of_new_has_a_help_line(capsys) -> None:
    main(["new", "--help"])
    text = capsys.readouterr().out
    for option in ("--video", "--offset", "--scheme", "--dyad", "--coder", "--date"):
        line = next(ln for ln in text.splitlines() if ln.strip().startswith(option))
        assert len(line.split(maxsplit=2)) == 3, line  # the option, its value, its help
    assert "recording date" in text and "DYAD_CODER.acs" in text
