"""The run-length time-unit analysis gives exactly what the unit-by-unit reference gives.

``unit_runs.time_unit_agreement`` is what :func:`compare_sessions` runs (the compare view
recomputes it after every edit); ``time_units.time_unit_agreement`` labels every unit and is
the reference. Generated codings cover frame units that do not divide a millisecond evenly,
boundaries on unit midpoints, codes only one scheme has, points sharing a unit, tolerances of
several units and codings that end early.
"""

from __future__ import annotations

import itertools

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from attachcoder.analysis.agreement import compare_sessions, time_units, unit_runs
from attachcoder.analysis.agreement.time_units import EXCLUDED_RULES, Disagreement, unit_count
from attachcoder.analysis.agreement.tracks import LabelSet, Track
from attachcoder.core import Episode, Media, Session
from attachcoder.io.session.file import default_scheme

LABELS = LabelSet(("attuned", "misattuned", "repair"), ("uncodable", "only-b"))
CODES = [0, 1, 2, 4, 5]  # the shared codes, then the two left out (3 is "none")
UNITS = [1000.0, 250.0, 40.0, 1000 / 30, 1001 / 30, 7.5, 100.0, 1.5]

# states: consecutive pieces (length in ms, code or an uncoded gap) from an offset
state_pieces = st.lists(
    st.tuples(st.integers(1, 900), st.sampled_from([*CODES, None])), max_size=30
)


@st.composite
def tracks(draw: st.DrawFn, *, point: bool, span: int) -> Track:
    if point:
        onsets = sorted(draw(st.lists(st.integers(0, span - 1), max_size=30)))
        codes = [draw(st.sampled_from(CODES)) for _ in onsets]
        arr = np.array(onsets, dtype=np.int64)
        return Track(arr, arr.copy(), np.array(codes, dtype=np.int64))
    t = draw(st.integers(0, 300))
    rows = []
    for length, code in draw(state_pieces):
        end = min(t + length, span)
        if end <= t:
            break
        if code is not None:
            rows.append((t, end, code))
        t = end
    arr = np.array(rows, dtype=np.int64).reshape(len(rows), 3)
    return Track(arr[:, 0].copy(), arr[:, 1].copy(), arr[:, 2].copy())


@st.composite
def pairs(draw: st.DrawFn) -> tuple[Track, Track, dict[str, object]]:
    point = draw(st.booleans())
    span = draw(st.integers(1, 6000))
    unit = draw(st.sampled_from(UNITS))
    kw = {
        "labels": LABELS,
        "point": point,
        "unit_ms": unit,
        "n_units": unit_count(span, unit),
        "tolerance": draw(st.integers(0, 6)),
        # a shared code as the excluded one (uncodable), or two, or none; under each rule
        "excluded": np.array(draw(st.sampled_from([[], [2], [0, 2]])), dtype=np.int64),
        "excluded_rule": draw(st.sampled_from(EXCLUDED_RULES)),
    }
    return draw(tracks(point=point, span=span)), draw(tracks(point=point, span=span)), kw


@settings(max_examples=400, deadline=None)
@given(pairs())
def test_runs_equal_the_unit_by_unit_reference(case) -> None:  # type: ignore[no-untyped-def]
    a, b, kw = case
    assert unit_runs.time_unit_agreement(a, b, **kw) == time_units.time_unit_agreement(a, b, **kw)


def test_boundaries_on_midpoints_and_both_tolerance_branches() -> None:
    """Hand-made edges, 1-s units: A switches exactly on unit 2's midpoint (2.5 s), so unit 2
    is A's misattuned; B's one-unit repair (unit 3); A's repair at 9–12 s against B's
    misattuned, forgiven only next to A's misattuned (the second branch), unit by unit."""

    def track(onsets: list[int], offsets: list[int], codes: list[int]) -> Track:
        return Track(*(np.array(x, dtype=np.int64) for x in (onsets, offsets, codes)))

    a = track([0, 2500, 9000], [2500, 9000, 12000], [0, 1, 2])
    b = track([0, 3500, 4000], [3500, 4000, 12000], [0, 2, 1])
    found = {}
    for tol in range(5):
        kw = {"labels": LABELS, "point": False, "unit_ms": 1000.0, "n_units": 12,
              "tolerance": tol}  # fmt: skip
        fast = unit_runs.time_unit_agreement(a, b, **kw)
        assert fast == time_units.time_unit_agreement(a, b, **kw)
        found[tol] = fast.disagreements
    D = Disagreement
    assert found[0] == (D(2000, 3000, "misattuned", "attuned", False),
                        D(3000, 4000, "misattuned", "repair", False),
                        D(9000, 12000, "repair", "misattuned", False))  # fmt: skip
    assert found[1] == (D(2000, 3000, "misattuned", "attuned", True),  # B's mis at unit 4
                        D(3000, 4000, "misattuned", "repair", True),
                        D(9000, 10000, "repair", "misattuned", True),  # A's mis at unit 8
                        D(10000, 12000, "repair", "misattuned", False))  # fmt: skip
    assert found[3][-1] == D(9000, 12000, "repair", "misattuned", True)


def test_compare_sessions_runs_it_on_a_long_frame_coded_session() -> None:
    """At one frame per unit over an hour the report is the reference's, stretch for stretch."""
    scheme = default_scheme()
    rng = np.random.default_rng(3)
    codes = ["attuned", "misattuned", "repair", "uncodable"]

    def coding(seed_shift: int) -> Session:
        cuts = np.cumsum(rng.integers(5, 200, size=900) * 40) + seed_shift * 40
        eps = [
            Episode(f"e{i}", "Interaction", codes[int(rng.integers(4))], int(on), int(off))
            for i, (on, off) in enumerate(itertools.pairwise(cuts))
        ]
        return Session(scheme, duration_ms=int(cuts[-1]) + 1000, episodes=eps,
                       media=[Media("v.mp4", sha256="ab" * 32, fps=25.0)])  # fmt: skip

    a, b = coding(0), coding(3)
    report = compare_sessions(a, b, unit="1f", tolerance="0.5s")
    tu = report.layer("Interaction").time_units  # type: ignore[union-attr]
    assert tu.n_units > 80_000 and len(tu.disagreements) > 100
    from attachcoder.analysis.agreement.tracks import make_track

    labels = LabelSet(tuple(codes))
    index = labels.index()
    span = report.span_ms
    ta = make_track(a.layer_episodes("Interaction"), index, end_ms=span, point=False)
    tb = make_track(b.layer_episodes("Interaction"), index, end_ms=span, point=False)
    ref = time_units.time_unit_agreement(
        ta, tb, labels=labels, point=False, unit_ms=40.0, n_units=tu.n_units, tolerance=13,
        excluded=np.array([index["uncodable"]], dtype=np.int64), excluded_rule="drop-both",
    )  # fmt: skip
    assert tu == ref
