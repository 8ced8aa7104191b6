"""``attachcoder import`` and ``attachcoder convert``: outputs, reports and exit codes."""

from __future__ import annotations

import csv
from pathlib import Path

from attachcoder.analysis.tables import EPISODE_COLUMNS
from attachcoder.cli import main
from attachcoder.io.interchange.eaf import read_eaf
from attachcoder.io.session.file import load

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_sessions" / "D001_C1.acs"


def test_import_a_boris_project_into_a_folder_one_session_per_observation(
    shared_fixtures, tmp_path, capsys
):
    out = tmp_path / "sessions"
    code = main(["import", str(shared_fixtures / "boris" / "test.boris"), "-o", str(out)])
    assert code == 0
    files = sorted(p.name for p in out.glob("*.acs"))
    assert len(files) == 12 and "observation #2.acs" in files
    assert len(load(out / "observation #1.acs")) == 4
    printed = capsys.readouterr().out
    assert "import report for test.boris:" in printed
    assert "never stopped" in printed  # the report is printed
    assert f"wrote {out / 'modifiers.acs'} (5 episodes)" in printed


def test_import_one_observation_into_an_acs_file(shared_fixtures, tmp_path):
    out = tmp_path / "mod.acs"
    source = str(shared_fixtures / "boris" / "test.boris")
    assert main(["import", source, "--observation", "modifiers", "-o", str(out)]) == 0
    assert len(load(out)) == 5


def test_import_elan(fixtures, tmp_path):
    eaf = tmp_path / "speach.acs"
    assert main(["import", str(fixtures / "elan" / "speach-test.eaf"), "-o", str(eaf)]) == 0
    assert len(load(eaf)) == 23


def test_import_datavyu(shared_fixtures, tmp_path):
    opf = tmp_path / "datavyu.acs"
    source = shared_fixtures / "datavyu" / "DatavyuSampleSpreadsheet.opf"
    assert main(["import", str(source), "-o", str(opf)]) == 0
    assert len(load(opf)) == 81


def test_a_boris_project_of_many_observations_needs_a_folder_or_one_name(
    shared_fixtures, tmp_path, capsys
):
    boris = str(shared_fixtures / "boris" / "test.boris")
    assert main(["import", boris, "-o", str(tmp_path / "all.acs")]) == 2
    assert "holds 12 observations" in capsys.readouterr().err
    assert main(["import", boris, "--observation", "nope", "-o", str(tmp_path / "x.acs")]) == 2
    assert not list(tmp_path.iterdir())


