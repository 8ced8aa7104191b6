"""Importing Datavyu projects (.opf zips, spreadsheet formats #2 to #4)."""

from __future__ import annotations

import itertools
import zipfile

import pytest

from attachcoder.io.interchange import InterchangeError, import_file
from attachcoder.io.interchange.datavyu import read_opf


def spans(session, layer):
    return [(e.code, e.onset_ms, e.offset_ms) for e in session.layer_episodes(layer)]


@pytest.fixture
def sample(shared_fixtures):
    return import_file(shared_fixtures / "datavyu" / "DatavyuSampleSpreadsheet.opf")


def test_columns_become_layers_and_cells_episodes(sample):
    name, s = sample.sessions[0]
    assert name == "DatavyuSampleSpreadsheet"
    counts = {la.name: (la.kind, len(s.layer_episodes(la.name))) for la in s.scheme.layers}
    assert counts == {
        "MomSpeech": ("state", 20),
        "InfantSpeech": ("state", 6),
        "MomObject": ("state", 9),
        "BabyObject": ("state", 22),
        "Notes": ("state", 1),
        "Notes (points)": ("point", 3),
        "BabyLocation": ("state", 20),
    }
    assert s.problems() == []
    assert [c.name for c in s.scheme.layer("BabyLocation").codes] == ["p", "w", "m"]


def test_back_to_back_cells_meet_because_datavyu_offsets_are_inclusive(sample):
    s = sample.sessions[0][1]
    location = spans(s, "BabyLocation")
    # db: 00:00:00:000,00:00:07:061,(p) then 00:00:07:062,00:00:10:580,(w)
    assert location[:2] == [("p", 0, 7062), ("w", 7062, 10581)]
    assert all(a[2] == b[1] for a, b in itertools.pairwise(location))
    assert any("include their last millisecond" in line for line in sample.report)


def test_further_values_become_modifiers_and_equal_times_points(sample):
    s = sample.sessions[0][1]
    objects = s.layer_episodes("BabyObject")
    assert (objects[0].code, objects[0].modifiers) == ("cup", {"object2": "banana"})
    assert s.scheme.layer("BabyObject").code("cup").modifier("object2").values == (
        "banana",
        ".",
        "spoon",
        "pitcher",
    )
    assert spans(s, "Notes (points)")[2] == ("Drops spoon", 49104, None)
    assert spans(s, "MomSpeech")[1] == ("It's tea?", 14322, 15841)


def test_the_video_and_its_frame_rate_from_the_project_file(sample):
    """The project names C:\\Users\\Admin\\Desktop\\DatavyuSampleVideo.mp4 and was saved in
    that folder (origpath): the video is expected beside the project, as Datavyu looks."""
    media = sample.sessions[0][1].media
    assert [(m.path, m.fps, m.offset_ms) for m in media] == [("DatavyuSampleVideo.mp4", 24.0, 0)]
    assert any(
        "'C:\\\\Users\\\\Admin\\\\Desktop\\\\DatavyuSampleVideo.mp4' was not found" in line
        for line in sample.report
    )


def opf(tmp_path, db: str, name: str = "x.opf", extra: dict[str, str] | None = None):
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("db", db)
        for k, v in (extra or {}).items():
            zf.writestr(k, v)
    return path


def test_formats_2_and_3_escapes_text_columns_and_continued_lines(tmp_path):
    db2 = (
        "#2\n"
        "Gaze (MATRIX)-target|NOMINAL,hand|NOMINAL\n"
        "00:00:01:000,00:00:02:499,(mom,<hand>)\n"
        "00:00:02:500,00:00:04:000,(toy\\, red,left)\n"
        "Talk (TEXT)\n"
        "00:00:05:000,00:00:06:000,hello\\, baby\\\n"
        "second line\n"
    )
    s = read_opf(opf(tmp_path, db2)).sessions[0][1]
    gaze = s.layer_episodes("Gaze")
    assert [(e.code, e.onset_ms, e.offset_ms, e.modifiers) for e in gaze] == [
        ("mom", 1000, 2500, {}),
        ("toy, red", 2500, 4001, {"hand": "left"}),
    ]
    talk = s.layer_episodes("Talk")[0]
    assert (talk.code, talk.note) == ("Talk", "hello, baby\nsecond line")
    db3 = "#3\nState (NOMINAL,false)\n00:00:00:000,00:00:00:999,calm\n"
    result = read_opf(opf(tmp_path, db3, "y.opf"))
    assert spans(result.sessions[0][1], "State") == [("calm", 0, 1000)]
    assert any("hidden in Datavyu" in line for line in result.report)


