"""A boundary edit means one thing: at a boundary two touching states share both sides move;
alone, the edge moves by itself; a refusal names episodes by code and time, never by id."""

from __future__ import annotations

import re

import pytest

from attachcoder.core import Episode, Session, SessionError
from attachcoder.core.boundaries import (
    boundary_partner,
    edge_text,
    plan_move_edge,
    touching_neighbour,
)
from attachcoder.core.unset_modifiers import UnsetModifiers, plural, unset_modifiers
from attachcoder.io.session.file import default_scheme

ID = re.compile(r"'e\d+'|\be\d+\b")


def continuous() -> tuple[Session, Episode, Episode, Episode]:
    """attuned 0–4 s, misattuned 4–6 s, attuned 8–10 s (a gap 6–8 s), one bid at 5 s."""
    s = Session(default_scheme())
    s.start("Interaction", "attuned", 0)
    s.start("Interaction", "misattuned", 4000)
    s.stop("Interaction", 6000)
    s.start("Interaction", "attuned", 8000)
    s.stop("Interaction", 10_000)
    s.add_point("Marks", "infant bid", 5000)
    first, mis, last = s.layer_episodes("Interaction")
    return s, first, mis, last


def test_a_shared_boundary_moves_both_sides_in_one_edit() -> None:
    s, first, mis, _ = continuous()
    assert touching_neighbour(s, mis, "onset") == first
    assert touching_neighbour(s, first, "offset") == mis
    edit = plan_move_edge(s, mis.id, "onset", 3000)  # earlier: into the attuned before
    s.apply(edit)
    assert (s.episode(first.id).offset_ms, s.episode(mis.id).onset_ms) == (3000, 3000)
    s.apply(plan_move_edge(s, first.id, "offset", 4500))  # the same boundary, from the left
    assert (s.episode(first.id).offset_ms, s.episode(mis.id).onset_ms) == (4500, 4500)
    assert s.problems() == []


def test_alone_an_edge_opens_a_gap_or_is_refused_as_an_overlap_in_a_coders_words() -> None:
    s, first, mis, _ = continuous()
    s.apply(plan_move_edge(s, mis.id, "onset", 4400, alone=True))  # later: a gap opens
    assert s.episode(first.id).offset_ms == 4000 and s.episode(mis.id).onset_ms == 4400
    with pytest.raises(SessionError) as info:
        s.apply(plan_move_edge(s, mis.id, "onset", 3000, alone=True))  # into attuned
    message = str(info.value)
    assert "misattuned 00:00:03.000–00:00:06.000 would overlap" in message
    assert "attuned 00:00:00.000–00:00:04.000" in message
    assert not ID.search(message), message


def test_a_boundary_pushed_past_the_neighbours_far_edge_is_refused_and_says_where_to() -> None:
    s, first, _, _ = continuous()
    with pytest.raises(SessionError) as info:
        plan_move_edge(s, first.id, "offset", 6000)  # would leave misattuned no time
    message = str(info.value)
    assert "would leave misattuned 00:00:04.000–00:00:06.000 no time" in message
    assert "before 00:00:06.000" in message and not ID.search(message)


def test_an_edge_with_no_touching_neighbour_moves_alone() -> None:
    s, _, mis, last = continuous()
    assert touching_neighbour(s, mis, "offset") is None  # a gap follows
    assert boundary_partner(s, last, "onset") is None
    s.apply(plan_move_edge(s, mis.id, "offset", 7000))
    assert s.episode(mis.id).offset_ms == 7000 and s.episode(last.id).onset_ms == 8000
    bid = s.layer_episodes("Marks")[0]
    assert touching_neighbour(s, bid, "onset") is None  # points have no boundaries
    s.apply(plan_move_edge(s, bid.id, "onset", 5200))
    assert s.episode(bid.id).onset_ms == 5200


def test_the_undo_steps_name_says_what_moved() -> None:
    _, first, mis, _ = continuous()
    assert edge_text(mis, "onset", 3000, first) == (
        "Move onset of misattuned to 00:00:03.000 (and offset of attuned)"
    )
    assert edge_text(mis, "onset", 3000) == "Move onset of misattuned to 00:00:03.000"


def test_unset_modifiers_are_followed_change_by_change() -> None:
    s = Session(default_scheme())
    scheme = s.scheme
    unset = UnsetModifiers(scheme, list(s.iter_episodes()))
    for change in (
        s.start("Interaction", "repair", 0),
        s.start("Interaction", "attuned", 1000),
        s.start("Interaction", "repair", 2000, modifiers={"initiator": "infant"}),
        s.start("Interaction", "repair", 3000),
    ):
        unset.update(change)
    assert unset.summary() == "2 repairs without initiator"
    first = s.layer_episodes("Interaction")[0]
    assert unset_modifiers(scheme, first) == ["initiator"]
    unset.update(s.update(first.id, modifiers={"initiator": "caregiver"}))
    assert unset.summary() == "1 repair without initiator" and first.id not in unset
    assert len(unset) == len(UnsetModifiers(scheme, list(s.iter_episodes())))
    assert plural("bid", 2) == "bids" and plural("kiss", 2) == "kisses"
