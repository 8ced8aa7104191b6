"""Time-unit κ: units, midpoint and first-point labelling, tolerance, disagreeing stretches."""

from __future__ import annotations

import numpy as np
import pytest

from attachcoder.analysis.agreement import Disagreement, compare_sessions
from attachcoder.analysis.agreement.time_units import (
    apply_tolerance,
    tolerance_units,
    unit_count,
)
from attachcoder.core import Episode, Media, Session
from attachcoder.io.session.file import default_scheme

SCHEME = default_scheme()
CODES = ["attuned", "misattuned", "repair", "uncodable", None]  # None: "none"


def coding(
    states: list[tuple[str, float, float]],
    points: list[tuple[str, float]] = (),  # type: ignore[assignment]
    *,
    duration_s: float = 6,
    fps: float | None = 25.0,
) -> Session:
    """A session of the default scheme; times in seconds, for readability."""
    eps = [
        Episode(f"s{i}", "Interaction", c, round(on * 1000), round(off * 1000))
        for i, (c, on, off) in enumerate(states)
    ]
    eps += [Episode(f"p{i}", "Marks", c, round(t * 1000)) for i, (c, t) in enumerate(points)]
    media = [Media("v.mp4", sha256="ab" * 32, fps=fps)] if fps else []
    return Session(SCHEME, duration_ms=round(duration_s * 1000), media=media, episodes=eps)


def counts(report, layer: str = "Interaction") -> list[list[int]]:  # type: ignore[no-untyped-def]
    return [list(r) for r in report.layer(layer).time_units.matrix.counts]


def test_units_whole_only_and_partial_last_unit_dropped() -> None:
    assert unit_count(2500, 1000) == 2
    assert unit_count(3000, 1000) == 3
    assert unit_count(1000, 80) == 12
    assert unit_count(1000, 1000 / 30) == 30  # frame units land on whole frames


def test_tolerance_rounds_to_whole_units() -> None:
    assert tolerance_units(1400, 1000) == 1
    assert tolerance_units(1500, 1000) == 2
    assert tolerance_units(0, 1000) == 0
    assert tolerance_units(80, 40) == 2


def test_state_units_take_the_code_active_at_the_midpoint() -> None:
    # 0–1.4 attuned, 1.4–2.5 misattuned (midpoint 2.5 is not covered: offset exclusive),
    # 2.5–3.0 repair; unit midpoints .5, 1.5, 2.5 → attuned, misattuned, repair.
    a = coding([("attuned", 0, 1.4), ("misattuned", 1.4, 2.5), ("repair", 2.5, 3)], duration_s=3)
    b = coding([("attuned", 0, 3)], duration_s=3)
    r = compare_sessions(a, b)
    t = r.layer("Interaction").time_units  # type: ignore[union-attr]
    assert t.n_units == 3
    assert counts(r) == [
        [1, 0, 0, 0, 0],
        [1, 0, 0, 0, 0],
        [1, 0, 0, 0, 0],
        [0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0],
    ]


def test_uncoded_time_is_none_and_counts() -> None:
    a = coding([("attuned", 0, 2)], duration_s=4)
    b = coding([("attuned", 0, 4)], duration_s=4)
    r = compare_sessions(a, b)
    m = counts(r)
    assert m[0][0] == 2 and m[4][0] == 2  # rows: first coding's "none" vs attuned
    t = r.layer("Interaction").time_units  # type: ignore[union-attr]
    # p_o = .5; rows (2, 0, 0, 0, 2), columns (4, 0, 0, 0, 0) → p_e = 8/16 = .5 → κ = 0
    assert t.stats.kappa == pytest.approx(0.0)
    assert t.disagreements == (Disagreement(2000, 4000, None, "attuned", False),)


def test_plain_kappa_by_hand_and_tolerance_forgives_a_late_switch() -> None:
    a = coding([("attuned", 0, 3), ("misattuned", 3, 6)])
    b = coding([("attuned", 0, 4), ("misattuned", 4, 6)])
    r0 = compare_sessions(a, b, unit="1s")
    t0 = r0.layer("Interaction").time_units  # type: ignore[union-attr]
    # units: A = at at at mi mi mi; B = at at at at mi mi → [[3, 1], [0, 2]]... by rows A:
    assert counts(r0)[0][:2] == [3, 0] and counts(r0)[1][:2] == [1, 2]
    p_o, p_e = 5 / 6, (3 * 4 + 3 * 2) / 36
    assert t0.stats.p_o == pytest.approx(p_o)
    assert t0.stats.kappa == pytest.approx((p_o - p_e) / (1 - p_e))
    assert t0.disagreements == (Disagreement(3000, 4000, "misattuned", "attuned", False),)

    r1 = compare_sessions(a, b, unit="1s", tolerance="1s")
    t1 = r1.layer("Interaction").time_units  # type: ignore[union-attr]
    assert t1.tolerance_units == 1
    # unit 3: a = misattuned appears in B's units 2–4 → tallied (misattuned, misattuned)
    assert counts(r1)[0][:2] == [3, 0] and counts(r1)[1][:2] == [0, 3]
    assert t1.stats.kappa == pytest.approx(1.0)
    assert t1.disagreements == (Disagreement(3000, 4000, "misattuned", "attuned", True),)


