"""Importing BORIS projects: pairing as BORIS pairs, figures as BORIS's time budget gives them."""

from __future__ import annotations

import json

import pytest

from attachcoder.io.interchange import InterchangeError, UnknownObservation, import_file
from attachcoder.io.interchange.boris import NO_FOCAL_SUBJECT, read_boris

# Expected figures: BORIS's own time budget for these observations, computed once by running
# BORIS 8.27.4 (`pip install boris-behav-obs` into a scratch virtual environment, outside the
# project) and calling boris.time_budget_functions.time_budget_analysis on the events that
# boris.db_functions.load_events_in_db loads from tests/files/test.boris (whole observation,
# all subjects and behaviours). Durations are in seconds, as BORIS prints them.
BORIS_TIME_BUDGET = {
    "observation #1": {
        ("subject1", "s"): (3, 16.875),
        ("subject2", "s"): (1, 7.675),
    },
    "observation #2": {
        ("subject1", "s"): (2, 23.775),
        ("subject2", "p"): (2, None),
        ("subject2", "s"): (2, 8.825),
        (NO_FOCAL_SUBJECT, "p"): (6, None),
        (NO_FOCAL_SUBJECT, "s"): (6, 59.625),
    },
    "modifiers": {
        (NO_FOCAL_SUBJECT, "q"): (3, None),
        (NO_FOCAL_SUBJECT, "r"): (2, 19.175),
    },
    "live export behavioral sequences": {
        ("subject1", "p"): (6, None),
        ("subject1", "s"): (2, 43.6),
        ("subject2", "p"): (5, None),
        ("subject2", "s"): (4, 44.681),
        (NO_FOCAL_SUBJECT, "p"): (3, None),
        (NO_FOCAL_SUBJECT, "s"): (2, 47.711),
    },
}
# the same, with modifiers included (BORIS's "include modifiers" option)
BORIS_BY_MODIFIER = {
    ("q", "m1"): (1, None),
    ("q", "m2"): (1, None),
    ("q", "m3"): (1, None),
    ("r", "m1"): (1, 8.775),
    ("r", ""): (1, 10.4),  # BORIS writes "None" for "no modifier chosen"
}


def time_budget(session):
    """Count and total duration (s) per (subject, behaviour), read off the imported layers."""
    out: dict[tuple[str, str], list] = {}
    for e in session.episodes():
        subject = e.layer.removesuffix(" (points)").split(": ")[0]
        n, total = out.setdefault((subject, e.code), [0, None])
        if e.offset_ms is not None:
            total = (total or 0) + (e.offset_ms - e.onset_ms)
        out[(subject, e.code)] = [n + 1, total]
    return {k: (n, None if t is None else round(t / 1000, 3)) for k, (n, t) in out.items()}


@pytest.fixture
def test_boris(shared_fixtures):
    return shared_fixtures / "boris" / "test.boris"


def test_every_observation_becomes_a_session(test_boris):
    result = import_file(test_boris)
    names = [name for name, _ in result.sessions]
    assert len(names) == 12 and names[0] == "offset positif"
    assert result.problems == []
    assert all(s.problems() == [] for _, s in result.sessions)


@pytest.mark.parametrize("observation", sorted(BORIS_TIME_BUDGET))
def test_counts_and_durations_match_borises_time_budget(test_boris, observation):
    result = read_boris(test_boris, observation)
    assert [name for name, _ in result.sessions] == [observation]
    session = result.sessions[0][1]
    assert time_budget(session) == BORIS_TIME_BUDGET[observation]


def test_modifiers_are_kept_and_match_the_time_budget_by_modifier(test_boris):
    session = read_boris(test_boris, "modifiers").sessions[0][1]
    by_modifier: dict = {}
    for e in session.episodes():
        n, total = by_modifier.get((e.code, e.modifiers.get("modif #1", "")), (0, None))
        if e.offset_ms is not None:
            total = round((total or 0) + (e.offset_ms - e.onset_ms) / 1000, 3)
        by_modifier[(e.code, e.modifiers.get("modif #1", ""))] = (n + 1, total)
    assert by_modifier == BORIS_BY_MODIFIER
    spec = session.scheme.layer(NO_FOCAL_SUBJECT).code("m").modifiers
    assert [(m.name, m.values) for m in spec] == [
        ("modif #1", ("m1", "m2", "m3")),
        ("modif #2", ("n1", "n2", "n3")),
    ]


