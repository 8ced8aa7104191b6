"""Session operations keep every invariant or refuse with a clear error, changing nothing."""

from __future__ import annotations

from typing import Any

import pytest

from attachcoder.core import (
    Change,
    CompoundChange,
    Episode,
    EpisodeEdit,
    FieldChange,
    Media,
    Metadata,
    Session,
    SessionError,
)
from attachcoder.io.session.codec import session_to_dict
from attachcoder.io.session.file import default_scheme


def new_session(duration_ms: int = 60_000, *, media: bool = True) -> Session:
    m = [Media("v.mp4", None, None, duration_ms, 25.0, 0)] if media else []
    return Session(default_scheme(), media=m, duration_ms=duration_ms)


def refused(s: Session, match: str, fn: Any, *args: Any, **kwargs: Any) -> SessionError:
    """Call ``fn``; it must raise SessionError matching ``match`` and leave ``s`` as it was."""
    before = session_to_dict(s)
    with pytest.raises(SessionError, match=match) as info:
        fn(*args, **kwargs)
    assert session_to_dict(s) == before
    assert s.problems() == []
    return info.value


def spans(s: Session, layer: str = "Interaction") -> list[tuple[str, int, int | None]]:
    return [(e.code, e.onset_ms, e.offset_ms) for e in s.layer_episodes(layer)]


# ------------------------------------------------------------------ operations


def test_start_stop_add_point_update_delete() -> None:
    s = new_session()
    s.start("Interaction", "attuned", 0)
    s.start("Interaction", "misattuned", 4200)
    s.stop("Interaction", 7800)
    s.add_point("Marks", "infant bid", 6120)
    assert spans(s) == [("attuned", 0, 4200), ("misattuned", 4200, 7800)]
    [bid] = s.layer_episodes("Marks")
    s.update(bid.id, note="looks at mother", onset_ms=6160)
    assert s.episode(bid.id).note == "looks at mother"
    assert s.episode(bid.id).onset_ms == 6160
    first = s.layer_episodes("Interaction")[0]
    s.delete(first.id)
    assert spans(s) == [("misattuned", 4200, 7800)]
    assert first.id not in s
    assert s.problems() == []


def test_starting_inside_a_closed_episode_splits_it() -> None:
    s = new_session()
    s.start("Interaction", "attuned", 0)
    s.stop("Interaction", 10_000)
    s.start("Interaction", "repair", 4000, modifiers={"initiator": "infant"})
    assert spans(s) == [("attuned", 0, 4000), ("repair", 4000, 10_000)]
    assert s.layer_episodes("Interaction")[1].modifiers == {"initiator": "infant"}


def test_starting_in_a_gap_fills_it_up_to_the_next_episode() -> None:
    s = new_session()
    s.start("Interaction", "attuned", 5000)
    s.stop("Interaction", 8000)
    s.start("Interaction", "misattuned", 1000)
    assert spans(s) == [("misattuned", 1000, 5000), ("attuned", 5000, 8000)]
    assert s.running("Interaction") is None


def test_active_at_finds_the_state_of_every_layer() -> None:
    s = new_session()
    s.start("Phase", "play", 0)
    s.start("Interaction", "attuned", 0)
    s.start("Interaction", "misattuned", 4000)
    s.stop("Interaction", 6000)
    s.add_point("Marks", "infant bid", 5000)
    at = s.active_at(4000)
    assert {k: v.code for k, v in at.items()} == {"Phase": "play", "Interaction": "misattuned"}
    assert "Interaction" not in s.active_at(6000)  # offset is exclusive
    assert s.active_at(3999)["Interaction"].code == "attuned"
    assert s.active_at(59_000)["Phase"].code == "play"  # still running
    assert [e.code for e in s.episodes_between("Interaction", 3000, 5000)] == [
        "attuned",
        "misattuned",
    ]


def test_episodes_are_ordered_by_onset_then_layer_order() -> None:
    s = new_session()
    s.add_point("Marks", "infant bid", 0)
    s.start("Interaction", "attuned", 0)
    s.start("Phase", "play", 0)
    assert [e.layer for e in s.episodes()] == ["Interaction", "Phase", "Marks"]


def test_new_ids_never_reuse_an_id_ever_seen() -> None:
    eps = [Episode("e7", "Marks", "infant bid", 100), Episode("x", "Marks", "infant bid", 200)]
    s = Session(default_scheme(), episodes=eps)
    s.delete("e7")  # the highest id goes before any new one is made
    change = s.add_point("Marks", "infant bid", 300)
    assert isinstance(change, EpisodeEdit)
    assert change.added[0].id == "e8"
    s.apply(EpisodeEdit(added=(eps[0],)))  # undoing the delete still fits
    assert s.problems() == []


# ------------------------------------------------------------------ invariants


def test_overlap_inside_a_state_layer_is_refused() -> None:
    s = new_session()
    s.start("Interaction", "attuned", 0)
    s.stop("Interaction", 5000)
    s.start("Interaction", "misattuned", 5000)
    s.stop("Interaction", 9000)
    second = s.layer_episodes("Interaction")[1]
    refused(s, "would overlap", s.update, second.id, onset_ms=4000)
    overlapping = Episode("new", "Interaction", "repair", 1000, 2000)
    refused(s, "would overlap", s.apply, EpisodeEdit(added=(overlapping,)))


