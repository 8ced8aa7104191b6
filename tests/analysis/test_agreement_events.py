"""Event κ: one-to-one linking, ∅ for unlinked episodes, κ_max, percentage linked, onsets."""

from __future__ import annotations

import numpy as np
import pytest

from attachcoder.analysis.agreement import Disagreement, compare_sessions
from attachcoder.analysis.agreement.events import link_points, link_states
from attachcoder.analysis.agreement.tracks import Track
from attachcoder.core import Episode, Media, Session
from attachcoder.io.session.file import default_scheme

SCHEME = default_scheme()


def track(spans: list[tuple[float, float]], codes: list[int] | None = None) -> Track:
    on = np.array([round(s * 1000) for s, _ in spans], dtype=np.int64)
    off = np.array([round(e * 1000) for _, e in spans], dtype=np.int64)
    c = np.array(codes if codes is not None else [0] * len(spans), dtype=np.int64)
    return Track(on, off, c)


def points(ts: list[float]) -> Track:
    return track([(t, t) for t in ts])


def coding(states: list[tuple[str, float, float]], duration_s: float = 50) -> Session:
    eps = [
        Episode(f"s{i}", "Interaction", c, round(on * 1000), round(off * 1000))
        for i, (c, on, off) in enumerate(states)
    ]
    media = [Media("v.mp4", sha256="cd" * 32, fps=25.0)]
    return Session(SCHEME, duration_ms=round(duration_s * 1000), media=media, episodes=eps)


def test_states_link_at_sixty_percent_of_the_longer_one() -> None:
    assert link_states(track([(0, 10)]), track([(0, 6)]), 0.6) == [(0, 0)]
    assert link_states(track([(0, 10)]), track([(0, 5.999)]), 0.6) == []
    # the longer one counts: 6 s inside a 10 s episode is 60% of it whichever coder has it
    assert link_states(track([(2, 8)]), track([(0, 10)]), 0.6) == [(0, 0)]


def test_greedy_by_largest_overlap_ratio_then_earlier_onset() -> None:
    # overlap 0.3: A 0–10 overlaps B 0–4 (.4) and B 4–10 (.6) → links the larger ratio
    assert link_states(track([(0, 10)]), track([(0, 4), (4, 10)]), 0.3) == [(0, 1)]
    # equal ratios (.5 and .5): ties go to the earlier onset
    assert link_states(track([(0, 10)]), track([(0, 5), (5, 10)]), 0.5) == [(0, 0)]
    # one-to-one: B 0–10 cannot link twice
    assert link_states(track([(0, 5), (5, 10)]), track([(0, 10)]), 0.4) == [(0, 0)]


def test_points_link_within_the_window_by_smallest_difference() -> None:
    assert link_points(points([1.0]), points([2.0]), 1000) == [(0, 0)]  # within: inclusive
    assert link_points(points([1.0]), points([2.001]), 1000) == []
    # A 1.0, 2.0; B 1.9, 2.1: the pairs at 100 ms go first, the earlier onset (1.9) wins,
    # after which A 1.0 and B 2.1 are left unlinked (greedy, as DOMAIN.md specifies)
    assert link_points(points([1.0, 2.0]), points([1.9, 2.1]), 1000) == [(1, 0)]
    assert link_points(points([1.0, 3.0]), points([1.2, 2.5]), 1000) == [(0, 0), (1, 1)]


def test_event_table_with_empty_set_by_hand() -> None:
    a = coding(
        [("attuned", 0, 10), ("misattuned", 10, 20), ("attuned", 20, 30), ("repair", 30, 40)]
    )
    b = coding(
        [("attuned", 0.5, 10), ("attuned", 10.4, 20), ("attuned", 20, 30), ("misattuned", 40, 50)]
    )
    e = compare_sessions(a, b).layer("Interaction").events  # type: ignore[union-attr]
    # labels: attuned, misattuned, repair, uncodable, ∅
    assert [list(r) for r in e.matrix.counts] == [
        [2, 0, 0, 0, 0],
        [1, 0, 0, 0, 0],
        [0, 0, 0, 0, 1],
        [0, 0, 0, 0, 0],
        [0, 1, 0, 0, 0],
    ]
    assert e.matrix.labels[-1] is None
    p_o, p_e, p_max = 2 / 5, 8 / 25, 4 / 5
    assert e.stats.p_o == pytest.approx(p_o)
    assert e.stats.p_e == pytest.approx(p_e)
    assert e.stats.kappa == pytest.approx((p_o - p_e) / (1 - p_e))
    assert e.stats.kappa_max == pytest.approx((p_max - p_e) / (1 - p_e))
    assert (e.n_a, e.n_b, e.linked) == (4, 4, 3)
    assert e.percent_linked == pytest.approx(75.0)
    assert e.mean_abs_onset_diff_ms == pytest.approx((500 + 400 + 0) / 3)
    assert e.disagreements == (
        Disagreement(10000, 20000, "misattuned", "attuned"),
        Disagreement(30000, 40000, "repair", None),
        Disagreement(40000, 50000, None, "misattuned"),
    )


def test_overlap_setting_changes_linking() -> None:
    a = coding([("attuned", 0, 10)], duration_s=10)
    b = coding([("attuned", 0, 5)], duration_s=10)
    strict = compare_sessions(a, b).layer("Interaction").events  # type: ignore[union-attr]
    loose = compare_sessions(a, b, overlap=0.5).layer("Interaction").events  # type: ignore[union-attr]
    assert (strict.linked, strict.percent_linked) == (0, 0.0)
    assert strict.mean_abs_onset_diff_ms is None
    assert (loose.linked, loose.percent_linked) == (1, 100.0)


def test_point_window_setting() -> None:
    a = Session(SCHEME, duration_ms=10_000, episodes=[Episode("p", "Marks", "infant bid", 1000)])
    b = Session(SCHEME, duration_ms=10_000, episodes=[Episode("p", "Marks", "infant bid", 2500)])
    near = compare_sessions(a, b).layer("Marks").events  # type: ignore[union-attr]
    wide = compare_sessions(a, b, point_window="2s").layer("Marks").events  # type: ignore[union-attr]
    assert near.linked == 0 and [list(r) for r in near.matrix.counts] == [
        [0, 0, 1],
        [0, 0, 0],
        [1, 0, 0],
    ]
    assert wide.linked == 1 and wide.mean_abs_onset_diff_ms == 1500
