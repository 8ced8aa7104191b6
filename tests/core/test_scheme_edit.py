"""Scheme edits on a coded session: renames follow, removals delete (and say so), undo restores."""

from __future__ import annotations

import pytest

from attachcoder.core import Session, SessionError
from attachcoder.core.changes import EpisodeEdit, FieldChange
from attachcoder.core.scheme import ModifierSpec, SchemeError
from attachcoder.core.scheme_edit import (
    SchemeDraft,
    SchemeEditError,
    analyse_scheme_change,
    episodes_per_code,
    format_modifiers,
    parse_modifiers,
    plan_scheme_change,
)
from attachcoder.io.session.file import default_scheme


@pytest.fixture
def session() -> Session:
    s = Session(default_scheme(), duration_ms=60_000, ratings={"sensitivity": 6})
    s.code("Interaction", "attuned", 0)
    s.code("Interaction", "misattuned", 4000)
    s.code("Interaction", "repair", 7000, modifiers={"initiator": "infant"})
    s.code("Interaction", "attuned", 9000)
    s.code("Phase", "play", 0)
    s.code("Marks", "infant bid", 5000)
    return s


def codes(s: Session, layer: str) -> list[tuple[str, int, int | None]]:
    return [(e.code, e.onset_ms, e.offset_ms) for e in s.layer_episodes(layer)]


def snapshot(s: Session) -> tuple[object, ...]:
    return (s.scheme, sorted(s.iter_episodes()), dict(s.ratings), s.running_states())


def test_renaming_a_code_renames_its_episodes_and_one_undo_restores(session: Session) -> None:
    before = snapshot(session)
    draft = SchemeDraft(session.scheme)
    draft.layers[0].codes[0].name = "in sync"
    plan = draft.analyse(session)
    assert plan.renamed == {("Interaction", "attuned"): 2}
    assert plan.losses() == []
    session.apply(plan.change)
    assert [c for c, _, _ in codes(session, "Interaction")] == [
        "in sync",
        "misattuned",
        "repair",
        "in sync",
    ]
    assert session.running("Interaction") is not None
    assert session.running("Interaction").code == "in sync"  # type: ignore[union-attr]
    assert session.scheme.layer("Interaction").code("in sync") is not None  # type: ignore[union-attr]
    assert session.problems() == []
    session.apply(plan.change.inverse())
    assert snapshot(session) == before


def test_renaming_a_layer_moves_all_its_episodes(session: Session) -> None:
    draft = SchemeDraft(session.scheme)
    draft.layers[1].name = "Stage"
    session.apply(draft.analyse(session).change)
    assert codes(session, "Stage") == [("play", 0, None)]
    assert session.layer_episodes("Phase") == []
    assert session.running("Stage") is not None


def test_removing_a_code_in_use_counts_and_deletes_its_episodes(session: Session) -> None:
    draft = SchemeDraft(session.scheme)
    draft.remove_code(0, 2)  # repair
    plan = draft.analyse(session)
    assert plan.deleted == {("Interaction", "repair"): 1}
    assert plan.losses() == ["1 episode(s) of code 'repair' in layer 'Interaction' will be deleted"]
    before = snapshot(session)
    session.apply(plan.change)
    assert [c for c, _, _ in codes(session, "Interaction")] == ["attuned", "misattuned", "attuned"]
    assert session.problems() == []
    session.apply(plan.change.inverse())
    assert snapshot(session) == before


def test_a_removed_code_replaced_by_a_new_one_of_the_same_name_still_deletes(
    session: Session,
) -> None:
    draft = SchemeDraft(session.scheme)
    old = draft.remove_code(0, 2)
    draft.add_code(0, name=old.name)
    plan = draft.analyse(session)
    assert plan.deleted == {("Interaction", "repair"): 1}


def test_listeners_never_see_an_episode_the_scheme_lacks(session: Session) -> None:
    seen: list[str] = []

    def check(change: object) -> None:
        for ep in session.iter_episodes():
            layer = session.scheme.layer(ep.layer)
            if layer is None or layer.code(ep.code) is None:
                seen.append(f"{ep.layer}/{ep.code}")
        seen.extend(session.rating_problems())

    session.add_listener(after=check)
    draft = SchemeDraft(session.scheme)
    draft.layers[0].name = "Dyad"
    draft.layers[0].codes[1].name = "rupture"
    draft.ratings[0].name = "sensitivity (Ainsworth)"
    plan = draft.analyse(session)
    session.apply(plan.change)
    session.apply(plan.change.inverse())
    assert seen == []
    assert session.ratings == {"sensitivity": 6}


def test_a_removed_modifier_value_is_cleared_and_reported(session: Session) -> None:
    draft = SchemeDraft(session.scheme)
    draft.layers[0].codes[2].modifiers = (ModifierSpec("initiator", ("caregiver", "mutual")),)
    plan = draft.analyse(session)
    assert plan.cleared_modifiers == 1
    assert "modifier value" in plan.losses()[0]
    session.apply(plan.change)
    [rep] = [e for e in session.iter_episodes() if e.code == "repair"]
    assert rep.modifiers == {}


