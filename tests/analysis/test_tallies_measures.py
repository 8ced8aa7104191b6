"""Denominators, rates, coverage, repair attempts, transitions and effects, worked by hand."""

from __future__ import annotations

import math

import pytest
from coded_sessions import coded, value

from attachcoder.analysis.definitions import definition_of
from attachcoder.analysis.tallies import (
    HEADLINE,
    TIDY_COLUMNS,
    analyse,
    headline_measures,
    measures_table,
    yules_q,
)


def test_the_table_has_the_columns_of_cli_md() -> None:
    t = measures_table(coded("A 0-10"))
    assert list(t.columns) == TIDY_COLUMNS
    assert t["value"].dtype == "float64"
    assert set(t["session_key"]) == {"D001_2026-03-02_C1"}


def test_codable_time_leaves_out_uncodable_and_is_the_denominator() -> None:
    # A 30 s, M 10 s, U 20 s, R 10 s, A 10 s: T = 60 s of 80 s covered
    t = measures_table(coded("A 0-30, M 30-40, U 40-60, R 60-70, A 70-80"))
    assert value(t, "codable_time", layer="Interaction") == pytest.approx(60)
    assert value(t, "uncodable_time", layer="Interaction") == pytest.approx(20)
    assert value(t, "count", code="attuned") == 2
    assert value(t, "total_duration", code="attuned") == pytest.approx(40)
    assert value(t, "proportion", code="attuned") == pytest.approx(40 / 60)
    assert value(t, "proportion_attuned") == pytest.approx(40 / 60)
    assert value(t, "proportion_misattuned") == pytest.approx(10 / 60)
    assert value(t, "proportion_repair") == pytest.approx(10 / 60)
    assert value(t, "mean_duration", code="attuned") == pytest.approx(20)
    assert value(t, "median_duration", code="attuned") == pytest.approx(20)
    assert value(t, "rate_per_min", code="attuned") == pytest.approx(2 / 1.0)  # 2 per 60 s
    assert value(t, "count", code="uncodable") == 1
    # uncodable has no proportion of codable time
    assert not ((t["code"] == "uncodable") & (t["measure"] == "proportion")).any()


def test_point_rates_are_over_the_interaction_layers_codable_time() -> None:
    # T = 30 s (10 s uncodable), 3 bids → 6 per minute
    s = coded("A 0-20, U 20-30, M 30-40", marks="b 1, b 2, b 25, n 35")
    t = measures_table(s)
    assert value(t, "count", code="infant bid") == 3
    assert value(t, "rate_per_min", code="infant bid") == pytest.approx(3 / 0.5)
    assert value(t, "count", code="note") == 1


def test_coverage_and_gaps_longer_than_one_second() -> None:
    # 0-10 coded, gap 10-11.5, 11.5-20 coded, gap 20-21 (exactly 1 s), 21-30 coded
    t_obj = analyse(coded("A 0-10, M 11.5-20, A 21-30", duration_s=30))
    t = t_obj.table
    assert value(t, "covered_time", layer="Interaction") == pytest.approx(27.5)
    assert value(t, "coverage", layer="Interaction") == pytest.approx(27.5 / 30)
    assert value(t, "uncoded_gaps", layer="Interaction") == 1
    assert value(t, "uncoded_gap_time", layer="Interaction") == pytest.approx(1.5)
    assert ("Interaction", 10_000, 11_500) in t_obj.gaps


def test_repair_attempts_success_and_initiators() -> None:
    s = coded(
        "M 0-2, R 2-4 initiator=caregiver, U 4-6, A 6-8, "  # success: next codable is A
        "M 8-10, R 10-12 initiator=infant, M 12-14, "  # fails: next is M
        "R 14-16, A 16-18"  # success, initiator not coded
    )
    t = measures_table(s)
    assert value(t, "repair_attempts") == 3
    assert value(t, "repair_attempts_successful") == 2
    assert value(t, "proportion_repair_successful") == pytest.approx(2 / 3)
    assert value(t, "repair_attempts_initiator_caregiver") == 1
    assert value(t, "repair_attempts_initiator_infant") == 1
    assert value(t, "repair_attempts_initiator_mutual") == 0
    assert value(t, "repair_attempts_initiator_not_coded") == 1


def test_yules_q_check_value() -> None:
    # [[40, 10], [20, 50]]: a=40, row total 50, column total 60, N=120
    assert yules_q(40, 50, 60, 120) == pytest.approx(0.818, abs=5e-4)
    assert yules_q(0, 0, 0, 0) is None