def test_usage_errors_exit_2(fixtures, tmp_path, capsys):
    eaf = str(fixtures / "elan" / "speach-test.eaf")
    assert main(["import", eaf, "--observation", "x", "-o", str(tmp_path / "x.acs")]) == 2
    assert main(["import", str(tmp_path / "notes.txt"), "-o", str(tmp_path / "x.acs")]) == 2
    assert main(["convert", str(SAMPLE), "-o", str(tmp_path / "x.xlsx")]) == 2
    assert "the extension chooses the format" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_bad_input_exits_1_and_writes_nothing(tmp_path, capsys):
    broken = tmp_path / "broken.eaf"
    broken.write_text("<ANNOTATION_DOCUMENT><HEADER></ANNOTATION_DOCUMENT>")
    out = tmp_path / "out.acs"
    assert main(["import", str(broken), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{broken}: line 1, column" in err and "nothing was imported" in err
    assert not out.exists()
    assert main(["import", str(tmp_path / "missing.boris"), "-o", str(out)]) == 1
    assert main(["convert", str(tmp_path / "missing.acs"), "-o", str(tmp_path / "x.eaf")]) == 1
    assert not (tmp_path / "x.eaf").exists()


def test_a_damaged_observation_makes_exit_1_but_the_rest_is_written(tmp_path, capsys):
    project = tmp_path / "p.boris"
    project.write_text(
        '{"project_format_version": "7.0", "subjects_conf": {}, "behaviors_conf": '
        '{"0": {"type": "Point event", "code": "t", "key": "t", "modifiers": {}}}, '
        '"observations": {"ok": {"type": "LIVE", "events": [[1.5, "", "t", "", ""]]}, '
        '"bad": {"type": "LIVE", "events": {"1": [1.5, "", "t", "", ""]}}}}'
    )
    out = tmp_path / "out"
    assert main(["import", str(project), "-o", str(out)]) == 1
    assert [p.name for p in out.iterdir()] == ["ok.acs"]
    assert "observation 'bad': its events are not a list" in capsys.readouterr().err


def test_convert_to_eaf_sds_and_csv(tmp_path, capsys):
    eaf = tmp_path / "d.eaf"
    assert main(["convert", str(SAMPLE), "-o", str(eaf)]) == 0
    original = load(SAMPLE)
    back = read_eaf(eaf).sessions[0][1]
    assert len(back) == len(original) and back.scheme == original.scheme
    sds = tmp_path / "d.sds"
    assert main(["convert", str(SAMPLE), "-o", str(sds)]) == 0
    assert "<D001_2026-01-15_C1>" in sds.read_text(encoding="utf-8")
    table = tmp_path / "d.csv"
    assert main(["convert", str(SAMPLE), "-o", str(table), "--no-notes"]) == 0
    with table.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == EPISODE_COLUMNS
    assert len(rows) == len(original)
    assert all(r["note"] == "" for r in rows)
    assert any(r["modifiers"].startswith("initiator=") for r in rows)
    assert "demo.mp4" not in table.read_text(encoding="utf-8")
    assert "wrote" in capsys.readouterr().out


def test_relative_media_paths_still_find_the_video_from_the_new_folder(shared_fixtures, tmp_path):
    """BORIS names videos relative to its project; saved elsewhere, they must still point there:
    by an absolute path, as the videos do not lie under the new session's folder."""
    from attachcoder.io.session.file import media_path

    out = tmp_path / "deep" / "folder"
    assert main(["import", str(shared_fixtures / "boris" / "test.boris"), "-o", str(out)]) in (0, 1)
    boris_dir = (shared_fixtures / "boris").resolve()
    rebased = []
    for f in sorted(out.glob("*.acs")):
        for m in load(f).media:
            if "/home/" not in m.path:  # the project's own absolute paths stay as they are
                assert Path(m.path).is_absolute(), "never a path climbing out of the folder"
                rebased.append(media_path(f, m).resolve())
    assert rebased, "the project names some videos relative to itself"
    assert all(p.parent == boris_dir for p in rebased)


def test_media_beside_the_file_are_found_and_stored_relative_below_the_session(tmp_path):
    """ELAN's MEDIA_URL names another machine; the video lies beside the .eaf, as its
    RELATIVE_MEDIA_URL says: the session finds it there, by a relative path when it is saved
    in the same folder or above it."""
    folder = tmp_path / "project"
    (folder / "video").mkdir(parents=True)
    (folder / "video" / "clip.mp4").write_bytes(b"x")
    eaf = folder / "c.eaf"
    eaf.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><ANNOTATION_DOCUMENT FORMAT="3.0" VERSION="3.0">'
        '<HEADER TIME_UNITS="milliseconds"><MEDIA_DESCRIPTOR MEDIA_URL="file:///F:/lab/clip.mp4"'
        ' RELATIVE_MEDIA_URL="./video/clip.mp4" MIME_TYPE="video/mp4"/></HEADER>'
        '<TIME_ORDER><TIME_SLOT TIME_SLOT_ID="t1" TIME_VALUE="0"/>'
        '<TIME_SLOT TIME_SLOT_ID="t2" TIME_VALUE="500"/></TIME_ORDER>'
        '<TIER LINGUISTIC_TYPE_REF="d" TIER_ID="Mom"><ANNOTATION><ALIGNABLE_ANNOTATION '
        'ANNOTATION_ID="a1" TIME_SLOT_REF1="t1" TIME_SLOT_REF2="t2"><ANNOTATION_VALUE>look'
        "</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION></TIER>"
        '<LINGUISTIC_TYPE LINGUISTIC_TYPE_ID="d" TIME_ALIGNABLE="true"/></ANNOTATION_DOCUMENT>',
        encoding="utf-8",
    )
    assert main(["import", str(eaf), "-o", str(folder / "c.acs")]) == 0
    assert [m.path for m in load(folder / "c.acs").media] == ["video/clip.mp4"]
    assert main(["import", str(eaf), "-o", str(tmp_path / "elsewhere" / "c.acs")]) == 0
    moved = load(tmp_path / "elsewhere" / "c.acs").media[0].path
    assert moved == str((folder / "video" / "clip.mp4").resolve())


def test_check_warns_when_a_sessions_media_is_missing(tmp_path, capsys):
    from attachcoder.io.session.file import save

    session = load(SAMPLE)
    target = tmp_path / "s.acs"
    save(session, target)
    capsys.readouterr()
    assert main(["check", str(target)]) == 0  # a missing video is a warning, not a fault
    out = capsys.readouterr().out
    assert f"{target}: ok" in out
    assert "media" in out and "not found" in out and session.media[0].path in out
    assert main(["check", str(SAMPLE)]) == 0
    assert "not found" not in capsys.readouterr().out


def test_one_session_to_a_name_that_is_not_acs_is_a_usage_error(fixtures, tmp_path):
    out = tmp_path / "out.txt"
    assert main(["import", str(fixtures / "elan" / "speach-test.eaf"), "-o", str(out)]) == 2
    assert not out.exists()
