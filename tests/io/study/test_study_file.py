"""study.json: written atomically, read back equal, refused with file and place when bad;
the session's new status fields round-trip and older files load and save as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from attachcoder.core import Metadata
from attachcoder.core.session import Session
from attachcoder.core.study import ReliabilityPlan, Study, StudyVideo
from attachcoder.io.session.file import SessionFileError, default_scheme, dumps, load, loads, save
from attachcoder.io.study.file import StudyFileError, load_study, save_study
from attachcoder.io.study.status import read_metadata

STUDY = Study(
    "Still-face 2027",
    ("C1", "C2", "C3"),
    reliability=ReliabilityPlan(0.2, 7, "1s", "1s", 0.7),
    videos=(
        StudyVideo(
            "D001", "2027-01-10", "../videos/D001.mp4", "9" * 64, "C1", "C3", True, 5000, 25.0
        ),
        StudyVideo("D002", "2027-01-11", "../videos/D002.mp4", "4" * 64, "C2"),
    ),
)


def test_a_study_round_trips_and_keeps_unknown_keys(tmp_path: Path) -> None:
    save_study(STUDY, tmp_path)
    doc = json.loads((tmp_path / "study.json").read_text())
    assert doc["format"] == "attachcoder-study" and doc["videos"][1]["reliability"] is None
    doc["lab"] = "Leiden"
    doc["videos"][0]["camera"] = "left"
    (tmp_path / "study.json").write_text(json.dumps(doc))
    back = load_study(tmp_path)
    assert back == STUDY
    save_study(back, tmp_path)
    again = json.loads((tmp_path / "study.json").read_text())
    assert again["lab"] == "Leiden" and again["videos"][0]["camera"] == "left"


@pytest.mark.parametrize(
    ("edit", "place", "words"),
    [
        (lambda d: d["videos"][1].update(sha256="xyz"), "videos[1].sha256", "does not match"),
        (lambda d: d.update(coders="C1"), "coders", "is not of type"),
        (lambda d: d["videos"][1].update(primary="C9"), "videos", "'C9' is not in the study"),
        (lambda d: d["videos"][0].update(reliability="C1"), "videos", "both the primary"),
        (lambda d: d.update(version=9), "version", "newer attachcoder"),
    ],
)
def test_bad_files_are_refused_with_file_and_place(tmp_path: Path, edit, place, words) -> None:
    save_study(STUDY, tmp_path)
    doc = json.loads((tmp_path / "study.json").read_text())
    edit(doc)
    (tmp_path / "study.json").write_text(json.dumps(doc))
    with pytest.raises(StudyFileError) as info:
        load_study(tmp_path)
    assert info.value.place == place and words in info.value.problem
    assert str(tmp_path / "study.json") in str(info.value)


def test_not_json_says_where(tmp_path: Path) -> None:
    (tmp_path / "study.json").write_text('{"format": \n oops')
    with pytest.raises(StudyFileError, match="line 2"):
        load_study(tmp_path)


def test_session_status_round_trips_and_old_files_are_unchanged(tmp_path: Path) -> None:
    plain = Session(default_scheme(), metadata=Metadata("D1", "C1", "2027-01-10"), duration_ms=10)
    old = dumps(plain)
    assert b'"status"' not in old and dumps(loads(old)) == old  # older files as before
    done = Session(
        default_scheme(),
        metadata=Metadata("D1", "C1", status="complete", completed_at="2027-02-03T14:05:00+00:00"),
    )
    save(done, tmp_path / "a.acs")
    back = load(tmp_path / "a.acs")
    assert back.metadata.is_complete and back.metadata.completed_at.startswith("2027-02-03")
    meta, coded = read_metadata(tmp_path / "a.acs")
    assert meta["status"] == "complete" and coded is False


def test_a_bad_status_is_refused_with_its_place() -> None:
    doc = json.loads(dumps(Session(default_scheme())))
    doc["metadata"]["status"] = "done"
    with pytest.raises(SessionFileError) as info:
        loads(json.dumps(doc))
    assert info.value.place == "metadata.status"


def test_status_reads_files_written_by_other_tools(tmp_path: Path) -> None:
    """No header layout to cut at (compact JSON): the file is parsed whole, same answer."""
    from attachcoder.io.study.status import file_status

    s = Session(default_scheme(), metadata=Metadata("D1", "C1", status="in progress"))
    doc = json.loads(dumps(s))
    (tmp_path / "x.acs").write_text(json.dumps(doc, separators=(",", ":")))
    meta, coded = read_metadata(tmp_path / "x.acs")
    assert meta["dyad_id"] == "D1" and coded is False
    assert file_status(meta.get("status"), coded) == "in progress"
    assert file_status(None, False) == "not started" and file_status(None, True) == "in progress"
    (tmp_path / "y.acs").write_text("[1, 2]")
    with pytest.raises(ValueError):
        read_metadata(tmp_path / "y.acs")