def test_subjects_and_behaviours_map_to_layers_and_codes(test_boris):
    session = read_boris(test_boris, "observation #2").sessions[0][1]
    layers = {la.name: (la.kind, [c.name for c in la.codes]) for la in session.scheme.layers}
    assert layers == {
        "subject1": ("state", ["s", "r", "m"]),
        "subject1 (points)": ("point", ["p", "q"]),
        "subject2": ("state", ["s", "r", "m"]),
        "subject2 (points)": ("point", ["p", "q"]),
        NO_FOCAL_SUBJECT: ("state", ["s", "r", "m"]),
        f"{NO_FOCAL_SUBJECT} (points)": ("point", ["p", "q"]),
    }
    # a key codes one layer: the subject the project codes the behaviour for most often
    # (test.boris: 's', 'r', 'p', 'q' mostly without a subject; 'm' never, so the first subject)
    keys = {(la.name, c.name): c.key for la in session.scheme.layers for c in la.codes if c.key}
    assert keys == {
        (NO_FOCAL_SUBJECT, "s"): "s",
        (NO_FOCAL_SUBJECT, "r"): "r",
        (f"{NO_FOCAL_SUBJECT} (points)", "p"): "p",
        (f"{NO_FOCAL_SUBJECT} (points)", "q"): "q",
        ("subject1", "m"): "m",
    }
    state = session.scheme.layer("subject2").code("s")
    assert state.definition == "Test state event"


def test_an_unpaired_state_is_left_running_and_reported(test_boris):
    result = read_boris(test_boris, "live not paired")
    session = result.sessions[0][1]
    running = session.running(NO_FOCAL_SUBJECT)
    assert (running.code, running.onset_ms) == ("s", 26862)
    assert [e.offset_ms for e in session.layer_episodes(NO_FOCAL_SUBJECT)][:3] == [
        10478,
        17470,
        24318,
    ]
    assert any("never stopped" in line and "26.862 s" in line for line in result.report)


def test_media_offsets_and_chained_files_go_to_the_media_list(test_boris):
    chained = read_boris(test_boris, "observation #2").sessions[0][1]
    assert [(m.path, m.offset_ms, m.duration_ms) for m in chained.media] == [
        ("video_test_25fps_180s.mp4", 0, 179960),
        ("video_test_25fps_360s.mp4", 179960, 359960),
    ]
    assert chained.media[0].fps == 25.0 and chained.media[0].sha256 is None
    offset = read_boris(test_boris, "offset neg").sessions[0][1]
    assert [m.offset_ms for m in offset.media] == [0, -20000]
    live = read_boris(test_boris, "live").sessions[0][1]
    assert live.media == ()
    assert read_boris(test_boris, "observation #2").sessions[0][1].metadata.session_date == (
        "2016-12-01"
    )


def test_an_unknown_observation_is_named(test_boris):
    with pytest.raises(UnknownObservation, match=r"no observation 'nope'.*'modifiers'"):
        read_boris(test_boris, "nope")


# ---------------------------------------------------------------- small projects


def project(tmp_path, events, version="7.0", observations=None):
    doc = {
        "project_format_version": version,
        "subjects_conf": {"0": {"key": "1", "name": "mother", "description": ""}},
        "behaviors_conf": {
            "0": {
                "type": "State event",
                "key": "l",
                "code": "look",
                "description": "",
                "modifiers": {},
            },
            "1": {
                "type": "Point event",
                "key": "t",
                "code": "touch",
                "description": "",
                "modifiers": {},
            },
        },
        "observations": observations
        if observations is not None
        else {"obs": {"type": "LIVE", "file": [], "events": events, "date": "2024-05-01T10:00"}},
    }
    path = tmp_path / "p.boris"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_comments_become_notes_and_overlapping_states_split(tmp_path):
    events = [
        [1.0, "mother", "look", "", "starts"],
        [2.0, "mother", "touch", "", "gentle"],
        [3.0, "mother", "look", "", "ends"],
    ]
    session = read_boris(project(tmp_path, events)).sessions[0][1]
    assert [(e.code, e.onset_ms, e.offset_ms, e.note) for e in session.episodes()] == [
        ("look", 1000, 3000, "starts / ends"),
        ("touch", 2000, None, "gentle"),
    ]


def test_a_damaged_observation_is_reported_and_the_others_imported(tmp_path):
    observations = {
        "good": {"type": "LIVE", "events": [[1.0, "", "touch", "", ""]]},
        "bad": {"type": "LIVE", "events": "not a list"},
    }
    path = project(tmp_path, [], observations=observations)
    result = read_boris(path)
    assert [name for name, _ in result.sessions] == ["good"]
    assert len(result.problems) == 1
    assert "observation 'bad': its events are not a list" in str(result.problems[0])
    assert "not imported: observation 'bad': its events are not a list" in result.report
    with pytest.raises(InterchangeError, match=r"not a list"):
        read_boris(path, "bad")


def test_bad_events_set_aside_only_themselves(tmp_path):
    events = [
        ["soon", "", "touch", "", ""],
        [-2.0, "", "touch", "", ""],
        [3.0, "mother", "dance", "", "twirl"],
        [4.0, "mother"],
        [5.0, "mother", "touch", "", ""],
    ]
    result = read_boris(project(tmp_path, events), "obs")
    session = result.sessions[0][1]
    # a behaviour the ethogram lacks is kept, as an instant, and named
    assert [(e.layer, e.code, e.onset_ms, e.note) for e in session.episodes()] == [
        ("mother (points)", "dance", 3000, "twirl"),
        ("mother (points)", "touch", 5000, ""),
    ]
    assert [(a.place, a.reason) for a in result.set_aside] == [
        ("event 1", "time 'soon' is not a number of seconds"),
        ("event 4", "an event must list time, subject and behaviour"),
        ("event 2", "it lies before the start of the recording (at -2000 ms, a negative time)"),
    ]
    assert any(
        "'dance' is not in the ethogram" in line and "event 3" in line for line in result.report
    )


