"""IDs refuse control and text-direction characters at every door, naming the field.

The rule is one function (:func:`attachcoder.core.ids.id_problem`); these tests knock on each
door an ID comes in by: ``new``, ``study init``, ``study add`` (a dyad ID from a video's file
name), the study file, imports, and the file names made from IDs (``export`` of several
sessions, imported observations). ``check`` is in tests/io/sheets/test_csv_values.py, the session
dialogs in tests/gui/dialogs/test_session_dialogs.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from coded_sessions import coded

from attachcoder.cli import main
from attachcoder.core.ids import file_name_part, id_problem
from attachcoder.core.study import Study, StudyVideo
from attachcoder.io.interchange import ImportResult, session_file_names
from attachcoder.io.interchange import _refuse_bad_ids as refuse_bad_ids
from attachcoder.io.session.file import save
from attachcoder.io.study.file import StudyFileError, load_study, save_study
from attachcoder.io.study.operations import MediaFacts, add_videos

FORBIDDEN = [
    *"\r\n\t\x00\x7f\x85",  # C0, DEL, C1
    *"\u202a\u202b\u202c\u202d\u202e",  # embeddings and overrides
    *"\u2066\u2067\u2068\u2069",  # isolates
    *"\u200e\u200f\u061c",  # marks
]


@pytest.mark.parametrize("ch", FORBIDDEN, ids=lambda c: f"U+{ord(c):04X}")
def test_the_rule_refuses_each_control_and_direction_character(ch: str) -> None:
    problem = id_problem("dyad ID", f"D{ch}1")
    assert problem is not None and problem.startswith("the dyad ID ")
    assert f"U+{ord(ch):04X}" in problem and ch not in problem
    assert ch not in file_name_part(f"D{ch}1") and file_name_part(f"D{ch}1").startswith("D")


@pytest.mark.parametrize("ok", ["D014", "Säugling-7", "嬰兒 3", "طفل٣", "D 1.2", "=1+1", "-5"])
def test_ordinary_ids_in_any_script_pass(ok: str) -> None:
    assert id_problem("coder ID", ok) is None


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    rc = main([str(a) for a in argv])
    out = capsys.readouterr()
    return rc, out.out, out.err


def test_new_refuses_a_hostile_id_and_writes_nothing(tmp_path: Path, capsys) -> None:
    out = tmp_path / "s.acs"
    rc, _, err = run(capsys, "new", out, "--dyad", "D\r=1+1")
    assert rc == 2 and "--dyad: the dyad ID 'D\\r=1+1' holds U+000D" in err
    rc, _, err = run(capsys, "new", out, "--coder", "C\u202e1")
    assert rc == 2 and "--coder: the coder ID" in err and "RIGHT-TO-LEFT OVERRIDE" in err
    assert not out.exists()
    assert run(capsys, "new", out, "--dyad", "D1", "--coder", "C1")[0] == 0
    named = tmp_path / "D\u202e1_C1.acs"  # DYAD_CODER.acs gives the IDs: not this one
    rc, _, err = run(capsys, "new", named)
    assert rc == 1 and "the dyad ID" in err and "U+202E" in err and "rename it" in err
    assert not named.exists()


def test_study_init_refuses_a_hostile_coder(tmp_path: Path, capsys) -> None:
    rc, _, err = run(capsys, "study", "init", tmp_path / "s", "--coders", "C1,C\u20672")
    assert rc == 1 and "coder ID" in err and "U+2067" in err
    assert not (tmp_path / "s" / "study.json").exists()


def test_study_add_refuses_a_video_whose_name_makes_a_hostile_dyad_id(tmp_path: Path) -> None:
    root = tmp_path / "study"
    assert main(["study", "init", str(root), "--coders", "C1,C2", "--seed", "1"]) == 0
    videos = tmp_path / "videos"
    videos.mkdir()
    bad = videos / "D\u202e4pm.mp4"
    good = videos / "D5.mp4"
    bad.write_bytes(b"a")
    good.write_bytes(b"b")
    probed: list[Path] = []

    def probe(path: Path) -> MediaFacts:
        probed.append(path)
        return MediaFacts(60_000, 25.0)

    report = add_videos(root, [bad, good], probe=probe, date="2027-01-10")
    assert [v.dyad_id for v in report.added] == ["D5"]
    [problem] = report.problems
    assert "not added: the dyad ID" in problem and "U+202E" in problem
    assert "rename the file" in problem and probed == [good]
    names = [p.name for p in (root / "sessions").rglob("*")]
    assert not any("\u202e" in n for n in names)


def test_a_study_file_with_a_hostile_id_is_refused_naming_it(tmp_path: Path) -> None:
    video = StudyVideo("D1", "2027-01-10", "v.mp4", "a" * 64, "C1")
    save_study(Study("s", ("C1", "C2"), videos=(video,)), tmp_path)
    doc = json.loads((tmp_path / "study.json").read_text(encoding="utf-8"))
    doc["videos"][0]["dyad_id"] = "D\n1"
    (tmp_path / "study.json").write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(
        StudyFileError, match=r"videos: the video v.mp4: the dyad ID 'D\\n1' holds U\+000A"
    ):
        load_study(tmp_path)


def test_an_import_with_a_hostile_id_is_not_imported_and_names_the_field(tmp_path: Path) -> None:
    result = ImportResult(tmp_path / "x.boris", "boris")
    result.sessions = [("obs1", coded("A 0-1", dyad="D\u202e1")), ("obs2", coded("A 0-1"))]
    refuse_bad_ids(result)
    assert [name for name, _ in result.sessions] == ["obs2"]
    [problem] = result.problems
    assert problem.place == "obs1: metadata.dyad_id" and "U+202E" in problem.problem


def test_no_file_name_made_from_an_id_carries_one(tmp_path: Path, capsys) -> None:
    names = session_file_names(["obs\u202egpj.exe", "obs\r1", "obs\u2066"])
    assert names == ["obsgpj.exe.acs", "obs_1.acs", "obs.acs"]
    paths = []
    for i, dyad in enumerate(["D\u202e1", "D\r2", "D\u200f3"]):
        p = tmp_path / f"s{i}.acs"
        save(coded("A 0-1", dyad=dyad), p, backup=False)
        paths.append(p)
    rc, _, _ = run(capsys, "export", *paths, "-o", tmp_path / "books")
    assert rc == 0
    made = sorted(p.name for p in (tmp_path / "books").iterdir())
    assert len(made) == 3
    for name in made:
        assert all(ch not in name for ch in FORBIDDEN), repr(name)
