"""The worked example of docs/metrics.md, number by number, so the page cannot go stale."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from coded_sessions import coded, value

from attachcoder.analysis.tallies import measures_table


@pytest.fixture(scope="module")
def t() -> pd.DataFrame:
    s = coded(
        "A 0-6, M 6-9, R 9-11 initiator=caregiver, A 11-18, U 18-19, M 19-24, A 24-30, "
        "M 30-40, A 40-50",
        phases="play 0-20, still-face 20-40, reunion 40-50",
        marks="b 5, b 22, b 35",
    )
    return measures_table(s)


def test_play(t: pd.DataFrame) -> None:
    assert value(t, "codable_time", phase="play", layer="Interaction") == 19
    assert value(t, "proportion", phase="play", code="attuned") == pytest.approx(13 / 19)
    assert value(t, "mean_duration", phase="play", code="attuned") == 6.5
    assert value(t, "rate_per_min", phase="play", code="attuned") == pytest.approx(6.3158, 1e-4)
    assert value(t, "proportion", phase="play", code="misattuned") == pytest.approx(4 / 19)
    assert value(t, "ruptures", phase="play") == 2
    assert value(t, "ruptures_unresolved", phase="play") == 1
    assert value(t, "proportion_repaired", phase="play") == 1.0
    assert value(t, "time_to_repair_median", phase="play") == 5
    assert value(t, "repair_attempts_successful", phase="play") == 1
    assert value(t, "repair_attempts_initiator_caregiver", phase="play") == 1
    assert value(t, "yules_q", phase="play", code="attuned", to_code="misattuned") == 1
    assert value(t, "transitions", phase="play", code="attuned", to_code="repair") == 0
    assert value(t, "rate_per_min", phase="play", code="infant bid") == pytest.approx(3.158, 1e-3)


def test_still_face_and_reunion(t: pd.DataFrame) -> None:
    assert value(t, "proportion_attuned", phase="still-face") == pytest.approx(0.3)
    assert value(t, "time_to_repair_median", phase="still-face") == 4
    assert value(t, "ruptures_unresolved", phase="still-face") == 1
    assert value(t, "rate_per_min", phase="still-face", code="infant bid") == pytest.approx(6.0)
    assert value(t, "proportion_attuned", phase="reunion") == 1.0
    assert math.isnan(value(t, "proportion_repaired", phase="reunion"))
    assert value(t, "transitions", phase="all", code="misattuned", to_code="attuned") == 1


def test_whole_session_and_effects(t: pd.DataFrame) -> None:
    assert value(t, "episodes_crossing_phase_boundary") == 1
    assert value(t, "codable_time", layer="Interaction") == 49
    assert value(t, "proportion_attuned") == pytest.approx(29 / 49)
    assert value(t, "proportion_misattuned") == pytest.approx(18 / 49)
    assert value(t, "ruptures") == 4
    assert value(t, "time_to_repair_mean") == 4.5
    assert value(t, "rate_per_min", code="infant bid") == pytest.approx(3.673, 1e-3)
    assert value(t, "still_face_effect_proportion_attuned") == pytest.approx(0.3 - 13 / 19)
    assert value(t, "still_face_effect_ruptures") == 0
    assert value(t, "still_face_effect_time_to_repair_median") == -1
    assert value(t, "reunion_carryover_proportion_attuned") == pytest.approx(1 - 13 / 19)
    assert value(t, "reunion_carryover_ruptures") == -2
    assert math.isnan(value(t, "reunion_carryover_time_to_repair_median"))