def test_every_project_format_is_read_as_boris_upgrades_it(tmp_path):
    """Format 4.0 and 1.6 (modifiers as text, the second player's offset on its own), the
    first format (no version: VIDEO type, media and subjects as lists) and a newer one."""
    old = {
        "project_format_version": "1.6",
        "subjects_conf": {"0": {"key": "1", "name": "mother", "description": ""}},
        "behaviors_conf": {
            "0": {
                "type": "State event",
                "key": "l",
                "code": "look",
                "description": "",
                "modifiers": "toy,face|left,right",
            },
        },
        "observations": {
            "o": {
                "type": "MEDIA",
                "date": "2015-03-02T10:00:00",
                "time offset": 0.0,
                "file": {"1": ["a.mp4"], "2": ["b.mp4"]},
                "time offset second player": -1.5,
                "media_file_info": {"x": {"video_length": 60000, "nframe": 1500}},
                "events": [
                    [1.0, "mother", "look", "face|left", ""],
                    [2.0, "mother", "look", "face|left", ""],
                ],
            }
        },
    }
    path = tmp_path / "old.boris"
    path.write_text(json.dumps(old), encoding="utf-8")
    result = read_boris(path)
    s = result.sessions[0][1]
    assert [(e.code, e.onset_ms, e.offset_ms, e.modifiers) for e in s.episodes()] == [
        ("look", 1000, 2000, {"modifier 1": "face", "modifier 2": "left"})
    ]
    assert [(m.path, m.offset_ms) for m in s.media] == [("a.mp4", 0), ("b.mp4", -1500)]
    assert any("format 1.6: read as BORIS upgrades it" in line for line in result.report)
    first = dict(
        old,
        observations={
            "o": {"type": "VIDEO", "file": ["a.mp4"], "events": [[1.0, "", "look", "", ""]]}
        },
    )
    del first["project_format_version"]
    first["subjects_conf"] = {"0": ["1", "mother"]}
    path.write_text(json.dumps(first), encoding="utf-8")
    s = read_boris(path).sessions[0][1]
    assert [m.path for m in s.media] == ["a.mp4"]
    assert {la.name for la in s.scheme.layers} == {"mother", NO_FOCAL_SUBJECT}
    newer = read_boris(project(tmp_path, [[1.0, "", "touch", "", ""]], version="99.0"))
    assert len(newer.sessions[0][1]) == 1
    assert any("format 99.0 is newer than format 7" in line for line in newer.report)


def test_borises_default_subject_is_never_unknown(tmp_path):
    events = [
        [1.0, "", "touch", "", ""],
        [2.0, NO_FOCAL_SUBJECT, "touch", "", ""],
        [3.0, None, "touch", "", ""],
    ]
    result = read_boris(project(tmp_path, events))
    s = result.sessions[0][1]
    assert [e.layer for e in s.episodes()] == [f"{NO_FOCAL_SUBJECT} (points)"] * 3
    assert not any("not in the project's subjects" in line for line in result.report)


def test_borises_rounding_of_times(tmp_path):
    """BORIS quantizes the exact value of each float to 0.001 s, halves to even."""
    events = [
        [0.0005, "", "touch", "", ""],
        [1.0025, "", "touch", "", ""],
        [2.0015, "", "touch", "", ""],
    ]
    s = read_boris(project(tmp_path, events)).sessions[0][1]
    # as floats 0.0005 is 0.00050000000000000001…, 1.0025 is 1.00249999999999994…, 2.0015
    # is 2.00150000000000005…: none is a half, so each rounds to the nearer millisecond
    assert [e.onset_ms for e in s.episodes()] == [1, 1002, 2002]


def test_a_project_without_observations_gives_its_ethogram(shared_fixtures):
    result = read_boris(shared_fixtures / "boris" / "otx_import_test.boris")
    [(_name, session)] = result.sessions
    assert len(session) == 0 and len(session.scheme.layers) == 13
    assert all(len(la.codes) == 22 for la in session.scheme.layers)
    assert any("no observations" in line for line in result.report)


def test_observation_names_make_safe_unique_file_names():
    from attachcoder.io.interchange import session_file_names

    names = ["obs 1/2", "OBS 1/2", 'a:b?"', " .. ", "observation #2 (copy)"]
    assert session_file_names(names) == [
        "obs 1_2.acs",
        "OBS 1_2-2.acs",
        "a_b__.acs",
        "session.acs",
        "observation #2 (copy).acs",
    ]
