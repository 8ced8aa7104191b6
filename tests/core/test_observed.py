"""The observed span (core/observed.py): where every figure ends, and what a running state is."""

from __future__ import annotations

import dataclasses

from attachcoder.core import CompoundChange, Episode, FieldChange, Media, Metadata, Session
from attachcoder.core.observed import (
    closed_episodes,
    complete_but_running,
    keep_observed,
    observed_span,
)
from attachcoder.io.session.file import default_scheme

VIDEO = Media("v.mp4", duration_ms=240_000, fps=25.0)


def make(eps: list[Episode], observed: int | None, *, media: bool = True, **md) -> Session:  # type: ignore[no-untyped-def]
    return Session(
        default_scheme(),
        metadata=Metadata(observed_to_ms=observed, **md),
        media=[VIDEO] if media else [],
        duration_ms=240_000 if media else 10_000,
        episodes=eps,
    )


RUNNING = [
    Episode("e1", "Interaction", "attuned", 0, 20_000),
    Episode("e2", "Interaction", "misattuned", 20_000, None),
    Episode("b1", "Marks", "infant bid", 30_000),
]


def test_a_running_state_ends_where_the_coding_was_observed_to() -> None:
    s = make(RUNNING, 60_000)
    span = observed_span(s)
    assert (span.end_ms, span.media_end_ms, span.share) == (60_000, 240_000, 0.25)
    assert [ep.id for _, ep in span.closed] == ["e2"] and span.left_out == ()
    assert [e.offset_ms for e in closed_episodes(s, "Interaction", span)] == [20_000, 60_000]


def test_without_an_observed_end_a_running_state_is_left_out_and_the_span_is_the_media() -> None:
    s = make(RUNNING, None)
    span = observed_span(s)
    assert (span.end_ms, span.recorded) == (240_000, False)
    assert [ep.id for _, ep in span.left_out] == ["e2"] and span.closed == ()
    assert [e.id for e in closed_episodes(s, "Interaction", span)] == ["e1"]


def test_a_coded_instant_past_the_field_was_seen_and_the_media_end_caps_it() -> None:
    assert observed_span(make(RUNNING, 10_000)).end_ms == 30_000  # the bid at 30 s
    assert observed_span(make(RUNNING, 900_000)).end_ms == 240_000  # never past the media


def test_a_live_session_without_media_runs_to_its_clock() -> None:
    span = observed_span(make(RUNNING, 45_000, media=False))
    assert span.end_ms == span.media_end_ms == 45_000


def test_a_complete_coding_with_a_state_running_is_named() -> None:
    s = make(RUNNING, 60_000, status="complete")
    [problem] = complete_but_running(s)
    assert "'misattuned' in layer 'Interaction', started at 00:00:20.000" in problem
    assert complete_but_running(make(RUNNING, 60_000)) == []


def test_an_undo_of_a_metadata_edit_keeps_the_time_shown() -> None:
    s = make(RUNNING, 60_000)
    old = dataclasses.replace(s.metadata, observed_to_ms=5_000, dyad_id="")
    new = dataclasses.replace(old, dyad_id="D1")
    undo = FieldChange("metadata", new, old)  # made when 5 s had been shown
    kept = keep_observed(s, undo)
    assert isinstance(kept, FieldChange)
    assert kept.new.observed_to_ms == 60_000 and kept.new.dyad_id == ""
    both = keep_observed(s, CompoundChange((undo,)))
    assert isinstance(both, CompoundChange) and both.parts == (kept,)
    other = FieldChange("ratings", {}, {"sensitivity": 5})
    assert keep_observed(s, other) is other
