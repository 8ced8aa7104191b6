"""Properties that hold for any pair of codings (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from attachcoder.analysis.agreement import compare_sessions
from attachcoder.core import Episode, Session
from attachcoder.io.session.file import default_scheme

SCHEME = default_scheme()
STATE_CODES = ["attuned", "misattuned", "repair", "uncodable", None]  # None: an uncoded gap
DURATION = 30_000

# A coding: consecutive pieces (length in ms, code or a gap) from 0; the rest is uncoded.
pieces = st.lists(
    st.tuples(st.integers(1, 4000), st.sampled_from(STATE_CODES)), min_size=0, max_size=25
)
marks = st.lists(
    st.tuples(st.integers(0, DURATION - 1), st.sampled_from(["infant bid", "note"])),
    max_size=20,
)


def build(states: list[tuple[int, str | None]], points: list[tuple[int, str]]) -> Session:
    eps, t = [], 0
    for length, code in states:
        end = min(t + length, DURATION)
        if end <= t:
            break
        if code is not None:
            eps.append(Episode(f"s{len(eps)}", "Interaction", code, t, end))
        t = end
    eps += [Episode(f"p{i}", "Marks", c, on) for i, (on, c) in enumerate(points)]
    return Session(SCHEME, duration_ms=DURATION, episodes=eps)


units = st.sampled_from(["1s", "250ms", "100ms", "1.5s"])


@settings(max_examples=60, deadline=None)
@given(pieces, marks, units)
def test_identical_codings_have_kappa_one(
    states: list[tuple[int, str | None]], points: list[tuple[int, str]], unit: str
) -> None:
    s = build(states, points)
    r = compare_sessions(s, s, unit=unit)
    for la in r.layers:
        for stats in (la.time_units.stats, la.events.stats):
            assert stats.p_o in (None, 1.0)
            if stats.kappa is not None:
                assert abs(stats.kappa - 1.0) < 1e-12
        t = la.time_units
        used = sum(1 for row in t.matrix.counts if sum(row) > 0)
        if used >= 2:  # κ is defined as soon as two categories occur
            assert t.stats.kappa is not None
        assert t.disagreements == () and la.events.disagreements == ()
        assert la.events.linked == la.events.n_a == la.events.n_b


@settings(max_examples=60, deadline=None)
@given(pieces, marks, pieces, marks, units)
def test_swapping_coders_transposes_and_keeps_kappa(
    sa: list[tuple[int, str | None]],
    pa: list[tuple[int, str]],
    sb: list[tuple[int, str | None]],
    pb: list[tuple[int, str]],
    unit: str,
) -> None:
    a, b = build(sa, pa), build(sb, pb)
    ab, ba = compare_sessions(a, b, unit=unit), compare_sessions(b, a, unit=unit)
    for x, y in zip(ab.layers, ba.layers, strict=True):
        assert x.time_units.matrix.transposed() == y.time_units.matrix
        kx, ky = x.time_units.stats.kappa, y.time_units.stats.kappa
        assert (kx is None) == (ky is None)
        if kx is not None and ky is not None:
            assert abs(kx - ky) < 1e-12


@settings(max_examples=60, deadline=None)
@given(pieces, marks, pieces, marks)
def test_percent_agreement_never_falls_as_tolerance_grows(
    sa: list[tuple[int, str | None]],
    pa: list[tuple[int, str]],
    sb: list[tuple[int, str | None]],
    pb: list[tuple[int, str]],
) -> None:
    a, b = build(sa, pa), build(sb, pb)
    previous: dict[str, float] = {}
    for tol in ("0s", "500ms", "1s", "2s", "3.5s", "8s"):
        r = compare_sessions(a, b, unit="500ms", tolerance=tol)
        for la in r.layers:
            p = la.time_units.stats.percent_agreement
            assert p is not None
            assert p >= previous.get(la.layer, 0.0) - 1e-9
            previous[la.layer] = p
            forgiven = sum(
                (d.end_ms - d.start_ms) // 500
                for d in la.time_units.disagreements
                if d.forgiven_by_tolerance
            )
            agree = sum(la.time_units.matrix.counts[i][i] for i in range(len(la.codes) + 1))
            plain = compare_sessions(a, b, unit="500ms").layer(la.layer)
            assert plain is not None
            plain_agree = sum(
                plain.time_units.matrix.counts[i][i] for i in range(len(la.codes) + 1)
            )
            assert agree == plain_agree + forgiven  # every forgiven unit is one more agreement


@settings(max_examples=40, deadline=None)
@given(pieces, marks, pieces, marks, st.sampled_from([0.6, 0.3]))
def test_event_linking_does_not_depend_on_which_coder_is_first(
    sa: list[tuple[int, str | None]],
    pa: list[tuple[int, str]],
    sb: list[tuple[int, str | None]],
    pb: list[tuple[int, str]],
    overlap: float,
) -> None:
    a, b = build(sa, pa), build(sb, pb)
    ab, ba = compare_sessions(a, b, overlap=overlap), compare_sessions(b, a, overlap=overlap)
    for x, y in zip(ab.layers, ba.layers, strict=True):
        assert x.events.matrix.transposed() == y.events.matrix
        assert x.events.linked == y.events.linked