def test_transitions_counts_probabilities_and_breaks() -> None:
    # chain A→M→R→A, then U breaks it, then M→A, then a gap breaks it, then R
    s = coded("A 0-2, M 2-4, R 4-6, A 6-8, U 8-9, M 9-10, A 10-12, R 13-14")
    t = measures_table(s)

    def n(i: str, j: str) -> float:
        return value(t, "transitions", code=i, to_code=j)

    assert n("attuned", "misattuned") == 1
    assert n("misattuned", "repair") == 1
    assert n("repair", "attuned") == 1
    assert n("misattuned", "attuned") == 1
    assert n("attuned", "repair") == 0  # the gap 12-13 breaks the chain
    total = t[(t["measure"] == "transitions") & (t["phase"] == "all")]["value"].sum()
    assert total == 4
    # p(j | i): misattuned goes once to repair and once to attuned
    p = value(t, "transition_probability", code="misattuned", to_code="repair")
    assert p == pytest.approx(0.5)
    # Q for misattuned → attuned: a=1, b=2−1=1, c=n_+A − a = 2−1 = 1, d=4−3=1 → (1−1)/2 = 0
    assert value(t, "yules_q", code="misattuned", to_code="attuned") == pytest.approx(0.0)
    # from attuned: a=1 (→M), b=0, c=0, d=3 → 1
    assert value(t, "yules_q", code="attuned", to_code="misattuned") == pytest.approx(1.0)
    # no transition from repair to misattuned: a=0, b=1, c=1, d=2 → −1
    assert value(t, "yules_q", code="repair", to_code="misattuned") == pytest.approx(-1.0)


def test_transitions_never_cross_a_phase_boundary() -> None:
    s = coded("A 0-10, M 10-20", phases="play 0-10, still-face 10-20")
    t = measures_table(s)
    assert value(t, "transitions", code="attuned", to_code="misattuned") == 0


def test_still_face_effect_and_reunion_carry_over() -> None:
    s = coded(
        "A 0-8, M 8-10, M 10-16, A 16-20, A 20-25, M 25-30",
        phases="play 0-10, still-face 10-20, reunion 20-30",
    )
    t = measures_table(s)
    # proportion attuned: play .8, still-face .4, reunion .5
    assert value(t, "proportion_attuned", phase="play") == pytest.approx(0.8)
    assert value(t, "still_face_effect_proportion_attuned") == pytest.approx(0.4 - 0.8)
    assert value(t, "reunion_carryover_proportion_attuned") == pytest.approx(0.5 - 0.8)
    # ruptures: play 1 (unresolved), still-face 1 (repaired after 6 s), reunion 1
    assert value(t, "still_face_effect_ruptures") == 0
    assert math.isnan(value(t, "still_face_effect_proportion_repaired"))  # play has none


def test_ratings_are_rows() -> None:
    t = measures_table(coded("A 0-10", ratings={"sensitivity": 6}))
    assert value(t, "rating", code="sensitivity") == 6


def test_whole_session_counts_add_up_the_phases() -> None:
    s = coded(
        "A 0-5, M 5-15, R 15-17, A 17-30, M 30-35, A 35-40",
        phases="play 0-12, still-face 12-25, reunion 25-38",
        marks="b 3, b 13, b 27, b 39",
    )
    t = measures_table(s)
    phases = ["play", "still-face", "reunion", "(no phase)"]
    for measure, code in [("count", "attuned"), ("count", "infant bid"), ("ruptures", None)]:
        parts = sum(value(t, measure, phase=p, code=code) for p in phases)
        assert value(t, measure, code=code) == parts
    assert value(t, "duration", phase="(no phase)") == pytest.approx(2.0)


def test_headline_measures_match_the_table() -> None:
    s = coded("A 0-6, M 6-8, A 8-10")
    h = headline_measures(s)
    assert set(h) == set(HEADLINE)
    assert h["proportion_attuned"] == pytest.approx(0.8)
    assert h["ruptures"] == 1
    assert h["proportion_repaired"] == 1
    assert h["median_time_to_repair_s"] == pytest.approx(2.0)


def test_every_measure_is_defined() -> None:
    s = coded(
        "A 0-8, M 8-10, R 10-16 initiator=mutual, A 16-20, A 20-25, M 25-",
        phases="play 0-10, still-face 10-20, reunion 20-30",
        marks="b 3",
        ratings={"sensitivity": 5},
    )
    t = measures_table(s)
    for measure, unit in set(zip(t["measure"], t["unit"], strict=True)):
        d = definition_of(measure)
        assert d is not None, measure
        assert unit in d[0].replace(" or ", ", ").split(", "), measure
        if measure.startswith(("still_face_effect_", "reunion_carryover_")):
            assert unit != "proportion", measure  # a difference is not a proportion of time


def test_a_repair_attempt_cut_off_by_its_segment_is_censored() -> None:
    # R 4-6 meets the end of play: unresolved; R 12-14 in still-face is followed by A
    s = coded(
        "M 0-4, R 4-6, M 6-12, R 12-14, A 14-20",
        phases="play 0-6, still-face 6-20",
    )
    t = measures_table(s)
    assert value(t, "repair_attempts", phase="play") == 1
    assert value(t, "repair_attempts_unresolved", phase="play") == 1
    assert math.isnan(value(t, "proportion_repair_successful", phase="play"))
    assert value(t, "repair_attempts") == 2
    assert value(t, "repair_attempts_successful") == 1
    assert value(t, "repair_attempts_unresolved") == 1
    assert value(t, "proportion_repair_successful") == pytest.approx(1.0)  # 1 / (2 − 1)
    # an uncodable stretch before the end does not resolve it either
    t = measures_table(coded("M 0-2, R 2-4, U 4-9"))
    assert value(t, "repair_attempts_unresolved") == 1
    assert math.isnan(value(t, "proportion_repair_successful"))
