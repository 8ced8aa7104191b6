"""Sessions that are empty, unfinished, partly phased, or coded with another scheme."""

from __future__ import annotations

import math

import pytest
from coded_sessions import coded, value

from attachcoder.analysis.tallies import NO_PHASE, analyse, headline_measures, measures_table
from attachcoder.core import Code, Episode, Layer, Scheme, Session


def test_a_session_without_episodes_is_answered_not_crashed_on() -> None:
    s = coded("", duration_s=60)
    t = measures_table(s)
    assert value(t, "duration") == 60
    assert value(t, "ruptures") == 0
    assert value(t, "coverage", layer="Interaction") == 0
    assert math.isnan(value(t, "proportion_attuned"))
    assert math.isnan(value(t, "rate_per_min", code="infant bid"))  # T = 0
    h = headline_measures(s)
    assert h["ruptures"] == 0
    assert h["proportion_attuned"] is None


def test_an_empty_session_of_zero_length() -> None:
    t = measures_table(coded(""))
    assert value(t, "duration") == 0
    assert math.isnan(value(t, "coverage", layer="Interaction"))
    # one segment, like any session without phases: the whole (empty) session
    assert value(t, "segments") == 1
    # a mark at 0 s still lands in it
    t = measures_table(coded("", marks="b 0"))
    assert value(t, "segments") == 1
    assert value(t, "count", code="infant bid") == 1


def test_a_state_still_running_ends_where_the_coding_was_observed_to() -> None:
    s = coded("A 0-10, M 10-", duration_s=30, observed_s=16)
    result = analyse(s)
    t = result.table
    assert value(t, "total_duration", code="misattuned") == pytest.approx(6)
    assert value(t, "duration") == pytest.approx(16)
    assert value(t, "coverage", layer="Interaction") == pytest.approx(1.0)
    assert value(t, "proportion_attuned") == pytest.approx(10 / 16)
    assert value(t, "observed_to") == pytest.approx(16)
    assert value(t, "media_duration") == pytest.approx(30)
    assert value(t, "observed_share") == pytest.approx(16 / 30)
    assert value(t, "closed_at_observed_end", code="misattuned") == 1
    assert any("still running" in n and "00:00:16.000" in n for n in result.notes)
    assert result.observed_text() == "observed to 00:00:16.000 of 00:00:30.000 (53 %)"
    # the rupture is censored by the end of the observed span
    assert value(t, "ruptures_unresolved") == 1


def test_a_state_still_running_without_an_observed_end_counts_nowhere() -> None:
    s = coded("A 0-10, M 10-", duration_s=30)
    result = analyse(s)
    t = result.table
    assert value(t, "count", code="misattuned") == 0
    assert value(t, "total_duration", code="misattuned") == 0
    assert value(t, "ruptures") == 0
    assert value(t, "running_left_out", code="misattuned") == 1
    assert math.isnan(value(t, "observed_to"))
    # the span stays the whole media (as for any older file): 20 s are uncoded
    assert value(t, "duration") == pytest.approx(30)
    assert value(t, "coverage", layer="Interaction") == pytest.approx(10 / 30)
    assert value(t, "proportion_attuned") == pytest.approx(1.0)
    [warning] = [w for w in result.warnings if "misattuned" in w]
    assert "00:00:10.000" in warning and "left out of every figure" in warning
    assert result.left_out == [("Interaction", "misattuned", 10_000)]


def test_episodes_coded_past_the_observed_end_stretch_it() -> None:
    """A time typed in the table (or coded a moment before the window wrote the field) was
    seen: the span reaches the last coded instant."""
    s = coded("A 0-10, M 10-12, A 12-", duration_s=30, observed_s=5)
    t = measures_table(s)
    assert value(t, "observed_to") == pytest.approx(12)
    assert value(t, "total_duration", code="attuned") == pytest.approx(10)


