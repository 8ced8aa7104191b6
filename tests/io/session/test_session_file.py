"""The .acs file: the format of FORMAT.md, kept unknown keys, and load errors that say where."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from attachcoder.core import Episode, Media, Metadata, Session
from attachcoder.io.session.codec import session_to_dict
from attachcoder.io.session.file import (
    SessionFileError,
    default_scheme,
    dumps,
    json_schema,
    load,
    load_scheme,
    loads,
    media_path,
    relative_media_path,
    save,
    save_scheme,
)

# The example of FORMAT.md, verbatim but for the placeholder digest.
FORMAT_EXAMPLE = r"""
{
  "format": "attachcoder-session",
  "version": 1,
  "duration_ms": 360000,
  "metadata": {
    "dyad_id": "D014",
    "coder_id": "C2",
    "session_date": "2026-03-02",
    "infant_age_months": 4.5,
    "corrected_age": false,
    "caregiver_role": "mother",
    "notes": ""
  },
  "media": [
    {"path": "D014.mp4", "sha256": "9f2c000000000000000000000000000000000000000000000000000000000000",
     "size": 5242880, "duration_ms": 360000, "fps": 25.0, "offset_ms": 0}
  ],
  "scheme": {
    "name": "attachment",
    "version": "1",
    "layers": [
      {"name": "Interaction", "kind": "state", "role": "interaction", "codes": [
        {"name": "attuned", "key": "1", "color": "#009E73", "role": "attuned",
         "definition": "Partners' states correspond; the cue is read and met."},
        {"name": "misattuned", "key": "2", "color": "#D55E00", "role": "misattuned",
         "definition": "A rupture: the cue is missed or misread."},
        {"name": "repair", "key": "3", "color": "#E69F00", "role": "repair",
         "definition": "Return after a rupture until attuned again.",
         "modifiers": [{"name": "initiator", "values": ["caregiver", "infant", "mutual"]}]},
        {"name": "uncodable", "key": "0", "color": "#999999", "role": "excluded",
         "definition": "Faces not visible, off camera, or interrupted."}
      ]},
      {"name": "Phase", "kind": "state", "role": "phase", "codes": [
        {"name": "play", "key": "p", "color": "#0072B2", "definition": "Normal face-to-face play."},
        {"name": "still-face", "key": "s", "color": "#CC79A7", "definition": "Caregiver neutral and unresponsive."},
        {"name": "reunion", "key": "r", "color": "#56B4E9", "definition": "Normal play resumes."}
      ]},
      {"name": "Marks", "kind": "point", "codes": [
        {"name": "infant bid", "key": "b", "color": "#F0E442", "definition": "Infant signals for engagement."},
        {"name": "note", "key": "n", "color": "#000000", "definition": "A timestamped remark.", "asks_note": true}
      ]}
    ],
    "rating_items": [
      {"name": "sensitivity", "min": 1, "max": 9, "definition": "Ainsworth sensitivity–insensitivity."}
    ]
  },
  "episodes": [
    {"id": "e1", "layer": "Phase", "code": "play", "onset_ms": 0, "offset_ms": 120000, "note": "", "modifiers": {}},
    {"id": "e2", "layer": "Interaction", "code": "attuned", "onset_ms": 0, "offset_ms": 4200, "note": "", "modifiers": {}},
    {"id": "e3", "layer": "Interaction", "code": "misattuned", "onset_ms": 4200, "offset_ms": 7800, "note": "", "modifiers": {}},
    {"id": "e4", "layer": "Interaction", "code": "repair", "onset_ms": 7800, "offset_ms": 9000, "note": "", "modifiers": {"initiator": "caregiver"}},
    {"id": "e5", "layer": "Marks", "code": "infant bid", "onset_ms": 6120, "offset_ms": null, "note": "", "modifiers": {}}
  ],
  "ratings": {"sensitivity": 6}
}
"""  # noqa: E501


@pytest.fixture
def example() -> dict[str, Any]:
    return json.loads(FORMAT_EXAMPLE)  # type: ignore[no-any-return]


def error_of(doc: Any, name: str = "s.acs") -> SessionFileError:
    with pytest.raises(SessionFileError) as info:
        loads(json.dumps(doc), name)
    return info.value


# ------------------------------------------------------------------ the format


def test_the_format_md_example_loads(example: dict[str, Any]) -> None:
    s = loads(json.dumps(example))
    assert s.metadata.session_key() == "D014_2026-03-02_C2"
    assert s.metadata.infant_age_months == 4.5
    assert s.media[0] == Media("D014.mp4", example["media"][0]["sha256"], 5242880, 360000, 25.0, 0)
    assert s.episode("e4").modifiers == {"initiator": "caregiver"}
    assert s.episode("e5").offset_ms is None
    assert s.ratings == {"sensitivity": 6}
    assert s.scheme.layer("Marks").code("note").asks_note  # type: ignore[union-attr]


def test_saving_writes_exactly_the_documented_names(example: dict[str, Any]) -> None:
    written = json.loads(dumps(loads(json.dumps(example))))
    by_id = {e["id"]: e for e in written.pop("episodes")}
    assert by_id == {e["id"]: e for e in example.pop("episodes")}
    # the one addition: FORMAT.md's phase codes predate phase roles, which loading gives them
    phase = next(la for la in example["scheme"]["layers"] if la["role"] == "phase")
    for code in phase["codes"]:
        code["role"] = code["name"]
    assert written == example
    assert list(by_id) == ["e2", "e1", "e3", "e5", "e4"]  # by onset, then layer order


def test_the_published_json_schema_accepts_what_we_write(tmp_path: Path) -> None:
    import jsonschema

    s = Session(default_scheme(), duration_ms=1000)
    s.start("Interaction", "attuned", 0)  # still running when saved
    s.add_point("Marks", "note", 10, note='quotes " and \\ and\nnew lines and ünïcödé')
    doc = json.loads(dumps(s))
    jsonschema.validate(doc, json_schema())
    assert doc["episodes"][0]["offset_ms"] is None


def test_the_file_is_readable_one_episode_per_line() -> None:
    s = Session(default_scheme(), duration_ms=10_000)
    for t in (0, 1000, 2000):
        s.add_point("Marks", "infant bid", t)
    lines = dumps(s).decode().splitlines()
    assert sum(1 for line in lines if line.lstrip().startswith('{"id": ')) == 3
    assert lines[0] == "{" and lines[1] == ' "format": "attachcoder-session",'


def test_save_then_load_is_the_identity(tmp_path: Path, example: dict[str, Any]) -> None:
    s = loads(json.dumps(example))
    path = tmp_path / "x.acs"
    save(s, path)
    again = load(path)
    assert session_to_dict(again) == session_to_dict(s)
    assert dumps(again) == path.read_bytes()


def test_the_bundled_scheme_file_round_trips(tmp_path: Path) -> None:
    scheme = default_scheme()
    save_scheme(scheme, tmp_path / "scheme.json")
    assert load_scheme(tmp_path / "scheme.json") == scheme


def test_unknown_keys_survive_load_and_save(example: dict[str, Any]) -> None:
    doc = copy.deepcopy(example)
    doc["future"] = {"nested": [1, 2]}
    doc["metadata"]["site"] = "Leiden"
    doc["media"][0]["camera"] = "left"
    doc["scheme"]["author"] = "lab"
    doc["scheme"]["layers"][0]["hint"] = "code dyadic states"
    doc["scheme"]["layers"][0]["codes"][2]["shortcut_label"] = "R"
    doc["scheme"]["layers"][0]["codes"][2]["modifiers"][0]["default"] = "caregiver"
    doc["scheme"]["rating_items"][0]["anchors"] = {"1": "low"}
    doc["episodes"][1]["confidence"] = 0.8
    doc["episodes"][4] = {  # optional keys absent, an unknown one present
        "id": "e5",
        "layer": "Marks",
        "code": "infant bid",
        "onset_ms": 6120,
        "source": "import",
    }
    written = json.loads(dumps(loads(json.dumps(doc))))
    assert written["future"] == {"nested": [1, 2]}
    assert written["metadata"]["site"] == "Leiden"
    assert written["media"][0]["camera"] == "left"
    assert written["scheme"]["author"] == "lab"
    assert written["scheme"]["layers"][0]["hint"] == "code dyadic states"
    code = written["scheme"]["layers"][0]["codes"][2]
    assert code["shortcut_label"] == "R" and code["modifiers"][0]["default"] == "caregiver"
    assert written["scheme"]["rating_items"][0]["anchors"] == {"1": "low"}
    by_id = {e["id"]: e for e in written["episodes"]}
    assert by_id["e2"]["confidence"] == 0.8
    assert by_id["e5"]["source"] == "import"
    assert by_id["e5"]["note"] == "" and by_id["e5"]["offset_ms"] is None


def test_media_paths_are_relative_to_the_session_file(tmp_path: Path) -> None:
    video = tmp_path / "videos" / "d.mp4"
    session = tmp_path / "codings" / "d.acs"
    assert relative_media_path(session, video) == "../videos/d.mp4"
    resolved = media_path(session, Media("../videos/d.mp4"))
    assert resolved.resolve() == video.resolve()
    assert media_path(session, Media(str(video))) == video


# ------------------------------------------------------------------ bad files


def test_a_newer_version_is_refused_with_that_reason(example: dict[str, Any]) -> None:
    example["version"] = 2
    err = error_of(example)
    assert err.place == "version"
    assert "version 2, written by a newer attachcoder" in err.problem
    assert "Update attachcoder" in err.problem


def test_another_format_is_refused(example: dict[str, Any]) -> None:
    example["format"] = "boris-project"
    err = error_of(example)
    assert (err.place, err.problem) == (
        "format",
        "this is not an attachcoder session (format is 'boris-project')",
    )
    assert error_of([1, 2]).place == "the top level"


def test_not_json_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.acs"
    path.write_text('{\n  "format": "attachcoder-session",\n  "version": 1,,\n}')
    with pytest.raises(SessionFileError) as info:
        load(path)
    err = info.value
    assert err.path == path
    assert err.place == "line 3, column 16"
    assert "not valid JSON" in err.problem
    assert str(err).startswith(f"{path}: line 3, column 16: ")


def test_not_utf8_empty_missing_and_folders(tmp_path: Path) -> None:
    latin = tmp_path / "latin.acs"
    latin.write_bytes(b'{"format": "caf\xe9"}')
    with pytest.raises(SessionFileError, match="not UTF-8"):
        load(latin)
    empty = tmp_path / "empty.acs"
    empty.write_bytes(b"  \n")
    with pytest.raises(SessionFileError, match="the file is empty"):
        load(empty)
    with pytest.raises(SessionFileError, match="no such file"):
        load(tmp_path / "absent.acs")
    with pytest.raises(SessionFileError, match="a folder"):
        load(tmp_path)


def test_numbers_json_does_not_allow_are_refused(example: dict[str, Any]) -> None:
    text = json.dumps(example).replace('"infant_age_months": 4.5', '"infant_age_months": NaN')
    with pytest.raises(SessionFileError, match="NaN is not a number JSON allows"):
        loads(text, "s.acs")


@pytest.mark.parametrize(
    ("field", "value", "place", "problem"),
    [
        ("onset_ms", -3, "episodes[2] (id 'e3').onset_ms", "-3 is less than the minimum of 0"),
        ("onset_ms", "4s", "episodes[2] (id 'e3').onset_ms", "'4s' is not of type 'integer'"),
        ("note", None, "episodes[2] (id 'e3').note", "None is not of type 'string'"),
        ("onset_ms", 4200.0, "episodes[2] (id 'e3')", "times must be whole milliseconds"),
        ("code", "x", "episodes[2] (id 'e3')", "code 'x' is not in layer 'Interaction'"),
        ("layer", "Mood", "episodes[2] (id 'e3')", "layer 'Mood' is not in the scheme"),
        ("offset_ms", 4000, "episodes[2] (id 'e3')", "is not after onset"),
        ("offset_ms", 400_000, "episodes[2] (id 'e3')", "past the end of the media"),
        ("modifiers", {"who": "me"}, "episodes[2] (id 'e3')", "has no modifier 'who'"),
        ("offset_ms", 8000, "episodes[3] (id 'e4')", "it overlaps episode 'e3'"),
    ],
)
def test_an_episode_problem_names_its_place(
    example: dict[str, Any], field: str, value: Any, place: str, problem: str
) -> None:
    example["episodes"][2][field] = value
    err = error_of(example)
    assert err.place == place
    assert problem in err.problem
    assert str(err).startswith(f"s.acs: {place}: ")


def test_a_state_still_running_before_another_is_placed(example: dict[str, Any]) -> None:
    example["episodes"][1]["offset_ms"] = None
    err = error_of(example)
    assert err.place == "episodes[1] (id 'e2')"
    assert "only the last episode of a layer may be running" in err.problem


def test_a_repeated_id_names_both_places(example: dict[str, Any]) -> None:
    example["episodes"][4]["id"] = "e2"
    err = error_of(example)
    assert err.place == "episodes[4] (id 'e2')"
    assert err.problem == "the id 'e2' is already used by episodes[1]; ids must be unique"


def test_every_problem_is_listed_one_line_each(example: dict[str, Any]) -> None:
    example["episodes"][1]["code"] = "x"
    example["episodes"][4]["offset_ms"] = 7000
    err = error_of(example)
    assert [p for p, _ in err.problems] == ["episodes[1] (id 'e2')", "episodes[4] (id 'e5')"]
    lines = str(err).splitlines()
    assert lines[0].startswith("s.acs: episodes[1] (id 'e2'): code 'x'")
    assert lines[1].startswith("s.acs: episodes[4] (id 'e5'): a point has no offset")


def test_many_problems_are_cut_short() -> None:
    eps = [Episode(f"e{i}", "Marks", "infant bid", i) for i in range(1, 31)]
    doc = session_to_dict(Session(default_scheme(), episodes=eps))
    for e in doc["episodes"]:
        e["code"] = "nope"
    err = error_of(doc)
    assert len(err.problems) == 30
    assert str(err).splitlines()[-1] == "s.acs: and 20 more problem(s)"


def test_rating_problems_are_placed_at_the_item(example: dict[str, Any]) -> None:
    example["ratings"] = {"sensitivity": 12, "warmth": 3}
    err = error_of(example)
    assert err.problems == [
        ("ratings.sensitivity", "rating 'sensitivity' is 12, outside 1–9"),
        ("ratings.warmth", "'warmth' is not a rating item of the scheme (its items: sensitivity)"),
    ]


def test_scheme_and_header_problems_are_placed(example: dict[str, Any]) -> None:
    bad = copy.deepcopy(example)
    bad["scheme"]["layers"][0]["codes"][1]["key"] = "1"
    err = error_of(bad)
    assert err.place == "scheme"
    assert "key '1' is already used by code 'attuned'" in err.problem
    bad = copy.deepcopy(example)
    bad["media"][0]["sha256"] = "xyz"
    assert error_of(bad).place == "media[0].sha256"
    bad = copy.deepcopy(example)
    del bad["duration_ms"]
    err = error_of(bad)
    assert (err.place, err.problem) == ("the top level", "'duration_ms' is a required property")
    bad = copy.deepcopy(example)
    bad["scheme"]["layers"][2]["kind"] = "interval"
    assert error_of(bad).place == "scheme.layers[2].kind"


def test_loading_a_bad_file_never_changes_it(tmp_path: Path, example: dict[str, Any]) -> None:
    example["episodes"][2]["code"] = "x"
    path = tmp_path / "bad.acs"
    data = json.dumps(example).encode()
    path.write_bytes(data)
    stamp = path.stat().st_mtime_ns
    with pytest.raises(SessionFileError):
        load(path)
    assert path.read_bytes() == data
    assert path.stat().st_mtime_ns == stamp
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.acs"]


def test_sessions_built_in_code_save_and_load(tmp_path: Path) -> None:
    s = Session(
        default_scheme(),
        metadata=Metadata("D2", "C3", "2026-02-02", 7.25, True, "father", "two\nlines"),
        duration_ms=5000,
    )
    s.start("Phase", "play", 0)
    s.start("Interaction", "repair", 100, modifiers={"initiator": "mutual"})
    s.set_field("ratings", {"sensitivity": 4.5})
    save(s, tmp_path / "s.acs")
    again = load(tmp_path / "s.acs")
    assert session_to_dict(again) == session_to_dict(s)
    assert again.running("Phase").code == "play"  # type: ignore[union-attr]
    assert again.metadata.corrected_age is True


def test_observed_to_ms_round_trips_and_older_files_are_unchanged(tmp_path: Path) -> None:
    import dataclasses
    import json

    from attachcoder.core import Metadata
    from attachcoder.io.session.file import SessionFileError, default_scheme, dumps, loads

    plain = Session(default_scheme(), metadata=Metadata("D1", "C1"), duration_ms=10)
    old = dumps(plain)
    assert b"observed_to_ms" not in old and dumps(loads(old)) == old
    plain.metadata = dataclasses.replace(plain.metadata, observed_to_ms=6)
    path = tmp_path / "a.acs"
    save(plain, path)
    assert load(path).metadata.observed_to_ms == 6
    assert json.loads(path.read_text(encoding="utf-8"))["metadata"]["observed_to_ms"] == 6
    for bad in (-1, "60000", 1.5, 2**40, True):
        doc = json.loads(dumps(plain))
        doc["metadata"]["observed_to_ms"] = bad
        with pytest.raises(SessionFileError) as info:
            loads(json.dumps(doc))
        assert info.value.place == "metadata.observed_to_ms", bad