def test_tolerance_rule_has_three_branches() -> None:
    at, mi, rep = 0, 1, 2
    # branch 1: a found in b's window → (a, a)
    a = np.array([at, mi, mi, mi], dtype=np.int64)
    b = np.array([at, at, mi, mi], dtype=np.int64)
    ta, tb, f = apply_tolerance(a, b, 1, 5)
    assert (ta.tolist(), tb.tolist(), f.tolist()) == (
        [at, mi, mi, mi],
        [at, mi, mi, mi],
        [False, True, False, False],
    )
    # branch 2: a not in b's window, b in a's window → (b, b)
    a = np.array([at, mi, at, rep, rep], dtype=np.int64)
    b = np.array([at, at, at, rep, rep], dtype=np.int64)
    ta, tb, f = apply_tolerance(a, b, 1, 5)
    assert ta.tolist() == [at, at, at, rep, rep] and tb.tolist() == b.tolist()
    assert f.tolist() == [False, True, False, False, False]
    # branch 3: neither → (a, b) stays a disagreement
    a = np.array([at, at, mi, at, at], dtype=np.int64)
    b = np.array([rep, rep, rep, rep, rep], dtype=np.int64)
    ta, tb, f = apply_tolerance(a, b, 1, 5)
    assert ta.tolist() == a.tolist() and tb.tolist() == b.tolist() and not f.any()
    # the window is k−t … k+t: a code two units away is out of reach at t = 1
    a = np.array([mi, at, at, at], dtype=np.int64)
    b = np.array([rep, rep, rep, mi], dtype=np.int64)
    _, _, f = apply_tolerance(a, b, 1, 5)
    assert f.tolist() == [False, False, False, False]
    _, _, f = apply_tolerance(a, b, 3, 5)
    assert f.tolist() == [True, False, False, True]


def test_point_units_take_the_first_point_inside() -> None:
    a = coding([], [("infant bid", 0.2), ("note", 0.7), ("note", 2.0)], duration_s=3)
    b = coding([], [("note", 0.1), ("infant bid", 2.999)], duration_s=3)
    r = compare_sessions(a, b)
    # units: A = bid, none, note; B = note, none, bid. Labels: bid, note, none.
    assert counts(r, "Marks") == [[0, 1, 0], [1, 0, 0], [0, 0, 1]]
    t = r.layer("Marks").time_units  # type: ignore[union-attr]
    assert t.stats.p_o == pytest.approx(1 / 3)


def test_frame_units_need_the_frame_rate() -> None:
    a = coding([("attuned", 0, 0.5), ("misattuned", 0.5, 1)], duration_s=1, fps=25)
    b = coding([("attuned", 0, 0.52), ("misattuned", 0.52, 1)], duration_s=1, fps=25)
    r = compare_sessions(a, b, unit="2f", tolerance="2f")
    t = r.layer("Interaction").time_units  # type: ignore[union-attr]
    assert t.unit_ms == pytest.approx(80.0)
    assert t.n_units == 12  # 1000 / 80 = 12.5: the partial last unit is dropped
    assert t.tolerance_units == 1
    # unit 6 spans 480–560 (midpoint 520): A misattuned, B misattuned (B's switch at 520)
    assert t.disagreements == ()


def test_one_frame_units_at_thirty_fps_label_every_frame() -> None:
    a = coding([("attuned", 0, 1)], duration_s=1, fps=30)
    b = coding([("attuned", 0, 0.5), ("repair", 0.5, 1)], duration_s=1, fps=30)
    t = compare_sessions(a, b, unit="1f").layer("Interaction").time_units  # type: ignore[union-attr]
    assert t.n_units == 30
    # frame 15 spans 500–533.3 ms; B's repair starts at 500 → frames 15..29 differ
    assert t.disagreements == (Disagreement(500, 1000, "attuned", "repair", False),)