def test_states_of_different_layers_and_points_may_coincide() -> None:
    s = new_session()
    s.start("Interaction", "attuned", 0)
    s.start("Phase", "play", 0)
    s.add_point("Marks", "infant bid", 0)
    s.add_point("Marks", "infant bid", 0)
    assert s.problems() == []
    assert len(s) == 4


def test_onset_must_come_before_offset() -> None:
    s = new_session()
    s.start("Interaction", "attuned", 1000)
    s.stop("Interaction", 3000)
    ep = s.layer_episodes("Interaction")[0]
    refused(s, "is not after onset", s.update, ep.id, offset_ms=1000)
    refused(s, "is not after onset", s.update, ep.id, offset_ms=500)
    s.start("Interaction", "misattuned", 5000)
    refused(s, "it cannot end earlier", s.stop, "Interaction", 4000)


def test_times_must_be_whole_non_negative_milliseconds_within_the_media() -> None:
    s = new_session(10_000)
    refused(s, "before the start", s.start, "Interaction", "attuned", -1)
    refused(s, "whole milliseconds", s.start, "Interaction", "attuned", 1.5)
    refused(s, "whole milliseconds", s.add_point, "Marks", "infant bid", True)
    refused(s, "past the end of the media", s.add_point, "Marks", "infant bid", 10_001)
    s.add_point("Marks", "infant bid", 10_000)  # the very end is allowed
    s.start("Interaction", "attuned", 9000)
    refused(s, "past the end of the media", s.stop, "Interaction", 12_000)


def test_without_media_there_is_no_end() -> None:
    s = new_session(10_000, media=False)
    s.add_point("Marks", "infant bid", 50_000)
    assert s.problems() == []


def test_a_running_state_must_be_the_last_of_its_layer() -> None:
    s = new_session()
    s.start("Interaction", "attuned", 0)
    s.stop("Interaction", 2000)
    s.start("Interaction", "misattuned", 4000)
    s.stop("Interaction", 6000)
    first = s.layer_episodes("Interaction")[0]
    refused(s, "cannot run on while", s.update, first.id, offset_ms=None)
    in_the_gap = Episode("r", "Interaction", "repair", 2500, None)
    refused(s, "cannot run on while", s.apply, EpisodeEdit(added=(in_the_gap,)))
    with pytest.raises(SessionError, match="is still running but"):
        Session(default_scheme(), episodes=[first.with_(offset_ms=None), in_the_gap])


def test_a_point_has_no_offset() -> None:
    s = new_session()
    s.add_point("Marks", "infant bid", 1000)
    [bid] = s.layer_episodes("Marks")
    refused(s, "a point has no offset", s.update, bid.id, offset_ms=2000)
    refused(s, "holds points", s.start, "Marks", "infant bid", 0)
    refused(s, "holds states", s.add_point, "Interaction", "attuned", 0)


def test_ids_are_unique() -> None:
    s = new_session()
    s.add_point("Marks", "infant bid", 1000)
    [bid] = s.layer_episodes("Marks")
    twin = Episode(bid.id, "Marks", "infant bid", 2000)
    refused(s, f"episode id '{bid.id}' is already used", s.apply, EpisodeEdit(added=(twin,)))
    pair = (Episode("z", "Marks", "note", 1), Episode("z", "Marks", "note", 2))
    refused(s, "already used", s.apply, EpisodeEdit(added=pair))
    with pytest.raises(SessionError, match="'e1' is used twice"):
        Session(default_scheme(), episodes=[Episode("e1", "Marks", "note", 1)] * 2)


def test_codes_layers_and_modifiers_must_be_in_the_scheme() -> None:
    s = new_session()
    refused(s, "no layer 'Mood'", s.start, "Mood", "happy", 0)
    refused(s, "has no code 'happy'", s.start, "Interaction", "happy", 0)
    refused(
        s,
        "code 'attuned' has no modifier 'initiator'",
        s.start,
        "Interaction",
        "attuned",
        0,
        modifiers={"initiator": "infant"},
    )
    refused(
        s,
        "'father' is not a value of modifier 'initiator' \\(one of caregiver, infant, mutual\\)",
        s.start,
        "Interaction",
        "repair",
        0,
        modifiers={"initiator": "father"},
    )
    s.start("Interaction", "repair", 0, modifiers={"initiator": ""})  # not yet chosen
    ep = s.layer_episodes("Interaction")[0]
    refused(s, "is not in layer 'Interaction'", s.update, ep.id, code="play")
    refused(s, "has no field 'colour'", s.update, ep.id, colour="red")


def test_ratings_must_fit_their_item() -> None:
    s = new_session()
    s.set_field("ratings", {"sensitivity": 7})
    refused(s, "outside 1–9", s.set_field, "ratings", {"sensitivity": 10})
    refused(s, "not a rating item", s.set_field, "ratings", {"warmth": 3})
    assert s.ratings == {"sensitivity": 7}


