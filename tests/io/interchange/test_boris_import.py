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
    state = session.scheme.layer("subject1").code("s")
    assert (state.key, state.definition) == ("s", "Test state event")
    assert session.scheme.layer("subject2").code("s").key is None  # keys are unique


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
        "bad": {"type": "LIVE", "events": [[1.0, "", "dance", "", ""]]},
    }
    path = project(tmp_path, [], observations=observations)
    result = read_boris(path)
    assert [name for name, _ in result.sessions] == ["good"]
    assert len(result.problems) == 1
    assert "observation 'bad', event 1" in str(result.problems[0])
    assert "'dance' is not in the ethogram" in str(result.problems[0])
    with pytest.raises(InterchangeError, match=r"not in the ethogram"):
        read_boris(path, "bad")


def test_bad_projects_are_refused_with_the_place(tmp_path):
    broken = tmp_path / "broken.boris"
    broken.write_text('{"observations": {"a": [1, 2,]}}')
    with pytest.raises(InterchangeError, match=r"line 1, column .*not valid JSON"):
        read_boris(broken)
    with pytest.raises(InterchangeError, match=r"format 99.0 is not supported"):
        read_boris(project(tmp_path, [], version="99.0"))
    with pytest.raises(InterchangeError, match=r"event 1: time 'soon' is not a number"):
        read_boris(project(tmp_path, [["soon", "", "touch", "", ""]]), "obs")
    with pytest.raises(InterchangeError, match=r"event 1: a time before the start.*negative"):
        read_boris(project(tmp_path, [[-2.0, "", "touch", "", ""]]), "obs")
    only_bad = read_boris(project(tmp_path, [["soon", "", "touch", "", ""]]))
    assert only_bad.sessions == [] and len(only_bad.problems) == 1


def test_a_project_without_observations(shared_fixtures):
    with pytest.raises(InterchangeError, match=r"no observations"):
        read_boris(shared_fixtures / "boris" / "otx_import_test.boris")


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
