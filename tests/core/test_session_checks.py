"""The invariant checks called directly with plain values — a scheme, episodes by id, a time
index, ratings — no session needed; ``tried`` stands in for the scratch copy."""

from __future__ import annotations

from typing import Any

import pytest

from attachcoder.core import (
    Change,
    CompoundChange,
    Episode,
    EpisodeEdit,
    FieldChange,
    Metadata,
    Session,
)
from attachcoder.core.layer_index import LayerIndex
from attachcoder.core.session_checks import (
    compound_problems,
    edit_problems,
    field_problems,
    rating_problems,
    record_problem,
    session_problems,
    state_layer_details,
)
from attachcoder.io.session.file import default_scheme

SCHEME = default_scheme()


def stored(*eps: Episode) -> tuple[dict[str, Episode], dict[str, LayerIndex]]:
    """The episodes by id and their per-layer time index, as a session keeps them."""
    index: dict[str, LayerIndex] = {}
    for ep in eps:
        index.setdefault(ep.layer, LayerIndex()).insert(ep)
    return {ep.id: ep for ep in eps}, index


def never_tried(change: Change) -> Session:
    raise AssertionError(f"{change} needed no trial")


def test_one_episode_is_checked_against_the_scheme_and_the_media_end() -> None:
    ok = Episode("a", "Interaction", "attuned", 1000, 5000)
    assert record_problem(ok, SCHEME, None) is None
    assert record_problem(ok, SCHEME, 5000) is None
    assert "past the end of the media" in (record_problem(ok, SCHEME, 4999) or "")
    assert "a point has no offset" in (
        record_problem(Episode("b", "Marks", "infant bid", 0, 10), SCHEME, None) or ""
    )
    bad_mod = Episode("c", "Interaction", "repair", 0, 10, modifiers={"initiator": "dog"})
    assert "not a value of modifier 'initiator'" in (record_problem(bad_mod, SCHEME, None) or "")


def test_a_state_layer_names_the_overlapping_and_the_misplaced_running_episode() -> None:
    eps = [
        Episode("a", "Interaction", "attuned", 0, 5000),
        Episode("b", "Interaction", "misattuned", 4000, None),
        Episode("c", "Interaction", "repair", 6000, 7000),
    ]
    details = state_layer_details("Interaction", eps)
    assert [(d.episode_id, "overlaps" in d.problem) for d in details] == [
        ("b", True),
        ("b", False),
    ]
    assert "still running" in details[1].problem


def test_an_edit_is_checked_against_its_neighbours_in_the_index() -> None:
    a = Episode("a", "Interaction", "attuned", 0, 5000)
    episodes, index = stored(a, Episode("m", "Marks", "infant bid", 4500))
    clash = Episode("b", "Interaction", "misattuned", 4000, 6000)
    [problem] = edit_problems(EpisodeEdit(added=(clash,)), SCHEME, episodes, index, None)
    # in a coder's words: code and time, never the internal id
    assert problem == (
        "misattuned 00:00:04.000–00:00:06.000 would overlap "
        "attuned 00:00:00.000–00:00:05.000 in layer 'Interaction'"
    )
    assert "'a'" not in problem and "'b'" not in problem
    moved = a.with_(offset_ms=4000)
    ok = EpisodeEdit(removed=(a,), added=(moved, clash))
    assert edit_problems(ok, SCHEME, episodes, index, None) == []
    stale = EpisodeEdit(removed=(a.with_(onset_ms=1),))
    assert edit_problems(stale, SCHEME, episodes, index, None) == [
        "episode 'a' is not in the session as expected"
    ]
    twice = EpisodeEdit(added=(Episode("m", "Marks", "note", 10),))
    assert edit_problems(twice, SCHEME, episodes, index, None) == ["episode id 'm' is already used"]


def test_the_whole_check_and_the_ratings_read_only_what_they_are_given() -> None:
    episodes, index = stored(
        Episode("a", "Interaction", "attuned", 0, 5000),
        Episode("b", "Interaction", "misattuned", 4000, 6000),
    )
    problems = session_problems(SCHEME, episodes, index, {"warmth": 3}, 5500)
    assert len(problems) == 3, problems
    assert "past the end of the media" in problems[0]
    assert "overlaps" in problems[1]
    assert "not a rating item" in problems[2]
    [too_high] = rating_problems(SCHEME, {"sensitivity": 10})
    assert "outside 1–9" in too_high
    assert rating_problems(SCHEME, {"sensitivity": None}) == []


def test_field_changes_are_tried_on_a_scratch_copy_only_when_they_must_be() -> None:
    assert field_problems(FieldChange("metadata", Metadata(), Metadata()), never_tried) == []
    bad: Any = FieldChange("metadata", Metadata(), {"coder": "x"})
    assert field_problems(bad, never_tried) == ["metadata must be a Metadata record"]
    unknown: Any = FieldChange("colour", None, "red")
    assert field_problems(unknown, never_tried) == ["a session has no field 'colour'"]
    assert compound_problems(CompoundChange((unknown,)), never_tried) == [
        "a session has no field 'colour'"
    ]
    tried: list[Change] = []

    def broken(change: Change) -> Session:
        tried.append(change)
        raise KeyError("e9")

    change = FieldChange("duration_ms", 0, 100)
    assert field_problems(change, broken) == ["the change does not fit this session ('e9')"]
    assert tried == [CompoundChange((change,))]


@pytest.mark.parametrize("ratings", [{"sensitivity": 3}, {"sensitivity": 12}])
def test_a_compound_change_reports_what_the_scratch_copy_shows(ratings: dict[str, int]) -> None:
    def scratch(change: Change) -> Session:
        return Session(SCHEME, ratings=ratings)

    change = CompoundChange((FieldChange("ratings", {}, ratings),))
    expected = rating_problems(SCHEME, ratings)
    assert compound_problems(change, scratch) == expected
    assert bool(expected) == (ratings["sensitivity"] > 9)