def test_episodes_outside_any_phase_form_their_own_segment() -> None:
    s = coded("A 0-10, M 10-20, A 20-30", phases="play 5-15")
    result = analyse(s)
    t = result.table
    assert result.phases == ["play", NO_PHASE]
    assert value(t, "segments", phase=NO_PHASE) == 2  # 0-5 and 15-30
    assert value(t, "duration", phase=NO_PHASE) == pytest.approx(20)
    assert value(t, "total_duration", phase=NO_PHASE, code="attuned") == pytest.approx(15)
    # M 10-15 in play is unresolved; M 15-20 outside is repaired at 20
    assert value(t, "ruptures_unresolved", phase="play") == 1
    assert value(t, "time_to_repair_median", phase=NO_PHASE) == pytest.approx(5)
    assert value(t, "episodes_crossing_phase_boundary") == 2


def test_without_phases_only_the_whole_session_is_reported() -> None:
    t = measures_table(coded("A 0-10"))
    assert set(t["phase"]) == {"all"}


def _scheme_without_roles() -> Scheme:
    return Scheme(
        name="gaze",
        layers=(
            Layer(
                "Gaze",
                "state",
                (Code("at face", key="f"), Code("away", key="a"), Code("blur", role="excluded")),
            ),
        ),
    ).validate()


def test_a_scheme_without_the_default_roles_keeps_the_general_measures() -> None:
    s = Session(
        _scheme_without_roles(),
        duration_ms=20_000,
        episodes=[
            Episode("g1", "Gaze", "at face", 0, 6000),
            Episode("g2", "Gaze", "blur", 6000, 10_000),
            Episode("g3", "Gaze", "away", 10_000, 20_000),
        ],
    )
    result = analyse(s)
    t = result.table
    assert value(t, "proportion", code="at face") == pytest.approx(6 / 16)
    assert value(t, "codable_time", layer="Gaze") == pytest.approx(16)
    assert math.isnan(value(t, "ruptures"))
    assert math.isnan(value(t, "proportion_attuned"))
    assert any("rupture" in n and "left empty" in n for n in result.notes)
    assert headline_measures(s)["ruptures"] is None
    assert not (t["measure"] == "transitions").any()


def test_an_interaction_layer_without_a_misattuned_code_leaves_ruptures_empty() -> None:
    scheme = Scheme(
        name="two",
        layers=(
            Layer(
                "Dyad",
                "state",
                (Code("together", role="attuned"), Code("apart")),
                role="interaction",
            ),
        ),
    ).validate()
    s = Session(scheme, duration_ms=10_000, episodes=[Episode("x", "Dyad", "together", 0, 4000)])
    result = analyse(s)
    assert value(result.table, "proportion_attuned") == pytest.approx(1.0)
    assert math.isnan(value(result.table, "ruptures"))
    assert any("rupture measures are left empty" in n for n in result.notes)
    # transitions still work over the layer's codes
    assert value(result.table, "transitions", code="together", to_code="apart") == 0


def test_the_worked_case_of_metrics_md_the_observed_span() -> None:
    spec = "A 0-20, M 20-35, R 35-40, A 40-50, M 50-"
    t = measures_table(coded(spec, duration_s=240, observed_s=60))
    assert value(t, "duration") == pytest.approx(60)
    assert value(t, "proportion_attuned") == pytest.approx(0.5)
    assert value(t, "proportion_misattuned") == pytest.approx(25 / 60)
    assert value(t, "proportion_repair") == pytest.approx(5 / 60)
    assert value(t, "coverage", layer="Interaction") == pytest.approx(1.0)
    assert value(t, "ruptures") == 2 and value(t, "ruptures_unresolved") == 1
    assert value(t, "proportion_repaired") == pytest.approx(1.0)
    assert value(t, "time_to_repair_median") == pytest.approx(20)
    # taken to the end of the media (observed to its end) the same coding reads .854
    t = measures_table(coded(spec, duration_s=240, observed_s=240))
    assert value(t, "proportion_misattuned") == pytest.approx(205 / 240)
    # without observed_to_ms the running M is left out
    t = measures_table(coded(spec, duration_s=240))
    assert value(t, "codable_time", layer="Interaction") == pytest.approx(50)
    assert value(t, "proportion_misattuned") == pytest.approx(0.3)
    assert value(t, "ruptures") == 1
    assert value(t, "coverage", layer="Interaction") == pytest.approx(50 / 240)
