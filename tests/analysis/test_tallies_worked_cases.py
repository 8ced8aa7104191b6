"""DOMAIN.md's worked table of ruptures, one test per row, with the numbers worked by hand."""

from __future__ import annotations

import math

import pytest
from coded_sessions import WORKED, coded, value

from attachcoder.analysis.tallies import measures_table


@pytest.mark.parametrize(("sequence", "expected"), WORKED)
def test_worked_case(sequence: str, expected: tuple[int, int, int, int, list[float]]) -> None:
    n, repaired, not_repaired, unresolved, ttr = expected
    t = measures_table(coded(sequence))
    assert value(t, "ruptures") == n
    assert value(t, "ruptures_repaired") == repaired
    assert value(t, "ruptures_not_repaired") == not_repaired
    assert value(t, "ruptures_unresolved") == unresolved
    assert value(t, "time_to_repair_n") == len(ttr)
    if ttr:
        assert value(t, "time_to_repair_median") == pytest.approx(sorted(ttr)[len(ttr) // 2])
        assert value(t, "time_to_repair_mean") == pytest.approx(sum(ttr) / len(ttr))
    else:
        assert math.isnan(value(t, "time_to_repair_median"))
    denominator = n - unresolved
    expected_p = repaired / denominator if denominator else math.nan
    assert value(t, "proportion_repaired") == pytest.approx(expected_p, nan_ok=True)


def test_the_gap_of_the_fifth_case_is_reported_under_coverage() -> None:
    t = measures_table(coded("M 0-4, A 5-9"))
    assert value(t, "uncoded_time", layer="Interaction") == pytest.approx(1.0)
    assert value(t, "coverage", layer="Interaction") == pytest.approx(8 / 9)
    # one second exactly is not "longer than 1 s"
    assert value(t, "uncoded_gaps", layer="Interaction") == 0


def test_a_rupture_at_the_end_of_play_is_unresolved_even_if_still_face_starts_attuned() -> None:
    s = coded("M 110-120, A 120-130", phases="play 0-120, still-face 120-130")
    t = measures_table(s)
    assert value(t, "ruptures_unresolved", phase="play") == 1
    assert value(t, "ruptures", phase="still-face") == 0
    assert value(t, "ruptures_repaired") == 0
    assert value(t, "ruptures_unresolved") == 1
    assert math.isnan(value(t, "proportion_repaired"))


def test_a_rupture_across_play_and_still_face_counts_once_in_each() -> None:
    s = coded("M 115-125, A 125-130", phases="play 0-120, still-face 120-130")
    t = measures_table(s)
    # play: M 115-120 unresolved
    assert value(t, "ruptures", phase="play") == 1
    assert value(t, "ruptures_unresolved", phase="play") == 1
    # still-face: M 120-125 repaired after 5 s (clipped onset 120 → attuned at 125)
    assert value(t, "ruptures_repaired", phase="still-face") == 1
    assert value(t, "time_to_repair_median", phase="still-face") == pytest.approx(5.0)
    # whole session: the sum of the segments
    assert value(t, "ruptures") == 2
    assert value(t, "ruptures_repaired") == 1
    assert value(t, "ruptures_unresolved") == 1
    assert value(t, "proportion_repaired") == pytest.approx(1.0)
    assert value(t, "episodes_crossing_phase_boundary") == 1
    # the clipped durations: 5 s of misattunement in play, 5 s in still-face
    assert value(t, "total_duration", phase="play", code="misattuned") == pytest.approx(5.0)
    assert value(t, "total_duration", phase="still-face", code="misattuned") == pytest.approx(5.0)
