"""The planning functions called directly: each returns the change a key or an edit means,
reads the session it is handed and changes nothing in it (see also test_keystroke_semantics)."""

from __future__ import annotations

import pytest

from attachcoder.core import EpisodeEdit, FieldChange, Media, Session, SessionError
from attachcoder.core.limits import MAX_TIME_MS
from attachcoder.core.session_planning import (
    plan_add_point,
    plan_code,
    plan_delete,
    plan_field,
    plan_start,
    plan_stop,
    plan_update,
    whole_ms,
)
from attachcoder.io.session.codec import session_to_dict
from attachcoder.io.session.file import default_scheme


@pytest.fixture
def session() -> Session:
    s = Session(default_scheme(), duration_ms=60_000)
    s.start("Interaction", "attuned", 1000)
    s.stop("Interaction", 3000)
    s.start("Interaction", "misattuned", 8000)
    return s


def spans(edit: object) -> tuple[list[tuple[str, int, int | None]], ...]:
    assert isinstance(edit, EpisodeEdit)
    return tuple(
        sorted((e.code, e.onset_ms, e.offset_ms) for e in part)
        for part in (edit.removed, edit.added)
    )


def test_a_plan_leaves_the_session_as_it_was(session: Session) -> None:
    before = session_to_dict(session)
    plan_code(session, "Interaction", "repair", 9000)
    plan_start(session, "Interaction", "repair", 2000)
    plan_stop(session, "Interaction", 9000)
    plan_add_point(session, "Marks", "infant bid", 500)
    plan_update(session, session.layer_episodes("Interaction")[0].id, note="x")
    plan_delete(session, [session.layer_episodes("Interaction")[0].id])
    plan_field(session, "duration_ms", 90_000)
    assert session_to_dict(session) == before


def test_the_running_states_own_key_plans_its_stop(session: Session) -> None:
    assert spans(plan_code(session, "Interaction", "misattuned", 9000)) == (
        [("misattuned", 8000, None)],
        [("misattuned", 8000, 9000)],
    )


def test_another_state_key_plans_a_switch_at_that_instant(session: Session) -> None:
    assert spans(plan_code(session, "Interaction", "repair", 9000)) == (
        [("misattuned", 8000, None)],
        [("misattuned", 8000, 9000), ("repair", 9000, None)],
    )


def test_a_start_inside_a_closed_episode_splits_it(session: Session) -> None:
    assert spans(plan_start(session, "Interaction", "repair", 2000)) == (
        [("attuned", 1000, 3000)],
        [("attuned", 1000, 2000), ("repair", 2000, 3000)],
    )


def test_a_start_in_a_gap_runs_to_the_next_onset(session: Session) -> None:
    assert session.next_onset("Interaction", 5000) == 8000
    assert session.next_onset("Interaction", 8000) is None
    assert session.next_onset("Phase", 0) is None
    assert spans(plan_start(session, "Interaction", "repair", 5000)) == (
        [],
        [("repair", 5000, 8000)],
    )


def test_a_point_key_plans_an_instant_with_its_fields(session: Session) -> None:
    edit = plan_code(session, "Marks", "infant bid", 4200, note="reaches")
    assert isinstance(edit, EpisodeEdit) and edit.removed == ()
    [ep] = edit.added
    assert (ep.layer, ep.code, ep.onset_ms, ep.offset_ms, ep.note) == (
        "Marks",
        "infant bid",
        4200,
        None,
        "reaches",
    )
    assert ep.id not in session


def test_a_field_plan_carries_the_old_value_and_copies_the_new(session: Session) -> None:
    media = [Media("v.mp4", None, None, 60_000, 25.0, 0)]
    change = plan_field(session, "media", media)
    assert change == FieldChange("media", (), tuple(media))
    ratings = {"sensitivity": 5}
    change = plan_field(session, "ratings", ratings)
    assert change.new == ratings and change.new is not ratings


@pytest.mark.parametrize(
    ("plan", "match"),
    [
        (lambda s: plan_code(s, "Speech", "a", 0), "no layer 'Speech'"),
        (lambda s: plan_start(s, "Marks", "infant bid", 0), "holds points"),
        (lambda s: plan_add_point(s, "Phase", "play", 0), "holds states"),
        (lambda s: plan_stop(s, "Phase", 0), "nothing is running in layer 'Phase'"),
        (lambda s: plan_stop(s, "Interaction", 7000), "cannot end earlier"),
        (lambda s: plan_update(s, "e1", colour="red"), "no field 'colour'"),
        (lambda s: plan_delete(s, ["nope"]), "no episode 'nope'"),
        (lambda s: plan_field(s, "extra", {}), "no field 'extra'"),
    ],
)
def test_a_plan_that_cannot_be_made_says_why(session: Session, plan: object, match: str) -> None:
    with pytest.raises(SessionError, match=match):
        plan(session)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("t", "match"),
    [
        (True, "whole milliseconds"),
        (1.5, "whole milliseconds"),
        (-1, "before the start"),
        (MAX_TIME_MS + 1, "past the last time"),
    ],
)
def test_a_time_must_be_one_a_session_holds(t: object, match: str) -> None:
    with pytest.raises(SessionError, match=match):
        whole_ms(t)
    assert whole_ms(MAX_TIME_MS) == MAX_TIME_MS


def test_the_methods_hand_the_session_to_the_same_plans(session: Session) -> None:
    assert spans(session.plan_code("Interaction", "repair", 9000)) == spans(
        plan_code(session, "Interaction", "repair", 9000)
    )
    assert session.plan_field("duration_ms", 1) == plan_field(session, "duration_ms", 1)
