"""Property tests: whatever sequence of operations a coder (or an importer) makes, the session
keeps every invariant; a refused operation changes nothing; every change is undone by its
inverse; the time index always agrees with a brute-force scan."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attachcoder.core import Change, Episode, EpisodeEdit, Media, Session, SessionError
from attachcoder.io.session.codec import session_to_dict
from attachcoder.io.session.file import default_scheme

SCHEME = default_scheme()
DURATION = 10_000
LAYER_CODES = [(la.name, c.name) for la in SCHEME.layers for c in la.codes]
STATE_LAYERS = [la.name for la in SCHEME.layers if la.is_state]
ALL_CODES = sorted({c for _, c in LAYER_CODES})

STATE_CODES = [(la, c) for la, c in LAYER_CODES if la in STATE_LAYERS]
POINT_CODES = [(la, c) for la, c in LAYER_CODES if la not in STATE_LAYERS]


def mostly(good: st.SearchStrategy[Any], bad: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Valid values most of the time (so sessions grow), invalid ones now and then."""
    return st.sampled_from([True] * 9 + [False]).flatmap(lambda ok: good if ok else bad)


# frame-like times, so that episodes meet and coincide often
times = mostly(
    st.integers(0, DURATION // 250).map(lambda k: k * 250),
    st.one_of(st.integers(-50, DURATION + 500), st.just(1.5)),
)
modifiers = mostly(
    st.just({}), st.sampled_from([{"initiator": "infant"}, {"initiator": "bad"}, {"who": "x"}])
)
notes = st.text(max_size=8)
fields = st.fixed_dictionaries(
    {},
    optional={
        "onset_ms": times,
        "offset_ms": st.one_of(st.none(), times),
        "code": mostly(
            st.sampled_from(["attuned", "misattuned", "repair"]), st.sampled_from(ALL_CODES)
        ),
        "note": notes,
        "modifiers": modifiers,
    },
)
operations = st.lists(
    st.one_of(
        st.tuples(st.just("code"), st.sampled_from(LAYER_CODES), times, modifiers),
        st.tuples(st.just("code"), st.sampled_from(LAYER_CODES), times, modifiers),
        st.tuples(
            st.just("start"),
            mostly(st.sampled_from(STATE_CODES), st.sampled_from(LAYER_CODES)),
            times,
            modifiers,
        ),
        st.tuples(st.just("stop"), st.sampled_from(STATE_LAYERS), times),
        st.tuples(
            st.just("point"),
            mostly(st.sampled_from(POINT_CODES), st.sampled_from(LAYER_CODES)),
            times,
            notes,
        ),
        st.tuples(st.just("update"), st.integers(0, 60), fields),
        st.tuples(st.just("delete"), st.lists(st.integers(0, 60), max_size=3)),
        st.tuples(st.just("rate"), st.integers(0, 10)),
    ),
    min_size=10,
    max_size=60,
)


def new_session() -> Session:
    return Session(SCHEME, media=[Media("v.mp4", None, None, DURATION, 25.0)], duration_ms=DURATION)


def perform(s: Session, op: tuple[Any, ...]) -> Change | None:
    kind = op[0]
    ids = [e.id for e in s.episodes()]
    if kind == "code":
        (layer, code), t, mods = op[1:]
        return s.code(layer, code, t, modifiers=mods)
    if kind == "start":
        (layer, code), t, mods = op[1:]
        return s.start(layer, code, t, modifiers=mods)
    if kind == "stop":
        return s.stop(op[1], op[2])
    if kind == "point":
        (layer, code), t, note = op[1:]
        return s.add_point(layer, code, t, note=note)
    if kind == "update":
        if not ids:
            return None
        return s.update(ids[op[1] % len(ids)], **op[2])
    if kind == "delete":
        if not ids:
            return None
        return s.delete(*sorted({ids[i % len(ids)] for i in op[1]}))
    return s.set_field("ratings", {"sensitivity": op[1]})


def assert_index_agrees_with_a_scan(s: Session) -> None:
    every = list(s.iter_episodes())
    for layer in [la.name for la in SCHEME.layers]:
        mine = [e for e in every if e.layer == layer]
        assert sorted(s.layer_episodes(layer), key=lambda e: e.id) == sorted(
            mine, key=lambda e: e.id
        )
        onsets = [e.onset_ms for e in s.layer_episodes(layer)]
        assert onsets == sorted(onsets)
    probes = {0, DURATION, DURATION // 2}
    probes |= {e.onset_ms for e in every} | {e.offset_ms for e in every if e.offset_ms is not None}
    for t in probes:
        for p in (t - 1, t):
            expected = {e.layer: e for e in every if e.layer in STATE_LAYERS and e.covers(p)}
            assert s.active_at(p) == expected
    for layer in STATE_LAYERS:
        running = [e for e in every if e.layer == layer and e.offset_ms is None]
        assert s.running(layer) == (running[0] if running else None)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(operations)
def test_any_sequence_of_operations_keeps_every_invariant(ops: list[tuple[Any, ...]]) -> None:
    s = new_session()
    for op in ops:
        before = session_to_dict(s)
        try:
            change = perform(s, op)
        except SessionError:
            assert session_to_dict(s) == before, "a refused operation changed the session"
        else:
            if change is not None:
                after = session_to_dict(s)
                s.apply(change.inverse())
                assert session_to_dict(s) == before, "the inverse did not restore the session"
                s.apply(change)
                assert session_to_dict(s) == after, "re-applying did not give the same session"
        assert s.problems() == []
    assert_index_agrees_with_a_scan(s)


@settings(max_examples=60, deadline=None)
@given(operations)
def test_a_session_rebuilt_from_its_episodes_is_the_same(ops: list[tuple[Any, ...]]) -> None:
    s = new_session()
    for op in ops:
        try:
            perform(s, op)
        except SessionError:
            pass
    again = Session(
        SCHEME,
        media=s.media,
        duration_ms=s.duration_ms,
        episodes=list(s.iter_episodes()),
        ratings=s.ratings,
    )
    assert session_to_dict(again) == session_to_dict(s)
    assert again.running_states() == s.running_states()
    assert_index_agrees_with_a_scan(again)


def _long_session(n: int = 1200) -> Session:
    """A session big enough that edits of all its episodes take the bulk path."""
    s = Session(SCHEME, duration_ms=n * 1000)
    codes = ["attuned", "misattuned", "repair"]
    eps = [
        Episode(f"e{i + 1}", "Interaction", codes[i % 3], i * 1000, i * 1000 + 900)
        for i in range(n)
    ]
    eps.append(Episode(f"e{n + 1}", "Interaction", "attuned", n * 1000, None))
    s.apply(EpisodeEdit(added=tuple(eps)))
    return s


def test_a_bulk_edit_keeps_the_index_like_single_edits_would() -> None:
    s = _long_session()
    before = sorted(s.iter_episodes(), key=lambda e: e.id)
    misattuned = [e for e in s.iter_episodes() if e.code == "misattuned"]
    renamed = tuple(e.with_(code="repair") for e in misattuned)
    change = s.apply(EpisodeEdit(tuple(misattuned), renamed))
    assert len(misattuned) > 256  # so the edit really was a bulk one
    assert s.problems() == []
    assert_index_agrees_with_a_scan(s)
    assert s.running("Interaction") is not None
    s.apply(change.inverse())
    assert sorted(s.iter_episodes(), key=lambda e: e.id) == before
    assert_index_agrees_with_a_scan(s)


def test_a_bulk_edit_that_would_overlap_is_refused_and_changes_nothing() -> None:
    s = _long_session()
    before = sorted(s.iter_episodes(), key=lambda e: e.id)
    eps = [e for e in s.iter_episodes() if e.offset_ms is not None][:600]
    stretched = tuple(e.with_(offset_ms=e.offset_ms + 200) for e in eps)  # into the next one
    with pytest.raises(SessionError, match="overlap"):
        s.apply(EpisodeEdit(tuple(eps), stretched))
    assert sorted(s.iter_episodes(), key=lambda e: e.id) == before
    assert_index_agrees_with_a_scan(s)