def test_a_removed_episode_must_be_the_one_in_the_session() -> None:
    s = new_session()
    s.add_point("Marks", "infant bid", 1000)
    [bid] = s.layer_episodes("Marks")
    stale = bid.with_(onset_ms=999)
    refused(s, "is not in the session as expected", s.apply, EpisodeEdit(removed=(stale,)))


def test_a_bulk_load_reports_every_problem_with_its_episode() -> None:
    eps = [
        Episode("a", "Interaction", "attuned", 0, 5000),
        Episode("b", "Interaction", "misattuned", 4000, 6000),
        Episode("c", "Interaction", "nope", 7000, 8000),
        Episode("d", "Marks", "infant bid", 100, 200),
    ]
    with pytest.raises(SessionError) as info:
        Session(default_scheme(), episodes=eps)
    details = {d.episode_id: d.problem for d in info.value.details}
    assert set(details) == {"b", "c", "d"}
    assert "overlaps episode 'a' (attuned 00:00:00.000–00:00:05.000)" in details["b"]
    assert details["c"] == "code 'nope' is not in layer 'Interaction' of the scheme"
    assert details["d"].startswith("a point has no offset")
    assert "episode 'c' (nope at 00:00:07.000)" in str(info.value)


# ------------------------------------------------------------------ changes and listeners


def test_an_edit_is_undone_by_its_inverse() -> None:
    s = new_session()
    s.start("Interaction", "attuned", 0)
    before = session_to_dict(s)
    change = s.start("Interaction", "misattuned", 3000)
    s.apply(change.inverse())
    assert session_to_dict(s) == before
    s.apply(change)
    assert spans(s) == [("attuned", 0, 3000), ("misattuned", 3000, None)]


def test_a_field_change_and_its_inverse() -> None:
    s = new_session()
    meta = Metadata(dyad_id="D1", coder_id="C9", session_date="2026-01-01")
    change = s.set_field("metadata", meta)
    assert s.metadata.session_key() == "D1_2026-01-01_C9"
    s.apply(change.inverse())
    assert s.metadata == Metadata()
    assert FieldChange("ratings", {}, {}).is_empty


def test_a_compound_change_stands_or_falls_whole() -> None:
    s = new_session()
    s.add_point("Marks", "infant bid", 1000)
    good = s.plan_add_point("Marks", "note", 2000, note="hi")
    bad = EpisodeEdit(added=(Episode("x", "Interaction", "nope", 0, 1),))
    refused(s, "not in layer", s.apply, CompoundChange((good, bad)))
    assert len(s) == 1


def test_listeners_hear_before_and_after_each_part_and_committed_once() -> None:
    s = new_session()
    heard: list[tuple[str, Any, int]] = []

    def before(c: Change) -> None:
        heard.append(("before", c, len(s)))

    def after(c: Change) -> None:
        heard.append(("after", c, len(s)))

    def committed(c: Change) -> None:
        heard.append(("committed", c, len(s)))

    s.add_listener(before=before, after=after, committed=committed)
    p1 = s.plan_add_point("Marks", "infant bid", 1000)
    p2 = EpisodeEdit(added=(Episode("extra", "Marks", "note", 2000),))
    whole = CompoundChange((p1, p2))
    s.apply(whole)
    assert heard == [
        ("before", p1, 0),
        ("after", p1, 1),
        ("before", p2, 1),
        ("after", p2, 2),
        ("committed", whole, 2),
    ]
    heard.clear()
    refused(s, "no code", s.add_point, "Marks", "nope", 0)
    assert heard == []  # a refused change is never announced
    s.remove_listener(before)
    s.remove_listener(after)
    s.remove_listener(committed)
    s.add_point("Marks", "infant bid", 3000)
    assert heard == []


def test_plans_change_nothing_until_applied() -> None:
    s = new_session()
    s.start("Interaction", "attuned", 0)
    before = session_to_dict(s)
    s.plan_start("Interaction", "misattuned", 1000)
    s.plan_stop("Interaction", 1000)
    s.plan_add_point("Marks", "infant bid", 5)
    s.plan_delete([s.layer_episodes("Interaction")[0].id])
    assert session_to_dict(s) == before


def test_an_id_must_be_a_non_empty_string() -> None:
    s = new_session()
    for bad in ("", 7):
        ep = Episode(bad, "Marks", "infant bid", 0)  # type: ignore[arg-type]
        refused(s, "id must be a non-empty string", s.apply, EpisodeEdit(added=(ep,)))


def test_only_the_session_fields_can_be_replaced() -> None:
    s = new_session()
    refused(s, "has no field '_episodes'", s.apply, FieldChange("_episodes", {}, {}))  # type: ignore[arg-type]
    inner = CompoundChange((FieldChange("colour", None, "red"),))  # type: ignore[arg-type]
    refused(s, "has no field 'colour'", s.apply, CompoundChange((inner,)))
    refused(s, "has no field 'colour'", s.set_field, "colour", "red")