def test_only_the_overlapping_cells_of_a_column_go_to_a_second_layer(tmp_path):
    db = (
        "#4\nToy (MATRIX,true,)-toy|NOMINAL\n"
        "00:00:00:000,00:00:05:000,(ball)\n00:00:01:000,00:00:02:000,(cup)\n"
        "00:00:06:000,00:00:07:000,(doll)\n"
    )
    result = read_opf(opf(tmp_path, db))
    s = result.sessions[0][1]
    assert [la.name for la in s.scheme.layers] == ["Toy", "Toy (2)"]
    assert spans(s, "Toy") == [("ball", 0, 5001), ("doll", 6000, 7001)]
    assert spans(s, "Toy (2)") == [("cup", 1000, 2001)]
    assert any(line.endswith("'Toy (2)': db line 4") for line in result.report)


def test_bad_projects_are_reported_with_file_and_line(tmp_path):
    not_zip = tmp_path / "plain.opf"
    not_zip.write_text("#4\n")
    with pytest.raises(InterchangeError, match=r"is not a Datavyu project"):
        read_opf(not_zip)
    no_db = tmp_path / "nodb.opf"
    with zipfile.ZipFile(no_db, "w") as zf:
        zf.writestr("project", "x")
    with pytest.raises(InterchangeError, match=r"no 'db'"):
        read_opf(no_db)
    with pytest.raises(InterchangeError, match=r"db, line 1: Datavyu format #5 is not supported"):
        read_opf(opf(tmp_path, "#5\nA (NOMINAL,true,)\n"))
    with pytest.raises(InterchangeError, match=r"no version line"):
        read_opf(opf(tmp_path, "A (NOMINAL)\n00:00:00:000,00:00:01:000,x\n"))


def test_a_bad_line_or_header_sets_aside_only_itself(tmp_path):
    db = (
        "#4\nA (NOMINAL,true,)\n00:00:00,00:00:01,x\n00:00:02:000,00:00:03:000,y\n"
        "broken header\n00:00:05:000,00:00:06:000,z\n"
        "B (NOMINAL,true,)\n00:00:07:000,00:00:08:000,w\n"
    )
    result = read_opf(opf(tmp_path, db))
    s = result.sessions[0][1]
    assert spans(s, "A") == [("y", 2000, 3001)]
    assert spans(s, "B") == [("w", 7000, 8001)]
    assert [(a.place, a.reason[:10]) for a in result.set_aside] == [
        ("db line 3", "not a cell"),
        ("db line 6", "its column"),
    ]
    assert any(line.startswith("not imported: db line 3: not a cell") for line in result.report)


def test_onset_only_cells_become_instants_and_are_named(tmp_path):
    """Datavyu writes 00:00:00:000 as the offset of a cell that was never closed (Enter, then
    the next cell); such a cell, and one that ends before it starts, marks its onset."""
    db = (
        "#4\nEvents (MATRIX,true,)-what|NOMINAL\n"
        "00:00:01:000,00:00:00:000,(cry)\n00:00:02:500,00:00:00:000,(laugh)\n"
        "00:00:04:000,00:00:03:000,(cry)\n00:00:05:000,00:00:06:000,(look)\n"
    )
    result = read_opf(opf(tmp_path, db))
    s = result.sessions[0][1]
    assert spans(s, "Events (points)") == [
        ("cry", 1000, None),
        ("laugh", 2500, None),
        ("cry", 4000, None),
    ]
    assert spans(s, "Events") == [("look", 5000, 6001)]
    assert result.set_aside == []
    report = "\n".join(result.report)
    assert "2 cell(s) have no offset (00:00:00:000, a cell never closed)" in report
    assert "db line(s) 3, 4" in report
    assert (
        "1 cell(s) end before they start, so each became an instant at its onset: db line(s) 5"
        in report
    )


def test_one_rule_per_file_for_the_last_millisecond(tmp_path):
    """Cells that meet exactly were written with exclusive offsets: none is widened, not even
    the last, in any column; a file of inclusive offsets widens every cell."""
    exclusive = (
        "#4\nState (NOMINAL,true,)\n"
        "00:00:00:000,00:00:05:000,a\n00:00:05:000,00:00:10:000,b\n"
        "00:00:10:000,00:00:15:000,a\n"
    )
    s = read_opf(opf(tmp_path, exclusive)).sessions[0][1]
    assert spans(s, "State") == [("a", 0, 5000), ("b", 5000, 10000), ("a", 10000, 15000)]
    mixed = exclusive + "Other (NOMINAL,true,)\n00:00:00:000,00:00:02:000,c\n"
    s = read_opf(opf(tmp_path, mixed, "m.opf")).sessions[0][1]
    assert spans(s, "Other") == [("c", 0, 2000)]  # the same time as in State, the same end
    inclusive = (
        "#4\nState (NOMINAL,true,)\n"
        "00:00:00:000,00:00:04:999,a\n00:00:05:000,00:00:09:999,b\n"
        "00:00:12:000,00:00:14:999,a\n"
    )
    result = read_opf(opf(tmp_path, inclusive, "y.opf"))
    assert spans(result.sessions[0][1], "State") == [
        ("a", 0, 5000),
        ("b", 5000, 10000),
        ("a", 12000, 15000),
    ]
    assert any("1 ms after its offset" in line for line in result.report)