def test_ratings_follow_renames_and_out_of_range_values_are_cleared(session: Session) -> None:
    draft = SchemeDraft(session.scheme)
    draft.ratings[0].name = "sens"
    session.apply(draft.analyse(session).change)
    assert session.ratings == {"sens": 6}
    draft = SchemeDraft(session.scheme)
    draft.ratings[0].max = 5
    plan = draft.analyse(session)
    assert plan.cleared_ratings == ("sens",)
    session.apply(plan.change)
    assert session.ratings == {}
    draft = SchemeDraft(session.scheme)
    draft.remove_rating(0)
    assert draft.analyse(session).dropped_ratings == ()


def test_turning_a_coded_state_layer_into_points_is_refused_with_a_reason(
    session: Session,
) -> None:
    draft = SchemeDraft(session.scheme)
    draft.layers[1].kind = "point"
    with pytest.raises(SchemeEditError, match="cannot become the point layer 'Phase'"):
        draft.analyse(session)


def test_a_key_conflict_is_a_problem_and_the_plan_refuses_it(session: Session) -> None:
    draft = SchemeDraft(session.scheme)
    draft.layers[2].codes[0].key = "1"
    assert any("already used" in p for p in draft.problems())
    draft.layers[2].codes[0].key = "."
    assert any("used by the player" in p for p in draft.problems())
    with pytest.raises(SchemeError):
        draft.analyse(session)


def test_moving_a_code_into_another_state_layer_that_overlaps_is_refused(
    session: Session,
) -> None:
    draft = SchemeDraft(session.scheme)
    code = draft.remove_code(1, 0)  # play, 0 → running
    draft.layers[0].codes.append(code)
    change = draft.analyse(session).change
    before = snapshot(session)
    with pytest.raises(SessionError, match=r"overlap|running"):
        session.apply(change)
    assert snapshot(session) == before


def test_explicit_renames_must_point_into_the_new_scheme(session: Session) -> None:
    with pytest.raises(SchemeEditError, match="does not have"):
        plan_scheme_change(
            session, session.scheme, {("Interaction", "attuned"): ("Interaction", "nope")}
        )


def test_merging_two_codes_by_renaming_onto_one(session: Session) -> None:
    draft = SchemeDraft(session.scheme)
    draft.remove_code(0, 2)  # repair, to be merged into attuned
    new = draft.to_scheme()
    plan = analyse_scheme_change(
        session, new, {("Interaction", "repair"): ("Interaction", "attuned")}
    )
    assert plan.deleted == {}
    # repair's modifier does not exist on attuned: the value is cleared
    assert plan.cleared_modifiers == 1
    session.apply(plan.change)
    assert codes(session, "Interaction") == [
        ("attuned", 0, 4000),
        ("misattuned", 4000, 7000),
        ("attuned", 7000, 9000),
        ("attuned", 9000, None),
    ]


def test_an_unchanged_draft_plans_nothing_to_lose(session: Session) -> None:
    draft = SchemeDraft(session.scheme)
    plan = draft.analyse(session)
    assert plan.losses() == []
    assert not any(isinstance(p, EpisodeEdit) for p in plan.change.parts)
    assert all(isinstance(p, FieldChange) for p in plan.change.parts)


def test_adopting_a_template_keeps_the_origin_of_matching_names(session: Session) -> None:
    draft = SchemeDraft(session.scheme)
    template = default_scheme()
    draft.adopt(template)
    assert draft.removed_codes() == []
    assert draft.renames() == {}
    draft.layers[0].codes.pop(0)
    assert draft.removed_codes() == [("Interaction", "attuned")]


def test_draft_edits_add_move_and_name_uniquely() -> None:
    draft = SchemeDraft(default_scheme())
    layer = draft.add_layer("point")
    assert layer.name == "Layer 1"
    assert draft.add_layer().name == "Layer 2"
    li = len(draft.layers) - 2
    a, b = draft.add_code(li), draft.add_code(li)
    assert (a.name, b.name) == ("code 1", "code 2")
    assert draft.move_code(li, 1, -1) == 0
    assert [c.name for c in draft.layers[li].codes] == ["code 2", "code 1"]
    assert draft.move_layer(0, -1) == 0
    assert draft.move_layer(0, 10) == len(draft.layers) - 1
    assert draft.layers[-1].name == "Interaction"
    assert draft.add_rating().name == "rating 1"
    assert draft.problems() == []


def test_modifier_text_round_trip_and_errors() -> None:
    mods = parse_modifiers("initiator: caregiver, infant , mutual\n\nintensity: low, high")
    assert mods == (
        ModifierSpec("initiator", ("caregiver", "infant", "mutual")),
        ModifierSpec("intensity", ("low", "high")),
    )
    assert parse_modifiers(format_modifiers(mods)) == mods
    with pytest.raises(SchemeEditError, match="line 1"):
        parse_modifiers("initiator caregiver")
    with pytest.raises(SchemeEditError, match="lists no values"):
        parse_modifiers("initiator:")


def test_episodes_per_code(session: Session) -> None:
    counts = episodes_per_code(session)
    assert counts[("Interaction", "attuned")] == 2
    assert counts[("Marks", "infant bid")] == 1


def test_losses_leave_out_what_the_user_already_agreed_to(session: Session) -> None:
    draft = SchemeDraft(session.scheme)
    draft.remove_code(0, 2)  # repair
    draft.remove_code(2, 0)  # infant bid
    plan = draft.analyse(session)
    assert len(plan.losses()) == 2
    assert plan.losses(agreed=[("Interaction", "repair")]) == [
        "1 episode(s) of code 'infant bid' in layer 'Marks' will be deleted"
    ]
